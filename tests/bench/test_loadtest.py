"""The load test's readers, run by locust against a loopback server for two seconds (the load test
itself is `make loadtest`). The locustfile is never imported here: locust patches the standard library
for gevent as it is imported."""

import subprocess

from bench.loadtest import locust_command

from .conftest import Handler


def run_locust(base_url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        locust_command(base_url, users=4, seconds=2), capture_output=True, text=True, timeout=60
    )


def test_readers_request_pages_api_and_search_and_report_percentiles(site):
    run = run_locust(site)
    assert run.returncode == 0, run.stderr
    assert Handler.requested  # however few a loaded machine lets locust send in two seconds
    assert any(f"GET      {path} " in run.stderr for path in Handler.requested)  # a row per path
    assert "50%    95%    99%" in run.stderr


def test_any_error_fails_the_run(site):
    Handler.failing = True
    run = run_locust(site)
    assert run.returncode == 1
    path = Handler.requested[0]
    assert f"GET {path}: LocustBadStatusCode(code=500)" in run.stderr
