"""Dates, plenary meetings and sessions as the resolutions print them in each language (CONVENTIONS:
"74th plenary meeting / 20 December 2004", "74e séance plénière", "2004年12月20日 / 第74次全体会议")."""

import datetime

import pytest

from archive.parser.printed import (
    FORMS,
    ordinal_en,
    printed_agenda_item,
    printed_date,
    printed_meeting,
    printed_session,
)

FIRST_OF_MAY = datetime.date(1999, 5, 1)


@pytest.mark.parametrize(
    ("language", "december", "first_of_may"),
    [
        ("ar", "20 كانون الأول/ديسمبر 2004", "1 أيار/مايو 1999"),
        ("zh", "2004年12月20日", "1999年5月1日"),
        ("zh-hans", "2004年12月20日", "1999年5月1日"),
        ("en", "20 December 2004", "1 May 1999"),
        ("fr", "20 décembre 2004", "1er mai 1999"),
        ("ru", "20 декабря 2004 года", "1 мая 1999 года"),
        ("es", "20 de diciembre de 2004", "1 de mayo de 1999"),
    ],
)
def test_dates(language, december, first_of_may):
    assert printed_date(datetime.date(2004, 12, 20), language) == december
    assert printed_date(FIRST_OF_MAY, language) == first_of_may


@pytest.mark.parametrize(
    ("language", "first", "seventy_fourth"),
    [
        ("ar", "الجلسة العامة 1", "الجلسة العامة 74"),
        ("zh", "第1次全体会议", "第74次全体会议"),
        ("en", "1st plenary meeting", "74th plenary meeting"),
        ("fr", "1re séance plénière", "74e séance plénière"),
        ("ru", "1-е пленарное заседание", "74-е пленарное заседание"),
        ("es", "1ª sesión plenaria", "74ª sesión plenaria"),
    ],
)
def test_plenary_meetings(language, first, seventy_fourth):
    assert (printed_meeting(1, language), printed_meeting(74, language)) == (first, seventy_fourth)


@pytest.mark.parametrize(
    ("language", "regular", "special", "emergency"),
    [
        ("ar", "الدورة 59", "الدورة الاستثنائية 27", "الدورة الاستثنائية الطارئة 10"),
        ("zh", "第59届会议", "第27届特别会议", "第10届紧急特别会议"),
        ("en", "59th session", "27th special session", "10th emergency special session"),
        ("fr", "59e session", "27e session extraordinaire", "10e session extraordinaire d’urgence"),
        ("ru", "59-я сессия", "27-я специальная сессия", "10-я чрезвычайная специальная сессия"),
        (
            "es",
            "59º período de sesiones",
            "27º período extraordinario de sesiones",
            "10º período extraordinario de sesiones de emergencia",
        ),
    ],
)
def test_sessions(language, regular, special, emergency):
    printed = [
        printed_session(kind, n, language)
        for kind, n in [("regular", 59), ("special", 27), ("emergency", 10)]
    ]
    assert printed == [regular, special, emergency]


def test_english_ordinals():
    assert [ordinal_en(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
    ]  # fmt: skip


def test_every_language_names_twelve_months_and_every_session_kind():
    assert sorted(FORMS) == ["ar", "en", "es", "fr", "ru", "zh"]
    assert {(len(forms.months), tuple(forms.sessions)) for forms in FORMS.values()} == {
        (12, ("regular", "special", "emergency"))
    }


def test_another_language_reads_as_english():
    assert printed_meeting(3, "de") == "3rd plenary meeting"


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("ar", ["105 (ب)", "14", "7 (هـ)"]),
        ("zh-hans", ["105(b)", "14", "7(e)"]),
        ("en", ["105 (b)", "14", "7 (e)"]),
        ("fr", ["105 b)", "14", "7 e)"]),
        ("ru", ["105 b", "14", "7 e"]),
        ("es", ["105 b)", "14", "7 e)"]),
    ],
)
def test_agenda_items_as_each_language_prints_them(language, printed):
    """CONVENTIONS.md's cover lines ("Point 105 b) de l'ordre du jour", "البند 105 (ب)"); an item typed
    otherwise stays as typed."""
    items = ["105 (b)", "14", "7 (e)"]
    assert [printed_agenda_item(item, language) for item in items] == printed
    assert printed_agenda_item("item 7", language) == "item 7"
