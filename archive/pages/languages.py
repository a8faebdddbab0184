"""The six official languages as the reading pages show them, as data: native name, writing direction
and the unit in which the compare page marks changes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import get_language


@dataclass(frozen=True)
class Language:
    code: str
    native: str
    direction: str  # "ltr" or "rtl"
    diff_unit: str  # "word", or "char" for scripts written without spaces


LANGUAGES = {
    language.code: language
    for language in (
        Language("ar", "العربية", "rtl", "word"),
        Language("zh", "中文", "ltr", "char"),
        Language("en", "English", "ltr", "word"),
        Language("fr", "Français", "ltr", "word"),
        Language("ru", "Русский", "ltr", "word"),
        Language("es", "Español", "ltr", "word"),
    )
}

# For URL patterns: "ar|zh|en|fr|ru|es".
CODES_PATTERN = "|".join(LANGUAGES)


def preferred(available: Iterable[str]) -> str | None:
    """The language to show when none is asked for: the interface's, else English, else the first held."""
    available = [code for code in LANGUAGES if code in set(available)]
    for code in ((get_language() or "en")[:2], "en"):
        if code in available:
            return code
    return available[0] if available else None
