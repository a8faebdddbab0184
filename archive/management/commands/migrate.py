"""Django's `migrate` under the maintenance statement timeout: a data migration of a whole archive runs
longer than a web request may (migration 0042 reads every text's source). The connection's own timeout
is given back after, for the callers that go on with it (the test database's creation)."""

from django.core.management.commands.migrate import Command as MigrateCommand
from django.db import connections

from archive.management.maintenance import use_maintenance_timeout


class Command(MigrateCommand):
    def handle(self, *args, **options):
        connection = connections[options["database"]]
        use_maintenance_timeout(connection)
        try:
            return super().handle(*args, **options)
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET statement_timeout")
