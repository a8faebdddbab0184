"""Every page type in headless Chromium, as a reader whose browser prefers each of the six interface
languages sees it, at 1280 and 375 px: no horizontal overflow (nor at 360 px), axe-core finds nothing, the
table of contents works by keyboard, footnote and citation pop-ups stay on screen, stay open under the
pointer and close with Esc. A screenshot of each page type in each language at each width is saved as
tests/artifacts/<language>/<page type>-<width>.png with --screenshots (make screenshots), and that of a page
with a problem in any run."""

import re

import pytest
from axe_playwright_python.base import AXE_FILE_PATH
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]

WIDTHS = {"wide": 1280, "phone": 375}
SMALLEST = 360  # the narrowest screen every page must fit
INTERFACE_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
HTML_LANG = {"zh": "zh-hans"}  # Django's name of the interface language; the others are their own
# axe-core on the wide pages in all six languages; on phones, and with its colour-contrast rule (half of its
# time), in one language of each direction: the narrow layout differs by direction, not by language, and the
# colours are the style sheets' (site.css, rtl.css), the same in every language.
AXE_WHOLE = {"en", "ar"}
WHOLE = {"resultTypes": ["violations"]}
WITHOUT_CONTRAST = {**WHOLE, "rules": {"color-contrast": {"enabled": False}}}


def at_width(page, width: int):
    page.set_viewport_size({"width": width, "height": 800})
    return page


def overflow(page) -> int:
    """How many pixels the page is wider than the window (0: no horizontal scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def on_screen(page, selector: str) -> bool:
    return page.eval_on_selector(
        selector,
        """e => { const r = e.getBoundingClientRect();
                  return r.left >= 0 && r.right <= document.documentElement.clientWidth
                         && r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0; }""",
    )


def axe_violations(page, contrast: bool = True) -> list:
    """What axe-core finds on the page, which loaded it as its context's init script: the browser reads the
    script as it opens each page, where sending it from Python before each run took 58 ms of 250."""
    found = page.evaluate("options => axe.run(document, options)", WHOLE if contrast else WITHOUT_CONTRAST)
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in found["violations"]]


@pytest.mark.parametrize("language", INTERFACE_LANGUAGES)
def test_every_page_type_in_each_language_fits_the_screen_and_axe_finds_nothing(
    transactional_db, every_page_type, browser_page, screenshot, language
):
    page = browser_page
    page.context.add_init_script(path=AXE_FILE_PATH)  # axe-core, as axe-playwright-python ships it
    page.set_extra_http_headers({"Accept-Language": language})
    expected = (HTML_LANG.get(language, language), "rtl" if language == "ar" else "ltr")
    problems = {}
    for width in WIDTHS.values():
        at_width(page, width)
        for name, path in every_page_type.items():
            path = path.format(language=language)
            response = page.goto(path)
            assert response.status in (200, 404), path
            whole = language in AXE_WHOLE
            found = {
                "language": page.evaluate("[document.documentElement.lang, document.documentElement.dir]"),
                "overflow": overflow(page),
                "axe": axe_violations(page, contrast=whole) if width == WIDTHS["wide"] or whole else [],
            }
            if width == WIDTHS["phone"]:
                found["overflow at 360 px"] = overflow(at_width(page, SMALLEST))
                at_width(page, width)
            problem = found["language"] != list(expected) or any(
                value for check, value in found.items() if check != "language"
            )
            if problem:
                problems[f"{path} at {width} px"] = found
            screenshot(page, f"{language}/{name}-{width}", problem)
    assert problems == {}


def test_each_states_vote_in_a_separate_vote_opens_by_keyboard(
    transactional_db, every_page_type, browser_page
):
    page = at_width(browser_page, WIDTHS["phone"])
    page.goto("/en/A/RES/79/1")
    part = page.locator("#separate-vote-41")
    expect(part.locator("h5")).to_have_text("Operative paragraph 2 of draft resolution A/79/L.2")
    expect(part.locator("table.state-votes")).to_be_hidden()
    part.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(part.locator("table.state-votes tbody tr")).to_have_text(
        ["CubaAgainst", "IsraelAbstaining", "United States of AmericaIn favour"]
    )


@pytest.mark.parametrize(("language", "start"), [("en", "left"), ("ar", "right")])
def test_vote_bars_grow_from_where_the_interfaces_lines_start(
    transactional_db, every_page_type, browser_page, language, start
):
    """A recorded vote's bars, and a Member State's by session, start on the left in English and on the
    right in Arabic; the longest bar fills its chart."""
    page = at_width(browser_page, WIDTHS["wide"])
    # Each bar's distance from its chart's left and right edges, in pixels.
    margins = """svg => { const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('rect')].map(r => { const b = r.getBoundingClientRect();
            return [Math.round(b.left - box.left), Math.round(box.right - b.right)]; }); }"""
    page.goto(f"/{language}/A/RES/79/1")
    vote = page.eval_on_selector("#vote .vote-chart svg", margins)  # 2 in favour, 1 against, 0 abstaining
    page.goto(f"/{language}/member-states/USA")
    by_session = page.eval_on_selector("table.votes-by-session svg", margins)  # against, at session 79
    side = 0 if start == "left" else 1
    assert [bar[side] for bar in vote + by_session] == [0] * (len(vote) + len(by_session))
    assert vote[0] == [0, 0]


def test_the_table_of_contents_by_keyboard_on_a_wide_screen(transactional_db, every_page_type, browser_page):
    page = at_width(browser_page, WIDTHS["wide"])
    page.goto("/en/A/RES/80/91")
    toc = page.locator("nav.toc")
    assert page.eval_on_selector("nav.toc", "e => getComputedStyle(e).position") == "sticky"
    summary = toc.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert not toc.locator("details").evaluate("d => d.open")
    page.keyboard.press("Enter")
    assert toc.locator("details").evaluate("d => d.open")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#annex_1__hcontainer_1"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#annex_1__hcontainer_1$"))  # waits for the navigation the key starts
    assert on_screen(page, "#annex_1__hcontainer_1")
    assert on_screen(page, "nav.toc summary")  # sticky: still there after the jump


def test_the_table_of_contents_starts_folded_on_a_phone_and_folds_once_followed(
    transactional_db, every_page_type, browser_page
):
    page = at_width(browser_page, WIDTHS["phone"])
    page.goto("/en/A/RES/80/91")
    details = page.locator("nav.toc details")
    assert not details.evaluate("d => d.open")
    page.locator("nav.toc summary").focus()
    page.keyboard.press("Enter")
    assert details.evaluate("d => d.open")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#annex_1$"))  # waits for the navigation the key starts
    expect(details).not_to_have_attribute("open", "")


@pytest.mark.parametrize("width", WIDTHS)
def test_footnote_pop_ups_stay_on_screen_can_be_hovered_and_close_with_esc(
    transactional_db, every_page_type, browser_page, width
):
    page = at_width(browser_page, WIDTHS[width])
    page.goto("/en/A/RES/59/190")
    markers = page.locator(".fn-ref > a")
    assert markers.count() == 7
    for i in range(markers.count()):
        marker = markers.nth(i)
        marker.scroll_into_view_if_needed()
        marker.hover()
        tip = f"#tip-{marker.get_attribute('id')}"
        expect(page.locator(tip)).to_be_visible()
        assert on_screen(page, tip), tip
    page.locator("#tip-ref_para_11_1").hover()  # the pointer moves onto the pop-up: it stays
    expect(page.locator("#tip-ref_para_11_1")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#tip-ref_para_11_1")).to_be_hidden()
    page.locator("#ref_para_3_1").focus()
    expect(page.locator("#tip-ref_para_3_1")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#tip-ref_para_3_1")).to_be_hidden()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_citation_preview_shows_the_cited_paragraph_and_closes_with_esc(
    transactional_db, every_page_type, browser_page, width
):
    page = at_width(browser_page, WIDTHS[width])
    page.goto("/en/A/RES/60/155")
    link = page.locator('a.cite--in-archive[href="/en/A/RES/59/190#para_5"]')
    link.scroll_into_view_if_needed()
    link.hover()
    preview = page.locator("#cite-preview")
    preview.wait_for(state="visible")
    assert preview.locator("p").nth(0).inner_text() == "59/190"
    assert (
        preview.locator("p")
        .nth(1)
        .inner_text()
        .startswith("Reaffirms that the promotion, protection and full realization")
    )
    assert on_screen(page, "#cite-preview")
    assert link.get_attribute("aria-describedby") == "cite-preview"
    preview.hover()
    page.wait_for_timeout(500)
    expect(preview).to_be_visible()
    page.keyboard.press("Escape")
    expect(preview).to_be_hidden()
    link.focus()
    preview.wait_for(state="visible")
    page.keyboard.press("Escape")
    expect(preview).to_be_hidden()


def test_side_by_side_stacks_the_pair_on_a_phone(transactional_db, every_page_type, browser_page):
    page = at_width(browser_page, WIDTHS["phone"])
    page.goto("/parallel/en/zh/A/RES/59/190")
    row = page.locator("tbody tr").nth(3)
    left, right = (row.locator("td").nth(i).bounding_box() for i in (0, 1))
    assert left["x"] == right["x"] and left["width"] == right["width"] > 300
    assert right["y"] >= left["y"] + left["height"]
    at_width(page, WIDTHS["wide"])
    left, right = (row.locator("td").nth(i).bounding_box() for i in (0, 1))
    assert left["y"] == right["y"] and right["x"] > left["x"]
