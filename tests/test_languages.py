"""The lists of the six languages outside the parser are the parser's `Language`."""

from archive.models import ResolutionText
from archive.pages.languages import CODES_PATTERN, LANGUAGES


def test_the_texts_language_choices_are_the_six_official_languages():
    assert ResolutionText.Language.choices == [
        ("ar", "Arabic"),
        ("zh", "Chinese"),
        ("en", "English"),
        ("fr", "French"),
        ("ru", "Russian"),
        ("es", "Spanish"),
    ]
    assert ResolutionText.Language.ZH == "zh" and ResolutionText.Language("fr").label == "French"


def test_the_pages_show_each_language_by_its_own_name_in_its_direction():
    assert [(lang.code, lang.native, lang.direction, lang.diff_unit) for lang in LANGUAGES.values()] == [
        ("ar", "العربية", "rtl", "word"),
        ("zh", "中文", "ltr", "char"),
        ("en", "English", "ltr", "word"),
        ("fr", "Français", "ltr", "word"),
        ("ru", "Русский", "ltr", "word"),
        ("es", "Español", "ltr", "word"),
    ]
    assert CODES_PATTERN == "ar|zh|en|fr|ru|es"
