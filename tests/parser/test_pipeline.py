"""End-to-end behaviour of `parse` on small texts written for the tests."""

import datetime
from pathlib import Path

import pytest
from parser_helpers import exported

from archive.parser import ParseError, parse
from archive.parser.citations import find_citations
from archive.parser.document import Heading

EXAMPLE = (Path(__file__).parent / "example_en.txt").read_text(encoding="utf-8")


def refs(para):
    return [(r.mark, r.offset) for r in para.footnote_refs]


def test_example_metadata():
    p = parse(EXAMPLE)
    assert (p.language, p.symbol.canonical, p.title, p.formula) == (
        "en",
        "A/RES/75/12",
        "Example resolution on testing",
        "The General Assembly,",
    )
    assert p.agenda_items == ["20", "23 (a)"]
    assert p.basis == "on the report of the Second Committee (A/75/457, para. 9) and draft A/75/L.40"
    assert p.draft_symbols == ["A/75/L.40"]
    assert (p.adopted_on, p.meeting) == (datetime.date(2020, 12, 7), 40)
    assert p.warnings == []


def test_example_paragraphs():
    p = parse(EXAMPLE)
    assert [(x.eid, x.kind, x.number, x.text, refs(x), x.line) for x in p.paragraphs()] == [
        (
            "preamble__para_1",
            "preambular",
            None,
            "Recalling its resolution 74/1 of 10 October 2019,",
            [("1", 49)],
            21,
        ),
        (
            "preamble__para_2",
            "preambular",
            None,
            "Noting the report of the Secretary-General;",
            [("2", 43)],
            23,
        ),
        ("para_1", "operative", "1", "Decides that the country-specific review shall continue:", [], 25),
        ("para_1__subpara_a", "subparagraph", "(a)", "In 2021;", [], 40),
        ("para_1__subpara_b", "subparagraph", "(b)", "In 2022:", [], 43),
        ("para_1__subpara_b__subpara_i", "subparagraph", "(i)", "First;", [], 45),
        ("para_1__subpara_b__subpara_ii", "subparagraph", "(ii)", "Second;", [], 47),
        ("para_2", "operative", "2", "Requests a report.", [("3", 18)], 51),
        ("annex_1__para_1", "annex_paragraph", None, "Each State should act.", [], 59),
    ]
    assert [(a.eid, a.heading, a.title, a.line) for a in p.annexes] == [
        ("annex_1", "Annex", "Guidelines", 56)
    ]
    assert p.headings == [Heading("hcontainer_1", "Follow-up", None, 1, "para_2", 49)]


def test_example_footnotes_and_artefacts():
    p = parse(EXAMPLE)
    assert [(f.eid, f.mark, f.text, f.line) for f in p.footnotes] == [
        ("fnt_1", "1", "Resolution 74/1.", 29),
        ("fnt_2", "2", "A/75/100.", 30),
        ("fnt_3", "3", "A/75/200.", 62),
    ]
    furniture = [(a.line, a.text, a.reason) for a in p.artefacts if a.reason not in ("cover", "title")]
    assert furniture == [
        (19, "The General Assembly,", "formula"),
        (27, "_______________", "footnote rule"),
        (32, "A/RES/75/12", "running symbol"),
        (33, "Example resolution on testing", "running header"),
        (35, "25-12345", "job number"),
        (36, "2/3", "page number"),
        (53, "40th plenary meeting", "adoption"),
        (54, "7 December 2020", "adoption"),
        (60, "_______________", "footnote rule"),
    ]


def test_citations_come_from_the_final_texts():
    p = parse(EXAMPLE)
    for item in [*p.paragraphs(), *p.footnotes]:
        assert item.citations == find_citations(item.text, "en")
    assert any(c.target == "A/RES/74/1" for c in p.preambular[0].citations)


def test_export_renders():
    out = exported(parse(EXAMPLE))
    assert out["symbol"] == "A/RES/75/12" and out["meeting"] == 40
    assert list(out) == [
        "symbol",
        "session",
        "number",
        "parts",
        "adopted_on",
        "meeting",
        "agenda_items",
        "basis",
        "draft_symbols",
        "texts",
    ]
    text = out["texts"]["en"]
    assert list(text) == [
        "title",
        "formula",
        "agenda_items",
        "basis",
        "preambular",
        "operative",
        "annexes",
        "headings",
        "footnotes",
        "citations",
        "warnings",
    ]
    assert text["headings"] == [
        {"eid": "hcontainer_1", "number": None, "text": "Follow-up", "level": 1, "before": "para_2"}
    ]
    assert list(text["preambular"][0]) == ["eid", "text", "footnote_refs"]
    assert list(text["operative"][0]) == ["eid", "number", "text", "footnote_refs", "subparagraphs"]


def test_symbol_and_language_arguments_override():
    p = parse(EXAMPLE, language="en", symbol="A/RES/75/12 B")
    assert p.symbol.parts == "B"
    with pytest.raises(ParseError, match="bad symbol 'nonsense'"):
        parse(EXAMPLE, symbol="nonsense")
    with pytest.raises(ParseError, match="unknown language 'de'"):
        parse(EXAMPLE, language="de")


MINIMAL = (
    "80/5. A declaration\n\nThe General Assembly\n\nAdopts the declaration annexed.\n\n"
    "28th plenary meeting\n4 November 2025\n"
)


def test_formula_without_comma_gives_one_unnumbered_operative_paragraph():
    p = parse(MINIMAL)
    assert p.preambular == []
    assert [(x.eid, x.number, x.text) for x in p.operative] == [
        ("para_1", None, "Adopts the declaration annexed.")
    ]
    assert p.formula == "The General Assembly"


def test_own_line_mark_in_english_joins_with_one_space():
    text = (
        "80/9. T\n\nThe General Assembly,\n\nRecalling the Charter\n1\nand the Declaration,\n\n1. Decides.\n"
    )
    text += "_______________\n1 Charter.\n"
    p = parse(text)
    assert p.preambular[0].text == "Recalling the Charter and the Declaration,"
    assert refs(p.preambular[0]) == [("1", 21)]
    assert [w.message for w in p.warnings] == ["no adoption line ('28th plenary meeting') found"]


def test_chinese_example():
    text = (
        " 59/190. 标题\n\n 大会， \n\n 铭记宗旨， \n\n 1. 重申； \n\n 2. 决定。 \n\n"
        "2004 年 12 月 20 日 \n\n第 74 次全体会议 \n"
    )
    p = parse(text)
    assert (p.language, p.symbol.canonical, p.formula, p.meeting, p.adopted_on) == (
        "zh",
        "A/RES/59/190",
        "大会，",
        74,
        datetime.date(2004, 12, 20),
    )
    assert [(x.eid, x.text) for x in p.paragraphs()] == [
        ("preamble__para_1", "铭记宗旨，"),
        ("para_1", "重申；"),
        ("para_2", "决定。"),
    ]


def test_the_texts_keep_the_digits_they_print():
    """Full-width and Arabic-Indic digits are read as numbers (paragraphs, dates, marks, symbols) and stay
    as printed in the texts; a symbol printed in Western digits keeps them."""
    rule = " " * 59  # the footnote rule, as pdftotext gives it
    text = (
        " 80/２. 第１９条的请求 \n\n 大会， \n\n 回顾其第５４/２３７号决议，\n1\n \n\n"
        f" １．重申第１２段和 A/80/11； \n\n{rule}\n1\n 见第７９/２４９号决议，第３段。 \n\n"
        "２０２５年１０月１４日 \n\n第１８次全体会议 \n"
    )
    p = parse(text)
    assert (p.title, p.meeting, p.adopted_on) == ("第１９条的请求", 18, datetime.date(2025, 10, 14))
    assert [(x.eid, x.number, x.text) for x in p.paragraphs()] == [
        ("preamble__para_1", None, "回顾其第５４/２３７号决议，"),
        ("para_1", "1", "重申第１２段和 A/80/11；"),
    ]
    assert [(n.mark, n.text) for n in p.footnotes] == [("1", "见第７９/２４９号决议，第３段。")]
    assert [(c.citation.text, c.citation.target) for c in p.citations()] == [
        ("５４/２３７", "A/RES/54/237"),
        ("A/80/11", "A/80/11"),
        ("７９/２４９", "A/RES/79/249"),
    ]
    arabic = parse(
        "الدورة الثمانون\nالبندان ٢٥ و ١٠٥ (ب) من جدول الأعمال\n\n٨٠/٢ - العنوان\n\nإن الجمعية العامة،\n\n"
        "١ - تقرر أن تنظر في قرارها ٥٤/٢٣٧ المؤرخ ٢٣ كانون الأول/ديسمبر ١٩٩٩ وفي الوثيقة A/80/11؛\n\n"
        "الجلسة العامة ١٨\n١٤ تشرين الأول/أكتوبر ٢٠٢٥\n"
    )
    assert [(x.number, x.text) for x in arabic.paragraphs()] == [
        ("1", "تقرر أن تنظر في قرارها ٥٤/٢٣٧ المؤرخ ٢٣ كانون الأول/ديسمبر ١٩٩٩ وفي الوثيقة A/80/11؛")
    ]
    assert [c.target for c in arabic.paragraphs().__next__().citations] == ["A/RES/54/237", "A/80/11"]
    assert arabic.agenda_items == ["٢٥", "١٠٥ (ب)"]


def test_warnings_for_gaps_and_unreferenced_footnotes():
    text = (
        "80/9. T\n\nThe General Assembly,\n\n1. Decides;\n\n3. Requests.\n\n9th plenary meeting 1 May 2025\n"
    )
    text += "_______________\n1 Never used.\n"
    p = parse(text)
    assert [(w.message, w.line) for w in p.warnings] == [
        ("footnote 1 is never referenced", 11),
        ("operative paragraph 3 follows 1", 7),
    ]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("", "the text is empty", None),
        ("   \n\n", "the text is empty", None),
        ("The General Assembly,\n\n1. Decides.", "no title line of the form '59/190. Title' found", 1),
        ("\n\nSome words here", "no title line of the form '59/190. Title' found", 3),
        ("80/1. Title only\n", "no paragraphs found after the title", 1),
        ("12345", "no recognisable text: cannot detect the language", None),
    ],
)
def test_parse_errors_name_the_line(text, message, line):
    with pytest.raises(ParseError) as info:
        parse(text)
    assert (info.value.message, info.value.line) == (message, line)


def test_non_string_input():
    with pytest.raises(ParseError, match="not a string"):
        parse(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "language", "meeting", "date"),
    [
        (
            "59/190. Titre\n\nL’Assemblée générale,\n\nRappelant sa résolution,\n\n1. Décide ;\n\n"
            "74e séance plénière\n20 décembre 2004\n",
            "fr",
            74,
            datetime.date(2004, 12, 20),
        ),
        (
            "59/190. Título\n\nLa Asamblea General,\n\nRecordando su resolución,\n\n1. Decide;\n\n"
            "74ª sesión plenaria\n20 de diciembre de 2004\n",
            "es",
            74,
            datetime.date(2004, 12, 20),
        ),
        (
            "59/190. Заголовок\n\nГенеральная Ассамблея,\n\nссылаясь на резолюцию,\n\n"
            "подтверждая\nсвою позицию,\n\n"
            "1. постановляет;\n\n"
            "74-е пленарное заседание\n20 декабря 2004 года\n",
            "ru",
            74,
            datetime.date(2004, 12, 20),
        ),
    ],
)
def test_other_languages_end_to_end(text, language, meeting, date):
    p = parse(text)
    assert (p.language, p.meeting, p.adopted_on, len(p.operative)) == (language, meeting, date, 1)
    assert len(p.preambular) == (2 if language == "ru" else 1)
    assert p.warnings == []


def test_cross_check_warnings():
    assert [w.message for w in parse(EXAMPLE, symbol="A/RES/75/13").warnings] == [
        "title number 75/12 differs from symbol A/RES/75/13"
    ]
    changed = EXAMPLE.replace("Seventy-fifth session", "Seventy-fourth session")
    assert [w.message for w in parse(changed).warnings] == ["cover names session 74, symbol says A/RES/75/12"]


def test_arabic_paragraph_numbers_with_a_dash():
    text = (
        "59/190 - عنوان\n\n59/190. عنوان\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها،\n\n1 - تقرر ما يلي؛\n\n"
    )
    text += "الجلسة العامة 74\n20 كانون الأول/ديسمبر 2004\n"
    p = parse(text)
    assert p.language == "ar"
    assert [(x.eid, x.number, x.text) for x in p.operative] == [("para_1", "1", "تقرر ما يلي؛")]
    assert (p.meeting, p.adopted_on) == (74, datetime.date(2004, 12, 20))


def test_split_headings():
    from archive.parser.languages import table
    from archive.parser.paragraphs import Group
    from archive.parser.pipeline import split_headings

    groups = [
        Group(1, raw="Peacebuilding financing"),
        Group(2, "13", True, raw="Calls for;"),
        Group(3, raw="End"),
    ]
    keep, headings = split_headings(groups, table("en"))
    assert [g.raw for g in keep] == ["Calls for;", "End"]
    assert [(g.raw, before) for g, before in headings] == [("Peacebuilding financing", 0)]


def test_heading_with_an_own_line_mark_is_kept_and_the_mark_is_an_artefact():
    text = "80/9. T\n\nThe General Assembly,\n\n1. Decides;\n\nFollow-up\n1\n\n2. Requests.\n"
    text += "_______________\n1 A note.\n"
    p = parse(text)
    assert [
        (a.line, a.text, a.reason) for a in p.artefacts if a.reason.startswith(("heading", "footnote mark"))
    ] == [(8, "1", "footnote mark in a heading")]
    assert p.headings == [Heading("hcontainer_1", "Follow-up", None, 1, "para_2", 7)]
    assert ("footnote mark 1 in a heading", 8) in [(w.message, w.line) for w in p.warnings]


def test_the_titles_footnote_is_referenced_by_the_title():
    """In the 2000s a title carried a footnote (its sponsors); the seed's extraction puts its mark alone on
    the line after the title. The footnote is kept, and is no footnote 'never referenced'."""
    parsed = parse(
        " 55/100. Respect for the right to universal freedom of travel\n1\n\n The General Assembly,\n\n"
        " 1. Calls upon all States to guarantee the freedom of travel;\n\n"
        + " "
        * 59
        + "\n1\n The draft resolution was sponsored by Bolivia and Cuba.\n\n\n81st plenary meeting\n\n"
        "4 December 2000\n"
    )
    assert (parsed.title, [(f.mark, f.text) for f in parsed.footnotes], parsed.warnings) == (
        "Respect for the right to universal freedom of travel",
        [("1", "The draft resolution was sponsored by Bolivia and Cuba.")],
        [],
    )
