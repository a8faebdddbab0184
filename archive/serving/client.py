"""Who sent a request: the client's address behind TRUSTED_PROXY_COUNT trusted proxies, by DRF's rule
(NUM_PROXIES), for the API's limits, the login lockout (AXES_CLIENT_IP_CALLABLE) and the logs alike."""

from __future__ import annotations

from rest_framework.throttling import BaseThrottle


def client_address(request) -> str | None:
    """REMOTE_ADDR without trusted proxies; else the address the outermost trusted proxy appended to
    X-Forwarded-For. What the client wrote into X-Forwarded-For itself is never taken."""
    return BaseThrottle().get_ident(request)


def client_user(request) -> str | None:
    """The username of the request's authenticated user (session or API token), if any."""
    user = getattr(request, "user", None)
    return user.get_username() if user is not None and user.is_authenticated else None
