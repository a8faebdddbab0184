from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AnonThrottle(AnonRateThrottle):
    """Anonymous requests per client address, at `settings.API_ANON_RATE` ("1000/hour")."""

    def get_rate(self) -> str:
        return settings.API_ANON_RATE


class UserThrottle(UserRateThrottle):
    """Requests of a signed-in user or API token, per user, at `settings.API_USER_RATE` ("10000/hour");
    anonymous requests are counted by AnonThrottle only."""

    def get_rate(self) -> str:
        return settings.API_USER_RATE

    def get_cache_key(self, request, view):
        if not request.user or not request.user.is_authenticated:
            return None
        return super().get_cache_key(request, view)
