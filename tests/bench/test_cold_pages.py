import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.clients import LoadResult
from bench.cold_pages import ColdPages, measure
from tests.factories import ParagraphFactory, ResolutionTextFactory


@pytest.fixture
def page(db, settings):
    settings.SECURE_SSL_REDIRECT = False  # the tool runs with DJANGO_HTTPS=false
    text = ResolutionTextFactory()
    ParagraphFactory(text=text)
    return f"/{text.language}{text.resolution.get_absolute_url()}"


def test_each_page_is_rendered_afresh_and_its_sql_timed(client, page):
    with CaptureQueriesContext(connection) as once:
        measure(client, [page])
    with CaptureQueriesContext(connection) as twice:
        result = measure(client, [page, page])
    # the response cache cleared before each request: the second asks all the first's queries again
    assert len(twice) == 2 * len(once) > 2
    assert result.pages.statuses == {200: 2}
    assert len(result.pages.latencies) == len(result.sql_seconds) == 2
    timings = zip(result.sql_seconds, result.pages.latencies, strict=True)
    assert all(0 < sql < elapsed for sql, elapsed in timings)


def test_a_page_not_answered_with_200_stops_the_measurement(client, page):
    with pytest.raises(RuntimeError, match=r"^/en/A/RES/1/1 answered 404, not 200$"):
        measure(client, [page, "/en/A/RES/1/1"])


def test_the_summary_gives_the_percentiles_and_the_sql_share():
    result = ColdPages(LoadResult(latencies=[ms / 1000 for ms in range(1, 21)]), [0.0005] * 20)
    assert result.summary() == "20 pages: p50 10.0 ms, p95 19.0 ms, mean 10.5 ms of which SQL 0.5 ms"
