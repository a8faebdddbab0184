"""A stored resolution back to the parser's dataclasses, as its representations read them (the JSON of
`archive.serializers`, plain text, Akoma Ntoso, the comparison of two texts).

Expects a resolution from `Resolution.objects.for_export()`, so it runs no further query.
"""

from __future__ import annotations

from collections import defaultdict

from archive.models import Resolution, ResolutionText
from archive.parser.document import (
    Annex,
    Citation,
    Footnote,
    FootnoteRef,
    Heading,
    Paragraph,
    ParsedResolution,
    SessionRef,
    Symbol,
)


def stored_texts(resolution: Resolution, languages: list[str] | None = None) -> dict[str, ParsedResolution]:
    """The resolution's texts (in `languages`, else all) by language, in the archive's order of languages."""
    texts = {t.language: t for t in resolution.texts.all() if not languages or t.language in languages}
    order = [code for code, _ in ResolutionText.Language.choices]
    return {lang: document_from_rows(resolution, texts[lang]) for lang in order if lang in texts}


def cited_in_archive(resolution: Resolution) -> set[str]:
    """The resolutions its texts cite that the archive holds."""
    return {
        c.target
        for text in resolution.texts.all()
        for c in text.citations.all()
        if c.target_resolution_id is not None
    }


def document_from_rows(resolution: Resolution, text: ResolutionText) -> ParsedResolution:
    """Rebuild the parser's dataclasses from a stored text's prefetched rows."""
    refs = defaultdict(list)
    for ref in text.footnote_refs.all():
        refs[ref.paragraph_id].append(FootnoteRef(mark=ref.mark, offset=ref.offset))
    para_citations, note_citations = defaultdict(list), defaultdict(list)
    for c in text.citations.all():
        citation = Citation(
            text=c.raw,
            start=c.start,
            end=c.end,
            target=c.target,
            kind=c.kind,
            pinpoint=c.pinpoint or None,
            part=c.part or None,
        )
        if c.paragraph_id:
            para_citations[c.paragraph_id].append(citation)
        else:
            note_citations[c.footnote_id].append(citation)

    nodes = {}
    top = []
    headings: list[Heading] = []
    waiting: list[Heading] = []  # headings before the next paragraph
    for row in text.paragraphs.all():  # ordered by position: parents come before their children
        if row.kind == "heading":
            heading = Heading(row.eid, row.body, row.number or None, row.depth, None, row.source_line)
            headings.append(heading)
            waiting.append(heading)
            continue
        for heading in waiting:
            heading.before = row.eid
        waiting = []
        node = Paragraph(
            kind=row.kind,
            eid=row.eid,
            text=row.body,
            number=row.number or None,
            footnote_refs=refs[row.id],
            citations=para_citations[row.id],
            line=row.source_line,
        )
        nodes[row.id] = node
        if row.parent_id:
            nodes[row.parent_id].subparagraphs.append(node)
        else:
            top.append((row, node))

    annexes = {a.id: Annex(eid=a.eid, heading=a.heading, title=a.title or None) for a in text.annexes.all()}
    parsed = ParsedResolution(
        language=text.language,
        symbol=Symbol(
            session=SessionRef(resolution.session.kind, resolution.session.number),
            number=resolution.number,
            parts=resolution.parts,
            old_era=resolution.old_era,
        ),
        title=text.title,
        formula=text.formula or None,
        agenda_items=list(text.agenda_items),
        basis=text.basis or None,
        draft_symbols=list(resolution.draft_symbols),
        adopted_on=resolution.adopted_on,
        meeting=resolution.meeting,
        footnotes=[
            Footnote(eid=f.eid, mark=f.mark, text=f.body, citations=note_citations[f.id])
            for f in text.footnotes.all()
        ],
        headings=headings,
        warnings=text.parse_warnings(),
    )
    for row, node in top:
        if row.annex_id:
            annexes[row.annex_id].paragraphs.append(node)
        elif row.kind == "preambular":
            parsed.preambular.append(node)
        else:
            parsed.operative.append(node)
    parsed.annexes = list(annexes.values())
    return parsed
