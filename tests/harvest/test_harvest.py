"""The harvester against a local stand-in of the Digital Library replaying saved answers."""

from __future__ import annotations

import hashlib

import pytest
from django.core.management import CommandError, call_command

from archive.harvest.client import DigitalLibrary, HarvestError, retry_after
from archive.models import (
    Citation,
    HarvestRun,
    MemberStateVote,
    OfficialFile,
    Resolution,
    ResolutionText,
    SeparateStateVote,
    SeparateVote,
)
from archive.services.harvest import harvest, log_said, run_for
from archive.services.harvest import library as client_for
from tests.conftest import sample

from .conftest import UNDL, Reply

pytestmark = pytest.mark.django_db

RESOLUTIONS, VOTES = "Resolutions and Decisions", "Voting Data"
EN_PDF = "/record/1654251/files/A_RES_73_8-EN.pdf"
FR_PDF = "/record/1654251/files/A_RES_73_8-FR.pdf"
EMPTY = b'<?xml version="1.0"?>\n<!-- Search-Engine-Total-Number-Of-Results: 0 -->\n<collection xmlns="http://www.loc.gov/MARC21/slim"/>'


def session_73(library, *, fr: Reply | None = None):
    library.search(RESOLUTIONS, "resolutions_73.marcxml")
    library.search(VOTES, "votes_73.marcxml")
    pdf = sample("A_RES_73_8-EN.pdf").read_bytes()
    library.route(EN_PDF, Reply(body=pdf, headers={"ETag": '"en-1"', "Content-Type": "application/pdf"}))
    library.route(
        FR_PDF,
        fr or Reply(body=b"<!DOCTYPE html><html>Server error</html>", headers={"Content-Type": "text/html"}),
    )


def run(session: int, languages=(), progress=None) -> HarvestRun:
    client = client_for()
    try:
        return harvest(
            run=run_for(session=session, languages=list(languages), since=None),
            client=client,
            progress=progress,
        )
    finally:
        client.close()


def test_a_session_harvested_with_its_record_files_and_votes(library):
    session_73(library)
    done = run(73, ["en", "fr"])
    resolution = Resolution.objects.get(symbol="A/RES/73/8")
    assert resolution.source == Resolution.Source.HARVESTED
    assert resolution.undl_record == 1654251
    assert resolution.catalogue_title == (
        "Necessity of ending the economic, commercial and financial embargo imposed by the United States of "
        "America against Cuba"
    )
    assert str(resolution.adopted_on) == "2018-11-01"
    assert resolution.agenda_items == ["43"]
    assert resolution.agenda_titles["43"].startswith("Necessity of ending")
    assert resolution.draft_symbols == ["A/73/L.3"]
    assert resolution.subjects == ["ECONOMIC SANCTIONS", "CUBA"]
    assert (resolution.vote, resolution.votes_yes, resolution.votes_no, resolution.votes_abstain) == (
        "recorded",
        189,
        2,
        0,
    )
    assert not resolution.state_votes.exists()  # the record gives totals only: none invented
    [part] = SeparateVote.objects.filter(resolution=resolution)
    assert (part.description, part.votes_yes, part.votes_no, part.votes_abstain) == (
        "Test vote on operative paragraph 2 of draft resolution A/73/L.3",
        100,
        20,
        30,
    )
    assert list(resolution.texts.values_list("language", flat=True)) == ["en"]
    files = {f.language: f for f in OfficialFile.objects.filter(resolution=resolution)}
    assert files["en"].etag == '"en-1"'
    assert files["en"].sha256 == hashlib.sha256(sample("A_RES_73_8-EN.pdf").read_bytes()).hexdigest()
    assert files["fr"].sha256 == ""  # the wrong file is not taken
    known = Resolution.objects.get(symbol="A/RES/73/9")
    assert (known.catalogue_title, known.report_symbols, known.texts.count()) == (
        "A resolution known by its record only",
        ["A/73/500"],
        0,
    )
    assert done.status == HarvestRun.Status.FINISHED
    assert done.counts == {
        "records": 5,
        "created": 2,
        "updated": 2,
        "unchanged": 0,
        "downloaded": 2,
        "not_modified": 0,
        "ingested": 1,
        "problems": 4,
    }
    problems = [line.split(" ", 2)[2] for line in log_said(done.log).splitlines()[1:-1]]
    assert problems == [
        "record 1654251 A/RES/73/8 (fr): the file is named .pdf but is not a PDF "
        "(it does not start with %PDF-)",
        "record 1654999: a record without a document symbol (191 $a)",
        "record 1655000 A/RES/73/9: no file in en",
        "record 1655000 A/RES/73/9: no file in fr",
    ]
    assert {a.path for a in library.asked} == {"/search", EN_PDF, FR_PDF}


def test_a_second_harvest_asks_conditionally_and_changes_nothing(library):
    session_73(library)
    run(73, ["en"])
    versions = dict(Resolution.objects.values_list("symbol", "content_version"))
    history = Resolution.history.count()
    library.asked.clear()
    again = run(73, ["en"])
    assert again.counts["not_modified"] == 1 and again.counts["downloaded"] == 0
    assert again.counts["created"] == again.counts["updated"] == 0
    [file_request] = [a for a in library.asked if a.path == EN_PDF]
    assert file_request.headers["If-None-Match"] == '"en-1"'
    assert dict(Resolution.objects.values_list("symbol", "content_version")) == versions
    assert Resolution.history.count() == history


def test_the_real_answer_makes_resolutions_known_by_their_drafts(library):
    library.search(RESOLUTIONS, "search_A_C.3_78_drafts.marcxml")
    library.route(f"/search?c={VOTES}", Reply(body=EMPTY))
    done = run(78)
    resolution = Resolution.objects.get(symbol="A/RES/78/213")
    assert (
        resolution.catalogue_title
        == "Promotion and protection of human rights in the context of digital technologies"
    )
    assert resolution.draft_symbols == ["A/C.3/78/L.49/Rev.1"]
    assert resolution.report_symbols == ["A/78/481/Add.2"]
    assert resolution.agenda_items == ["71b"]
    assert resolution.subjects[:2] == ["HUMAN RIGHTS", "HUMAN RIGHTS ADVANCEMENT"]
    assert resolution.adopted_on is None and not resolution.texts.exists()
    assert done.counts["records"] == 94
    assert Resolution.objects.filter(session__number=78).count() == done.counts["created"]


def test_every_member_states_vote_matched_by_code(library):
    library.route(f"/search?c={RESOLUTIONS}", Reply(body=EMPTY))
    library.search(VOTES, "votes_A_RES_55_100.marcxml")
    run(55)
    resolution = Resolution.objects.get(symbol="A/RES/55/100")
    assert (resolution.votes_yes, resolution.votes_no, resolution.votes_abstain) == (106, 1, 67)
    votes = dict(resolution.state_votes.values_list("member_state__code", "vote"))
    assert len(votes) == 174
    assert votes["USA"] == MemberStateVote.Choice.NO
    assert votes["CUB"] == MemberStateVote.Choice.YES
    assert votes["GBR"] == MemberStateVote.Choice.ABSTAIN


def test_the_text_and_the_voting_record_agree_on_55_100(library, ingest_sample):
    ingest_sample("A_RES_55_100-EN.txt")
    from_text = dict(MemberStateVote.objects.values_list("member_state__code", "vote"))
    library.route(f"/search?c={RESOLUTIONS}", Reply(body=EMPTY))
    library.search(VOTES, "votes_A_RES_55_100.marcxml")
    done = run(55)
    assert done.counts["updated"] == 0 and done.counts["problems"] == 0
    assert dict(MemberStateVote.objects.values_list("member_state__code", "vote")) == from_text


def test_former_states_matched_by_name(library):
    body = (
        library_dir := __import__("tests.harvest.conftest", fromlist=["UNDL"]).UNDL
        / "votes_A_RES_55_100.marcxml"
    ).read_text()
    assert library_dir
    body = body.replace('<subfield code="c">AFG</subfield>', '<subfield code="c">XXX</subfield>')
    body = body.replace('<subfield code="e">AFGHANISTAN</subfield>', '<subfield code="e">USSR</subfield>')
    library.route(f"/search?c={RESOLUTIONS}", Reply(body=EMPTY))
    library.route(f"/search?c={VOTES}", Reply(body=body.encode()))
    run(55)
    assert MemberStateVote.objects.filter(member_state__code="SUN", vote="yes").exists()


def test_429_and_503_are_retried_after_the_time_they_ask(library, settings):
    session_73(library)
    library.search(
        RESOLUTIONS,
        "resolutions_73.marcxml",
        Reply(429, b"slow down", {"Retry-After": "0"}),
        Reply(503, b"<html>busy</html>", {"Retry-After": "0"}),
    )
    waits = []
    client = DigitalLibrary(
        library.url, interval_s=0, retries=2, backoff_s=5, timeout_s=1, sleep=waits.append
    )
    done = harvest(run=run_for(session=73, languages=[], since=None), client=client)
    assert waits == [0.0, 0.0]  # Retry-After, not the back-off of 5 s
    assert done.counts["created"] == 2


def test_timeouts_back_off_then_give_up_per_page(library):
    library.route(f"/search?c={RESOLUTIONS}", Reply(body=b"", delay=1.5))
    library.route(f"/search?c={VOTES}", Reply(body=EMPTY))
    waits = []
    client = DigitalLibrary(
        library.url, interval_s=0, retries=1, backoff_s=0.25, timeout_s=0.2, sleep=waits.append
    )
    done = harvest(run=run_for(session=73, languages=[], since=None), client=client)
    assert waits == [0.25]
    assert "timed out, 2 times: given up" in log_said(done.log)
    assert done.status == HarvestRun.Status.FINISHED and done.counts["problems"] == 1


def test_malformed_and_html_answers_are_reported(library):
    truncated = (
        library.url
        and (__import__("tests.harvest.conftest", fromlist=["UNDL"]).UNDL / "votes_73.marcxml").read_bytes()[
            :700
        ]
    )
    library.route(
        f"/search?c={RESOLUTIONS}", Reply(body=b"<!DOCTYPE html><html><body>Maintenance</body></html>")
    )
    library.route(f"/search?c={VOTES}", Reply(body=truncated))
    done = run(73)
    assert "resolutions, records 1-100 skipped: the answer is an HTML page, not MARCXML" in log_said(done.log)
    assert "votes, records 1-100 skipped: the answer is not well-formed XML" in log_said(done.log)
    assert Resolution.objects.count() == 0


def test_killed_in_the_middle_and_restarted_completes_without_duplicates(library, settings):
    settings.UNDL_PAGE_SIZE = 2  # pages of two records: the stop falls inside a page
    session_73(library, fr=Reply(body=sample("A_RES_73_8-EN.pdf").read_bytes()))

    def killed(current):
        if current.phase == "votes" and current.position == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(73, ["en"], progress=killed)
    stopped = HarvestRun.objects.get()
    assert (stopped.status, stopped.phase, stopped.position) == ("running", "votes", 1)
    library.asked.clear()
    done = run(73, ["en"])
    assert done.pk == stopped.pk and done.status == HarvestRun.Status.FINISHED
    assert [a.query.get("c") for a in library.asked] == [VOTES]  # continued with the votes
    assert Resolution.objects.count() == 2
    assert SeparateVote.objects.count() == 1
    assert ResolutionText.objects.count() == 1


def test_requests_go_only_to_the_configured_library(library):
    client = DigitalLibrary(library.url, interval_s=0, retries=0, backoff_s=0, timeout_s=1)
    with pytest.raises(HarvestError, match="is not under the configured Digital Library"):
        client.fetch("https://digitallibrary.un.org/record/4026910/files/A_C.3_78_L.49_Rev.1-EN.pdf")
    with pytest.raises(HarvestError, match="is not under the configured Digital Library"):
        client.fetch(library.url + ".evil.example/x")
    assert library.asked == []


def test_the_rate_limit_spaces_requests(library):
    library.route("/a", Reply(body=b"a"))
    waits = []
    client = DigitalLibrary(
        library.url, interval_s=30, retries=0, backoff_s=0, timeout_s=1, sleep=waits.append
    )
    client.fetch(library.url + "/a")
    client.fetch(library.url + "/a")
    assert len(waits) == 1 and 29 < waits[0] <= 30


def test_retry_after_reads_seconds_and_dates():
    assert retry_after("7") == 7.0
    assert retry_after("100000") == 600.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after("soon") is None


def test_the_command_prints_a_summary(library, capsys):
    session_73(library)
    call_command("harvest", "--session", "73", "--languages", "en", "--quiet")
    out = capsys.readouterr().out
    run_id = HarvestRun.objects.get().pk
    assert (
        f"harvest run {run_id} of session 73: records 5, created 2, updated 2, unchanged 0, downloaded 1, "
        "not modified 0, ingested 1, problems 2; 3 requests"
    ) in out
    assert "a record without a document symbol (191 $a)" in out


def test_citations_waiting_for_a_resolution_link_to_it_once_harvested(library, ingest_sample):
    citing = ingest_sample("A_RES_73_8-EN.pdf").text
    Citation.objects.create(
        text=citing,
        paragraph=citing.paragraphs.first(),
        position=99,
        kind="resolution",
        raw="resolution 73/9",
        start=0,
        end=15,
        target="A/RES/73/9",
    )
    before = Resolution.objects.get(symbol="A/RES/73/8").content_version
    session_73(library)
    run(73)
    known = Resolution.objects.get(symbol="A/RES/73/9")
    assert Citation.objects.get(target="A/RES/73/9").target_resolution == known
    assert Resolution.objects.get(symbol="A/RES/73/8").content_version > before  # its link changed


def test_the_command_carries_out_a_run_started_from_the_admin(library):
    session_73(library)
    queued = HarvestRun.objects.create(session=73, languages=[])
    call_command("harvest", "--run", str(queued.pk), "--quiet")
    queued.refresh_from_db()
    assert queued.status == HarvestRun.Status.FINISHED and queued.counts["created"] == 2
    with pytest.raises(CommandError, match=f"harvest run {queued.pk} is finished already"):
        call_command("harvest", "--run", str(queued.pk))
    with pytest.raises(CommandError, match="there is no harvest run 999"):
        call_command("harvest", "--run", "999")
    with pytest.raises(CommandError, match="give --session"):
        call_command("harvest")


def test_a_run_stopped_by_an_error_is_marked_and_continued(library, monkeypatch):
    session_73(library)
    import archive.services.harvest as service

    def broken(**kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(service, "store_voting_record", broken)
    with pytest.raises(RuntimeError):
        run(73)
    failed = HarvestRun.objects.get()
    assert (failed.status, failed.phase, failed.position) == ("failed", "votes", 0)
    assert "stopped by an error: RuntimeError: the database went away" in log_said(failed.log)
    monkeypatch.undo()
    done = run(73)
    assert (done.pk, done.status, SeparateVote.objects.count()) == (failed.pk, "finished", 1)


def amendment_73(library, body: bytes | None = None) -> None:
    library.route(f"/search?c={RESOLUTIONS}", Reply(body=EMPTY))
    if body is None:
        library.search(VOTES, "votes_73_amendment.marcxml")
    else:
        library.route(f"/search?c={VOTES}", Reply(body=body))


def separate_state_votes() -> dict[str, str]:
    return dict(SeparateStateVote.objects.values_list("member_state__code", "vote"))


def test_a_separate_votes_record_gives_each_states_vote_in_it(library):
    amendment_73(library)
    done = run(73)
    resolution = Resolution.objects.get(symbol="A/RES/73/8")
    [part] = resolution.separate_votes.all()
    assert (part.undl_record, part.description, str(part.voted_on)) == (
        1654302,
        "Test vote on amendment A/73/L.6 to draft resolution A/73/L.3",
        "2018-11-01",
    )
    assert part.totals == {"yes": 3, "no": 2, "abstain": 1, "non_voting": 1}
    assert separate_state_votes() == {
        "USA": "no",
        "ISR": "no",
        "CUB": "yes",
        "MEX": "yes",
        "FRA": "abstain",
        "UKR": "non_voting",
        "BRA": "yes",  # no code in the record: matched by its name
    }
    assert part.state_votes.count() == SeparateStateVote.objects.count() == 7
    # The vote on the whole is not the separate vote's: nothing of it is stored, nor invented.
    assert resolution.vote == Resolution.Vote.UNKNOWN and not MemberStateVote.objects.exists()
    assert (done.counts["created"], done.counts["problems"]) == (1, 0)


def test_harvesting_a_separate_vote_again_changes_nothing(library):
    amendment_73(library)
    run(73)
    rows = list(SeparateStateVote.objects.order_by("pk").values_list("pk", "member_state__code", "vote"))
    version = Resolution.objects.get(symbol="A/RES/73/8").content_version
    again = run(73)
    assert (again.counts["unchanged"], again.counts["updated"], again.counts["created"]) == (1, 0, 0)
    assert (
        list(SeparateStateVote.objects.order_by("pk").values_list("pk", "member_state__code", "vote")) == rows
    )
    assert SeparateVote.objects.count() == 1
    assert Resolution.objects.get(symbol="A/RES/73/8").content_version == version


def test_a_states_corrected_vote_in_a_separate_vote_replaces_the_stored_one(library):
    amendment_73(library)
    run(73)
    version = Resolution.objects.get(symbol="A/RES/73/8").content_version
    body = (UNDL / "votes_73_amendment.marcxml").read_bytes()
    corrected = body.replace(
        b'<subfield code="c">FRA</subfield>\n    <subfield code="d">A</subfield>',
        b'<subfield code="c">FRA</subfield>\n    <subfield code="d">N</subfield>',
    ).replace(
        b'<subfield code="c">2</subfield>\n    <subfield code="d">1</subfield>',
        b'<subfield code="c">3</subfield>\n    <subfield code="d">0</subfield>',
    )
    assert corrected.count(b'<subfield code="d">N</subfield>') == 3
    amendment_73(library, corrected)
    again = run(73)
    assert again.counts["updated"] == 1 and again.counts["problems"] == 0
    assert separate_state_votes()["FRA"] == "no"
    assert SeparateStateVote.objects.count() == 7
    assert SeparateVote.objects.get().totals == {"yes": 3, "no": 3, "abstain": 0, "non_voting": 1}
    assert Resolution.objects.get(symbol="A/RES/73/8").content_version > version


def test_a_separate_vote_whose_states_do_not_add_up_is_reported(library):
    body = (UNDL / "votes_73_amendment.marcxml").read_bytes()
    amendment_73(
        library, body.replace(b'<subfield code="b">3</subfield>', b'<subfield code="b">4</subfield>')
    )
    done = run(73)
    assert done.counts["problems"] == 1
    assert (
        "A/RES/73/8, Test vote on amendment A/73/L.6 to draft resolution A/73/L.3: The Member States' votes "
        "do not add up to the totals: 3 in favour but 4 in the totals."
    ) in log_said(done.log)
    assert len(separate_state_votes()) == 7  # each State's vote as the record gives it, none added
