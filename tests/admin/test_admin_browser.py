"""Upload → preview → confirm in headless Chromium (Debian's `chromium`, driven by Playwright from PyPI).
With --screenshots (make screenshots), the preview and the resolution's full history are saved in
tests/artifacts/."""

import pytest
from admin_helpers import sample
from admin_texts import WARNED
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


# The test checks the database through the admin's pages: Playwright's sync API runs an event loop in the
# test's thread, where Django's ORM refuses to run.


def stored_resolutions(page) -> str:
    """The admin's count of resolutions, read in another tab."""
    tab = page.context.new_page()
    tab.goto("/admin/archive/resolution/")
    count = tab.locator("p.paginator").inner_text().strip()
    tab.close()
    return count


def test_upload_preview_and_confirm(alice, browser_page, screenshot):
    page = browser_page
    page.goto("/admin/login/?next=/admin/archive/resolution/ingest/")
    page.fill("#id_username", "alice")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    expect(page.locator("h1")).to_have_text("Ingest resolutions")

    page.set_input_files(
        "#id_files",
        [
            {"name": "A_RES_80_2.txt", "mimeType": "text/plain", "buffer": sample("A_RES_80_2.txt")},
            {"name": "A_RES_80_99.txt", "mimeType": "text/plain", "buffer": WARNED.encode()},
        ],
    )
    page.click("input[value=Preview]")
    expect(page.locator("h1")).to_have_text("Preview before ingesting")
    assert page.locator(".ingest-file h2").all_inner_texts() == ["A_RES_80_2.txt", "A_RES_80_99.txt"]
    warned = page.locator(".source-lines li.warned")
    assert warned.count() == 1
    assert warned.inner_text() == (
        "1. Decides to remain seized of the matter\n"
        "⚠ para_1 ends without final punctuation; its text may be cut"
    )
    assert stored_resolutions(page) == "0 resolutions"
    screenshot(page, "admin-ingest-preview")

    page.click("input[value='Confirm and save']")
    page.locator("#ingest-progress .ingest-results li").nth(1).wait_for()
    assert page.locator("#ingest-progress .progress-count").inner_text() == "2 / 2"
    assert page.locator("#ingest-progress .ingest-results li").all_inner_texts() == [
        "A_RES_80_2.txt: created A/RES/80/2",
        "A_RES_80_99.txt: created A/RES/80/99",
    ]
    assert stored_resolutions(page) == "2 resolutions"
    page.get_by_role("link", name="A/RES/80/99").click()
    page.get_by_role("link", name="Full history").click()
    expect(page.locator("h1")).to_have_text("Full history of A/RES/80/99")
    assert page.locator(".full-history tbody tr td:nth-child(4)").all_inner_texts() == [
        "created: ingested from A_RES_80_99.txt",
        "created: created from A_RES_80_99.txt",
    ]
    screenshot(page, "admin-full-history")
