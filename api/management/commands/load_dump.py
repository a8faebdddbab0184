import gzip
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from api.bulk_load import load_jsonl
from archive.services.errors import IngestError


class Command(BaseCommand):
    help = (
        "Load a JSON Lines dump (.jsonl.gz, as /api/v1/dumps/ serves it, or .jsonl) into the archive: "
        "all or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path, **options):
        opener = gzip.open if path.suffix == ".gz" else open
        try:
            with opener(path, "rb") as lines:
                count = load_jsonl(lines=lines)
        except FileNotFoundError:
            raise CommandError(f"{path}: no such file") from None
        except (OSError, EOFError) as exc:
            raise CommandError(f"{path}: {exc}") from None
        except IngestError as exc:
            raise CommandError(f"{path}, line {exc.line}: {exc.message}") from None
        self.stdout.write(f"{count} resolutions loaded from {path}")
