from __future__ import annotations

import datetime
from typing import NamedTuple

from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Now
from django.utils.translation import gettext_lazy as _

from .transaction_ids import CurrentTransactionId, OldestRunningTransactionId


class Change(NamedTuple):
    """An entry of the change feed: a resolution created, changed or deleted at `at`, by the transaction
    `xid` (the feed's order: `archive.models.transaction_ids`)."""

    symbol: str
    xid: int
    at: datetime.datetime
    change: str  # "created", "changed" or "deleted"


def after(xid: int, symbol: str) -> Q:
    """Entries after the point (`xid`, `symbol`) of the change feed's order."""
    return Q(xid__gt=xid) | Q(xid=xid, symbol__gt=symbol)


class ResolutionDeletionQuerySet(models.QuerySet):
    def changes_after(self, xid: int | None, symbol: str = ""):
        """These deletions as the change feed's entries (`xid`, `at`, `change`), after the point (`xid`,
        `symbol`) of its order (all of them without `xid`)."""
        entries = self.annotate(xid=F("deleted_xid"), at=F("deleted_at"), change=Value("deleted"))
        return entries if xid is None else entries.filter(after(xid, symbol))


class ResolutionDeletion(models.Model):
    """A resolution removed from the archive, kept so that the change feed (`/api/v1/changes/`) can tell
    clients following it to remove it too (`archive.services.deletion`)."""

    symbol = models.CharField(max_length=40)
    deleted_at = models.DateTimeField(db_default=Now(), editable=False)
    deleted_xid = models.BigIntegerField(
        db_default=CurrentTransactionId(), editable=False, help_text=_("The deleting transaction's id")
    )

    objects = ResolutionDeletionQuerySet.as_manager()

    class Meta:
        ordering = ["deleted_at", "symbol"]
        indexes = [
            # The change feed, in its order: WHERE (deleted_xid, symbol) > (…) AND deleted_xid < xmin
            # ORDER BY deleted_xid, symbol.
            models.Index(fields=["deleted_xid", "symbol"], name="deletion_feed_order"),
        ]

    def __str__(self) -> str:
        return f"{self.symbol} (deleted {self.deleted_at:%Y-%m-%d %H:%M})"


def changes_after(xid: int | None, symbol: str, count: int) -> list[Change]:
    """The change feed: the next `count` resolutions created, changed or deleted after the point (`xid`,
    `symbol`) of its order (the writing transaction's id, then symbol), from the start without `xid`. One
    query. Only changes of transactions older than all those still running are given: none given can be
    followed by one written before it (`archive.models.transaction_ids`). A resolution changed several
    times appears once, at its last change."""
    from .resolutions import Resolution

    fields = ("symbol", "xid", "at", "change")
    settled = Q(xid__lt=OldestRunningTransactionId())
    live = Resolution.objects.order_by().changes_after(xid, symbol).filter(settled).values_list(*fields)
    deleted = ResolutionDeletion.objects.order_by().changes_after(xid, symbol).filter(settled)
    union = live.union(deleted.values_list(*fields), all=True)
    return [Change(*row) for row in union.order_by("xid", "symbol")[:count]]
