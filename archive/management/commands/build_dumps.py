from django.core.management.base import BaseCommand

from archive.dumps import ALL, FORMATS, current_dump
from archive.models import Session


class Command(BaseCommand):
    help = (
        "Build the downloadable dumps (JSON Lines and Akoma Ntoso, of the whole archive and of each session) "
        "that are not current; run it after ingesting, so that no reader waits for one to be built."
    )

    def handle(self, *args, **options):
        scopes = [
            ALL,
            *(s.symbol_prefix for s in Session.objects.filter(resolutions__isnull=False).distinct()),
        ]
        for scope in scopes:
            for format in FORMATS:
                dump = current_dump(scope, format)
                self.stdout.write(
                    f"{dump.filename}: {dump.resolutions} resolutions, {dump.size} bytes, "
                    f"sha256 {dump.sha256}"
                )
