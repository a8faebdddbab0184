from pathlib import Path

from django.core.management.base import CommandError

from archive.backup import BackupError, load
from archive.management.maintenance import MaintenanceCommand


class Command(MaintenanceCommand):
    help = "Load a folder written by dump_archive into an empty (freshly migrated) database, all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, *args, folder, **options):
        try:
            manifest = load(folder)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        rows = sum(entry["rows"] for entry in manifest["files"].values())
        self.stdout.write(f"loaded {rows} rows of {len(manifest['files'])} tables from {folder}")
