"""Django's PostgreSQL backend, with a check of a persistent connection before reuse that costs no round
trip while the connection is sound.

Django checks a reused connection at the start of each request (CONN_HEALTH_CHECKS) by sending SELECT 1:
a round trip that a revalidation answered 304 would otherwise spend as much time on as on its one query.
A connection the server has closed, or is closing (when it shuts down or a backend is terminated, it
sends the reason and hangs up), has something to read while idle; a sound idle connection has nothing.
So the socket is looked at without waiting, and only when there is something to read is SELECT 1 sent.
"""

from __future__ import annotations

import select

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        something_to_read, _, _ = select.select([connection.fileno()], [], [], 0)
        return not something_to_read or super().is_usable()
