"""A harvest of one session from the UN Digital Library: its resolutions' catalogue records (and the
drafts' records naming them), their official files in the languages asked for (downloaded when changed,
ingested through `ingestion.ingest`), then the session's voting records.

Progress is kept on the `HarvestRun` row after every record: a run that is stopped continues, when
started again with the same parameters, from the record where it stopped. Storing a record twice
changes nothing, so the record under way when it stopped is simply stored again. Every problem with a
record (or a page of records that cannot be read) is written to the run's log and the rest continue.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.utils import timezone

from archive.harvest.client import DigitalLibrary, HarvestError
from archive.harvest.marc import CatalogueRecord, MarcError, RecordProblem, read_answer
from archive.models import HarvestRun, OfficialFile, ResolutionText

from .catalogue import store_catalogue_record, store_voting_record
from .errors import IngestError
from .ingestion import ingest

# (phase, collection, search pattern): what the Digital Library is asked, in this order.
PHASES = [
    (HarvestRun.Phase.RESOLUTIONS, "Resolutions and Decisions", '191__a:"A/RES/{session}/*"'),
    (HarvestRun.Phase.VOTES, "Voting Data", '791__a:"A/RES/{session}/*"'),
]
COUNTS = ("records", "created", "updated", "unchanged", "downloaded", "not_modified", "ingested", "problems")

Progress = Callable[[HarvestRun], None]


def library(log: Callable[[str], None] = lambda message: None) -> DigitalLibrary:
    """The Digital Library at `UNDL_BASE_URL`, asked as the settings say."""
    return DigitalLibrary(
        settings.UNDL_BASE_URL,
        interval_s=settings.UNDL_INTERVAL_MS / 1000,
        retries=settings.UNDL_RETRIES,
        backoff_s=settings.UNDL_BACKOFF_MS / 1000,
        timeout_s=settings.UNDL_TIMEOUT_S,
        log=log,
    )


def run_for(*, session: int, languages: list[str], since: datetime.date | None) -> HarvestRun:
    """The unfinished run of these parameters (stopped, or stopped by an error: to continue), or a new one."""
    unfinished = HarvestRun.objects.filter(
        session=session,
        languages=sorted(languages),
        since=since,
        status__in=[HarvestRun.Status.QUEUED, HarvestRun.Status.RUNNING, HarvestRun.Status.FAILED],
    ).first()
    return unfinished or HarvestRun.objects.create(session=session, languages=sorted(languages), since=since)


STALLED = datetime.timedelta(minutes=10)  # longer than any wait between two records (MAX_WAIT_S)


def running(run: HarvestRun) -> bool:
    """Whether a process is carrying `run` out: it is running and wrote its progress lately."""
    return run.status == HarvestRun.Status.RUNNING and run.updated_at > timezone.now() - STALLED


def start_in_background(run: HarvestRun) -> None:
    """Run `manage.py harvest --run <id>` in a process of its own (what the admin's "start" does)."""
    manage = settings.BASE_DIR / "manage.py"
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and script, an integer argument
        [sys.executable, str(manage), "harvest", "--run", str(run.pk), "--quiet"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    HarvestRun.objects.filter(pk=run.pk).update(pid=process.pid)


def write_log(run: HarvestRun, message: str) -> None:
    line = f"{timezone.now():%Y-%m-%d %H:%M:%S} {message}\n"
    HarvestRun.objects.filter(pk=run.pk).update(log=Concat(F("log"), Value(line)))


def harvest(*, run: HarvestRun, client: DigitalLibrary, progress: Progress | None = None) -> HarvestRun:
    """Run (or continue) `run` to its end."""
    run.status, run.pid = HarvestRun.Status.RUNNING, os.getpid()
    run.counts = {name: run.counts.get(name, 0) for name in COUNTS}
    run.phase = run.phase or PHASES[0][0]
    run.save(update_fields=["status", "pid", "counts", "phase", "updated_at"])
    write_log(
        run, f"harvest of session {run.session} ({', '.join(run.languages) or 'no files'}) from {run.phase}"
    )
    names = [phase for phase, _, _ in PHASES]
    try:
        for phase, collection, pattern in PHASES[names.index(run.phase) :]:
            if run.phase != phase:
                run.phase, run.position, run.total = phase, 0, None
                _save(run)
            _phase(run, client, collection, pattern.format(session=run.session), progress)
    except Exception as exc:  # the database gone, a bug: the run stops where it is, to be continued
        HarvestRun.objects.filter(pk=run.pk).update(status=HarvestRun.Status.FAILED)
        write_log(run, f"stopped by an error: {exc.__class__.__name__}: {exc}")
        raise
    run.status, run.finished_at = HarvestRun.Status.FINISHED, timezone.now()
    _save(run, "status", "finished_at")
    write_log(run, "finished: " + ", ".join(f"{n.replace('_', ' ')} {run.counts[n]}" for n in COUNTS))
    run.refresh_from_db(fields=["log"])
    return run


def _phase(run: HarvestRun, client: DigitalLibrary, collection: str, pattern: str, progress) -> None:
    size = settings.UNDL_PAGE_SIZE
    since = run.since.isoformat() if run.since else None
    while run.total is None or run.position < run.total:
        start = run.position + 1
        try:
            answer = _page(client, pattern, collection, start, size, since)
        except (HarvestError, MarcError) as exc:
            write_log(run, f"{run.phase}, records {start}-{start + size - 1} skipped: {exc}")
            _count(run, "problems")
            if run.total is None:
                return  # not even the number of records is known: nothing more to ask
            run.position = min(run.position + size, run.total)
            _save(run)
            continue
        if answer.total is not None:
            run.total = answer.total
        if not answer.records:
            run.total = run.position
            _save(run)
            return
        for record in answer.records:
            _record(run, client, record)
            run.position += 1
            _count(run, "records")
            _save(run)
            if progress:
                progress(run)
        if answer.total is None and len(answer.records) < size:
            run.total = run.position
            _save(run)


def _page(client: DigitalLibrary, pattern, collection, start, size, since):
    """One page of records; a page that cannot be read is asked once more before it is given up."""
    try:
        return read_answer(
            client.search(pattern=pattern, collection=collection, start=start, size=size, since=since)
        )
    except MarcError:
        return read_answer(
            client.search(pattern=pattern, collection=collection, start=start, size=size, since=since)
        )


def _record(run: HarvestRun, client: DigitalLibrary, record) -> None:
    if isinstance(record, RecordProblem):
        where = " ".join(str(part) for part in (record.record_id or "?", record.symbol) if part)
        return _problem(run, f"record {where}: {record.message}")
    try:
        if isinstance(record, CatalogueRecord):
            stored = store_catalogue_record(record=record, session=run.session)
        else:
            stored = [store_voting_record(record=record)]
    except ValueError as exc:
        return _problem(run, f"record {record.record_id}: {exc}")
    for outcome in stored:
        _count(run, outcome.status)
        for problem in outcome.problems:
            _problem(run, f"record {record.record_id}: {problem}")
    if isinstance(record, CatalogueRecord) and record.symbol.startswith("A/RES/"):
        for language in run.languages:
            _file(run, client, stored[0].symbol, language, record)


def _file(run: HarvestRun, client: DigitalLibrary, symbol: str, language: str, record) -> None:
    official = OfficialFile.objects.filter(resolution__symbol=symbol, language=language).first()
    if official is None:
        return _problem(run, f"record {record.record_id} {symbol}: no file in {language}")
    where = f"record {record.record_id} {symbol} ({language})"
    try:
        fetched = client.fetch(official.url, etag=official.etag, last_modified=official.last_modified)
    except HarvestError as exc:
        return _problem(run, f"{where}: {exc}")
    if not fetched.changed:
        return _count(run, "not_modified")
    _count(run, "downloaded")
    sha256 = hashlib.sha256(fetched.content).hexdigest()
    held = ResolutionText.objects.filter(resolution__symbol=symbol, language=language, source_sha256=sha256)
    if sha256 != official.sha256 or not held.exists():
        filename = PurePosixPath(urlsplit(official.url).path).name or f"{symbol}-{language}.pdf"
        try:
            ingest(data=fetched.content, filename=filename, language=language, symbol=symbol)
        except IngestError as exc:
            return _problem(run, f"{where}: {exc}")
        _count(run, "ingested")
    official.etag, official.last_modified = fetched.etag, fetched.last_modified
    official.sha256, official.downloaded_at = sha256, timezone.now()
    official.save(update_fields=["etag", "last_modified", "sha256", "downloaded_at"])


def _problem(run: HarvestRun, message: str) -> None:
    _count(run, "problems")
    write_log(run, message)


def _count(run: HarvestRun, name: str) -> None:
    run.counts[name] = run.counts.get(name, 0) + 1


def _save(run: HarvestRun, *also: str) -> None:
    run.save(update_fields=["phase", "position", "total", "counts", "updated_at", *also])
