"""Write the archive to a folder, from one consistent snapshot of the database."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.python import Serializer
from django.db import connection, transaction

from archive.models import ResolutionText

from .layout import (
    FORMAT,
    MANIFEST,
    SIGNATURE,
    SOURCES,
    VERSION,
    BackupError,
    dumped_fields,
    dumped_models,
    file_name,
    label,
    private_file,
    schema_migrations,
    sha256_of,
    sign,
    source_path,
    uses_natural_keys,
)

BATCH = 2000


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, but times keep their microseconds: Django's cuts them to milliseconds, so that a
    timestamp such as 17:22:17.000345 came back as 17:22:17 and the next dump differed."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        return super().default(o)


def dump(folder: Path) -> dict:
    """Write the dump into `folder` (new or empty), readable by its owner only; return its manifest."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BackupError(f"{folder} is not an empty folder: dump into a new or empty one")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    (folder / SOURCES).mkdir(mode=0o700)
    outermost = not connection.in_atomic_block  # else the caller's transaction sets the snapshot
    with transaction.atomic():
        if outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        files = {file_name(model): _write_rows(model, folder / file_name(model)) for model in dumped_models()}
        sources = _write_sources(folder)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "migrations": schema_migrations(),
            "files": files,
            "sources": sources,
        }
    manifest_bytes = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
    with open(folder / MANIFEST, "wb", opener=private_file) as out:
        out.write(manifest_bytes)
    with open(folder / SIGNATURE, "w", encoding="ascii", opener=private_file) as out:
        out.write(sign(manifest_bytes) + "\n")
    return manifest


def _write_rows(model, path: Path) -> dict:
    fields = [field.name for field in dumped_fields(model)]
    natural = uses_natural_keys(model)
    rows = 0
    with open(path, "w", encoding="utf-8", newline="\n", opener=private_file) as out:
        objects = model._base_manager.order_by("pk").iterator(chunk_size=BATCH)
        for batch in _batches(objects):
            for row in Serializer().serialize(batch, fields=fields, use_natural_foreign_keys=natural):
                out.write(json.dumps(row, cls=ExactJSONEncoder, ensure_ascii=False, sort_keys=True) + "\n")
                rows += 1
    return {"model": label(model), "rows": rows, "sha256": sha256_of(path)}


def _write_sources(folder: Path) -> dict:
    count = size = 0
    texts = ResolutionText.objects.only("source_bytes", "source_sha256", "source_name").order_by("pk")
    for text in texts.iterator(chunk_size=100):
        data = bytes(text.source_bytes)
        path = folder / source_path(text.source_sha256, text.source_name)
        if not path.exists():  # texts with the same source share its file
            with open(path, "wb", opener=private_file) as out:
                out.write(data)
            count += 1
            size += len(data)
    return {"files": count, "bytes": size}


def _batches(objects):
    batch = []
    for obj in objects:
        batch.append(obj)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
