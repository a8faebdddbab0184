"""What a dump holds and where: the models, their files, the sources folder, the manifest."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from django.apps import apps
from django.core import signing
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Field, Model

FORMAT = "unga-archive-dump"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.sig"  # the manifest's SHA-256, signed with the site's secret key
SIGNING_SALT = "archive.backup.manifest"
SOURCES = "sources"
SAFE_SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")

# Accounts and the admin's log before the archive: users' groups and permissions and the log's content
# types are written as natural keys (names), which must exist when a row is read. API tokens are dumped
# with the archive as their SHA-256 only (`archive.apitoken`): no key is in a file.
ACCOUNT_MODELS = ["auth.group", "auth.user", "admin.logentry"]
# Rows the migrations create (the Member States, the Editors group): a dump's rows replace them.
SEEDED = {"archive.memberstate", "auth.group"}
# Columns a table's file leaves out.
EXCLUDED_FIELDS = {
    "archive.resolutiontext": {"source_bytes"},  # kept as files in sources/
    # Content versions start again at a load (its responses are new to every cache); transaction ids are
    # those of the database loaded into (the change feed's order: a feed follows one database).
    "archive.resolution": {"content_version", "content_changed_at", "created_xid", "content_changed_xid"},
    "archive.resolutiondeletion": {"deleted_xid"},
}


class BackupError(Exception):
    """A dump that cannot be written or loaded; the message says why."""


def label(model: type[Model]) -> str:
    return model._meta.label_lower


def dumped_models() -> list[type[Model]]:
    """Accounts, then every table of the archive (history tables included), each after the tables it
    refers to."""
    archive = [m for m in apps.get_app_config("archive").get_models() if m._meta.managed]
    return [apps.get_model(name) for name in ACCOUNT_MODELS] + _referred_first(sorted(archive, key=label))


def _referred_first(models: list[type[Model]]) -> list[type[Model]]:
    ordered: list[type[Model]] = []
    seen: set[type[Model]] = set()

    def visit(model):
        if model in seen:
            return
        seen.add(model)
        for field in model._meta.concrete_fields:
            target = field.related_model if field.many_to_one or field.one_to_one else None
            if target in models and target is not model:
                visit(target)
        ordered.append(model)

    for model in models:
        visit(model)
    return ordered


def dumped_fields(model: type[Model]) -> list[Field]:
    """The fields a row of `model` is written with (many-to-many links included)."""
    excluded = EXCLUDED_FIELDS.get(label(model), set())
    return [f for f in model._meta.concrete_fields + model._meta.many_to_many if f.name not in excluded]


def uses_natural_keys(model: type[Model]) -> bool:
    return label(model) in ACCOUNT_MODELS


def file_name(model: type[Model]) -> str:
    return f"{label(model)}.jsonl"


def source_path(sha256: str, source_name: str) -> str:
    """Where a text's source is kept, relative to the dump: named by its content, with its suffix."""
    suffix = Path(source_name).suffix.lower()
    if not SAFE_SUFFIX.fullmatch(suffix):
        suffix = ""
    return f"{SOURCES}/{sha256}{suffix}"


def schema_migrations() -> dict[str, str]:
    """The last migration applied to each app whose rows a dump holds."""
    applied = MigrationRecorder(connection).applied_migrations()
    app_labels = sorted({model._meta.app_label for model in dumped_models()})
    return {app: max(name for a, name in applied if a == app) for app in app_labels}


def private_file(path, flags):
    """`open(..., opener=private_file)`: a dump's files are created readable by their owner only (0600):
    they hold password hashes and the history of every edit."""
    return os.open(path, flags, 0o600)


def sign(manifest_bytes: bytes) -> str:
    return signing.Signer(salt=SIGNING_SALT).sign(hashlib.sha256(manifest_bytes).hexdigest())


def signed_by_this_site(manifest_bytes: bytes, signature: str) -> bool:
    """Whether `signature` is this site's (DJANGO_SECRET_KEY, or a key of SECRET_KEY_FALLBACKS) for it."""
    try:
        return (
            signing.Signer(salt=SIGNING_SALT).unsign(signature.strip())
            == hashlib.sha256(manifest_bytes).hexdigest()
        )
    except signing.BadSignature:
        return False


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
