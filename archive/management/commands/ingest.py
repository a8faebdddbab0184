from pathlib import Path

from django.core.management.base import CommandError
from rich.console import Console
from rich.progress import Progress

from archive.management.maintenance import MaintenanceCommand
from archive.models import ResolutionText
from archive.services.errors import IngestError
from archive.services.ingestion import ingest

INGESTIBLE = {".txt", ".pdf"}


class Command(MaintenanceCommand):
    help = "Ingest resolution texts (.txt in UTF-8 or UTF-16 with BOM, or .pdf); one transaction per file."

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", type=Path, help="Files, or folders searched for .txt/.pdf files"
        )
        parser.add_argument(
            "--language",
            choices=ResolutionText.Language.values,
            help="The text's language (default: detected)",
        )
        parser.add_argument("--symbol", help="The resolution's symbol (default: read from the text)")

    def handle(self, *args, paths, language, symbol, verbosity, **options):
        files = sorted(self._files(paths))
        if symbol and len(files) > 1:
            raise CommandError("--symbol names one resolution: give one file with it")
        console = Console(file=self.stdout, highlight=False, soft_wrap=True)
        counts = {"created": 0, "replaced": 0, "unchanged": 0}
        with_warnings, failed = [], []
        with Progress(console=console, transient=True, disable=verbosity < 1 or len(files) < 2) as progress:
            task = progress.add_task("Ingesting", total=len(files))
            for path in files:
                try:
                    outcome = ingest(
                        data=path.read_bytes(), filename=path.name, language=language, symbol=symbol
                    )
                except IngestError as exc:
                    failed.append((path, str(exc)))
                else:
                    counts[outcome.status] += 1
                    if outcome.warnings:
                        with_warnings.append((path, outcome))
                    if verbosity >= 2:
                        console.print(
                            f"{outcome.status}: {outcome.symbol} ({outcome.text.language}) from {path}"
                        )
                progress.advance(task)
        for path, outcome in with_warnings:
            console.print(f"warnings in {path} ({outcome.symbol}):")
            for warning in outcome.warnings:
                console.print(
                    f"  line {warning.line}: {warning.message}" if warning.line else f"  {warning.message}"
                )
        for path, reason in failed:
            console.print(f"failed: {path}: {reason}")
        ingested = counts["created"] + counts["replaced"]
        console.print(
            f"{ingested} ingested ({counts['created']} new, {counts['replaced']} replaced), "
            f"{counts['unchanged']} unchanged, {len(with_warnings)} with warnings, {len(failed)} failed"
        )
        if failed:
            raise CommandError(f"{len(failed)} of {len(files)} files failed")

    def _files(self, paths):
        for path in paths:
            if path.is_dir():
                yield from (p for p in path.rglob("*") if p.suffix.lower() in INGESTIBLE and p.is_file())
            elif path.is_file():
                yield path
            else:
                raise CommandError(f"no such file or folder: {path}")
