"""Content versions kept by the services that write (no triggers, no archive-wide row) and the responses
validated and cached by them: each write gives a new version to exactly the resolutions whose pages show
what it changed, so every page or API answer showing it has a new ETag and its new content at once (a
cached body is never stale), and the others still answer 304, or from the cache, in one query. Writers of
unrelated resolutions never wait for each other."""

import threading

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection, transaction
from page_samples import SUCCESSOR, variant

from archive.models import Paragraph, Resolution, Session
from archive.services.ingestion import reparse, resolve_citations
from tests.factories import api_key

SEED = "/A/RES/59/190"
# The successor cites the seed: its page reads the seed's title, the seed's "Cited by" its paragraphs.
SUCCESSOR_PAGE = "/A/RES/60/155"
WATCHED = [
    SEED, SUCCESSOR_PAGE, "/sessions/59", "/sessions/60", "/api/v1/resolutions/",
    "/api/v1/resolutions/A/RES/59/190", "/api/v1/resolutions/A/RES/60/155", "/api/v1/sessions/",
    "/api/v1/sessions/regular/59/", "/api/v1/resolutions/A/RES/60/155/paragraphs/",
]  # fmt: skip
LISTS = {"/api/v1/resolutions/", "/api/v1/sessions/"}
SEED_PAGES = {SEED, "/sessions/59", "/api/v1/resolutions/A/RES/59/190", "/api/v1/sessions/regular/59/"}
SUCCESSOR_PAGES = {
    SUCCESSOR_PAGE, "/sessions/60", "/api/v1/resolutions/A/RES/60/155",
    "/api/v1/resolutions/A/RES/60/155/paragraphs/",
}  # fmt: skip


def versions() -> dict[str, int]:
    return dict(Resolution.objects.values_list("symbol", "content_version"))


def bumped(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """By how much each resolution's version grew, for those it grew for (or that are new)."""
    return {s: v - before.get(s, 0) for s, v in after.items() if v != before.get(s)}


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


def edit_by_hand(resolution) -> None:
    Paragraph.objects.filter(text__resolution=resolution, eid="para_1").update(body="Edited by hand.")


def ingest_successor(ingest_bytes, *replacements):
    data = variant("A_RES_59_190.en.txt", *SUCCESSOR, *replacements)
    return ingest_bytes(data, "A_RES_60_155.txt").text.resolution


def test_an_ingest_bumps_the_resolution_and_those_it_cites_once(seed_en, ingest_bytes, ingest_sample):
    ingest_sample("A_RES_80_2.txt")  # cites neither
    before = versions()
    ingest_successor(ingest_bytes)
    assert bumped(before, versions()) == {"A/RES/60/155": 2, "A/RES/59/190": 1}  # created at 1, then +1


def test_a_reingest_bumps_the_resolution_and_those_citing_it(successor, ingest_bytes, ingest_sample):
    ingest_sample("A_RES_80_2.txt")
    before = versions()
    ingest_bytes(variant("A_RES_59_190.en.txt", ("Desiring", "Wishing")), "A_RES_59_190.en.txt")
    assert bumped(before, versions()) == {"A/RES/59/190": 1, "A/RES/60/155": 1}


def test_an_unchanged_reingest_bumps_nothing(successor, ingest_sample):
    before = versions()
    assert ingest_sample("A_RES_59_190.txt").status == "unchanged"
    assert versions() == before


def test_the_cited_resolution_arriving_after_the_citing_one_bumps_it(seed_en, ingest_bytes, ingest_sample):
    ingest_successor(ingest_bytes)
    Resolution.objects.filter(symbol="A/RES/59/190").delete()  # 60/155's citation no longer links
    before = versions()
    ingest_sample("A_RES_59_190.txt")  # `resolve_pending` links it again
    assert bumped(before, versions()) == {"A/RES/59/190": 2, "A/RES/60/155": 1}


def test_a_reparse_and_citations_resolved_again(successor, ingest_sample):
    ingest_sample("A_RES_80_2.txt")
    before = versions()
    edit_by_hand(successor)  # no new version: a write outside the services and the admin
    assert versions() == before
    reparse(successor.texts.get())  # the parser's paragraph again
    reparsed = versions()
    resolve_citations(Resolution.objects.filter(symbol="A/RES/60/155"))
    assert bumped(before, reparsed) == bumped(reparsed, versions()) == {"A/RES/60/155": 1, "A/RES/59/190": 1}


def test_touch_is_one_update_after_locking_in_the_order_of_ids(successor, django_assert_num_queries):
    before = versions()
    with django_assert_num_queries(2) as captured:
        assert Resolution.objects.filter(symbol__startswith="A/RES/").touch() == 2
    assert captured[0]["sql"].endswith("ORDER BY 1 ASC FOR UPDATE")
    assert bumped(before, versions()) == {"A/RES/59/190": 1, "A/RES/60/155": 1}


def test_a_sessions_version_is_its_resolutions(successor, ingest_sample):
    before = {prefix: Session.objects.version_of(prefix) for prefix in ("59", "60", "80")}
    Resolution.objects.filter(symbol="A/RES/59/190").touch()
    after = {prefix: Session.objects.version_of(prefix) for prefix in ("59", "60", "80")}
    seed = Resolution.objects.get(symbol="A/RES/59/190")
    assert before["80"] is after["80"] is None  # the archive holds none of its resolutions
    assert after["59"] == (seed.session_id, f"{seed.pk}:{seed.content_version}", seed.content_changed_at)
    assert (before["59"] != after["59"], before["60"] == after["60"]) == (True, True)


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        (SEED, 1), ("/en/A/RES/59/190", 1), ("/sessions/59", 1), ("/api/v1/resolutions/A/RES/59/190", 1),
        ("/api/v1/resolutions/A/RES/59/190.xml", 1), ("/parallel/en/zh/A/RES/59/190", 1),
        ("/compare/A/RES/59/190/with/A/RES/60/155", 1),
        ("/api/v1/resolutions/?language=en", 2),  # the count, the page's ids and versions
    ],
)  # fmt: skip
def test_an_unchanged_response_costs_its_version_query(
    client, successor, django_assert_num_queries, path, queries
):
    first = client.get(path)
    assert (first.status_code, first["Cache-Control"]) == (200, "public, no-cache")
    with django_assert_num_queries(queries):
        cached = client.get(path)
    assert (cached.status_code, cached.content, cached["ETag"]) == (200, first.content, first["ETag"])
    with django_assert_num_queries(queries):
        not_modified = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert (not_modified.status_code, not_modified.content) == (304, b"")
    assert (not_modified["ETag"], not_modified["Cache-Control"], not_modified["Vary"]) == (
        first["ETag"],
        "public, no-cache",
        first["Vary"],
    )
    assert not_modified.get("Last-Modified") == first.get("Last-Modified")


def test_shared_caches_may_keep_anonymous_answers_only(client, seed):
    page, api = SEED, "/api/v1/resolutions/A/RES/59/190"
    anonymous = {path: client.get(path) for path in (page, api)}
    assert {path: (r["Cache-Control"], r["Vary"]) for path, r in anonymous.items()} == {
        page: ("public, no-cache", "Accept-Language, Cookie"),
        api: ("public, no-cache", "Accept, Accept-Language, Cookie, origin, Accept-Encoding"),
    }
    staff = User.objects.create_user("editor", is_staff=True)
    client.force_login(staff)
    signed_in = {path: client.get(path) for path in (page, api)}
    key = api_key(staff)
    client.logout()
    by_token = client.get(api, HTTP_AUTHORIZATION=f"Token {key}")
    for response in (*signed_in.values(), by_token):
        assert (response.status_code, response["Cache-Control"]) == (200, "private, no-store")
    revalidated = client.get(api, HTTP_AUTHORIZATION=f"Token {key}", HTTP_IF_NONE_MATCH=by_token["ETag"])
    assert (revalidated.status_code, revalidated["Cache-Control"]) == (304, "private, no-store")


def test_etags_differ_by_language_format_and_release(client, seed_en, settings):
    paths = [
        SEED, "/en/A/RES/59/190", "/zh/A/RES/59/190", "/api/v1/resolutions/A/RES/59/190",
        "/api/v1/resolutions/A/RES/59/190.txt", "/api/v1/resolutions/A/RES/59/190.xml",
        "/api/v1/resolutions/A/RES/59/190?language=en",
    ]  # fmt: skip
    before = {path: client.get(path)["ETag"] for path in paths}
    french = {path: client.get(path, HTTP_ACCEPT_LANGUAGE="fr")["ETag"] for path in paths}
    settings.ARCHIVE_RELEASE = "another release"
    after = {path: client.get(path)["ETag"] for path in paths}
    before_tags, after_tags = set(before.values()), set(after.values())
    assert (len(before_tags), len(after_tags), before_tags & after_tags) == (len(paths), len(paths), set())
    # A URL's language prefix names the interface language; elsewhere Accept-Language chooses it.
    unchanged = [path for path in paths if french[path] == before[path]]
    assert unchanged == ["/en/A/RES/59/190", "/zh/A/RES/59/190"]


def test_a_reingest_and_a_reparse_reach_every_page_showing_them(client, successor, ingest_bytes):
    before = snapshot(client)
    reworded = ("Desiring to achieve real progress", "Desiring to achieve lasting progress")
    ingest_successor(ingest_bytes, reworded)
    reingested = snapshot(client)
    reingested_successor = Resolution.objects.get(symbol="A/RES/60/155")
    edit_by_hand(reingested_successor)
    reparse(reingested_successor.texts.get())  # the parser's paragraph again
    reparsed = snapshot(client)

    # The seed's pages list the successor under "Cited by"; its session's page shows no successor's row.
    assert (
        changed(before, reingested) == changed(reingested, reparsed) == SEED_PAGES | SUCCESSOR_PAGES | LISTS
    )
    assert b"lasting progress" in reingested[SUCCESSOR_PAGE][1]
    assert b"lasting progress" not in before[SUCCESSOR_PAGE][1]
    assert b"Edited by hand." not in reparsed[SUCCESSOR_PAGE][1]


def test_only_what_shows_a_new_resolution_changes(client, successor, ingest_sample):
    before = snapshot(client)
    ingest_sample("A_RES_80_2.txt")  # cites neither: the archive's list changes, not their pages
    assert changed(before, snapshot(client)) == LISTS


def test_a_citing_resolution_arriving_and_the_cited_one_after_it(
    client, seed_en, ingest_bytes, ingest_sample
):
    seed_page = snapshot(client, [SEED])
    ingest_successor(ingest_bytes)  # the seed's page now lists it under "Cited by"
    cited = snapshot(client, [SEED])
    assert changed(seed_page, cited) == {SEED}
    assert b"A/RES/60/155" in cited[SEED][1] and b"A/RES/60/155" not in seed_page[SEED][1]

    Resolution.objects.filter(symbol="A/RES/59/190").delete()
    unlinked = snapshot(client, [SUCCESSOR_PAGE])
    ingest_sample("A_RES_59_190.en.txt")  # `resolve_pending` links it again
    relinked = snapshot(client, [SUCCESSOR_PAGE])
    assert changed(unlinked, relinked) == {SUCCESSOR_PAGE}
    assert relinked[SUCCESSOR_PAGE][1] != unlinked[SUCCESSOR_PAGE][1]


# --- Writers in parallel: separate connections, committed transactions ---------------------------------

LOCK_TIMEOUT = "SET lock_timeout = '5s'"  # a writer made to wait for a lock fails instead


def in_thread(target, *args) -> threading.Thread:
    """Run `target(*args)` on a connection of its own; its exception, if any, is kept as `.error`."""

    def run():
        try:
            with connection.cursor() as cursor:
                cursor.execute(LOCK_TIMEOUT)
            target(*args)
        except Exception as exc:  # noqa: BLE001 — reported by the test that started the thread
            thread.error = exc
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.error = None
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True)
def test_writers_of_unrelated_resolutions_do_not_wait_for_each_other(ingest_sample):
    ingest_sample("A_RES_59_190.txt")
    ingest_sample("A_RES_80_2.txt")
    before = versions()
    with transaction.atomic():  # the first writer keeps its transaction open…
        resolve_citations(Resolution.objects.filter(symbol="A/RES/59/190"))
        Resolution.objects.filter(symbol="A/RES/59/190").touch()
        # …while the second writes, commits and ends: it would fail had it waited for a lock.
        second = in_thread(resolve_citations, Resolution.objects.filter(symbol="A/RES/80/2"))
        second.join()
        assert second.error is None
        assert bumped(before, versions()) == {"A/RES/59/190": 2, "A/RES/80/2": 1}  # committed meanwhile
    assert bumped(before, versions()) == {"A/RES/59/190": 2, "A/RES/80/2": 1}


@pytest.mark.django_db(transaction=True)
def test_two_ingests_in_parallel_both_complete(ingest_bytes, ingest_sample):
    ingest_sample("A_RES_59_190.txt")
    ingest_successor(ingest_bytes)
    before = versions()
    # Each re-ingest changes the other's pages: both lock the two resolutions, in one order.
    files = [
        (variant("A_RES_59_190.en.txt", ("Desiring", "Wishing")), "A_RES_59_190.en.txt"),
        (
            variant("A_RES_59_190.en.txt", *SUCCESSOR, ("real progress", "lasting progress")),
            "A_RES_60_155.txt",
        ),
    ]
    start = threading.Barrier(len(files))

    def ingest_when_all_ready(data, name):
        start.wait()
        ingest_bytes(data, name)

    threads = [in_thread(ingest_when_all_ready, data, name) for data, name in files]
    for thread in threads:
        thread.join()
    assert [thread.error for thread in threads] == [None, None]
    assert bumped(before, versions()) == {"A/RES/59/190": 2, "A/RES/60/155": 2}
