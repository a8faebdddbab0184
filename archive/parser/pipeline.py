"""`parse`: resolution text in, `ParsedResolution` out, through small named steps:
normalise lines -> read cover/metadata -> drop page artefacts and find footnote blocks -> split paragraphs
-> build preamble/operative/annexes -> attach footnote marks -> extract citations. Each step returns what
it finds (lines' kinds, paragraphs, footnotes, warnings); `_parse` puts the result together."""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import AnnexDraft, Layout, classify
from .columns import split_columns
from .compilation import finish_compilation, read_compilation
from .cover import Adoption, Cover, find_adoption, find_formula, read_cover
from .detect import detect_language
from .document import (
    Annex,
    Artefact,
    Footnote,
    FootnoteRef,
    Paragraph,
    ParsedResolution,
    ParseError,
    ParseWarning,
    Symbol,
)
from .footnote_pass import Kinds
from .footnotes import finalise_text
from .languages import LANGUAGES, Compiled, table
from .marks import place_marks
from .normalise import Line, normalise_lines
from .paragraphs import Group, assign_labels, ends_with_colon, group_lines, is_terminal

HEADING_MAX = 250
OwnMarks = dict[int, list[tuple[int, str]]]  # id(paragraph) -> [(position in raw text, mark)]


def parse(text: str, *, language: str | None = None, symbol: str | None = None) -> ParsedResolution:
    """Parse one resolution text. Raises ParseError (and nothing else) when it cannot be read."""
    try:
        return _parse(text, language, symbol)
    except ParseError:
        raise
    except Exception as exc:  # pragma: no cover - defensive: the contract allows only ParseError
        raise ParseError(f"internal error while parsing: {exc!r}") from exc


def _parse(text: str, language: str | None, symbol_text: str | None) -> ParsedResolution:
    if not isinstance(text, str):
        raise ParseError("the text is not a string")
    if not text.strip():
        raise ParseError("the text is empty")
    if language is None:
        language = detect_language(text)
    if language not in LANGUAGES:
        raise ParseError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    tab = table(language)
    lines = split_columns(normalise_lines(text))
    compilation = read_compilation(lines, tab)  # the yearly-compilation layout ("RESOLUTION 55/100"), or None
    cover = compilation.cover if compilation else read_cover(lines, tab)
    symbol = resolve_symbol(symbol_text, cover, lines)
    warnings: list[ParseWarning] = cross_check(symbol, cover, lines)
    formula_index, comma = find_formula(lines, cover.title_end + 1, tab)
    if formula_index is None:
        warnings.append(ParseWarning("no formula ('The General Assembly,') found", lines[cover.title_end].no))
        body_start = cover.title_end + 1
    else:
        body_start = formula_index + 1
    adoption = find_adoption(lines, body_start, tab)
    if not adoption and not compilation:  # the compilation prints its adoption line before the title
        warnings.append(ParseWarning("no adoption line ('28th plenary meeting') found"))
    kinds = metadata_kinds(lines, cover, formula_index, adoption)
    layout = classify(lines, kinds, body_start, cover.title, tab)
    structure = build_structure(layout, comma, tab)
    result = ParsedResolution(
        language=language,
        symbol=symbol,
        title=cover.title,
        formula=lines[formula_index].text if formula_index is not None else None,
        agenda_items=cover.agenda_items,
        basis=cover.basis,
        draft_symbols=cover.draft_symbols,
        adopted_on=adoption.date if adoption and adoption.date else cover.cover_date,
        meeting=adoption.meeting if adoption else None,
        preambular=structure.preambular,
        operative=structure.operative,
        annexes=structure.annexes,
    )
    notes = attach_footnotes(list(result.paragraphs()), layout, tab, structure.own_marks)
    result.footnotes = notes.footnotes
    if compilation:
        warnings.extend(finish_compilation(result, compilation, tab))
    unplaced = sorted(
        {*layout.unplaced, *(i for i, kind in enumerate(layout.kinds) if kind is None and not lines[i].blank)}
    )
    result.warnings = [
        *warnings,
        *structure.warnings,
        *notes.warnings,
        *numbering_warnings(result),
        *ending_warnings(result, tab),
        *(ParseWarning(f"line not placed: {layout.texts[i][:60]!r}", lines[i].no) for i in unplaced),
    ]
    result.artefacts = sorted(
        [
            *metadata_artefacts(lines, layout.kinds),
            *layout.artefacts,
            *structure.artefacts,
            *(Artefact(lines[i].no, layout.texts[i], "unplaced") for i in unplaced),
        ],
        key=lambda a: a.line,
    )
    extract_citations(result)
    if not result.preambular and not result.operative and not result.annexes:
        raise ParseError("no paragraphs found after the title", line=lines[cover.title_end].no)
    return result


def resolve_symbol(symbol_text: str | None, cover: Cover, lines: list[Line]) -> Symbol:
    """The symbol: the caller's, else the cover's 'A/RES/…' line, else the title's number."""
    from .symbols import parse_symbol

    if symbol_text is not None:
        try:
            return parse_symbol(symbol_text)
        except ValueError as exc:
            raise ParseError(f"bad symbol {symbol_text!r}: {exc}") from exc
    if cover.symbol_text:
        try:
            return parse_symbol(cover.symbol_text)
        except ValueError:
            pass  # a damaged cover line: the title's number decides
    try:
        return parse_symbol(cover.title_number)
    except ValueError as exc:
        raise ParseError(
            f"bad resolution number {cover.title_number!r} in the title line", line=lines[cover.title_line].no
        ) from exc


def cross_check(symbol: Symbol, cover: Cover, lines: list[Line]) -> list[ParseWarning]:
    """Warnings when the title's number or the cover's session disagree with the symbol."""
    from .symbols import parse_symbol

    out = []
    line = lines[cover.title_line].no
    try:
        numbered = parse_symbol(cover.title_number)
    except ValueError:
        numbered = None
    if numbered and (numbered.session, numbered.number) != (symbol.session, symbol.number):
        out.append(ParseWarning(f"title number {cover.title_number} differs from symbol {symbol}", line))
    if cover.session_number and cover.session_number != symbol.session.number:
        out.append(ParseWarning(f"cover names session {cover.session_number}, symbol says {symbol}"))
    return out


def metadata_kinds(
    lines: list[Line], cover: Cover, formula_index: int | None, adoption: Adoption | None
) -> Kinds:
    """Each line's kind as far as the metadata tells: cover (or blank), title, formula, adoption."""
    kinds: list[str | None] = [None] * len(lines)
    for i in range(cover.title_line):
        kinds[i] = "cover" if not lines[i].blank else "blank"
    for i in range(cover.title_line, cover.title_end + 1):
        kinds[i] = "title"
    if formula_index is not None:
        kinds[formula_index] = "formula"
    for i in adoption.indices if adoption else ():
        kinds[i] = "adoption"
    return tuple(kinds)


def metadata_artefacts(lines: list[Line], kinds: Kinds) -> list[Artefact]:
    """Cover, title, formula and adoption lines, recorded so every line is accounted for."""
    out = []
    for line, kind in zip(lines, kinds, strict=True):
        if kind in ("cover", "title", "formula", "adoption") and not line.blank:
            out.append(Artefact(line.no, line.text, kind))
    return out


# --- structure ------------------------------------------------------------------------------------


class _Node:
    """A paragraph in the making: its group, final kind, label and children."""

    def __init__(self, group: Group, kind: str, label: str | None, number: str | None = None):
        self.group = group
        self.kind = kind
        self.label = label
        self.number = number  # as printed, for top-level paragraphs
        self.children: list[_Node] = []


def split_headings(groups: list[Group], tab: Compiled) -> tuple[list[Group], list[Group]]:
    """(paragraph groups, heading groups): a heading is unlabelled, short, without final punctuation,
    and followed by more text."""
    keep, headings = [], []
    for k, g in enumerate(groups):
        if (
            g.label is None
            and k + 1 < len(groups)
            and len(g.raw) <= HEADING_MAX
            and not is_terminal(g.raw, tab.table.terminal)
        ):
            headings.append(g)
        else:
            keep.append(g)
    return keep, headings


def _tops(
    groups: list[Group], warnings: list[ParseWarning], top_kind: str, unnumbered_new: bool
) -> list[_Node]:
    """Top-level paragraphs with their sub-paragraph groups (labels resolved later)."""
    tops: list[_Node] = []
    for g in groups:
        if g.numbered or not tops:
            printed = g.label if g.numbered else (f"({g.label})" if g.label else None)
            tops.append(_Node(g, top_kind, g.label if g.numbered else None, printed))
            continue
        top = tops[-1]
        numbered_list = top.label is not None and (top.children or ends_with_colon(top.group.raw))
        if g.label is not None or numbered_list:
            top.children.append(_Node(g, "subparagraph", g.label))
        elif unnumbered_new or top.label is None:
            tops.append(_Node(g, top_kind, None))
        else:
            warnings.append(ParseWarning("unnumbered paragraph read as part of the one before", g.no))
            top.children.append(_Node(g, "continuation", None))
    return tops


def _nest(top: _Node, warnings: list[ParseWarning]) -> None:
    """Resolve sub-paragraph labels (inferring lost ones) and nest roman levels under letters."""
    subs = [c for c in top.children if c.kind == "subparagraph"]
    if not subs:
        return
    colon = [ends_with_colon(top.group.raw)] + [ends_with_colon(s.group.raw) for s in subs[:-1]]
    colon[0] = False
    assigned = assign_labels([s.label for s in subs], colon)
    if assigned is None:
        warnings.append(ParseWarning("sub-paragraph labels out of order", subs[0].group.no))
        assigned = [(s.label, 0) for s in subs]
    nested: list[_Node] = []
    parents: list[_Node] = []
    for sub, (label, depth) in zip(subs, assigned, strict=True):
        if sub.label is None and label is not None:
            warnings.append(ParseWarning(f"sub-paragraph label missing; read as ({label})", sub.group.no))
        sub.label = label
        sub.children = []
        depth = min(depth, len(parents))
        parents[depth:] = []
        (parents[-1].children if parents else nested).append(sub)
        parents.append(sub)
    top.children = [c for c in top.children if c.kind == "continuation"] + nested


def _group(items, tab: Compiled) -> list[Group]:
    return group_lines(
        items, tab.table.terminal, capitalised=tab.table.capitalised_clauses, number=tab.paragraph_number
    )


@dataclass
class Structure:
    """The paragraphs of the body and of each annex, with what building them noticed: warnings, heading
    artefacts, and each paragraph's own-line footnote marks (by id) as positions in its raw text."""

    preambular: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    own_marks: OwnMarks = field(default_factory=dict)
    warnings: list[ParseWarning] = field(default_factory=list)
    artefacts: list[Artefact] = field(default_factory=list)


def build_structure(layout: Layout, comma: bool, tab: Compiled) -> Structure:
    """Preambular and operative paragraphs from the body; annex paragraphs from each annex."""
    out = Structure()
    groups = _group(layout.main, tab)
    groups, headings = split_headings(groups, tab)
    _record_headings(out, layout, headings)
    first_numbered = next((k for k, g in enumerate(groups) if g.numbered), None)
    if comma:
        if first_numbered is None and groups:
            first_numbered = len(groups) - 1
            out.warnings.append(ParseWarning("no numbered operative paragraph", groups[-1].no))
        pre_groups, op_groups = groups[: first_numbered or 0], groups[first_numbered or 0 :]
    else:
        pre_groups, op_groups = [], groups
    pre = _tops(pre_groups, out.warnings, "preambular", unnumbered_new=True) if pre_groups else []
    for k, node in enumerate(pre, 1):
        node.label = None
        _nest(node, out.warnings)
        out.preambular.append(_paragraph(node, f"preamble__para_{k}", out.own_marks))
    ops = _tops(op_groups, out.warnings, "operative", unnumbered_new=False)
    out.operative = _numbered(ops, "para", out)
    for n, draft in enumerate(layout.annexes, 1):
        out.annexes.append(_annex(draft, n, out, layout, tab))
    return out


def _annex(draft: AnnexDraft, n: int, out: Structure, layout: Layout, tab: Compiled) -> Annex:
    groups = _group(draft.items, tab)
    groups, headings = split_headings(groups, tab)
    _record_headings(out, layout, headings)
    tops = _tops(groups, out.warnings, "annex_paragraph", unnumbered_new=True)
    eid = f"annex_{n}"
    line = draft.heading_index + 1
    return Annex(
        eid=eid,
        heading=draft.heading,
        title=draft.title,
        paragraphs=_numbered(tops, f"{eid}__para", out),
        line=line,
    )


def _numbered(tops: list[_Node], prefix: str, out: Structure) -> list[Paragraph]:
    paras, seen = [], set()
    for k, node in enumerate(tops, 1):
        _nest(node, out.warnings)
        eid = f"{prefix}_{node.label or k}"
        while eid in seen:
            eid += "_"
        seen.add(eid)
        paras.append(_paragraph(node, eid, out.own_marks))
    return paras


def _record_headings(out: Structure, layout: Layout, headings: list[Group]) -> None:
    for g in headings:
        for i in g.indices:
            out.artefacts.append(Artefact(layout.numbers[i], layout.texts[i], "heading"))
        for i in g.mark_indices:
            no = layout.numbers[i]
            out.artefacts.append(Artefact(no, layout.texts[i], "footnote mark in a heading"))
            out.warnings.append(ParseWarning(f"footnote mark {layout.texts[i]} in a heading", no))


def _paragraph(node: _Node, eid: str, own: OwnMarks) -> Paragraph:
    g = node.group
    raw, marks = g.raw, list(g.marks)
    for child in node.children:
        if child.kind == "continuation":
            base = len(raw) + 1
            raw = f"{raw} {child.group.raw}"
            marks.extend((base + p, m) for p, m in child.group.marks)
    number = node.number
    if node.kind == "subparagraph":
        number = f"({node.label})" if node.label else None
    para = Paragraph(kind=node.kind, eid=eid, text=raw, number=number, line=g.no)
    own[id(para)] = marks
    subs = [child for child in node.children if child.kind == "subparagraph"]
    for k, child in enumerate(subs, 1):
        sub_eid = f"{eid}__subpara_{child.label or k}"
        para.subparagraphs.append(_paragraph(child, sub_eid, own))
    return para


# --- footnotes ------------------------------------------------------------------------------------


@dataclass
class FootnoteNotes:
    """What attaching the footnotes gives: the footnotes, and the warnings about their marks."""

    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


def attach_footnotes(
    paras: list[Paragraph], layout: Layout, tab: Compiled, own_marks: OwnMarks
) -> FootnoteNotes:
    """The footnotes in mark order, and warnings about marks without footnotes and footnotes without
    marks. The marks found in the paragraphs' raw text (own-line or glued) are removed and recorded: this
    step finishes each paragraph's `text` and `footnote_refs`."""
    out = FootnoteNotes()
    marks_of: list[list[tuple[int, str]]] = [list(own_marks.get(id(p), [])) for p in paras]
    anchors: dict[str, tuple[int, int]] = {}
    for k, ms in enumerate(marks_of):
        for pos, mark in ms:
            anchors[mark] = min(anchors.get(mark, (k, pos)), (k, pos))
    footnotes = layout.footnotes
    placed = place_marks(
        [p.text for p in paras], [fn.mark for fn in footnotes], anchors, frozenset(tab.table.months)
    )
    spans = placed.spans
    for k, found in enumerate(placed.marks):
        marks_of[k].extend(found)
    referenced = set()
    keep = tab.table.suspended_hyphen_words
    for k, para in enumerate(paras):
        text, refs = finalise_text(para.text, marks_of[k], keep, spans[k])
        para.text = text
        para.footnote_refs = [FootnoteRef(m, off) for m, off in refs]
        referenced.update(m for m, _ in refs)
    known = set()
    for fn in footnotes:
        text, _ = finalise_text(fn.text, [], tab.table.suspended_hyphen_words)
        eid = f"fnt_{fn.mark}"
        while eid in known:
            eid += "_"
        known.add(eid)
        no = layout.numbers[fn.lines[0]]
        out.footnotes.append(Footnote(eid=eid, mark=fn.mark, text=text, line=no))
        if fn.mark not in referenced:
            out.warnings.append(ParseWarning(f"footnote {fn.mark} is never referenced", no))
    marks = {fn.mark for fn in footnotes}
    for para in paras:
        for ref in para.footnote_refs:
            if ref.mark not in marks:
                out.warnings.append(ParseWarning(f"footnote mark {ref.mark} has no footnote", para.line))
    return out


def numbering_warnings(result: ParsedResolution) -> list[ParseWarning]:
    """Gaps and repeats in operative and annex paragraph numbers."""
    out = []
    for where, paras in [("operative", result.operative)] + [(a.eid, a.paragraphs) for a in result.annexes]:
        previous = 0
        for para in paras:
            if para.number is None or not para.number.isdigit():
                continue
            n = int(para.number)
            if n != previous + 1:
                out.append(
                    ParseWarning(f"{where} paragraph {n} follows {previous or 'the start'}", para.line)
                )
            previous = n
    return out


def ending_warnings(result: ParsedResolution, tab: Compiled) -> list[ParseWarning]:
    """Paragraphs without final punctuation: the extraction may have lost their end."""
    return [
        ParseWarning(f"{para.eid} ends without final punctuation; its text may be cut", para.line)
        for para in result.paragraphs()
        if not is_terminal(para.text, tab.table.terminal)
    ]


def extract_citations(result: ParsedResolution) -> None:
    """Citations of every paragraph's and footnote's final text."""
    try:
        from .citations import find_citations
    except ImportError:  # pragma: no cover - the citations module is written separately
        result.warnings.append(ParseWarning("citation extraction unavailable"))
        return
    targets = [*result.paragraphs(), *result.footnotes]
    for item in targets:
        try:
            item.citations = list(find_citations(item.text, result.language))
        except Exception as exc:  # noqa: BLE001 - one bad citation must not lose the parse
            result.warnings.append(ParseWarning(f"citation extraction failed: {exc}", item.line))
