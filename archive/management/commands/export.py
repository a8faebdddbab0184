import json

from django.core.management.base import BaseCommand, CommandError

from archive.models import Resolution, ResolutionText
from archive.parser.symbols import parse_symbol
from archive.serializers import export_resolution


class Command(BaseCommand):
    help = "Print a resolution as the archive's JSON (the same representation the REST API serves)."

    def add_arguments(self, parser):
        parser.add_argument("symbol", help="A/RES/59/190, 59/190, 217 A (III)…")
        parser.add_argument("--language", choices=ResolutionText.Language.values, help="Only this language")

    def handle(self, *args, symbol, language, **options):
        try:
            canonical = parse_symbol(symbol).canonical
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        resolution = Resolution.objects.for_export().filter(symbol=canonical).first()
        if resolution is None:
            raise CommandError(f"{canonical} is not in the archive")
        if language and not any(t.language == language for t in resolution.texts.all()):
            raise CommandError(f"{canonical} has no text in language {language!r}")
        data = export_resolution(resolution, [language] if language else None)
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=1))
