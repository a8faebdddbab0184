"""A stored text as the reading page lays it out: sections of paragraphs with their HTML, annexes and
footnotes. Works on a text from `ResolutionText.objects.for_reading()`, so it runs no query."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from archive.models import Paragraph, ResolutionText
from archive.parser.document import part_letter, part_of
from archive.parser.languages import table

from .cited_by import CitedBy
from .languages import LANGUAGES, Language
from .links import citation_link
from .rendering import Marker, render_body

NUMBERED = {Paragraph.Kind.OPERATIVE, Paragraph.Kind.ANNEX_PARAGRAPH}
HEADINGS = {Paragraph.Kind.HEADING, Paragraph.Kind.ANNEX_HEADING}


@dataclass
class ParagraphView:
    eid: str
    anchor: str  # the eId with the page's id prefix
    kind: str
    label: str  # as printed: "1.", "(a)", or "" for preambular paragraphs
    depth: int
    html: SafeString
    body: str  # the plain text, for diffs
    cited_by: int = 0


@dataclass
class AnnexView:
    eid: str
    heading: str
    title: str
    paragraphs: list[ParagraphView] = field(default_factory=list)


@dataclass
class PartView:
    """A part of a multi-part resolution: its letter and title, and its own sections."""

    eid: str
    anchor: str
    letter: str
    title: str
    preamble: list[ParagraphView] = field(default_factory=list)
    operative: list[ParagraphView] = field(default_factory=list)


@dataclass
class FootnoteView:
    eid: str
    mark: str
    html: SafeString
    ref_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ContentsEntry:
    """A line of the table of contents: a part, a heading or an annex."""

    anchor: str
    label: str  # "B", "I.", "Annex I"
    title: str
    depth: int  # 0 for a part or an annex, a heading's level below


@dataclass
class ReadingText:
    language: Language
    title: str
    formula: str
    preamble: list[ParagraphView] = field(default_factory=list)
    operative: list[ParagraphView] = field(default_factory=list)
    annexes: list[AnnexView] = field(default_factory=list)
    footnotes: list[FootnoteView] = field(default_factory=list)
    parts: list[PartView] = field(default_factory=list)  # a multi-part resolution's body, part by part

    def paragraphs(self) -> list[ParagraphView]:
        """Paragraphs and headings in document order (a part's own heading aside)."""
        parts = [p for part in self.parts for p in [*part.preamble, *part.operative]]
        annexed = (p for annex in self.annexes for p in annex.paragraphs)
        return [*parts, *self.preamble, *self.operative, *annexed]

    def contents(self) -> list[ContentsEntry]:
        """The table of contents, in document order: parts, headings and annexes (empty for a text that
        has none of them)."""

        def headings(paragraphs, below: int) -> list[ContentsEntry]:
            return [
                ContentsEntry(p.anchor, p.label, p.body, below + max(p.depth, 1) - 1)
                for p in paragraphs
                if p.kind in HEADINGS
            ]

        entries = []
        for part in self.parts:
            entries.append(ContentsEntry(part.anchor, part.letter, part.title, 0))
            entries.extend(headings([*part.preamble, *part.operative], 1))
        entries.extend(headings([*self.preamble, *self.operative], 0))
        for annex in self.annexes:
            entries.append(ContentsEntry(annex.eid, annex.heading, annex.title, 0))
            entries.extend(headings(annex.paragraphs, 1))
        return entries


def reading_text(
    text: ResolutionText, id_prefix: str = "", interface: str | None = None, citing: CitedBy | None = None
) -> ReadingText:
    """Lay out `text`; `id_prefix` keeps anchors unique when one page shows several texts; its citations
    link in the interface language `interface` (the one the page's URL names, if any). With `citing` (the
    page's "Cited by"), each operative paragraph says how many passages elsewhere cite it."""
    language = text.language
    conventions = table(language)  # numbers as the language prints them ("1." ; Arabic "1 -")
    footnotes = {f.id: f for f in text.footnotes.all()}
    footnote_views = {
        f.id: FootnoteView(eid=id_prefix + f.eid, mark=f.mark, html=SafeString()) for f in footnotes.values()
    }
    links = defaultdict(list)  # ("paragraph" | "footnote", id) -> links
    for citation in text.citations.all():
        link = citation_link(citation, language, interface)
        if link:
            key = (
                ("paragraph", citation.paragraph_id)
                if citation.paragraph_id
                else ("footnote", citation.footnote_id)
            )
            links[key].append(link)
    paragraph_eids = {row.id: row.eid for row in text.paragraphs.all()}
    markers = defaultdict(list)
    for ref in text.footnote_refs.all():
        footnote = footnotes.get(ref.footnote_id)
        ref_id = f"{id_prefix}ref_{paragraph_eids[ref.paragraph_id]}_{ref.position + 1}"
        markers[ref.paragraph_id].append(
            Marker(
                offset=ref.offset,
                mark=ref.mark,
                ref_id=ref_id,
                footnote_eid=footnote_views[footnote.id].eid if footnote else None,
                tip=footnote.body if footnote else "",
            )
        )
        if footnote:
            footnote_views[footnote.id].ref_ids.append(ref_id)
    for footnote_id, view in footnote_views.items():
        view.html = render_body(footnotes[footnote_id].body, links[("footnote", footnote_id)])

    layout = ReadingText(
        language=LANGUAGES[language],
        title=text.title,
        formula=text.formula,
        annexes=[
            AnnexView(eid=id_prefix + a.eid, heading=a.heading, title=a.title) for a in text.annexes.all()
        ],
        footnotes=list(footnote_views.values()),
    )
    annexes = {a.id: view for a, view in zip(text.annexes.all(), layout.annexes, strict=True)}
    parts: dict[str, PartView] = {}
    section_of = {}  # paragraph id -> the list its top-level paragraph belongs to
    waiting: list[ParagraphView] = []  # headings, placed in the section of the paragraph after them
    for row in text.paragraphs.all():  # by position: parents come first
        if row.kind == Paragraph.Kind.HEADING and row.depth == 0 and part_of(row.eid) == row.eid:
            part = PartView(row.eid, id_prefix + row.eid, row.number, row.body)
            parts[row.eid] = part
            layout.parts.append(part)
            continue
        body = parts.get(part_of(row.eid), layout)
        if row.parent_id:
            section = section_of[row.parent_id]
        elif row.annex_id:
            section = annexes[row.annex_id].paragraphs
        elif row.kind == Paragraph.Kind.PREAMBULAR:
            section = body.preamble
        else:
            section = body.operative
        if row.kind == Paragraph.Kind.HEADING and not row.annex_id:
            section = waiting  # a heading in the body belongs where the next paragraph does
        else:
            section.extend(waiting)
            waiting = []
        section_of[row.id] = section
        section.append(
            ParagraphView(
                eid=row.eid,
                anchor=id_prefix + row.eid,
                kind=row.kind,
                label=conventions.printed_label(row.number) if row.kind in NUMBERED else row.number,
                depth=row.depth,
                html=render_body(row.body, links[("paragraph", row.id)], markers[row.id]),
                body=row.body,
                cited_by=(
                    citing.citing_paragraph(part_letter(row.eid), row.number)
                    if citing and row.kind == Paragraph.Kind.OPERATIVE
                    else 0
                ),
            )
        )
    layout.operative.extend(waiting)
    return layout
