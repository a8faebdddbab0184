"""Snippets as safe HTML: the text is escaped, and only the marks the search put around the matched words
become <mark> elements, so nothing in a source text can inject markup."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from archive.parser.normalise import fold_digits

MARK_START, MARK_END = "\x02", "\x03"
# Characters of context kept on each side of the first match in a Chinese snippet.
CONTEXT = 40


def to_html(marked: str) -> SafeString:
    """Escape `marked` and turn its marks into <mark> elements."""
    html = str(escape(marked)).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html)  # noqa: S308 - everything but our own tags is escaped above


def mark_substrings(body: str, terms: list[str]) -> str:
    """For texts ts_headline cannot split (Chinese): mark each occurrence of the terms' words in `body`
    (ignoring ASCII case, its full-width digits read as the ASCII ones the terms have) and keep CONTEXT
    characters around the first one."""
    words = sorted({w for term in terms for w in re.findall(r"\w{2,}", term)}, key=len, reverse=True)
    if not words:
        return body[: 2 * CONTEXT]
    pattern = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    folded = fold_digits(body)  # one character for one: the matches' positions are the body's
    first = pattern.search(folded)
    if first is None:
        return body[: 2 * CONTEXT]
    start, end = max(0, first.start() - CONTEXT), min(len(body), first.end() + CONTEXT)
    pieces, at = [], start
    for m in pattern.finditer(folded, start, end):
        pieces += [body[at : m.start()], MARK_START, body[m.start() : m.end()], MARK_END]
        at = m.end()
    window = "".join([*pieces, body[at:end]])
    return ("…" if start else "") + window + ("…" if end < len(body) else "")
