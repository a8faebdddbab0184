"""The search box's syntax, read without a database."""

import pytest

from archive.parser.symbols import parse_session
from archive.search.bigrams import bigrams
from archive.search.query import parse_query


def tsqueries(text, language=None):
    query = parse_query(text, language)
    return {code: query.tsquery(code) for code in query.languages}


def test_words_are_all_required_and_quoted_for_the_languages_configuration():
    assert tsqueries("human rights") == dict.fromkeys(("en", "fr", "es"), "'human' & 'rights'")


def test_a_quoted_phrase_is_one_operand_which_postgresql_makes_a_phrase():
    assert tsqueries('"human rights defenders" protection')["en"] == "'human rights defenders' & 'protection'"


def test_an_unclosed_quote_runs_to_the_end():
    assert tsqueries('"human rights')["en"] == "'human rights'"


def test_or_joins_the_terms_on_either_side():
    assert tsqueries("peacebuilding OR Palestine visas")["en"] == "('peacebuilding' | 'Palestine') & 'visas'"


def test_or_at_the_start_or_twice_is_ignored():
    assert tsqueries("OR a OR OR b")["en"] == "('a' | 'b')"


def test_a_minus_excludes_a_word_or_a_phrase():
    query = parse_query('peacebuilding -Palestine -"human rights"')
    assert query.tsquery("en") == "'peacebuilding' & !'Palestine' & !'human rights'"
    assert query.ranking_tsquery("en") == "'peacebuilding'"


def test_exclusions_alone_search_nothing():
    assert tsqueries("-Palestine") == dict.fromkeys(("en", "fr", "es"))
    assert tsqueries("") == dict.fromkeys(("ar", "zh", "en", "fr", "ru", "es"))


def test_quotes_and_backslashes_in_words_are_escaped():
    assert tsqueries("l'homme a\\b")["fr"] == "'l''homme' & 'a\\\\b'"


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("human rights", ("en", "fr", "es")),
        ("droits de l’homme", ("en", "fr", "es")),
        ("права человека", ("ru",)),
        ("حقوق الإنسان", ("ar",)),
        ("人权", ("zh",)),
        ("A/CONF.157/24 人权", ("zh",)),  # Chinese texts hold Latin letters too
        ("1993", ("ar", "zh", "en", "fr", "ru", "es")),
    ],
)
def test_the_languages_come_from_the_script(text, languages):
    assert parse_query(text).languages == languages


def test_a_language_given_is_the_only_one_searched():
    assert parse_query("human rights", "fr").languages == ("fr",)
    with pytest.raises(ValueError, match="'de' is not one of the languages"):
        parse_query("x", "de")


@pytest.mark.parametrize(
    ("text", "tsquery"),
    [
        ("人权", "'人权'"),
        ("国际合作", "('国际' <-> '际合' <-> '合作')"),
        ("非选择性", "('非选' <-> '选择' <-> '择性')"),
        ('"人权 理事会"', "('人权' <3> '理事' <-> '事会')"),  # one character apart, as typed
        ("人", "'人':*"),
        ("人权 -理事会", "'人权' & !('理事' <-> '事会')"),
        ("人权 OR 国际", "('人权' | '国际')"),
    ],
)
def test_chinese_terms_become_bigram_phrases(text, tsquery):
    assert tsqueries(text) == {"zh": tsquery}


def test_bigrams_are_of_adjacent_word_characters_lower_cased():
    assert bigrams("第217 A（III）号") == [(0, "第2"), (1, "21"), (2, "17"), (7, "ii"), (8, "ii")]


def test_sessions_are_written_as_in_symbols():
    assert parse_session("59") == ("regular", 59)
    assert parse_session("s-27") == ("special", 27)
    assert parse_session("ES-10") == ("emergency", 10)
    with pytest.raises(ValueError, match="'A/59' is not a session"):
        parse_session("A/59")
