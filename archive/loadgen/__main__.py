"""`make loadtest`: the site through gunicorn under concurrent clients on pages, API and search.

Needs the sample corpus in the database and collected static files (the make targets see to both).
Exits non-zero on any error."""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
from pathlib import Path

from archive.development import use_embedded_database

from .client import MAX_CLIENTS, MAX_DURATION, run_load
from .server import gunicorn

# Resolutions of the sample corpus (archive/sample_corpus).
MIX = [
    "/",
    "/sessions",
    "/sessions/80",
    "/A/RES/80/1",
    "/A/RES/80/12",
    "/zh/A/RES/59/190",
    "/api/v1/resolutions/",
    "/api/v1/resolutions/A/RES/80/1",
    "/api/v1/resolutions/A/RES/59/190/paragraphs/",
    "/api/v1/sessions/",
    "/api/v1/citations/",
    "/search?q=climate",
    "/search?q=human+rights",
    "/search?q=59/190",
]

SERVER_ENV = {
    "DJANGO_DEBUG": "false",
    "DJANGO_HTTPS": "false",  # plain HTTP on the loopback interface
    "API_ANON_RATE": "1000000/minute",  # every client shares one address: measure the site, not the limit
}


def bounded(maximum):
    def parse(value: str) -> int:
        number = int(value)
        if not 1 <= number <= maximum:
            raise argparse.ArgumentTypeError(f"must be between 1 and {maximum}")
        return number

    return parse


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m archive.loadgen", description=__doc__)
    parser.add_argument("--clients", type=bounded(MAX_CLIENTS), default=50)
    parser.add_argument("--duration", type=bounded(MAX_DURATION), default=60, help="seconds")
    parser.add_argument("--workers", type=bounded(32), default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args()
    use_embedded_database()  # in a checkout without DATABASE_URL: the server's database
    secret_key = os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50)
    env = {**SERVER_ENV, "DJANGO_SECRET_KEY": secret_key}
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "gunicorn.log"
        with gunicorn(workers=args.workers, env=env, log=log) as base_url:
            print(f"{args.clients} clients for {args.duration} s on {base_url}, {len(MIX)} paths", flush=True)
            report = asyncio.run(run_load(base_url, MIX, clients=args.clients, duration=args.duration))
        print(report.summary())
        if not report.ok:
            print("server log (last lines):", *log.read_text(errors="replace").splitlines()[-20:], sep="\n")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
