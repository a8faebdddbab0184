"""Arabic text extracted in visual order (lines drawn right to left, read left to right) is detected by
the shape of its words and restored, or refused naming the line when the text mixes both orders."""

from pathlib import Path

import pytest

from archive.parser import ParseError, parse
from archive.parser.visual_order import evidence, letters, logical_order, restore_line

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"
LOGICAL = (TEXTS / "A_RES_79_153.ar.txt").read_text(encoding="utf-8")
VISUAL = (TEXTS / "A_RES_79_153.ar.visual.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("visual", "logical"),
    [
        ("،ةماعلا ةيعمجلا نإ", "إن الجمعية العامة،"),
        ("بيهت - 1", "1 - تهيب"),
        ("2004 ربمسيد/لوألا نوناك 20", "20 كانون الأول/ديسمبر 2004"),
        ("(A/59/503/Add.2) ةثلاثلا ةنجللا ريرقت ىلع ءانب", "بناء على تقرير اللجنة الثالثة (A/59/503/Add.2)"),
        ("(A/55/602/Add.2 and Corr.1) ةنجللا ريرقت", "تقرير اللجنة (A/55/602/Add.2 and Corr.1)"),
        ("(3 - د) فلأ 217 رارقلا", "القرار 217 ألف (د - 3)"),
        ("٢٠٠٤ ربمسيد/لوألا نوناك ٢٠", "٢٠ كانون الأول/ديسمبر ٢٠٠٤"),
    ],
)
def test_a_visual_line_is_put_back_in_reading_order(visual, logical):
    assert restore_line(visual) == logical


def test_word_shapes_tell_the_order():
    assert evidence("إن الجمعية العامة تقرر") == (4, 0)  # two "ال" openings, two "ة" endings
    assert evidence("ررقت ةماعلا ةيعمجلا نإ") == (0, 4)


def test_presentation_forms_are_read_as_letters():
    assert letters("ﺍﻟﺠﻤﻌﻴﺔ ﺍﻟﻌﺎﻣﺔ") == "الجمعية العامة"


def test_a_text_in_reading_order_is_left_as_it_is():
    assert logical_order(LOGICAL) == LOGICAL


def test_a_text_in_visual_order_is_restored_line_by_line():
    assert logical_order(VISUAL) == LOGICAL
    assert parse(VISUAL).title == "التعاون الدولي في ميدان حقوق الإنسان"


def test_a_text_mixing_both_orders_is_refused_naming_the_line():
    lines = LOGICAL.split("\n")
    lines[21] = restore_line(lines[21])  # one preambular paragraph drawn right to left
    with pytest.raises(ParseError) as info:
        parse("\n".join(lines))
    assert info.value.line == 22
    assert info.value.message == (
        "Arabic text mixes visual (reversed) and logical order, so it cannot be restored safely: "
        "1 of 14 lines read reversed"
    )


def test_a_paragraph_number_alone_on_its_line_is_restored_with_the_text():
    """As pdftotext gives a paragraph's number on a line of its own, drawn right to left ("- 1"); the
    lines without Arabic letters that read left to right (symbol, Latin date) stay as they are."""
    logical = "\n".join(
        [
            "A/RES/80/2",
            "15 October 2025",
            "إن الجمعية العامة،",
            "1 -",
            "تقرر أن تبقي المسألة قيد النظر في الدورة الحادية والثمانين؛",
        ]
    )
    visual = "\n".join(
        line if line.startswith(("A/", "15")) else restore_line(line) for line in logical.split("\n")
    )
    assert visual.split("\n")[3] == "- 1"
    assert logical_order(visual) == logical
