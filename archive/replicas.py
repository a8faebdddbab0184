"""Reads on PostgreSQL replicas (DATABASE_REPLICA_URLS), writes on the primary.

Replicas serve the reads of web requests that change nothing (GET, HEAD, OPTIONS): the middleware gives
each request one replica, in turn, so that one page reads one snapshot. Everything else reads the primary:
- a request that writes (POST, PUT, PATCH, DELETE), and the same client's requests for
  DATABASE_PRIMARY_PIN_SECONDS after it (a signed cookie): a client reads its own writes, even through
  another web container, while the replicas catch up;
- whatever runs in a transaction on the primary (`transaction.atomic()`: the admin's forms, the
  ingestion service), since a replica cannot see what the transaction wrote;
- code outside a request (the CLI's ingest, dump and load, migrations).
"""

from __future__ import annotations

import itertools
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

PIN_COOKIE = "primary_reads"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

# The replica the current request reads from; None: the primary.
replica_for_reads: ContextVar[str | None] = ContextVar("replica_for_reads", default=None)


class ReplicaRouter:
    """DATABASE_ROUTERS entry: reads on the request's replica, if it has one; writes and migrations on
    the primary (`default`); the replicas hold the same rows, so relations between them are allowed."""

    def db_for_read(self, model, **hints) -> str:
        replica = replica_for_reads.get()
        if replica is None or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return replica

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints) -> bool:
        return db == DEFAULT_DB_ALIAS


class ReplicaReadsMiddleware:
    """Sends a request's reads to the next replica in turn, unless the request writes or its client
    wrote less than DATABASE_PRIMARY_PIN_SECONDS ago; a request that writes sets the pin cookie."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.replicas = itertools.cycle([alias for alias in settings.DATABASES if alias != DEFAULT_DB_ALIAS])
        self.pin_seconds = settings.DATABASE_PRIMARY_PIN_SECONDS

    def __call__(self, request):
        writes = request.method not in SAFE_METHODS
        replica = None if writes or self.pinned(request) else next(self.replicas)
        token = replica_for_reads.set(replica)
        try:
            response = self.get_response(request)
        finally:
            replica_for_reads.reset(token)
        if writes:
            response.set_signed_cookie(
                PIN_COOKIE,
                "1",
                salt=PIN_COOKIE,
                max_age=self.pin_seconds,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    def pinned(self, request) -> bool:
        """The client holds a pin cookie signed here (by any web container) within the pin window."""
        cookie = request.get_signed_cookie(
            PIN_COOKIE, default=None, salt=PIN_COOKIE, max_age=self.pin_seconds
        )
        return cookie is not None
