import re

import pytest

from archive.bench import database
from archive.bench.loader import load, model
from archive.bench.synthetic import COLUMNS, SyntheticArchive
from archive.models import Citation, Paragraph, Resolution, ResolutionText, Session


@pytest.fixture
def loaded(db, profile):
    archive = SyntheticArchive(scale=30, seed=5, profile=profile)
    return load(archive.batches(size=8))


def test_every_generated_row_is_in_its_table(loaded):
    assert set(loaded) == set(COLUMNS)
    for name in COLUMNS:
        assert model(name).objects.count() == loaded[name], name
    assert loaded["Resolution"] == 30


def test_sequences_continue_after_the_copied_ids(loaded):
    session = Session.objects.create(kind="special", number=99)
    resolution = Resolution.objects.create(symbol="A/RES/S-99/1", session=session, number=1)
    assert session.id == loaded["Session"] + 1
    assert resolution.id == loaded["Resolution"] + 1


def test_every_texts_search_vector_is_computed(loaded):
    """COPY writes the rows; the loader computes the texts' search vectors, as the ingestion service does."""
    assert not ResolutionText.objects.filter(search_vector__isnull=True).exists()
    text = ResolutionText.objects.filter(language="fr").first()
    body = Paragraph.objects.filter(text=text).order_by("-position").first().body
    word = max(re.findall(r"\w+", body), key=len)
    assert list(ResolutionText.objects.matching({"fr": f"'{word}'"}).filter(pk=text.pk)) == [text]


def test_citations_link_as_ingestion_would(loaded):
    linked = Citation.objects.filter(target_resolution__isnull=False).select_related("target_resolution")
    assert linked.exists()
    assert all(c.target == c.target_resolution.symbol for c in linked)


def test_the_archives_own_database_is_never_the_benchmarks(settings):
    with pytest.raises(Exception, match="not a benchmark database"):
        database.check_name(settings.DATABASES["default"]["NAME"])
    with pytest.raises(Exception, match="not a benchmark database"):
        database.check_name("postgres")
    database.check_name("archive_bench")


def test_database_url_encodes_a_socket_directory(settings):
    settings.DATABASES["default"] = {**settings.DATABASES["default"], "USER": "postgres", "PASSWORD": "",
                                     "HOST": "/tmp/pg sock", "PORT": "5433"}  # fmt: skip
    assert database.url("archive_bench") == "postgres://postgres@%2Ftmp%2Fpg%20sock:5433/archive_bench"
