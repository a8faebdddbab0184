import pytest

from archive.parser import ParseError, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("59/190. 促进国际合作\n大会，", "zh"),
        ("إن الجمعية العامة،", "ar"),
        ("Генеральная Ассамблея,", "ru"),
        ("The General Assembly,\nRecalling its resolution 58/1 of the Assembly", "en"),
        ("L’Assemblée générale,\nRappelant sa résolution 58/1 de la session", "fr"),
        ("La Asamblea General,\nRecordando su resolución 58/1 del período de sesiones", "es"),
    ],
)
def test_language_from_script_and_words(text, language):
    assert detect_language(text) == language


def test_latin_without_clues_defaults_to_english():
    assert detect_language("xyz") == "en"


@pytest.mark.parametrize("text", ["", "   \n", "12345 / 67 ---", "\ufeff"])
def test_no_letters_is_a_parse_error(text):
    with pytest.raises(ParseError, match="no recognisable text"):
        detect_language(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Distr. general\n24-23457 (S)\nxyz", "es"),  # the job number's language letter decides
        ("24-23456 (F)\nThe the the", "fr"),
        ("Recordando\nReafirmando\nTomando nota de", "es"),  # preambular leads
        ("Rappelant\nRéaffirmant\nPrenant note", "fr"),
    ],
)
def test_latin_languages_from_the_job_number_or_the_lead_words(text, language):
    assert detect_language(text) == language
