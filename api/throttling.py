"""Rate limiting, anonymous clients per address and users per account, and its state in `RateLimit` and
`RateLimit-Policy` headers (IETF draft-ietf-httpapi-ratelimit-headers-09: `RateLimit-Policy:
"anonymous";q=1000;w=3600`, `RateLimit: "anonymous";r=998;t=3412`: quota, window, remaining requests and
seconds until the oldest counted request leaves the window)."""

from __future__ import annotations

import math

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class RateLimitHeaders:
    """A throttle's `RateLimit` headers of the request it just counted, under its `policy` name."""

    policy: str

    def rate_limit_headers(self) -> dict[str, str]:
        """None when this throttle did not count the request (a user, for the anonymous one)."""
        history = getattr(self, "history", None)
        if history is None:
            return {}
        remaining = max(self.num_requests - len(history), 0)
        reset = math.ceil(history[-1] + self.duration - self.now) if history else self.duration
        return {
            "RateLimit-Policy": f'"{self.policy}";q={self.num_requests};w={self.duration}',
            "RateLimit": f'"{self.policy}";r={remaining};t={max(reset, 0)}',
        }


class AnonThrottle(RateLimitHeaders, AnonRateThrottle):
    """Anonymous requests per client address (DRF's, from `NUM_PROXIES` trusted proxies), at
    `settings.API_ANON_RATE` ("1000/hour")."""

    policy = "anonymous"

    def get_rate(self) -> str:
        return settings.API_ANON_RATE


class UserThrottle(RateLimitHeaders, UserRateThrottle):
    """Requests of a signed-in user or API token, per user, at `settings.API_USER_RATE` ("10000/hour");
    anonymous requests are counted by AnonThrottle only."""

    policy = "user"

    def get_rate(self) -> str:
        return settings.API_USER_RATE

    def get_cache_key(self, request, view):
        if not request.user or not request.user.is_authenticated:
            return None
        return super().get_cache_key(request, view)


class RateLimitHeadersMixin:
    """A view's answers carry the rate-limit headers of the throttles that counted the request."""

    def get_throttles(self):
        if not hasattr(self, "_throttles"):
            self._throttles = super().get_throttles()
        return self._throttles

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        for throttle in self.get_throttles():
            if isinstance(throttle, RateLimitHeaders):
                for name, value in throttle.rate_limit_headers().items():
                    response[name] = value
        return response
