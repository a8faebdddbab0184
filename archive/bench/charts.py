"""The report as an HTML page: latency distributions per scenario, drawn with plotly."""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
from plotly.subplots import make_subplots

ECDF_POINTS = 500  # per scenario


def write_html(report: dict, latencies: dict[str, list[float]], path: Path) -> None:
    """`latencies`: scenario name -> latencies in seconds."""
    figure = make_subplots(
        rows=2, cols=1, subplot_titles=("Latency by scenario (ms)", "Requests answered within (%, ms)"),
        vertical_spacing=0.12,
    )  # fmt: skip
    for name, values in latencies.items():
        ms = sorted(v * 1000 for v in values)
        figure.add_trace(go.Box(x=ms, name=name, boxpoints=False, legendgroup=name), row=1, col=1)
        step = max(1, len(ms) // ECDF_POINTS)
        figure.add_trace(
            go.Scatter(
                x=ms[::step], y=[100 * (i + 1) / len(ms) for i in range(0, len(ms), step)], name=name,
                mode="lines", legendgroup=name, showlegend=False,
            ),
            row=2, col=1,
        )  # fmt: skip
    archive = report["archive"]
    figure.update_layout(
        title=f"make bench: {archive['Resolution']:,} resolutions, {archive['Paragraph']:,} paragraphs "
        f"on {report['machine']['cpus']} CPUs",
        height=1000,
    )
    figure.update_xaxes(type="log", row=1, col=1)
    figure.update_xaxes(type="log", row=2, col=1)
    table = "".join(
        f"<tr><td>{t['target']}</td><td>{t['limit']}</td><td>{t['value']}</td>"
        f"<td>{'yes' if t['met'] else 'NO'}</td></tr>"
        for t in report["targets"]
    )
    html = figure.to_html(full_html=True, include_plotlyjs=True)
    targets = f"<h2>Targets</h2><table border=1 cellpadding=4>{table}</table>"
    path.write_text(html.replace("</body>", targets + "</body>"))
