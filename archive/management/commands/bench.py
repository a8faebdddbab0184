"""`manage.py bench`: build a synthetic archive in its own database, measure it through gunicorn, report."""

from __future__ import annotations

import datetime
import logging
import os
import platform
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.test import Client
from rich.console import Console

from archive.bench import ceiling, charts, database, loader, queries, report, scenarios, throughput
from archive.bench.load import LoadResult, get, run_load
from archive.bench.profile import sample_profile
from archive.bench.synthetic import SyntheticArchive
from archive.loadgen import gunicorn
from archive.models import ResolutionText

REPORTS = Path(settings.BASE_DIR) / ".data" / "bench"
CACHE_ENTRIES = 20_000  # responses the workers' shared cache holds: all the benchmark requests
DYNAMIC, STATIC = "same page, dynamic", "same page, static file"


class Command(BaseCommand):
    help = "Benchmark a synthetic full-scale archive (in its own database) through gunicorn."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=20_000, help="Resolutions (default: 20000)")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--database", default=database.DEFAULT_NAME, help="The benchmark's database")
        parser.add_argument(
            "--reuse", action="store_true", help="Keep a database built at this scale and seed"
        )
        parser.add_argument("--seconds", type=float, default=15, help="Measured seconds per scenario")
        parser.add_argument("--warmup", type=float, default=3, help="Unmeasured seconds per scenario")
        parser.add_argument(
            "--rounds", type=int, default=5,
            help="Rounds the page, its static file and its 304 share --seconds in (ratios: their median)",
        )  # fmt: skip
        parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 2)
        parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 2) + 1, help="gunicorn's")
        parser.add_argument("--threads", type=int, default=4, help="per gunicorn worker")
        parser.add_argument("--skip-search", action="store_true", help="Leave out the search scenarios")
        parser.add_argument("--json", type=Path, default=REPORTS / "report.json")
        parser.add_argument("--html", type=Path, help="Also write the report with charts here")

    def handle(self, *args, **options):
        console = Console(file=self.stdout, highlight=False, soft_wrap=True, width=120)
        logging.disable(logging.INFO)  # the request log: not a line per request counted in this process
        name = options["database"]
        label = f"scale={options['scale']} seed={options['seed']}"
        result = {"machine": machine(), "started": datetime.datetime.now(datetime.UTC).isoformat()}
        if options["reuse"] and database.build_label(name) == label:
            database.use(name)
            call_command("migrate", verbosity=0)  # migrations added since the build apply to it too
            result["build"] = {"reused": True}
        else:
            result["build"] = self.build(console, name, label, options)
        result["archive"] = archive_counts()
        call_command("collectstatic", interactive=False, verbosity=0)
        console.print("parsing and ingesting the sample corpus…")
        result["parse"] = throughput.parse_rate()
        result["ingest"] = throughput.ingest_rate()
        chosen = scenarios.build(options["seed"], search=not options["skip_search"])
        console.print("counting queries…")
        counted = queries.per_scenario(chosen)
        result["queries_by_length"] = queries.by_length()
        page = chosen[0].paths[0]
        with ceiling.static_copy(Client().get(page, secure=True).content) as static_page:
            connection.close()
            http, latencies, ceiling_result = self.measure(console, name, chosen, page, static_page, options)
        for scenario in chosen:
            http[scenario.name]["queries"] = counted[scenario.name]
        result |= {"http": http, "ceiling": ceiling_result, "database": database_size()}
        result["server"] = {
            k: options[k] for k in ("workers", "threads", "concurrency", "seconds", "warmup", "rounds")
        }
        result["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        result["targets"] = report.targets(result)
        options["json"].parent.mkdir(parents=True, exist_ok=True)
        report.write_json(result, options["json"])
        report.print_tables(result, console)
        console.print(f"report: {options['json']}")
        if options["html"]:
            charts.write_html(result, latencies, options["html"])
            console.print(f"charts: {options['html']}")
        failed = {
            name: r["statuses"] for name, r in http.items() if any(int(c) >= 400 for c in r["statuses"])
        }
        if failed:
            raise CommandError(f"requests failed: {failed}")

    def build(self, console, name: str, label: str, options) -> dict:
        started = time.perf_counter()
        database.recreate(name)
        database.use(name)
        call_command("migrate", verbosity=0)
        archive = SyntheticArchive(
            scale=options["scale"], seed=options["seed"], profile=sample_profile(),
            exclude=throughput.sample_symbols(),
        )  # fmt: skip
        total = len(archive.resolutions)

        def progress(counts):
            console.print(
                f"  {counts['Resolution']:,}/{total:,} resolutions, {counts['Paragraph']:,} paragraphs"
            )

        console.print(f"building {total:,} resolutions in database {name}…")
        counts = loader.load(archive.batches(), progress)
        database.label(name, label)
        seconds = time.perf_counter() - started
        return {"seconds": round(seconds, 1), "rows": dict(counts)}

    def measure(self, console, name, chosen, page, static_page, options):
        http, latencies = {}, {}
        load = {k: options[k] for k in ("concurrency", "seed")}
        env = {
            "DATABASE_URL": database.url(name),
            "DJANGO_SECRET_KEY": settings.SECRET_KEY,
            "DJANGO_DEBUG": "false",
            "DJANGO_HTTPS": "false",  # plain HTTP on loopback
            "DJANGO_LOG_LEVEL": "WARNING",
            "API_ANON_RATE": "1000000/second",  # the load comes from one address
        }
        log = Path(tempfile.gettempdir()) / f"bench-gunicorn-{os.getpid()}.log"
        server = {"workers": options["workers"], "threads": options["threads"], "log": log}
        with (
            tempfile.TemporaryDirectory(prefix="bench-cache-") as cache,
            gunicorn(env=env | shared_cache(cache), **server) as base_url,
        ):
            port = urlsplit(base_url).port

            def run(paths, headers=None, seconds=options["seconds"], once=False):
                return run_load("127.0.0.1", port, paths, seconds=seconds, headers=headers, once=once, **load)

            def record(scenario_name, outcome, target=None):
                http[scenario_name] = {**outcome.summary(), "target_p95_ms": target}
                latencies[scenario_name] = outcome.latencies

            for scenario in chosen:
                console.print(f"measuring {scenario.name}…")
                if not scenario.once:
                    run(scenario.paths, seconds=options["warmup"])
                record(scenario.name, run(scenario.paths, once=scenario.once), scenario.target_p95_ms)
            conditional_path, headers = conditional_request(port, page, chosen)
            conditional = f"304 via ETag ({conditional_path})"
            compared = {
                DYNAMIC: ([page], None),
                STATIC: ([static_page], None),
                conditional: ([conditional_path], headers),
            }
            console.print(f"measuring the same page against its static file, in {options['rounds']} rounds…")
            for paths, request_headers in compared.values():
                run(paths, request_headers, seconds=options["warmup"])
            each, count = options["seconds"] / options["rounds"], options["rounds"]
            rounds = [{name: run(*how, seconds=each) for name, how in compared.items()} for _ in range(count)]
            for name in compared:
                record(name, LoadResult.merged([round_[name] for round_ in rounds]))
        per_second = [{name: outcome.per_second for name, outcome in round_.items()} for round_ in rounds]
        dynamic_ratio = ceiling.ratio(per_second, DYNAMIC, STATIC)
        conditional_ratio = ceiling.ratio(per_second, conditional, STATIC)
        return (
            http,
            latencies,
            {
                "page": page,
                "rounds": options["rounds"],
                "static_per_second": http[STATIC]["per_second"],
                "dynamic_ratio": dynamic_ratio["median"],
                "dynamic_ratio_range": [dynamic_ratio["lowest"], dynamic_ratio["highest"]],
                "conditional_path": conditional_path,
                "conditional_304s": http[conditional]["statuses"].get("304", 0),
                "conditional_ratio": conditional_ratio["median"],
                "conditional_ratio_range": [conditional_ratio["lowest"], conditional_ratio["highest"]],
            },
        )


def shared_cache(folder: str) -> dict:
    """The environment of workers sharing one response cache, in files, as a deployment's do
    (docker-compose.yml): a page rendered by one is served from the cache by all."""
    return {"ARCHIVE_CACHE_URL": f"file://{folder}", "ARCHIVE_CACHE_ENTRIES": str(CACHE_ENTRIES)}


def conditional_request(port: int, page: str, chosen) -> tuple[str, dict]:
    """The resolution page with its ETag in If-None-Match; if the page has no ETag, the API detail."""
    for path in (page, next(s for s in chosen if s.name == "API detail").paths[0]):
        etag = get("127.0.0.1", port, path).headers.get("etag")
        if etag:
            return path, {path: {"If-None-Match": etag}}
    raise RuntimeError("neither the resolution page nor the API detail sends an ETag")


def machine() -> dict:
    load = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in load],
    }


def archive_counts() -> dict:
    counts = {name: loader.model(name).objects.count() for name in loader.COLUMNS}
    by_language = ResolutionText.objects.values_list("language").annotate(Count("id")).order_by("-id__count")
    return counts | {"texts_by_language": dict(by_language)}


def database_size() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database()), version()")
        size, version = cursor.fetchone()
        cursor.execute(
            "SELECT relname, pg_total_relation_size(oid) FROM pg_class WHERE relkind = 'r' "
            "AND relname LIKE 'archive_%%' ORDER BY 2 DESC LIMIT 8"
        )
        tables = dict(cursor.fetchall())
    return {"bytes": size, "postgres": version.split(",")[0], "largest_tables": tables}
