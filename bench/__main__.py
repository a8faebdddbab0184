"""`python -m bench`: a synthetic archive in its own database, measured through gunicorn on 127.0.0.1.
Prints the tables, writes the JSON report; exits non-zero if any request failed (no timing is enforced)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .database import DEFAULT_NAME

REPORTS = Path(__file__).resolve().parent.parent / ".data" / "bench"


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", type=int, default=20_000, help="resolutions (default: 20000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", default=DEFAULT_NAME, help="the benchmark's own database")
    parser.add_argument("--reuse", action="store_true", help="keep a database built at this scale and seed")
    parser.add_argument("--seconds", type=float, default=15, help="measured seconds per scenario")
    parser.add_argument("--warmup", type=float, default=3, help="unmeasured seconds per scenario")
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="rounds the page, its static file and its 304 share --seconds in",
    )
    parser.add_argument("--crawl-seconds", type=float, help="stop the crawl after this long (default: never)")
    parser.add_argument(
        "--ingest-passes", type=int, default=3, help="times each ingest worker ingests the corpus"
    )
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 2, help="clients")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 2) + 1, help="gunicorn's")
    parser.add_argument("--threads", type=int, default=4, help="per gunicorn worker")
    parser.add_argument("--skip-search", action="store_true", help="leave out the search scenarios")
    parser.add_argument(
        "--skip-dumps",
        action="store_true",
        help="leave out the dumps and the restore (dump_archive, load_archive)",
    )
    parser.add_argument("--json", type=Path, default=REPORTS / "report.json")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = arguments(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    from archive.development import use_embedded_database

    use_embedded_database()  # in a checkout without DATABASE_URL: the embedded development server
    import django

    django.setup()
    from django.db.backends.signals import connection_created
    from rich.console import Console

    from archive.management.maintenance import use_maintenance_timeout

    # Building, dumping and loading an archive is maintenance work: every connection of this process runs
    # under the maintenance commands' statement timeout (the server it measures keeps the web's).
    connection_created.connect(
        lambda sender, connection, **kwargs: use_maintenance_timeout(connection), weak=False
    )

    from . import report
    from .run import benchmark, failures

    console = Console(highlight=False, soft_wrap=True, width=120)
    result = benchmark(options, console)
    options.json.parent.mkdir(parents=True, exist_ok=True)
    report.write_json(result, options.json)
    report.print_tables(result, console)
    console.print(f"report: {options.json}")
    if failed := failures(result):
        console.print(f"requests failed: {failed}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
