"""Uploads kept between the ingestion preview and the editor's answer, without database rows: one folder
per batch under ARCHIVE_STAGING_DIR, named by a random token that only the uploading session holds. A file
is removed once confirmed (stored or refused), a batch once cancelled, and any batch after a day."""

from __future__ import annotations

import json
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

SESSION_KEY = "archive_ingest_batches"
MAX_AGE_SECONDS = 24 * 3600
TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")


@dataclass
class Batch:
    token: str
    folder: Path
    names: list[str]
    language: str | None
    symbol: str | None

    def remaining(self) -> list[int]:
        return [i for i in range(len(self.names)) if self._file(i).exists()]

    def read(self, index: int) -> bytes:
        return self._file(index).read_bytes()

    def discard(self, request, index: int) -> None:
        self._file(index).unlink(missing_ok=True)
        if not self.remaining():
            self.discard_all(request)

    def discard_all(self, request) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        request.session[SESSION_KEY] = [t for t in request.session.get(SESSION_KEY, []) if t != self.token]

    def _file(self, index: int) -> Path:
        return self.folder / f"{index}.bin"


def stage(request, files: list[tuple[str, bytes]], *, language: str | None, symbol: str | None) -> Batch:
    _remove_stale()
    token = secrets.token_urlsafe(16)
    folder = Path(settings.ARCHIVE_STAGING_DIR) / token
    folder.mkdir(parents=True)
    for index, (_, data) in enumerate(files):
        (folder / f"{index}.bin").write_bytes(data)
    manifest = {"names": [name for name, _ in files], "language": language, "symbol": symbol}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, []), token]
    return Batch(token, folder, **manifest)


def staged(request, token: str) -> Batch | None:
    """The batch `token` if this session staged it and it is still waiting."""
    if not TOKEN.fullmatch(token) or token not in request.session.get(SESSION_KEY, []):
        return None
    folder = Path(settings.ARCHIVE_STAGING_DIR) / token
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Batch(token, folder, **manifest)


def _remove_stale() -> None:
    root = Path(settings.ARCHIVE_STAGING_DIR)
    if not root.exists():
        return
    cutoff = time.time() - MAX_AGE_SECONDS
    for folder in root.iterdir():
        if folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
