import datetime

import pytest

from archive.parser import ParseError, parse
from archive.parser.cover import (
    agenda_item,
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


@pytest.mark.parametrize(
    ("line", "symbol"),
    [
        ("A/RES/79/238 A-B*", "A/RES/79/238 A-B"),
        ("A/RES/59/190 *", "A/RES/59/190"),
        ("A/RES/217 (III)*", "A/RES/217 (III)"),
    ],
)
def test_the_star_of_a_reissued_documents_symbol_is_not_the_symbols(line, symbol):
    cover = read_cover(normalise_lines(f"United Nations\n{line}\n\n59/190. T\n"), EN)
    assert cover.symbol_text == symbol


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


def test_a_title_ending_after_a_blank_line_before_the_formula():
    """An extractor writing a blank line after every line parts the title's last words from its first."""
    lines = normalise_lines(
        " 80/2. 分摊联合国费用的会费比额表：根据《宪章》第十九条提出的请\n\n求 \n\n 大会， \n"
    )
    assert find_title(lines, ZH) == (
        0,
        2,
        "分摊联合国费用的会费比额表：根据《宪章》第十九条提出的请求",
        "80/2",
    )
    lines = normalise_lines("80/5. Global health and\n\nforeign policy\n\nThe General Assembly,\n")
    assert find_title(lines, EN) == (0, 2, "Global health and foreign policy", "80/5")


def test_a_long_title_over_five_lines_each_after_a_blank_line():
    """A long title, in the title's narrow column, in an extraction writing a blank line after every line."""
    title = (
        "Доклад Специального комитета по расследованию\n\nизраильской практики, затрагивающей права\n\n"
        "человека палестинского народа и других\n\nарабов на оккупированных территориях\n\n"
        "и его деятельность"
    )
    lines = normalise_lines(f" 59/121. {title}\n\n Генеральная Ассамблея,\n")
    assert find_title(lines, RU) == (0, 8, " ".join(title.split()), "59/121")


def test_one_of_the_longest_titles_over_seven_lines_each_after_a_blank_line():
    """Over 200 characters in Spanish, in the title's narrow column: seven lines."""
    title = (
        "Trabajo del Comité Especial encargado\n\nde investigar las prácticas israelíes\n\n"
        "que afecten a los derechos humanos del\n\npueblo palestino y otros habitantes\n\n"
        "árabes de los territorios ocupados y\n\nsituación de los derechos humanos en\n\n"
        "los territorios ocupados"
    )
    lines = normalise_lines(f" 79/88. {title}\n\n La Asamblea General,\n")
    assert find_title(lines, ES) == (0, 12, " ".join(title.split()), "79/88")


@pytest.mark.parametrize(
    ("text", "tab", "title"),
    [
        (
            "79/238. Questions relating to\n\ninformation\n\nA\n\nInformation in the service of humanity\n\n"
            "The General Assembly,\n",
            EN,
            "Questions relating to information",
        ),
        (" 79/238. 与新闻有关的问\n\n题\n\n A\n\n 为人类服务的新闻\n\n 大会，\n", ZH, "与新闻有关的问题"),
    ],
)
def test_a_title_ending_after_a_blank_line_before_the_letter_of_part_a(text, tab, title):
    """A multi-part resolution's title wrapped in an extraction writing a blank line after every line: its
    last words stand before the letter A, which opens the first part with its own title."""
    assert find_title(normalise_lines(text), tab) == (0, 2, title, "79/238")


@pytest.mark.parametrize(
    "between",
    [
        "",  # nothing between: the title is its line
        "A\n\n",  # the letter of part A
        "25-15779 (E)\n\n",  # page furniture
        "one\n\ntwo\n\nthree\n\nfour\n\nfive\n\nsix\n\nseven\n\neight\n\n",  # more lines than a title has
    ],
)
def test_a_title_keeps_its_line_when_something_else_stands_before_the_formula(between):
    lines = normalise_lines(f"80/5. Global health and\n\n{between}The General Assembly,\n")
    assert find_title(lines, EN) == (0, 0, "Global health and", "80/5")


@pytest.mark.parametrize(
    ("text", "tab", "title"),
    [
        ("80/5. Global health and\n\n1\n\nThe General Assembly,\n", EN, "Global health and"),
        (
            "80/5. Global health and\n\nforeign policy\n1\n\nThe General Assembly,\n",
            EN,
            "Global health and foreign policy",
        ),
        (
            " 55/100. 对普遍旅行自由权的尊重和家庭团聚的极端重要性\n1\n\n 大会，\n",
            ZH,
            "对普遍旅行自由权的尊重和家庭团聚的极端重要性",
        ),
    ],
)
def test_the_titles_footnote_mark_alone_on_its_line_ends_the_title_and_is_not_its_text(text, tab, title):
    """An extractor writing superscripts on lines of their own: the mark of the title's footnote (in the
    2000s, its sponsors) stands between the title and the formula."""
    lines = normalise_lines(text)
    first, end, found, _ = find_title(lines, tab)
    assert (first, found, lines[end].text) == (0, title, "1")


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


AR = table("ar")


@pytest.mark.parametrize(
    ("text", "tab", "items"),
    [
        ("Point 62 de l’ordre du jour", FR, ["62"]),
        ("Point 105 b) de l’ordre du jour", FR, ["105 b)"]),
        ("Points 14 et 117 de l'ordre du jour", FR, ["14", "117"]),
        ("Tema 25 b) del programa", ES, ["25 b)"]),
        ("Temas 14 y 117 del programa", ES, ["14", "117"]),
        ("Пункт 62 повестки дня", RU, ["62"]),
        ("Пункт 105 b повестки дня", RU, ["105 b"]),
        ("Пункты 14 и 117 повестки дня", RU, ["14", "117"]),
        ("议程项目 62", ZH, ["62"]),
        ("议程项目105(b)", ZH, ["105(b)"]),
        ("议程项目14和117", ZH, ["14", "117"]),
        ("البند 105 (ب) من جدول الأعمال", AR, ["105 (ب)"]),
        ("البندان 14 و 117 من جدول الأعمال", AR, ["14", "117"]),
        ("البنود 14 و 15 و 117 من جدول الأعمال", AR, ["14", "15", "117"]),
        ("البند ١٠٥ (ب) من جدول الأعمال", AR, ["١٠٥ (ب)"]),
    ],
)
def test_agenda_items_in_other_languages(text, tab, items):
    """Every language's wording; each item as printed, spaces collapsed."""
    assert agenda_items(text, tab) == items


@pytest.mark.parametrize(
    ("printed", "language", "item"),
    [
        ("62", "en", "62"),
        ("105 (b)", "en", "105 (b)"),
        ("105 b)", "fr", "105 (b)"),
        ("25 b)", "es", "25 (b)"),
        ("105 b", "ru", "105 (b)"),
        ("105 б", "ru", "105 (b)"),
        ("105(b)", "zh", "105 (b)"),
        ("１０５（b）", "zh", "105 (b)"),
        ("105 (ب)", "ar", "105 (b)"),
        ("١٠٥ (ب)", "ar", "105 (b)"),
        (" 62 ", "en", "62"),
        ("item sixty-two", "en", "item sixty-two"),
    ],
)
def test_agenda_item_in_one_form(printed, language, item):
    """What a resolution's series and the catalogue match on: the Latin letter in brackets, ASCII digits;
    an item typed otherwise is kept as typed."""
    assert agenda_item(printed, language) == item


@pytest.mark.parametrize(
    ("text", "tab", "date"),
    [
        ("19 September 2025", EN, datetime.date(2025, 9, 19)),
        ("2004 年 12 月 20 日", ZH, datetime.date(2004, 12, 20)),
        ("20 décembre 2004", FR, datetime.date(2004, 12, 20)),
        ("20 de diciembre de 2004", ES, datetime.date(2004, 12, 20)),
        ("20 декабря 2004 года", RU, datetime.date(2004, 12, 20)),
        ("1er décembre 2024", FR, datetime.date(2024, 12, 1)),
        ("20 كانون الأول/ديسمبر 2004", AR, datetime.date(2004, 12, 20)),
        ("17 كانون الأول/ ديسمبر 1999", AR, datetime.date(1999, 12, 17)),
        ("5 أيلول/سبتمبر 1994", AR, datetime.date(1994, 9, 5)),
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
    assert session_number("Quincuagésimo noveno período de sesiones", ES) == 59
    assert session_number("20 de diciembre de 2024 Octogésimo período de sesiones", ES) == 80
    assert session_number("Пятьдесят девятая сессия", RU) == 59
    assert session_number("Восьмидесятая сессия", RU) == 80
    assert session_number("الدورة التاسعة والخمسون", AR) == 59
    assert session_number("الدورة الثمانون البند 14", AR) == 80


@pytest.mark.parametrize(
    ("tab", "meeting", "date", "expected"),
    [
        (EN, "74th plenary meeting", "20 December 2004", (74, datetime.date(2004, 12, 20))),
        (FR, "74e séance plénière", "1er décembre 2004", (74, datetime.date(2004, 12, 1))),
        (FR, "1re séance plénière", "20 décembre 2004", (1, datetime.date(2004, 12, 20))),
        (ES, "74ª sesión plenaria", "20 de diciembre de 2004", (74, datetime.date(2004, 12, 20))),
        (ES, "81a. sesión plenaria", "4 de diciembre de 2000", (81, datetime.date(2000, 12, 4))),
        (RU, "74-е пленарное заседание", "20 декабря 2004 года", (74, datetime.date(2004, 12, 20))),
        (AR, "الجلسة العامة 74", "20 كانون الأول/ديسمبر 2004", (74, datetime.date(2004, 12, 20))),
        (ZH, "第74次全体会议", "2004年12月20日", (74, datetime.date(2004, 12, 20))),
    ],
)
def test_closing_meeting_lines(tab, meeting, date, expected):
    """The closing meeting line and its date line, in each language's form (the date line comes first in
    Chinese)."""
    text = f"x\n{date}\n{meeting}\n" if tab is ZH else f"x\n{meeting}\n{date}\n"
    adoption = find_adoption(normalise_lines(text), 0, tab)
    assert (adoption.meeting, adoption.date) == expected
    assert adoption.indices == [1, 2]


@pytest.mark.parametrize(
    ("tab", "line", "date"),
    [
        (FR, "Résolution adoptée par l’Assemblée générale le 1er décembre 2024", datetime.date(2024, 12, 1)),
        (
            ES,
            "Resolución aprobada por la Asamblea General el 20 de diciembre de 2004",
            datetime.date(2004, 12, 20),
        ),
        (RU, "Резолюция, принятая Генеральной Ассамблеей 20 декабря 2004 года", datetime.date(2004, 12, 20)),
        (AR, "قرار اتخذته الجمعية العامة في 20 كانون الأول/ديسمبر 2004", datetime.date(2004, 12, 20)),
        (ZH, "2004年12月20日大会决议", datetime.date(2004, 12, 20)),
        (ZH, "大会2004年12月20日通过的决议", datetime.date(2004, 12, 20)),
    ],
)
def test_cover_adoption_lines(tab, line, date):
    cover = read_cover(normalise_lines(f"{line}\n\n59/190. T\n"), tab)
    assert cover.cover_date == date


def test_arabic_title_lines():
    for line in (
        "59/190 - تعزيز التعاون الدولي",
        "55/100- تعزيز التعاون الدولي",
        "59/190. تعزيز التعاون الدولي",
    ):
        assert find_title(normalise_lines(line), AR)[2:] == (
            "تعزيز التعاون الدولي",
            line[: line.index("/") + 4],
        )


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("دإط-10/19 - وضع مدينة القدس", "ES-10/19"),
        ("دإ-27/2 - عالم صالح للأطفال", "S-27/2"),
        ("دإ - 27/2 - عالم صالح للأطفال", "S-27/2"),
        ("ES-10/19 - وضع مدينة القدس", "ES-10/19"),
    ],
)
def test_an_arabic_title_line_of_a_special_session_with_its_arabic_prefix(line, number):
    """The number read as its Latin symbol's, so that the title line is found and checked against the
    cover's symbol."""
    assert find_title(normalise_lines(line), AR)[3] == number


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


@pytest.mark.parametrize("line", ["2025年11月26日 第51次全体会议", "第51次全体会议 2025年11月26日"])
def test_chinese_adoption_with_the_date_on_the_meetings_line(line):
    """As an extractor keeping lines whole gives it, the date (printed first) on the meeting's line."""
    adoption = find_adoption(normalise_lines(f"x\n{line}\n"), 0, ZH)
    assert (adoption.indices, adoption.meeting, adoption.date) == ([1], 51, datetime.date(2025, 11, 26))


@pytest.mark.parametrize(
    ("line", "tab", "meeting"),
    [
        ("28e séance plénière", FR, 28),
        ("28 e séance plénière", FR, 28),  # the superscript read with a space before it
        ("28ª sesión plenaria", ES, 28),
        ("28-е пленарное заседание", RU, 28),
        ("28 th plenary meeting", EN, 28),
    ],
)
def test_adoption_lines_in_other_languages(line, tab, meeting):
    assert find_adoption(normalise_lines(line), 0, tab).meeting == meeting


@pytest.mark.parametrize(
    ("language", "text", "meeting", "date"),
    [
        ("fr", "74\ne\n séance plénière\n\n1\ner\n décembre 2004", 74, datetime.date(2004, 12, 1)),
        ("fr", "1re séance plénière\n\n20 décembre 2004", 1, datetime.date(2004, 12, 20)),
        ("es", "74\na\n sesión plenaria\n\n20 de diciembre de 2004", 74, datetime.date(2004, 12, 20)),
        ("en", "74\nth\n plenary meeting\n\n20 December 2004", 74, datetime.date(2004, 12, 20)),
    ],
)
def test_adoption_lines_with_each_superscript_on_a_line_of_its_own(language, text, meeting, date):
    """As the seed's extraction prints superscripts (its footnote marks): "74" / "e" / " séance plénière";
    and the first of a month, "1" / "er" / " décembre 2004"."""
    formula = {"fr": "L’Assemblée générale,", "es": "La Asamblea General,", "en": "The General Assembly,"}
    parsed = parse(f" 79/150. Titre\n\n {formula[language]}\n\n 1. Texte.\n\n{text}\n", language=language)
    assert (parsed.meeting, parsed.adopted_on, parsed.warnings) == (meeting, date, [])


def test_no_adoption_line():
    assert find_adoption(normalise_lines("text"), 0, EN) is None


def test_a_title_number_alone_on_its_line():
    """pdftotext: "73/8." on a line of its own, a blank line, then the title."""
    lines = normalise_lines("A/RES/73/8\n\n73/8.\n\nNecessity of ending the\nembargo\nThe General Assembly,")
    assert find_title(lines, EN) == (2, 5, "Necessity of ending the embargo", "73/8")


def test_a_number_alone_before_the_formula_is_no_title():
    with pytest.raises(ParseError):
        find_title(normalise_lines("73/8.\n\nThe General Assembly,"), EN)


def test_the_basis_is_the_bracket_with_the_languages_wording():
    text = "[Traduit de l’anglais]\n[sans renvoi à une grande commission (A/79/L.3)]\n\n79/3. Titre\n"
    cover = read_cover(normalise_lines(text), FR)
    assert (cover.basis, cover.draft_symbols) == (
        "sans renvoi à une grande commission (A/79/L.3)",
        ["A/79/L.3"],
    )
