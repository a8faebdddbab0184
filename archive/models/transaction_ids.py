"""PostgreSQL transaction ids, the change feed's order (`archive.models.changes`).

A row written records the id of the transaction writing it (`CurrentTransactionId`, PostgreSQL's
`pg_current_xact_id()`, 64 bits with its epoch: never wraps). Transactions commit in any order, so a feed
in order of ids hands out only rows written by transactions older than every transaction of this database
still running (`OldestRunningTransactionId`, read from the reading statement's own snapshot): every one of
those has ended, and any row written later, by a transaction running now or to come, has a larger id, so
it comes after a cursor already given, never behind it.
"""

from django.db import models


class CurrentTransactionId(models.Func):
    """The id of the transaction writing (one is assigned if it has none yet), as a bigint."""

    template = "pg_current_xact_id()::text::bigint"
    output_field = models.BigIntegerField()


class OldestRunningTransactionId(models.Func):
    """The oldest id of a transaction that may write to this database and was running as the statement's
    snapshot was taken (the snapshot's next id when none was), as a bigint: every smaller id is of a
    transaction that has ended, or of one in another database of the cluster. A running transaction is
    known to be another database's only by `pg_stat_activity` (a transaction there writes nowhere else);
    any other counts, so that a long write elsewhere in the cluster does not hold the feed back."""

    template = (
        "(SELECT coalesce(min(running::text::bigint), pg_snapshot_xmax(pg_current_snapshot())::text::bigint)"
        " FROM pg_snapshot_xip(pg_current_snapshot()) AS running"
        " WHERE NOT EXISTS (SELECT FROM pg_stat_activity AS elsewhere"
        " WHERE elsewhere.backend_xid = running::xid AND elsewhere.datname <> current_database()))"
    )
    output_field = models.BigIntegerField()
