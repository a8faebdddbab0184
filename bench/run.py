"""The benchmark run: build a synthetic archive in its own database, measure it through gunicorn, report."""

from __future__ import annotations

import datetime
import logging
import os
import platform
import tempfile
import time
from pathlib import Path

import httpx
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test import Client
from rich.console import Console

from archive.models import MemberState, ResolutionText
from archive.services.member_names import other_names

from . import ceiling, database, dumps, loader, report, restore, scenarios, throughput, worst_case
from .clients import LoadResult, run_load
from .profile import sample_profile
from .server import gunicorn
from .synthetic import SyntheticArchive

DYNAMIC, STATIC = "same page, dynamic", "same page, static file"


def benchmark(options, console: Console) -> dict:
    """Everything `python -m bench` measures, as the report's JSON document."""
    logging.disable(logging.INFO)  # the request log: not a line per request counted in this process
    name = options.database
    label = f"scale={options.scale} seed={options.seed}"
    result = {"machine": machine(), "started": datetime.datetime.now(datetime.UTC).isoformat()}
    if options.reuse and database.build_label(name) == label:
        database.use(name)
        call_command("migrate", verbosity=0)  # migrations added since the build apply to it too
        loader.vacuum()  # then vacuumed and analysed, as a build is, whatever they rewrote
        result["build"] = {"reused": True}
    else:
        result["build"] = build(console, name, label, options)
    result["archive"] = archive_counts()
    if not options.skip_dumps:
        console.print("building the dumps of the archive and of its largest session…")
        result["dumps"] = dumps.measure(name)
        console.print("dumping the archive (dump_archive), loading the dump into a new database…")
        result["restore"] = restore.measure(f"{name}_restore", scratch=options.json.parent)
    call_command("collectstatic", interactive=False, verbosity=0)
    console.print("parsing the sample corpus, ingesting it with one worker then two…")
    result["parse"] = throughput.parse_rate()
    console.print("parsing the worst cases at 1×, 2× and 4× their size…")
    result["parse_worst_case"] = worst_case.measure()
    result["ingest"] = throughput.parallel_ingest(options.ingest_passes)
    chosen = scenarios.build(options.seed, search=not options.skip_search)
    crawl = scenarios.crawl_paths()
    page = next(s for s in chosen if s.warm).paths[0]
    with ceiling.static_copy(Client().get(page, secure=True).content) as static_page:
        connection.close()
        result |= measure(console, chosen, crawl, page, static_page, options)
    result["database"] = database_size()
    result["server"] = {
        k: getattr(options, k) for k in ("workers", "threads", "concurrency", "seconds", "warmup", "rounds")
    }
    result["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    result["figures"] = report.figures(result)
    return result


def build(console: Console, name: str, label: str, options) -> dict:
    started = time.perf_counter()
    database.recreate(name)
    database.use(name)
    call_command("migrate", verbosity=0)
    former = [state["code"] for state in other_names()["former_states"]]
    current = MemberState.objects.exclude(code__in=former).order_by("id").values_list("id", flat=True)
    archive = SyntheticArchive(
        scale=options.scale, seed=options.seed, profile=sample_profile(), states=list(current)
    )
    total = len(archive.resolutions)

    def progress(counts):
        console.print(f"  {counts['Resolution']:,}/{total:,} resolutions, {counts['Paragraph']:,} paragraphs")

    console.print(f"building {total:,} resolutions in database {name}…")
    counts = loader.load(archive.batches(), progress)
    console.print("vacuuming…")
    loader.vacuum()
    database.label(name, label)
    return {"seconds": round(time.perf_counter() - started, 1), "rows": dict(counts)}


def measure(console: Console, chosen, crawl: list[str], page: str, static_page: str, options) -> dict:
    """Through gunicorn, started with an empty response cache shared by its workers: each scenario in
    turn (a warm one after requesting each of its URLs once, others after `warmup` seconds, a cold one
    with none), then the page against its static file and its 304 in rounds, then the crawl."""
    http = {}
    env = {
        "DATABASE_URL": database.url(options.database),
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DJANGO_DEBUG": "false",
        "DJANGO_HTTPS": "false",  # plain HTTP on loopback
        "DJANGO_LOG_LEVEL": "WARNING",
        "API_ANON_RATE": "1000000/second",  # the load comes from one address
        "SEARCH_RATE": "1000000/second",
    }
    log = Path(tempfile.gettempdir()) / f"bench-gunicorn-{os.getpid()}.log"
    with (
        tempfile.TemporaryDirectory(prefix="bench-cache-") as cache,
        gunicorn(
            env=env | shared_cache(cache), workers=options.workers, threads=options.threads, log=log
        ) as base_url,
    ):

        def run(paths, headers=None, seconds=options.seconds, once=False) -> LoadResult:
            return run_load(
                base_url, paths, seconds=seconds, headers=headers, once=once,
                concurrency=options.concurrency, seed=options.seed,
            )  # fmt: skip

        for scenario in chosen:
            console.print(f"measuring {scenario.name}…")
            if scenario.warm:
                run(scenario.paths, once=True, seconds=float("inf"))
            elif not scenario.once:
                run(scenario.paths, seconds=options.warmup)
            outcome = run(scenario.paths, once=scenario.once)
            http[scenario.name] = {**outcome.summary(), "target_p95_ms": scenario.target_p95_ms}
        console.print(f"measuring the same page against its static file, in {options.rounds} rounds…")
        ceiling_result, compared = compare_with_static(run, base_url, page, static_page, options)
        http |= compared
        console.print(f"crawling {len(crawl):,} pages, each once…")
        limit = options.crawl_seconds or float("inf")
        crawled = run(crawl, once=True, seconds=limit)
    return {
        "http": http,
        "ceiling": ceiling_result,
        "crawl": {**crawled.summary(), "pages": len(crawl)},
    }


def compare_with_static(run, base_url: str, page: str, static_page: str, options) -> tuple[dict, dict]:
    """The page, its bytes as a static file and the page answered 304, back to back in rounds: the
    ratios of their throughputs (medians of the rounds') and each one's latencies."""
    etag = httpx.get(base_url + page).headers["etag"]
    conditional = f"304 via ETag ({page})"
    compared = {
        DYNAMIC: ([page], None),
        STATIC: ([static_page], None),
        conditional: ([page], {page: {"If-None-Match": etag}}),
    }
    for paths, headers in compared.values():
        run(paths, headers, seconds=options.warmup)
    each = options.seconds / options.rounds
    rounds = [
        {name: run(*how, seconds=each) for name, how in compared.items()} for _ in range(options.rounds)
    ]
    merged = {name: LoadResult.merged([round_[name] for round_ in rounds]) for name in compared}
    per_second = [{name: outcome.per_second for name, outcome in round_.items()} for round_ in rounds]
    dynamic_ratio = ceiling.ratio(per_second, DYNAMIC, STATIC)
    conditional_ratio = ceiling.ratio(per_second, conditional, STATIC)
    result = {
        "page": page,
        "rounds": options.rounds,
        "static_per_second": round(merged[STATIC].per_second, 1),
        "dynamic_ratio": dynamic_ratio["median"],
        "dynamic_ratio_range": [dynamic_ratio["lowest"], dynamic_ratio["highest"]],
        "conditional_304s": merged[conditional].statuses[304],
        "conditional_ratio": conditional_ratio["median"],
        "conditional_ratio_range": [conditional_ratio["lowest"], conditional_ratio["highest"]],
    }
    return result, {name: {**outcome.summary(), "target_p95_ms": None} for name, outcome in merged.items()}


def shared_cache(folder: str) -> dict:
    """The environment of workers sharing one response cache, in files, as a deployment's do
    (docker-compose.yml): a page rendered by one is served from the cache by all."""
    return {"ARCHIVE_CACHE_URL": f"file://{folder}"}


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def archive_counts() -> dict:
    counts = {name: loader.model(name).objects.count() for name in loader.COLUMNS}
    by_language = ResolutionText.objects.values_list("language").annotate(Count("id")).order_by("-id__count")
    return counts | {"texts_by_language": dict(by_language)}


def database_size() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database()), version()")
        size, version = cursor.fetchone()
    return {"bytes": size, "postgres": version.split(",")[0]}


def failures(result: dict) -> dict:
    """Statuses of 400 and above, by scenario: a benchmark that got errors measured something else."""
    measured = {**result["http"], "crawl": result["crawl"]}
    return {name: r["statuses"] for name, r in measured.items() if any(int(c) >= 400 for c in r["statuses"])}
