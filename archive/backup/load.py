"""Restore a dump into an empty database, in one transaction: all of it, or nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from django.core import serializers
from django.core.management.color import no_style
from django.db import DataError, IntegrityError, connection, transaction

from .layout import (
    FORMAT,
    MANIFEST,
    SEEDED,
    SIGNATURE,
    SOURCES,
    VERSION,
    BackupError,
    dumped_models,
    file_name,
    label,
    schema_migrations,
    sha256_of,
    signed_by_this_site,
    source_path,
)


def load(folder: Path) -> dict:
    """Load the dump in `folder`; return its manifest. Raises BackupError (and writes nothing) if the dump
    is damaged or of another format or schema, or if the database holds data already."""
    manifest = read_manifest(folder)
    models = dumped_models()
    check_database_empty(models)
    with transaction.atomic():
        for model in models:
            if label(model) in SEEDED:
                model._base_manager.all().delete()
        for model in models:
            _load_rows(folder, model, manifest["files"][file_name(model)]["rows"])
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
            try:  # check the references now, inside the transaction, not at its commit
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            except IntegrityError as exc:
                raise BackupError(f"the dump's rows do not refer to each other consistently: {exc}") from None
    return manifest


def read_manifest(folder: Path) -> dict:
    """The dump's manifest, once the folder holds plain files only, the manifest is signed with this site's
    secret key, and each file is the manifest's (model, checksum); else BackupError saying why."""
    if not (folder / MANIFEST).is_file() and not (folder / MANIFEST).is_symlink():
        raise BackupError(f"{folder} is not a dump: it has no {MANIFEST}")
    check_plain_files(folder)
    manifest_bytes = (folder / MANIFEST).read_bytes()
    try:
        signature = (folder / SIGNATURE).read_text(encoding="ascii")
    except (FileNotFoundError, UnicodeDecodeError):
        signature = ""
    if not signed_by_this_site(manifest_bytes, signature):
        raise BackupError(
            f"{folder / MANIFEST} is not signed with this site's secret key (DJANGO_SECRET_KEY): the dump "
            "was changed, or made by another site; load it where DJANGO_SECRET_KEY (or one of "
            "DJANGO_SECRET_KEY_FALLBACKS) is the key of the site that made it"
        )
    try:
        manifest = json.loads(manifest_bytes)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BackupError(f"{folder / MANIFEST} is not valid JSON: {exc}") from None
    if (manifest.get("format"), manifest.get("version")) != (FORMAT, VERSION):
        raise BackupError(
            f"{folder} holds format {manifest.get('format')!r} version {manifest.get('version')!r}; "
            f"this archive reads {FORMAT!r} version {VERSION}"
        )
    current = schema_migrations()
    if manifest["migrations"] != current:
        raise BackupError(
            f"the dump was made at migrations {manifest['migrations']}, this database is at {current}: "
            "load it into a database migrated to the same state"
        )
    expected = {file_name(model) for model in dumped_models()}
    if set(manifest["files"]) != expected:
        raise BackupError(f"the dump's files {sorted(manifest['files'])} are not those of {sorted(expected)}")
    for name, entry in manifest["files"].items():
        path = folder / name
        if entry.get("model") != name.removesuffix(".jsonl"):
            raise BackupError(f"the manifest says {name} holds rows of {entry.get('model')!r}: refused")
        if not path.is_file() or sha256_of(path) != entry["sha256"]:
            raise BackupError(f"{path} is missing or damaged (its SHA-256 is not the manifest's)")
    return manifest


def check_plain_files(folder: Path) -> None:
    """A dump is a folder of regular files and its sources folder: a symbolic link (to /dev/zero, to a
    file elsewhere) or a device is refused before anything is read."""
    if folder.is_symlink() or not folder.is_dir():
        raise BackupError(f"{folder} is not a folder")
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            raise BackupError(f"{path} is a symbolic link: a dump holds plain files only")
        if path.is_dir() and path == folder / SOURCES:
            continue
        if not path.is_file():
            raise BackupError(f"{path} is not a plain file: a dump holds plain files only")


def check_database_empty(models) -> None:
    held = [
        f"{label(model)}: {count}"
        for model in models
        if label(model) not in SEEDED and (count := model._base_manager.count())
    ]
    if held:
        raise BackupError(
            f"the database is not empty (it holds {', '.join(held)}): "
            "load_archive loads into an empty database only (a new one, after migrate)"
        )


BATCH = 1000  # rows inserted by one statement (under PostgreSQL's 65,535 parameters up to 65 columns)


def _load_rows(folder: Path, model, expected_rows: int) -> None:
    """The rows of `model`'s file, each of that model (a row of another model, such as a user hidden in a
    table's file, is refused), as many as the manifest says; inserted BATCH rows a statement (rows with
    many-to-many links, a user's groups, one by one with their links)."""
    name = file_name(model)
    number = 0
    batch: list = []
    with (folder / name).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            obj = _row(name, model, number, line)
            if label(model) == "archive.resolutiontext":
                obj.object.source_bytes = _source(folder, obj.object)
            if obj.m2m_data:
                _insert(name, model, [obj], number)
            else:
                batch.append(obj)
            if len(batch) == BATCH:
                _insert(name, model, batch, number)
                batch = []
    _insert(name, model, batch, number)
    if number != expected_rows:
        raise BackupError(f"{name} holds {number} rows, the manifest {expected_rows}")


def _row(name: str, model, number: int, line: str):
    try:
        row = json.loads(line)
        held = row.get("model") if isinstance(row, dict) else None
        if held != label(model):
            raise ValueError(f"a row of {held or 'nothing'}, not of {label(model)}: refused")
        [obj] = serializers.deserialize("python", [row], handle_forward_references=False)
    except (ValueError, TypeError, LookupError, serializers.base.DeserializationError) as exc:
        raise BackupError(f"{name}, line {number}: {exc}") from None
    return obj


def _insert(name: str, model, objs: list, last_line: int) -> None:
    """Insert deserialised rows as they are (raw, as a fixture's rows: no signals, no auto_now), naming their
    lines if refused."""
    if not objs:
        return
    lines = f"line {last_line}" if len(objs) == 1 else f"lines {last_line - len(objs) + 1}-{last_line}"
    try:
        with transaction.atomic():
            if len(objs) == 1 and objs[0].m2m_data:
                objs[0].save(force_insert=True)
            else:  # as Model.save_base(raw=True) inserts one row: the dump's values, auto_now's too
                fields = model._meta.local_concrete_fields
                model._base_manager._insert([obj.object for obj in objs], fields=fields, raw=True)
    except (IntegrityError, DataError) as exc:
        raise BackupError(f"{name}, {lines}: {exc}") from None


def _source(folder: Path, text) -> bytes:
    path = folder / source_path(text.source_sha256, text.source_name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BackupError(f"the source of {text.source_name} is missing: {path}") from None
    if hashlib.sha256(data).hexdigest() != text.source_sha256:
        raise BackupError(f"{path} is damaged: its SHA-256 is not the text's source_sha256")
    return data
