"""A paragraph's or footnote's text as HTML: escaped source text with citation links and footnote markers
inserted at their stored offsets. Pure: no database, no templates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Link:
    """A citation: body[start:end] becomes a link to `href`."""

    start: int
    end: int
    href: str
    css: str  # modifier class: "in-archive", "not-in-archive", "document"
    title: str = ""
    preview: str = ""  # where a script can fetch the cited text (the API), for a preview on hover or focus


@dataclass(frozen=True)
class Marker:
    """A footnote marker at `offset`: a superscript link to the footnote, whose text shows on hover/focus."""

    offset: int
    mark: str
    ref_id: str  # the marker's own id, so the footnote can link back
    footnote_eid: str | None  # None when the text has no footnote with this mark
    tip: str = ""


def render_body(body: str, links: Sequence[Link] = (), markers: Sequence[Marker] = ()) -> SafeString:
    """Escape every piece of `body`; links that overlap an earlier one or fall outside the body are left as
    text, and markers inside a link follow it (a link cannot hold another)."""
    out: list[str] = []
    pos = 0
    pending = sorted(markers, key=lambda m: m.offset)

    def text_until(end: int) -> None:
        nonlocal pos
        while pending and pending[0].offset <= end:
            marker = pending.pop(0)
            offset = max(pos, min(marker.offset, end))
            out.append(escape(body[pos:offset]))
            out.append(_marker_html(marker))
            pos = offset
        out.append(escape(body[pos:end]))
        pos = end

    for link in sorted(links, key=lambda link: link.start):
        if link.start < pos or link.end > len(body) or link.end <= link.start:
            continue
        text_until(link.start)
        out.append(_link_html(link, body[link.start : link.end]))
        pos = link.end
    text_until(len(body))
    for marker in pending:  # offsets past the end of the body
        out.append(_marker_html(marker))
    return mark_safe("".join(out))


def _link_html(link: Link, text: str) -> str:
    title = format_html(' title="{}"', link.title) if link.title else ""
    preview = format_html(' data-preview="{}"', link.preview) if link.preview else ""
    return format_html(
        '<a class="cite cite--{}" href="{}"{}{}>{}</a>', link.css, link.href, title, preview, text
    )


def _marker_html(marker: Marker) -> str:
    if marker.footnote_eid is None:
        return format_html('<sup class="fn-ref" id="{}">{}</sup>', marker.ref_id, marker.mark)
    return format_html(
        '<sup class="fn-ref"><a id="{ref}" href="#{eid}" aria-describedby="tip-{ref}">{mark}</a>'
        '<span class="fn-tip" id="tip-{ref}" role="tooltip">{tip}</span></sup>',
        ref=marker.ref_id,
        eid=marker.footnote_eid,
        mark=marker.mark,
        tip=marker.tip,
    )
