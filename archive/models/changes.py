from __future__ import annotations

import datetime
from typing import NamedTuple

from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Now


class Change(NamedTuple):
    """An entry of the change feed: a resolution created, changed or deleted at `at`."""

    symbol: str
    at: datetime.datetime
    change: str  # "created", "changed" or "deleted"


class ResolutionDeletionQuerySet(models.QuerySet):
    def changes_after(self, at: datetime.datetime | None, symbol: str = ""):
        """These deletions as the change feed's entries (`at`, `change`), after the point (`at`, `symbol`)
        of its order (all of them without `at`)."""
        entries = self.annotate(at=F("deleted_at"), change=Value("deleted"))
        return entries if at is None else entries.filter(Q(at__gt=at) | Q(at=at, symbol__gt=symbol))


class ResolutionDeletion(models.Model):
    """A resolution removed from the archive, kept so that the change feed (`/api/v1/changes/`) can tell
    clients following it to remove it too (`archive.services.deletion`)."""

    symbol = models.CharField(max_length=40)
    deleted_at = models.DateTimeField(db_default=Now(), editable=False)

    objects = ResolutionDeletionQuerySet.as_manager()

    class Meta:
        ordering = ["deleted_at", "symbol"]
        indexes = [
            # The change feed, in its order: WHERE (deleted_at, symbol) > (…) ORDER BY deleted_at, symbol.
            models.Index(fields=["deleted_at", "symbol"], name="deletion_feed_order"),
        ]

    def __str__(self) -> str:
        return f"{self.symbol} (deleted {self.deleted_at:%Y-%m-%d %H:%M})"


def changes_after(at: datetime.datetime | None, symbol: str, count: int) -> list[Change]:
    """The change feed: the next `count` resolutions created, changed or deleted after the point (`at`,
    `symbol`) of its order (last change, then symbol), from the start without `at`. One query. A
    resolution changed several times appears once, at its last change."""
    from .resolutions import Resolution

    fields = ("symbol", "at", "change")
    live = Resolution.objects.order_by().changes_after(at, symbol).values_list(*fields)
    deleted = ResolutionDeletion.objects.order_by().changes_after(at, symbol).values_list(*fields)
    return [Change(*row) for row in live.union(deleted, all=True).order_by("at", "symbol")[:count]]
