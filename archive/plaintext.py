"""A parsed resolution text as plain text, for reading and diffing. Pure: no Django, no database.

Footnote markers come back as "[mark]" where the parser removed them; footnotes follow the text.
"""

from __future__ import annotations

from archive.parser.document import Paragraph, ParsedResolution

INDENT = "    "


def plain_text(parsed: ParsedResolution) -> str:
    lines = [parsed.symbol.canonical, "", parsed.title, ""]
    if parsed.formula:
        lines += [parsed.formula, ""]
    for para in parsed.preambular:
        lines += [INDENT + _with_markers(para), ""]
    for para in parsed.operative:
        lines += _numbered(para, 0)
    for annex in parsed.annexes:
        lines += [annex.heading, ""]
        if annex.title:
            lines += [annex.title, ""]
        for para in annex.paragraphs:
            lines += _numbered(para, 0)
    if parsed.footnotes:
        lines += ["__________", ""]
        lines += [f"[{note.mark}] {note.text}" for note in parsed.footnotes]
        lines.append("")
    return "\n".join(lines)


def _numbered(para: Paragraph, depth: int) -> list[str]:
    label = f"{para.number}{'' if para.number.startswith('(') else '.'} " if para.number else ""
    lines = [INDENT * depth + label + _with_markers(para), ""]
    for sub in para.subparagraphs:
        lines += _numbered(sub, depth + 1)
    return lines


def _with_markers(para: Paragraph) -> str:
    text, inserted = para.text, 0
    for ref in sorted(para.footnote_refs, key=lambda r: r.offset):
        marker = f"[{ref.mark}]"
        at = min(ref.offset, len(para.text)) + inserted
        text = text[:at] + marker + text[at:]
        inserted += len(marker)
    return text
