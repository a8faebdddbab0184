"""The API documentation (/api/docs/, Swagger UI) in headless Chromium: axe-core finds nothing on it as it
opens, nor once operations are unfolded: their colours keep their contrast (api-docs.css) and the examples
<select> of a parameter has a name (api-docs.js)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]


def violations(page) -> dict[str, list]:
    return {v["id"]: [n["target"] for n in v["nodes"]] for v in Axe().run(page).response["violations"]}


def test_axe_finds_nothing_on_the_api_documentation(transactional_db, browser_page, screenshot):
    page = browser_page
    assert page.goto("/api/docs/").status == 200
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator("html").get_attribute("lang") == "en"
    assert violations(page) == {}
    page.locator(".opblock-summary-control").first.click()
    page.wait_for_selector(".swagger-ui .opblock.is-open .parameters")
    # An operation whose path parameter has an example: Swagger UI draws a <select> of its examples.
    page.locator(".opblock-summary-control", has_text="/api/v1/resolutions/{symbol}/paragraphs/{eid}").click()
    examples = page.locator(".opblock.is-open select.examples-select-element")
    page.locator(".opblock.is-open tr[data-param-name='eid'] select").wait_for()
    assert examples.evaluate_all("es => es.map(e => e.getAttribute('aria-label'))") == ["Examples"] * 4
    language = page.locator(".opblock.is-open tr[data-param-name='language'] select")
    assert language.get_attribute("aria-label") == "language"
    assert page.locator(".opblock.is-open table.responses-table").evaluate_all(
        "ts => ts.map(t => t.getAttribute('aria-label'))"
    ) == [
        "Responses of GET /api/v1/changes/",
        "Responses of GET /api/v1/resolutions/{symbol}/paragraphs/{eid}",
    ]
    screenshot(page, "api-docs")
    assert violations(page) == {}
