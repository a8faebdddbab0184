"""Script and markup inside ingested titles, paragraphs and footnotes stay text: in headless Chromium no
script of theirs runs, and the page shows them as written."""

import json

import pytest

from .hostile_text import PAYLOADS, SYMBOL, ingest_hostile_text

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]


@pytest.fixture
def hostile(transactional_db):
    return ingest_hostile_text()


@pytest.mark.parametrize("path", [f"/{SYMBOL}", f"/api/v1/resolutions/{SYMBOL}", "/", "/sessions/80"])
def test_no_script_of_the_text_runs(hostile, browser_context, path):
    page = browser_context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    response = page.goto(path + ("?format=api" if path.startswith("/api/") else ""))
    page.wait_for_load_state("load")
    assert response.status == 200
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    # Data blocks (JSON, the page's JSON-LD) never run; no other inline script may be there.
    data_blocks = ':not([type="application/json"]):not([type="application/ld+json"])'
    assert page.locator(f"script:not([src]){data_blocks}").count() == 0
    for block in page.locator('script[type="application/ld+json"]').all():  # the hostile title stays inside
        assert json.loads(block.inner_text())["@type"] == "Legislation"
    assert page.locator("img[onerror], svg[onload]").count() == 0


def test_the_markup_is_shown_as_text(hostile, browser_context):
    page = browser_context.new_page()
    page.goto(f"/{SYMBOL}")
    shown = page.locator("main").inner_text()
    for payload in PAYLOADS:
        assert payload in shown
