"""`make loadtest`: the site through gunicorn on 127.0.0.1 under locust's concurrent readers (locustfile.py),
on the database as it is (the make targets load the sample corpus and collect the static files first).
Prints locust's summary (p50, p95, p99 per path and overall); exits non-zero on any failed request.
`--proxy` puts nginx in front, as docker-compose runs it (docker/nginx.conf). `--slow-clients N`
(`make loadtest-proxy`) runs the readers twice on the same server, after a short warm-up: alone, then while
N slowloris connections hold on to the front; it prints both p99s and their ratio, and exits non-zero as
well when the slow clients change the p99 by a factor of 2 or more."""

from __future__ import annotations

import argparse
import contextlib
import csv
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


# A slowloris in parallel may change the readers' p99 by less than this factor (issue 19's acceptance).
MAX_P99_RATIO = 2.0
WARM_UP_SECONDS = 5


def run_readers(
    base_url: str, users: int, seconds: int, csv_prefix: Path, quiet: bool = False
) -> tuple[int, float]:
    """locust's readers against `base_url`: its exit status and the p99 of all requests, in ms. Its summary
    is printed unless `quiet`."""
    command = [*locust_command(base_url, users, seconds), "--csv", str(csv_prefix)]
    output = subprocess.DEVNULL if quiet else None
    status = subprocess.run(command, stdout=output, stderr=output).returncode
    with open(f"{csv_prefix}_stats.csv", newline="") as stats:
        overall = next(row for row in csv.DictReader(stats) if row["Name"] == "Aggregated")
    return status, float(overall["99%"])


def p99_change(alone: float, slowed: float) -> float:
    """By what factor the p99 changed, up or down (1: not at all)."""
    return max(alone, slowed) / max(min(alone, slowed), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadtest", description=__doc__)
    parser.add_argument("--users", type=bounded(200), default=50, help="concurrent readers")
    parser.add_argument("--duration", type=bounded(600), default=60, help="seconds")
    parser.add_argument(
        "--workers", type=bounded(32), default=2 * (os.cpu_count() or 1) + 1, help="without --proxy"
    )
    parser.add_argument(
        "--proxy",
        action="store_true",
        help="as docker-compose serves: nginx in front of gunicorn with docker/gunicorn.conf.py",
    )
    parser.add_argument(
        "--slow-clients", type=bounded(1000), help="run again while this many slowloris connections hold on"
    )
    args = parser.parse_args(argv)
    use_embedded_database()  # in a checkout without DATABASE_URL: the server's database
    env = {
        **SERVER_ENV,
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
    }
    if args.proxy:
        env["TRUSTED_PROXY_COUNT"] = "1"
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as serving:
        folder = Path(folder)
        log = folder / "gunicorn.log"
        base_url = serving.enter_context(
            gunicorn(workers=args.workers, docker_conf=args.proxy, env=env, log=log)
        )
        if args.proxy:
            base_url = serving.enter_context(nginx(base_url.removeprefix("http://"), folder))
        if not args.slow_clients:
            status, _ = run_readers(base_url, args.users, args.duration, folder / "readers")
        else:
            print(f"warming up: {WARM_UP_SECONDS} s", flush=True)
            run_readers(base_url, args.users, WARM_UP_SECONDS, folder / "warm-up", quiet=True)
            print(f"readers alone: {args.duration} s", flush=True)
            status, alone = run_readers(base_url, args.users, args.duration, folder / "alone")
            print(f"readers while {args.slow_clients} slow clients hold on: {args.duration} s", flush=True)
            with slow_clients(base_url, args.slow_clients):
                slowed_status, slowed = run_readers(base_url, args.users, args.duration, folder / "slowed")
            change = p99_change(alone, slowed)
            print(
                f"p99 alone: {alone:.0f} ms; p99 with {args.slow_clients} slow clients: {slowed:.0f} ms; "
                f"changed by a factor of {change:.2f} (must be under {MAX_P99_RATIO:g})"
            )
            status = status or slowed_status or int(change >= MAX_P99_RATIO)
        serving.close()
        if status:
            print("server log (last lines):", *log.read_text(errors="replace").splitlines()[-20:], sep="\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
