"""The API documentation (/api/docs/, Swagger UI) in headless Chromium: axe-core finds nothing on it as it
opens, and an unfolded operation's colours keep their contrast (api-docs.css)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]


def violations(page) -> dict[str, list]:
    return {v["id"]: [n["target"] for n in v["nodes"]] for v in Axe().run(page).response["violations"]}


def test_axe_finds_nothing_on_the_api_documentation(transactional_db, browser_page):
    page = browser_page
    assert page.goto("/api/docs/").status == 200
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator("html").get_attribute("lang") == "en"
    assert violations(page) == {}
    page.locator(".opblock-summary-control").first.click()
    page.wait_for_selector(".swagger-ui .opblock.is-open .parameters")
    page.screenshot(path=ARTIFACTS / "api-docs.png", full_page=True)
    # Swagger UI's examples <select> has no label (select-name): its own markup, left as a known issue.
    assert "color-contrast" not in violations(page)
