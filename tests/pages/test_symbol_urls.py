"""Every spelling of a symbol answers with a 301 to the canonical URL; anything else gets a helpful 404."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import ResolutionTextFactory, SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(db):
    """A/RES/59/190 with its Chinese text, made by the factories."""
    session = SessionFactory(number=59)
    return ResolutionTextFactory(language="zh", resolution__session=session, resolution__number=190)


@pytest.mark.parametrize(
    "path",
    ["/59/190", "/A/RES/59/190/", "/a/res/59/190", "/A/RES/59/190%20", "/A/RES/59/190."],
)
def test_spellings_of_a_modern_symbol_redirect_permanently(client, held, path):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == "/A/RES/59/190"


@pytest.mark.parametrize("path", ["/217%20A%20(III)", "/A/RES/217(III)/", "/217A(III)", "/a/res/217%20(iii)"])
def test_spellings_of_an_old_era_symbol_redirect_permanently(client, path):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == "/A/RES/217(III)"


def test_the_language_prefix_is_kept_when_redirecting(client, held):
    response = client.get("/zh/59/190")
    assert response.status_code == 301
    assert response["Location"] == "/zh/A/RES/59/190"


def test_an_unreadable_symbol_is_a_helpful_404(client, held):
    response = client.get("/A/RES/59/abc")
    assert response.status_code == 404
    content = response.content.decode()
    assert "<h1>Not a resolution symbol</h1>" in content
    assert "We could not read <q>A/RES/59/abc</q> as the symbol of a General Assembly resolution." in content
    assert "&#x27;A/RES/59/abc&#x27; is not a General Assembly resolution symbol" in content
    assert '<li><a href="/A/RES/59/190">A/RES/59/190</a></li>' in content


def test_why_a_symbol_cannot_be_read_is_said_in_the_readers_language(client, held):
    content = client.get("/ru/A/RES/20/1").content.decode()
    assert (
        "&#x27;A/RES/20/1&#x27; не является условным обозначением резолюции Генеральной Ассамблеи "
        "(обозначения вида сессия/номер начинаются с 31-й сессии)" in content
    )


def test_markup_in_an_unreadable_symbol_is_escaped(client, db):
    response = client.get("/%3Cscript%3Ealert(1)%3C/script%3E")
    assert response.status_code == 404
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


def test_a_symbol_not_in_the_archive_shows_who_cites_it_and_the_official_document(client, seed_en):
    response = client.get("/A/RES/217(III)")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Resolution 217 of the 3rd session is not in the archive yet." in content
    assert '<a class="official" href="https://undocs.org/en/A/RES/217(III)">' in content
    assert '<a href="/en/A/RES/59/190">A/RES/59/190</a>' in content
    assert '<a href="/en/A/RES/59/190#fnt_1">Footnote 1</a>' in content


def test_a_missing_symbol_near_existing_ones_suggests_them(client, held):
    response = client.get("/A/RES/59/191")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Resolution 191 of the 59th session is not in the archive yet." in content
    assert '<li><a href="/A/RES/59/190">A/RES/59/190</a></li>' in content
    assert "No resolution in the archive cites it yet." in content


def test_a_language_the_archive_does_not_hold_is_a_404_listing_those_it_holds(client, held):
    response = client.get("/fr/A/RES/59/190")
    assert response.status_code == 404
    content = response.content.decode()
    assert "L’archive ne contient pas encore A/RES/59/190 en français." in content
    assert '<a href="/fr/A/RES/59/190/zh" lang="zh" dir="ltr" hreflang="zh">中文</a>' in content
    assert '<a href="https://undocs.org/fr/A/RES/59/190">' in content


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.text(min_size=1, max_size=40))
def test_no_path_is_a_server_error(client, held, path):
    response = client.get("/" + quote(path, safe="/()"))
    assert response.status_code in {200, 301, 302, 404}
