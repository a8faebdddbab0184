import pytest

from archive.parser.footnotes import finalise_text, find_glued, footnote_text_complete, next_mark
from archive.parser.languages import table

MONTHS = frozenset(table("en").table.months)
WORDS = table("en").table.numbered_words


@pytest.mark.parametrize(
    ("text", "mark", "span"),
    [
        ("Headquarters of the United Nations1 are prevented", "1", (34, 35)),
        ("peacebuilding and sustaining peace,1", "1", (35, 36)),
        ("Committee on Contributions on its eighty-fifth session,1 ", "1", (55, 56)),
        ("the first special session devoted to disarmament, 1 in which", "1", (50, 51)),
        ("report of 25 November 20242 and the", "2", (26, 27)),
        ("for the Decade 2014–20243 and provides", "3", (24, 25)),
        ("Diversity10 and the Kunming", "10", (9, 11)),
        ("Social Development 1 and their", "1", (19, 20)),
        ("resolution 79/7;1", "1", (16, 17)),
    ],
)
def test_glued_marks(text, mark, span):
    assert find_glued(text, mark, 0, MONTHS, WORDS) == span


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("in accordance with paragraph 1 (a) above", "1"),
        ("see resolution 1 of the Conference", "1"),
        ("adopted on 2 December 2024, 3 December 2025", "3"),
        ("the UN80 Initiative", "80"),
        ("No. 30822", "2"),
        ("A/CONF.202/3", "3"),
        ("all 17 Sustainable Development Goals", "17"),
        ("*", "*"),
    ],
)
def test_numbers_that_are_not_marks(text, mark):
    assert find_glued(text, mark, 0, MONTHS, WORDS) is None


def test_glued_search_starts_at_offset():
    assert find_glued("Nations1 and Nations1", "1", 8, MONTHS, WORDS) == (20, 21)


def test_finalise_text_removes_marks_and_records_offsets():
    raw = "Headquarters of the United Nations1 are  prevented from"
    text, refs = finalise_text(raw, [(34, "1")], deleted=[(34, 35)])
    assert text == "Headquarters of the United Nations are prevented from"
    assert refs == [("1", 34)]


def test_finalise_text_own_line_marks_attach_before_following_space():
    raw = "disarmament, in which"
    assert finalise_text(raw, [(13, "1")]) == ("disarmament, in which", [("1", 12)])


def test_finalise_text_repairs_spaced_hyphens_with_and_without_marks():
    assert finalise_text("country- specific and confidence- and", [], ("and",)) == (
        "country-specific and confidence- and",
        [],
    )
    assert finalise_text("country- specific x", [(19, "1")], ("and",)) == ("country-specific x", [("1", 18)])


def test_footnote_text_complete():
    abbreviations = table("en").table.abbreviations
    assert footnote_text_complete("A/80/83.", abbreviations)
    assert footnote_text_complete("A/59/327。", ())
    assert not footnote_text_complete("(United Nations publication, Sales No.", abbreviations)
    assert not footnote_text_complete("Report of the Conference,", abbreviations)


def test_next_mark():
    assert [next_mark(None), next_mark("9"), next_mark("*")] == ["1", "10", "**"]
