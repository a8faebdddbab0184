from archive.parser.blocks import classify, find_annexes
from archive.parser.languages import table
from archive.parser.normalise import normalise_lines

EN = table("en")

STYLE_ONE = """Recalling the Agreement1 and
the rest,

1.
Decides that the State of
_______________

1 See resolution 169 (II).

A/RES/80/1
Title of the resolution

25-15106
2/2

Assembly at its eightieth session;

3rd plenary meeting
19 September 2025

Annex
Declaration title

1.
We meet.
"""


def test_classify_style_one():
    lines = normalise_lines(STYLE_ONE)
    kinds = [None] * len(lines)
    kinds[17] = kinds[18] = "adoption"
    layout = classify(lines, kinds, 0, "Title of the resolution", EN)
    assert [(f.mark, f.text, f.lines) for f in layout.footnotes] == [("1", "See resolution 169 (II).", [7])]
    assert [(a.line, a.reason) for a in layout.artefacts] == [
        (6, "footnote rule"),
        (10, "running symbol"),
        (11, "running header"),
        (13, "job number"),
        (14, "page number"),
    ]
    assert [(it.no, it.gap) for it in layout.main] == [
        (1, True),
        (2, False),
        (4, True),
        (5, False),
        (16, True),
    ]
    assert [(a.heading, a.title, [it.text for it in a.items]) for a in layout.annexes] == [
        ("Annex", "Declaration title", ["1.", "We meet."])
    ]


STYLE_TWO = """Recalling the provisions on peacebuilding,1

1 Including General Assembly resolution 60/180,
Assembly resolution 65/7 and Council resolution 2558
(2020).

Recognizing further that conflict prevention,

2 Not a footnote: mark 2 was never used.
"""


def test_classify_footnotes_between_paragraphs():
    lines = normalise_lines(STYLE_TWO)
    layout = classify(lines, [None] * len(lines), 0, "A title", EN)
    assert [(f.mark, f.text) for f in layout.footnotes] == [
        (
            "1",
            "Including General Assembly resolution 60/180, Assembly resolution 65/7 and Council "
            "resolution 2558 (2020).",
        )
    ]
    assert [it.text for it in layout.main] == [
        "Recalling the provisions on peacebuilding,1",
        "Recognizing further that conflict prevention,",
        "2 Not a footnote: mark 2 was never used.",
    ]


CHINESE = (
    """ 考虑到《世界人权宣言》、
1
 国际人权盟约
2
 和其他相关文书所载的原则为基础，
"""
    + " " * 59
    + """
1
 第 217 A（III）号决议。

2
 第 2200 A（XXI）号决议，附件。
  申明负责各个主题事项，
"""
)


def test_classify_own_line_marks_and_a_block_after_a_space_rule():
    lines = normalise_lines(CHINESE)
    layout = classify(lines, [None] * len(lines), 0, "标题", table("zh"))
    assert [(f.mark, f.text) for f in layout.footnotes] == [
        ("1", "第 217 A（III）号决议。"),
        ("2", "第 2200 A（XXI）号决议，附件。"),
    ]
    assert [(it.text, it.mark) for it in layout.main] == [
        ("考虑到《世界人权宣言》、", None),
        ("1", "1"),
        ("国际人权盟约", None),
        ("2", "2"),
        ("和其他相关文书所载的原则为基础，", None),
        ("申明负责各个主题事项，", None),
    ]
    # the next page's first line, right under the footnotes: indented by two spaces, a paragraph's first
    assert (layout.main[-1].indent, layout.main[-1].page_break) == (True, True)


def test_a_pages_first_line_under_the_footnotes_is_indented_one_space_more_than_its_place_says():
    """The seed's extraction marks no page break: it indents the next page's first line by one more space,
    so that a paragraph going on there has one space, and one starting there two."""
    text = CHINESE.replace("  申明负责各个主题事项，", " 申明负责各个主题事项，")
    lines = normalise_lines(text)
    layout = classify(lines, [None] * len(lines), 0, "标题", table("zh"))
    assert [(it.text, it.indent, it.page_break) for it in layout.main[-2:]] == [
        ("和其他相关文书所载的原则为基础，", True, False),
        ("申明负责各个主题事项，", False, True),
    ]


def test_annex_without_title():
    lines = normalise_lines("Annex I\n\n1. We meet.\n")
    kinds = [None] * len(lines)
    annexes = find_annexes(lines, kinds, 0, EN)
    assert [(a.heading, a.title, a.heading_index) for a in annexes] == [("Annex I", None, 0)]


SPLIT_FOOTNOTE = """Recalling the Summit,1 and
_______________

1 Report of the World Summit for Social Development (United
Nations publication, Sales No.

A/RES/80/5
25-17700

the Copenhagen Declaration,
_______________

E.96.IV.8), chap. I, annex.
2 Resolution 70/1.
"""


def test_footnote_split_across_pages_is_joined():
    lines = normalise_lines(SPLIT_FOOTNOTE)
    layout = classify(lines, [None] * len(lines), 0, "A title", EN)
    assert [(f.mark, f.text) for f in layout.footnotes] == [
        (
            "1",
            "Report of the World Summit for Social Development (United Nations publication, Sales No. "
            "E.96.IV.8), chap. I, annex.",
        ),
        ("2", "Resolution 70/1."),
    ]
    assert [it.text for it in layout.main] == ["Recalling the Summit,1 and", "the Copenhagen Declaration,"]
