"""`make loadtest`: the site through gunicorn on 127.0.0.1 under locust's concurrent readers (locustfile.py),
on the database as it is (the make targets load the sample corpus and collect the static files first).
Prints locust's summary (p50, p95, p99 per path and overall); exits non-zero on any failed request.
`--proxy` puts nginx in front, as docker-compose runs it (docker/nginx.conf); `--slow-clients N` keeps N
slowloris connections open against the front while the readers run (`make loadtest-proxy`)."""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from archive.development import use_embedded_database

from .server import gunicorn, nginx, slow_clients

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
SERVER_ENV = {
    "DJANGO_DEBUG": "false",
    "DJANGO_HTTPS": "false",  # plain HTTP on the loopback interface
    "API_ANON_RATE": "1000000/minute",  # every reader shares one address: measure the site, not the limit
    "SEARCH_RATE": "1000000/minute",
}


def bounded(maximum: int):
    def parse(value: str) -> int:
        number = int(value)
        if not 1 <= number <= maximum:
            raise argparse.ArgumentTypeError(f"must be between 1 and {maximum}")
        return number

    return parse


def locust_command(base_url: str, users: int, seconds: int) -> list[str]:
    return [
        sys.executable, "-m", "locust", "--locustfile", str(LOCUSTFILE), "--host", base_url, "--headless",
        "--users", str(users), "--spawn-rate", str(users), "--run-time", f"{seconds}s", "--only-summary",
        "--stop-timeout", "10",
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadtest", description=__doc__)
    parser.add_argument("--users", type=bounded(200), default=50, help="concurrent readers")
    parser.add_argument("--duration", type=bounded(600), default=60, help="seconds")
    parser.add_argument("--workers", type=bounded(32), default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--proxy", action="store_true", help="through nginx, as docker-compose serves")
    parser.add_argument("--slow-clients", type=bounded(1000), help="slowloris connections meanwhile")
    args = parser.parse_args(argv)
    use_embedded_database()  # in a checkout without DATABASE_URL: the server's database
    env = {
        **SERVER_ENV,
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
    }
    if args.proxy:
        env["TRUSTED_PROXY_COUNT"] = "1"
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as serving:
        log = Path(folder) / "gunicorn.log"
        base_url = serving.enter_context(gunicorn(workers=args.workers, env=env, log=log))
        if args.proxy:
            base_url = serving.enter_context(nginx(base_url.removeprefix("http://"), Path(folder)))
        if args.slow_clients:
            serving.enter_context(slow_clients(base_url, args.slow_clients))
        status = subprocess.run(locust_command(base_url, args.users, args.duration)).returncode
        serving.close()
        if status:
            print("server log (last lines):", *log.read_text(errors="replace").splitlines()[-20:], sep="\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
