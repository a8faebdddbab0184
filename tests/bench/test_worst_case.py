"""The parser's worst cases are the texts they claim to be (the structure the parser reads from them at 1×),
and the measure reports sizes, times and growth per case."""

from archive.parser import parse
from bench.worst_case import CASES, long_paragraph, many_marks, measure, spaces


def test_many_marks_is_one_paragraph_with_all_its_marks_and_footnotes():
    parsed = parse(many_marks(1))
    [paragraph] = parsed.operative
    assert [r.mark for r in paragraph.footnote_refs] == [str(k) for k in range(1, 250)]
    assert len(parsed.footnotes) == 249
    assert parsed.warnings == []
    assert [r.mark for r in parse(many_marks(4)).operative[0].footnote_refs][-1] == "999"


def test_the_long_paragraph_is_one_paragraph_over_ten_thousand_lines():
    text = long_paragraph(1)
    parsed = parse(text)
    [paragraph] = parsed.operative
    assert text.count("\n") > 10_000
    assert paragraph.text.startswith("Decides that the words of line 0 continue the paragraph the words")
    assert paragraph.text.endswith("line 9999 continue the paragraph to its end.")
    assert parsed.warnings == []


def test_the_large_text_is_numbered_paragraphs_of_sub_paragraphs_with_citations():
    for scale in (1, 4):
        parsed = parse(CASES["large text"](scale))
        count = len(parsed.operative)
        assert [p.number for p in parsed.operative] == [str(k) for k in range(1, count + 1)]
        assert all(len(p.subparagraphs) == 20 for p in parsed.operative)
        assert parsed.warnings == []
    assert count > 400
    first = parsed.operative[0].subparagraphs[1].citations
    assert [(c.target, c.kind, c.pinpoint) for c in first] == [
        ("A/RES/79/2", "resolution", "2"),
        ("A/80/11", "document", None),
        ("regular/81", "session", None),
    ]


def test_spaces_are_a_megabyte_at_four_times_and_collapse():
    assert len(spaces(4)) > 1_000_000
    [paragraph] = parse(spaces(1)).operative
    assert paragraph.text == "Decides that the end."


def test_measure_reports_sizes_seconds_and_growth():
    result = measure({"small": lambda scale: many_marks(1) * 0 + long_paragraph(1)[: 2000 * scale]}, (1, 2))
    assert list(result) == ["small"]
    case = result["small"]
    assert case["scales"] == [1, 2]
    assert case["sizes"] == [2000, 4000]
    assert len(case["seconds"]) == 2 and all(s >= 0 for s in case["seconds"])
    assert case["growth"] > 0
