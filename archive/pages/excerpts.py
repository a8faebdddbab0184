"""An excerpt of a passage centred on the words that cite: escaped text, the citing words in <mark>, cut at
word boundaries with an ellipsis where the passage goes on. Pure: no database, no templates."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

# Characters shown around the first citing words, about as many on each side.
WIDTH = 300
ELLIPSIS = "…"


# A cut moves at most this far to reach a space (texts written without spaces are cut where they are).
SNAP = 20


def window(body: str, start: int, end: int, width: int = WIDTH) -> tuple[int, int]:
    """The span of about `width` characters of `body` around body[start:end], the citing words whole,
    cut after a space (or before one) when there is one near."""
    room = max(0, width - (end - start))
    left = max(0, start - room // 2)
    right = min(len(body), end + room - (start - left))
    left = max(0, min(left, right - width, start))  # near the end: the room unused there goes before
    if left > 0:
        space = body.find(" ", left - 1, min(start, left + SNAP))
        left = space + 1 if space >= 0 else left
    if right < len(body):
        space = body.rfind(" ", max(end, right - SNAP), right + 1)
        right = space if space >= 0 else right
    return left, right


def excerpt(body: str, spans: Sequence[tuple[int, int]], width: int = WIDTH) -> SafeString:
    """body around its first span, each span inside the excerpt marked; spans are (start, end)."""
    spans = sorted((s, e) for s, e in spans if 0 <= s < e <= len(body))
    if not spans:
        return escape(body[:width] + (ELLIPSIS if len(body) > width else ""))
    left, right = window(body, *spans[0], width)
    out, pos = [ELLIPSIS if left else ""], left
    for start, end in spans:
        if start < pos or end > right:
            continue
        out.append(escape(body[pos:start]))
        out.append(format_html("<mark>{}</mark>", body[start:end]))
        pos = end
    out.append(escape(body[pos:right].rstrip() if right < len(body) else body[pos:right]))
    out.append(ELLIPSIS if right < len(body) else "")
    return mark_safe("".join(str(piece) for piece in out))
