"""Security events, one JSON line each on the "archive.security" logger: logins that succeed or fail and
logouts (from Django's auth signals), and every text stored by the ingestion service. Each names the user
and, where a request is known, the client's address (archive/serving/client.py). Writes through the admin
and the API are also in the request log with their user and address."""

from __future__ import annotations

import logging

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from .client import client_address

logger = logging.getLogger("archive.security")


def security_event(action: str, *, user: str | None, request=None, **details) -> None:
    fields = {"action": action, "user": user, "client": client_address(request) if request else None}
    logger.info("%s %s", action, user or "-", extra={"fields": {**fields, **details}})


@receiver(user_logged_in, dispatch_uid="archive.security_log.logged_in")
def _logged_in(sender, request, user, **kwargs):
    security_event("login", user=user.get_username(), request=request)


@receiver(user_logged_out, dispatch_uid="archive.security_log.logged_out")
def _logged_out(sender, request, user, **kwargs):
    security_event("logout", user=user.get_username() if user else None, request=request)


@receiver(user_login_failed, dispatch_uid="archive.security_log.login_failed")
def _login_failed(sender, credentials, request=None, **kwargs):
    security_event("login failed", user=credentials.get("username"), request=request)
