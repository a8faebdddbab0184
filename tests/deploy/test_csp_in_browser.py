"""Under the Content-Security-Policy the site, the admin and the API's Swagger UI still work, and the
browser reports no violation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]


def open_page(browser_context, path: str):
    """The page at `path` and the CSP violations the browser reported while loading it."""
    page = browser_context.new_page()
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    response = page.goto(path)
    page.wait_for_load_state("networkidle")
    return page, response, violations


def test_reading_pages(transactional_db, browser_context):
    page, response, violations = open_page(browser_context, "/")
    assert (response.status, violations) == (200, [])
    assert page.locator("link[rel=stylesheet]").first.evaluate("link => link.sheet !== null")


def test_admin_login(transactional_db, browser_context):
    page, response, violations = open_page(browser_context, "/admin/login/")
    assert (response.status, violations) == (200, [])
    assert page.locator("#id_username").is_visible()


def test_swagger_ui(transactional_db, browser_context):
    page, response, violations = open_page(browser_context, "/api/docs/")
    assert (response.status, violations) == (200, [])
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator("header h1").inner_text() == "UN General Assembly resolutions archive API"
    assert page.locator(".swagger-ui .opblock").count() > 0


def test_browsable_api(transactional_db, browser_context):
    page, response, violations = open_page(browser_context, "/api/v1/resolutions/?format=api")
    assert (response.status, violations) == (200, [])
    assert page.locator(".response-info").is_visible()
