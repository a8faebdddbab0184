"""Texts that once crashed the ingestion, built from a sample text's cover and formula."""

import random
import string

from tests.conftest import SAMPLES

COVER = (SAMPLES / "en" / "A_RES_80_1.txt").read_text(encoding="utf-8").split("The General Assembly,")[0]


def resolution(body: str) -> bytes:
    """A/RES/80/1 with `body` after its formula."""
    return (COVER + "The General Assembly,\n\n" + body).encode()


def duplicate_labels() -> bytes:
    """Sub-paragraphs labelled (a) (b) (a) (b) in one paragraph: line 35 is the first (a), 39 the second."""
    return resolution("1. Decides that:\n\n(a) one;\n\n(b) two;\n\n(a) three;\n\n(b) four.\n")


def over_the_search_limit() -> bytes:
    """One paragraph of 120,000 distinct words: its search vector would be about 1.9 MB, over 1 MB."""
    rnd = random.Random(19)
    words = " ".join("".join(rnd.choices(string.ascii_lowercase, k=12)) for _ in range(120_000))
    return resolution(f"1. Decides {words}.\n")
