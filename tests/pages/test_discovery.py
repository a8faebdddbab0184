"""Discovery: canonical links, hreflang alternates, descriptions, OpenGraph and JSON-LD in the pages' <head>;
sitemap.xml (valid against the sitemaps.org schemas, an index beyond the limit), robots.txt, Atom feeds."""

import datetime
import json
from pathlib import Path

import feedparser
import pytest
from django.utils import timezone
from lxml import etree, html

from archive.models import Resolution
from archive.pages.sitemaps import CanonicalSitemap
from tests.factories import ResolutionFactory, ResolutionTextFactory, SessionFactory

BASE = "https://archive.example.org"
SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "sitemaps"  # see its README
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(autouse=True)
def canonical_base(settings):
    settings.ARCHIVE_CANONICAL_URL = BASE


@pytest.fixture
def held(db):
    """80/101 in English and French (adopted 14 October 2025), 79/5 in English, created in this order."""
    first = ResolutionFactory(number=101)
    ResolutionTextFactory(resolution=first, title="Cooperation between the United Nations and <others>")
    ResolutionTextFactory(resolution=first, language="fr", title="Coopération entre l’ONU et d’autres")
    second = ResolutionFactory(
        session=SessionFactory(number=79), number=5, adopted_on=datetime.date(2024, 12, 1)
    )
    ResolutionTextFactory(resolution=second, title="Oceans and the law of the sea")
    return first, second


def head(response) -> html.HtmlElement:
    assert response.status_code == 200
    return html.fromstring(response.content).find("head")


def links(page, rel: str) -> list[tuple[str | None, str]]:
    return [(e.get("hreflang"), e.get("href")) for e in page.xpath(f"link[@rel='{rel}']")]


def meta(page, key: str) -> list[str]:
    return page.xpath(f"meta[@name='{key}' or @property='{key}']/@content")


def test_a_resolution_page_names_its_canonical_url_and_its_other_languages(client, held):
    page = head(client.get("/A/RES/80/101"))  # no prefix: the reader's language, English here

    assert links(page, "canonical") == [(None, f"{BASE}/en/A/RES/80/101")]
    assert [link for link in links(page, "alternate") if link[0]] == [
        ("en", f"{BASE}/en/A/RES/80/101"),
        ("fr", f"{BASE}/fr/A/RES/80/101"),
        ("x-default", f"{BASE}/A/RES/80/101"),
    ]
    description = (
        "Resolution A/RES/80/101 of the United Nations General Assembly, adopted on 14 October 2025: "
        "Cooperation between the United Nations and <others>"
    )
    assert meta(page, "description") == [description]
    assert meta(page, "og:description") == [description]
    assert meta(page, "og:title") == ["A/RES/80/101: Cooperation between the United Nations and <others>"]
    assert meta(page, "og:type") == ["article"]
    assert meta(page, "og:url") == [f"{BASE}/en/A/RES/80/101"]
    assert links(head(client.get("/fr/A/RES/80/101")), "canonical") == [(None, f"{BASE}/fr/A/RES/80/101")]


def test_a_resolution_page_describes_itself_as_schema_org_legislation(client, held):
    page = head(client.get("/fr/A/RES/80/101"))
    [script] = page.xpath("script[@type='application/ld+json']")
    assert "<others>" not in script.text  # escaped: nothing in it could close the element

    resolution = held[0]
    resolution.refresh_from_db()
    assert json.loads(script.text) == {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "@id": f"{BASE}/akn/un/statement/deliberation/unga/2025-10-14/80-101/",
        "url": f"{BASE}/fr/A/RES/80/101",
        "name": "Coopération entre l’ONU et d’autres",
        "legislationIdentifier": "A/RES/80/101",
        "legislationType": "Resolution",
        "legislationPassedBy": {"@type": "Organization", "name": "United Nations General Assembly"},
        "legislationDate": "2025-10-14",
        "inLanguage": "fr",
        "isAccessibleForFree": True,
        "dateModified": resolution.content_changed_at.isoformat(),
        "workExample": [{"@type": "Legislation", "inLanguage": "en", "url": f"{BASE}/en/A/RES/80/101"}],
        "encoding": [
            {
                "@type": "MediaObject",
                "encodingFormat": "application/akn+xml",
                "contentUrl": f"{BASE}/api/v1/resolutions/A/RES/80/101.xml",
            },
            {
                "@type": "MediaObject",
                "encodingFormat": "application/json",
                "contentUrl": f"{BASE}/api/v1/resolutions/A/RES/80/101",
            },
        ],
    }
    # The IRI it is identified by resolves to the page.
    assert client.get(json.loads(script.text)["@id"].removeprefix(BASE))["Location"] == "/A/RES/80/101"


def test_every_page_has_a_canonical_url_a_description_and_the_feeds(client, held):
    for path in ["/", "/sessions", "/changes/A/RES/80/101"]:
        page = head(client.get(path))
        assert links(page, "canonical") == [(None, BASE + path)], path
        assert meta(page, "description") == [
            "An open archive of the resolutions of the United Nations General Assembly."
        ]
        feeds = page.xpath("link[@rel='alternate'][@type='application/atom+xml']/@href")
        assert feeds == [f"{BASE}/feeds/new.atom", f"{BASE}/feeds/changed.atom"]


def test_a_session_page_offers_its_own_feed_and_names_its_page(client, held, settings):
    page = head(client.get("/sessions/80?utm_source=x"))
    assert links(page, "canonical") == [(None, f"{BASE}/sessions/80")]
    assert meta(page, "description") == [
        "The resolutions of session 80 of the United Nations General Assembly."
    ]
    assert (
        page.xpath("link[@type='application/atom+xml']/@href")[-1] == f"{BASE}/feeds/sessions/80/changed.atom"
    )

    ResolutionFactory.create_batch(50)  # a second page of the session
    assert links(head(client.get("/sessions/80?page=2")), "canonical") == [
        (None, f"{BASE}/sessions/80?page=2")
    ]


def validate(content: bytes, schema: str) -> etree._Element:
    root = etree.fromstring(content)
    xsd = etree.XMLSchema(etree.parse(SCHEMAS / schema))
    assert xsd.validate(root), [str(e) for e in xsd.error_log]
    return root


def test_the_sitemap_lists_each_page_in_each_language_held(client, held, django_assert_num_queries):
    with django_assert_num_queries(4):  # the counts of the sessions and the texts, their rows
        response = client.get("/sitemap.xml")
    assert (response.status_code, response["Content-Type"]) == (200, "application/xml")
    root = validate(response.content, "sitemap.xsd")

    locs = root.xpath("//s:url/s:loc/text()", namespaces=SITEMAP_NS)
    assert locs == [
        f"{BASE}/",
        f"{BASE}/sessions",
        f"{BASE}/sessions/80",
        f"{BASE}/sessions/79",
        f"{BASE}/en/A/RES/80/101",
        f"{BASE}/fr/A/RES/80/101",
        f"{BASE}/en/A/RES/79/5",
    ]
    changed = Resolution.objects.get(symbol="A/RES/79/5").content_changed_at
    lastmod = root.xpath(f"//s:url[s:loc='{BASE}/en/A/RES/79/5']/s:lastmod/text()", namespaces=SITEMAP_NS)
    assert lastmod == [timezone.localtime(changed).date().isoformat()]


def test_beyond_the_limit_the_sitemap_is_an_index_of_pages(client, held, monkeypatch):
    monkeypatch.setattr(CanonicalSitemap, "limit", 2)  # seven URLs: more than one sitemap holds

    root = validate(client.get("/sitemap.xml").content, "siteindex.xsd")
    locs = root.xpath("//s:sitemap/s:loc/text()", namespaces=SITEMAP_NS)
    assert locs == [
        f"{BASE}/sitemap-pages.xml",
        f"{BASE}/sitemap-sessions.xml",
        f"{BASE}/sitemap-resolutions.xml",
        f"{BASE}/sitemap-resolutions.xml?p=2",
    ]
    listed = []
    for loc in locs:
        page = validate(client.get(loc.removeprefix(BASE)).content, "sitemap.xsd")
        listed += page.xpath("//s:url/s:loc/text()", namespaces=SITEMAP_NS)
    assert len(listed) == len(set(listed)) == 7
    assert client.get("/sitemap-resolutions.xml?p=3").status_code == 404


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert (response.status_code, response["Content-Type"]) == (200, "text/plain; charset=utf-8")
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /admin/\nDisallow: /api/\nDisallow: /search\nDisallow: /compare/\n"
        f"Disallow: /parallel/\n\nSitemap: {BASE}/sitemap.xml\n"
    )


def test_feeds_of_new_and_changed_resolutions(client, held, django_assert_num_queries):
    first, second = held
    first.__class__.objects.filter(pk=first.pk).touch()  # 80/101 changed after 79/5 was added

    with django_assert_num_queries(2):  # the resolutions, their titles
        new = feedparser.parse(client.get("/feeds/new.atom").content)
    assert new.version == "atom10"
    assert new.feed.title == "New resolutions"
    assert [link.href for link in new.feed.links if link.rel == "self"] == [f"{BASE}/feeds/new.atom"]
    assert [(e.title, e.link) for e in new.entries] == [
        ("A/RES/79/5: Oceans and the law of the sea", f"{BASE}/A/RES/79/5"),
        ("A/RES/80/101: Cooperation between the United Nations and <others>", f"{BASE}/A/RES/80/101"),
    ]
    assert new.entries[0].summary == (
        "Resolution A/RES/79/5 of the United Nations General Assembly, adopted on 1 December 2024"
    )

    changed = feedparser.parse(client.get("/feeds/changed.atom").content)
    assert changed.feed.title == "New and changed resolutions"
    assert [e.link for e in changed.entries] == [f"{BASE}/A/RES/80/101", f"{BASE}/A/RES/79/5"]
    first.refresh_from_db()
    assert changed.entries[0].updated_parsed[:6] == first.content_changed_at.utctimetuple()[:6]


def test_a_session_feed_holds_its_session_only(client, held):
    feed = feedparser.parse(client.get("/feeds/sessions/79/changed.atom").content)
    assert feed.feed.title == "New and changed resolutions of session 79"
    assert [e.link for e in feed.entries] == [f"{BASE}/A/RES/79/5"]
    assert feedparser.parse(client.get("/feeds/sessions/79/new.atom").content).feed.title == (
        "New resolutions of session 79"
    )
    assert client.get("/feeds/sessions/12/new.atom").status_code == 404
