import pytest

from archive.parser.languages import table
from archive.parser.normalise import (
    Line,
    join_text,
    joined_suffixes,
    joiner,
    normalise_lines,
    plain_forms,
    printed_digits,
)


def test_lines_are_numbered_stripped_and_collapsed():
    lines = normalise_lines(" 大会， \r\nThe  General\u00a0Assembly,\n\n" + " " * 40 + "\n")
    assert [(x.no, x.text, x.indent, x.rule) for x in lines] == [
        (1, "大会，", True, False),
        (2, "The General Assembly,", False, False),
        (3, "", False, False),
        (4, "", False, True),
        (5, "", False, False),
    ]
    assert lines[0].raw == " 大会， "


def test_a_space_between_chinese_characters_is_dropped_and_one_beside_punctuation_or_latin_kept():
    lines = normalise_lines(
        "55/100. 对普遍旅行自由权的尊重和家 庭团聚\n洪都拉斯。 经记录表决\n第 59/190 号决议 A B"
    )
    assert [x.text for x in lines] == [
        "55/100. 对普遍旅行自由权的尊重和家庭团聚",
        "洪都拉斯。 经记录表决",
        "第 59/190 号决议 A B",
    ]
    assert lines[0].raw == "55/100. 对普遍旅行自由权的尊重和家 庭团聚"


def test_old_mac_newlines_split_lines_and_form_feeds_are_spaces():
    assert [x.text for x in normalise_lines("\fa\u2028b\rc\r\nd")] == ["a b", "c", "d"]


def test_blank_property():
    assert Line(1, " ", "").blank and not Line(1, "x", "x").blank


def test_latin_lines_join_with_one_space_and_cjk_without():
    assert join_text("United States of", "America") == "United States of America"
    assert join_text("以加", "强联合国") == "以加强联合国"
    assert join_text("《世界人权宣言》、", "国际") == "《世界人权宣言》、国际"


def test_line_end_dash_joins_without_space():
    assert join_text("action-", "oriented") == "action-oriented"
    assert join_text("Decade 2024–", "2034") == "Decade 2024–2034"
    assert joiner("development –", "that") == " "


def test_printed_digits_takes_each_digit_from_the_source_in_order():
    source = "1 - قرارها ٥٩/١٩٠ والوثيقة A/59/327 (٢)"
    # the paragraph's number (1) and the mark (2) were taken away: passed over
    assert printed_digits("قرارها 59/190 والوثيقة A/59/327", source) == (
        "قرارها ٥٩/١٩٠ والوثيقة A/59/327",
        source.index("327") + 3,
    )
    assert printed_digits("第12段", "第１２段") == ("第１２段", 3)
    assert printed_digits("12", "第１２段 12", 3) == ("12", 7)  # from `start` on
    assert printed_digits("7", "٥") == ("7", 0)  # not in the source: left as read


@pytest.mark.parametrize(
    ("text", "plain", "taken"),
    [
        ("on the Platform for Action, 2/", "on the Platform for Action,2", " /"),
        ("the Beijing Declaration 2/ and the Platform", "the Beijing Declaration2 and the Platform", " /"),
        ("the report of the Secretary-General; 1/", "the report of the Secretary-General;1", " /"),
        ("2/ Report of the Fourth World Conference", "2 Report of the Fourth World Conference", "/"),
        ("执行情况的报告 1/，", "执行情况的报告1，", " /"),
        ("في تقرير الأمين العام 1/،", "في تقرير الأمين العام1،", " /"),
        ("1/", "1", "/"),
        ("its resolution 50/203 of 22 December 1995", "its resolution 50/203 of 22 December 1995", ""),
        ("in document A/52/", "in document A/52/", ""),  # a symbol broken at the line's end
        ("the ratio 7/ of", "the ratio 7/ of", ""),  # no footnote line "7/"
    ],
)
def test_marks_of_the_nineties_become_bare_numbers(text, plain, taken):
    """Documents of the 1990s mark footnotes "2/" in every language, for the numbers a footnote line
    "2/ text" exists for; each mark is glued to what stands before it, as a superscript is read."""
    notes = "1/ A/52/352.\n2/ Report of the Conference.\n52/ A footnote 52, so that 52 is a mark's number."
    lines, removed = plain_forms(normalise_lines(f"{text}\n{notes}"), None)
    assert lines[0].text == plain
    assert [t for no, t in removed if no == 1] == ([taken] if taken else [])


def test_an_arabic_mark_opening_a_line_after_a_short_number_is_a_reference_wrapped():
    """ "المادة 2" / "(1) وفي …": article 2 (1), its bracketed number wrapped to the next line; after a
    footnote ending with a symbol or a year, "(2) text" opens footnote 2's line as ever; under a rule of
    spaces, "(3) text" opens footnote 3's line though the page's last line ends with a number."""
    marks = table("ar").mark_forms
    lines, _ = plain_forms(
        normalise_lines(
            "وإذ تشير إلى الإعلان(1) وإلى المادة 2\n(1) من العهد،\n"
            "(1) انظر A/79/103\n(2) القرار 217 ألف (د-3).\n"
            f"وإلى الميثاق(3) والمادة 2\n\n{' ' * 59}\n(3) الميثاق."
        ),
        marks,
    )
    assert [line.text for line in lines] == [
        "وإذ تشير إلى الإعلان1 وإلى المادة 2",
        "(1) من العهد،",
        "1 انظر A/79/103",
        "2 القرار 217 ألف (د-3).",
        "وإلى الميثاق3 والمادة 2",
        "",
        "",
        "3 الميثاق.",
    ]


def test_an_arabic_mark_opening_a_line_out_of_the_footnotes_order_is_a_reference_wrapped():
    """Footnotes are numbered through a text: the next page's first line "(1) وفي …" under footnote 4's
    line is "المادة 2" / "(1) وفي" wrapped over the page's foot, not footnote 1 again."""
    lines, _ = plain_forms(
        normalise_lines(
            "وإذ تشير إلى الإعلان(4) وإلى المادة 2\n__________\n(4) تقرير المؤتمر، الفصل الأول.\n"
            "(1) وفي الفقرة 5 من المرفق،"
        ),
        table("ar").mark_forms,
    )
    assert [line.text for line in lines] == [
        "وإذ تشير إلى الإعلان4 وإلى المادة 2",
        "__________",
        "4 تقرير المؤتمر، الفصل الأول.",
        "(1) وفي الفقرة 5 من المرفق،",
    ]


def test_a_superscript_suffix_on_a_line_of_its_own_is_joined_back():
    """A suffix that the extraction put on a line of its own, as it puts superscripts, and the rest of its
    line, indented, after it: joined back after a number, a Roman numeral or the "n" of "no"; not after a
    word. A suffix ending its line is joined to the number alone."""
    lines = joined_suffixes(
        normalise_lines(
            "du XXI\ne\n siècle,\n74\ne\n séance plénière\nSupplément n\no\n 3 (A/59/3).\n"
            "la lettre\ne\n et\nle 1\ner\n\njanvier"
        ),
        table("fr").table.superscripts,
    )
    assert [(line.no, line.text) for line in lines] == [
        (1, "du XXIe siècle,"),
        (4, "74e séance plénière"),
        (7, "Supplément no 3 (A/59/3)."),
        (10, "la lettre"),
        (11, "e"),
        (12, "et"),
        (13, "le 1er"),
        (15, ""),
        (16, "janvier"),
    ]
    # the rest of a line after a footnote's mark, indented: "a" (to), not the superscript of "74a"
    lines = joined_suffixes(normalise_lines("la Carta\n3\n a\nlos Estados"), table("es").table.superscripts)
    assert [line.text for line in lines] == ["la Carta", "3", "a", "los Estados"]


def test_radicals_a_pdfs_font_maps_its_characters_to_are_read_as_the_characters():
    """As extractions of some PDFs give them: Kangxi radicals ("⼤会"), simplified radicals ("⻅")."""
    lines = normalise_lines("⼤会，\n议程项⽬14\n2024年12⽉5⽇ ⼤会决议\n⻅A/79/104。\n⺅")
    assert [line.text for line in lines] == [
        "大会，",
        "议程项目14",
        "2024年12月5日大会决议",
        "见A/79/104。",
        "⺅",
    ]


def test_bidirectional_controls_an_extractor_puts_around_runs_are_dropped():
    lines = normalise_lines("\u202b\u202aA/RES/79/153\u202c\u202c\n\u202bإن الجمعية العامة\u200f،\u202c")
    assert [line.text for line in lines] == ["A/RES/79/153", "إن الجمعية العامة،"]
