"""Restore a dump into an empty database, in one transaction: all of it, or nothing.

The archive's tables are read with PostgreSQL's COPY, one statement a table, each value converted by its
model field as Django's deserializer converts it (`to_python`, then `get_db_prep_save`); the accounts'
rows, which refer to groups, permissions and content types by natural keys, by Django's deserializer, a
statement per 1,000 rows. The archive tables' indexes (but their primary keys' and unique constraints') and
foreign keys are made again once their rows are in (`deferred`), the accounts' foreign keys checked then.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import psycopg
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, DataError, IntegrityError, connection, connections, transaction

from .deferred import indexes_and_foreign_keys_after
from .layout import (
    FORMAT,
    MANIFEST,
    SEEDED,
    SIGNATURE,
    SOURCES,
    VERSION,
    BackupError,
    dumped_fields,
    dumped_models,
    file_name,
    label,
    schema_migrations,
    sha256_of,
    signed_by_this_site,
    source_path,
    uses_natural_keys,
)


def load(folder: Path) -> dict:
    """Load the dump in `folder`; return its manifest. Raises BackupError (and writes nothing) if the dump
    is damaged or of another format or schema, or if the database holds data already."""
    manifest = read_manifest(folder)
    models = dumped_models()
    check_database_empty(models)
    tables = [model._meta.db_table for model in models if copied(model)]
    with transaction.atomic():
        with connection.cursor() as cursor, indexes_and_foreign_keys_after(tables):
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for model in models:
                if label(model) in SEEDED:
                    model._base_manager.all().delete()
            for model in models:
                name = file_name(model)
                rows = _copy_rows(folder, model) if copied(model) else _insert_rows(folder, model)
                if rows != manifest["files"][name]["rows"]:
                    expected = manifest["files"][name]["rows"]
                    raise BackupError(f"{name} holds {rows} rows, the manifest {expected}")
            try:  # the accounts' references, checked now (a table with checks pending cannot be altered)
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            except IntegrityError as exc:
                raise BackupError(f"the dump's rows do not refer to each other consistently: {exc}") from None
        with connection.cursor() as cursor:  # last: a rollback does not take back where a sequence was set
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
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


def copied(model) -> bool:
    """Whether `model`'s rows are loaded with COPY: all but those with natural keys or many-to-many links."""
    return not uses_natural_keys(model) and not model._meta.many_to_many


def _copy_rows(folder: Path, model) -> int:
    """COPY the rows of `model`'s file into its table; return how many. A row of another model (such as a
    user hidden in a table's file), a field more or less than the model's, or a value its field or its
    column refuses is refused, naming its line."""
    name = file_name(model)
    fields = [field for field in dumped_fields(model) if field.serialize]  # the primary key is "pk"
    converted = [model._meta.pk, *fields]
    with_source = label(model) == "archive.resolutiontext"
    columns = [*converted, model._meta.get_field("source_bytes")] if with_source else converted
    column_list = ", ".join(connection.ops.quote_name(field.column) for field in columns)
    table = connection.ops.quote_name(model._meta.db_table)
    database = connections[DEFAULT_DB_ALIAS]  # not `connection`, a proxy that looks it up at each use
    number = 0
    try:
        with (
            (folder / name).open(encoding="utf-8") as lines,
            connection.cursor() as cursor,
            cursor.copy(f"COPY {table} ({column_list}) FROM STDIN") as copy,
        ):
            for number, line in enumerate(lines, start=1):
                data = _fields(name, model, number, line, fields)
                values = [_value(name, number, field, data[field.name], database) for field in converted]
                if with_source:
                    values.append(_source(folder, name, number, data))
                copy.write_row(values)
    except psycopg.Error as exc:
        raise BackupError(
            f"{name}, {_copy_position(exc, number)}: {exc.diag.message_primary or exc}"
        ) from None
    return number


def _parsed(name: str, model, number: int, line: str) -> dict:
    """A line of `model`'s file as a row of that model: a row of another model (such as a user hidden in a
    table's file) is refused."""
    try:
        row = json.loads(line)
    except ValueError as exc:
        raise BackupError(f"{name}, line {number}: {exc}") from None
    held = row.get("model") if isinstance(row, dict) else None
    if held != label(model):
        raise BackupError(
            f"{name}, line {number}: a row of {held or 'nothing'}, not of {label(model)}: refused"
        )
    return row


def _fields(name: str, model, number: int, line: str, fields: list) -> dict:
    """The row's values by field name, its primary key's included."""
    row = _parsed(name, model, number, line)
    values = row.get("fields")
    names = {field.name for field in fields}
    if not isinstance(values, dict) or values.keys() != names or "pk" not in row:
        raise BackupError(
            f"{name}, line {number}: a row of {label(model)} has a primary key (pk) and the fields "
            f"{', '.join(sorted(names))}, no more, no fewer"
        )
    return {**values, model._meta.pk.name: row["pk"]}


def _value(name: str, number: int, field, value, database):
    """The column's value of a field's serialised value, as Django's deserializer reads it."""
    try:
        return field.get_db_prep_save(field.to_python(value), database)
    except ValidationError as exc:
        raise BackupError(f"{name}, line {number}, {field.name}: {' '.join(exc.messages)}") from None
    except (TypeError, ValueError) as exc:  # a value of another JSON type: a list for a date…
        raise BackupError(
            f"{name}, line {number}, {field.name}: {value!r:.80} is not a value of it ({exc})"
        ) from None


def _copy_position(exc: psycopg.Error, number: int) -> str:
    """Where PostgreSQL refused a row: "line 12, column body" (COPY counts lines as the file does); the line
    being sent when psycopg refused a value itself."""
    found = re.search(r"\bline (\d+)(?:, column (\w+))?", exc.diag.context or "")
    if not found:
        return f"line {number}"
    return f"line {found[1]}" + (f", column {found[2]}" if found[2] else "")


def _insert_rows(folder: Path, model) -> int:
    """The rows of `model`'s file, through Django's deserializer, BATCH rows a statement (rows with
    many-to-many links, a user's groups, one by one with their links); return how many."""
    name = file_name(model)
    number = 0
    batch: list = []
    with (folder / name).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            obj = _row(name, model, number, line)
            if obj.m2m_data:
                _insert(name, model, [obj], number)
            else:
                batch.append(obj)
            if len(batch) == BATCH:
                _insert(name, model, batch, number)
                batch = []
    _insert(name, model, batch, number)
    return number


BATCH = 1000  # rows inserted by one statement (under PostgreSQL's 65,535 parameters up to 65 columns)


def _row(name: str, model, number: int, line: str):
    row = _parsed(name, model, number, line)
    try:
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


SHA256 = re.compile(r"[0-9a-f]{64}")


def _source(folder: Path, name: str, number: int, text: dict) -> bytes:
    """The text's source file, once its SHA-256 is the text's `source_sha256`."""
    sha256, source_name = text["source_sha256"], text["source_name"]
    if not (isinstance(sha256, str) and SHA256.fullmatch(sha256) and isinstance(source_name, str)):
        raise BackupError(f"{name}, line {number}: source_sha256 is not a SHA-256 (64 hexadecimal digits)")
    path = folder / source_path(sha256, source_name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BackupError(f"the source of {source_name} is missing: {path}") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise BackupError(f"{path} is damaged: its SHA-256 is not the text's source_sha256")
    return data
