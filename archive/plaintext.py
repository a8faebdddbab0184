"""A parsed resolution text as plain text, for reading and diffing. Pure: no Django, no database.

Footnote markers come back as "[mark]" where the parser removed them; headings stand before the paragraphs
they head (a part's with its formula); footnotes follow the text.
"""

from __future__ import annotations

from archive.parser.document import Heading, Paragraph, ParsedResolution
from archive.parser.languages import Compiled, table

INDENT = "    "


def plain_text(parsed: ParsedResolution) -> str:
    lines = [parsed.symbol.canonical, "", parsed.title, ""]
    if parsed.formula and not any(h.level == 0 for h in parsed.headings):  # parts print their own
        lines += [parsed.formula, ""]
    preambular = {id(p) for p in parsed.preambular}
    tops = (
        preambular | {id(p) for p in parsed.operative} | {id(p) for a in parsed.annexes for p in a.paragraphs}
    )
    annexes = {annex.eid: annex for annex in parsed.annexes}
    for item in parsed.contents():
        annex = annexes.pop(item.eid.split("__", 1)[0], None)
        if annex is not None:  # the annex's heading and title before its first heading or paragraph
            lines += [line for text in (annex.heading, annex.title) if text for line in (text, "")]
        if isinstance(item, Heading):
            lines += [item.text if item.number in (None, item.text) else f"{item.number} {item.text}", ""]
            if item.level == 0 and parsed.formula:  # a part: its own formula
                lines += [parsed.formula, ""]
        elif id(item) in preambular:
            lines += [INDENT + _with_markers(item), ""]
        elif id(item) in tops:
            lines += _numbered(item, 0, table(parsed.language))
    for annex in annexes.values():  # annexes without paragraphs
        lines += [line for text in (annex.heading, annex.title) if text for line in (text, "")]
    if parsed.footnotes:
        lines += ["__________", ""]
        lines += [f"[{note.mark}] {note.text}" for note in parsed.footnotes]
        lines.append("")
    return "\n".join(lines)


def _numbered(para: Paragraph, depth: int, language: Compiled) -> list[str]:
    label = f"{language.printed_label(para.number)} " if para.number else ""
    lines = [INDENT * depth + label + _with_markers(para), ""]
    for sub in para.subparagraphs:
        lines += _numbered(sub, depth + 1, language)
    return lines


def _with_markers(para: Paragraph) -> str:
    text, inserted = para.text, 0
    for ref in sorted(para.footnote_refs, key=lambda r: r.offset):
        marker = f"[{ref.mark}]"
        at = min(ref.offset, len(para.text)) + inserted
        text = text[:at] + marker + text[at:]
        inserted += len(marker)
    return text
