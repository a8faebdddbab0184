"""The interface language and the text's language are two: /fr/A/RES/60/155/en is the English text in the
French interface. <html> carries the interface's lang and dir, the text's container the text's; the links
inside the text keep the interface language; the switchers change one language each."""

import lxml.html
import pytest
from page_samples import source

from archive.pages.languages import LANGUAGES

BASE = "https://archive.example.org"
NOT_HELD = "(document officiel, pas encore dans l’archive)"


@pytest.fixture(autouse=True)
def canonical_base(settings):
    settings.ARCHIVE_CANONICAL_URL = BASE


def document(client, path: str, status: int = 200) -> lxml.html.HtmlElement:
    response = client.get(path)
    assert response.status_code == status, path
    return lxml.html.fromstring(response.content)


def body_links(page) -> list[str]:
    return page.xpath("//article[@class='resolution']//a[contains(@class, 'cite ')]/@href")


def en_text_in(language: str, symbol: str = "A/RES/60/155") -> str:
    """The URL of `symbol`'s English text in the interface `language`."""
    return f"/en/{symbol}" if language == "en" else f"/{language}/{symbol}/en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_citations_in_a_text_keep_the_interface_language(client, successor, language):
    page = document(client, en_text_in(language))
    assert body_links(page) == [
        f"{en_text_in(language, 'A/RES/59/190')}#para_5",
        f"/{language}/A/RES/217(III)",  # in a footnote, as the two after it
        f"/{language}/A/RES/2200(XXI)",
        "https://undocs.org/en/A/CONF.157/24%20(Part%20I)",
        "https://undocs.org/en/A/60/306",
    ]


def test_without_a_prefix_the_citations_name_the_text_language_only(client, successor):
    page = document(client, "/A/RES/60/155")
    assert body_links(page) == [
        "/en/A/RES/59/190#para_5",
        "/A/RES/217(III)",
        "/A/RES/2200(XXI)",
        "https://undocs.org/en/A/CONF.157/24%20(Part%20I)",
        "https://undocs.org/en/A/60/306",
    ]


def test_the_english_text_in_the_french_interface(client, successor):
    page = document(client, "/fr/A/RES/60/155/en")
    assert (page.get("lang"), page.get("dir")) == ("fr", "ltr")
    article = page.xpath("//article[@class='resolution']")[0]
    assert (article.get("lang"), article.get("dir")) == ("en", "ltr")
    assert article.xpath(".//p[@class='formula']/text()") == ["The General Assembly,"]
    assert page.xpath("//nav[@class='interface-languages']/@aria-label") == ["Langue de l’interface"]
    assert page.xpath("//ul[@class='lang-switcher']/@aria-label") == ["Langue du texte"]
    assert page.xpath("//h2[@id='notes-heading']/@lang") == ["fr"]
    assert page.xpath("//li[@id='fnt_1']/a[@class='cite cite--not-in-archive']/@title") == [
        "Pas encore dans l’archive"
    ]
    assert (
        page.xpath("//li[@id='fnt_1']/a[@class='fn-back']")[0].text_content() == "↩Retour à l’appel de note 1"
    )


def test_an_arabic_text_is_right_to_left_in_a_left_to_right_interface(client, ingest_bytes):
    ingest_bytes(source("A_RES_80_99.ar.txt").read_bytes(), "A_RES_80_99.ar.txt")
    page = document(client, "/fr/A/RES/80/99/ar")
    assert (page.get("lang"), page.get("dir")) == ("fr", "ltr")
    article = page.xpath("//article[@class='resolution']")[0]
    assert (article.get("lang"), article.get("dir")) == ("ar", "rtl")


def test_the_english_text_in_the_arabic_interface_is_left_to_right(client, successor):
    page = document(client, "/ar/A/RES/60/155/en")
    assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
    article = page.xpath("//article[@class='resolution']")[0]
    assert (article.get("lang"), article.get("dir")) == ("en", "ltr")


def test_the_switchers_change_one_language_each(client, seed_en):
    page = document(client, "/fr/A/RES/59/190/zh")
    texts = page.xpath("//ul[@class='lang-switcher']/li")
    assert [(li.text_content(), li.xpath("a/@href")) for li in texts[:3]] == [
        (f"العربية {NOT_HELD} ↗", ["https://undocs.org/ar/A/RES/59/190"]),
        ("中文", []),  # the text shown
        ("English", ["/fr/A/RES/59/190/en"]),
    ]
    interface = page.xpath("//nav[@class='interface-languages']//li")
    assert [li.xpath("a/@href") for li in interface] == [
        ["/ar/A/RES/59/190/zh"],
        ["/zh/A/RES/59/190"],
        ["/en/A/RES/59/190/zh"],
        [],  # French, the interface shown
        ["/ru/A/RES/59/190/zh"],
        ["/es/A/RES/59/190/zh"],
    ]


def test_a_suffix_naming_the_prefix_language_and_a_misspelt_symbol_redirect(client, seed_en):
    response = client.get("/zh/A/RES/59/190/zh")
    assert (response.status_code, response["Location"]) == (301, "/zh/A/RES/59/190")
    response = client.get("/fr/a/res/59/190/zh")
    assert (response.status_code, response["Location"]) == (301, "/fr/A/RES/59/190/zh")


def test_a_text_not_held_offers_those_held_in_the_same_interface(client, seed):
    page = document(client, "/fr/A/RES/59/190", status=404)
    assert page.get("lang") == "fr"
    assert page.xpath("//main//ul/li/a/@href") == ["/fr/A/RES/59/190/zh"]
    assert (
        page.xpath("//main//p/text()")[0].strip()
        == "L’archive ne contient pas encore A/RES/59/190 en français."
    )
    page = document(client, "/fr/A/RES/59/190/ru", status=404)
    assert (
        page.xpath("//main//p/text()")[0].strip() == "L’archive ne contient pas encore A/RES/59/190 en russe."
    )
    assert document(client, "/fr/A/RES/59/190/zh").xpath("//article/@lang") == ["zh"]


def head_links(page, rel: str) -> list[tuple[str | None, str]]:
    return [(e.get("hreflang"), e.get("href")) for e in page.xpath(f"//head/link[@rel='{rel}']")]


def test_a_text_in_another_interface_is_canonical_at_its_own_language(client, seed_en):
    page = document(client, "/fr/A/RES/59/190/zh")
    assert head_links(page, "canonical") == [(None, f"{BASE}/zh/A/RES/59/190")]
    assert head_links(page, "alternate")[:3] == [
        ("zh", f"{BASE}/zh/A/RES/59/190"),
        ("en", f"{BASE}/en/A/RES/59/190"),
        ("x-default", f"{BASE}/A/RES/59/190"),
    ]


def test_each_pair_of_languages_has_its_own_etag(client, seed_en):
    tags = {
        client.get(path)["ETag"]
        for path in ["/zh/A/RES/59/190", "/fr/A/RES/59/190/zh", "/en/A/RES/59/190/zh"]
    }
    assert len(tags) == 3
