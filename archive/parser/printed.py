"""How the United Nations prints a date, a plenary meeting, a session and the cover's basis line in each
official language, as the resolutions themselves do (../shared CONVENTIONS: "74th plenary meeting / 20
December 2004", "74e séance plénière / 20 décembre 2004", "2004年12月20日 / 第74次全体会议"; "[on the
report of the Third Committee (A/59/503/Add.2)]", "[根据第三委员会的报告(A/59/503/Add.2)通过]"). Data per
language; one function per form. The basis line is also read back into its parts (`read_basis`) from the
same data, so that a line stored in one language prints in the others. The template filters in
`archive.templatetags.reading` call it with the active language; `Session.__str__` with English."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from .cover import AGENDA_ITEM
from .detect import script_counts
from .languages import MONTH_NAMES, TABLES
from .symbols import fold


def ordinal_en(number: int) -> str:
    """1 -> "1st", 22 -> "22nd", 73 -> "73rd", 11 -> "11th"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _feminine_fr(number: int) -> str:
    """ "1re", "2e", "74e": séance and session are feminine."""
    return "1re" if number == 1 else f"{number}e"


@dataclass(frozen=True)
class BasisForms:
    """One language's basis line. `report` takes {committee} (a name from `committees`, First to Sixth,
    or `decolonization`, the Fourth Committee under its name since 1993) and {documents}; `plenary`
    (adopted without reference to a Main Committee) takes {documents}. {documents} are symbols joined by
    `conjunction`, maybe followed by a paragraph of the last (`paragraph`, with {documents} and {n})."""

    report: str
    plenary: str
    committees: tuple[str, ...]
    decolonization: str = ""
    conjunction: str = " and "
    paragraph: str = "{documents}, para. {n}"


@dataclass(frozen=True)
class Printed:
    """One language's forms. `meeting` and the `sessions` take {nth}, the number as the language writes
    it before these nouns; `date` takes {day}, {month} (a name from `months`) and {year}; `basis` is the
    cover's line in square brackets; `agenda_item` takes an item's {number} and its sub-item's {letter}
    (a Latin letter, or the one `letters` gives for it)."""

    months: tuple[str, ...]
    date: str
    meeting: str
    sessions: dict[str, str]  # by Session.Kind value
    basis: BasisForms
    nth: Callable[[int], str] = str
    day: Callable[[int], str] = str
    agenda_item: str = "{number} ({letter})"
    letters: dict[str, str] = field(default_factory=dict)


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
        basis=BasisForms(
            report="بناء على تقرير {committee} ({documents})",
            plenary="دون إحالة إلى لجنة رئيسية ({documents})",
            committees=(
                "اللجنة الأولى",
                "اللجنة الثانية",
                "اللجنة الثالثة",
                "اللجنة الرابعة",
                "اللجنة الخامسة",
                "اللجنة السادسة",
            ),
            decolonization="لجنة المسائل السياسية الخاصة وإنهاء الاستعمار (اللجنة الرابعة)",
            conjunction=" و ",
            paragraph="{documents}، الفقرة {n}",
        ),
        # the abjad letters of sub-paragraphs, هـ with its tatweel as printed ("105 (ب)", "7 (هـ)")
        letters={
            latin: arabic.replace("ه", "هـ")
            for arabic, latin in TABLES["ar"].label_letters.items()
            if not arabic.isdigit()
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
        basis=BasisForms(
            report="根据{committee}的报告({documents})通过",
            plenary="未经发交主要委员会({documents})通过",
            committees=tuple(f"第{n}委员会" for n in "一二三四五六"),
            decolonization="特别政治和非殖民化委员会(第四委员会)",
            conjunction="和",
            paragraph="{documents}，第{n}段",
        ),
        agenda_item="{number}({letter})",
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
        basis=BasisForms(
            report="on the report of the {committee} ({documents})",
            plenary="without reference to a Main Committee ({documents})",
            committees=tuple(
                f"{nth} Committee" for nth in ("First", "Second", "Third", "Fourth", "Fifth", "Sixth")
            ),
            decolonization="Special Political and Decolonization Committee (Fourth Committee)",
        ),
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
        basis=BasisForms(
            report="sur la base du rapport de la {committee} ({documents})",
            plenary="sans renvoi à une grande commission ({documents})",
            committees=tuple(
                f"{nth} Commission"
                for nth in ("Première", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième")
            ),
            decolonization=(
                "Commission des questions politiques spéciales et de la décolonisation (Quatrième Commission)"
            ),
            conjunction=" et ",
            paragraph="{documents}, par. {n}",
        ),
        agenda_item="{number} {letter})",
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
        basis=BasisForms(
            report="по докладу {committee} ({documents})",
            plenary="без передачи в главный комитет ({documents})",
            committees=tuple(
                f"{nth} комитета"
                for nth in ("Первого", "Второго", "Третьего", "Четвертого", "Пятого", "Шестого")
            ),
            decolonization=(
                "Комитета по специальным политическим вопросам и вопросам деколонизации (Четвертый комитет)"
            ),
            conjunction=" и ",
            paragraph="{documents}, пункт {n}",
        ),
        agenda_item="{number} {letter}",
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
        basis=BasisForms(
            report="sobre la base del informe de la {committee} ({documents})",
            plenary="sin remisión previa a una Comisión Principal ({documents})",
            committees=tuple(
                f"{nth} Comisión" for nth in ("Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta")
            ),
            decolonization="Comisión Política Especial y de Descolonización (Cuarta Comisión)",
            conjunction=" y ",
            paragraph="{documents}, párr. {n}",
        ),
        agenda_item="{number} {letter})",
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


def printed_agenda_item(item: str, language: str) -> str:
    """An agenda item stored in the one form of every language ("105 (b)") as `language` prints it:
    "105 b)", "105 b", "105(b)", "105 (ب)"; an item without a sub-item, or typed otherwise, as stored."""
    m = AGENDA_ITEM.fullmatch(item)
    if not m or not m["sub"]:
        return item
    forms = _forms(language)
    return forms.agenda_item.format(number=m["num"], letter=forms.letters.get(m["sub"], m["sub"]))


@dataclass(frozen=True)
class Basis:
    """The parts of a basis line: the report of a Main Committee (`committee` 1-6, `decolonization` when
    named the Special Political and Decolonization Committee), adoption without reference to a Main
    Committee (`committee` None), or, as the yearly compilations print it, the documents alone
    (`documents_only`); the document symbols and a paragraph of the last."""

    committee: int | None
    documents: tuple[str, ...]
    paragraph: int | None = None
    decolonization: bool = False
    documents_only: bool = False


# A document symbol ("A/59/503/Add.2", "A/80/L.2/Rev.1") or a corrigendum or addendum joined to the one
# before it ("A/55/602/Add.2 and Corr.1").
_DOCUMENT = re.compile(r"[A-Z]{1,10}(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+|(?:Add|Corr|Rev)\.\d{1,3}")


def _plain(text: str) -> str:
    """How basis lines are compared: ASCII forms of full-width brackets and commas, the Arabic comma as a
    comma, ё as е, single spaces."""
    return " ".join(fold(text).replace("،", ",").replace("ё", "е").replace("Ё", "Е").split())


def _pattern(template: str, **groups: str) -> str:
    """A template of `BasisForms` as a regular expression: its words as printed, with any spacing between
    words and around brackets and commas, and each {placeholder} as the group given."""
    source = []
    for piece in re.split(r"(\{\w+\})", _plain(template)):
        name = piece[1:-1]
        if name in groups:
            source.append(f"(?P<{name}>{groups[name]})")
            continue
        for char in piece:
            source.append(
                r"\s*" if char == " " else rf"\s*{re.escape(char)}\s*" if char in "()," else re.escape(char)
            )
    return "".join(source)


@dataclass(frozen=True)
class _Reader:
    report: re.Pattern
    plenary: re.Pattern
    paragraph: re.Pattern
    conjunction: re.Pattern
    committees: dict[str, tuple[int, bool]]  # lower-case name -> (number, named for decolonization)


@cache
def _readers() -> tuple[_Reader, ...]:
    readers = []
    for printed in FORMS.values():
        forms = printed.basis
        names = {_plain(name).lower(): (n, False) for n, name in enumerate(forms.committees, 1)}
        names[_plain(forms.decolonization).lower()] = (4, True)
        committee = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        readers.append(
            _Reader(
                report=re.compile(_pattern(forms.report, committee=committee, documents="[^()]+"), re.I),
                plenary=re.compile(_pattern(forms.plenary, documents="[^()]+"), re.I),
                paragraph=re.compile(_pattern(forms.paragraph, documents=".+?", n=r"\d{1,4}")),
                conjunction=re.compile(r"\s*" + re.escape(forms.conjunction.strip()) + r"\s*"),
                committees=names,
            )
        )
    return tuple(readers)


def _documents(text: str, reader: _Reader) -> tuple[tuple[str, ...], int | None] | None:
    """(symbols, paragraph) of the documents in a basis line, or None when they are not only symbols."""
    text = text.strip()
    m = reader.paragraph.fullmatch(text)
    symbols, paragraph = (m["documents"], int(m["n"])) if m else (text, None)
    documents = tuple(reader.conjunction.split(symbols))
    if not all(_DOCUMENT.fullmatch(document) for document in documents):
        return None
    return documents, paragraph


def read_basis(text: str) -> Basis | None:
    """The parts of a basis line in any of the six languages, or None when its wording is not one of
    `BasisForms` (it is then shown only in its own language: `basis_language`)."""
    text = _plain(text)
    for reader in _readers():
        m = reader.report.fullmatch(text)
        found = m and _documents(m["documents"], reader)
        if found:
            committee, decolonization = reader.committees[_plain(m["committee"]).lower()]
            return Basis(committee, *found, decolonization=decolonization)
        m = reader.plenary.fullmatch(text)
        found = m and _documents(m["documents"], reader)
        if found:
            return Basis(None, *found)
        found = _documents(text, reader)
        if found:
            return Basis(None, *found, documents_only=True)
    return None


def basis_language(text: str) -> str | None:
    """The language a basis line is written in: the one whose basis wording it opens with (the cover
    reader prefers such a bracket), else the only one written in its script (Arabic, Chinese, Russian);
    None when unknown."""
    lowered = text.lower()
    for code, language in TABLES.items():
        if lowered.startswith(tuple(opening.lower() for opening in language.basis)):
            return code
    scripts = set(script_counts(text)) - {"latin"}  # symbols are Latin in every language
    writing = [code for code, language in TABLES.items() if language.script in scripts]
    return writing[0] if len(writing) == 1 else None


def printed_basis(basis: Basis, language: str) -> str:
    forms = _forms(language).basis
    documents = forms.conjunction.join(basis.documents)
    if basis.paragraph is not None:
        documents = forms.paragraph.format(documents=documents, n=basis.paragraph)
    if basis.documents_only:
        return documents
    if basis.committee is None:
        return forms.plenary.format(documents=documents)
    committee = forms.decolonization if basis.decolonization else forms.committees[basis.committee - 1]
    return forms.report.format(committee=committee, documents=documents)


def basis_line(text: str, language: str) -> str | None:
    """The stored basis line as `language` prints it: from its parts, else as stored when written in
    that language; None when it cannot be shown in that language."""
    basis = read_basis(text)
    if basis is not None:
        return printed_basis(basis, language)
    return text if basis_language(text) == language[:2] else None
