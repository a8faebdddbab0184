"""`manage.py harvest` in a process of its own, killed (SIGKILL) in the middle of a record and started again:
the harvest completes, nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection

from archive.models import HarvestRun, OfficialFile, Resolution, ResolutionText, SeparateVote
from bench import database
from tests.conftest import ROOT, sample

from .conftest import Reply
from .test_harvest import EN_PDF, session_73

# Its own processes read the test database: committed rows, flushed afterwards (pytest-django runs the
# transactional tests after the others; this one needs no row of the migrations).
pytestmark = pytest.mark.django_db(transaction=True)


def harvest_process(library) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database.url(connection.settings_dict["NAME"]),  # the test database
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "UNDL_BASE_URL": library.url,
        "UNDL_INTERVAL_MS": "0",
        "UNDL_BACKOFF_MS": "10",
        "UNDL_TIMEOUT_S": "60",
    }
    command = [
        sys.executable,
        str(ROOT / "manage.py"),
        "harvest",
        "--session",
        "73",
        "--languages",
        "en",
        "--quiet",
    ]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_killed_while_downloading_and_started_again(library):
    session_73(library)
    pdf = sample("A_RES_73_8-EN.pdf").read_bytes()
    library.route(EN_PDF, Reply(body=pdf, headers={"ETag": '"en-1"'}, delay=30))  # hangs: killed meanwhile
    first = harvest_process(library)
    try:
        wait_for(lambda: EN_PDF in library.files() or first.poll() is not None)
        assert first.poll() is None, first.communicate()[0].decode()
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        first.kill()
    stopped = HarvestRun.objects.get()
    assert (stopped.status, stopped.phase, stopped.position) == ("running", "resolutions", 0)
    assert Resolution.objects.filter(symbol="A/RES/73/8").exists()  # its record was stored, whole
    assert not ResolutionText.objects.exists()

    library.route(EN_PDF, Reply(body=pdf, headers={"ETag": '"en-1"'}))
    second = harvest_process(library)
    output = second.communicate(timeout=120)[0].decode()
    assert second.returncode == 0, output
    assert f"continuing harvest run {stopped.pk}" not in output  # it stopped at its first record
    done = HarvestRun.objects.get()
    assert (done.pk, done.status, done.counts["records"]) == (stopped.pk, "finished", 5)
    assert sorted(Resolution.objects.values_list("symbol", flat=True)) == ["A/RES/73/8", "A/RES/73/9"]
    assert list(ResolutionText.objects.values_list("language", flat=True)) == ["en"]
    assert OfficialFile.objects.count() == 2 and SeparateVote.objects.count() == 1
