"""From a page whose URL names the interface language (/fr/…), every link to another reading page keeps
it, so that following a link never falls back to Accept-Language: the citations inside a text too, and a
link to a text in another language opens it in the same interface (/fr/A/RES/60/155/en). The deliberate
exceptions: the API, downloads, feeds and static files; anchors and query strings stay relative."""

import lxml.html
import pytest

from archive.pages.languages import LANGUAGES
from archive.pages.links import keeping_language

NOT_PAGES = {"api", "source", "feeds", "static"}

PAGES = [
    "/",
    "/sessions",
    "/sessions/59",
    "/sessions/60",
    "/A/RES/59/190",
    "/member-states",
    "/member-states/FRA",
    "/search?q=human+rights",
    "/search?q=international",
    "/changes/A/RES/59/190",
    "/parallel/en/zh/A/RES/59/190",
    "/compare/A/RES/59/190/with/A/RES/60/155",
]

# 59/190 is held in Chinese and English, 60/155 in English.
NOT_HELD = {"/A/RES/59/190": {"fr", "ar"}, "/compare/A/RES/59/190/with/A/RES/60/155": {"fr", "zh", "ar"}}


def links(content: bytes) -> list[str]:
    """The targets of the body's links and forms."""
    body = lxml.html.fromstring(content).body
    return [*body.xpath(".//a/@href"), *body.xpath(".//form/@action")]


def unprefixed(url: str) -> bool:
    """A link to a reading page that names no language (and so would fall back to Accept-Language)."""
    if not url.startswith("/"):
        return False
    first = url.lstrip("/").split("/")[0].split("?")[0]
    return first not in LANGUAGES and first not in NOT_PAGES


@pytest.mark.parametrize("language", ["fr", "zh", "ar"])
def test_every_link_keeps_the_interface_language(client, successor, language):
    checked = 0
    for path in PAGES:
        response = client.get(f"/{language}{path}")
        # Without a suffix, the prefix names the text's language too: where it is not held the page says so.
        assert response.status_code == (404 if language in NOT_HELD.get(path, ()) else 200), path
        found = links(response.content)
        assert [url for url in found if unprefixed(url)] == [], path
        checked += sum(1 for url in found if url.startswith(f"/{language}/"))
    assert checked > 50


def test_the_links_of_a_french_page(client, successor):
    content = client.get("/fr/sessions/59").content.decode()
    assert '<a href="/fr/sessions/59">' not in content  # the page itself is not linked
    assert '<a class="site-name" href="/fr/">' in content
    assert '<li><a href="/fr/sessions">' in content
    assert '<th scope="row"><a href="/fr/A/RES/59/190">A/RES/59/190</a></th>' in content
    assert 'action="/fr/search"' in content


def test_without_a_prefix_links_stay_as_they_are(client, successor):
    content = client.get("/sessions/59", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<th scope="row"><a href="/A/RES/59/190">A/RES/59/190</a></th>' in content
    assert '<a class="site-name" href="/">' in content


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("/sessions/59?page=2", "/fr/sessions/59?page=2"),
        ("/A/RES/59/190#para_5", "/fr/A/RES/59/190#para_5"),
        ("/changes/A/RES/59/190/versions/3", "/fr/changes/A/RES/59/190/versions/3"),
        ("/compare/A/RES/59/190/with/A/RES/60/155", "/fr/compare/A/RES/59/190/with/A/RES/60/155"),
        ("/en/A/RES/59/190", "/fr/A/RES/59/190/en"),  # the English text in the French interface
        ("/en/A/RES/59/190#para_5", "/fr/A/RES/59/190/en#para_5"),
        ("/fr/A/RES/59/190", "/fr/A/RES/59/190"),
        ("/zh/A/RES/59/190/en", "/zh/A/RES/59/190/en"),  # names both languages
        ("/en/parallel/en/zh/A/RES/59/190", "/en/parallel/en/zh/A/RES/59/190"),
        ("/source/en/A/RES/59/190", "/source/en/A/RES/59/190"),  # the file as ingested
        ("/api/v1/resolutions/A/RES/59/190", "/api/v1/resolutions/A/RES/59/190"),
        ("/feeds/new.atom", "/feeds/new.atom"),
        ("#cited-by", "#cited-by"),
        ("?page=2", "?page=2"),
        ("https://undocs.org/fr/A/RES/59/190", "https://undocs.org/fr/A/RES/59/190"),
    ],
)
def test_which_links_keep_the_language(url, kept):
    assert keeping_language(url, "/fr") == kept
    assert keeping_language(url, "") == url
