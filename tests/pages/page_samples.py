"""Texts for the reading pages' tests: the shipped sample corpus, tests/data/texts/, and variants of
them made by editing their text (a later resolution of a series, a citation, markup in the text)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "texts"
SAMPLES = HERE.parent.parent / "archive" / "sample_corpus"


def source(name: str) -> Path:
    """A file of tests/data/texts, or else of the sample corpus, by file name."""
    [path] = list(DATA.glob(name)) or list(SAMPLES.rglob(name))
    return path


def variant(name: str, *replacements: tuple[str, str]) -> bytes:
    """A text with each (old, new) replaced; every `old` must occur in it."""
    text = source(name).read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return text.encode("utf-8")


# A/RES/60/155 made from the English text of A/RES/59/190: same title, one word changed, and it recalls
# paragraph 5 of 59/190.
SUCCESSOR = (
    ("59/190. ", "60/155. "),
    ("Fifty-ninth session Agenda item 105 (b)", "Sixtieth session Agenda item 71 (b)"),
    ("3 March 2005", "23 February 2006"),
    ("on 20 December 2004", "on 16 December 2005"),
    ("(A/59/503/Add.2)", "(A/60/509/Add.2)"),
    ("Recalling its previous resolutions in this regard,", "Recalling paragraph 5 of resolution 59/190,"),
    ("Desiring to achieve further progress", "Desiring to achieve real progress"),
    ("74th plenary meeting 20 December 2004", "64th plenary meeting 16 December 2005"),
    ("at its sixtieth session", "at its sixty-first session"),
    ("at its sixty-first session under", "at its sixty-second session under"),
    ("4 A/59/327.", "4 A/60/306."),
)
