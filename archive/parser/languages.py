"""Per-language conventions of GA resolution texts, as data.

The pipeline reads these tables and never branches on a language code. Each table holds regular
expressions (as strings; compiled once in `table()`) and word lists. Gaps are documented where the
official wording is not known with confidence; a missing pattern simply never matches:

- Arabic meeting and adoption lines follow the usual UN wording (CONVENTIONS.md) but were not checked
  on an individual resolution PDF;
- Arabic sub-sub-paragraphs are read as printed ’1‘, ’2‘ (the roman level of other languages).

Sub-paragraph labels are read in each language's printed form ("(a)" in English and Chinese, "a)" in
French, Spanish and Russian, "(أ)" in Arabic) and named by their Latin label ("a", "i") in eIds;
agenda items are read as printed ("105 b)"), and `cover.agenda_item` gives them in one form ("105 (b)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from .paragraphs import ROMANS


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


_TITLE_NUMBER = (
    r"^(?P<num>(?:ES-|S-)?\d{1,4}/\d{1,4}(?:\s?[A-Z](?:-[A-Z])?)?|\d{1,4}\s?(?:[A-Z]\s?)?[(（][IVXLC]+[)）])"
)
# Agenda items: "105", "105 (b)", "105 b)", "105 b", "105(b)", Arabic "105 (ب)"; `cover.agenda_item` gives
# them in one form.
_ITEM = r"\d{1,3}(?:\s?[(（][^\W\d_]{1,3}[)）]|\s?[a-z]{1,3}\)|\s[a-z](?![\w)]))?"
# French, Spanish and Russian labels may lack the opening bracket: "a)", "ii)".
_OPEN_OPTIONAL_LABEL = r"^[(（]?(?P<lab>[a-z]{1,4})[)）](?:\s+(?P<rest>\S.*))?$"
# Arabic letters label sub-paragraphs in abjad order ((أ), (ب), (ج) ...), digits between quotes the level
# below (’1‘, ’2‘).
_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"  # هـ is read without its tatweel
_CYRILLIC_LABELS = "абвгдежзиклмнопрстуфхцчшщ"
_LATIN = "abcdefghijklmnopqrstuvwxyz"


# Parts of a resolution (217 A (III), 79/238 B, a multi-part resolution's part headings) where a language
# does not print them as Latin capitals: Arabic names the letters in order (ألف A, باء B, جيم C …) and joins
# them with و glued to the next ("ألف وباء", A and B) or إلى ("ألف إلى جيم", A to C); Russian texts may print
# Cyrillic look-alikes (А, В, С) for the Latin letters.
_ARABIC_PART_LETTERS = {
    "ألف": "A",
    "باء": "B",
    "جيم": "C",
    "دال": "D",
    "هاء": "E",
    "واو": "F",
    "زاي": "G",
    "حاء": "H",
    "طاء": "I",
    "ياء": "J",
    "كاف": "K",
    "لام": "L",
    "ميم": "M",
    "نون": "N",
    "سين": "O",
    "عين": "P",
    "فاء": "Q",
    "صاد": "R",
    "قاف": "S",
    "راء": "T",
    "شين": "U",
    "تاء": "V",
    "ثاء": "W",
    "خاء": "X",
}
CYRILLIC_LOOKALIKES = dict(zip("АВСЕНКМОРТХ", "ABCEHKMOPTX", strict=True))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class LanguageTable:
    """Conventions of one language. Patterns are regex sources matched against one stripped line."""

    code: str
    formula: str  # group "comma" set when the formula ends with a comma
    # an operative paragraph number at the start of a line: groups "num" and "rest"
    paragraph_number: str = r"^(?P<num>\d{1,3})\s?[.．](?:\s+(?P<rest>\S.*))?$"
    title_line: str = _TITLE_NUMBER + r"\s*[.．]\s*(?P<title>\S.*)$"
    agenda: str | None = None  # group "items"
    item_separators: str = r"\s*,\s*"
    adopted_cover: str | None = None  # group "date"
    meeting: str | None = None  # group "num"; group "date" when the date shares the line
    date: str | None = None  # groups "day", "month", "year"
    months: dict[str, int] = field(default_factory=dict)
    # What follows a number, glued or after a space, when it counts, measures or dates something, or ends a
    # range: the number is no footnote mark (Chinese "3个", "12月", "1至3")
    counters: frozenset[str] = frozenset()
    # The suffixes the language prints as superscripts after a number ("74e séance plénière") or an
    # abbreviation's first letter (French "no"): an extraction putting superscripts on lines of their own
    # gives "74" / "e" / " séance plénière"
    superscripts: frozenset[str] = frozenset()
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
    # The cover's wording: the organ, the distribution line, the job number's language letter
    # ("04-48897 (F)"), the openings of the basis in brackets (on a committee's report; without
    # reference to a Main Committee), and common preambular lead words. Detection counts them; the cover
    # reader takes the bracket that opens with a basis wording.
    organ: str = ""
    distribution: str = ""
    job_suffix: str = ""
    basis: tuple[str, ...] = ()
    preambular_leads: tuple[str, ...] = ()
    # a sub-paragraph label at the start of a line: group "lab" (the printed letter or numeral without
    # its brackets or quotes; or group "paren" for a bracketed numeral drawn as one character, ㈠) and
    # group "rest"
    sub_label: str = r"^[(（](?P<lab>[a-z]{1,3})[)）](?:\s+(?P<rest>\S.*))?$"
    # printed letter or numeral -> its Latin label, where the language prints other letters ((أ) -> a)
    label_letters: dict[str, str] = field(default_factory=dict)
    label_format: str = "({})"  # how an inferred label is printed
    number_format: str = "{}."  # how an operative paragraph's number is printed
    # footnote marks printed in another form than a bare number: regex with group "mark"; they are read
    # as bare numbers (see `normalise.plain_marks`)
    mark_forms: str | None = None
    # part letters printed otherwise than as Latin capitals -> the Latin letter; the words joining them
    # ("و" glued to the next letter, "إلى") -> the English connector
    part_letters: dict[str, str] = field(default_factory=dict)
    part_connectors: dict[str, str] = field(default_factory=dict)


# The months as each language prints them in a date ("14 December 2004", lower case where the language
# writes them so), in order: read by the cover's date, written by `printed`.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
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
    ),
    "fr": (
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
    ),
    "es": (
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
    ),
    "ru": (
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
    ),
}


def _numbered(names: tuple[str, ...]) -> dict[str, int]:
    return {name: number for number, name in enumerate(names, 1)}


_MONTHS_EN = _numbered(MONTH_NAMES["en"])
_MONTHS_FR = _numbered(MONTH_NAMES["fr"])
_MONTHS_ES = _numbered(MONTH_NAMES["es"])
_MONTHS_RU = _numbered(MONTH_NAMES["ru"])
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

_LATIN_DATE = r"(?P<day>\d{1,2})(?:\s?(?:er|º))?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\s+(?:de\s+)?(?P<year>\d{4})"

TABLES: dict[str, LanguageTable] = {
    "en": LanguageTable(
        code="en",
        organ="General Assembly",
        distribution="Distr.: General",
        job_suffix="E",
        basis=("on the report of the", "without reference to a Main Committee"),
        preambular_leads=(
            "Recalling",
            "Reaffirming",
            "Noting",
            "Recognizing",
            "Welcoming",
            "Bearing in mind",
        ),
        formula=r"^The General Assembly\s*(?P<comma>,)?$",
        agenda=rf"\bAgenda items?\s+(?P<items>{_ITEM}(?:(?:\s*,\s*|\s+and\s+){_ITEM})*)",
        item_separators=r"\s*,\s*|\s+and\s+",
        adopted_cover=r"Resolution adopted by the General Assembly\s+on\s+(?P<date>.+)$",
        meeting=r"^(?P<num>\d{1,4})\s?(?:st|nd|rd|th)\s+plenary\s+meeting\b\s*(?P<date>.*)$",
        superscripts=frozenset({"st", "nd", "rd", "th"}),
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
        organ="Assemblée générale",
        distribution="Distr. générale",
        job_suffix="F",
        basis=(
            "sur la base du rapport de la",
            "sur la base du rapport du",
            "sans renvoi à une grande commission",
        ),
        preambular_leads=("Rappelant", "Réaffirmant", "Notant", "Prenant note", "Considérant", "Consciente"),
        formula=r"^L[’']Assemblée générale\s*(?P<comma>,)?$",
        agenda=rf"\bPoints?\s+(?P<items>{_ITEM}(?:(?:\s*,\s*|\s+et\s+){_ITEM})*)\s+de l[’']ordre du jour",
        item_separators=r"\s*,\s*|\s+et\s+",
        adopted_cover=r"Résolution adoptée par l[’']Assemblée générale\s+le\s+(?P<date>.+)$",
        meeting=r"^(?P<num>\d{1,4})\s?(?:e|re|ère|er)\s+séance\s+plénière\b\s*(?P<date>.*)$",
        superscripts=frozenset({"e", "er", "re", "ère", "es", "ers", "res", "o", "os"}),
        date=_LATIN_DATE,
        months=_MONTHS_FR,
        annex=r"^(?:Annexe|ANNEXE)(?:\s+(?:[IVXLC]+|\d+))?$",
        session=r"\b(?P<ordinal>[^\W\d_]+(?:[- ](?:et[- ])?[^\W\d_]+)*)\s+session\b",
        terminal=",;:.!?",
        sub_label=_OPEN_OPTIONAL_LABEL,
        label_format="{})",
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
        organ="Asamblea General",
        distribution="Distr. general",
        job_suffix="S",
        basis=(
            "sobre la base del informe de la",
            "sobre la base del informe del",
            "sin remisión previa a una Comisión Principal",
        ),
        preambular_leads=(
            "Recordando",
            "Reafirmando",
            "Observando",
            "Tomando nota",
            "Reconociendo",
            "Consciente",
        ),
        formula=r"^La Asamblea General\s*(?P<comma>,)?$",
        agenda=rf"\bTemas?\s+(?P<items>{_ITEM}(?:(?:\s*,\s*|\s+[ye]\s+){_ITEM})*)\s+del programa",
        item_separators=r"\s*,\s*|\s+[ye]\s+",
        adopted_cover=r"Resolución aprobada por la Asamblea General\s+el\s+(?P<date>.+)$",
        meeting=r"^(?P<num>\d{1,4})\s?(?:[ªa]\.?|\.ª)\s+sesión\s+plenaria\b\s*(?P<date>.*)$",
        superscripts=frozenset({"a", "o", "as", "os", "ª", "º"}),
        date=_LATIN_DATE,
        months=_MONTHS_ES,
        annex=r"^(?:Anexo|ANEXO)(?:\s+(?:[IVXLC]+|\d+))?$",
        session=r"\b(?P<ordinal>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+per[íi]odo\s+(?:extraordinario\s+)?de\s+sesiones\b",
        abbreviations=("núm.", "vol.", "párr.", "cap.", "secc.", "pág.", "art.", "Corr.", "Add.", "Rev."),
        suspended_hyphen_words=("y", "o", "e", "u"),
        sub_label=_OPEN_OPTIONAL_LABEL,
        label_format="{})",
        detect_words=("la asamblea general", "sesión plenaria", " del ", " los ", " las ", " de la "),
    ),
    "ru": LanguageTable(
        code="ru",
        organ="Генеральная Ассамблея",
        distribution="Distr.: General",
        job_suffix="R",
        basis=("по докладу", "без передачи в главный комитет"),
        preambular_leads=(
            "ссылаясь",
            "подтверждая",
            "вновь подтверждая",
            "отмечая",
            "признавая",
            "принимая к сведению",
        ),
        formula=r"^Генеральная Ассамблея\s*(?P<comma>,)?$",
        agenda=rf"\bПункты?\s+(?P<items>{_ITEM}(?:(?:\s*,\s*|\s+и\s+){_ITEM})*)\s+повестки дня",
        item_separators=r"\s*,\s*|\s+и\s+",
        adopted_cover=r"Резолюция, принятая Генеральной Ассамблеей\s+(?P<date>.+)$",
        meeting=r"^(?P<num>\d{1,4})-е\s+пленарное\s+заседание\b\s*(?P<date>.*)$",
        date=r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\s+(?P<year>\d{4})(?:\s*года)?",
        months=_MONTHS_RU,
        annex=r"^(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s+(?:[IVXLC]+|\d+))?$",
        session=r"(?<!\w)(?P<ordinal>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+(?:специальная\s+|чрезвычайная\s+специальная\s+)?сессия(?!\w)",
        abbreviations=("№", "т.", "п.", "гл.", "разд.", "стр."),
        suspended_hyphen_words=("и", "или"),
        detect_words=("генеральная ассамблея",),
        script="cyrillic",
        capitalised_clauses=False,
        # Latin a), b) as a rule; Cyrillic а), б) are read too
        sub_label=r"^[(（]?(?P<lab>[a-z]{1,4}|[а-щ])[)）](?:\s+(?P<rest>\S.*))?$",
        label_letters=dict(zip(_CYRILLIC_LABELS, _LATIN, strict=False)),
        label_format="{})",
        part_letters=CYRILLIC_LOOKALIKES,
    ),
    "zh": LanguageTable(
        code="zh",
        organ="大会",
        distribution="Distr.: General",
        job_suffix="C",
        basis=("根据", "未经发交主要委员会"),
        preambular_leads=("回顾", "重申", "注意到", "确认", "欢迎", "铭记"),
        formula=r"^大会\s*(?P<comma>[，,])?$",
        agenda=rf"议程项目\s*(?P<items>{_ITEM}(?:\s*[、,，和及]\s*{_ITEM})*)",
        item_separators=r"\s*[、,，和及]\s*",
        adopted_cover=r"(?:大会\s*)?(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:大会)?\s*(?:通过的)?决议",
        # the date, printed before the meeting, on its own line or on the meeting's:
        # "2025年11月26日 第51次全体会议"
        meeting=r"^(?:(?P<date_first>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*)?"
        r"第\s*(?P<num>\d{1,4})\s*次全体会议\s*(?P<date>.*)$",
        date=r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日",
        # 年 月 日 dates, 个 次 届 名 counts, 段 条 款 项 章 节 页 parts of documents, 万 美元 米
        # amounts, 至 到 ranges, 余 多 ("20多个"). Not the counters that also start words a mark is
        # followed by: 国 (国际), 人 (人权), 时 (在审议报告4时), 期 (期间), 家 (家庭), 部 (部长), 位 (位于),
        # 所 (所载).
        counters=frozenset("年月日号个次届名岁天周倍万亿千百段条款项章节页卷类种型场点份轮元美米吨至到余多"),
        annex=r"^附件(?:[一二三四五六七八九十]+)?$",
        session=r"第(?P<ordinal>[一二三四五六七八九十]+)届(?:特别|紧急特别)?会议",
        terminal="，；：。！？,;:.",
        detect_words=("大会",),
        script="han",
        # "1．呼吁" (full-width stop, often without a space)
        paragraph_number=r"^(?P<num>\d{1,3})\s?[.．](?:\s*(?P<rest>[^\d\s.．].*))?$",
        # (a), (b); the level below ㈠, ㈡ or (一), (二)
        sub_label=r"^(?:[(（](?P<lab>[a-z]{1,3}|[一二三四五六七八九十]{1,3})[)）]|(?P<paren>[㈠-㈩]))(?:\s*(?P<rest>\S.*))?$",
        label_letters={
            **dict(zip("一二三四五六七八九十", ROMANS, strict=False)),
            **dict(zip("㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", ROMANS, strict=False)),
        },
    ),
    "ar": LanguageTable(
        code="ar",
        organ="الجمعية العامة",
        distribution="Distr.: General",
        job_suffix="A",
        basis=("بناء على تقرير", "دون إحالة إلى لجنة رئيسية"),
        preambular_leads=("إذ تشير", "وإذ تشير", "إذ تؤكد", "وإذ تؤكد", "وإذ تلاحظ", "وإذ تسلم"),
        formula=r"^إن الجمعية العامة\s*(?P<comma>[،,])?$",
        paragraph_number=r"^(?P<num>\d{1,3})\s?[-–.](?:\s*(?P<rest>[^\W\d_].*))?$",  # "1 - تقرر"
        number_format="{} -",
        # "59/190 - العنوان", "55/100- …"; a special or emergency special session's number with its Arabic
        # prefix too ("دإط-10/19 - …", `cover.find_title` reads it as ES-10/19)
        title_line=rf"^(?:(?P<arabic_prefix>دإط|داط|دإ|دا)\s?-\s?)?{_TITLE_NUMBER.removeprefix('^')}"
        r"\s*[-–.]\s*(?P<title>\S.*)$",
        agenda=rf"(?:البنود|البندان|البند)\s+(?P<items>{_ITEM}(?:(?:\s*[،,]\s*|\s+و\s*){_ITEM})*)\s+من جدول الأعمال",  # noqa: E501
        item_separators=r"\s*[،,]\s*(?:و\s*)?|\s+و\s*",
        adopted_cover=r"قرار اتخذته الجمعية العامة في\s+(?P<date>.+)$",
        meeting=r"^الجلسة العامة\s+(?P<num>\d{1,4})\s*(?P<date>.*)$",
        date=r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+(?: [^\W\d_]+)?(?:\s?/\s?[^\W\d_]+)?)\s+(?P<year>\d{4})",
        months=_MONTHS_AR,
        annex=r"^(?:ال)?مرفق(?:\s+(?:[IVXLC]+|\S+))?$",
        session=r"(?<!\w)الدورة\s+(?:الاستثنائية\s+(?:الطارئة\s+)?)?(?P<ordinal>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})",
        terminal="،؛:.,;!?؟",
        # Arabic abbreviates none of these: the words a number follows ("الملحق رقم 3 (A/59/3)", "الفصل
        # الرابع، الفقرة 3"): No., paragraph(s), chapter, section, article, item, volume, page
        abbreviations=("رقم", "الفقرة", "الفقرات", "الفصل", "الفرع", "المادة", "البند", "المجلد", "الصفحة"),
        detect_words=("الجمعية العامة",),
        script="arabic",
        sub_label=r"^(?:[(（](?=\D)|[‘’'](?=\d))(?P<lab>(?:[^\W\d_]ـ?)|\d{1,2})[)）‘’'](?:\s+(?P<rest>\S.*))?$",
        label_letters={
            **dict(zip(_ABJAD, _LATIN, strict=False)),  # the first 26
            **{str(n): roman for n, roman in enumerate(ROMANS, 1)},
        },
        # superscript "(1)", or "([1])" as some conversions print it
        mark_forms=r"\(\[?(?P<mark>\d{1,3})\]?\)",
        part_letters=_ARABIC_PART_LETTERS,
        part_connectors={"و": "and", "إلى": "to"},
    ),
}


# Every language's printed part letters and connectors: symbols and citations are read whatever the language.
PART_LETTERS: dict[str, str] = {k: v for t in TABLES.values() for k, v in t.part_letters.items()}
PART_CONNECTORS: dict[str, str] = {k: v for t in TABLES.values() for k, v in t.part_connectors.items()}
_LATIN_PART = re.compile(r"[A-Z]")


def evidence_words(t: LanguageTable) -> tuple[str, ...]:
    """Lower-case words whose presence speaks for the language (detection): the table's detection words,
    the organ, the distribution line and the preambular leads."""
    words = (*t.detect_words, t.organ.lower(), t.distribution.lower())
    return (*words, *(f"{lead.lower()} " for lead in t.preambular_leads))


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
    sub_label: re.Pattern
    mark_forms: re.Pattern | None
    number_words: frozenset[str]  # before which a number dates or counts: the months, the counters

    def part_letter(self, text: str) -> str | None:
        """The Latin letter of a part heading alone on its line ("B", "B.", Arabic "باء"), or None."""
        printed = text.removesuffix(".")
        if _LATIN_PART.fullmatch(printed):
            return printed
        return self.table.part_letters.get(printed)

    def printed_label(self, number: str) -> str:
        """A paragraph's label as the language prints it: a number with its separator ("1.", Arabic "1 -");
        a sub-paragraph's label is stored as printed ("(a)", "a)", "(أ)")."""
        return self.numbered(number) if number.isdigit() else number

    def numbered(self, number: str) -> str:
        """A number with the separator the language prints after it, a paragraph's or the resolution's
        before its title: "1.", "59/190."; Arabic "1 -", "59/190 -"."""
        return self.table.number_format.format(number)

    def label(self, text: str) -> tuple[str, str] | None:
        """(Latin label, rest of the line) when `text` starts with a sub-paragraph label, else None."""
        m = self.sub_label.match(text)
        if not m:
            return None
        printed = (m.group("lab") or m.groupdict().get("paren") or "").replace("ـ", "")
        return self.table.label_letters.get(printed, printed), m.group("rest") or ""


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
        sub_label=re.compile(t.sub_label),
        mark_forms=_c(t.mark_forms),
        number_words=frozenset(t.months) | t.counters,
    )
