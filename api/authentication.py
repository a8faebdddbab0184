import re

from django.utils.translation import gettext
from rest_framework import authentication, exceptions

from archive.models import ApiToken

TOKEN_KEY = re.compile(r"[0-9a-f]{40}")


class TokenAuthentication(authentication.TokenAuthentication):
    """`Authorization: Token <key>`: an active `ApiToken` whose hash is the key's, of an active user.
    Malformed keys are refused before they reach the database."""

    model = ApiToken

    def authenticate_credentials(self, key):
        token = ApiToken.objects.for_key(key) if TOKEN_KEY.fullmatch(key) else None
        if token is None:
            raise exceptions.AuthenticationFailed(gettext("Invalid or expired token."))
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(gettext("User inactive or deleted."))
        return token.user, token
