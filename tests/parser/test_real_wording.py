"""Real wording of resolution 55/100 (from /work/shared/corpus/multilingual, the title line to operative
paragraph 2, see tests/data/texts/README.md): Russian lower-case lead words and operative verbs, Arabic
'55/100- …' and '1 - ', '217 ألف (د - 3)', Chinese full-width '1．', the Cyrillic А in '2200 А (XXI)'.
The excerpts carry footnote texts glued into sentences by the corpus builders; recovering them is the
compilation layout's business, not these tests'."""

from pathlib import Path

import pytest

from archive.parser import ParseWarning, parse
from archive.parser.symbols import parse_symbol

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"
NO_ADOPTION = [ParseWarning("no adoption line ('28th plenary meeting') found")]


def outline(name: str):
    p = parse((TEXTS / name).read_text(encoding="utf-8"))
    rows = [
        (x.eid, x.number, " ".join(x.text.split()[:3]), [c.target for c in x.citations])
        for x in p.paragraphs()
    ]
    return p, rows


def test_russian_lead_words_and_verbs_are_lower_case():
    p, rows = outline("A_RES_55_100.excerpt.ru.txt")
    assert (p.symbol.canonical, p.formula) == ("A/RES/55/100", "Генеральная Ассамблея,")
    assert rows == [
        ("preamble__para_1", None, "подтверждая, что все", []),
        ("preamble__para_2", None, "ссылаясь на положения", ["A/RES/2200(XXI)"]),  # Cyrillic А
        ("preamble__para_3", None, "подчеркивая, что, согласно", []),
        ("preamble__para_4", None, "ссылаясь на свою", ["A/RES/54/169"]),
        ("para_1", "1", "вновь призывает все", []),
        ("para_2", "2", "подтверждает, что все", []),
    ]
    assert "2200 \u0410 (XXI)" in p.preambular[1].text  # printed with the Cyrillic letter
    assert p.warnings == NO_ADOPTION


def test_arabic_title_line_operative_numbers_and_old_citations():
    p, rows = outline("A_RES_55_100.excerpt.ar.txt")
    assert (p.symbol.canonical, p.title, p.formula) == (
        "A/RES/55/100",
        "احترام حق الجميع في حرية السفر والأهمية الحيوية لجمع شمل الأسرة",
        "إن الجمعية العامة،",
    )
    assert rows == [
        ("preamble__para_1", None, "إذ تؤكد من", []),
        ("preamble__para_2", None, "وإذ تشير إلى", ["A/RES/217(III)", "A/RES/2200(XXI)"]),
        ("preamble__para_3", None, "وإذ تؤكد، وفقا", []),
        ("preamble__para_4", None, "وإذ تشير إلى", ["A/RES/54/169"]),
        ("para_1", "1", "تهيب مرة أخرى", []),
        ("para_2", "2", "تؤكد من جديد", []),
    ]
    cited = [c.text for c in p.preambular[1].citations]
    assert cited == ["217 ألف (د - 3)", "2200 ألف (د - 21)"]
    assert p.preambular[3].text == "وإذ تشير إلى قرارها 54/169 المؤرخ 17 كانون الأول/ ديسمبر 1999،"
    assert p.warnings == NO_ADOPTION


def test_chinese_full_width_paragraph_numbers():
    p, rows = outline("A_RES_55_100.excerpt.zh.txt")
    assert (p.symbol.canonical, p.formula) == ("A/RES/55/100", "大会，")
    assert [(eid, number, cited) for eid, number, _, cited in rows] == [
        ("preamble__para_1", None, []),
        ("preamble__para_2", None, ["A/RES/217(III)", "A/RES/2200(XXI)"]),
        ("preamble__para_3", None, []),
        ("preamble__para_4", None, ["A/RES/54/169"]),
        ("para_1", "1", []),
        ("para_2", "2", []),
    ]
    assert p.operative[0].text == "再次呼吁所有国家保证合法居住其境内的所有外国国民享有公认的旅行自由；"
    assert p.warnings == NO_ADOPTION


@pytest.mark.parametrize(
    ("printed", "canonical", "parts"),
    [
        ("2200 А (XXI)", "A/RES/2200(XXI)", "A"),  # Cyrillic А
        ("217 В (III)", "A/RES/217(III)", "B"),  # Cyrillic В
        ("3281 С (XXIX)", "A/RES/3281(XXIX)", "C"),  # Cyrillic С
        ("А/RES/59/190", "A/RES/59/190", ""),  # Cyrillic А as the series letter
    ],
)
def test_cyrillic_look_alikes_inside_a_symbol(printed, canonical, parts):
    symbol = parse_symbol(printed)
    assert (symbol.canonical, symbol.parts) == (canonical, parts)
