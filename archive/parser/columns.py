"""Step 1b: side-by-side columns. A layout-preserving extraction (`pdftotext -layout`) prints what stands
side by side on the page on one text line, apart by a run of spaces: the cover's "United Nations" and
"A/RES/73/8", a running header's symbol and title, the page number and the job number. Each column's
text becomes a line of its own (same line number), read left to right."""

from __future__ import annotations

import re
from dataclasses import replace

from .artefacts import furniture_reason
from .normalise import Line

COLUMN_GAP = re.compile(r"\S( {4,})(?=\S)")  # wider than any space between words or after a number


def split_columns(lines: list[Line]) -> list[Line]:
    """The lines with each side-by-side column on a line of its own; a line that is page furniture as a
    whole ("18-18418 (E)     071118") stays one line."""
    out: list[Line] = []
    for line in lines:
        body = line.raw.replace("\f", "")
        if not COLUMN_GAP.search(body) or furniture_reason(line):
            out.append(line)
            continue
        for m in re.finditer(r"\S+(?: {1,3}\S+)*", body):
            text = " ".join(m.group().split())
            out.append(replace(line, raw=m.group(), text=text, indent=m.start() > 0, column=m.start()))
    return out
