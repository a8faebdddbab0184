"""The benchmark's report: one JSON document, the table printed from it, and the targets it is held to."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

MAX_QUERIES = 8
MIN_DYNAMIC_RATIO = 0.25
MIN_CONDITIONAL_RATIO = 0.8
MIN_PARSE_RATE = 200


def targets(report: dict) -> list[dict]:
    """Each target of the issue with the value measured: {"target", "limit", "value", "met"}."""
    rows = []
    for name, result in report["http"].items():
        if result.get("target_p95_ms") is not None:
            rows.append(_row(f"{name} p95 (ms)", "≤", result["target_p95_ms"], result["p95_ms"]))
        if "queries" in result:
            rows.append(_row(f"{name} queries per request", "≤", MAX_QUERIES, result["queries"]["max"]))
    lengths = report["queries_by_length"]
    for page in ("resolution page", "API detail"):
        short, long = lengths["shortest"][page], lengths["longest"][page]
        rows.append(_row(f"{page} queries, longest − shortest text", "≤", 0, long - short))
    ceiling = report["ceiling"]
    rows.append(_row("dynamic / static throughput", "≥", MIN_DYNAMIC_RATIO, ceiling["dynamic_ratio"]))
    rows.append(_row("304 / static throughput", "≥", MIN_CONDITIONAL_RATIO, ceiling["conditional_ratio"]))
    rows.append(_row("parse (texts/s)", "≥", MIN_PARSE_RATE, report["parse"]["texts_per_second"]))
    return rows


def _row(target: str, relation: str, limit: float, value: float | None) -> dict:
    met = value is not None and (value <= limit if relation == "≤" else value >= limit)
    return {"target": target, "limit": f"{relation} {limit}", "value": value, "met": met}


def write_json(report: dict, path: Path) -> None:
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def print_tables(report: dict, console: Console) -> None:
    latency = Table(title=f"HTTP through gunicorn ({report['server']['workers']} workers, "
                    f"{report['server']['concurrency']} concurrent clients)")  # fmt: skip
    for column in ("scenario", "p50 ms", "p95 ms", "p99 ms", "req/s", "queries", "requests", "statuses"):
        latency.add_column(column, justify="left" if column in ("scenario", "statuses") else "right")
    for name, r in report["http"].items():
        queries = r.get("queries", {}).get("max", "")
        statuses = " ".join(f"{code}×{n}" for code, n in r["statuses"].items())
        latency.add_row(
            name, f"{r['p50_ms']:.1f}", f"{r['p95_ms']:.1f}", f"{r['p99_ms']:.1f}", f"{r['per_second']:.0f}",
            str(queries), str(r["requests"]), statuses,
        )  # fmt: skip
    console.print(latency)
    facts = Table(title="Archive, parser and ingestion")
    facts.add_column("measure")
    facts.add_column("value", justify="right")
    for name, value in _facts(report):
        facts.add_row(name, value)
    console.print(facts)
    checks = Table(title="Targets")
    for column in ("target", "limit", "value", "met"):
        checks.add_column(column)
    for row in report["targets"]:
        checks.add_row(row["target"], row["limit"], str(row["value"]), "yes" if row["met"] else "NO")
    console.print(checks)


def _facts(report: dict) -> list[tuple[str, str]]:
    archive, build = report["archive"], report["build"]
    languages = ", ".join(f"{code} {n:,}" for code, n in archive["texts_by_language"].items())
    return [
        ("resolutions / texts", f"{archive['Resolution']:,} / {archive['ResolutionText']:,}"),
        ("texts by language", languages),
        ("paragraphs / footnotes / citations",
         f"{archive['Paragraph']:,} / {archive['Footnote']:,} / {archive['Citation']:,}"),
        ("build (generate + COPY), s", "reused" if build.get("reused") else f"{build['seconds']:.0f}"),
        ("database size on disk", f"{report['database']['bytes'] / 2**20:,.0f} MiB"),
        ("parse, texts/s", f"{report['parse']['texts_per_second']:,.0f}"),
        ("ingest (sample corpus, end to end), files/s", f"{report['ingest']['files_per_second']:,.1f}"),
        ("static page, req/s", f"{report['ceiling']['static_per_second']:,.0f}"),
        ("dynamic / static, median of rounds", _ratio(report["ceiling"], "dynamic_ratio")),
        ("304 / static, median of rounds", _ratio(report["ceiling"], "conditional_ratio")),
    ]  # fmt: skip


def _ratio(ceiling: dict, name: str) -> str:
    lowest, highest = ceiling[f"{name}_range"]
    return f"{ceiling[name]:.2f} ({lowest:.2f}–{highest:.2f} over {ceiling['rounds']} rounds)"
