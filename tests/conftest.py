import asyncio
import contextlib
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "archive" / "sample_corpus"
KEYS = Path(__file__).resolve().parent / "data" / "keys"
TEXTS = Path(__file__).resolve().parent / "data" / "texts"  # written for the tests: see its README
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"  # screenshots of the browser tests (git-ignored)
CHROMIUM = "/usr/bin/chromium"


def sample(name: str) -> Path:
    """A file of the shipped sample corpus, by file name."""
    [path] = SAMPLES.rglob(name)
    return path


@pytest.fixture(scope="session", autouse=True)
def fast_password_hasher():
    """Passwords hashed by MD5 in tests, as healthchecks does: PBKDF2's cost is a defence against
    attackers, and a test creating a user would pay it (about a second) each time."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: rendered pages and comparisons, and the throttles' counts
    (the API's, /search's), are never carried over from another test."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker):
    """A transaction around a module's tests, rolled back after its last: rows that a module-scoped fixture
    makes in it are made once per test process, and each test's own transaction (`db`) is a savepoint in
    it. Only for modules of non-transactional tests: a transactional test would not see these rows."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: the locale middleware activates a request's language in
    the thread that served it, and the test client's requests are served in the test's own thread."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture
def ingest_sample(db):
    from archive.services.ingestion import ingest

    def _ingest(name: str, **kwargs):
        path = sample(name)
        return ingest(data=path.read_bytes(), filename=path.name, **kwargs)

    return _ingest


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium per test process (Debian's `chromium`, driven by Playwright from PyPI): starting
    Playwright's driver and the browser costs seconds, a new context per test a few milliseconds.

    Between its calls Playwright's sync API marks its event loop as running in this thread, and Django then
    refuses the database ("You cannot call this from an async context"): the loop is marked only while a
    test holds a `browser_context`, and the browser closes when the process ends."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found: install the Debian package 'chromium' (apt-get install chromium)")
    playwright_api = pytest.importorskip(
        "playwright.sync_api",
        reason="the PyPI package 'playwright' is not installed (pip install -e '.[test]')",
    )
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        loop = asyncio.get_running_loop()
        asyncio.events._set_running_loop(None)
        yield browser, loop
        asyncio.events._set_running_loop(loop)
        browser.close()


@contextlib.contextmanager
def chromium_context(chromium, **options):
    """A fresh context (no cookies, storage or permissions of another test) of the process's Chromium."""
    browser, loop = chromium
    asyncio.events._set_running_loop(loop)
    context = browser.new_context(**options)
    try:
        yield context
    finally:
        context.close()
        asyncio.events._set_running_loop(None)


@pytest.fixture
def browser_context(live_server, chromium):
    """A fresh context on the live server. Request it after the data fixtures, so that it closes before the
    database is flushed."""
    with chromium_context(
        chromium, viewport={"width": 1280, "height": 900}, base_url=live_server.url
    ) as context:
        yield context


@pytest.fixture
def blank_page(chromium):
    """A page of a fresh context, without a server (what a test prints to PDF)."""
    with chromium_context(chromium) as context:
        yield context.new_page()


@pytest.fixture
def browser_page(browser_context):
    return browser_context.new_page()


def pytest_addoption(parser):
    parser.addoption(
        "--screenshots",
        action="store_true",
        help="save the browser tests' screenshots in tests/artifacts/ (make screenshots)",
    )


@pytest.fixture
def screenshot(request):
    """`screenshot(page, name)` saves the whole page as tests/artifacts/<name>.png when pytest runs with
    --screenshots (`make screenshots`), and with `problem=True` in any run, to show what a failing check saw.
    Not otherwise: a full-page PNG costs a quarter of a second, a quarter of the browser tests' time."""
    wanted = request.config.getoption("screenshots")

    def save(page, name: str, problem: bool = False) -> None:
        if wanted or problem:
            path = ARTIFACTS / f"{name}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=path, full_page=True)

    return save
