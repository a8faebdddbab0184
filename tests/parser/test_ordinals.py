import pytest

from archive.parser.ordinals import chinese_number, ordinal_key, ordinal_number


@pytest.mark.parametrize(
    ("phrase", "language", "number"),
    [
        ("fifty-ninth", "en", 59),
        ("Eightieth", "en", 80),
        ("first", "en", 1),
        ("cinquante-neuvième", "fr", 59),
        ("vingt et unième", "fr", 21),
        ("soixante-dixième", "fr", 70),
        ("quincuagésimo noveno", "es", 59),
        ("пятьдесят девятой", "ru", 59),
        ("五十九", "zh", 59),
        ("十", "zh", 10),
        ("六十一", "zh", 61),
    ],
)
def test_ordinal_phrases_name_their_number(phrase, language, number):
    assert ordinal_number(phrase, language) == number


@pytest.mark.parametrize(("phrase", "language"), [("fiftieth-ninth", "en"), ("session", "fr"), ("", "zh")])
def test_other_words_are_not_ordinals(phrase, language):
    assert ordinal_number(phrase, language) is None


def test_keys_ignore_case_accents_and_hyphens():
    assert ordinal_key("Cinquante-Neuvième") == ordinal_key("cinquante neuvieme") == "cinquante neuvieme"


def test_chinese_numerals_and_digits():
    assert [chinese_number(n) for n in ("九", "二十", "一百", "80")] == [9, 20, 100, 80]
