"""Pairing the paragraphs of two texts, and marking what changed between two paragraphs. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from rapidfuzz.distance import LCSseq

from .time_budget import UNLIMITED, TimeBudget

T = TypeVar("T")
Pair = tuple[T | None, T | None]

# Paragraphs less alike than this are shown as one deleted and one inserted, not as a changed pair.
SIMILAR_ENOUGH = 0.5

_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


def align_by_key(left: Sequence[T], right: Sequence[T], key: Callable[[T], str]) -> list[Pair]:
    """Pair items with equal keys, keeping both orders; the others stand alone (the other side None)."""
    pairs: list[Pair] = []
    matcher = SequenceMatcher(None, [key(x) for x in left], [key(x) for x in right], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pairs.extend(zip(left[i1:i2], right[j1:j2], strict=True))
        else:
            pairs.extend((x, None) for x in left[i1:i2])
            pairs.extend((None, y) for y in right[j1:j2])
    return pairs


def tokens(text: str, unit: str) -> list[str]:
    """Words, spaces and punctuation marks; or single characters when `unit` is "char" (Chinese)."""
    return list(text) if unit == "char" else _WORDS.findall(text)


def similarity(a: list[str], b: list[str], budget: TimeBudget = UNLIMITED) -> float:
    """difflib's ratio of two lists of tokens: twice the tokens matched, over all the tokens."""
    budget.check(len(a), len(b))
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def similarity_bound(a: list[str], b: list[str], budget: TimeBudget = UNLIMITED) -> float:
    """At least `similarity(a, b)`, computed in C: the ratio their longest common subsequence would give
    (rapidfuzz). difflib matches tokens block by block, a common subsequence, so it never matches more."""
    budget.check(len(a), len(b))
    total = len(a) + len(b)
    return 2.0 * LCSseq.similarity(a, b) / total if total else 1.0


def beats(score: float, best: tuple[float, int] | None) -> bool:
    """Whether a paragraph scoring `score` is paired rather than the best one so far (earlier ones first
    on a tie), or rather than none: similar enough."""
    return score >= SIMILAR_ENOUGH if best is None else score > best[0]


def align_similar(
    left: Sequence[str], right: Sequence[str], unit: str, budget: TimeBudget = UNLIMITED
) -> list[tuple[int | None, int | None]]:
    """Pair paragraphs of two versions of a text by index: identical ones first, then, between them, each
    left paragraph with the most similar remaining right one if they are similar enough. Only the
    paragraphs whose `similarity_bound` could beat the best so far are compared word by word, most of them
    between unrelated texts. Raises TooLong when `budget` runs out."""
    pairs: list[tuple[int | None, int | None]] = []
    budget.check(len(left), len(right))
    left_tokens, right_tokens = [tokens(p, unit) for p in left], [tokens(p, unit) for p in right]
    matcher = SequenceMatcher(None, list(left), list(right), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        next_j = j1
        for i in range(i1, i2):
            best: tuple[float, int] | None = None
            for j in range(next_j, j2):
                a, b = left_tokens[i], right_tokens[j]
                if beats(similarity_bound(a, b, budget), best):
                    score = similarity(a, b, budget)
                    if beats(score, best):
                        best = (score, j)
            if best is None:
                pairs.append((i, None))
                continue
            pairs.extend((None, k) for k in range(next_j, best[1]))
            pairs.append((i, best[1]))
            next_j = best[1] + 1
        pairs.extend((None, k) for k in range(next_j, j2))
    return pairs


def mark_changes(
    old: str, new: str, unit: str, budget: TimeBudget = UNLIMITED
) -> tuple[SafeString, SafeString]:
    """Both texts escaped, with <del> around what `old` loses and <ins> around what `new` gains. Raises
    TooLong when `budget` runs out."""
    a, b = tokens(old, unit), tokens(new, unit)
    budget.check(*([len(a), len(b)] if a and b else []))  # against nothing, a text is marked in one step
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            left.append(escape(removed))
            right.append(escape(added))
            continue
        if removed:
            left.append(format_html("<del>{}</del>", removed))
        if added:
            right.append(format_html("<ins>{}</ins>", added))
    return mark_safe("".join(left)), mark_safe("".join(right))
