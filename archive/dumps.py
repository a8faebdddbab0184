"""Downloadable dumps of the corpus, of the whole archive ("all") and of each session ("59", "S-27"):

- JSON Lines, gzipped: one resolution a line, as `manage.py export` prints it, then each Member State's
  vote in its recorded vote and its separate votes (`dump_line()`; `manage.py load_dump` reads it back
  into an archive);
- Akoma Ntoso: a gzipped tar of each text's XML, named after its manifestation (`akn/un/…/59-190/zho@.xml`).

A dump is a file in `ARCHIVE_DUMP_DIR` with its SHA-256, built from one consistent snapshot of the
database, a batch of resolutions at a time, written as it is read (memory bounded by a batch, whatever the
archive's size). Its version is that of its resolutions (`version_summary()`: any change, addition or
deletion changes it), of the release and of this format: `current_dump()` rebuilds a dump whose version is
not the archive's, when it is asked for (`manage.py build_dumps` builds them all ahead, after ingestion).
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import os
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction

from archive.linked_data import akn_documents, work_iri
from archive.models import Resolution
from archive.parser.languages import Language
from archive.parser.symbols import parse_session
from archive.serializers import export_resolution
from archive.services.votes import SEPARATE_VOTE_FIELDS
from archive.serving.release import release

DUMP_FORMAT = 4  # bump when what a dump holds changes
BATCH = 50  # resolutions read (with everything they show) and written at a time
ALL = "all"


@dataclass(frozen=True)
class Format:
    suffix: str
    media_type: str


FORMATS = {
    "jsonl": Format(".jsonl.gz", "application/gzip"),
    "akn": Format(".akn.tar.gz", "application/gzip"),
}


@dataclass(frozen=True)
class Dump:
    scope: str  # "all" or a session prefix
    format: str  # a key of FORMATS
    version: str
    sha256: str
    size: int
    resolutions: int

    @property
    def filename(self) -> str:
        return f"unga-resolutions-{self.scope}{FORMATS[self.format].suffix}"

    @property
    def path(self) -> Path:
        return Path(settings.ARCHIVE_DUMP_DIR) / self.filename


def resolutions_of(scope: str):
    """The resolutions of a scope; ValueError if it is neither "all" nor a session prefix."""
    if scope == ALL:
        return Resolution.objects.all()
    return Resolution.objects.in_session(*parse_session(scope))


def version_of(scope: str) -> str:
    summary = resolutions_of(scope).version_summary()
    described = f"{DUMP_FORMAT} {release()} {summary and (summary[0], summary[1], summary[2].isoformat())}"
    return hashlib.sha256(described.encode()).hexdigest()[:32]


def current_dump(scope: str, format: str) -> Dump:
    """The dump of `scope` in `format` as the archive is now: the one built, or a new one."""
    built = _built(scope, format)
    if built is not None and built.version == version_of(scope) and built.path.exists():
        return built
    return build_dump(scope, format)


def build_dump(scope: str, format: str) -> Dump:
    """Write the dump from one snapshot (REPEATABLE READ), into a temporary file then in its place."""
    folder = Path(settings.ARCHIVE_DUMP_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".building-", delete=False) as out:
        temporary = Path(out.name)
        try:
            outermost = not connection.in_atomic_block  # else the caller's transaction sets the snapshot
            with transaction.atomic():
                if outermost:
                    with connection.cursor() as cursor:
                        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                version = version_of(scope)
                count = WRITERS[format](out, _batches(resolutions_of(scope)))
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    dump = Dump(scope, format, version, _sha256(temporary), temporary.stat().st_size, count)
    os.replace(temporary, dump.path)
    _record(dump)
    return dump


def _batches(resolutions) -> Iterator[list[Resolution]]:
    """The resolutions in the archive's order, a batch at a time with everything their representations
    read (`for_export()`, `with_votes()`): a constant number of queries a batch. Their ids come from a
    server-side cursor, a batch at a time too, so that not even the list of ids grows with the archive."""
    ids = resolutions.values_list("pk", flat=True).iterator(chunk_size=BATCH)
    while batch := list(itertools.islice(ids, BATCH)):
        rows = {r.pk: r for r in Resolution.objects.for_export().with_votes().filter(pk__in=batch)}
        yield [rows[pk] for pk in batch]


def dump_line(resolution: Resolution) -> dict:
    """A resolution from `for_export().with_votes()` as a line of the JSON Lines dump: as `export` prints
    it, then `state_votes`, each Member State's vote in its recorded vote (code → vote, by code), and
    `separate_votes`, its votes on parts, each with its Member States' votes."""
    return {
        **export_resolution(resolution),
        "state_votes": _by_code(resolution.state_votes.all()),
        "separate_votes": [
            {
                **{name: getattr(part, name) for name in SEPARATE_VOTE_FIELDS},
                "state_votes": _by_code(part.state_votes.all()),
            }
            for part in resolution.separate_votes.all()
        ],
    }


def _by_code(votes) -> dict[str, str]:
    return {vote.member_state.code: vote.vote for vote in votes}


def _write_jsonl(out, batches) -> int:
    count = 0
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as compressed:
        for batch in batches:
            for resolution in batch:
                line = json.dumps(dump_line(resolution), cls=DjangoJSONEncoder, ensure_ascii=False)
                compressed.write(line.encode() + b"\n")
                count += 1
    return count


def _write_akn(out, batches) -> int:
    """A tar of the texts' XML, gzipped, each entry written as it comes and nothing kept: a ZIP's central
    directory (about 400 bytes a text) and `tarfile`'s list of members would grow with the archive. An
    entry is its header (`TarInfo.tobuf()`, POSIX pax), its bytes and their padding to a block; two zero
    blocks end the archive."""
    count = 0
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as compressed:
        for batch in batches:
            for resolution, text, xml in akn_documents(batch):
                entry = tarfile.TarInfo(f"{work_iri(resolution)[1:]}{Language(text.language).iso639_2}@.xml")
                entry.size, entry.mode = len(xml), 0o644
                compressed.write(entry.tobuf(tarfile.PAX_FORMAT))
                compressed.write(xml)
                compressed.write(bytes(-len(xml) % tarfile.BLOCKSIZE))
            count += len(batch)
        compressed.write(bytes(2 * tarfile.BLOCKSIZE))
    return count


WRITERS = {"jsonl": _write_jsonl, "akn": _write_akn}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _record_path(scope: str, format: str) -> Path:
    return Path(settings.ARCHIVE_DUMP_DIR) / f".unga-resolutions-{scope}.{format}.json"


def _record(dump: Dump) -> None:
    path = _record_path(dump.scope, dump.format)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(dump)), encoding="utf-8")
    os.replace(temporary, path)


def _built(scope: str, format: str) -> Dump | None:
    try:
        return Dump(**json.loads(_record_path(scope, format).read_text(encoding="utf-8")))
    except (FileNotFoundError, ValueError, TypeError):
        return None
