import pytest
from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Concat

from archive.models import Citation, Resolution, ResolutionText, Session
from archive.search.service import search
from bench import database, loader
from bench.loader import load, model
from bench.synthetic import COLUMNS, SyntheticArchive
from tests.factories import ResolutionFactory, ResolutionTextFactory


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


def test_copies_of_parent_columns_are_written(loaded):
    resolution = Resolution.objects.select_related("session").first()
    assert (resolution.session_kind, resolution.session_number) == (
        resolution.session.kind,
        resolution.session.number,
    )


def test_every_text_is_found_by_search(db, profile, monkeypatch):
    """Indexed in several statements (chunks of 4 texts): a word every English text has finds them all."""
    monkeypatch.setattr(loader, "SEARCH_CHUNK", 4)
    loader.load(SyntheticArchive(scale=30, seed=5, profile=profile).batches(size=8))
    english = ResolutionText.objects.filter(language="en")
    assert all(text.paragraphs.filter(body__contains=" peace ").exists() for text in english)
    results = search("peace")
    assert (results.total, [(f.value, f.count) for f in results.languages]) == (30, [("en", 30)])


@pytest.mark.django_db(transaction=True)  # VACUUM runs outside any transaction
def test_vacuum_leaves_every_page_of_the_lists_tables_all_visible():
    """The list's index-only scans need no heap read once vacuumed, though every row was rewritten (as
    `load()` rewrites them: search vectors, content versions)."""
    for number in range(1, 41):
        ResolutionTextFactory(resolution=ResolutionFactory(number=number))
    Resolution.objects.update(content_changed_at=F("created_at"))
    ResolutionText.objects.update(title=Concat(F("title"), Value(".")))
    loader.vacuum()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, relpages, relallvisible FROM pg_class WHERE relname = ANY(%s) ORDER BY relname",
            [["archive_resolution", "archive_resolutiontext"]],
        )
        rows = cursor.fetchall()
    assert [name for name, _, _ in rows] == ["archive_resolution", "archive_resolutiontext"]
    assert all(pages > 0 and visible == pages for _, pages, visible in rows), rows


def test_versions_start_at_one_changed_when_created(loaded):
    resolution = Resolution.objects.order_by("-id").first()
    assert (resolution.content_version, resolution.content_changed_at) == (1, resolution.created_at)


def test_citations_link_as_ingestion_would(loaded):
    linked = Citation.objects.filter(target_resolution__isnull=False).select_related("target_resolution")
    assert linked.exists()
    assert all(c.target == c.target_resolution.symbol for c in linked)


def test_the_archives_own_database_is_never_the_benchmarks(settings):
    with pytest.raises(ValueError, match="not a benchmark database"):
        database.check_name(settings.DATABASES["default"]["NAME"])
    with pytest.raises(ValueError, match="not a benchmark database"):
        database.check_name("postgres")
    database.check_name("archive_bench")


def test_database_url_encodes_a_socket_directory(settings, monkeypatch):
    # The server's settings replaced for `database` only: changing settings.DATABASES["default"] in place
    # would send every connection opened later in this process (a live server's, a thread's) to that socket.
    server = {**settings.DATABASES["default"], "USER": "postgres", "PASSWORD": "", "HOST": "/tmp/pg sock",
              "PORT": "5433"}  # fmt: skip
    monkeypatch.setattr(database, "server_settings", lambda: server)
    assert database.url("archive_bench") == "postgres://postgres@%2Ftmp%2Fpg%20sock:5433/archive_bench"
