"""How the site is served in production: security headers, request logs, the health check and the answer
given while the database is unreachable."""
