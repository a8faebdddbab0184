"""Limits on the pages that cost the most (/search): DRF's throttles, counted in Django's cache per client
address (archive/serving/client.py), applied to a plain Django view; past the rate, a 429 page with
Retry-After."""

from __future__ import annotations

import math
from functools import wraps

from django.conf import settings
from django.shortcuts import render
from rest_framework.throttling import SimpleRateThrottle


class SearchThrottle(SimpleRateThrottle):
    """/search pages per client address, signed in or not, at `settings.SEARCH_RATE` ("60/minute")."""

    scope = "search"

    def get_rate(self) -> str:
        return settings.SEARCH_RATE

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


def limited(throttle_class: type[SimpleRateThrottle]):
    """A page view's decorator: 429 (and Retry-After) once the client is past the throttle's rate."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            throttle = throttle_class()
            if throttle.allow_request(request, None):
                return view(request, *args, **kwargs)
            response = render(request, "429.html", status=429)
            response["Retry-After"] = str(math.ceil(throttle.wait() or 1))
            return response

        return wrapped

    return decorator
