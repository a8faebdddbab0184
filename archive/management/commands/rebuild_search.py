from rich.console import Console
from rich.progress import Progress

from archive.management.maintenance import MaintenanceCommand
from archive.search.index import rebuild_index, texts_to_rebuild


class Command(MaintenanceCommand):
    help = "Compute the full-text search vector of every text again (its title, paragraphs and footnotes)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="Texts per transaction")

    def handle(self, *args, batch_size, verbosity, **options):
        console = Console(file=self.stdout, highlight=False, soft_wrap=True)
        total = texts_to_rebuild()
        with Progress(console=console, transient=True, disable=verbosity < 1) as progress:
            task = progress.add_task("Rebuilding the search index", total=total)
            for done in rebuild_index(batch_size=batch_size):
                progress.advance(task, done)
        if verbosity >= 1:
            console.print(f"Rebuilt the search vectors of {total:,} texts.")
