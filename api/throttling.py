"""Anonymous rate limiting, and its state in `RateLimit`/`RateLimit-Policy` headers (IETF
draft-ietf-httpapi-ratelimit-headers-09: `RateLimit-Policy: "anonymous";q=1000;w=3600`,
`RateLimit: "anonymous";r=998;t=3412`: quota, window, remaining requests and seconds until the oldest
counted request leaves the window)."""

from __future__ import annotations

import math

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

POLICY = "anonymous"


class AnonThrottle(AnonRateThrottle):
    """Anonymous requests per client address (DRF's, from `NUM_PROXIES` trusted proxies), at
    `settings.API_ANON_RATE` ("1000/hour")."""

    def get_rate(self) -> str:
        return settings.API_ANON_RATE

    def rate_limit_headers(self) -> dict[str, str]:
        """The headers of the request just counted; none when this throttle did not count it (a user)."""
        history = getattr(self, "history", None)
        if history is None:
            return {}
        remaining = max(self.num_requests - len(history), 0)
        reset = math.ceil(history[-1] + self.duration - self.now) if history else self.duration
        return {
            "RateLimit-Policy": f'"{POLICY}";q={self.num_requests};w={self.duration}',
            "RateLimit": f'"{POLICY}";r={remaining};t={max(reset, 0)}',
        }


class RateLimitHeadersMixin:
    """A view's answers carry the rate-limit headers of the throttles that counted the request."""

    def get_throttles(self):
        if not hasattr(self, "_throttles"):
            self._throttles = super().get_throttles()
        return self._throttles

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        for throttle in self.get_throttles():
            if hasattr(throttle, "rate_limit_headers"):
                for name, value in throttle.rate_limit_headers().items():
                    response[name] = value
        return response
