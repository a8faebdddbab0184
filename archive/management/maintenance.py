"""Commands that ingest, dump, load or rebuild may run statements longer than a web request may: they set
their session's statement_timeout to DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS (settings)."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection


def use_maintenance_timeout(on=connection) -> None:
    """The rest of this database session runs under the maintenance statement timeout."""
    with on.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, false)",
            [str(settings.DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS)],
        )


class MaintenanceCommand(BaseCommand):
    def execute(self, *args, **options):
        use_maintenance_timeout()
        return super().execute(*args, **options)
