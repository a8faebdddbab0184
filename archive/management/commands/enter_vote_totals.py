import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.services.votes import enter_totals


class Command(BaseCommand):
    help = (
        "Enter recorded votes' totals from a JSON file: {symbol: {yes, no, abstain, record}}, record being"
        " the symbol of the official record of the meeting (A/73/PV.30)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path, **options):
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"{path}: {exc}") from None
        for symbol, entry in entries.items():
            if symbol.startswith("_"):
                continue
            try:
                outcome = enter_totals(
                    symbol=symbol,
                    yes=int(entry["yes"]),
                    no=int(entry["no"]),
                    abstain=int(entry["abstain"]),
                    record=str(entry["record"]),
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise CommandError(
                    f"{path}: {symbol}: needs whole numbers yes, no, abstain and a record ({exc})"
                ) from None
            self.stdout.write(f"{symbol}: {outcome}")
