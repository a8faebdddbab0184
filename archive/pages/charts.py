"""A Member State's votes and its agreement with another State over the regular sessions, plotted by leather
(SVG drawn on the server: no script, the same in print), the tables beside them giving every figure.

Special and emergency special sessions are numbered apart: they stay in the tables, not on a time axis.
A chart's text is its tick numbers and its legend (the vote labels in the interface language); its name
for assistive technology is its caption, and the table is what they read."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence

import leather
from django.utils.safestring import SafeString, mark_safe

from archive.models.sessions import Session

WIDTH, HEIGHT = 720, 260
CHOICES = ("yes", "no", "abstain")  # the lines of a State's votes: "did not vote" is no position
# The colours of the vote bars (static/css/site.css: .bar-yes, .bar-no, .bar-agreement's --accent), but
# abstaining darker than its bar's #9e9e9e: a line needs a contrast of 3:1 with the white page (WCAG 1.4.11),
# #9e9e9e has 2.7:1, #757575 4.6:1.
COLOURS = {"yes": "#2e7d32", "no": "#c62828", "abstain": "#757575", "agreement": "#005a9c"}

# leather is styled through its theme module's settings: the page's font, no background of its own.
for _part in ("title", "legend", "axis_title", "tick"):
    setattr(leather.theme, f"{_part}_font_family", "sans-serif")
leather.theme.background_color = "none"
leather.theme.margin = 0.03


def votes_chart(sessions: Sequence, labels: dict[str, str], caption: str) -> SafeString:
    """Lines of the votes in favour, against and abstaining in each regular session (`SessionVotes` rows,
    `labels` by choice), or "" with fewer than two regular sessions."""
    regular = _regular(sessions)
    if len(regular) < 2:
        return SafeString()
    chart = _over_sessions(regular)
    highest = max(1, *(row.counts[choice] for row in regular for choice in CHOICES))
    chart.add_y_scale(0, highest)
    chart.add_y_axis(ticks=_whole_ticks(0, highest))
    for choice in CHOICES:
        points = [(row.number, row.counts[choice]) for row in regular]
        chart.add_line(points, name=labels[choice], stroke_color=COLOURS[choice])
    return _svg(chart, caption)


def agreement_chart(rows: Sequence, caption: str) -> SafeString:
    """A line of two States' agreement in each regular session, in percent (`Agreement` rows), or "" with
    fewer than two regular sessions."""
    regular = _regular(rows)
    if len(regular) < 2:
        return SafeString()
    chart = _over_sessions(regular)
    chart.add_y_scale(0, 100)
    chart.add_y_axis(ticks=[0, 25, 50, 75, 100], tick_formatter=lambda value, index, count: f"{value} %")
    chart.add_line([(row.number, row.percent) for row in regular], stroke_color=COLOURS["agreement"])
    return _svg(chart, caption)


def _regular(rows: Sequence) -> list:
    """The rows of regular sessions, in the order of their numbers."""
    return sorted((row for row in rows if row.kind == Session.Kind.REGULAR), key=lambda row: row.number)


def _over_sessions(regular: Sequence) -> leather.Chart:
    """A chart whose horizontal axis is the regular sessions' numbers, ticked at whole numbers."""
    chart = leather.Chart()
    first, last = regular[0].number, regular[-1].number
    chart.add_x_scale(first, last)
    chart.add_x_axis(ticks=_whole_ticks(first, last))
    return chart


def _whole_ticks(low: int, high: int, most: int = 8) -> list[int]:
    """Ticks at whole numbers from `low` to `high`, at most `most` of them, a step of 1, 2 or 5 times a
    power of ten (session numbers and counts of votes have no halves)."""
    span = max(high - low, 1)
    magnitude = 10 ** math.floor(math.log10(span))
    step = next(
        step
        for step in (s * m for m in (magnitude // 10 or 1, magnitude) for s in (1, 2, 5))
        if span / step < most
    )
    return list(range(math.ceil(low / step) * step, high + 1, step))


def _svg(chart: leather.Chart, caption: str) -> SafeString:
    """The chart as an inline <svg> that scales with the page, named by `caption` (escaped by ElementTree,
    as every text leather writes)."""
    root = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": f"0 0 {WIDTH} {HEIGHT}",
            "role": "img",
            "aria-label": caption,
            "direction": "ltr",  # the axes read left to right in every interface, text anchored as drawn
        },
    )
    root.append(chart.to_svg_group(WIDTH, HEIGHT))
    return mark_safe(ET.tostring(root, encoding="unicode"))
