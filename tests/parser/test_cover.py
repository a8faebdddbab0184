import datetime

import pytest

from archive.parser import ParseError
from archive.parser.cover import (
    agenda_items,
    find_adoption,
    find_formula,
    find_title,
    parse_date,
    read_cover,
    session_number,
)
from archive.parser.languages import table
from archive.parser.normalise import normalise_lines

EN, ZH, FR, ES, RU = (table(code) for code in ("en", "zh", "fr", "es", "ru"))

COVER = """United Nations
A/RES/80/5

General Assembly
Distr.: General
4 November 2025
25-17700 (E)
Eightieth session
Agenda item 25 (b)
Social development: social development, including
 Resolution adopted by the General Assembly
on 4 November 2025
[without reference to a Main Committee
(A/80/L.5/Rev.1)]

80/5. Doha Political Declaration of the “World Social Summit” under
the title “the Second World Summit for Social Development”

The General Assembly
"""


def test_read_cover():
    lines = normalise_lines(COVER)
    cover = read_cover(lines, EN)
    assert cover.title == (
        "Doha Political Declaration of the “World Social Summit” under the title "
        "“the Second World Summit for Social Development”"
    )
    assert (cover.title_line, cover.title_end, cover.title_number) == (15, 16, "80/5")
    assert cover.symbol_text == "A/RES/80/5"
    assert cover.agenda_items == ["25 (b)"]
    assert cover.basis == "without reference to a Main Committee (A/80/L.5/Rev.1)"
    assert cover.draft_symbols == ["A/80/L.5/Rev.1"]
    assert cover.cover_date == datetime.date(2025, 11, 4)
    assert cover.session_number == 80
    assert find_formula(lines, 17, EN) == (18, False)


def test_chinese_title_line_spans_lines_without_space():
    lines = normalise_lines(
        " 59/190. 促进国际合作并重视非选择性、公正性和客观性以加\n强联合国在人权领域的行动 \n\n 大会， \n"
    )
    assert find_title(lines, ZH) == (
        0,
        1,
        "促进国际合作并重视非选择性、公正性和客观性以加强联合国在人权领域的行动",
        "59/190",
    )
    assert find_formula(lines, 2, ZH) == (3, True)


def test_old_era_title_line():
    lines = normalise_lines("217 A (III). International Bill of Human Rights\n")
    assert find_title(lines, EN)[2:] == ("International Bill of Human Rights", "217 A (III)")


def test_no_title_line_is_a_parse_error_naming_the_first_line():
    with pytest.raises(ParseError) as info:
        find_title(normalise_lines("\nSome text\nmore"), EN)
    assert info.value.message == "no title line of the form '59/190. Title' found"
    assert info.value.line == 2


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Eightieth session Agenda item 62 Peacebuilding and sustaining peace", ["62"]),
        ("Agenda item 99 (b) General and complete disarmament", ["99 (b)"]),
        ("Agenda items 20, 21 and 23 (a)", ["20", "21", "23 (a)"]),
        ("no agenda here", []),
    ],
)
def test_agenda_items(text, items):
    assert agenda_items(text, EN) == items


def test_agenda_items_in_other_languages():
    assert agenda_items("Point 62 de l’ordre du jour", FR) == ["62"]
    assert agenda_items("Tema 25 b) del programa", ES) == []  # documented gap: Spanish letters without "("
    assert agenda_items("Пункт 62 повестки дня", RU) == ["62"]
    assert agenda_items("议程项目 62", ZH) == ["62"]


@pytest.mark.parametrize(
    ("text", "tab", "date"),
    [
        ("19 September 2025", EN, datetime.date(2025, 9, 19)),
        ("2004 年 12 月 20 日", ZH, datetime.date(2004, 12, 20)),
        ("20 décembre 2004", FR, datetime.date(2004, 12, 20)),
        ("20 de diciembre de 2004", ES, datetime.date(2004, 12, 20)),
        ("20 декабря 2004 года", RU, datetime.date(2004, 12, 20)),
        ("31 February 2025", EN, None),
        ("no date", EN, None),
    ],
)
def test_parse_date(text, tab, date):
    assert parse_date(text, tab) == date


def test_session_ordinals():
    assert session_number("Fifty-ninth session", EN) == 59
    assert session_number("第五十九届会议", ZH) == 59
    assert session_number("Cinquante-neuvième session", FR) == 59
    assert session_number("Tenth special session", EN) == 10


def test_adoption_with_date_on_the_same_line():
    lines = normalise_lines("x\n51st plenary meeting 26 November 2025\n")
    adoption = find_adoption(lines, 0, EN)
    assert (adoption.indices, adoption.meeting, adoption.date) == ([1], 51, datetime.date(2025, 11, 26))


def test_adoption_with_date_on_the_next_line():
    lines = normalise_lines("3rd plenary meeting \n19 September 2025")
    adoption = find_adoption(lines, 0, EN)
    assert (adoption.indices, adoption.meeting, adoption.date) == ([0, 1], 3, datetime.date(2025, 9, 19))


def test_chinese_adoption_with_date_on_the_line_before():
    lines = normalise_lines(" \n2004 年 12 月 20 日 \n\n第 74 次全体会议 \n")
    adoption = find_adoption(lines, 0, ZH)
    assert (adoption.indices, adoption.meeting, adoption.date) == ([1, 3], 74, datetime.date(2004, 12, 20))


@pytest.mark.parametrize(
    ("line", "tab", "meeting"),
    [("28e séance plénière", FR, 28), ("28ª sesión plenaria", ES, 28), ("28-е пленарное заседание", RU, 28)],
)
def test_adoption_lines_in_other_languages(line, tab, meeting):
    assert find_adoption(normalise_lines(line), 0, tab).meeting == meeting


def test_no_adoption_line():
    assert find_adoption(normalise_lines("text"), 0, EN) is None


def test_a_title_number_alone_on_its_line():
    """pdftotext: "73/8." on a line of its own, a blank line, then the title."""
    lines = normalise_lines("A/RES/73/8\n\n73/8.\n\nNecessity of ending the\nembargo\nThe General Assembly,")
    assert find_title(lines, EN) == (2, 5, "Necessity of ending the embargo", "73/8")


def test_a_number_alone_before_the_formula_is_no_title():
    with pytest.raises(ParseError):
        find_title(normalise_lines("73/8.\n\nThe General Assembly,"), EN)
