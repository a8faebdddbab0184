"""The benchmark's report: one JSON document, and the tables printed from it, each figure beside its
target (shown, not enforced: a run that misses one still completes)."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

MIN_PARSE_RATE = 200  # texts a second
MIN_PARALLEL_INGEST = 1.7  # two workers' throughput over one's
MIN_RESTORE_RATE = 10_000  # rows a second load_archive loads (issue 19: a full-scale restore in minutes)
# a worst case's time per character at 4× its size over that at 1×: 1 is linear, a quadratic step gives 4
MAX_WORST_CASE_GROWTH = 2


def figures(report: dict) -> list[dict]:
    """The figures a reader feels, each {"figure", "value", "target", "met"} (target and met None when
    the figure is only reported)."""
    rows = [
        _row(f"{name} p95 (ms)", result["p95_ms"], "≤", result["target_p95_ms"])
        for name, result in report["http"].items()
        if result.get("target_p95_ms") is not None
    ]
    crawl = report["crawl"]
    rows.append(
        _row(f"crawl, {crawl['requests']:,} of {crawl['pages']:,} pages (pages/s)", crawl["per_second"])
    )
    rows.append(_row("parse (texts/s)", report["parse"]["texts_per_second"], "≥", MIN_PARSE_RATE))
    for name, case in report["parse_worst_case"].items():
        rows.append(_row(f"parse growth 4×/1×, {name}", case["growth"], "≤", MAX_WORST_CASE_GROWTH))
    ingest = report["ingest"]
    rows.append(_row("ingest, one worker (files/s)", ingest["one"]["files_per_second"]))
    rows.append(_row("ingest, two workers / one", ingest["ratio"], "≥", MIN_PARALLEL_INGEST))
    if restore := report.get("restore"):  # absent with --skip-dumps
        rows.append(_row("dump_archive (rows/s)", restore["dump_rows_per_second"]))
        rows.append(_row("load_archive (rows/s)", restore["load_rows_per_second"], "≥", MIN_RESTORE_RATE))
        rows.append(_row(f"load_archive, {restore['rows']:,} rows (minutes)", restore["load_minutes"]))
    ceiling = report["ceiling"]
    rows.append(_row("dynamic page / static file throughput", ceiling["dynamic_ratio"]))
    rows.append(_row("304 / static file throughput", ceiling["conditional_ratio"]))
    for dump, measured in report.get("dumps", {}).items():
        rows.append(_row(f"dump {dump}, {measured['resolutions']:,} resolutions (s)", measured["seconds"]))
        rows.append(_row(f"dump {dump} (resolutions/s)", measured["resolutions_per_second"]))
        rows.append(_row(f"dump {dump}, peak memory (MiB)", measured["peak_rss_mib"]))
    return rows


def _row(figure: str, value: float, relation: str | None = None, limit: float | None = None) -> dict:
    if relation is None:
        return {"figure": figure, "value": value, "target": None, "met": None}
    met = value <= limit if relation == "≤" else value >= limit
    return {"figure": figure, "value": value, "target": f"{relation} {limit}", "met": met}


def write_json(report: dict, path: Path) -> None:
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def worst_case_table(cases: dict) -> Table:
    """Each worst case's size and parse time at each scale, and its growth: the time per character at the
    largest scale over that at 1× (1 is linear time)."""
    scales = next(iter(cases.values()))["scales"]
    table = Table(title="Parse worst cases (CPU seconds, the fastest of three parses)")
    table.add_column("case")
    for scale in scales:
        table.add_column(f"{scale}×: characters", justify="right")
        table.add_column(f"{scale}×: s", justify="right")
    table.add_column("growth", justify="right")
    for name, case in cases.items():
        cells = []
        for size, seconds in zip(case["sizes"], case["seconds"], strict=True):
            cells += [f"{size:,}", f"{seconds:.3f}"]
        table.add_row(name, *cells, f"{case['growth']:.2f}")
    return table


def print_tables(report: dict, console: Console) -> None:
    server = report["server"]
    latency = Table(
        title=f"HTTP through gunicorn ({server['workers']} workers × {server['threads']} threads, "
        f"{server['concurrency']} clients)"
    )
    for column in ("scenario", "p50 ms", "p95 ms", "p99 ms", "req/s", "requests", "statuses"):
        latency.add_column(column, justify="left" if column in ("scenario", "statuses") else "right")
    for name, r in {**report["http"], "crawl": report["crawl"]}.items():
        statuses = " ".join(f"{code}×{n}" for code, n in r["statuses"].items())
        latency.add_row(
            name, f"{r['p50_ms']:.1f}", f"{r['p95_ms']:.1f}", f"{r['p99_ms']:.1f}", f"{r['per_second']:.0f}",
            str(r["requests"]), statuses,
        )  # fmt: skip
    console.print(latency)
    archive, build = report["archive"], report["build"]
    facts = Table(title="Archive")
    facts.add_column("measure")
    facts.add_column("value", justify="right")
    for name, value in [
        ("resolutions / texts", f"{archive['Resolution']:,} / {archive['ResolutionText']:,}"),
        ("texts by language", ", ".join(f"{code} {n:,}" for code, n in archive["texts_by_language"].items())),
        ("paragraphs / footnotes / citations",
         f"{archive['Paragraph']:,} / {archive['Footnote']:,} / {archive['Citation']:,}"),
        ("build (generate + COPY + search + versions), s",
         "reused" if build.get("reused") else f"{build['seconds']:.0f}"),
        ("database size on disk", f"{report['database']['bytes'] / 2**20:,.0f} MiB"),
    ]:  # fmt: skip
        facts.add_row(name, value)
    console.print(facts)
    console.print(worst_case_table(report["parse_worst_case"]))
    table = Table(title="Figures and targets")
    for column in ("figure", "value", "target", "met"):
        table.add_column(column, justify="right" if column == "value" else "left")
    for row in report["figures"]:
        met = "" if row["met"] is None else ("yes" if row["met"] else "NO")
        table.add_row(row["figure"], f"{row['value']:,}", row["target"] or "", met)
    console.print(table)
