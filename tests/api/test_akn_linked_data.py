"""Akoma Ntoso as linked data: citations as IRIs that this site resolves, the cited documents, the adoption,
the meeting, the agenda items and the recorded vote in the metadata; the AKN IRI resolver."""

from datetime import date
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.core.validators import URLValidator
from lxml import etree
from test_akn import NS, validate

from archive.models import Citation, MemberState, Paragraph, Resolution
from tests.factories import (
    CitationFactory,
    MemberStateVoteFactory,
    ParagraphFactory,
    ResolutionFactory,
    ResolutionTextFactory,
    SessionFactory,
)

BASE = "https://archive.example.org"
VALID_URL = URLValidator(schemes=["http", "https"])
CITED_WORK = "/akn/un/statement/deliberation/unga/2004-12-20/59-190/"
WORK = "/akn/un/statement/deliberation/unga/2025-10-14/80-7/"


@pytest.fixture(autouse=True)
def canonical_base(settings):
    settings.ARCHIVE_CANONICAL_URL = BASE


@pytest.fixture
def citing(db):
    """80/7 (a recorded vote, two Member States named) citing 59/190 (held, para 5 and whole), 58/1 (not
    held), a document whose symbol has a space, another organisation's document and the 60th session."""
    cited = ResolutionFactory(
        session=SessionFactory(number=59), number=190, adopted_on=date(2004, 12, 20), meeting=74
    )
    ParagraphFactory(text=ResolutionTextFactory(resolution=cited), kind=Paragraph.Kind.OPERATIVE)
    resolution = ResolutionFactory(
        number=7,
        recorded=True,
        votes_non_voting=3,
        agenda_items=["140", "71 (b)"],
        draft_symbols=["A/80/L.5"],
    )
    text = ResolutionTextFactory(resolution=resolution, agenda_items=["140", "71 (b)"])
    para = ParagraphFactory(
        text=text,
        body="Recalls paragraph 5 of resolution 59/190, resolution 59/190, resolution 58/1, "
        "document A/59/327 (Part I), GC(69)/RES/7 and its sixtieth session,",
    )

    def cite(raw, target, kind=Citation.Kind.RESOLUTION, pinpoint=""):
        start = para.body.index(raw, para.body.index(raw) + 1) if raw == "59/190" and pinpoint == "" else None
        start = para.body.index(raw) if start is None else start
        CitationFactory(
            paragraph=para,
            raw=raw,
            target=target,
            kind=kind,
            pinpoint=pinpoint,
            start=start,
            end=start + len(raw),
        )

    cite("paragraph 5 of resolution 59/190", "A/RES/59/190", pinpoint="5")
    cite("59/190", "A/RES/59/190")
    cite("58/1", "A/RES/58/1")
    cite("A/59/327 (Part I)", "A/59/327 (Part I)", kind=Citation.Kind.DOCUMENT)
    cite("GC(69)/RES/7", "GC(69)/RES/7", kind=Citation.Kind.OTHER)
    cite("sixtieth session", "regular/60", kind=Citation.Kind.SESSION)
    for code, vote in [("CHN", "yes"), ("USA", "no")]:
        MemberStateVoteFactory(
            resolution=resolution, member_state=MemberState.objects.get(code=code), vote=vote
        )
    return resolution


def akn(client, symbol: str, **query) -> etree._Element:
    response = client.get(f"/api/v1/resolutions/{symbol}.xml", query)
    assert response.status_code == 200
    return validate(response.content)


def test_citations_are_iris_this_site_resolves(client, citing):
    root = akn(client, "A/RES/80/7")

    refs = [(r.text, r.get("href"), r.get("refersTo")) for r in root.xpath("//a:ref", namespaces=NS)]
    assert refs == [
        ("paragraph 5 of resolution 59/190", f"{BASE}{CITED_WORK}~para_5", "#cited_1"),
        ("59/190", f"{BASE}{CITED_WORK}", "#cited_1"),
        ("58/1", "https://undocs.org/A/RES/58/1", "#cited_2"),
        ("A/59/327 (Part I)", "https://undocs.org/A/59/327%20(Part%20I)", "#cited_3"),
        ("sixtieth session", f"{BASE}/sessions/60", "#cited_4"),
    ]
    references = root.xpath("//a:references/a:TLCReference", namespaces=NS)
    assert [(r.get("eId"), r.get("name"), r.get("href"), r.get("showAs")) for r in references] == [
        ("cited_1", "resolution", f"{BASE}{CITED_WORK}", "A/RES/59/190"),
        ("cited_2", "resolution", "https://undocs.org/A/RES/58/1", "A/RES/58/1"),
        ("cited_3", "document", "https://undocs.org/A/59/327%20(Part%20I)", "A/59/327 (Part I)"),
        ("cited_4", "session", f"{BASE}/sessions/60", "regular/60"),
    ]
    for _, href, _ in refs:
        VALID_URL(href)  # raises ValidationError on a space
        if href.startswith(BASE + "/akn/"):  # the site's own IRIs answer, and lead to a page that answers
            response = client.get(urlsplit(href).path)
            assert response.status_code in (200, 303), href
            if response.status_code == 303:
                assert client.get(response["Location"]).status_code == 200, href
    assert client.get(urlsplit(refs[0][1]).path)["Location"] == "/A/RES/59/190#para_5"


def test_adoption_meeting_agenda_items_and_the_manifestation(client, citing):
    root = akn(client, "A/RES/80/7")

    def attributes(path):
        return [dict(e.attrib) for e in root.xpath(path, namespaces=NS)]

    assert root.xpath("//a:FRBRManifestation/a:FRBRuri/@value", namespaces=NS) == [
        WORK.removesuffix("/") + "/eng@.akn"
    ]
    assert root.xpath("//a:FRBRExpression/a:FRBRuri/@value", namespaces=NS) == [WORK + "eng@/"]
    assert attributes("//a:lifecycle/a:eventRef") == [
        {
            "eId": "adoption_1",
            "date": "2025-10-14",
            "source": "#original",
            "refersTo": "#adoption",
            "type": "generation",
        }
    ]
    assert attributes("//a:workflow/a:step") == [
        {"date": "2025-10-14", "by": "#unga", "refersTo": "#meeting"}
    ]
    assert attributes("//a:references/a:TLCEvent") == [
        {"eId": "adoption", "href": "/ontology/event/un/unga/regular-80/adoption/80-7", "showAs": "Adoption"},
        {
            "eId": "meeting",
            "href": "/ontology/event/un/unga/regular-80/plenary/18",
            "showAs": "Plenary meeting 18",
        },
    ]
    concepts = attributes("//a:references/a:TLCConcept")
    assert concepts[:2] == [
        {
            "eId": "agendaItem_140",
            "href": "/ontology/concept/un/unga/regular-80/agendaItem/140",
            "showAs": "Agenda item 140",
        },
        {
            "eId": "agendaItem_71-b",
            "href": "/ontology/concept/un/unga/regular-80/agendaItem/71%20%28b%29",
            "showAs": "Agenda item 71 (b)",
        },
    ]
    proprietary = root.xpath("//a:proprietary/*", namespaces=NS)
    assert [(etree.QName(e).localname, e.text) for e in proprietary] == [
        ("meeting", "18"),
        ("agendaItem", "140"),
        ("agendaItem", "71 (b)"),
        ("draft", "A/80/L.5"),
    ]


def test_every_expression_names_the_agenda_items_alike(client, citing):
    """A French text prints "71 b)": its expression refers to the same concept as the English one."""
    ResolutionTextFactory(resolution=citing, language="fr", agenda_items=["140", "71 b)"])
    root = akn(client, "A/RES/80/7", language="fr")
    assert [c.get("eId") for c in root.xpath("//a:references/a:TLCConcept", namespaces=NS)][:2] == [
        "agendaItem_140",
        "agendaItem_71-b",
    ]
    items = root.xpath("//a:proprietary/*[local-name() = 'agendaItem']/text()", namespaces=NS)
    assert items == ["140", "71 (b)"]


def test_a_recorded_vote_is_the_analysis_with_each_member_state(client, citing):
    root = akn(client, "A/RES/80/7")

    counts = root.xpath("//a:analysis/a:parliamentary/a:voting[@refersTo='#adoption']/a:count", namespaces=NS)
    assert [
        (c.get("eId"), c.get("value"), c.get("refersTo"), [(s.get("code"), s.text) for s in c])
        for c in counts
    ] == [
        ("vote_inFavour", "150", "#inFavour", [("CHN", "China")]),
        ("vote_against", "2", "#against", [("USA", "United States of America")]),
        ("vote_abstaining", "10", "#abstaining", []),
        ("vote_nonVoting", "3", "#nonVoting", []),
    ]
    french = akn(client, "A/RES/80/7", language="en")  # names in the text's language
    assert french.xpath("//a:count[@eId='vote_inFavour']/*/text()", namespaces=NS) == ["China"]


def test_no_analysis_without_a_recorded_vote(client, db):
    ResolutionTextFactory(resolution=ResolutionFactory(number=8))
    root = akn(client, "A/RES/80/8")
    assert root.xpath("//a:analysis", namespaces=NS) == []


@pytest.mark.parametrize(
    ("iri", "location"),
    [
        (WORK, "/A/RES/80/7"),
        (WORK.removesuffix("/"), "/A/RES/80/7"),
        (WORK + "!main", "/A/RES/80/7"),
        (WORK + "~para_1", "/A/RES/80/7#para_1"),
        (WORK + "eng@/", "/en/A/RES/80/7"),
        (WORK + "eng@", "/en/A/RES/80/7"),
        (WORK + "fra@/~para_1", "/fr/A/RES/80/7#para_1"),
    ],
)
def test_the_resolver_redirects_works_expressions_and_portions_to_their_pages(
    client, citing, iri, location, django_assert_num_queries
):
    with django_assert_num_queries(1):  # the resolution's adoption date
        response = client.get(iri)
    assert (response.status_code, response["Location"]) == (303, location)
    assert "Accept" in response["Vary"].split(", ")


@pytest.mark.parametrize("iri", [WORK + "eng@.akn", WORK + "eng@/!main.xml"])
def test_manifestation_iris_are_the_xml(client, citing, iri):
    response = client.get(iri)
    assert (response.status_code, response["Content-Type"]) == (200, "application/akn+xml")
    assert validate(response.content).xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == [WORK]


def test_a_client_preferring_akoma_ntoso_gets_the_xml(client, citing):
    response = client.get(WORK, HTTP_ACCEPT="application/akn+xml, text/html;q=0.5")
    assert (response.status_code, response["Content-Type"]) == (200, "application/akn+xml")
    assert "Accept" in response["Vary"].split(", ")
    assert validate(response.content).xpath("//a:FRBRlanguage/@language", namespaces=NS) == ["eng"]
    assert (
        client.get(WORK, HTTP_ACCEPT="application/akn+xml", HTTP_IF_NONE_MATCH=response["ETag"]).status_code
        == 304
    )


@pytest.mark.parametrize(
    "iri",
    [
        "/akn/un/statement/deliberation/unga/2025-10-15/80-7/",  # another date
        "/akn/un/statement/deliberation/unga/2025-10-14/80-9/",  # not held
        "/akn/un/statement/deliberation/unga/2025-10-14/eighty/",  # not a number
        "/akn/un/statement/deliberation/unga/2025-10-14/0-7/",  # no session 0
        WORK + "xyz@/",  # not a language
        WORK + "fra@.akn",  # a language not held, as XML
        WORK + "eng@/~",  # no eId
    ],
)
def test_iris_of_nothing_held_are_404(client, citing, iri):
    assert client.get(iri).status_code == 404


def test_every_sample_iri_is_valid_and_resolves_and_no_eid_ends_with_an_underscore(client, db):
    call_command("ingest", "archive/sample_corpus", verbosity=0)
    for symbol in Resolution.objects.values_list("symbol", flat=True):
        root = validate(client.get(f"/api/v1/resolutions/{symbol}.xml").content)
        assert not [e for e in root.xpath("//@eId") if e.endswith("_")], symbol
        for href in root.xpath("//a:ref/@href | //a:TLCReference/@href", namespaces=NS):
            try:
                VALID_URL(href)
            except Exception:
                raise AssertionError(href) from None
            if href.startswith(BASE + "/akn/"):
                response = client.get(href.removeprefix(BASE))
                assert response.status_code in (200, 303), href
        work = root.xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS)[0]
        assert client.get(work)["Location"] == f"/{symbol}"
