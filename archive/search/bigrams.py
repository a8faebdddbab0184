"""Chinese is indexed as overlapping character bigrams, so that any substring of two or more characters
is found: "国际合作" is the phrase 国际 <-> 际合 <-> 合作.

The index side is the SQL function `archive_bigram_vector` (migration 0005): a bigram for each pair of
adjacent "word characters" of the lower-cased text, at the position of its first character. The query side
below must split in exactly the same way; tests/search/test_bigrams.py checks them against each other.
"""

from __future__ import annotations

import re

from archive.parser.scripts import HAN

# ASCII letters and digits and the CJK ideographs; the same class as in archive_bigram_vector.
WORD_CHARS = f"0-9a-z{HAN}"
_RUN = re.compile(f"[{WORD_CHARS}]+")


def bigrams(text: str) -> list[tuple[int, str]]:
    """(offset, bigram) for each pair of adjacent word characters of `text`, lower-cased."""
    text = text.lower()
    return [
        (run.start() + i, run.group()[i : i + 2])
        for run in _RUN.finditer(text)
        for i in range(len(run.group()) - 1)
    ]


def single_characters(text: str) -> list[str]:
    """The word characters of a text too short for a bigram ("人"): matched as bigram prefixes."""
    return _RUN.findall(text.lower())
