"""The parser's worst cases, each at 1×, 2× and 4× its size: time grows linearly when the time per unit
of size stays the same (`growth`, the time per unit at 4× over that at 1×, is near 1; a quadratic step
makes it near 4). The texts are generated, so the same sizes are measured on every machine.

- marks: one paragraph with 249 footnote marks (and their footnotes), 999 at 4× (marks have three digits
  at most);
- long paragraph: one paragraph continued over 10,000 lines;
- large text: 256 KB of numbered paragraphs, each of twenty sub-paragraphs citing a resolution's
  paragraph, a document and a session;
- spaces: 256 KB of spaces inside a paragraph's line and as lines of their own.

Run alone with `python -m bench.worst_case` (no database needed).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from archive.parser import parse

SCALES = (1, 2, 4)
REPEATS = 3  # the fastest of three runs: the machine's other work only ever slows a run
# CPU seconds of this process: what the parser costs, whatever else the machine runs meanwhile
COVER = "80/1. The parser's worst cases\n\nThe General Assembly,\n\nRecalling its resolution 79/1,\n\n"
CLOSING = "\n\n3rd plenary meeting\n1 December 2025\n"


def many_marks(scale: int) -> str:
    count = 250 * scale - 1
    words = " ".join(f"the Programme {k} and" for k in range(1, count + 1))
    notes = "\n".join(f"{k} Report {k}." for k in range(1, count + 1))
    return f"{COVER}1. Decides that {words} the end.{CLOSING}\n__________________\n{notes}\n"


def long_paragraph(scale: int) -> str:
    lines = "\n".join(f"the words of line {k} continue the paragraph" for k in range(10_000 * scale))
    return f"{COVER}1. Decides that\n{lines}\nto its end.{CLOSING}"


def large_text(scale: int) -> str:
    paragraphs, size, k = [], 0, 0
    while size < 256_000 * scale:
        k += 1
        subparagraphs = "\n\n".join(
            f"({letter}) On resolution 79/{k % 300 + 1}, paragraph 2, and document A/80/{k}{n}, as of its "
            f"eighty-first session;"
            for n, letter in enumerate("abcdefghijklmnopqrst")
        )
        paragraph = f"{k}. Requests the Secretary-General to report:\n\n{subparagraphs}"
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return COVER + "\n\n".join(paragraphs).removesuffix(";") + "." + CLOSING


def spaces(scale: int) -> str:
    half = " " * (128_000 * scale)
    return f"{COVER}1. Decides that{half}the end.\n{half}\n{CLOSING}"


CASES: dict[str, Callable[[int], str]] = {
    "marks": many_marks,
    "long paragraph": long_paragraph,
    "large text": large_text,
    "spaces": spaces,
}


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.process_time()
        parse(text)
        best = min(best, time.process_time() - started)
    return best


def measure(cases: dict[str, Callable[[int], str]] = CASES, scales: tuple[int, ...] = SCALES) -> dict:
    """{case: {"sizes": characters per scale, "seconds": per scale, "growth": time per character at the
    largest scale over that at the smallest}}."""
    out = {}
    for name, make in cases.items():
        texts = [make(scale) for scale in scales]
        seconds = [_seconds(text) for text in texts]
        per_char = [s / len(t) for s, t in zip(seconds, texts, strict=True)]
        out[name] = {
            "scales": list(scales),
            "sizes": [len(t) for t in texts],
            "seconds": [round(s, 4) for s in seconds],
            "growth": round(per_char[-1] / per_char[0], 2),
        }
    return out


def main() -> int:
    from rich.console import Console

    from .report import worst_case_table

    Console(highlight=False).print(worst_case_table(measure()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
