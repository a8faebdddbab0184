"""API tokens: what an editor's client sends as `Authorization: Token <key>`. Only a SHA-256 of the key is
stored; the key is shown once, when the token is made (`archive.services.api_tokens.issue_token`)."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.db.models.functions import Now
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        """Tokens not past their expiry."""
        return self.filter(models.Q(expires_at=None) | models.Q(expires_at__gt=timezone.now()))

    def for_key(self, key: str):
        """The active token of a key, with its user: one query on the unique index of the hashes."""
        return self.active().select_related("user").filter(key_hash=key_hash(key)).first()


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("What the token is for: a script, a host"))
    key_hash = models.CharField(max_length=64, editable=False)
    key_prefix = models.CharField(
        _("key begins"), max_length=8, editable=False, help_text=_("The key's first characters, to tell it")
    )
    created_at = models.DateTimeField(_("created"), db_default=Now(), editable=False)
    expires_at = models.DateTimeField(
        _("expires"), null=True, blank=True, help_text=_("Empty: the token never expires")
    )

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        constraints = [
            # Authentication: WHERE key_hash = sha256(key) (the constraint's unique index).
            models.UniqueConstraint(fields=["key_hash"], name="apitoken_key_hash_unique"),
            models.CheckConstraint(
                condition=models.Q(key_hash__regex=r"^[0-9a-f]{64}$"), name="apitoken_hash"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.key_prefix}…)"
