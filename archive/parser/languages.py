"""Per-language conventions of GA resolution texts, as data.

The pipeline reads these tables and never branches on a language code. Each table holds regular
expressions (as strings; compiled once in `table()`) and word lists. Gaps are documented where the
official wording is not known with confidence; a missing pattern simply never matches:

- session lines ("Fifty-ninth session") are read in English, French and Chinese; the Spanish, Russian
  and Arabic cover wording is not tabled (the session then comes from the symbol alone);
- sub-paragraph labels are Latin letters and roman numerals; Arabic letter labels ((أ), (ب)) and Russian
  Cyrillic ones ((а), (б)) are not read as labels;
- Spanish agenda items printed as "25 b)" keep only the number pattern "25 (b)";
- Arabic meeting and adoption lines follow the usual UN wording but were not checked on a sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache


class Language(StrEnum):
    """The six official languages of the United Nations, in the UN's order. The value is the ISO 639-1
    code; each carries its English name (`label`), its own name (`native`), its writing direction and
    its ISO 639-2 code (the one Akoma Ntoso uses)."""

    AR = "ar", "Arabic", "العربية", "rtl", "ara"
    ZH = "zh", "Chinese", "中文", "ltr", "zho"
    EN = "en", "English", "English", "ltr", "eng"
    FR = "fr", "French", "Français", "ltr", "fra"
    RU = "ru", "Russian", "Русский", "ltr", "rus"
    ES = "es", "Spanish", "Español", "ltr", "spa"

    label: str
    native: str
    direction: str  # "ltr" or "rtl"
    iso639_2: str

    def __new__(cls, code: str, label: str, native: str, direction: str, iso639_2: str):
        member = str.__new__(cls, code)
        member._value_ = code
        member.label, member.native, member.direction, member.iso639_2 = label, native, direction, iso639_2
        return member


# The codes as plain strings, for membership tests ("xx" in Language raises TypeError before Python 3.12).
LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)


@dataclass(frozen=True)
class LanguageTable:
    """Conventions of one language. Patterns are regex sources matched against one stripped line."""

    code: str
    formula: str  # group "comma" set when the formula ends with a comma
    # an operative paragraph number at the start of a line: groups "num" and "rest"
    paragraph_number: str = r"^(?P<num>\d{1,3})\s?[.．](?:\s+(?P<rest>\S.*))?$"
    title_line: str = r"^(?P<num>(?:ES-|S-)?\d{1,4}/\d{1,4}(?:\s?[A-Z](?:-[A-Z])?)?|\d{1,4}\s?(?:[A-Z]\s?)?[(（][IVXLC]+[)）])\s*[.．]\s*(?P<title>\S.*)$"  # noqa: E501
    agenda: str | None = None  # group "items"
    item_separators: str = r"\s*,\s*"
    adopted_cover: str | None = None  # group "date"
    meeting: str | None = None  # group "num"; group "date" when the date shares the line
    date: str | None = None  # groups "day", "month", "year"
    months: dict[str, int] = field(default_factory=dict)
    annex: str | None = None  # whole-line annex heading
    session: str | None = None  # group "ordinal", read with ordinals.ordinal_number
    terminal: str = ",;:.!?"
    abbreviations: tuple[str, ...] = ()
    suspended_hyphen_words: tuple[str, ...] = ()
    detect_words: tuple[str, ...] = ()
    script: str = "latin"
    # clauses start with a capital (a lower-case line start then continues a paragraph); Russian clauses
    # start in lower case ("ссылаясь на", "1. постановляет")
    capitalised_clauses: bool = True


_MONTHS_EN = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTHS_FR = {
    m: i
    for i, m in enumerate(
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        1,
    )
}
_MONTHS_ES = {
    m: i
    for i, m in enumerate(
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        1,
    )
}
_MONTHS_RU = {
    m: i
    for i, m in enumerate(
        [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        1,
    )
}
_MONTHS_AR = {
    "يناير": 1,
    "كانون الثاني": 1,
    "فبراير": 2,
    "شباط": 2,
    "مارس": 3,
    "آذار": 3,
    "أبريل": 4,
    "نيسان": 4,
    "مايو": 5,
    "أيار": 5,
    "يونيه": 6,
    "يونيو": 6,
    "حزيران": 6,
    "يوليه": 7,
    "يوليو": 7,
    "تموز": 7,
    "أغسطس": 8,
    "آب": 8,
    "سبتمبر": 9,
    "أيلول": 9,
    "أكتوبر": 10,
    "تشرين الأول": 10,
    "نوفمبر": 11,
    "تشرين الثاني": 11,
    "ديسمبر": 12,
    "كانون الأول": 12,
}

_LATIN_DATE = r"(?P<day>\d{1,2})(?:er|º)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\s+(?:de\s+)?(?P<year>\d{4})"

TABLES: dict[str, LanguageTable] = {
    "en": LanguageTable(
        code="en",
        formula=r"^The General Assembly\s*(?P<comma>,)?$",
        agenda=r"\bAgenda items?\s+(?P<items>\d{1,3}(?:\s?\([a-z]{1,3}\))?(?:(?:\s*,\s*|\s+and\s+)\d{1,3}(?:\s?\([a-z]{1,3}\))?)*)",  # noqa: E501
        item_separators=r"\s*,\s*|\s+and\s+",
        adopted_cover=r"Resolution adopted by the General Assembly\s+on\s+(?P<date>.+)$",
        meeting=r"^(?P<num>\d{1,4})(?:st|nd|rd|th)\s+plenary\s+meeting\b\s*(?P<date>.*)$",
        date=_LATIN_DATE,
        months=_MONTHS_EN,
        annex=r"^(?:Annex|ANNEX)(?:\s+(?:[IVXLC]+|\d+))?$",
        session=r"\b(?P<ordinal>[a-z]+(?:-[a-z]+)?)\s+(?:special\s+|emergency\s+special\s+)?session\b",
        abbreviations=(
            "No.",
            "Nos.",
            "vol.",
            "vols.",
            "para.",
            "paras.",
            "chap.",
            "sect.",
            "p.",
            "pp.",
            "art.",
            "e.g.",
            "i.e.",
            "Corr.",
            "Add.",
            "Rev.",
            "Suppl.",
        ),
        suspended_hyphen_words=("and", "or", "nor", "to"),
        detect_words=(
            "the general assembly",
            "resolution adopted",
            "plenary meeting",
            " the ",
            " of the ",
            " and ",
        ),
    ),
    "fr": LanguageTable(
        code="fr",
        formula=r"^L[’']Assemblée générale\s*(?P<comma>,)?$",
        agenda=r"\bPoints?\s+(?P<items>\d{1,3}(?:\s?\([a-z]{1,3}\))?(?:(?:\s*,\s*|\s+et\s+)\d{1,3}(?:\s?\([a-z]{1,3}\))?)*)\s+de l[’']ordre du jour",  # noqa: E501
        item_separators=r"\s*,\s*|\s+et\s+",
        adopted_cover=r"Résolution adoptée par l[’']Assemblée générale\s+le\s+(?P<date>.+)$",
        meeting=r"^(?P<num>\d{1,4})e\s+séance\s+plénière\b\s*(?P<date>.*)$",
        date=_LATIN_DATE,
        months=_MONTHS_FR,
        annex=r"^(?:Annexe|ANNEXE)(?:\s+(?:[IVXLC]+|\d+))?$",
        session=r"\b(?P<ordinal>[^\W\d_]+(?:[- ](?:et[- ])?[^\W\d_]+)*)\s+session\b",
        terminal=",;:.!?",
        abbreviations=("no", "nos", "vol.", "par.", "chap.", "sect.", "p.", "art.", "Corr.", "Add.", "Rev."),
        suspended_hyphen_words=("et", "ou"),
        detect_words=(
            "l’assemblée générale",
            "l'assemblée générale",
            "séance plénière",
            " de la ",
            " les ",
            " des ",
        ),
    ),
    "es": LanguageTable(
        code="es",
        formula=r"^La Asamblea General\s*(?P<comma>,)?$",
        agenda=r"\bTemas?\s+(?P<items>\d{1,3}(?:\s?\([a-z]{1,3}\))?(?:(?:\s*,\s*|\s+y\s+)\d{1,3}(?:\s?\([a-z]{1,3}\))?)*)\s+del programa",  # noqa: E501
        item_separators=r"\s*,\s*|\s+y\s+",
        adopted_cover=r"Resolución aprobada por la Asamblea General\s+el\s+(?P<date>.+)$",
        meeting=r"^(?P<num>\d{1,4})[ªa]\s+sesión\s+plenaria\b\s*(?P<date>.*)$",
        date=_LATIN_DATE,
        months=_MONTHS_ES,
        annex=r"^(?:Anexo|ANEXO)(?:\s+(?:[IVXLC]+|\d+))?$",
        session=None,  # "quincuagésimo noveno período de sesiones": ordinal table is a documented gap
        abbreviations=("núm.", "vol.", "párr.", "cap.", "secc.", "pág.", "art.", "Corr.", "Add.", "Rev."),
        suspended_hyphen_words=("y", "o", "e", "u"),
        detect_words=("la asamblea general", "sesión plenaria", " del ", " los ", " las ", " de la "),
    ),
    "ru": LanguageTable(
        code="ru",
        formula=r"^Генеральная Ассамблея\s*(?P<comma>,)?$",
        agenda=r"\bПункты?\s+(?P<items>\d{1,3}(?:\s?\([a-zа-я]{1,3}\))?(?:(?:\s*,\s*|\s+и\s+)\d{1,3}(?:\s?\([a-zа-я]{1,3}\))?)*)\s+повестки дня",  # noqa: E501
        item_separators=r"\s*,\s*|\s+и\s+",
        adopted_cover=r"Резолюция, принятая Генеральной Ассамблеей\s+(?P<date>.+)$",
        meeting=r"^(?P<num>\d{1,4})-е\s+пленарное\s+заседание\b\s*(?P<date>.*)$",
        date=r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\s+(?P<year>\d{4})(?:\s*года)?",
        months=_MONTHS_RU,
        annex=r"^(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s+(?:[IVXLC]+|\d+))?$",
        session=None,  # "пятьдесят девятая сессия": ordinal table is a documented gap
        abbreviations=("№", "т.", "п.", "гл.", "разд.", "стр."),
        suspended_hyphen_words=("и", "или"),
        detect_words=("генеральная ассамблея",),
        script="cyrillic",
        capitalised_clauses=False,
    ),
    "zh": LanguageTable(
        code="zh",
        formula=r"^大会\s*(?P<comma>[，,])?$",
        agenda=r"议程项目\s*(?P<items>\d{1,3}(?:\s?[(（][a-z]{1,3}[)）])?(?:(?:\s*[、,，和]\s*)\d{1,3}(?:\s?[(（][a-z]{1,3}[)）])?)*)",  # noqa: E501
        item_separators=r"\s*[、,，和]\s*",
        adopted_cover=r"大会\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*通过的决议",
        meeting=r"^第\s*(?P<num>\d{1,4})\s*次全体会议\s*(?P<date>.*)$",
        date=r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日",
        annex=r"^附件(?:[一二三四五六七八九十]+)?$",
        session=r"第(?P<ordinal>[一二三四五六七八九十]+)届(?:特别|紧急特别)?会议",
        terminal="，；：。！？,;:.",
        detect_words=("大会",),
        script="han",
    ),
    "ar": LanguageTable(
        code="ar",
        formula=r"^إن الجمعية العامة\s*(?P<comma>[،,])?$",
        paragraph_number=r"^(?P<num>\d{1,3})\s?[-–.](?:\s+(?P<rest>\S.*))?$",  # "1 - تقرر"
        agenda=r"البنود?\s+(?P<items>\d{1,3}(?:\s?\([^\W\d_]{1,3}\))?(?:(?:\s*[،,]\s*|\s+و)\d{1,3}(?:\s?\([^\W\d_]{1,3}\))?)*)\s+من جدول الأعمال",  # noqa: E501
        item_separators=r"\s*[،,]\s*|\s+و",
        adopted_cover=r"قرار اتخذته الجمعية العامة في\s+(?P<date>.+)$",
        meeting=r"^الجلسة العامة\s+(?P<num>\d{1,4})\s*(?P<date>.*)$",
        date=r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+(?: [^\W\d_]+)?(?:/[^\W\d_]+)?)\s+(?P<year>\d{4})",
        months=_MONTHS_AR,
        annex=r"^(?:ال)?مرفق(?:\s+(?:[IVXLC]+|\S+))?$",
        session=None,  # Arabic ordinal session names: documented gap
        terminal="،؛:.,;!?؟",
        detect_words=("الجمعية العامة",),
        script="arabic",
    ),
}


@dataclass(frozen=True)
class Compiled:
    """A table with its patterns compiled."""

    table: LanguageTable
    formula: re.Pattern
    paragraph_number: re.Pattern
    title_line: re.Pattern
    agenda: re.Pattern | None
    item_separators: re.Pattern
    adopted_cover: re.Pattern | None
    meeting: re.Pattern | None
    date: re.Pattern | None
    annex: re.Pattern | None
    session: re.Pattern | None


def _c(src: str | None, flags: int = 0) -> re.Pattern | None:
    return re.compile(src, flags) if src else None


@cache
def table(code: str) -> Compiled:
    """The compiled table of a language code (KeyError when unknown)."""
    t = TABLES[code]
    return Compiled(
        table=t,
        formula=re.compile(t.formula),
        paragraph_number=re.compile(t.paragraph_number),
        title_line=re.compile(t.title_line),
        agenda=_c(t.agenda),
        item_separators=re.compile(t.item_separators),
        adopted_cover=_c(t.adopted_cover),
        meeting=_c(t.meeting, re.IGNORECASE),
        date=_c(t.date, re.IGNORECASE),
        annex=_c(t.annex),
        session=_c(t.session, re.IGNORECASE),
    )
