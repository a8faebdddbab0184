"""Member States by their names as a text prints them, in any official language.

A recorded vote lists each Member State by its short name in the text's language, as that name was
when the resolution was adopted ("Swaziland", "Libyan Arab Jamahiriya", "Yugoslavia"). The names are
the Member States table's own (`name_ar` … `name_es`) and the earlier names and former States of
`archive/data/member_state_names.json`, compared after `normalise_name`. Matching is a pure function
of a name index; `name_index()` builds the index from the table.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "member_state_names.json"

NameIndex = Mapping[tuple[str, str], str]  # (language, normalised name) -> code

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
_ARABIC_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel and vowel signs
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def normalise_name(name: str) -> str:
    """A name as compared: NFKC (no-break and full-width spaces become spaces), case folded, one kind of
    apostrophe and dash, Arabic without tatweel, vowel signs and hamza seats, Russian ё as е, spaces
    collapsed, a leading "the" and final full stop dropped."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ALEF).replace("ё", "е")
    text = re.sub(r"\s*[-\u2010-\u2015]\s*", "-", text)
    text = " ".join(text.split()).rstrip(".")
    return text[4:] if text.startswith("the ") else text


@cache
def other_names() -> dict:
    """The data file: former States (rows of their own) and earlier names of current ones."""
    return json.loads(NAMES_FILE.read_text(encoding="utf-8"))


def build_index(states: Iterable[tuple[str, Mapping[str, str]]]) -> dict[tuple[str, str], str]:
    """The index of (code, {language: name}) pairs, completed with the data file's other names of those
    codes."""
    index: dict[tuple[str, str], str] = {}
    codes = set()
    for code, names in states:
        codes.add(code)
        for language, name in names.items():
            if name:
                index[(language, normalise_name(name))] = code
    for code, by_language in other_names()["other_names"].items():
        if code not in codes:
            continue
        for language, names in by_language.items():
            for name in names:
                index.setdefault((language, normalise_name(name)), code)
    return index


def name_index() -> dict[tuple[str, str], str]:
    """The index of the Member States table (one query)."""
    from archive.models import MemberState

    fields = [f"name_{language}" for language in LANGUAGES]
    rows = MemberState.objects.values_list("code", *fields)
    return build_index((row[0], dict(zip(LANGUAGES, row[1:], strict=True))) for row in rows)


def match_names(names: Iterable[str], language: str, index: NameIndex) -> tuple[list[str], list[str]]:
    """(codes of the names found, in order; the names not found, as printed)."""
    codes, unmatched = [], []
    for name in names:
        code = index.get((language, normalise_name(name)))
        if code is None:
            unmatched.append(name)
        else:
            codes.append(code)
    return codes, unmatched
