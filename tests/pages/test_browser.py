"""The reading pages in headless Chromium (Debian's `chromium`, driven by Playwright from PyPI).

With --screenshots (make screenshots), a followed footnote, a highlighted paragraph and a comparison are saved
in tests/artifacts/ (every page type in each interface language: test_reading_browser.py)."""

import re

import pytest
from playwright.sync_api import expect

# The live server starts before the tests point STATIC_ROOT at a directory; it serves from the finders.
pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]


def ending(suffix: str) -> re.Pattern:
    """A URL pattern for `expect(page).to_have_url`, which waits for the navigation a click starts."""
    return re.compile(re.escape(suffix) + "$")


def test_read_the_seed_follow_a_footnote_and_come_back(transactional_db, seed, browser_page, screenshot):
    page = browser_page
    page.goto("/zh/A/RES/59/190")
    marker = page.locator("#ref_para_11_1")
    marker.hover()
    expect(page.locator("#tip-ref_para_11_1")).to_be_visible()
    assert page.locator("#tip-ref_para_11_1").inner_text() == "A/59/327。"
    marker.click()
    expect(page).to_have_url(ending("/zh/A/RES/59/190#fnt_4"))
    expect(page.locator("#fnt_4")).to_be_in_viewport()
    page.locator('#fnt_4 a.fn-back[href="#ref_para_11_1"]').click()
    expect(page).to_have_url(ending("#ref_para_11_1"))
    expect(page.locator("#ref_para_11_1")).to_be_in_viewport()
    screenshot(page, "resolution-zh")


def test_the_footnote_text_shows_on_keyboard_focus(transactional_db, seed, browser_page):
    page = browser_page
    page.goto("/zh/A/RES/59/190")
    expect(page.locator("#tip-ref_para_11_1")).to_be_hidden()
    page.locator("#ref_para_11_1").focus()
    expect(page.locator("#tip-ref_para_11_1")).to_be_visible()


def test_follow_a_cross_reference_and_switch_language(transactional_db, successor, live_server, browser_page):
    page = browser_page
    page.goto("/A/RES/60/155")
    page.get_by_role("link", name="59/190", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/en/A/RES/59/190#para_5")
    expect(page.locator("#para_5")).to_be_in_viewport()
    page.locator(".lang-switcher").get_by_role("link", name="中文").click()  # the text, not the interface
    expect(page).to_have_url(ending("/en/A/RES/59/190/zh"))
    expect(page.locator("article.resolution")).to_have_attribute("lang", "zh")
    assert (
        page.locator("h1").inner_text()
        == "59/190. 促进国际合作并重视非选择性、公正性和客观性以加强联合国在人权领域的行动"
    )


def test_in_the_french_interface_a_citation_previews_and_leads_to_the_english_text_still_in_french(
    transactional_db, successor, live_server, browser_page
):
    page = browser_page
    page.goto("/fr/A/RES/60/155/en")
    link = page.get_by_role("link", name="59/190", exact=True)
    link.hover()
    preview = page.locator("#cite-preview")
    preview.wait_for(state="visible")
    assert preview.locator("p").nth(1).inner_text().startswith("Reaffirms that the promotion, protection")
    page.keyboard.press("Escape")
    link.click()
    expect(page).to_have_url(f"{live_server.url}/fr/A/RES/59/190/en#para_5")
    expect(page.locator("#para_5")).to_be_in_viewport()
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["fr", "ltr"]
    expect(page.locator("article.resolution")).to_have_attribute("lang", "en")
    page.locator(".lang-switcher").get_by_role("link", name="中文").click()
    expect(page).to_have_url(f"{live_server.url}/fr/A/RES/59/190/zh")
    expect(page.locator("article.resolution")).to_have_attribute("lang", "zh")
    assert page.locator(".interface-languages [aria-current]").inner_text() == "Français"
    page.locator(".interface-languages a[hreflang='en']").click()
    expect(page).to_have_url(f"{live_server.url}/en/A/RES/59/190/zh")
    expect(page.locator("article.resolution")).to_have_attribute("lang", "zh")
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_a_paragraph_permalink_is_scrolled_into_view_and_highlighted(
    transactional_db, seed_en, browser_page, screenshot
):
    page = browser_page
    page.goto("/en/A/RES/59/190#para_9")
    expect(page.locator("#para_9")).to_be_in_viewport()
    background = page.eval_on_selector("#para_9", "e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(255, 241, 184)"
    assert page.eval_on_selector("#para_8", "e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    screenshot(page, "resolution-en")


def test_the_copy_link_control_copies_the_paragraph_address(transactional_db, seed_en, browser_page):
    page = browser_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/en/A/RES/59/190")
    page.locator("#para_3 a.permalink").click()
    assert page.evaluate("navigator.clipboard.readText()").endswith("/en/A/RES/59/190#para_3")
    page.locator("#announcer", has_text="Link copied").wait_for()


def test_compare_two_resolutions(transactional_db, successor, browser_page, screenshot):
    page = browser_page
    page.goto("/A/RES/60/155")
    page.get_by_role("link", name="Compare with this one").click()
    expect(page).to_have_url(ending("/compare/A/RES/59/190/with/A/RES/60/155"))
    assert page.locator("tbody del").first.inner_text() == "further"
    assert page.locator("tbody ins").first.inner_text() == "real"
    screenshot(page, "compare")


def test_the_home_and_session_pages(transactional_db, successor, browser_page):
    page = browser_page
    page.goto("/")
    assert page.locator("h1").inner_text() == "Resolutions of the United Nations General Assembly"
    page.goto("/sessions/59")
    assert page.locator("h1").inner_text() == "59th session (2004)"
    assert page.locator("main tbody tr").count() == 1


def test_the_print_stylesheet_leaves_only_the_document(transactional_db, seed, browser_page):
    page = browser_page
    page.goto("/zh/A/RES/59/190")
    expect(page.locator("nav.doc-tools")).to_be_visible()
    page.emulate_media(media="print")
    for hidden in ("header.site-header", "nav.doc-tools", ".doc-about", "#cited-by", "#para_1 .permalink"):
        expect(page.locator(hidden)).to_be_hidden()
    expect(page.locator("#para_1")).to_be_visible()


@pytest.mark.parametrize("code", ["ar", "zh", "en", "fr", "ru", "es"])
def test_each_interface_language_lays_out_the_header_in_its_direction(
    transactional_db, seed_en, browser_page, code
):
    """The header's first item (the site's name) starts on the reading side: right in Arabic, left elsewhere;
    the switcher leads to the same page in another language."""
    page = browser_page
    page.goto(f"/{code}/A/RES/59/190" if code in ("zh", "en") else f"/{code}/sessions")
    direction = page.evaluate("document.documentElement.dir")
    name = page.locator(".site-name").bounding_box()
    search = page.locator(".site-header .search-form").bounding_box()
    expected = ("rtl", True) if code == "ar" else ("ltr", False)
    assert (direction, name["x"] > search["x"]) == expected
    page.locator(
        ".interface-languages a[hreflang='fr']" if code != "fr" else "a[hreflang='en']"
    ).first.click()
    expect(page.locator("html")).to_have_attribute("lang", "en" if code == "fr" else "fr")
