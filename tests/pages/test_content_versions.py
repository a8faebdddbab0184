"""Content versions kept by the database (migration 0007) and the responses validated and cached by them:
after each kind of write, every page or API response showing what changed has a new ETag and its new
content at once (a cached body is never stale); an unchanged one answers 304, or from the cache, in one
query."""

import pytest
from django.core.cache import cache
from page_samples import SUCCESSOR, variant

from archive.models import ArchiveVersion, MemberState, MemberStateVote, Paragraph, Resolution, Session
from archive.services.ingestion import reparse

SEED = "/A/RES/59/190"
# The successor cites the seed: its page reads the seed's title, the seed's "Cited by" its paragraphs.
SUCCESSOR_PAGE = "/A/RES/60/155"
WATCHED = [
    SEED, SUCCESSOR_PAGE, "/sessions/59", "/sessions/60", "/api/v1/resolutions/",
    "/api/v1/resolutions/A/RES/59/190", "/api/v1/resolutions/A/RES/60/155",
]  # fmt: skip


def version(symbol: str) -> int:
    return Resolution.objects.get(symbol=symbol).content_version


def snapshot(client, paths=WATCHED) -> dict:
    """Each path's (ETag, body) as served (from the cache if held there), checked against a fresh render."""
    served = {path: client.get(path) for path in paths}
    cache.clear()
    for path, response in served.items():
        fresh = client.get(path)
        assert (response.status_code, response["ETag"], response.content) == (
            200,
            fresh["ETag"],
            fresh.content,
        )
    return {path: (response["ETag"], response.content) for path, response in served.items()}


def changed(before: dict, after: dict) -> set[str]:
    """The paths with a new ETag."""
    return {path for path in before if before[path][0] != after[path][0]}


def ingest_successor(ingest_bytes):
    return ingest_bytes(variant("A_RES_59_190.en.txt", *SUCCESSOR), "A_RES_60_155.txt").text.resolution


def test_a_write_statement_adds_one_however_many_rows_it_writes(seed):
    text = seed.texts.get()
    before = version(seed.symbol)
    Paragraph.objects.bulk_create(
        Paragraph(text=text, kind="preambular", eid=f"x_{i}", position=1000 + i, body="x") for i in range(50)
    )
    assert version(seed.symbol) == before + 1
    Paragraph.objects.filter(text=text, eid__startswith="x_").delete()
    assert version(seed.symbol) == before + 2


def test_a_resolution_saved_with_the_version_it_read_still_counts_on(seed):
    before = version(seed.symbol)
    stale = Resolution.objects.get(pk=seed.pk)
    Paragraph.objects.filter(text__resolution=seed).update(body="changed")
    stale.meeting = 99
    stale.save()
    assert version(seed.symbol) == before + 2


def test_a_resolutions_change_is_one_more_for_its_session_and_the_archive(seed):
    session, archive = Session.objects.get(pk=seed.session_id), ArchiveVersion.objects.get()
    Resolution.objects.filter(pk=seed.pk).update(meeting=7)
    assert (Session.objects.get(pk=session.pk).content_version, ArchiveVersion.objects.get().version) == (
        session.content_version + 1,
        archive.version + 1,
    )


@pytest.mark.parametrize(
    "path",
    [
        SEED, "/en/A/RES/59/190", "/sessions/59", "/api/v1/resolutions/A/RES/59/190",
        "/api/v1/resolutions/A/RES/59/190.xml", "/api/v1/resolutions/?language=en",
        "/parallel/en/zh/A/RES/59/190", "/compare/A/RES/59/190/with/A/RES/60/155",
    ],
)  # fmt: skip
def test_an_unchanged_response_costs_one_query(client, successor, django_assert_num_queries, path):
    first = client.get(path)
    assert (first.status_code, first["Cache-Control"]) == (200, "no-cache")
    with django_assert_num_queries(1):
        cached = client.get(path)
    assert (cached.status_code, cached.content, cached["ETag"]) == (200, first.content, first["ETag"])
    with django_assert_num_queries(1):
        not_modified = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert (not_modified.status_code, not_modified.content) == (304, b"")
    assert (not_modified["ETag"], not_modified["Last-Modified"]) == (first["ETag"], first["Last-Modified"])


def test_etags_differ_by_language_format_and_release(client, seed_en, settings):
    paths = [
        SEED, "/en/A/RES/59/190", "/zh/A/RES/59/190", "/api/v1/resolutions/A/RES/59/190",
        "/api/v1/resolutions/A/RES/59/190.txt", "/api/v1/resolutions/A/RES/59/190.xml",
        "/api/v1/resolutions/A/RES/59/190?language=en",
    ]  # fmt: skip
    before = {client.get(path)["ETag"] for path in paths}
    settings.ARCHIVE_RELEASE = "another release"
    after = {client.get(path)["ETag"] for path in paths}
    assert (len(before), len(after), before & after) == (len(paths), len(paths), set())


def test_a_vote_recorded(client, successor):
    before = snapshot(client)
    Resolution.objects.filter(symbol="A/RES/59/190").update(
        vote="recorded", votes_yes=1, votes_no=0, votes_abstain=0
    )
    after_totals = snapshot(client)
    names = {f"name_{language}": "France" for language in ("ar", "zh", "en", "fr", "ru", "es")}
    france, _ = MemberState.objects.get_or_create(code="FRA", defaults=names)
    seed = Resolution.objects.get(symbol="A/RES/59/190")
    MemberStateVote.objects.create(resolution=seed, member_state=france, vote="yes")
    after_state = snapshot(client)
    assert changed(before, after_totals) == set(WATCHED)  # the successor's page reads the seed's rows
    assert b"1 in favour" in after_totals[SEED][1]
    assert changed(after_totals, after_state) == set(WATCHED)


def test_a_reingest_and_a_reparse(client, successor, ingest_bytes):
    before = snapshot(client)
    Paragraph.objects.filter(text__resolution=successor, eid="para_1").update(body="Edited by hand.")
    edited = snapshot(client)
    reparse(successor.texts.get())  # the parser's paragraph again
    reparsed = snapshot(client)
    reworded = ("Desiring to achieve real progress", "Desiring to achieve lasting progress")
    ingest_bytes(variant("A_RES_59_190.en.txt", *SUCCESSOR, reworded), "A_RES_60_155.txt")
    reingested = snapshot(client)

    assert (
        changed(before, edited) == changed(edited, reparsed) == changed(reparsed, reingested) == set(WATCHED)
    )
    assert (
        b"Edited by hand." in edited[SUCCESSOR_PAGE][1]
        and b"Edited by hand." not in reparsed[SUCCESSOR_PAGE][1]
    )
    assert b"lasting progress" in reingested[SUCCESSOR_PAGE][1]


def test_only_what_shows_a_new_resolution_changes(client, successor, ingest_sample):
    before = snapshot(client)
    ingest_sample("A_RES_80_2.txt")  # cites neither: the archive's list changes, not their pages
    assert changed(before, snapshot(client)) == {"/api/v1/resolutions/"}


def test_a_citing_resolution_arriving_and_the_cited_one_after_it(
    client, seed_en, ingest_bytes, ingest_sample
):
    seed_page = snapshot(client, [SEED])
    ingest_successor(ingest_bytes)  # the seed's page now lists it under "Cited by"
    cited = snapshot(client, [SEED])
    assert changed(seed_page, cited) == {SEED}
    assert b"A/RES/60/155" in cited[SEED][1] and b"A/RES/60/155" not in seed_page[SEED][1]

    successor_page = snapshot(client, [SUCCESSOR_PAGE])
    Resolution.objects.filter(symbol="A/RES/59/190").delete()  # its citation no longer links in the archive
    unlinked = snapshot(client, [SUCCESSOR_PAGE])
    ingest_sample("A_RES_59_190.en.txt")  # `resolve_pending` links it again
    relinked = snapshot(client, [SUCCESSOR_PAGE])
    assert changed(successor_page, unlinked) == changed(unlinked, relinked) == {SUCCESSOR_PAGE}
    assert relinked[SUCCESSOR_PAGE][1] != unlinked[SUCCESSOR_PAGE][1]
