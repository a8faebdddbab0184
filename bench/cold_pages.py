"""`python -m bench.cold_pages`: resolution pages never rendered before, measured in this process.

The benchmark's cold sample (`bench.scenarios`, same seed) on its database (built by `python -m bench`),
each page requested once through Django's test client with the response cache cleared before it: no
server, no load generator, no network between them. `--scenario` measures another scenario's paths the
same way ("API list": each page of the list rendered afresh, the requests that set its p95). What is
left varies far less from run to run than a full run's p95 (about 30 % on a 2-vCPU VM), so two checkouts
measured alternately on one machine say what a change buys (docs/performance.md). Prints p50 and p95,
the mean and its SQL part (executing and fetching, timed by `connection.execute_wrapper`); with
--profile, the functions of `archive/` and `api/` that took longest (cProfile). Needs the static files'
manifest (`make static`), as any run with DEBUG off."""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass

from .clients import LoadResult
from .database import DEFAULT_NAME

PAGES = 300
SCENARIO = "resolution page, cold"


@dataclass(frozen=True)
class ColdPages:
    pages: LoadResult  # each page's time and status, percentiles as the benchmark's scenarios count them
    sql_seconds: list[float]  # the part of each page spent executing SQL and fetching its rows

    def summary(self) -> str:
        figures = self.pages.summary()
        sql_ms = statistics.fmean(self.sql_seconds) * 1000
        return (
            f"{figures['requests']} pages: p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, "
            f"mean {figures['mean_ms']:.1f} ms of which SQL {sql_ms:.1f} ms"
        )


def measure(client, paths: Iterable[str]) -> ColdPages:
    """Request each of `paths` once with `client`, the response cache cleared before each. A page not
    answered with 200 stops the measurement: it would not be the page measured."""
    from django.core.cache import cache
    from django.db import connection

    pages, sql = LoadResult(), []
    for path in paths:
        cache.clear()
        spent = [0.0]

        def timed(execute, statement, params, many, context, spent=spent):
            started = time.perf_counter()
            try:
                return execute(statement, params, many, context)
            finally:
                spent[0] += time.perf_counter() - started

        with connection.execute_wrapper(timed):
            started = time.perf_counter()
            response = client.get(path)
            elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}, not 200")
        pages.record(elapsed, response.status_code)
        pages.seconds += elapsed
        sql.append(spent[0])
    return ColdPages(pages, sql)


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.cold_pages", description=__doc__)
    parser.add_argument("--database", default=DEFAULT_NAME, help="the benchmark's database")
    parser.add_argument("--seed", type=int, default=1, help="the benchmark's seed (its sample of pages)")
    parser.add_argument("--pages", type=int, default=PAGES, help=f"pages measured (default: {PAGES})")
    parser.add_argument(
        "--scenario",
        default=SCENARIO,
        help=f'the scenario whose paths are measured, each rendered afresh (default: "{SCENARIO}"; '
        'also "API list", "API detail, warm", "Member State page", "votes API")',
    )
    parser.add_argument("--profile", type=int, metavar="N", help="print the N costliest in archive/")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = arguments(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    os.environ.update(DJANGO_DEBUG="false", DJANGO_HTTPS="false", DJANGO_LOG_LEVEL="WARNING")
    from archive.development import use_embedded_database

    use_embedded_database()
    import django

    django.setup()
    logging.disable(logging.INFO)  # the request log's line per page would bury the summary
    from django.test import Client

    from . import database
    from .scenarios import build

    database.use(options.database)
    sample = {scenario.name: scenario.paths for scenario in build(options.seed, search=False)}
    if options.scenario not in sample:
        raise SystemExit(
            f"no scenario {options.scenario!r}: the scenarios are {', '.join(map(repr, sample))}"
        )
    paths = sample[options.scenario][: options.pages]
    client = Client()
    # Imports, templates and the connection first, on other paths: not what a fresh page costs.
    measure(client, sample["resolution page, warm"][:20] + sample["API detail, warm"][:20])
    if options.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        result = profiler.runcall(measure, client, paths)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats("archive/|api/", options.profile)
    else:
        result = measure(client, paths)
    print(result.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
