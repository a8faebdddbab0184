"""The response cache in files (ARCHIVE_CACHE_URL=file:///…): diskcache's Django cache, keeping its SQLite
connections between requests.

Django closes every cache when a request finishes (`request_finished` → `close_caches`). For diskcache that
closes each shard's SQLite connection, and the next request reconnects and re-applies its pragmas: some 35
SQLite statements and about 2 ms a request, more than serving a cached answer costs. Its connections belong
to one thread and are reopened after a fork, so nothing needs closing between requests.
"""

from diskcache import DjangoCache


class FileCache(DjangoCache):
    def close(self, **kwargs):
        """Keep the connections: each thread reuses its own for the next request."""
