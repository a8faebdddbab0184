import json

from rich.console import Console

from archive.bench.charts import write_html
from archive.bench.report import print_tables, targets, write_json


def scenario(p95: float, target: float | None, queries: int | None = None) -> dict:
    result = {"requests": 10, "per_second": 5.0, "p50_ms": 1.0, "p95_ms": p95, "p99_ms": p95, "mean_ms": 1.0,
              "statuses": {"200": 10}, "bytes_per_response": 100, "target_p95_ms": target}  # fmt: skip
    if queries is not None:
        result["queries"] = {"max": queries, "min": queries, "mean": queries}
    return result


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
    },  # fmt: skip
    "build": {"seconds": 3.0},
    "database": {"bytes": 2**20},
    "parse": {"texts_per_second": 250.0},
    "ingest": {"files_per_second": 10.0},
    "queries_by_length": {
        "shortest": {"resolution page": 7, "API detail": 6},
        "longest": {"resolution page": 7, "API detail": 7},
    },
    "http": {
        "resolution page": scenario(25.0, 30, 7),
        "search (en)": scenario(200.0, 150, 5),
        "same page, static file": scenario(1.0, None),
    },  # fmt: skip
    "ceiling": {
        "rounds": 5,
        "static_per_second": 100.0,
        "dynamic_ratio": 0.3,
        "dynamic_ratio_range": [0.25, 0.35],
        "conditional_ratio": 0.5,
        "conditional_ratio_range": [0.45, 0.61],
    },
}


def test_targets_name_limit_value_and_verdict():
    assert targets(REPORT) == [
        {"target": "resolution page p95 (ms)", "limit": "≤ 30", "value": 25.0, "met": True},
        {"target": "resolution page queries per request", "limit": "≤ 8", "value": 7, "met": True},
        {"target": "search (en) p95 (ms)", "limit": "≤ 150", "value": 200.0, "met": False},
        {"target": "search (en) queries per request", "limit": "≤ 8", "value": 5, "met": True},
        {
            "target": "resolution page queries, longest − shortest text",
            "limit": "≤ 0",
            "value": 0,
            "met": True,
        },
        {"target": "API detail queries, longest − shortest text", "limit": "≤ 0", "value": 1, "met": False},
        {"target": "dynamic / static throughput", "limit": "≥ 0.25", "value": 0.3, "met": True},
        {"target": "304 / static throughput", "limit": "≥ 0.8", "value": 0.5, "met": False},
        {"target": "parse (texts/s)", "limit": "≥ 200", "value": 250.0, "met": True},
    ]


def test_json_table_and_charts(tmp_path):
    report = {**REPORT, "targets": targets(REPORT)}
    write_json(report, tmp_path / "report.json")
    assert json.loads((tmp_path / "report.json").read_text()) == report
    console = Console(record=True, width=200)
    print_tables(report, console)
    text = console.export_text()
    assert "resolution page" in text and "NO" in text
    assert "│ 304 / static, median of rounds              │ 0.50 (0.45–0.61 over 5 rounds) │" in text
    write_html(report, {"resolution page": [0.01, 0.02], "search (en)": [0.2]}, tmp_path / "report.html")
    html = (tmp_path / "report.html").read_text()
    assert "plotly" in html and "search (en)" in html and "<h2>Targets</h2>" in html
