"""Footnote marks in running text, attached by evidence: where the number stands, that a footnote with
that number exists, and the order of first references."""

import re

import pytest

from archive.parser import parse
from archive.parser.languages import table
from archive.parser.marks import FAINT, GLUED, STRONG, WEAK, candidates, glued_title_mark, place_marks


def found(text: str) -> list[tuple[str, int, int]]:
    """The candidates in `text`, read with the months of English or, in Chinese, its counters."""
    language = "zh" if re.search("[\u4e00-\u9fff]", text) else "en"
    return [(c.mark, c.start, c.level) for c in candidates(text, table(language).number_words)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headquarters of the United Nations1 are prevented", [("1", 34, GLUED)]),
        ("peacebuilding and sustaining peace,1", [("1", 35, GLUED)]),
        ("the first special session devoted to disarmament, 1 in which", [("1", 50, STRONG)]),
        ("the International Court of Justice, 1 and", [("1", 36, STRONG)]),
        ("report of 25 November 20242 and the", [("2", 26, WEAK)]),
        ("for the Decade 2014–20243 and provides", [("3", 24, WEAK)]),
        ("Disaster Risk Reduction 2015–2030 3 and the", [("3", 34, WEAK)]),
        ("the Programme of Action 9 and the", [("9", 24, WEAK)]),
        ("implementation of resolution 72/4; 1", [("1", 35, STRONG)]),
        ("resolution 79/7;1", [("1", 16, GLUED)]),
        ("in 2019 and 2023, 4 as well", [("4", 18, STRONG)]),
        ("2024,1 which builds", [("1", 5, GLUED)]),
        ("the first phase 1 of the project", [("1", 16, FAINT)]),
        ("the adoption of the agenda 5 and the", [("5", 27, FAINT)]),
        # Chinese, its full-width punctuation before or after the mark
        ("安全理事会主席的声明，1", [("1", 11, GLUED)]),
        ("《世界人权宣言》、1 国际人权盟约", [("1", 9, GLUED)]),
        ("《维也纳宣言和行动纲领》3 所申明的", [("3", 12, GLUED)]),
        ("秘书长的报告2，并请", [("2", 6, GLUED)]),
        # glued to punctuation, the next line's text joined to it with no space
        ("《世界人权宣言》、1国际人权盟约", [("1", 9, GLUED)]),
        ("《维也纳宣言和行动纲领》3所申明的", [("3", 12, GLUED)]),
        # after a full stop that ends a word, not an abbreviation in a symbol
        ("to remain seized of the matter.1", [("1", 31, GLUED)]),
        # after punctuation and a space, the next line joined with none
        ("《维也纳宣言和行动纲领》 3所申明的", [("3", 13, STRONG)]),
        # between two characters, glued or spaced, the second no counter: weak
        ("国际人权盟约2和其他相关文书", [("2", 6, WEAK)]),
        ("国际人权盟约 2 和其他相关文书", [("2", 7, WEAK)]),
        ("世界首脑会议成果12所载", [("12", 8, WEAK)]),
    ],
)
def test_where_a_number_stands_makes_it_a_candidate(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in accordance with paragraph 1 (a) above",
        "adopted on 2 December 2024, 3 December 2025",
        "paragraphs 3, 4 and 5",
        "the UN80 Initiative",
        "No. 30822",
        "A/CONF.202/3",
        "all 17 Sustainable Development Goals",
        "an increase of 2.5 per cent and 1,500 people",
        "1.5°C above",
        "第1、2和3段",
        "第 5，6 段",
        "2000年12月4日第81次全体会议",
        "第1、2段",
        # a number between two characters that counts, measures or dates, or ends a range
        "又于2000年12月4日举行",
        "其中17个国家",
        "在1至3个月内",
        "为期10天的会议",
        "约100多个会员国",
        "共2500万人",
        "第二部分第3节",
        "在10余年间",
        "约0人",
        # glued to a letter alone: "and 2" in Arabic, a group's name
        "و2 من كل 3 نساء",
        "the G20 summit",
        # a document's symbol
        "the report (A/80/100/Add.1 and Corr.1)",
        "document A/C.2/80/L.2, as orally revised",
        "E/CN.6/2024/L.3/Rev.1;",
        "报告（A/80/100/Add.1 和Corr.1；",  # a line joined to the symbol's line with no space
        "其中，3个国家",
        "报告，4 项",
        "第 74 次全体会议",
    ],
)
def test_numbers_that_are_not_marks_or_only_faint_ones(text):
    assert [c for c in found(text) if c[2] != FAINT] == []


def test_first_references_run_in_order_and_a_strong_mark_beats_an_earlier_weak_one():
    texts = ["Recalling the Declaration 2 and the Programme1 and the Agenda,2", "Noting the Plan,3"]
    placed = place_marks(texts, ["1", "2", "3"], {})
    assert placed.marks == [[(45, "1"), (62, "2")], [(16, "3")]]


def test_a_glued_mark_beats_an_earlier_number_after_a_comma():
    """Where marks are glued, a number spaced after a comma is most often the text's own ("in 2019, 2 of 5
    people"): footnote N's glued candidate is taken before N+1's first glued one."""
    texts = ["the Programme,1 and in 2019, 2 of 5 people, 3 of 7 children, the Framework2 and the Plan,3"]
    placed = place_marks(texts, ["1", "2", "3"], {})
    assert placed.marks == [[(14, "1"), (74, "2"), (89, "3")]]


def test_a_weak_mark_is_taken_when_the_next_footnotes_mark_comes_before_any_strong_one():
    texts = ["the Programme of Action 9 and the Agenda,10 and the Plan,9"]
    placed = place_marks(texts, ["9", "10"], {"8": (0, 0)})
    assert placed.marks == [[(24, "9"), (41, "10"), (57, "9")]]


def test_a_faint_mark_needs_the_marks_before_and_after_it():
    assert place_marks(["the phase 1 of the plan;"], ["1"], {}).marks == [[]]
    assert place_marks(["the plan,4 the phase 5 of the plan;"], ["4", "5"], {}).marks == [[(9, "4")]]
    texts = ["the plan,4 the agenda 5 and the Decade 2025–20286 and"]
    assert place_marks(texts, ["4", "5", "6"], {}).marks == [[(9, "4"), (22, "5"), (48, "6")]]


RESOLUTION = """80/1. Title

The General Assembly,

Recalling the International Court of Justice,1 and the Programme of Action 2 and the first phase 1 of
the Sendai Framework for Disaster Risk Reduction 2015–2030 3 and the opinion of the Court,1 and
resolution 1 of the Conference, with 2.5 per cent in paragraphs 3, 2 and 1,

1. Decides;

3rd plenary meeting
1 December 2025

__________________
1 Report of the Court.
2 A/CONF.1/2.
3 Resolution 69/283, annex II.
"""


def test_a_paragraph_with_every_kind_of_mark():
    parsed = parse(RESOLUTION)
    para = parsed.preambular[0]
    assert para.text == (
        "Recalling the International Court of Justice, and the Programme of Action and the first phase 1 of "
        "the Sendai Framework for Disaster Risk Reduction 2015–2030 and the opinion of the Court, and "
        "resolution 1 of the Conference, with 2.5 per cent in paragraphs 3, 2 and 1,"
    )
    assert [(r.mark, para.text[: r.offset][-12:]) for r in para.footnote_refs] == [
        ("1", " of Justice,"),
        ("2", "me of Action"),
        ("3", "on 2015–2030"),
        ("1", "f the Court,"),
    ]
    assert [w.message for w in parsed.warnings] == []


@pytest.mark.parametrize(
    ("first", "second", "kept", "repeated"),
    [
        # marks glued: a number spaced after a comma is the text's
        (
            "Recalling the Programme of Action,1 the Sendai Framework2",
            "in 2019, 3 million, 1 in 3 women",
            "in 2019, 3 million, 1 in 3 women",
            [],
        ),
        # marks spaced after commas (as some extractions print them): so is a repeated one
        (
            "Recalling the Programme of Action, 1 the Sendai Framework2",
            "the opinion of the Court, 1 and",
            "the opinion of the Court, and",
            ["1"],
        ),
    ],
)
def test_a_repeated_reference_stands_as_the_first_references_do(first, second, kept, repeated):
    text = (
        f"80/1. Title\n\nThe General Assembly,\n\n{first} and the Istanbul Declaration,3\n\n"
        f"1. Notes {second};\n\n3rd plenary meeting\n1 December 2025\n"
        "__________________\n1 A/80/101.\n2 A/80/102.\n3 A/80/103.\n"
    )
    parsed = parse(text)
    assert parsed.operative[0].text == f"Notes {kept};"
    assert [r.mark for r in parsed.operative[0].footnote_refs] == repeated
    assert [w.message for w in parsed.warnings] == []


def test_999_marks_in_one_paragraph():
    words = " ".join(f"the Programme {k} and" for k in range(1, 1000))
    notes = "\n".join(f"{k} Report {k}." for k in range(1, 1000))
    body = f"1. Decides that {words} the end;"
    text = f"80/1. Title\n\nThe General Assembly,\n\n{body}\n\n__________________\n{notes}\n"
    parsed = parse(text)
    refs = parsed.operative[0].footnote_refs
    assert [r.mark for r in refs] == [str(k) for k in range(1, 1000)]
    assert parsed.operative[0].text.startswith("Decides that the Programme and the Programme and")
    assert [r.offset for r in refs[:2]] == [26, 44]
    assert len(parsed.footnotes) == 999


def test_a_chinese_mark_glued_at_a_lines_end_before_the_footnote_block():
    """An extraction gluing marks to the text: the paragraph goes on after the page's footnotes, and its
    lines join with no space ("…纲领》3所申明…")."""
    text = (
        "59/190. 促进国际合作\n\n大会，\n\n"
        "重申必须按照世界人权会议 1993 年 6 月 25 日通过的《维也纳宣言和行动纲领》3\n"
        "_______________\n"
        "3 A/CONF.157/24（Part I）和 Corr.1，第三章。\n\n"
        "所申明的确保人权问题的审议工作具有普遍性，\n\n"
        "1. 决定继续审议这一问题。\n\n"
        "2004 年 12 月 20 日\n第 74 次全体会议\n"
    )
    parsed = parse(text)
    para = parsed.preambular[0]
    assert para.text.endswith("《维也纳宣言和行动纲领》所申明的确保人权问题的审议工作具有普遍性，")
    assert [(r.mark, para.text[: r.offset][-5:]) for r in para.footnote_refs] == [("3", "行动纲领》")]
    assert [w.message for w in parsed.warnings] == []


def test_a_number_counting_in_chinese_after_a_footnotes_mark_is_no_repeated_reference():
    """ "，3个国家" after footnote 3's mark keeps its 3, and "，4 项" its 4."""
    text = (
        "59/190. 促进国际合作\n\n大会，\n\n"
        "重申《维也纳宣言和行动纲领》\n3\n 所申明的原则，\n\n"
        "1. 决定在其中，3个国家和 10 个组织提交的，4 项报告的基础上继续审议这一问题。\n\n"
        "2004 年 12 月 20 日\n第 74 次全体会议\n"
        "_______________\n"
        "3 A/CONF.157/24（Part I）和 Corr.1，第三章。\n"
        "4 A/59/327。\n"
    )
    parsed = parse(text)
    assert parsed.operative[0].text == (
        "决定在其中，3个国家和 10 个组织提交的，4 项报告的基础上继续审议这一问题。"
    )
    assert parsed.operative[0].footnote_refs == []
    assert [w.message for w in parsed.warnings] == ["footnote 4 is never referenced"]


@pytest.mark.parametrize(
    ("title", "mark", "glued"),
    [
        (
            "Respect de la liberté universelle de circulation et importance du regroupement familial1",
            "1",
            True,
        ),
        ("对普遍旅行自由权的尊重和家庭团聚的极端重要性1", "1", True),
        ("احترام حرية التنقل وأهمية لمّ شمل الأسر1", "1", True),
        ("Implementation of Agenda 21", "1", False),  # a number after a space and a word: the title's
        ("Implementation of Agenda 21", "21", False),
        ("The Group of 77 and the G201", "2", False),  # not the first footnote's mark
        ("International Year of Family Farming, 2014", "4", False),
    ],
)
def test_a_footnote_mark_glued_to_the_titles_end(title, mark, glued):
    assert glued_title_mark(title, mark) == (len(title) - len(mark) if glued else None)


def test_a_title_with_its_footnotes_mark_glued_to_its_end():
    text = (
        "55/100. Respect de la liberté universelle de circulation et importance capitale du regroupement "
        "familial1\n\nL'Assemblée générale,\n\n"
        "Réaffirmant que tous les droits de l'homme sont universels,\n\n"
        "1. Engage tous les États à garantir la liberté de circuler;\n\n"
        "81e séance plénière\n4 décembre 2000\n"
        "_______________\n"
        "1 Le projet de résolution avait pour auteurs les pays suivants : Cuba et Ghana.\n"
    )
    parsed = parse(text)
    assert parsed.title.endswith("importance capitale du regroupement familial")
    assert [f.mark for f in parsed.footnotes] == ["1"]
    assert [w.message for w in parsed.warnings] == []
