"""The harvest runs' admin: a run is started in a process of its own, and watched on its page."""

import pytest

from archive.harvest.marc import RecordProblem
from archive.messages import Message
from archive.models import HarvestRun
from archive.services import harvest

pytestmark = pytest.mark.django_db


def test_an_editor_starts_a_harvest_and_watches_it(admin_client, monkeypatch):
    started = []
    monkeypatch.setattr("archive.admin.harvest.start_in_background", started.append)
    answer = admin_client.post(
        "/admin/archive/harvestrun/add/",
        {"session": "80", "languages": ["en", "fr"], "since": ""},
        follow=True,
    )
    assert answer.status_code == 200
    run = HarvestRun.objects.get()
    assert (run.session, run.languages, run.status) == (80, ["en", "fr"], HarvestRun.Status.QUEUED)
    assert started == [run]
    assert f"Harvest run {run.pk} of session 80 started." in answer.content.decode()
    problem = RecordProblem(12, "", "a record without a document symbol (191 $a)")
    harvest.write_log(run, Message(harvest.OF_RECORD, record="12", problem=problem))
    HarvestRun.objects.filter(pk=run.pk).update(phase="resolutions", position=3, total=40)
    page = admin_client.get(f"/admin/archive/harvestrun/{run.pk}/change/").content.decode()
    assert "resolutions: 3 of 40 records" in page
    assert "record 12: a record without a document symbol (191 $a)" in page


def test_a_running_run_is_not_started_twice(admin_client, monkeypatch):
    started = []
    monkeypatch.setattr("archive.admin.harvest.start_in_background", started.append)
    HarvestRun.objects.create(session=80, languages=[], status=HarvestRun.Status.RUNNING)
    answer = admin_client.post("/admin/archive/harvestrun/add/", {"session": "80", "since": ""}, follow=True)
    assert "is running already." in answer.content.decode()
    assert started == [] and HarvestRun.objects.count() == 1


def test_a_bad_session_is_refused(admin_client):
    answer = admin_client.post("/admin/archive/harvestrun/add/", {"session": "0", "since": ""})
    assert "A regular session number is 1 or more." in answer.content.decode()
    assert not HarvestRun.objects.exists()
