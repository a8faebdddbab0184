"""Making API tokens: the key is random, shown once and stored as its SHA-256 only."""

from __future__ import annotations

import secrets

from django.db import transaction

from archive.models import ApiToken
from archive.models.api_tokens import key_hash


@transaction.atomic
def issue_token(*, token: ApiToken) -> str:
    """Save a new token (its user, name and expiry set) with a random key, and return the key (40 hex
    digits), which is stored nowhere: give it to the client now."""
    key = secrets.token_hex(20)
    token.key_hash, token.key_prefix = key_hash(key), key[:8]
    token.save()
    return key
