"""A harvest of one session from the UN Digital Library: its resolutions' catalogue records (and the
drafts' records naming them), their official files in the languages asked for (downloaded when changed,
ingested through `ingestion.ingest`), then the session's voting records.

Progress is kept on the `HarvestRun` row after every record: a run that is stopped continues, when
started again with the same parameters, from the record where it stopped. Storing a record twice
changes nothing, so the record under way when it stopped is simply stored again. Every problem with a
record (or a page of records that cannot be read) is written to the run's log and the rest continue.

The log is kept by name, a line a message (`archive.messages.Message`: its template, marked for the
catalogues, and its parameters) as JSON, for each reader to read it in their language (`log_said`): the run
is carried out in a process of its own, in no reader's language.
"""

from __future__ import annotations

import datetime
import hashlib
import json
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
from django.utils.translation import gettext_noop

from archive.harvest.client import DigitalLibrary, HarvestError
from archive.harvest.marc import CatalogueRecord, MarcError, RecordProblem, read_answer
from archive.messages import Message
from archive.models import HarvestRun, OfficialFile, ResolutionText
from archive.models.catalogue import PHASE_NAMES

from .catalogue import store_catalogue_record, store_voting_record
from .errors import IngestError, message_of
from .ingestion import ingest

# (phase, collection, search pattern): what the Digital Library is asked, in this order.
PHASES = [
    (HarvestRun.Phase.RESOLUTIONS, "Resolutions and Decisions", '191__a:"A/RES/{session}/*"'),
    (HarvestRun.Phase.VOTES, "Voting Data", '791__a:"A/RES/{session}/*"'),
]
COUNTS = ("records", "created", "updated", "unchanged", "downloaded", "not_modified", "ingested", "problems")
# The counts, each named (COUNTS, in that order).
COUNTED = gettext_noop(
    "records %(records)s, created %(created)s, updated %(updated)s, unchanged %(unchanged)s, downloaded "
    "%(downloaded)s, not modified %(not_modified)s, ingested %(ingested)s, problems %(problems)s"
)
# The log's lines: where a problem is (a record, its file in a language), then the problem.
OF_RECORD = gettext_noop("record %(record)s: %(problem)s")
OF_RECORD_SYMBOL = gettext_noop("record %(record)s %(symbol)s: %(problem)s")
OF_FILE = gettext_noop("record %(record)s %(symbol)s (%(language)s): %(problem)s")

Progress = Callable[[HarvestRun], None]


def library(log: Callable[[Message], None] = lambda message: None) -> DigitalLibrary:
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


def write_log(run: HarvestRun, message: Message) -> None:
    """Append a line to the run's log: the time and `message` (its data), as JSON. One UPDATE that adds to
    the column, however long the log: the run writes as it goes, and its page is read meanwhile."""
    line = json.dumps({"at": f"{timezone.now():%Y-%m-%d %H:%M:%S}", **message.as_data()}, ensure_ascii=False)
    HarvestRun.objects.filter(pk=run.pk).update(log=Concat(F("log"), Value(line + "\n")))


def log_said(log: str) -> str:
    """A run's log (`write_log`) in the active language, a line each: its time, then its message."""
    lines = (json.loads(line) for line in log.splitlines())
    return "".join(f"{line['at']} {message_of(Message.from_data(line))}\n" for line in lines)


def counted(counts: dict[str, int]) -> Message:
    """A run's counts, named."""
    return Message(COUNTED, **{name: counts.get(name, 0) for name in COUNTS})


def harvest(*, run: HarvestRun, client: DigitalLibrary, progress: Progress | None = None) -> HarvestRun:
    """Run (or continue) `run` to its end."""
    run.status, run.pid = HarvestRun.Status.RUNNING, os.getpid()
    run.counts = {name: run.counts.get(name, 0) for name in COUNTS}
    run.phase = run.phase or PHASES[0][0]
    run.save(update_fields=["status", "pid", "counts", "phase", "updated_at"])
    languages = ", ".join(run.languages) or Message(gettext_noop("no files"))
    write_log(
        run,
        Message(
            gettext_noop("harvest of session %(session)s (%(languages)s) from %(phase)s"),
            session=run.session,
            languages=languages,
            phase=Message(PHASE_NAMES[run.phase]),
        ),
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
        error = f"{exc.__class__.__name__}: {exc}"  # in its own words
        write_log(run, Message(gettext_noop("stopped by an error: %(error)s"), error=error))
        raise
    run.status, run.finished_at = HarvestRun.Status.FINISHED, timezone.now()
    _save(run, "status", "finished_at")
    write_log(run, Message(gettext_noop("finished: %(counts)s"), counts=counted(run.counts)))
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
            skipped = gettext_noop("%(phase)s, records %(first)s-%(last)s skipped: %(problem)s")
            phase = Message(PHASE_NAMES[run.phase])
            write_log(run, Message(skipped, phase=phase, first=start, last=start + size - 1, problem=exc))
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
    number = str(record.record_id or "?")
    if isinstance(record, RecordProblem):
        if record.symbol:
            return _problem(
                run, Message(OF_RECORD_SYMBOL, record=number, symbol=record.symbol, problem=record)
            )
        return _problem(run, Message(OF_RECORD, record=number, problem=record))
    try:
        if isinstance(record, CatalogueRecord):
            stored = store_catalogue_record(record=record, session=run.session)
        else:
            stored = [store_voting_record(record=record)]
    except ValueError as exc:  # a MessageError, or in its own words
        return _problem(run, Message(OF_RECORD, record=number, problem=exc))
    for outcome in stored:
        _count(run, outcome.status)
        for problem in outcome.problems:
            _problem(run, Message(OF_RECORD, record=number, problem=problem))
    if isinstance(record, CatalogueRecord) and record.symbol.startswith("A/RES/"):
        for language in run.languages:
            _file(run, client, stored[0].symbol, language, record)


def _file(run: HarvestRun, client: DigitalLibrary, symbol: str, language: str, record) -> None:
    number = str(record.record_id)
    official = OfficialFile.objects.filter(resolution__symbol=symbol, language=language).first()
    if official is None:
        no_file = Message(gettext_noop("no file in %(language)s"), language=language)
        return _problem(run, Message(OF_RECORD_SYMBOL, record=number, symbol=symbol, problem=no_file))
    where = {"record": number, "symbol": symbol, "language": language}
    try:
        fetched = client.fetch(official.url, etag=official.etag, last_modified=official.last_modified)
    except HarvestError as exc:
        return _problem(run, Message(OF_FILE, **where, problem=exc))
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
            return _problem(run, Message(OF_FILE, **where, problem=exc.as_message))
        _count(run, "ingested")
    official.etag, official.last_modified = fetched.etag, fetched.last_modified
    official.sha256, official.downloaded_at = sha256, timezone.now()
    official.save(update_fields=["etag", "last_modified", "sha256", "downloaded_at"])


def _problem(run: HarvestRun, message: Message) -> None:
    _count(run, "problems")
    write_log(run, message)


def _count(run: HarvestRun, name: str) -> None:
    run.counts[name] = run.counts.get(name, 0) + 1


def _save(run: HarvestRun, *also: str) -> None:
    run.save(update_fields=["phase", "position", "total", "counts", "updated_at", *also])
