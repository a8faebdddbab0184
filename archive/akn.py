"""A parsed resolution text as Akoma Ntoso 3.0 XML, named after AKN4UN. Pure: no Django, no database.

Work:          /akn/un/statement/deliberation/unga/2004-12-20/59-190/
Expression:    /akn/un/statement/deliberation/unga/2004-12-20/59-190/zho@/
Manifestation: /akn/un/statement/deliberation/unga/2004-12-20/59-190/zho@/!main.xml

Preambular paragraphs are `container`s, operative paragraphs `paragraph`s (sub-paragraphs
`subparagraph`s), annexes `attachment`s; every eId is the parser's, which is also the reading page's
anchor. Footnotes are `authorialNote`s at their markers (the first marker of a footnote carries the
footnote's eId, later markers `<eId>__ref_<n>`); citations are `ref`s whose `href` the caller chooses.
Headings are `hcontainer`s (name "part" for a part of a multi-part resolution, "section" for a section)
holding the paragraphs they head, or, before preambular paragraphs, `container`s named "heading".
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable

from lxml import etree

from archive.parser.document import Annex, Citation, Footnote, Heading, Paragraph, ParsedResolution, Symbol
from archive.parser.languages import Language

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
MEDIA_TYPE = "application/akn+xml"

Href = Callable[[Citation], str]


def work_uri(symbol: Symbol, adopted_on: datetime.date | None) -> str:
    """/akn/un/statement/deliberation/unga/2004-12-20/59-190/ (the date is the adoption date)."""
    number = re.sub(r"[^0-9a-z]+", "-", symbol.canonical.removeprefix("A/RES/").lower()).strip("-")
    return f"/akn/un/statement/deliberation/unga/{_work_date(symbol, adopted_on)}/{number}/"


def expression_uri(parsed: ParsedResolution) -> str:
    return f"{work_uri(parsed.symbol, parsed.adopted_on)}{Language(parsed.language).iso639_2}@/"


def akn_xml(parsed: ParsedResolution, *, href: Href, generated_on: datetime.date) -> bytes:
    """The whole AKN document, UTF-8 with an XML declaration."""
    root = _el("akomaNtoso")
    statement = _sub(root, "statement", name="resolution")
    statement.append(_meta(parsed, generated_on, component=None))
    preface = _sub(statement, "preface")
    _sub(_sub(preface, "p"), "docNumber").text = parsed.symbol.canonical
    _sub(_sub(preface, "p"), "docTitle").text = parsed.title
    notes = _NoteMarkers()
    if parsed.formula or parsed.preambular:
        preamble = _sub(statement, "preamble")
        if parsed.formula:
            _sub(_sub(preamble, "formula", name="enactingFormula"), "p").text = parsed.formula
        for item in _in_order(parsed, parsed.preambular):
            if isinstance(item, Heading):
                container = _sub(preamble, "container", name="heading", eId=item.eid)
                for line in (item.number, item.text):
                    if line:
                        _sub(container, "p").text = line
                continue
            container = _sub(preamble, "container", name="preambularParagraph", eId=item.eid)
            _inline(_sub(container, "p"), item, parsed.footnotes, notes, href)
    body = _sub(statement, "mainBody")
    _sections(body, _in_order(parsed, parsed.operative, trailing=True), parsed.footnotes, notes, href)
    if not parsed.operative:
        _sub(body, "p")
    if parsed.annexes:
        attachments = _sub(statement, "attachments")
        for i, annex in enumerate(parsed.annexes, 1):
            _annex(
                _sub(attachments, "attachment", eId=f"att_{i}"), annex, i, parsed, generated_on, notes, href
            )
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _work_date(symbol: Symbol, adopted_on: datetime.date | None) -> str:
    # Undated texts (rare) are filed under 1 January of the session's first year.
    return (adopted_on or datetime.date(1945 + symbol.session.number, 1, 1)).isoformat()


def _el(tag: str, **attrs) -> etree._Element:
    return etree.Element(f"{{{NAMESPACE}}}{tag}", attrs, nsmap={None: NAMESPACE})


def _sub(parent: etree._Element, tag: str, **attrs) -> etree._Element:
    return etree.SubElement(parent, f"{{{NAMESPACE}}}{tag}", attrs)


def _meta(parsed: ParsedResolution, generated_on: datetime.date, component: int | None) -> etree._Element:
    work = work_uri(parsed.symbol, parsed.adopted_on)
    expression = expression_uri(parsed)
    part = "main" if component is None else f"annex_{component}"
    date = _work_date(parsed.symbol, parsed.adopted_on)
    meta = _el("meta")
    identification = _sub(meta, "identification", source="#archive")
    levels = [
        ("FRBRWork", work, date, "adoption", "#unga"),
        ("FRBRExpression", expression, date, "adoption", "#unga"),
        ("FRBRManifestation", expression, generated_on.isoformat(), "generation", "#archive"),
    ]
    for level, uri, when, date_name, author in levels:
        frbr = _sub(identification, level)
        suffix = ".xml" if level == "FRBRManifestation" else ""
        _sub(frbr, "FRBRthis", value=f"{uri}!{part}{suffix}")
        _sub(frbr, "FRBRuri", value=uri)
        _sub(frbr, "FRBRdate", date=when, name=date_name)
        _sub(frbr, "FRBRauthor", href=author)
        if level == "FRBRWork":
            _sub(frbr, "FRBRcountry", value="un")
            _sub(frbr, "FRBRsubtype", value="deliberation")
            _sub(frbr, "FRBRnumber", value=parsed.symbol.canonical.removeprefix("A/RES/"))
            _sub(frbr, "FRBRname", value=parsed.symbol.canonical)
        if level == "FRBRExpression":
            _sub(frbr, "FRBRlanguage", language=Language(parsed.language).iso639_2)
    if component is not None:
        return meta  # the organisations are declared once, in the main document's meta
    references = _sub(meta, "references", source="#archive")
    _sub(
        references,
        "TLCOrganization",
        eId="unga",
        href="/ontology/organization/un/unga",
        showAs="General Assembly of the United Nations",
    )
    _sub(
        references,
        "TLCOrganization",
        eId="archive",
        href="/ontology/organization/un/unga.archive",
        showAs="UN General Assembly resolutions archive",
    )
    return meta


class _NoteMarkers:
    """eIds of footnote markers: the footnote's own eId first, then `<eId>__ref_<n>`."""

    def __init__(self):
        self.seen: Counter[str] = Counter()

    def eid(self, footnote: Footnote) -> str:
        self.seen[footnote.eid] += 1
        count = self.seen[footnote.eid]
        return footnote.eid if count == 1 else f"{footnote.eid}__ref_{count}"


def _in_order(parsed: ParsedResolution, paras: list[Paragraph], trailing: bool = False, annex: str = ""):
    """`paras` with the headings that stand before them, in document order; with `trailing`, the headings
    after the last paragraph of the body (or of `annex`) at the end."""
    eids = {p.eid for p in paras}
    items = [x for x in parsed.contents() if (x.before in eids if isinstance(x, Heading) else x.eid in eids)]
    prefix = f"{annex}__" if annex else ""
    if trailing:
        items += [
            h
            for h in parsed.headings
            if h.before is None and (h.eid.startswith(prefix) if annex else not h.eid.startswith("annex_"))
        ]
    return items


def _sections(parent, items, footnotes, notes, href) -> None:
    """Paragraphs under the headings before them: a heading opens an `hcontainer` that holds what follows
    until a heading of its level or above."""
    stack: list[tuple[int, etree._Element]] = []
    for item in items:
        if isinstance(item, Heading):
            while stack and stack[-1][0] >= item.level:
                _close(stack.pop()[1])
            name = "part" if item.level == 0 else "section"
            container = _sub(stack[-1][1] if stack else parent, "hcontainer", name=name, eId=item.eid)
            if item.number:
                _sub(container, "num").text = item.number
            if item.text:
                _sub(container, "heading").text = item.text
            stack.append((item.level, container))
        else:
            _hierarchy(stack[-1][1] if stack else parent, item, footnotes, notes, href)
    for _, container in stack:
        _close(container)


def _close(container: etree._Element) -> None:
    """An `hcontainer` must hold something: an empty one (a heading after the last paragraph) gets an
    empty `content`."""
    if not any(child.tag.endswith(("paragraph", "hcontainer")) for child in container):
        _sub(_sub(container, "content"), "p")


def _hierarchy(parent, para: Paragraph, footnotes, notes, href) -> None:
    tag = "subparagraph" if para.kind == "subparagraph" else "paragraph"
    element = _sub(parent, tag, eId=para.eid)
    if para.number:
        _sub(element, "num").text = para.number
    if para.subparagraphs:
        _inline(_sub(_sub(element, "intro"), "p"), para, footnotes, notes, href)
        for sub in para.subparagraphs:
            _hierarchy(element, sub, footnotes, notes, href)
    else:
        _inline(_sub(_sub(element, "content"), "p"), para, footnotes, notes, href)


def _annex(attachment, annex: Annex, index: int, parsed, generated_on, notes, href) -> None:
    doc = _sub(attachment, "doc", name="annex")
    doc.append(_meta(parsed, generated_on, component=index))
    preface = _sub(doc, "preface")
    if annex.heading:
        _sub(preface, "p").text = annex.heading
    if annex.title:
        _sub(_sub(preface, "p"), "docTitle").text = annex.title
    body = _sub(doc, "mainBody", eId=annex.eid)
    items = _in_order(parsed, annex.paragraphs, trailing=True, annex=annex.eid)
    _sections(body, items, parsed.footnotes, notes, href)
    if not annex.paragraphs:
        _sub(body, "p")


def _inline(element, para: Paragraph, footnotes: list[Footnote], notes: _NoteMarkers, href: Href) -> None:
    """Fill `element` with the paragraph's text, its citations as `ref`s and its notes at their markers."""
    by_mark = {f.mark: f for f in footnotes}
    markers = [(ref.offset, by_mark[ref.mark]) for ref in para.footnote_refs if ref.mark in by_mark]
    _mixed(element, para.text, para.citations, markers, notes, href)


def _mixed(element, text: str, citations: list[Citation], markers, notes: _NoteMarkers, href: Href) -> None:
    # Another organisation's document (kind "other") has nowhere to link to: it stays plain text.
    refs = _non_overlapping([c for c in citations if c.kind != "other"], len(text))
    # A marker inside a citation's span moves to the span's end, so the XML nests properly.
    # At one position a note (0) comes before a citation (1) that starts there.
    events = sorted(
        [(c.start, 1, c) for c in refs]
        + [
            (min((c.end for c in refs if c.start < offset < c.end), default=offset), 0, f)
            for offset, f in markers
        ],
        key=lambda event: (event[0], event[1]),
    )
    cursor, last = 0, None
    for position, is_citation, item in events:
        position = min(max(position, cursor), len(text))
        _append_text(element, last, text[cursor:position])
        if is_citation:
            last = _sub(element, "ref", href=href(item))
            last.text = text[item.start : item.end]
            cursor = item.end
        else:
            last = _sub(element, "authorialNote", marker=item.mark, placement="bottom", eId=notes.eid(item))
            _mixed(_sub(last, "p"), item.text, item.citations, [], notes, href)
            cursor = position
    _append_text(element, last, text[cursor:])


def _non_overlapping(citations: list[Citation], length: int) -> list[Citation]:
    kept, end = [], 0
    for citation in sorted(citations, key=lambda c: (c.start, -c.end)):
        if citation.start >= end and 0 <= citation.start < citation.end <= length:
            kept.append(citation)
            end = citation.end
    return kept


def _append_text(element, last, text: str) -> None:
    if not text:
        return
    if last is None:
        element.text = (element.text or "") + text
    else:
        last.tail = (last.tail or "") + text
