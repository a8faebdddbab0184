"""The six official languages as the reading pages show them: native name (and the interface's name for
it), writing direction and the unit in which the compare page marks changes (from the parser's
`Language`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import get_language

from archive.models.texts import LANGUAGE_NAMES
from archive.parser.languages import Language as Official


@dataclass(frozen=True)
class Language:
    code: str
    native: str
    direction: str  # "ltr" or "rtl"
    diff_unit: str  # "word", or "char" for scripts written without spaces

    @property
    def name(self) -> str:
        """Its name in the interface language, where a sentence names it ("Этот текст (английский):"); lists
        of languages give each its own name, `native`."""
        return LANGUAGE_NAMES[self.code]


# Scripts written without spaces between words: changes are marked character by character.
BY_CHARACTER = {Official.ZH}

LANGUAGES = {
    official.value: Language(
        official.value, official.native, official.direction, "char" if official in BY_CHARACTER else "word"
    )
    for official in Official
}

# For URL patterns: "ar|zh|en|fr|ru|es".
CODES_PATTERN = "|".join(LANGUAGES)


def preferred(available: Iterable[str]) -> str | None:
    """The language to show when none is asked for: the interface's, else English, else the first held."""
    available = [code for code in LANGUAGES if code in set(available)]
    for code in (interface_language(), "en"):
        if code in available:
            return code
    return available[0] if available else None


def interface_language() -> str:
    """The active interface language as a text's code: "zh-hans" is "zh"."""
    return (get_language() or "en")[:2]


def without_prefix(path: str) -> tuple[str | None, str]:
    """A path's language prefix and the rest: "/fr/sessions" -> ("fr", "/sessions"), "/" -> (None, "/")."""
    first, _, rest = path.lstrip("/").partition("/")
    return (first, f"/{rest}") if first in LANGUAGES else (None, path)
