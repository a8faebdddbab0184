"""Django's PostgreSQL backend, with two costs of the hottest path cut: a check of a persistent connection
before reuse that costs no round trip while the connection is sound, and a prepared, lean lookup for the
one query every request makes (a page's content version).

Django checks a reused connection at the start of each request (CONN_HEALTH_CHECKS) by sending SELECT 1:
a round trip that a revalidation answered 304 would otherwise spend as much time on as on its one query.
A connection the server has closed, or is closing (when it shuts down or a backend is terminated, it
sends the reason and hangs up), has something to read while idle; a sound idle connection has nothing.
So the socket is looked at without waiting, and only when there is something to read is SELECT 1 sent.

Django binds parameters on the client, so PostgreSQL parses and plans every statement afresh: for a lookup
by a unique key, that is more than half of its work; and a query through Django's and psycopg's cursors
costs the client about as much CPU again as the server spends answering it. `fetch_prepared()` prepares
its statement once per connection and runs it with one libpq call (`PGconn.exec_prepared`, which lets
other threads run while it waits); its row comes back in binary and is loaded by the connection's own
adapters. Behind a pooler in transaction mode, that needs one that keeps prepared statements (PgBouncer
1.21 and later).
"""

from __future__ import annotations

import hashlib
import logging
import select
import time
import weakref
from collections.abc import Sequence

from django.db.backends.postgresql import base
from django.utils.asyncio import async_unsafe
from psycopg import errors, pq
from psycopg.adapt import Transformer

logger = logging.getLogger("django.db.backends")

STATEMENT_MISSING = b"26000"  # invalid_sql_statement_name: deallocated (DEALLOCATE, DISCARD ALL)

# The statements `fetch_prepared()` has prepared, per psycopg connection (Django's, or a pool's).
_prepared: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        something_to_read, _, _ = select.select([connection.fileno()], [], [], 0)
        return not something_to_read or super().is_usable()

    @async_unsafe
    def fetch_prepared(self, sql: str, params: Sequence[str | int]) -> tuple | None:
        """The first row of `sql` (a SELECT whose parameters are written $1, $2…, their values sent as text,
        as `str()` spells them), or None when it has none. Its errors are Django's. Counted and logged as
        a debug cursor's queries are (`django_assert_num_queries`, DEBUG), but not passed through
        `execute_wrapper()` hooks, as it uses no cursor."""
        self.close_if_health_check_failed()
        self.ensure_connection()
        started = time.monotonic()
        try:
            with self.wrap_database_errors:
                result = self._exec_prepared(sql, [str(value).encode() for value in params])  # text
                if result.status != pq.ExecStatus.TUPLES_OK:
                    raise errors.error_from_result(result, encoding=self.connection.info.encoding)
        finally:
            if self.queries_logged:
                self._log_query(sql, params, time.monotonic() - started)
        if not result.ntuples:
            return None
        loader = Transformer(self.connection)
        loader.set_pgresult(result)
        return loader.load_row(0, tuple)

    def _exec_prepared(self, sql: str, values: list[bytes]) -> pq.abc.PGresult:
        """Run `sql` as a statement prepared on this connection, preparing it first if need be: again when
        something deallocated it, unless that failure ended a transaction block's work."""
        pgconn = self.connection.pgconn
        name = b"archive_" + hashlib.sha256(sql.encode()).hexdigest()[:16].encode()
        prepared = _prepared.setdefault(self.connection, set())
        if name in prepared:
            result = pgconn.exec_prepared(name, values, result_format=pq.Format.BINARY)
            if result.error_field(pq.DiagnosticField.SQLSTATE) != STATEMENT_MISSING:
                return result
            prepared.discard(name)
            if pgconn.transaction_status != pq.TransactionStatus.IDLE:
                return result
        result = pgconn.prepare(name, sql.encode())
        if result.status != pq.ExecStatus.COMMAND_OK:
            return result
        prepared.add(name)
        return pgconn.exec_prepared(name, values, result_format=pq.Format.BINARY)

    def _log_query(self, sql: str, params: Sequence, duration: float) -> None:
        """As Django's debug cursor logs a query."""
        self.queries_log.append({"sql": f"{sql}; args={tuple(params)}", "time": f"{duration:.3f}"})
        logger.debug(
            "(%.3f) %s; args=%s; alias=%s",
            duration,
            sql,
            params,
            self.alias,
            extra={"duration": duration, "sql": sql, "params": params, "alias": self.alias},
        )
