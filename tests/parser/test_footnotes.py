from archive.parser.footnotes import finalise_text, footnote_text_complete, next_mark
from archive.parser.languages import table


def test_finalise_text_removes_marks_and_records_offsets():
    raw = "Headquarters of the United Nations1 are  prevented from"
    text, refs = finalise_text(raw, [(34, "1")], deleted=[(34, 35)])
    assert text == "Headquarters of the United Nations are prevented from"
    assert refs == [("1", 34)]


def test_finalise_text_own_line_marks_attach_before_following_space():
    raw = "disarmament, in which"
    assert finalise_text(raw, [(13, "1")]) == ("disarmament, in which", [("1", 12)])


def test_finalise_text_repairs_spaced_hyphens_with_and_without_marks():
    assert finalise_text("country- specific and confidence- and", [], ("and",)) == (
        "country-specific and confidence- and",
        [],
    )
    assert finalise_text("country- specific x", [(19, "1")], ("and",)) == ("country-specific x", [("1", 18)])


def test_footnote_text_complete():
    abbreviations = table("en").table.abbreviations
    assert footnote_text_complete("A/80/83.", abbreviations)
    assert footnote_text_complete("A/59/327。", ())
    assert not footnote_text_complete("(United Nations publication, Sales No.", abbreviations)
    assert not footnote_text_complete("Report of the Conference,", abbreviations)


def test_next_mark():
    assert [next_mark(None), next_mark("9"), next_mark("*")] == ["1", "10", "**"]
