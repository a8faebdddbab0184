"""The footnote pass's state machine: each transition, then the pass over whole lines."""

import pytest

from archive.parser.footnote_pass import FootnoteDraft, FootnotePass, Phase, read_footnotes
from archive.parser.languages import table
from archive.parser.normalise import normalise_lines

EN = table("en")


def machine(
    phase: Phase = Phase.BODY, *, gap: bool = True, footnotes=(), body=(), ruled: bool = False
) -> FootnotePass:
    m = FootnotePass(EN, ruled=ruled)
    for text in body:
        m.body.add(text)
    m.phase, m.gap, m.footnotes = phase, gap, list(footnotes)
    return m


def read(m: FootnotePass, *texts: str) -> list[tuple[str, Phase]]:
    return [(m.text(i, text), m.phase) for i, text in enumerate(texts, 10)]


@pytest.mark.parametrize("phase", list(Phase))
def test_a_footnote_rule_opens_a_block_and_any_other_placed_line_closes_it(phase):
    m = machine(phase, gap=False)
    m.placed(rule=True)
    assert (m.phase, m.gap) == (Phase.BLOCK, True)
    m = machine(phase, gap=False)
    m.placed(rule=False)
    assert (m.phase, m.gap) == (Phase.MARK if phase is Phase.MARK else Phase.BODY, True)


def test_a_mark_alone_waits_for_its_text_across_a_page_number():
    """pdftotext puts the page number between a footnote's mark and its text."""
    lines = normalise_lines("__________________\n1\n\n2/2\n\nA/73/85.\n18-18418")
    kinds = ("artefact", None, None, "artefact", None, None, "artefact")
    out, footnotes = read_footnotes(lines, kinds, [x.text for x in lines], 0, frozenset([0]), EN)
    assert footnotes == (FootnoteDraft("1", "A/73/85.", [1, 5]),)
    assert out == ("artefact", "footnote", None, "artefact", None, "footnote", "artefact")


@pytest.mark.parametrize("phase", list(Phase))
def test_a_blank_line_leaves_a_gap_and_the_phase(phase):
    m = machine(phase, gap=False)
    m.blank()
    assert (m.phase, m.gap) == (phase, True)


def test_in_a_block_a_numbered_line_starts_a_footnote_and_its_text_continues_it():
    m = machine(Phase.BLOCK)
    assert read(m, "1 See resolution 169 (II) and", "the annex.") == [
        ("footnote", Phase.FOOTNOTE),
        ("footnote", Phase.FOOTNOTE),
    ]
    assert m.footnotes == [FootnoteDraft("1", "See resolution 169 (II) and the annex.", [10, 11])]


def test_a_mark_alone_waits_for_its_text_on_the_next_line():
    m = machine(Phase.BLOCK)
    assert read(m, "1", "2 Resolution 70/1.") == [("footnote", Phase.MARK), ("footnote", Phase.FOOTNOTE)]
    assert m.footnotes == [FootnoteDraft("1", "2 Resolution 70/1.", [10, 11])]


def test_a_footnote_carried_over_to_the_next_page_continues_after_the_rule():
    m = machine(
        Phase.BLOCK, footnotes=[FootnoteDraft("1", "Report (United Nations publication, Sales No.", [3])]
    )
    assert read(m, "E.96.IV.8), chap. I.", "2 Resolution 70/1.") == [
        ("footnote", Phase.FOOTNOTE),
        ("footnote", Phase.FOOTNOTE),
    ]
    assert [(f.mark, f.text, f.lines) for f in m.footnotes] == [
        ("1", "Report (United Nations publication, Sales No. E.96.IV.8), chap. I.", [3, 10]),
        ("2", "Resolution 70/1.", [11]),
    ]


def test_in_a_block_the_next_mark_the_body_used_wins_over_an_unfinished_footnote():
    m = machine(
        Phase.BLOCK, footnotes=[FootnoteDraft("1", "See the report of", [3])], body=["Agreement2 and"]
    )
    assert read(m, "2 Resolution 70/1.") == [("footnote", Phase.FOOTNOTE)]
    assert [f.mark for f in m.footnotes] == ["1", "2"]


def test_in_a_block_a_line_that_starts_no_footnote_is_body_text():
    m = machine(Phase.BLOCK, footnotes=[FootnoteDraft("1", "Resolution 70/1.", [3])])
    assert read(m, "Recalling its resolutions,") == [("body", Phase.BODY)]


def test_in_a_footnote_only_the_next_mark_starts_another():
    m = machine(Phase.FOOTNOTE, gap=False, footnotes=[FootnoteDraft("1", "Resolution 70/1.", [3])])
    assert read(m, "3 Not the next mark.") == [("body", Phase.BODY)]
    m = machine(Phase.FOOTNOTE, gap=False, footnotes=[FootnoteDraft("1", "Resolution 70/1.", [3])])
    assert read(m, "2 Resolution 70/2.") == [("footnote", Phase.FOOTNOTE)]


@pytest.mark.parametrize("gap", [False, True])  # some extractions put a blank line between all lines
def test_an_unfinished_footnote_continues_on_the_next_line(gap):
    m = machine(Phase.FOOTNOTE, gap=gap, footnotes=[FootnoteDraft("1", "See the report of", [3])])
    assert read(m, "the Secretary-General.") == [("footnote", Phase.FOOTNOTE)]
    assert m.footnotes == [FootnoteDraft("1", "See the report of the Secretary-General.", [3, 10])]


def test_after_a_gap_a_numbered_paragraph_ends_an_unfinished_footnote():
    m = machine(Phase.FOOTNOTE, gap=True, footnotes=[FootnoteDraft("1", "See the report of", [3])])
    assert read(m, "2. Requests the Secretary-General to report") == [("body", Phase.BODY)]


@pytest.mark.parametrize(
    ("language", "footnote", "line"),
    [
        ("en", "Official Records of the General Assembly, Fifty-ninth Session, chap. III, para.", "2."),
        ("en", "United Nations, Treaty Series, vol. 1833, No.", "31363."),
        ("es", "Documentos Oficiales de la Asamblea General, cap. III, párr.", "2."),
        ("ru", "Официальные отчеты Генеральной Ассамблеи, гл. III, п.", "2."),
        ("ar", "الوثائق الرسمية للجمعية العامة، الدورة الثمانون، الفصل 4، الفقرة", "3."),  # "paragraph"
    ],
)
def test_after_a_gap_a_number_goes_on_with_a_footnote_ending_with_an_abbreviation_a_number_follows(
    language, footnote, line
):
    m = FootnotePass(table(language))
    m.phase, m.footnotes = Phase.FOOTNOTE, [FootnoteDraft("1", footnote, [3])]
    assert read(m, line) == [("footnote", Phase.FOOTNOTE)]
    assert m.footnotes == [FootnoteDraft("1", f"{footnote} {line}", [3, 10])]


def test_a_footnote_wrapped_in_an_extraction_with_a_blank_line_between_all_lines():
    """The seed's extraction: each footnote's lines, and the body's, separated by blank lines."""
    lines = normalise_lines(
        "__________\n1\n 见第 77/164 号决议，以及大会和安全\n\n理事会的相关决议。\n\n2\n A/78/84。\n\n 注意到"
    )
    kinds = ("artefact", *[None] * (len(lines) - 1))
    out, footnotes = read_footnotes(lines, kinds, [x.text for x in lines], 0, frozenset({0}), table("zh"))
    assert footnotes == (
        FootnoteDraft("1", "见第 77/164 号决议，以及大会和安全理事会的相关决议。", [1, 2, 4]),
        FootnoteDraft("2", "A/78/84。", [6, 7]),
    )
    assert out[8:] == (None, "body")


@pytest.mark.parametrize("spaced", [True, False])
def test_where_the_body_is_spaced_an_indented_line_right_after_a_footnote_opens_the_next_page(spaced):
    """The seed's extraction puts a blank line between a paragraph's lines, none after a page's last line
    (here an unfinished footnote, carried over to the next page's foot), and indents the next page's
    first line. Where a paragraph's lines follow each other, that line goes on with the footnote."""
    between = "\n\n" if spaced else "\n"
    lines = normalise_lines(
        f" 深信联合国在人权领域采取行动时，不仅应对所有社会{between}"
        "的各种问题有深刻了解，还应充分尊重每个\n\n"
        "__________\n1\n 见第 77/164 号决议，以及大会和安全\n 社会的政治、经济和社会现实，"
    )
    rule = next(i for i, line in enumerate(lines) if line.text.startswith("_"))
    kinds = tuple("artefact" if i == rule else None for i in range(len(lines)))
    out, footnotes = read_footnotes(lines, kinds, [x.text for x in lines], 0, frozenset({rule}), table("zh"))
    note = "见第 77/164 号决议，以及大会和安全"
    last = len(lines) - 1
    if spaced:
        assert (footnotes, out[last]) == ((FootnoteDraft("1", note, [rule + 1, rule + 2]),), "body")
    else:
        continued = FootnoteDraft("1", f"{note}社会的政治、经济和社会现实，", [rule + 1, rule + 2, last])
        assert (footnotes, out[last]) == ((continued,), "footnote")


def test_the_rest_of_a_line_after_its_own_line_mark_is_no_evidence_of_how_the_body_is_spaced():
    """The extraction breaks a line for each mark on a line of its own, with no gap, however it spaces the
    body: on a page with more marks than spaced lines, the next page's first line after an unfinished
    footnote is still the body's."""
    lines = normalise_lines(
        " Recalling the Universal Declaration of Human Rights\n1\n and the International Covenants\n2\n"
        " on Human Rights and\n\nthe Charter of the United Nations,\n\n__________\n1\n Resolution 217 A"
        " (III).\n\n2\n Resolution 2200 A (XXI), annex, and\n Reaffirming its commitment,"
    )
    rule = next(i for i, line in enumerate(lines) if line.text.startswith("_"))
    kinds = tuple("artefact" if i == rule else None for i in range(len(lines)))
    out, footnotes = read_footnotes(lines, kinds, [x.text for x in lines], 0, frozenset({rule}), EN)
    assert footnotes[1] == FootnoteDraft("2", "Resolution 2200 A (XXI), annex, and", [rule + 4, rule + 5])
    assert out[-1] == "body"


@pytest.mark.parametrize("indents", [True, False])
def test_where_the_body_is_spaced_and_indented_a_line_without_an_indent_goes_on_with_a_finished_footnote(
    indents,
):
    """In the seed's extraction only the next page's first line, indented, follows the footnotes as body
    text: a line without an indent after a finished footnote is its next sentence. Where the body's lines
    are not indented (a paragraph a line), such a line is body text."""
    indent = " " if indents else ""
    lines = normalise_lines(
        f"{indent}Recalling the Universal Declaration of\n\nHuman Rights and the Covenants,\n\n"
        f"{indent}Reaffirming its commitment to the\n\nCharter of the United Nations,\n\n"
        "__________\n1\n Resolution 217 A (III).\n\nSee also resolution 70/1.\n Noting with concern,"
    )
    rule = next(i for i, line in enumerate(lines) if line.text.startswith("_"))
    kinds = tuple("artefact" if i == rule else None for i in range(len(lines)))
    out, footnotes = read_footnotes(lines, kinds, [x.text for x in lines], 0, frozenset({rule}), EN)
    if indents:
        note = FootnoteDraft(
            "1", "Resolution 217 A (III). See also resolution 70/1.", [rule + 1, rule + 2, rule + 4]
        )
        assert (footnotes, out[rule + 4 :]) == ((note,), ("footnote", "body"))
    else:
        assert (footnotes, out[rule + 4 :]) == (
            (FootnoteDraft("1", "Resolution 217 A (III).", [rule + 1, rule + 2]),),
            ("body", "body"),
        )


def test_where_the_body_is_spaced_and_indented_a_footnote_carried_over_after_a_sentences_end_continues():
    """Under the next page's rule, a line without an indent that starts no footnote is the rest of the last
    footnote, carried over after its first sentence; the next footnote starts as ever."""
    m = machine(Phase.BLOCK, footnotes=[FootnoteDraft("1", "Resolution 217 A (III).", [3])])
    m.continuations, m.indented = [0, 4], 2
    assert m.text(10, "See also resolution 70/1.") == "footnote"
    assert m.text(11, "2 A/80/102.") == "footnote"
    assert [(f.mark, f.text) for f in m.footnotes] == [
        ("1", "Resolution 217 A (III). See also resolution 70/1."),
        ("2", "A/80/102."),
    ]


@pytest.mark.parametrize("phase", [Phase.FOOTNOTE, Phase.BLOCK])
def test_an_unfinished_footnote_wrapped_before_a_number_continues_unless_the_body_used_that_mark(phase):
    """'4 Report of the Conference, Cairo,' / '5 to 13 September 1994 …': 5 is the next mark, but the body
    has not used it, so the line continues footnote 4."""
    unfinished = FootnoteDraft("4", "Report of the Conference, Cairo,", [3])
    m = machine(phase, footnotes=[unfinished])
    assert read(m, "5 to 13 September 1994, chap. I.") == [("footnote", Phase.FOOTNOTE)]
    assert [(f.mark, f.text) for f in m.footnotes] == [
        ("4", "Report of the Conference, Cairo, 5 to 13 September 1994, chap. I.")
    ]
    m = machine(phase, footnotes=[unfinished])
    m.own_marks.add("5")
    assert read(m, "5 See resolution 70/1.") == [("footnote", Phase.FOOTNOTE)]
    assert [f.mark for f in m.footnotes] == ["4", "5"]


@pytest.mark.parametrize(
    ("language", "text", "wrapped"),
    [
        ("en", "Official Records of the General Assembly, Eightieth Session, Supplement No.", "3 (A/80/3)."),
        ("ar", "الوثائق الرسمية للجمعية العامة، الدورة الثمانون، الملحق رقم", "3 (A/80/3)."),
    ],
)
def test_a_footnote_ending_with_an_abbreviation_a_number_follows_goes_on_with_the_number(
    language, text, wrapped
):
    """ "Supplement No." / "3 (A/80/3).": 3 is the next mark and the body used it, but the number is the
    one the abbreviation calls for."""
    m = FootnotePass(table(language))
    m.body.add("Recalling the Programme of Action,1 the report2 and the Declaration,3")
    m.phase, m.gap, m.footnotes = Phase.FOOTNOTE, False, [FootnoteDraft("2", text, [3])]
    assert read(m, wrapped, "3 A/80/103.") == [("footnote", Phase.FOOTNOTE), ("footnote", Phase.FOOTNOTE)]
    assert [(f.mark, f.text) for f in m.footnotes] == [("2", f"{text} {wrapped}"), ("3", "A/80/103.")]


def test_a_chinese_footnote_wrapped_before_a_number_a_counter_follows_goes_on_with_it():
    """ "补编第" / "3 号》(A/80/3)。": 3 is the next mark and the body used it, but a number the counter 号
    follows counts; it opens no footnote."""
    m = FootnotePass(table("zh"))
    m.body.add("回顾《行动纲领》，1 报告2 和《宣言》，3")
    m.phase, m.gap = Phase.FOOTNOTE, False
    m.footnotes = [FootnoteDraft("2", "见《大会正式记录，第八十届会议，补编第", [3])]
    assert read(m, "3 号》(A/80/3)。", "3 A/80/103。") == [("footnote", Phase.FOOTNOTE)] * 2
    assert [(f.mark, f.text) for f in m.footnotes] == [
        ("2", "见《大会正式记录，第八十届会议，补编第3 号》(A/80/3)。"),
        ("3", "A/80/103。"),
    ]


def test_where_marks_stand_alone_a_used_mark_with_text_on_its_line_still_continues_an_unfinished_footnote():
    """The seed's extraction begins every footnote with its mark alone on its line: '13 September 1994'
    wraps footnote 12 even when the body has used mark 13; the mark alone starts footnote 13."""
    m = machine(Phase.BLOCK, body=["Action12 and Action13 and"])
    read(m, "12", "Report of the Conference, Cairo, 5 to", "13 September 1994, chap. I.", "13", "A/80/113.")
    assert [(f.mark, f.text) for f in m.footnotes] == [
        ("12", "Report of the Conference, Cairo, 5 to 13 September 1994, chap. I."),
        ("13", "A/80/113."),
    ]


def test_a_finished_footnote_is_followed_by_body_text():
    m = machine(
        Phase.FOOTNOTE, gap=False, footnotes=[FootnoteDraft("1", "See document A/80/1, para. 5.", [3])]
    )
    assert read(m, "Noting with concern,") == [("body", Phase.BODY)]


def test_in_the_body_a_lone_mark_is_an_own_line_mark():
    m = machine(Phase.BODY)
    assert read(m, "1", "*") == [("mark", Phase.BODY), ("mark", Phase.BODY)]
    assert m.own_marks == {"1", "*"}


def test_in_the_body_a_numbered_line_after_a_gap_is_a_footnote_when_the_text_used_its_mark():
    assert read(machine(body=["Recalling the Agreement1 and"]), "1 See resolution 169 (II).") == [
        ("footnote", Phase.FOOTNOTE)
    ]
    m = machine()
    m.own_marks.add("1")
    assert read(m, "1 See resolution 169 (II).") == [("footnote", Phase.FOOTNOTE)]


def test_in_the_body_a_mark_alone_after_a_gap_opens_a_footnote_where_the_text_used_its_mark():
    """The seed's layout with its rule of spaces lost (or too short to tell from a blank line): footnote 1's
    mark alone after a blank line, its text on the next line. Right after a line of text (no gap), or
    where the text prints rules, a mark alone is the body's."""
    m = machine(body=["Recalling the Agreement1 and"])
    assert read(m, "1", "See resolution 169 (II).") == [
        ("footnote", Phase.MARK),
        ("footnote", Phase.FOOTNOTE),
    ]
    assert [(f.mark, f.text) for f in m.footnotes] == [("1", "See resolution 169 (II).")]
    assert read(machine(body=["Recalling the Agreement1 and"], gap=False), "1") == [("mark", Phase.BODY)]
    assert read(machine(body=["Recalling the Agreement1 and"], ruled=True), "1") == [("mark", Phase.BODY)]


@pytest.mark.parametrize(
    ("gap", "body", "text"),
    [
        (True, ["Recalling the Agreement and"], "1 See resolution 169 (II)."),  # mark 1 never used
        (False, ["Recalling the Agreement1 and"], "1 See resolution 169 (II)."),  # no gap before it
        (True, ["Recalling the Agreement1 and"], "2 See resolution 169 (II)."),  # not the next mark
        (True, ["Recalling the Agreement1 and"], "Recognizing further,"),
    ],
)
def test_in_the_body_anything_else_is_body_text(gap, body, text):
    m = machine(gap=gap, body=body)
    assert read(m, text) == [("body", Phase.BODY)]
    assert m.footnotes == []


def test_where_the_text_prints_footnote_rules_a_numbered_line_in_the_body_is_body_text():
    """ "1 million people, 2 of 5 children" wrapped to a line of its own after a gap, the text having used
    mark 1: a footnote, if footnotes stood anywhere; where they stand under rules, the body's."""
    m = machine(body=["Recalling the Agreement1 and, in 2019,"], ruled=True)
    assert read(m, "1 million people, 2 of 5 children,") == [("body", Phase.BODY)]
    assert m.footnotes == []
    lines = normalise_lines(
        "Recalling the Agreement1 and, in 2019,\n\n1 million people, 2 of 5 children,\n\n"
        "__________________\n1 See resolution 169 (II)."
    )
    kinds = (None, None, None, None, "artefact", None)
    out, footnotes = read_footnotes(lines, kinds, [x.text for x in lines], 0, frozenset([4]), EN)
    assert out == ("body", None, "body", None, "artefact", "footnote")
    assert footnotes == (FootnoteDraft("1", "See resolution 169 (II).", [5]),)


def test_every_text_line_closes_the_gap():
    m = machine(gap=True)
    m.text(0, "Recalling its resolutions,")
    assert m.gap is False


def test_the_pass_returns_new_kinds_and_the_footnotes_and_changes_nothing_it_is_given():
    lines = normalise_lines("Title\nRecalling the Agreement1 and\n\n__________\n1 See resolution 169 (II).")
    kinds = ("title", None, None, "artefact", None)
    texts = tuple(line.text for line in lines)
    out, footnotes = read_footnotes(lines, kinds, texts, 1, frozenset({3}), EN)
    assert out == ("title", "body", None, "artefact", "footnote")
    assert kinds == ("title", None, None, "artefact", None)
    assert footnotes == (FootnoteDraft("1", "See resolution 169 (II).", [4]),)
