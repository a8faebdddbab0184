from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonThrottle(AnonRateThrottle):
    """Anonymous requests per client address, at `settings.API_ANON_RATE` ("1000/hour")."""

    def get_rate(self) -> str:
        return settings.API_ANON_RATE
