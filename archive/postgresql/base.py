"""Django's PostgreSQL backend, with two costs of the hottest path cut: a check of a persistent connection
before reuse that costs no round trip while the connection is sound, and prepared statements for the
lookups every request makes (a page's content version).

Django checks a reused connection at the start of each request (CONN_HEALTH_CHECKS) by sending SELECT 1:
a round trip that a revalidation answered 304 would otherwise spend as much time on as on its one query.
A connection the server has closed, or is closing (when it shuts down or a backend is terminated, it
sends the reason and hangs up), has something to read while idle; a sound idle connection has nothing.
So the socket is looked at without waiting, and only when there is something to read is SELECT 1 sent.

Django binds parameters on the client, so PostgreSQL parses and plans every statement afresh: for a lookup
by a unique key, that is more than half of its work. `prepared_cursor()` binds on the server, and psycopg
prepares each statement the first time a connection runs it (and forgets it if the transaction that
prepared it is rolled back). Only those cursors prepare: Django's own still bind on the client. Behind a
pooler in transaction mode, that needs one that keeps prepared statements (PgBouncer 1.21 and later).
"""

from __future__ import annotations

import select

from django.db.backends.postgresql import base
from django.utils.asyncio import async_unsafe


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        something_to_read, _, _ = select.select([connection.fileno()], [], [], 0)
        return not something_to_read or super().is_usable()

    def get_connection_params(self) -> dict:
        params = super().get_connection_params()
        if "prepare_threshold" not in self.settings_dict["OPTIONS"]:
            params["prepare_threshold"] = 0  # a statement of `prepared_cursor()` is prepared when first run
        return params

    @async_unsafe
    def prepared_cursor(self):
        """A cursor like `cursor()`'s (its queries logged and counted, its errors Django's) whose statements
        are bound on the server and prepared."""
        self.close_if_health_check_failed()
        self.ensure_connection()
        with self.wrap_database_errors:
            return self._prepare_cursor(base.ServerBindingCursor(self.connection))
