"""Structure beyond paragraphs: headings kept as headings, declarations printed without an "Annex" line,
multi-part resolutions. Inputs are in tests/data/texts (written for the tests, see its README)."""

from pathlib import Path

from archive.parser import parse
from archive.parser.document import Heading

TEXTS = Path(__file__).resolve().parent.parent / "data" / "texts"


def read(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def test_annex_section_headings_are_kept_with_their_eids_numbers_and_levels():
    p = parse(read("A_RES_80_91.en.txt"))
    [annex] = p.annexes
    assert [para.eid for para in annex.paragraphs] == [f"annex_1__para_{n}" for n in range(1, 7)]
    assert p.headings == [
        Heading("annex_1__hcontainer_1", "Shared commitments", "I.", 1, "annex_1__para_2", 20),
        Heading("annex_1__hcontainer_2", "Commitments of States", "A.", 2, "annex_1__para_3", 24),
        Heading("annex_1__hcontainer_3", "Commitments of organizations", "B.", 2, "annex_1__para_4", 28),
        Heading("annex_1__hcontainer_4", "Implementation", "II.", 1, "annex_1__para_5", 32),
        Heading("annex_1__hcontainer_5", "Follow-up and review", None, 2, "annex_1__para_6", 36),
    ]
    assert not [a for a in p.artefacts if a.reason == "heading"]


def test_a_declaration_without_an_annex_line_is_an_annex_with_its_title():
    p = parse(read("A_RES_80_92.en.txt"))
    assert [(para.eid, para.number) for para in p.operative] == [("para_1", None)]
    assert p.operative[0].text.startswith("Approves the following political declaration")
    [annex] = p.annexes
    assert (annex.eid, annex.heading, annex.title, annex.line) == (
        "annex_1",
        "",
        "Political declaration of the high-level meeting on testing declarations",
        7,
    )
    assert [(para.eid, para.number, para.text[:20]) for para in annex.paragraphs] == [
        ("annex_1__para_1_unnumbered", None, "We, Heads of State a"),
        ("annex_1__para_1", "1", "Reaffirm our commitm"),
        ("annex_1__para_2", "2", "Recognize that numbe"),
        ("annex_1__para_3", "3", "Commit to reviewing "),
    ]
    assert (p.meeting, str(p.adopted_on)) == (4, "2025-10-10")
    assert p.warnings == []


def test_numbering_that_starts_again_after_a_title_opens_a_declaration():
    text = (
        "80/95. Declaration on numbering\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n"
        "1. Adopts the declaration below;\n\n2. Decides to remain seized of the matter.\n\n"
        "Declaration on starting again\n\n1. We agree that numbering starts again.\n\n"
        "2. We agree on a second point.\n\n5th plenary meeting\n1 October 2025\n"
    )
    p = parse(text)
    assert [para.eid for para in p.operative] == ["para_1", "para_2"]
    [annex] = p.annexes
    assert (annex.heading, annex.title) == ("", "Declaration on starting again")
    assert [para.eid for para in annex.paragraphs] == ["annex_1__para_1", "annex_1__para_2"]
    assert all(not para.eid.endswith("_") for para in p.paragraphs())


def test_a_number_printed_twice_never_gives_a_trailing_underscore():
    text = "80/94. T\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides;\n\n1. Requests.\n"
    p = parse(text)
    assert [para.eid for para in p.operative] == ["para_1", "para_1_2"]


def test_a_label_printed_twice_gets_its_copys_count_too():
    # a paragraph's labels printed (a) (b) (a) (b): four sub-paragraphs, eIds unique (ingestion stores
    # them under a unique constraint), and a warning
    text = (
        "80/94. T\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides:\n\n"
        "(a) one;\n\n(b) two;\n\n(a) three;\n\n(b) four.\n"
    )
    p = parse(text)
    assert [sub.eid for sub in p.operative[0].subparagraphs] == [
        "para_1__subpara_a",
        "para_1__subpara_b",
        "para_1__subpara_a_2",
        "para_1__subpara_b_2",
    ]
    assert [sub.text for sub in p.operative[0].subparagraphs] == ["one;", "two;", "three;", "four."]
    assert "sub-paragraph labels out of order" in [w.message for w in p.warnings]


def test_a_multi_part_resolution_keeps_every_part_with_its_own_eids():
    p = parse(read("A_RES_79_238.en.txt"))
    assert (p.symbol.canonical, p.symbol.parts) == ("A/RES/79/238", "A-B")
    assert (p.title, p.formula, p.meeting, str(p.adopted_on)) == (
        "Questions relating to information",
        "The General Assembly,",
        58,
        "2024-12-24",
    )
    assert [para.eid for para in p.preambular] == [
        "part_a__preamble__para_1",
        "part_a__preamble__para_2",
        "part_b__preamble__para_1",
    ]
    assert [(para.eid, para.number) for para in p.operative] == [
        ("part_a__para_1", "1"),
        ("part_a__para_2", "2"),
        ("part_b__para_1", "1"),
        ("part_b__para_2", "2"),
        ("part_b__para_3", "3"),
    ]
    assert [sub.eid for sub in p.operative[3].subparagraphs] == [
        "part_b__para_2__subpara_a",
        "part_b__para_2__subpara_b",
    ]
    assert p.operative[4].text.endswith('the item entitled "Questions relating to information".')
    assert p.headings == [
        Heading("part_a", "Information in the service of humanity", "A", 0, "part_a__preamble__para_1", 17),
        Heading(
            "part_b",
            "United Nations public information policies and activities",
            "B",
            0,
            "part_b__preamble__para_1",
            33,
        ),
    ]
    closing = [(a.line, a.text) for a in p.artefacts if a.reason in ("formula", "adoption")]
    assert closing == [
        (20, "The General Assembly,"),
        (30, "58th plenary meeting"),
        (31, "24 December 2024"),
        (36, "The General Assembly,"),
        (50, "58th plenary meeting"),
        (51, "24 December 2024"),
    ]
    assert p.warnings == []
    [citation] = [c for c in p.citations() if c.citation.kind == "resolution"]
    assert (citation.from_eid, citation.citation.text) == ("part_b__preamble__para_1", "79/238 A")


def test_a_letter_line_without_a_formula_after_it_is_not_a_part():
    text = "80/93. T\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides:\n\nA\n\n2. Requests.\n"
    p = parse(text)
    assert [h.eid for h in p.headings if h.level == 0] == []
    assert p.symbol.parts == ""


def test_part_a_right_under_the_title_is_not_part_of_the_title():
    text = read("A_RES_79_238.en.txt").replace("information\n\nA\n", "information\nA\n")
    assert "relating to information\nA\nInformation in" in text
    p = parse(text)
    assert p.title == "Questions relating to information"
    assert [h.eid for h in p.headings] == ["part_a", "part_b"]
