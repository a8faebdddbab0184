"""A search's time budget: its statements are cancelled by PostgreSQL after SEARCH_STATEMENT_TIMEOUT_MS
(SET LOCAL in the search's own transaction), and the page and the API answer 422 "too broad" instead of
waiting for the connection's 15 s statement timeout. Here a statement is held up for real: another
connection locks the texts' table while a search runs with a 50 ms budget."""

from __future__ import annotations

from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from archive.models import ResolutionText
from archive.search.budget import search_budget
from archive.search.service import search
from tests.deploy.conftest import database_url

TOO_BROAD = (
    "This search matches too much to finish in time. Narrow it: more words, a phrase, a language, a session "
    "or dates."
)


@contextmanager
def texts_locked():
    """Another connection holding the texts' table until the `with` block ends: a search waits on it."""
    with psycopg.connect(database_url(connection.settings_dict)) as other:
        other.execute(f"LOCK TABLE {ResolutionText._meta.db_table} IN ACCESS EXCLUSIVE MODE")
        yield
        other.rollback()


@pytest.fixture
def tiny_budget(transactional_db, settings):
    settings.SEARCH_STATEMENT_TIMEOUT_MS = 50


def setting(name: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {name}")
        return cursor.fetchone()[0]


def statement_timeout() -> str:
    return setting("statement_timeout")


def test_a_search_past_its_budget_is_a_422_page_that_says_to_narrow_it(client, tiny_budget):
    with texts_locked():
        response = client.get("/en/search", {"q": "climate"})
    assert response.status_code == 422
    content = response.content.decode()
    assert f'<p role="alert"><strong>{TOO_BROAD}</strong></p>' in content
    assert 'value="climate"' in content  # the form, to narrow it
    assert "<details open>" in content  # with its filters shown
    assert statement_timeout() == "15s"  # the connection's own again


def test_a_search_past_its_budget_is_a_422_from_the_api_with_its_documented_body(tiny_budget):
    with texts_locked():
        response = APIClient().get("/api/v1/search/", {"q": "climate"})
    assert response.status_code == 422
    assert response.json() == {"detail": TOO_BROAD}


def test_the_budget_is_set_for_the_search_alone(db, settings):
    settings.SEARCH_STATEMENT_TIMEOUT_MS = 1234
    with CaptureQueriesContext(connection) as queries:
        search("climate")
    assert queries[1]["sql"] == (  # after SAVEPOINT
        "SELECT set_config('statement_timeout', '1234', true), "
        "set_config('plan_cache_mode', 'force_custom_plan', true)"
    )


def test_a_search_is_planned_for_its_words_and_the_connection_is_itself_again(transactional_db, settings):
    """Each statement planned for the words searched, never one prepared statement's generic plan; the
    planner's choices otherwise its own."""
    settings.SEARCH_STATEMENT_TIMEOUT_MS = 1234

    def planner() -> tuple[str, str, str]:
        return setting("enable_seqscan"), setting("plan_cache_mode"), statement_timeout()

    with search_budget():
        assert planner() == ("on", "force_custom_plan", "1234ms")
    assert planner() == ("on", "auto", "15s")


def test_the_api_documents_the_422(db):
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    answer = schema["paths"]["/api/v1/search/"]["get"]["responses"]["422"]
    assert answer["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    assert answer["content"]["application/json"]["examples"]["TooBroad"]["value"] == {"detail": TOO_BROAD}


@pytest.mark.parametrize(
    ("language", "detail"),
    [("en", TOO_BROAD), ("fr", "Cette recherche trouve trop de textes pour aboutir à temps.")],
)
def test_the_422s_example_is_in_the_language_the_schema_is_asked_in(client, db, language, detail):
    """Not in the language of whichever request first imported the API's views."""
    schema = client.get("/api/schema/?format=json", headers={"accept-language": language}).json()
    examples = schema["paths"]["/api/v1/search/"]["get"]["responses"]["422"]["content"]["application/json"]
    assert examples["examples"]["TooBroad"]["value"]["detail"].startswith(str(detail))
