import pytest

from archive.models import ResolutionText, Session
from archive.parser.symbols import parse_symbol
from bench import scenarios
from bench.loader import load
from bench.synthetic import SyntheticArchive
from bench.throughput import FIRST_INGEST_NUMBER, ingest_symbols


@pytest.fixture
def archive(db, profile):
    load(SyntheticArchive(scale=30, seed=5, profile=profile).batches(size=8))


def test_the_crawl_is_every_reading_page_once(archive, client):
    paths = scenarios.crawl_paths()
    texts = ResolutionText.objects.count()
    assert len(paths) == len(set(paths)) == 2 + Session.objects.count() + texts  # each session on one page
    assert paths[:2] == ["/", "/sessions"]
    text = ResolutionText.objects.select_related("resolution").order_by("resolution_id", "language").last()
    assert paths[-1] == f"/{text.language}/{text.resolution.symbol}"
    for path in paths[:3] + paths[-3:]:
        assert client.get(path, secure=True).status_code == 200, path


def test_scenarios_warm_pages_before_cold_ones_with_their_targets_and_urls_that_answer(archive, client):
    chosen = scenarios.build(seed=1)
    assert [(s.name, s.target_p95_ms, s.warm, s.once) for s in chosen] == [
        ("resolution page, warm", 10, True, False),
        ("resolution page, cold", 30, False, True),
        ("API detail, warm", 10, True, False),
        ("API list", 20, False, False),
        ("Member State page", 50, False, False),
        ("votes API", 50, False, False),
        *[(f"search ({code})", 150, False, False) for code in scenarios.held_languages()],
    ]
    warm, cold = chosen[0].paths, chosen[1].paths
    assert not set(cold) & set(warm)  # a cold page is never one rendered before
    assert len(cold) + len(warm) == ResolutionText.objects.count()  # fewer texts than the sample: all
    for scenario in chosen:
        for path in scenario.paths[:2]:
            assert client.get(path, secure=True).status_code == 200, path


def test_ingested_symbols_are_distinct_and_valid():
    first, second = ingest_symbols(0, 30, 3), ingest_symbols(1, 30, 3)
    assert len(set(first + second)) == 180
    assert first[0] == f"A/RES/80/{FIRST_INGEST_NUMBER}"
    assert all(parse_symbol(s).canonical == s for s in first + second)
