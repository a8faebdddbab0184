"""gunicorn's configuration in the web container (`gunicorn -c docker/gunicorn.conf.py`)."""

import sys

bind = "0.0.0.0:8000"
workers = 4
worker_class = "gthread"
threads = 4
keepalive = 5
# A worker is replaced after 1,000 requests (give or take 100, so that not all at once): memory a request
# made it grow is given back. The timeout ends a worker stuck past 60 s.
max_requests = 1000
max_requests_jitter = 100
timeout = 60
# The request line (method, URL, version) gunicorn accepts: its maximum, 8,190 bytes, rather than its
# default 4,094. The API's longest documented query, a 500-character search in any script, percent-encoded
# (up to 12 bytes a character), with every other parameter at its longest, fits in it
# (tests/api/test_api_protocol.py checks); the default refused 460 Chinese characters with a 414.
limit_request_line = 8190


def post_fork(server, worker):
    """In each worker, a thread computing (a comparison) hands the interpreter lock to a thread serving a
    page after 1 ms rather than Python's default 5 ms: a page waits for the lock after each database query
    and socket read."""
    sys.setswitchinterval(0.001)
