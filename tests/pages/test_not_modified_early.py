"""Revalidations of reading pages answered by `NotModifiedMiddleware`, before sessions, authentication and
the rest of the stack: the same 304 the view's own path would give, and everything else let through."""

import pytest
from django.db import OperationalError, connection

from archive.models import Paragraph
from archive.pages.versions import resolution_version, session_version
from archive.serving.versioned import versioned_route

EARLY = "archive.serving.versioned.NotModifiedMiddleware"
PAGES = ["/A/RES/59/190", "/zh/A/RES/59/190", "/sessions/59", "/parallel/zh/en/A/RES/59/190"]
REVALIDATION_HEADERS = ("ETag", "Last-Modified", "Cache-Control", "Vary")


def revalidate(client, path):
    first = client.get(path)
    return first, client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])


@pytest.mark.parametrize("path", PAGES)
def test_the_early_304_is_the_one_the_view_gives(client, seed_en, settings, path):
    first, early = revalidate(client, path)
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != EARLY]
    _, late = revalidate(client, path)
    assert (early.status_code, late.status_code, early.content) == (304, 304, b"")
    assert {h: early.headers.get(h) for h in REVALIDATION_HEADERS} == {
        h: late.headers.get(h) for h in REVALIDATION_HEADERS
    }
    assert (early["ETag"], early["Vary"]) == (first["ETag"], "Accept-Language")


def test_it_answers_without_the_session_or_the_user(client, seed_en, monkeypatch):
    first = client.get("/A/RES/59/190")

    def untouchable(*args, **kwargs):
        raise AssertionError("the rest of the stack ran")

    monkeypatch.setattr("django.contrib.sessions.middleware.SessionMiddleware.process_request", untouchable)
    assert client.get("/A/RES/59/190", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_a_changed_version_gets_the_new_page(client, seed_en):
    first = client.get("/A/RES/59/190")
    first_paragraph = seed_en.texts.get(language="en").paragraphs.order_by("position")[:1]
    assert Paragraph.objects.filter(pk__in=first_paragraph).update(body="Reworded by an editor.") == 1
    response = client.get("/A/RES/59/190", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200 and response["ETag"] != first["ETag"]
    assert "Reworded by an editor." in response.text


@pytest.mark.parametrize(
    "path", ["/search?q=peace", "/A/RES/99/999", "/A/RES/59/190/", "/nowhere/at/all", "/api/v1/sessions/"]
)
def test_other_requests_go_down_the_stack(client, seed_en, path):
    """Unversioned views, missing resolutions, redirected spellings: the full path answers as before."""
    plain = client.get(path)
    conditional = client.get(path, HTTP_IF_NONE_MATCH='"a-tag-of-nothing"')
    assert conditional.status_code == plain.status_code != 304


def test_while_the_database_is_away_the_full_path_answers_503(client, seed_en):
    first = client.get("/A/RES/59/190")

    def refuse(*args, **kwargs):
        raise OperationalError("the server closed the connection")

    with pytest.MonkeyPatch.context() as patch:
        for opening in ("cursor", "fetch_prepared"):
            patch.setattr(connection, opening, refuse)
        response = client.get("/A/RES/59/190", HTTP_IF_NONE_MATCH=first["ETag"])
    assert (response.status_code, response["Retry-After"]) == (503, "30")


def test_the_view_of_a_path_is_looked_up_once_per_urlconf(settings):
    assert versioned_route("/zh/A/RES/59/190") == (
        resolution_version,
        (),
        {"lang": "zh", "symbol": "A/RES/59/190"},
    )
    assert versioned_route("/sessions/59") == (session_version, (), {"prefix": "59"})
    assert versioned_route("/search") is None  # a view without a version
    assert versioned_route("/admin/login/") is None
    hits = versioned_route.cache_info().hits
    versioned_route("/sessions/59")
    assert versioned_route.cache_info().hits == hits + 1
    settings.ROOT_URLCONF = "tests.pages.urls_without_pages"
    assert versioned_route("/sessions/59") is None  # forgotten with the URLconf it came from
