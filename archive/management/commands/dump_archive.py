from pathlib import Path

from django.core.management.base import CommandError

from archive.backup import BackupError, dump
from archive.management.maintenance import MaintenanceCommand


class Command(MaintenanceCommand):
    help = (
        "Write the whole archive (resolutions, texts and their original sources, paragraphs, footnotes, "
        "citations, votes, history, accounts) to a new or empty folder, for load_archive."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, *args, folder, **options):
        try:
            manifest = dump(folder)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        rows = sum(entry["rows"] for entry in manifest["files"].values())
        self.stdout.write(
            f"dumped {rows} rows of {len(manifest['files'])} tables and "
            f"{manifest['sources']['files']} source files to {folder}"
        )
