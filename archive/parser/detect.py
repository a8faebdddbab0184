"""Language detection from the script of the text, then, among the Latin-script languages, from the job
number's language letter ("24-23456 (F)") or the tables' words."""

from __future__ import annotations

import re

from archive.messages import gettext_noop

from .document import ParseError
from .languages import TABLES, evidence_words
from .scripts import ARABIC, CYRILLIC, HAN, LATIN

# Runs of each script's letters: counted by their lengths, a list of runs is shorter than one of letters
_SCRIPTS = {
    name: re.compile(f"[{chars}]+")
    for name, chars in (("han", HAN), ("arabic", ARABIC), ("cyrillic", CYRILLIC), ("latin", LATIN))
}


_JOB_NUMBER = re.compile(r"(?m)^\s*\d{2}-\d{5}\s?\(([A-Z])\)\s*$")
NO_TEXT = gettext_noop("no recognisable text: cannot detect the language")
# Characters looked at: the cover, the title, the formula and the first paragraphs (a resolution is written
# in one script throughout, and its cover and opening hold the words that tell the Latin languages apart)
SAMPLE = 8000


def script_counts(text: str) -> dict[str, int]:
    """How many letters of each script the text holds (in its first SAMPLE characters)."""
    text = text[:SAMPLE]
    counts = {name: sum(map(len, pattern.findall(text))) for name, pattern in _SCRIPTS.items()}
    return {name: n for name, n in counts.items() if n}


def detect_language(text: str) -> str:
    """ar, zh, en, fr, ru or es from the text's dominant script (and the tables' words for Latin)."""
    counts = script_counts(text)
    if not counts:
        raise ParseError(NO_TEXT)
    script = max(counts, key=lambda s: (counts[s], s))
    candidates = [t for t in TABLES.values() if t.script == script]
    if len(candidates) == 1:
        return candidates[0].code
    sample = text[:SAMPLE]
    suffixes = {m.group(1) for m in _JOB_NUMBER.finditer(sample)}
    by_suffix = [t for t in candidates if t.job_suffix in suffixes]
    if len(by_suffix) == 1:  # the job number's language letter: "24-23456 (F)"
        return by_suffix[0].code
    lowered = f" {' '.join(sample.lower().split())} "
    scores = {t.code: sum(lowered.count(w) for w in evidence_words(t)) for t in candidates}
    best = max(scores.values())
    for t in candidates:  # table order breaks ties (en first among Latin tables)
        if scores[t.code] == best:
            return t.code
    raise ParseError(NO_TEXT)  # pragma: no cover
