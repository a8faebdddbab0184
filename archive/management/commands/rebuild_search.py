from django.core.management.base import BaseCommand
from rich.console import Console
from rich.progress import Progress

from archive.search.index import rebuild_index, rows_to_rebuild


class Command(BaseCommand):
    help = "Compute the full-text search vectors of every title, paragraph and footnote again."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=5000, help="Rows per transaction")

    def handle(self, *args, batch_size, verbosity, **options):
        console = Console(file=self.stdout, highlight=False, soft_wrap=True)
        total = rows_to_rebuild()
        with Progress(console=console, transient=True, disable=verbosity < 1) as progress:
            task = progress.add_task("Rebuilding the search index", total=total)
            for done in rebuild_index(batch_size=batch_size):
                progress.advance(task, done)
        if verbosity >= 1:
            console.print(f"Rebuilt the search vectors of {total:,} titles, paragraphs and footnotes.")
