"""The Content-Security-Policy header: the site's pages load only their own static files.

Django 5.2 has no CSP support of its own. The Swagger UI page of drf-spectacular starts with an inline
script and inline styles, and the browsable API (DRF's templates) sets a few style attributes, so those
paths get the few sources they need and nothing more.
"""

from __future__ import annotations

POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'none'"],
}

# Path prefix -> sources added to the policy there (the longest matching prefix wins).
RELAXED = {
    "/api/": {"style-src": ["'unsafe-inline'"]},
    "/api/docs/": {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"]},
}


def header_value(path: str) -> str:
    added = next((RELAXED[p] for p in sorted(RELAXED, key=len, reverse=True) if path.startswith(p)), {})
    return "; ".join(
        " ".join([directive, *sources, *added.get(directive, [])]) for directive, sources in POLICY.items()
    )


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", header_value(request.path))
        return response
