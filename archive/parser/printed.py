"""How the United Nations prints a date, a plenary meeting and a session in each official language, as
the resolutions themselves do (../shared CONVENTIONS: "74th plenary meeting / 20 December 2004",
"74e séance plénière / 20 décembre 2004", "2004年12月20日 / 第74次全体会议"). Data per language; one
function per form. The template filters in `archive.templatetags.reading` call it with the active
language; `Session.__str__` with English."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from .languages import MONTH_NAMES


def ordinal_en(number: int) -> str:
    """1 -> "1st", 22 -> "22nd", 73 -> "73rd", 11 -> "11th"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _feminine_fr(number: int) -> str:
    """ "1re", "2e", "74e": séance and session are feminine."""
    return "1re" if number == 1 else f"{number}e"


@dataclass(frozen=True)
class Printed:
    """One language's forms. `meeting` and the `sessions` take {nth}, the number as the language writes
    it before these nouns; `date` takes {day}, {month} (a name from `months`) and {year}."""

    months: tuple[str, ...]
    date: str
    meeting: str
    sessions: dict[str, str]  # by Session.Kind value
    nth: Callable[[int], str] = str
    day: Callable[[int], str] = str


FORMS: dict[str, Printed] = {
    "ar": Printed(
        months=(
            "كانون الثاني/يناير",
            "شباط/فبراير",
            "آذار/مارس",
            "نيسان/أبريل",
            "أيار/مايو",
            "حزيران/يونيه",
            "تموز/يوليه",
            "آب/أغسطس",
            "أيلول/سبتمبر",
            "تشرين الأول/أكتوبر",
            "تشرين الثاني/نوفمبر",
            "كانون الأول/ديسمبر",
        ),
        date="{day} {month} {year}",
        meeting="الجلسة العامة {nth}",
        sessions={
            "regular": "الدورة {nth}",
            "special": "الدورة الاستثنائية {nth}",
            "emergency": "الدورة الاستثنائية الطارئة {nth}",
        },
    ),
    "zh": Printed(
        months=tuple(f"{month}月" for month in range(1, 13)),
        date="{year}年{month}{day}日",
        meeting="第{nth}次全体会议",
        sessions={
            "regular": "第{nth}届会议",
            "special": "第{nth}届特别会议",
            "emergency": "第{nth}届紧急特别会议",
        },
    ),
    "en": Printed(
        months=tuple(month.capitalize() for month in MONTH_NAMES["en"]),
        date="{day} {month} {year}",
        meeting="{nth} plenary meeting",
        sessions={
            "regular": "{nth} session",
            "special": "{nth} special session",
            "emergency": "{nth} emergency special session",
        },
        nth=ordinal_en,
    ),
    "fr": Printed(
        months=MONTH_NAMES["fr"],
        date="{day} {month} {year}",
        meeting="{nth} séance plénière",
        sessions={
            "regular": "{nth} session",
            "special": "{nth} session extraordinaire",
            "emergency": "{nth} session extraordinaire d’urgence",
        },
        nth=_feminine_fr,
        day=lambda day: "1er" if day == 1 else str(day),
    ),
    "ru": Printed(
        months=MONTH_NAMES["ru"],
        date="{day} {month} {year} года",
        meeting="{nth}-е пленарное заседание",
        sessions={
            "regular": "{nth}-я сессия",
            "special": "{nth}-я специальная сессия",
            "emergency": "{nth}-я чрезвычайная специальная сессия",
        },
    ),
    "es": Printed(
        months=MONTH_NAMES["es"],
        date="{day} de {month} de {year}",
        meeting="{nth}ª sesión plenaria",
        sessions={
            "regular": "{nth}º período de sesiones",
            "special": "{nth}º período extraordinario de sesiones",
            "emergency": "{nth}º período extraordinario de sesiones de emergencia",
        },
    ),
}


def _forms(language: str) -> Printed:
    """A language's forms by its code ("zh-hans" reads as "zh"); English for any other."""
    return FORMS.get(language[:2], FORMS["en"])


def printed_date(date: datetime.date, language: str) -> str:
    forms = _forms(language)
    return forms.date.format(day=forms.day(date.day), month=forms.months[date.month - 1], year=date.year)


def printed_meeting(number: int, language: str) -> str:
    forms = _forms(language)
    return forms.meeting.format(nth=forms.nth(number))


def printed_session(kind: str, number: int, language: str) -> str:
    forms = _forms(language)
    return forms.sessions[kind].format(nth=forms.nth(number))
