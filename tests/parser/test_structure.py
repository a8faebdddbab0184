"""Structure beyond paragraphs: headings kept as headings, declarations printed without an "Annex" line,
multi-part resolutions. Inputs are in tests/data/texts (written for the tests, see its README)."""

from pathlib import Path

from archive.parser import parse
from archive.parser.document import Heading

TEXTS = Path(__file__).resolve().parent.parent / "data" / "texts"


def read(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def test_annex_section_headings_are_kept_with_their_eids_numbers_and_levels():
    p = parse(read("A_RES_80_97.en.txt"))
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
    p = parse(read("A_RES_80_96.en.txt"))
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
