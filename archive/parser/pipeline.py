"""`parse`: resolution text in, `ParsedResolution` out, through small named steps:
normalise lines -> read cover/metadata -> drop page artefacts and find footnote blocks -> split paragraphs
-> build preamble/operative/annexes -> attach footnote marks -> extract citations. Each step returns what
it finds (lines' kinds, paragraphs, footnotes, warnings); `_parse` puts the result together."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from archive.messages import MessageError, gettext_noop

from .blocks import Layout, classify
from .citations import find_citations
from .columns import split_columns
from .compilation import finish_compilation, read_compilation
from .cover import Adoption, Cover, agenda_items, find_adoption, find_formula, read_cover
from .detect import detect_language
from .document import (
    Annex,
    Artefact,
    Footnote,
    FootnoteRef,
    Heading,
    Paragraph,
    ParsedResolution,
    ParseError,
    ParseWarning,
    Symbol,
    part_of,
)
from .footnote_pass import Kinds
from .footnotes import finalise_text
from .headings import build_headings, declaration_start
from .languages import LANGUAGES, Compiled, table
from .marks import glued_title_mark, place_marks
from .normalise import Line, has_other_digits, joined_suffixes, normalise_lines, plain_forms, printed_digits
from .paragraphs import (
    Group,
    Item,
    Separators,
    assign_labels,
    ends_with_colon,
    group_lines,
    is_terminal,
    separators,
)
from .parts import PartDraft, find_parts
from .visual_order import logical_order

HEADING_MAX = 250
NOT_PLACED = gettext_noop("line not placed: %(text)r")
TITLE_NUMBER = gettext_noop("title number %(number)s differs from symbol %(symbol)s")
COVER_SESSION = gettext_noop("cover names session %(session)s, symbol says %(symbol)s")
LABEL_MISSING = gettext_noop("sub-paragraph label missing; read as %(label)s")
MARK_IN_HEADING = gettext_noop("footnote mark %(mark)s in a heading")
NEVER_REFERENCED = gettext_noop("footnote %(mark)s is never referenced")
NO_FOOTNOTE = gettext_noop("footnote mark %(mark)s has no footnote")
NO_END = gettext_noop("%(eid)s ends without final punctuation; its text may be cut")
CITATIONS_FAILED = gettext_noop("citation extraction failed: %(error)s")
# A gap or a repeat in a list of numbered paragraphs, by (in a part or an annex, after a paragraph)
OUT_OF_ORDER = {
    (False, True): gettext_noop("operative paragraph %(number)s follows %(previous)s"),
    (False, False): gettext_noop("the first operative paragraph is numbered %(number)s"),
    (True, True): gettext_noop("paragraph %(number)s of %(container)s follows %(previous)s"),
    (True, False): gettext_noop("the first paragraph of %(container)s is numbered %(number)s"),
}
OwnMarks = dict[int, list[tuple[int, str]]]  # id(paragraph) -> [(position in raw text, mark)]


def parse(text: str, *, language: str | None = None, symbol: str | None = None) -> ParsedResolution:
    """Parse one resolution text. Raises ParseError (and nothing else) when it cannot be read."""
    try:
        return _parse(text, language, symbol)
    except ParseError:
        raise
    except Exception as exc:  # pragma: no cover - defensive: the contract allows only ParseError
        raise ParseError(gettext_noop("internal error while parsing: %(error)s"), error=repr(exc)) from exc


def _parse(text: str, language: str | None, symbol_text: str | None) -> ParsedResolution:
    if not isinstance(text, str):
        raise ParseError(gettext_noop("the text is not a string"))
    if not text.strip():
        raise ParseError(gettext_noop("the text is empty"))
    if language is None:
        language = detect_language(text)
    if language not in LANGUAGES:
        raise ParseError(
            gettext_noop("unknown language %(language)r; expected one of %(languages)s"),
            language=language,
            languages=", ".join(LANGUAGES),
        )
    tab = table(language)
    if tab.table.script == "arabic":
        text = logical_order(text)
    printed = joined_suffixes(split_columns(normalise_lines(text)), tab.table.superscripts)
    lines, taken_marks = plain_forms(printed, tab.mark_forms)
    compilation = read_compilation(lines, tab)  # the yearly-compilation layout ("RESOLUTION 55/100"), or None
    cover = compilation.cover if compilation else read_cover(lines, tab)
    symbol = resolve_symbol(symbol_text, cover, lines)
    warnings: list[ParseWarning] = cross_check(symbol, cover, lines)
    parts = find_parts(lines, cover.title_end + 1, tab)
    if parts:
        formula_index, comma = parts[0].formula_index, parts[0].comma
    else:
        formula_index, comma = find_formula(lines, cover.title_end + 1, tab)
    if formula_index is None:
        warnings.append(
            ParseWarning(
                gettext_noop("no formula ('The General Assembly,') found"), lines[cover.title_end].no
            )
        )
        body_start = cover.title_end + 1
    else:
        body_start = formula_index + 1
    adoption = parts[0].adoption if parts else find_adoption(lines, body_start, tab)
    if not adoption and not compilation:  # the compilation prints its adoption line before the title
        warnings.append(ParseWarning(gettext_noop("no adoption line ('28th plenary meeting') found")))
    kinds = part_kinds(metadata_kinds(lines, cover, formula_index, adoption), parts)
    layout = classify(lines, kinds, body_start, cover.title, tab, [p.heading_index for p in parts[1:]])
    structure = build_structure(layout, comma, tab, parts)
    title, title_mark = title_and_mark(cover, layout)
    result = ParsedResolution(
        language=language,
        symbol=symbol,
        title=title,
        formula=lines[formula_index].text if formula_index is not None else None,
        agenda_items=cover.agenda_items,
        basis=cover.basis,
        draft_symbols=cover.draft_symbols,
        adopted_on=adoption.date if adoption and adoption.date else cover.cover_date,
        meeting=adoption.meeting if adoption else None,
        preambular=structure.preambular,
        operative=structure.operative,
        annexes=structure.annexes,
        headings=structure.headings,
    )
    notes = attach_footnotes(list(result.paragraphs()), layout, tab, structure.own_marks, title_mark)
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
        *(ParseWarning(NOT_PLACED, lines[i].no, text=layout.texts[i][:60]) for i in unplaced),
    ]
    result.artefacts = sorted(
        [
            *metadata_artefacts(lines, layout.kinds),
            *(Artefact(no, taken, "footnote mark form") for no, taken in taken_marks),
            *layout.artefacts,
            *structure.artefacts,
            *(Artefact(lines[i].no, layout.texts[i], "unplaced") for i in unplaced),
        ],
        key=lambda a: a.line,
    )
    if has_other_digits(text):
        print_digits_as_printed(result, printed, lines[cover.title_line].no, cover.title_number, tab)
    extract_citations(result)
    if not result.preambular and not result.operative and not result.annexes:
        raise ParseError(gettext_noop("no paragraphs found after the title"), line=lines[cover.title_end].no)
    return result


_DIGIT = re.compile(r"[0-9]")
_NEAR = 200  # a text's opening words stand within this many characters of its first line's start


def print_digits_as_printed(
    result: ParsedResolution, printed: list[Line], title_line: int, title_number: str, tab: Compiled
) -> None:
    """The texts' digits as the source prints them: the steps read Arabic-Indic and full-width digits as
    ASCII (`plain_forms`), the texts keep the source's ("قرارها ٥٩/١٩٠", "第１２段"). Each text's digits are
    looked up in the source (`printed_digits`) from its first line, past the number printed before it (a
    title's, a paragraph's, a footnote's mark) and from its opening words when they are found there. The
    agenda items are read again from the source's cover."""
    source = "\n".join(line.text for line in printed)
    starts: dict[int, int] = {}
    offset = 0
    for line in printed:
        starts.setdefault(line.no, offset)
        offset += len(line.text) + 1

    def as_printed(text: str, line: int | None, number: str | None = None) -> str:
        start = starts.get(line or 0, 0)
        if number:
            _, start = printed_digits(number, source, start)
        opening = _DIGIT.split(text, maxsplit=1)[0][:12]
        found = source.find(opening, start, start + _NEAR) if len(opening) >= 4 else -1
        return printed_digits(text, source, start if found == -1 else found)[0]

    result.title = as_printed(result.title, title_line, title_number)
    result.agenda_items = agenda_items(source[: starts.get(title_line, 0)], tab)  # \d: digits of any script
    if result.basis:
        result.basis = as_printed(result.basis, None)
    for part in [*result.paragraphs(), *result.headings]:
        part.text = as_printed(part.text, part.line, part.number)
    for note in result.footnotes:
        note.text = as_printed(note.text, note.line, note.mark)
    for annex in result.annexes:
        if annex.title:
            annex.title = as_printed(annex.title, annex.line)


def resolve_symbol(symbol_text: str | None, cover: Cover, lines: list[Line]) -> Symbol:
    """The symbol: the caller's, else the cover's 'A/RES/…' line, else the title's number."""
    from .symbols import parse_symbol

    if symbol_text is not None:
        try:
            return parse_symbol(symbol_text)
        except MessageError as exc:
            raise ParseError(
                gettext_noop("bad symbol %(symbol)r: %(reason)s"), symbol=symbol_text, reason=exc
            ) from exc
    if cover.symbol_text:
        try:
            return parse_symbol(cover.symbol_text)
        except ValueError:
            pass  # a damaged cover line: the title's number decides
    try:
        return parse_symbol(cover.title_number)
    except ValueError as exc:
        raise ParseError(
            gettext_noop("bad resolution number %(number)r in the title line"),
            line=lines[cover.title_line].no,
            number=cover.title_number,
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
        out.append(ParseWarning(TITLE_NUMBER, line, number=cover.title_number, symbol=symbol.canonical))
    if cover.session_number and cover.session_number != symbol.session.number:
        out.append(ParseWarning(COVER_SESSION, session=cover.session_number, symbol=symbol.canonical))
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


def part_kinds(kinds: Kinds, parts: Sequence[PartDraft]) -> Kinds:
    """`kinds` with each part's heading and title lines ("part"), formula and closing meeting lines."""
    out = list(kinds)
    for part in parts:
        for i in (part.heading_index, *part.title_indices):
            out[i] = "part"
        out[part.formula_index] = "formula"
        for i in part.adoption.indices if part.adoption else ():
            out[i] = "adoption"
    return tuple(out)


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


def split_headings(groups: list[Group], tab: Compiled) -> tuple[list[Group], list[tuple[Group, int]]]:
    """(paragraph groups, heading groups each with the index of the paragraph group it stands before): a
    heading is unlabelled, short, without final punctuation, and followed by more text."""
    keep: list[Group] = []
    headings: list[tuple[Group, int]] = []
    for k, g in enumerate(groups):
        if (
            g.label is None
            and k + 1 < len(groups)
            and len(g.raw) <= HEADING_MAX
            and not is_terminal(g.raw, tab.table.terminal)
        ):
            headings.append((g, len(keep)))
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
            warnings.append(
                ParseWarning(gettext_noop("unnumbered paragraph read as part of the one before"), g.no)
            )
            top.children.append(_Node(g, "continuation", None))
    return tops


def _nest(top: _Node, warnings: list[ParseWarning], label_format: str = "({})") -> None:
    """Resolve sub-paragraph labels (inferring lost ones, printed in `label_format`) and nest roman
    levels under letters."""
    subs = [c for c in top.children if c.kind == "subparagraph"]
    if not subs:
        return
    colon = [ends_with_colon(top.group.raw)] + [ends_with_colon(s.group.raw) for s in subs[:-1]]
    colon[0] = False
    assigned = assign_labels([s.label for s in subs], colon)
    if assigned is None:
        warnings.append(ParseWarning(gettext_noop("sub-paragraph labels out of order"), subs[0].group.no))
        assigned = [(s.label, 0) for s in subs]
    nested: list[_Node] = []
    parents: list[_Node] = []
    for sub, (label, depth) in zip(subs, assigned, strict=True):
        if sub.label is None and label is not None:
            sub.group.printed = label_format.format(label)
            warnings.append(ParseWarning(LABEL_MISSING, sub.group.no, label=sub.group.printed))
        sub.label = label
        sub.children = []
        depth = min(depth, len(parents))
        parents[depth:] = []
        (parents[-1].children if parents else nested).append(sub)
        parents.append(sub)
    top.children = [c for c in top.children if c.kind == "continuation"] + nested


def _group(items, tab: Compiled, separated: Separators) -> list[Group]:
    return group_lines(
        items,
        tab.table.terminal,
        separated,
        capitalised=tab.table.capitalised_clauses,
        number=tab.paragraph_number,
        label=tab.label,
    )


def _separators(layout: Layout, tab: Compiled) -> Separators:
    """What separates paragraphs in this extraction, read from the body, the parts and the annexes
    together: an annex of a few lines tells too little alone."""
    items = [*layout.main, *(it for part in layout.parts for it in part)]
    items += [it for annex in layout.annexes for it in annex.items]
    terminal, capitalised = tab.table.terminal, tab.table.capitalised_clauses
    return separators(items, terminal, tab.paragraph_number, capitalised, tab.label)


@dataclass
class Structure:
    """The paragraphs of the body and of each annex, with what building them noticed: warnings, heading
    artefacts, and each paragraph's own-line footnote marks (by id) as positions in its raw text."""

    preambular: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    own_marks: OwnMarks = field(default_factory=dict)
    group_eids: dict[int, str] = field(default_factory=dict)  # id(group) -> eId of its paragraph
    warnings: list[ParseWarning] = field(default_factory=list)
    artefacts: list[Artefact] = field(default_factory=list)


def build_structure(layout: Layout, comma: bool, tab: Compiled, parts: Sequence[PartDraft] = ()) -> Structure:
    """Preambular and operative paragraphs from the body (each part's body, eIds prefixed `part_b__`, in a
    multi-part resolution); annex paragraphs from each annex, a declaration printed without an "Annex"
    line (see `declaration_start`) coming first; headings kept, a part's heading among them."""
    out = Structure()
    sep = _separators(layout, tab)
    if not parts:
        _body(out, layout, layout.main, comma, tab, "", sep)
    for part, items in zip(parts, (layout.main, *layout.parts) if parts else (), strict=True):
        line = layout.numbers[part.heading_index]
        heading = Heading(part.eid, part.title or part.printed, part.printed, 0, None, line)
        out.headings.append(heading)
        pre, ops = len(out.preambular), len(out.operative)
        _body(out, layout, items, part.comma, tab, part.eid, sep)
        heading.before = next((p.eid for p in [*out.preambular[pre:], *out.operative[ops:]]), None)
    for draft in layout.annexes:
        groups, headings = split_headings(_group(draft.items, tab, sep), tab)
        _heading_marks(out, layout, headings)
        n = len(out.annexes) + 1
        out.annexes.append(
            _annex(
                layout.numbers[draft.heading_index], draft.heading, draft.title, groups, headings, n, out, tab
            )
        )
    return out


def _body(
    out: Structure,
    layout: Layout,
    items: Sequence[Item],
    comma: bool,
    tab: Compiled,
    part: str,
    sep: Separators,
) -> None:
    """The preambular and operative paragraphs (and headings) of the body or of one part's body."""
    prefix = f"{part}__" if part else ""
    groups = _group(list(items), tab, sep)
    groups, headings = split_headings(groups, tab)
    _heading_marks(out, layout, headings)
    first_numbered = next((k for k, g in enumerate(groups) if g.numbered), None)
    declaration = declaration_start(groups, headings, first_numbered or 0 if comma else 0)
    attached: list[Group] = []
    if declaration is not None:
        title, cut = headings[declaration]
        groups, attached = groups[:cut], groups[cut:]
        attached_headings = [(g, k - cut) for g, k in headings[declaration + 1 :]]
        headings = headings[:declaration]
    if comma:
        if first_numbered is None and groups:
            first_numbered = len(groups) - 1
            out.warnings.append(ParseWarning(gettext_noop("no numbered operative paragraph"), groups[-1].no))
        pre_groups, op_groups = groups[: first_numbered or 0], groups[first_numbered or 0 :]
    else:
        pre_groups, op_groups = [], groups
    pre = _tops(pre_groups, out.warnings, "preambular", unnumbered_new=True) if pre_groups else []
    for k, node in enumerate(pre, 1):
        node.label = None
        _nest(node, out.warnings, tab.table.label_format)
        eid = f"{prefix}preamble__para_{k}"
        out.preambular.append(_paragraph(node, eid, out.own_marks, out.group_eids))
    ops = _tops(op_groups, out.warnings, "operative", unnumbered_new=False)
    out.operative.extend(_numbered(ops, f"{prefix}para", out, tab))
    _keep_headings(out, groups, headings, part)
    if declaration is not None:
        n = len(out.annexes) + 1
        out.annexes.append(_annex(title.no, "", title.raw, attached, attached_headings, n, out, tab))


def _annex(
    line: int,
    heading: str,
    title: str | None,
    groups: list[Group],
    headings: list[tuple[Group, int]],
    n: int,
    out: Structure,
    tab: Compiled,
) -> Annex:
    tops = _tops(groups, out.warnings, "annex_paragraph", unnumbered_new=True)
    eid = f"annex_{n}"
    annex = Annex(
        eid=eid, heading=heading, title=title, paragraphs=_numbered(tops, f"{eid}__para", out, tab), line=line
    )
    _keep_headings(out, groups, headings, eid)
    return annex


def _numbered(tops: list[_Node], prefix: str, out: Structure, tab: Compiled) -> list[Paragraph]:
    """Paragraphs with eIds from their printed numbers (`para_3`), else their position (`para_1_unnumbered`
    where a paragraph is printed with that number), made unique (`_unique`)."""
    paras, seen = [], set()
    printed = {node.label for node in tops if node.label}
    for k, node in enumerate(tops, 1):
        _nest(node, out.warnings, tab.table.label_format)
        position = str(k) if str(k) not in printed else f"{k}_unnumbered"
        eid = _unique(f"{prefix}_{node.label or position}", seen)
        paras.append(_paragraph(node, eid, out.own_marks, out.group_eids))
    return paras


def _unique(eid: str, seen: set[str]) -> str:
    """`eid`, or where a number or label is printed again, its copy's count (`para_3_2`, `subpara_a_2`)."""
    unique, copy = eid, 1
    while unique in seen:
        copy += 1
        unique = f"{eid}_{copy}"
    seen.add(unique)
    return unique


def _keep_headings(
    out: Structure, groups: list[Group], headings: list[tuple[Group, int]], container: str
) -> None:
    """The headings of one container, each with the eId of the paragraph it stands before."""
    found = [(g, out.group_eids[id(groups[k])] if k < len(groups) else None) for g, k in headings]
    out.headings.extend(build_headings(found, container))


def _heading_marks(out: Structure, layout: Layout, headings: list[tuple[Group, int]]) -> None:
    for g, _ in headings:
        for i in g.mark_indices:
            no = layout.numbers[i]
            out.artefacts.append(Artefact(no, layout.texts[i], "footnote mark in a heading"))
            out.warnings.append(ParseWarning(MARK_IN_HEADING, no, mark=layout.texts[i]))


def _paragraph(node: _Node, eid: str, own: OwnMarks, eids: dict[int, str]) -> Paragraph:
    g = node.group
    raw, marks = g.raw, list(g.marks)
    for child in node.children:
        if child.kind == "continuation":
            base = len(raw) + 1
            raw = f"{raw} {child.group.raw}"
            eids[id(child.group)] = eid
            marks.extend((base + p, m) for p, m in child.group.marks)
    number = node.number
    if node.kind == "subparagraph":
        number = g.printed or (f"({node.label})" if node.label else None)
    para = Paragraph(kind=node.kind, eid=eid, text=raw, number=number, line=g.no)
    own[id(para)] = marks
    eids[id(g)] = eid
    subs = [child for child in node.children if child.kind == "subparagraph"]
    seen: set[str] = set()
    for k, child in enumerate(subs, 1):
        sub_eid = _unique(f"{eid}__subpara_{child.label or k}", seen)
        para.subparagraphs.append(_paragraph(child, sub_eid, own, eids))
    return para


# --- footnotes ------------------------------------------------------------------------------------


@dataclass
class FootnoteNotes:
    """What attaching the footnotes gives: the footnotes, and the warnings about their marks."""

    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


def title_and_mark(cover: Cover, layout: Layout) -> tuple[str, str | None]:
    """The title and its footnote's mark: the mark alone on the line after it, or glued to its end."""
    if cover.title_mark or not layout.footnotes:
        return cover.title, cover.title_mark
    mark = layout.footnotes[0].mark
    start = glued_title_mark(cover.title, mark)
    return (cover.title, None) if start is None else (cover.title[:start].rstrip(), mark)


def attach_footnotes(
    paras: list[Paragraph], layout: Layout, tab: Compiled, own_marks: OwnMarks, title_mark: str | None
) -> FootnoteNotes:
    """The footnotes in mark order, and warnings about marks without footnotes and footnotes without
    marks (the title's own, `title_mark`, is one). The marks found in the paragraphs' raw text (own-line or
    glued) are removed and recorded: this step finishes each paragraph's `text` and `footnote_refs`."""
    out = FootnoteNotes()
    marks_of: list[list[tuple[int, str]]] = [list(own_marks.get(id(p), [])) for p in paras]
    anchors: dict[str, tuple[int, int]] = {}
    for k, ms in enumerate(marks_of):
        for pos, mark in ms:
            anchors[mark] = min(anchors.get(mark, (k, pos)), (k, pos))
    footnotes = layout.footnotes
    placed = place_marks([p.text for p in paras], [fn.mark for fn in footnotes], anchors, tab.number_words)
    spans = placed.spans
    for k, found in enumerate(placed.marks):
        marks_of[k].extend(found)
    referenced = {title_mark}
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
            out.warnings.append(ParseWarning(NEVER_REFERENCED, no, mark=fn.mark))
    marks = {fn.mark for fn in footnotes}
    for para in paras:
        for ref in para.footnote_refs:
            if ref.mark not in marks:
                out.warnings.append(ParseWarning(NO_FOOTNOTE, para.line, mark=ref.mark))
    return out


def numbering_warnings(result: ParsedResolution) -> list[ParseWarning]:
    """Gaps and repeats in operative and annex paragraph numbers."""
    out = []
    by_part: dict[str, list[Paragraph]] = {}
    for para in result.operative:  # each part of a multi-part resolution is numbered from 1
        by_part.setdefault(part_of(para.eid), []).append(para)
    for container, paras in [*by_part.items(), *((a.eid, a.paragraphs) for a in result.annexes)]:
        previous = 0
        for para in paras:
            if para.number is None or not para.number.isdigit():
                continue
            n = int(para.number)
            if n != previous + 1:
                template = OUT_OF_ORDER[bool(container), bool(previous)]
                out.append(
                    ParseWarning(template, para.line, number=n, previous=previous, container=container)
                )
            previous = n
    return out


def ending_warnings(result: ParsedResolution, tab: Compiled) -> list[ParseWarning]:
    """Paragraphs without final punctuation: the extraction may have lost their end."""
    return [
        ParseWarning(NO_END, para.line, eid=para.eid)
        for para in result.paragraphs()
        if not is_terminal(para.text, tab.table.terminal)
    ]


def extract_citations(result: ParsedResolution) -> None:
    """Citations of every paragraph's and footnote's final text."""
    targets = [*result.paragraphs(), *result.footnotes]
    for item in targets:
        try:
            item.citations = list(find_citations(item.text, result.language))
        except Exception as exc:  # noqa: BLE001 - one bad citation must not lose the parse
            result.warnings.append(ParseWarning(CITATIONS_FAILED, item.line, error=str(exc)))
