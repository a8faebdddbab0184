"""A search's time budget, kept by PostgreSQL: the search runs in a transaction of its own whose
statements are cancelled after SEARCH_STATEMENT_TIMEOUT_MS (`SET LOCAL`: the connection's own
DATABASE_STATEMENT_TIMEOUT_MS is back once it ends). A cancelled statement is `TooBroad`: asking again
cannot help, narrowing the search can.

In the same transaction, PostgreSQL plans each statement for the words searched (`plan_cache_mode` set to
`force_custom_plan`): with prepared statements (DATABASE_PREPARED_STATEMENTS) it would otherwise settle, after
five runs, on one generic plan for any words, which took twice the SQL time of plans made for them at full
scale (docs/performance.md, "4 December 2026, afternoon"). The planner is otherwise left to itself. It used to
be kept from sequential scans here: it chose to scan every text and read its vector (1.1 s at full scale)
while the GIN index `text_search` held a pending list, which it charged to every scan of the index; the index
keeps none since migration 0035, and the planner finds the texts through the index on its own
(docs/performance.md, "Search at full scale")."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connections, router, transaction
from django.utils.translation import gettext_lazy as _

from archive.models import ResolutionText
from archive.serving.database_unavailable import QUERY_CANCELED

# What the page and the API answer (422).
TOO_BROAD = _(
    "This search matches too much to finish in time. Narrow it: more words, a phrase, a language, a session "
    "or dates."
)


class TooBroad(Exception):
    """A statement of the search ran past SEARCH_STATEMENT_TIMEOUT_MS."""


@contextmanager
def search_budget() -> Iterator[None]:
    """The `with` block in one transaction, on the database the request reads (a replica if it has one), its
    statements planned for their parameters and cancelled after SEARCH_STATEMENT_TIMEOUT_MS. Raises
    TooBroad when one is cancelled. (Requests have no transaction of their own: in one already, as a
    test's, the block is a savepoint in it, and the settings stay until that transaction ends.)"""
    alias = router.db_for_read(ResolutionText)
    try:
        with transaction.atomic(using=alias):
            with connections[alias].cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('statement_timeout', %s, true), "
                    "set_config('plan_cache_mode', 'force_custom_plan', true)",
                    [str(settings.SEARCH_STATEMENT_TIMEOUT_MS)],
                )
            yield
    except OperationalError as exc:
        if getattr(exc.__cause__, "sqlstate", None) != QUERY_CANCELED:
            raise
        raise TooBroad(f"a statement ran past {settings.SEARCH_STATEMENT_TIMEOUT_MS} ms") from exc
