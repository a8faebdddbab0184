import pytest

from archive.parser.languages import table
from archive.parser.paragraphs import (
    Item,
    Separators,
    alpha_next,
    assign_labels,
    group_lines,
    is_terminal,
    separators,
)

TERMINAL = ",;:.!?"


def items(spec: str, *, indent_mode: bool = False) -> list[Item]:
    """Items from a compact spec: '|' before a line marks a gap (blank line) before it; '>' an indent;
    a line '#3' is an own-line mark 3."""
    out = []
    for k, raw in enumerate(spec.split("\n")):
        gap = raw.startswith("|")
        raw = raw.lstrip("|")
        indent = raw.startswith(">")
        raw = raw.lstrip(">")
        mark = raw[1:] if raw.startswith("#") else None
        out.append(Item(index=k, no=k + 1, text=mark or raw, mark=mark, gap=gap, indent=indent))
    return out


def shape(groups):
    return [(g.label, g.numbered, g.raw, g.marks) for g in groups]


@pytest.mark.parametrize(
    ("text", "terminal"),
    [
        ("Recalling its resolution,", True),
        ("to the Committee,3", True),
        ("in 2030;15", True),
        ("“Nuclear disarmament”.", True),
        ("Peacebuilding Commission", False),
        ("Decade 2024–2034", False),
        ("", False),
        ("children (A/80/100/Add.1 and Corr.1;", False),  # a bracket still open: the clause goes on
        ("resolution 70/1 (2015);", True),
    ],
)
def test_is_terminal(text, terminal):
    assert is_terminal(text, TERMINAL) is terminal


def test_blank_separated_paragraphs_with_numbers_on_their_own_line():
    groups = group_lines(
        items(
            "Expressing concern that\nthe Assembly,\n|Recalling also,\n|1.\nDecides that:\n|(a)\nThe State;"
        ),
        TERMINAL,
    )
    assert shape(groups) == [
        (None, False, "Expressing concern that the Assembly,", []),
        (None, False, "Recalling also,", []),
        ("1", True, "Decides that:", []),
        ("a", False, "The State;", []),
    ]


def test_text_without_final_punctuation_continues_across_a_gap():
    groups = group_lines(
        items("|during the general debate of the\n|Assembly at its session;\n|2. Also decides;"), TERMINAL
    )
    assert shape(groups) == [
        (None, False, "during the general debate of the Assembly at its session;", []),
        ("2", True, "Also decides;", []),
    ]


def test_lowercase_or_digit_start_continues_after_a_comma():
    groups = group_lines(items("|Recalling its resolutions 51/17 of 12 November,\n|1996, 52/10,"), TERMINAL)
    assert len(groups) == 1


def test_indent_mode_and_own_line_marks():
    spec = (
        ">铭记联合国的宗旨，\n增进尊重，\n>考虑到《世界人权宣言》、\n#1\n"
        ">国际人权盟约\n#2\n>和其他文书，\n>1. 重申；"
    )
    groups = group_lines(items(spec), "，；：。")
    assert shape(groups) == [
        (None, False, "铭记联合国的宗旨，增进尊重，", []),
        (None, False, "考虑到《世界人权宣言》、国际人权盟约和其他文书，", [(12, "1"), (18, "2")]),
        ("1", True, "重申；", []),
    ]


def test_in_an_extraction_with_a_blank_line_between_all_lines_text_on_a_marks_line_continues():
    """The seed's extraction: a blank line between all lines, superscript marks on lines of their own. The
    text right after a mark (no blank line) stood on the mark's line: it continues the paragraph, even
    after a comma and with a capital ("Rarotonga,3 Bangkok4 and Pelindaba"); after a blank, a new one."""
    spec = (
        ">Highlighting that the Treaty\n|is in force,\n|>Reiterating the contribution of\n|the treaties of "
        "Tlatelolco,\n|Rarotonga,\n#3\n>Bangkok\n#4\n>and Pelindaba to\n|disarmament,\n#5\n"
        "|>Recalling its resolutions,\n|>1. Decides;"
    )
    assert separators(items(spec), TERMINAL) == Separators(indent=True, spaced=True, lettered_indent=True)
    assert shape(group_lines(items(spec), TERMINAL)) == [
        (None, False, "Highlighting that the Treaty is in force,", []),
        (
            None,
            False,
            "Reiterating the contribution of the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba to "
            "disarmament,",
            [(70, "3"), (78, "4"), (108, "5")],
        ),
        (None, False, "Recalling its resolutions,", []),
        ("1", True, "Decides;", []),
    ]


def test_separators_are_read_from_lines_whose_place_is_certain():
    assert separators(items(">Recalling that\nthe Assembly,\n>1. Decides;\n>2. Requests;"), TERMINAL) == (
        Separators(indent=True, lettered_indent=True)
    )
    assert separators(items("Noting,\n|Recalling the\nAssembly,\n|1.\nDecides;"), TERMINAL) == Separators(
        gap=True
    )
    assert separators(items("Noting,\nRecalling,\n1. Decides;\n2. Requests;"), TERMINAL) == Separators()


def test_where_sub_paragraphs_open_with_an_indent_a_letter_without_one_is_a_reference_wrapped():
    """ "paragraphs 4 (a)," / "(b) and (c) of resolution 70/1": after final punctuation, but not indented
    as the sub-paragraphs are. Nor are such lines evidence of what separates paragraphs: numbered lines
    are read first."""
    spec = (
        ">1. Calls upon States:\n>(a) To cooperate;\n>(b) To act, as set out in paragraphs 4 (a),\n"
        "(b) and (c) of resolution 70/1,\n(d) and (e) of its annex;\n>2. Decides;"
    )
    assert separators(items(spec), TERMINAL) == Separators(indent=True, lettered_indent=True)
    assert shape(group_lines(items(spec), TERMINAL)) == [
        ("1", True, "Calls upon States:", []),
        ("a", False, "To cooperate;", []),
        (
            "b",
            False,
            "To act, as set out in paragraphs 4 (a), (b) and (c) of resolution 70/1, (d) and (e) of its "
            "annex;",
            [],
        ),
        ("2", True, "Decides;", []),
    ]


def test_where_sub_paragraphs_open_without_an_indent_a_letter_opens_one_without_it():
    """An extraction that indents a paragraph's first line but not a sub-paragraph's: its letters open
    sub-paragraphs as ever."""
    spec = ">1. Calls upon States:\n(a) To cooperate;\n(b) To act, within\ntheir means;\n>2. Decides;"
    assert separators(items(spec), TERMINAL) == Separators(indent=True)
    assert [g.label for g in group_lines(items(spec), TERMINAL)] == ["1", "a", "b", "2"]


def test_where_no_list_is_open_a_letter_after_a_but_no_list_start_is_a_reference_wrapped():
    """Paragraphs parted by gaps, none indented: "(b) and (c) of" after "paragraphs 4 (a)," in a paragraph
    with no sub-paragraph and no colon before goes on with it (a list opens with (a) or (i)); after a
    paragraph ending with a colon, whose first sub-paragraphs lost their labels, "(c)" goes on with the
    list."""
    spec = (
        "Recalling paragraphs 4 (a),\n(b) and (c) of resolution 70/1,\n|1. Calls upon States:\n"
        "|To cooperate;\n|To act;\n|(c) To report;\n|2. Decides, as in (a),\n(iii) and (iv) of its annex;"
    )
    assert shape(group_lines(items(spec), TERMINAL)) == [
        (None, False, "Recalling paragraphs 4 (a), (b) and (c) of resolution 70/1,", []),
        ("1", True, "Calls upon States:", []),
        (None, False, "To cooperate;", []),
        (None, False, "To act;", []),
        ("c", False, "To report;", []),
        ("2", True, "Decides, as in (a), (iii) and (iv) of its annex;", []),
    ]


def test_page_breaks_in_an_extraction_without_paragraph_gaps_do_not_merge_paragraphs():
    """pdftotext: no blank line between paragraphs, blank lines only where the pages break (here inside
    the second paragraph and between the first two)."""
    spec = (
        "Determined to encourage the\nprinciples of the Charter,\n|Reaffirming the equality\nof States,\n"
        "Recalling its resolutions 47/19 of 24 November\n|1993, 49/9 of 26 October 1994,\n"
        "Concerned about the embargo,\n1.\nTakes note;\n2.\nReiterates its call;"
    )
    groups = group_lines(items(spec), TERMINAL)
    assert [g.raw for g in groups] == [
        "Determined to encourage the principles of the Charter,",
        "Reaffirming the equality of States,",
        "Recalling its resolutions 47/19 of 24 November 1993, 49/9 of 26 October 1994,",
        "Concerned about the embargo,",
        "Takes note;",
        "Reiterates its call;",
    ]


def test_a_blank_line_separated_extraction_keeps_a_capital_after_a_comma_in_its_paragraph():
    spec = "Recalling the report of 2015,\nJapan and others,\n|Noting,\n|1. Decides;\n|2. Requests;"
    groups = group_lines(items(spec), TERMINAL)
    assert [g.raw for g in groups] == [
        "Recalling the report of 2015, Japan and others,",
        "Noting,",
        "Decides;",
        "Requests;",
    ]


def test_alpha_next():
    assert [alpha_next("a"), alpha_next("h"), alpha_next("z"), alpha_next("aa"), alpha_next("ab")] == [
        "b",
        "i",
        "aa",
        "bb",
        None,
    ]


def test_letters_run_through_i():
    labels = list("abcdefghij")
    assert assign_labels(labels, [False] * 10) == [(x, 0) for x in labels]


def test_roman_level_nests_under_a_letter_ending_with_a_colon():
    assert assign_labels(["a", "b", "i", "ii", "c"], [False, False, True, False, False]) == [
        ("a", 0),
        ("b", 0),
        ("i", 1),
        ("ii", 1),
        ("c", 0),
    ]


def test_lost_labels_are_inferred_from_their_neighbours():
    labels = [None, None, None, "ii", None, None, "e", "f", "g", "h", None]
    colon = [False, False, True, False, False, False, False, False, False, False, False]
    assert assign_labels(labels, colon) == [
        ("a", 0),
        ("b", 0),
        ("i", 1),
        ("ii", 1),
        ("c", 0),
        ("d", 0),
        ("e", 0),
        ("f", 0),
        ("g", 0),
        ("h", 0),
        ("i", 0),
    ]


def test_inconsistent_labels_give_none():
    assert assign_labels(["a", "c", "b"], [False] * 3) is None
    assert assign_labels([], []) == []


def test_an_own_line_mark_before_the_first_paragraph_is_kept_with_its_line():
    """The mark opens the first group: its line is recorded (a heading group reports it as an artefact)."""
    groups = group_lines(items("#2\nA heading\n1. Decides."), TERMINAL)
    assert [(g.raw, g.marks, g.mark_indices) for g in groups] == [
        ("A heading", [(0, "2")], [0]),
        ("Decides.", [], []),
    ]


@pytest.mark.parametrize(
    ("code", "lines", "labels"),
    [
        ("fr", "1. Engage :\na) À coopérer ;\nb) À agir :\ni) Vite ;\nii) Bien.", ["1", "a", "b", "i", "ii"]),
        ("ru", "1. призывает:\nа) сотрудничать;\nб) действовать.", ["1", "a", "b"]),
        ("ar", "1 - تهيب:\n(أ) أن تتعاون؛\n(ب) أن تعمل.", ["1", "a", "b"]),
        ("zh", "1．吁请：\n(a) 合作；\n㈠ 立法；", ["1", "a", "i"]),
    ],
)
def test_labels_as_each_language_prints_them_open_paragraphs(code, lines, labels):
    tab = table(code)
    groups = group_lines(items(lines), tab.table.terminal, number=tab.paragraph_number, label=tab.label)
    assert [g.label for g in groups] == labels
