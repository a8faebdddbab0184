import datetime

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import Progress

from archive.models import HarvestRun, ResolutionText
from archive.services.errors import message_of
from archive.services.harvest import counted, harvest, library, log_said, run_for


class Command(BaseCommand):
    help = (
        "Harvest a session's resolutions, their files and votes from the UN Digital Library (UNDL_BASE_URL). "
        "An interrupted harvest of the same parameters continues where it stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--session", type=int, help="Regular session number (80)")
        parser.add_argument(
            "--languages",
            nargs="*",
            choices=ResolutionText.Language.values,
            default=[],
            help="Download and ingest the files of these languages (default: catalogue and votes only)",
        )
        parser.add_argument(
            "--since", type=datetime.date.fromisoformat, help="Only records changed since (YYYY-MM-DD)"
        )
        parser.add_argument("--run", type=int, help="Carry out this run (started from the admin)")
        parser.add_argument("--quiet", action="store_true", help="No progress bar")

    def handle(self, *args, session, languages, since, run, quiet, **options):
        if run is not None:
            found = HarvestRun.objects.filter(pk=run).first()
            if found is None:
                raise CommandError(f"there is no harvest run {run}")
        elif session is None or session < 1:
            raise CommandError("give --session (a regular session number, 1 or more) or --run")
        else:
            found = run_for(session=session, languages=languages, since=since)
        if found.status == HarvestRun.Status.FINISHED:
            raise CommandError(f"harvest run {found.pk} is finished already")
        console = Console(file=self.stdout, highlight=False, soft_wrap=True)
        if found.position:
            console.print(f"continuing harvest run {found.pk} at {found.phase}, record {found.position + 1}")
        client = library(
            log=(lambda message: None) if quiet else lambda message: console.print(message_of(message))
        )
        try:
            with Progress(console=console, transient=True, disable=quiet) as progress:
                task = progress.add_task("Harvesting", total=None)

                def advance(current: HarvestRun) -> None:
                    progress.update(
                        task, description=f"{current.phase}", completed=current.position, total=current.total
                    )

                done = harvest(run=found, client=client, progress=advance)
        finally:
            client.close()
        summary = message_of(counted(done.counts))
        console.print(
            f"harvest run {done.pk} of session {done.session}: {summary}; {client.requests} requests"
        )
        if done.counts.get("problems"):
            console.print("the run's log (also in the admin):")
            console.print(log_said(done.log), end="")
