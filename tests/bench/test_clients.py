from collections import Counter

from bench.clients import LoadResult, run_load

from .conftest import Handler


def test_clients_count_every_status_and_send_per_path_headers(site):
    paths = ["/page", "/missing", "/cached"]
    headers = {"/cached": {"If-None-Match": '"v1"'}}
    result = run_load(site, paths, seconds=30, concurrency=2, headers=headers, once=True)
    assert (result.statuses, len(result.latencies)) == ({200: 1, 404: 1, 304: 1}, 3)


def test_clients_draw_paths_at_random_until_the_deadline(site):
    paths = ["/a", "/b", "/c"]
    result = run_load(site, paths, seconds=1, concurrency=2, seed=3)
    assert set(Handler.requested) <= set(paths)
    assert result.requests == len(Handler.requested) == result.statuses[200] > 0
    assert result.seconds >= 1  # until the deadline


def test_once_requests_each_path_once_then_stops(site):
    paths = [f"/page/{i}" for i in range(30)]
    result = run_load(site, paths, seconds=30, concurrency=3, once=True)
    assert (result.requests, sorted(Handler.requested), result.statuses) == (30, sorted(paths), {200: 30})
    assert result.seconds < 30  # it ended when the paths ran out, not at the deadline


def test_percentiles_are_nearest_rank_in_milliseconds():
    result = LoadResult(latencies=[i / 1000 for i in range(1, 101)], seconds=2.0)
    assert (result.percentile(50), result.percentile(95), result.percentile(99)) == (50.0, 95.0, 99.0)
    summary = result.summary()
    assert (summary["requests"], summary["per_second"], summary["p95_ms"]) == (100, 50.0, 95.0)


def test_rounds_merge_into_one_result():
    first = LoadResult(latencies=[0.001, 0.003], statuses=Counter({200: 2}), seconds=1.0)
    second = LoadResult(latencies=[0.002], statuses=Counter({200: 1, 304: 1}), seconds=0.5)
    merged = LoadResult.merged([first, second])
    assert (merged.latencies, merged.statuses, merged.seconds) == (
        [0.001, 0.003, 0.002],
        Counter({200: 3, 304: 1}),
        1.5,
    )
    assert merged.per_second == 2.0 and first.latencies == [0.001, 0.003]  # the rounds stay as they were
