"""Parts as each language prints them: Arabic names its letters (ألف A, باء B, joined by و or إلى), Russian
may print Cyrillic look-alikes (А, В). They are read as the Latin letters in part headings, symbols and
citations, and a citation into a part records that part beside its paragraph ("79/238 B, paragraph 3")."""

from pathlib import Path

import pytest

from archive.parser import parse
from archive.parser.citations import find_citations
from archive.parser.document import Heading
from archive.parser.languages import table
from archive.parser.symbols import latin_parts, parse_symbol

TEXTS = Path(__file__).resolve().parent.parent / "data" / "texts"


def test_an_arabic_multi_part_resolution_reads_its_parts_by_the_letters_names():
    p = parse((TEXTS / "A_RES_79_238.ar.txt").read_text(encoding="utf-8"))
    assert (p.symbol.canonical, p.symbol.parts, p.title) == (
        "A/RES/79/238",
        "A-B",
        "المسائل المتصلة بالإعلام",
    )
    assert [(para.eid, para.number) for para in p.operative] == [
        ("part_a__para_1", "1"),
        ("part_a__para_2", "2"),
        ("part_b__para_1", "1"),
        ("part_b__para_2", "2"),
    ]
    assert [para.eid for para in p.preambular] == ["part_a__preamble__para_1", "part_b__preamble__para_1"]
    assert p.headings == [
        Heading("part_a", "الإعلام في خدمة الإنسانية", "ألف", 0, "part_a__preamble__para_1", 17),
        Heading(
            "part_b",
            "سياسات الأمم المتحدة وأنشطتها في مجال الإعلام العام",
            "باء",
            0,
            "part_b__preamble__para_1",
            31,
        ),
    ]
    [cited] = [c for c in p.citations() if c.citation.kind == "resolution"]
    assert cited.from_eid == "part_b__preamble__para_1"
    assert (cited.citation.text, cited.citation.target, cited.citation.part, cited.citation.pinpoint) == (
        "79/238 ألف",
        "A/RES/79/238",
        "A",
        "2",
    )
    assert (p.meeting, str(p.adopted_on), p.warnings) == (58, "2024-12-24", [])


def test_a_russian_multi_part_resolution_with_cyrillic_part_letters():
    text = (
        "79/238. Вопросы, касающиеся информации\n\n"
        "А\nИнформация на службе человечества\n\nГенеральная Ассамблея,\n\n"
        "принимая к сведению доклад Комитета по информации,\n\n"
        "1. настоятельно призывает все страны сотрудничать.\n\n"
        "58-е пленарное заседание\n24 декабря 2024 года\n\n"
        "В\n\nГенеральная Ассамблея,\n\nссылаясь на резолюцию 79/238 А,\n\n"
        "1. подтверждает свою приверженность.\n\n"
        "58-е пленарное заседание\n24 декабря 2024 года\n"
    )
    p = parse(text, language="ru")
    assert [(h.eid, h.text, h.number) for h in p.headings] == [
        ("part_a", "Информация на службе человечества", "А"),
        ("part_b", "В", "В"),
    ]
    assert [para.eid for para in p.operative] == ["part_a__para_1", "part_b__para_1"]
    [cited] = [c.citation for c in p.citations() if c.citation.kind == "resolution"]
    assert (cited.text, cited.part) == ("79/238 А", "A")
    assert p.warnings == []


@pytest.mark.parametrize(
    "language, text, printed",
    [
        ("en", "Recalling resolution 79/238 B, paragraph 3, and", "79/238 B"),
        ("en", "Recalling paragraph 3 of resolution 79/238 B,", "79/238 B"),
        ("fr", "Rappelant la résolution 79/238 B, paragraphe 3,", "79/238 B"),
        ("fr", "Rappelant le paragraphe 3 de la résolution 79/238 B,", "79/238 B"),
        ("es", "Recordando la resolución 79/238 B, párrafo 3,", "79/238 B"),
        ("ru", "ссылаясь на пункт 3 резолюции 79/238 В,", "79/238 В"),
        ("ar", "إذ تشير إلى القرار 79/238 باء، الفقرة 3،", "79/238 باء"),
        ("ar", "إذ تشير إلى الفقرة 3 من القرار 79/238 باء،", "79/238 باء"),
        ("zh", "回顾第79/238 B号决议第3段，", "79/238 B"),
    ],
)
def test_a_pinpoint_into_a_part_records_the_part_in_every_language(language, text, printed):
    [citation] = find_citations(text, language)
    assert (citation.text, citation.target, citation.kind, citation.part, citation.pinpoint) == (
        printed,
        "A/RES/79/238",
        "resolution",
        "B",
        "3",
    )


@pytest.mark.parametrize(
    "language, text, printed, target, part",
    [
        ("ar", "وإلى القرار 217 ألف (د-3)،", "217 ألف (د-3)", "A/RES/217(III)", "A"),
        ("ar", "والقرار 60/1 ألف وباء،", "60/1 ألف وباء", "A/RES/60/1", None),
        ("ar", "والقرارات 60/1 ألف إلى جيم،", "60/1 ألف إلى جيم", "A/RES/60/1", None),
        ("ru", "и резолюцию 2200 А (XXI),", "2200 А (XXI)", "A/RES/2200(XXI)", "A"),
        ("en", "and resolutions 60/1 A and B,", "60/1 A and B", "A/RES/60/1", None),
        ("en", "and A/RES/79/238 B,", "A/RES/79/238 B", "A/RES/79/238", "B"),
    ],
)
def test_part_letters_in_citations(language, text, printed, target, part):
    [citation] = find_citations(text, language)
    assert (citation.text, citation.target, citation.part) == (printed, target, part)


@pytest.mark.parametrize(
    "printed, latin, parts",
    [
        ("79/238 باء", "79/238 B", "B"),
        ("60/1 ألف وباء", "60/1 A and B", "A and B"),
        ("60/1 ألف إلى جيم", "60/1 A to C", "A to C"),
        ("2200 А (XXI)", "2200 A (XXI)", "A"),
        ("79/238 B", "79/238 B", "B"),
    ],
)
def test_printed_part_letters_are_read_as_latin(printed, latin, parts):
    assert " ".join(latin_parts(printed).split()) == latin
    assert parse_symbol(printed).parts == parts


def test_a_word_is_not_a_part_letter_outside_a_symbol():
    assert latin_parts("وباءة في В городе") == "وباءة في B городе"  # a lone letter is a letter
    assert latin_parts("البناء والألفة") == "البناء والألفة"


@pytest.mark.parametrize(
    "language, line, letter",
    [
        ("ar", "باء", "B"),
        ("ar", "ألف.", "A"),
        ("ru", "В", "B"),
        ("en", "B.", "B"),
        ("en", "b", None),
        ("ar", "بناء", None),
        ("en", "باء", None),
    ],
)
def test_a_part_heading_line_in_each_language(language, line, letter):
    assert table(language).part_letter(line) == letter
