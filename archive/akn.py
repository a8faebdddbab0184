"""A parsed resolution text as Akoma Ntoso 3.0 XML, named after AKN4UN. Pure: no Django, no database.

Work:          /akn/un/statement/deliberation/unga/2004-12-20/59-190/
Expression:    /akn/un/statement/deliberation/unga/2004-12-20/59-190/zho@/
Manifestation: /akn/un/statement/deliberation/unga/2004-12-20/59-190/zho@.akn (this XML; its main
               component /akn/…/zho@/!main.xml)
Portion:       /akn/un/statement/deliberation/unga/2004-12-20/59-190/~para_5 (a paragraph, by its eId)

The document is linked data: the caller's `href` gives each citation an absolute IRI (a resolution held
by the archive as its AKN IRI under the site's canonical base, which the site resolves), every cited
document is a `TLCReference`, the adoption a `TLCEvent` in the `lifecycle`, the meeting a `TLCEvent` of the
`workflow`, agenda items `TLCConcept`s (and, with the draft symbols, `proprietary` metadata), and a
recorded vote is the `analysis`' `voting`, each Member State under its count.

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
from dataclasses import dataclass
from urllib.parse import quote

from lxml import etree

from archive.parser.cover import agenda_item
from archive.parser.document import Annex, Citation, Footnote, Heading, Paragraph, ParsedResolution, Symbol
from archive.parser.languages import Language

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
MEDIA_TYPE = "application/akn+xml"
# The archive's own metadata: `proprietary` (meeting, agenda items, draft symbols), Member States in votes.
ARCHIVE_NAMESPACE = "urn:unga-archive:metadata"
UNDOCS = "https://undocs.org/"

Href = Callable[[Citation], str]


@dataclass(frozen=True)
class StateVote:
    code: str  # ISO 3166-1 alpha-3
    name: str
    choice: str  # "yes", "no", "abstain" or "non_voting"


@dataclass(frozen=True)
class RecordedVote:
    """A recorded vote as the archive holds it: totals and, where known, each Member State's vote."""

    yes: int
    no: int
    abstain: int
    non_voting: int | None = None
    states: tuple[StateVote, ...] = ()


# A recorded vote's counts: (choice, eId of its TLCConcept, what it is called).
VOTE_CHOICES = [
    ("yes", "inFavour", "In favour"),
    ("no", "against", "Against"),
    ("abstain", "abstaining", "Abstaining"),
    ("non_voting", "nonVoting", "Non-voting"),
]


def work_uri(symbol: Symbol, adopted_on: datetime.date | None) -> str:
    """/akn/un/statement/deliberation/unga/2004-12-20/59-190/ (the date is the adoption date)."""
    number = re.sub(r"[^0-9a-z]+", "-", symbol.canonical.removeprefix("A/RES/").lower()).strip("-")
    return f"/akn/un/statement/deliberation/unga/{_work_date(symbol, adopted_on)}/{number}/"


def work_symbol(number: str) -> str | None:
    """The symbol (as `parse_symbol` reads it) of the work IRI's number: "59-190" gives "59/190",
    "es-10-19" "ES-10/19", "217-iii" "217 (III)"; None if it cannot be one."""
    if modern := re.fullmatch(r"(?:(e?s)-)?([0-9]{1,3})-([0-9]{1,4})", number):
        prefix, session, serial = modern.groups()
        return f"{prefix.upper()}-{session}/{serial}" if prefix else f"{session}/{serial}"
    if old := re.fullmatch(r"([0-9]{1,4})-((?:e?s-)?[ivxlc]+)", number):
        return f"{old[1]} ({old[2].upper()})"
    return None


def expression_uri(parsed: ParsedResolution) -> str:
    return f"{work_uri(parsed.symbol, parsed.adopted_on)}{Language(parsed.language).iso639_2}@/"


def manifestation_uri(parsed: ParsedResolution) -> str:
    """/akn/…/59-190/zho@.akn: the expression in the Akoma Ntoso XML format."""
    return expression_uri(parsed).removesuffix("/") + ".akn"


def portion_uri(symbol: Symbol, adopted_on: datetime.date | None, eid: str) -> str:
    """/akn/…/59-190/~para_5: a paragraph of the work, by its eId."""
    return f"{work_uri(symbol, adopted_on)}~{eid}"


def pinpoint_eid(pinpoint: str | None) -> str | None:
    """The eId of the operative paragraph a citation names by number ("5" gives "para_5")."""
    return f"para_{pinpoint}" if pinpoint and re.fullmatch(r"[0-9]+", pinpoint) else None


def undocs_url(symbol: str) -> str:
    """The official document of any UN symbol at undocs.org, as a valid URI (spaces percent-encoded)."""
    return UNDOCS + quote(symbol, safe="/().")


def akn_xml(
    parsed: ParsedResolution,
    *,
    href: Href,
    generated_on: datetime.date,
    vote: RecordedVote | None = None,
) -> bytes:
    """The whole AKN document, UTF-8 with an XML declaration. `href` gives each citation its IRI; `vote`
    is the recorded vote, if there was one."""
    root = etree.Element(f"{{{NAMESPACE}}}akomaNtoso", nsmap={None: NAMESPACE, "un": ARCHIVE_NAMESPACE})
    statement = _sub(root, "statement", name="resolution")
    cited = _cited(parsed, href)
    statement.append(_meta(parsed, generated_on, component=None, cited=cited, vote=vote))
    href = _ref_attributes(href, cited)
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


def _cited(parsed: ParsedResolution, href: Href) -> dict[tuple[str, str], tuple[str, str]]:
    """Each document the text cites (kind, target) → (eId of its TLCReference, its IRI), in order of first
    citation; other organisations' documents have no IRI."""
    cited: dict[tuple[str, str], tuple[str, str]] = {}
    for _, citation in parsed.citations():
        key = (citation.kind, citation.target)
        if citation.kind != "other" and key not in cited:
            whole = Citation(citation.text, citation.start, citation.end, citation.target, citation.kind)
            cited[key] = (f"cited_{len(cited) + 1}", href(whole))
    return cited


def _ref_attributes(href: Href, cited: dict) -> Callable[[Citation], dict[str, str]]:
    """A `ref`'s attributes: its IRI, and the TLCReference of the document it cites."""

    def attributes(citation: Citation) -> dict[str, str]:
        reference = cited.get((citation.kind, citation.target))
        return {"href": href(citation)} | ({"refersTo": f"#{reference[0]}"} if reference else {})

    return attributes


def _meta(
    parsed: ParsedResolution,
    generated_on: datetime.date,
    component: int | None,
    cited: dict | None = None,
    vote: RecordedVote | None = None,
) -> etree._Element:
    work = work_uri(parsed.symbol, parsed.adopted_on)
    expression = expression_uri(parsed)
    part = "main" if component is None else f"annex_{component}"
    date = _work_date(parsed.symbol, parsed.adopted_on)
    meta = _el("meta")
    identification = _sub(meta, "identification", source="#archive")
    levels = [
        ("FRBRWork", work, work, date, "adoption", "#unga"),
        ("FRBRExpression", expression, expression, date, "adoption", "#unga"),
        (
            "FRBRManifestation",
            expression,
            manifestation_uri(parsed),
            generated_on.isoformat(),
            "generation",
            "#archive",
        ),
    ]
    for level, this, uri, when, date_name, author in levels:
        frbr = _sub(identification, level)
        suffix = ".xml" if level == "FRBRManifestation" else ""
        _sub(frbr, "FRBRthis", value=f"{this}!{part}{suffix}")
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
    _events(meta, parsed, date, vote)
    references = _sub(meta, "references", source="#archive")
    _sub(references, "original", eId="original", href=expression, showAs=parsed.symbol.canonical)
    for (kind, target), (eid, iri) in (cited or {}).items():
        _sub(references, "TLCReference", eId=eid, name=kind, href=iri, showAs=target)
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
    session = _session_path(parsed.symbol)
    _sub(
        references,
        "TLCEvent",
        eId="adoption",
        href=f"/ontology/event/un/unga/{session}/adoption/{_number(parsed.symbol)}",
        showAs="Adoption",
    )
    if parsed.meeting:
        _sub(
            references,
            "TLCEvent",
            eId="meeting",
            href=f"/ontology/event/un/unga/{session}/plenary/{parsed.meeting}",
            showAs=f"Plenary meeting {parsed.meeting}",
        )
    for item in _agenda_items(parsed):
        _sub(
            references,
            "TLCConcept",
            eId=_agenda_eid(item),
            href=f"/ontology/concept/un/unga/{session}/agendaItem/{quote(item, safe='')}",
            showAs=f"Agenda item {item}",
        )
    if vote is not None:
        for _, eid, label in VOTE_CHOICES:
            _sub(references, "TLCConcept", eId=eid, href=f"/ontology/concept/un/vote/{eid}", showAs=label)
    _proprietary(meta, parsed)
    return meta


def _session_path(symbol: Symbol) -> str:
    return f"{symbol.session.kind}-{symbol.session.number}"


def _number(symbol: Symbol) -> str:
    return work_uri(symbol, None).rstrip("/").rsplit("/", 1)[1]


def _agenda_items(parsed: ParsedResolution) -> list[str]:
    """The agenda items in the one form of every language ("105 (b)"), as concepts every expression shares."""
    return [agenda_item(item, parsed.language) for item in parsed.agenda_items]


def _agenda_eid(item: str) -> str:
    return "agendaItem_" + re.sub(r"[^0-9A-Za-z]+", "-", item).strip("-")


def _events(meta, parsed: ParsedResolution, date: str, vote: RecordedVote | None) -> None:
    """The adoption (`lifecycle`), the meeting that adopted it (`workflow`) and the recorded vote
    (`analysis`)."""
    lifecycle = _sub(meta, "lifecycle", source="#archive")
    _sub(
        lifecycle,
        "eventRef",
        eId="adoption_1",
        date=date,
        source="#original",
        refersTo="#adoption",
        type="generation",
    )
    if parsed.meeting:
        workflow = _sub(meta, "workflow", source="#archive")
        _sub(workflow, "step", date=date, by="#unga", refersTo="#meeting")
    if vote is None:
        return
    analysis = _sub(meta, "analysis", source="#archive")
    voting = _sub(_sub(analysis, "parliamentary"), "voting", eId="vote", refersTo="#adoption")
    for choice, eid, _ in VOTE_CHOICES:
        value = getattr(vote, choice)
        if value is None:
            continue
        count = _sub(voting, "count", eId=f"vote_{eid}", value=str(value), refersTo=f"#{eid}")
        for state in vote.states:
            if state.choice == choice:
                member = etree.SubElement(count, f"{{{ARCHIVE_NAMESPACE}}}memberState", code=state.code)
                member.text = state.name


def _proprietary(meta, parsed: ParsedResolution) -> None:
    if not (parsed.meeting or parsed.agenda_items or parsed.draft_symbols):
        return
    proprietary = _sub(meta, "proprietary", source="#archive")
    fields = [("meeting", str(parsed.meeting))] if parsed.meeting else []
    fields += [("agendaItem", item) for item in _agenda_items(parsed)]
    fields += [("draft", symbol) for symbol in parsed.draft_symbols]
    for name, value in fields:
        etree.SubElement(proprietary, f"{{{ARCHIVE_NAMESPACE}}}{name}").text = value


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
            last = _sub(element, "ref", **href(item))
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
