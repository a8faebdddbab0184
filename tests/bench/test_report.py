import json

from rich.console import Console

from bench.report import figures, print_tables, write_json


def scenario(p95: float, target: float | None) -> dict:
    return {"requests": 10, "per_second": 5.0, "p50_ms": 1.0, "p95_ms": p95, "p99_ms": p95, "mean_ms": 1.0,
            "statuses": {"200": 10}, "target_p95_ms": target}  # fmt: skip


REPORT = {
    "machine": {"cpus": 2},
    "server": {"workers": 5, "threads": 4, "concurrency": 2, "seconds": 1, "warmup": 1},
    "archive": {
        "Resolution": 10,
        "ResolutionText": 30,
        "Paragraph": 300,
        "Footnote": 20,
        "Citation": 50,
        "texts_by_language": {"en": 10, "fr": 10, "zh": 10},
    },
    "build": {"seconds": 3.0},
    "database": {"bytes": 2**20},
    "parse": {"texts_per_second": 250.0},
    "parse_worst_case": {
        "marks": {
            "scales": [1, 2, 4],
            "sizes": [100, 200, 400],
            "seconds": [0.01, 0.02, 0.04],
            "growth": 1.0,
        },
        "long paragraph": {
            "scales": [1, 2, 4],
            "sizes": [1000, 2000, 4000],
            "seconds": [0.1, 0.4, 1.6],
            "growth": 4.0,
        },
    },
    "ingest": {
        "one": {"workers": 1, "files": 30, "seconds": 2.0, "files_per_second": 15.0},
        "two": {"workers": 2, "files": 60, "seconds": 2.5, "files_per_second": 24.0},
        "ratio": 1.6,
    },
    "dumps": {
        "all jsonl": {
            "seconds": 4.0,
            "resolutions": 10,
            "resolutions_per_second": 2.5,
            "bytes": 9_000,
            "peak_rss_mib": 120.5,
        },
    },  # fmt: skip
    "restore": {
        "rows": 74_000,
        "load_seconds": 6.2,
        "load_minutes": 0.1,
        "load_rows_per_second": 11_935,
        "dump_seconds": 4.0,
        "dump_rows_per_second": 18_500,
    },  # fmt: skip
    "http": {
        "resolution page, cold": scenario(25.0, 30),
        "search (en)": scenario(200.0, 150),
        "same page, static file": scenario(1.0, None),
    },
    "crawl": {**scenario(40.0, None), "pages": 1234, "per_second": 61.5},
    "ceiling": {
        "rounds": 5,
        "static_per_second": 100.0,
        "dynamic_ratio": 0.3,
        "dynamic_ratio_range": [0.25, 0.35],
        "conditional_ratio": 0.5,
        "conditional_ratio_range": [0.45, 0.61],
    },
}


def test_figures_stand_beside_their_targets():
    assert figures(REPORT) == [
        {"figure": "resolution page, cold p95 (ms)", "value": 25.0, "target": "≤ 30", "met": True},
        {"figure": "search (en) p95 (ms)", "value": 200.0, "target": "≤ 150", "met": False},
        {"figure": "crawl, 10 of 1,234 pages (pages/s)", "value": 61.5, "target": None, "met": None},
        {"figure": "parse (texts/s)", "value": 250.0, "target": "≥ 200", "met": True},
        {
            "figure": "parse growth 4×/1×, marks",
            "value": 1.0,
            "target": "≤ 2",
            "met": True,
        },
        {
            "figure": "parse growth 4×/1×, long paragraph",
            "value": 4.0,
            "target": "≤ 2",
            "met": False,
        },
        {"figure": "ingest, one worker (files/s)", "value": 15.0, "target": None, "met": None},
        {"figure": "ingest, two workers / one", "value": 1.6, "target": "≥ 1.7", "met": False},
        {"figure": "dump_archive (rows/s)", "value": 18_500, "target": None, "met": None},
        {"figure": "load_archive (rows/s)", "value": 11_935, "target": "≥ 10000", "met": True},
        {"figure": "load_archive, 74,000 rows (minutes)", "value": 0.1, "target": None, "met": None},
        {"figure": "dynamic page / static file throughput", "value": 0.3, "target": None, "met": None},
        {"figure": "304 / static file throughput", "value": 0.5, "target": None, "met": None},
        {"figure": "dump all jsonl, 10 resolutions (s)", "value": 4.0, "target": None, "met": None},
        {"figure": "dump all jsonl (resolutions/s)", "value": 2.5, "target": None, "met": None},
        {"figure": "dump all jsonl, peak memory (MiB)", "value": 120.5, "target": None, "met": None},
    ]


def test_json_and_tables(tmp_path):
    report = {**REPORT, "figures": figures(REPORT)}
    write_json(report, tmp_path / "report.json")
    assert json.loads((tmp_path / "report.json").read_text()) == report
    console = Console(record=True, width=200)
    print_tables(report, console)
    lines = console.export_text().splitlines()
    assert "│ search (en) p95 (ms)                  │  200.0 │ ≤ 150   │ NO  │" in lines
    assert "│ 304 / static file throughput          │    0.5 │         │     │" in lines
    assert "│ load_archive (rows/s)                 │ 11,935 │ ≥ 10000 │ yes │" in lines
    assert "│ crawl                  │    1.0 │   40.0 │   40.0 │    62 │       10 │ 200×10   │" in lines
    cells = "1,000 │ 0.100 │          2,000 │ 0.400 │          4,000 │ 1.600 │   4.00 │"
    assert f"│ long paragraph │          {cells}" in lines


def test_a_run_without_dumps_has_no_restore_figures():
    """`--skip-dumps`: the report has neither dumps nor restore, and the table leaves both out."""
    without = {key: value for key, value in REPORT.items() if key not in ("restore", "dumps")}
    assert [row["figure"] for row in figures(without)] == [
        row["figure"] for row in figures(REPORT) if not row["figure"].startswith(("dump", "load_archive"))
    ]
