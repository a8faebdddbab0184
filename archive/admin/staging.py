"""Uploads kept between the ingestion preview and the editor's answer, without database rows: one folder
per batch under ARCHIVE_STAGING_DIR, named by a random token that only the uploading session holds. A file
is removed once confirmed (stored or refused), a batch once cancelled, and any batch after a day. The staging
area holds at most ARCHIVE_STAGING_QUOTA_BYTES; a batch that would pass it, or that the disk cannot hold, is
refused with `StagingFull` and leaves no folder behind."""

from __future__ import annotations

import json
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext

SESSION_KEY = "archive_ingest_batches"
MAX_AGE_SECONDS = 24 * 3600
TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")


class StagingFull(Exception):
    """The upload cannot be kept for the preview; the message is for the editor."""


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
    """Keep the files for the preview. Raises StagingFull (nothing kept) past the quota or a full disk."""
    _remove_stale()
    size = sum(len(data) for _, data in files)
    if _staged_bytes() + size > settings.ARCHIVE_STAGING_QUOTA_BYTES:
        raise StagingFull(
            gettext(
                "Uploads waiting for confirmation already fill the staging area (%(quota)s bytes): confirm "
                "or cancel them, or upload fewer files at a time."
            )
            % {"quota": f"{settings.ARCHIVE_STAGING_QUOTA_BYTES:,}"}
        )
    token = secrets.token_urlsafe(16)
    folder = Path(settings.ARCHIVE_STAGING_DIR) / token
    manifest = {"names": [name for name, _ in files], "language": language, "symbol": symbol}
    try:
        folder.mkdir(parents=True)
        for index, (_, data) in enumerate(files):
            (folder / f"{index}.bin").write_bytes(data)
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    except OSError as exc:  # a full disk (ENOSPC), a quota of the file system, a read-only volume
        shutil.rmtree(folder, ignore_errors=True)
        raise StagingFull(
            gettext("The upload could not be kept for the preview (%(reason)s): nothing was saved.")
            % {"reason": exc.strerror or exc}
        ) from None
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


def _staged_bytes() -> int:
    root = Path(settings.ARCHIVE_STAGING_DIR)
    return sum(path.stat().st_size for path in root.glob("*/*") if path.is_file()) if root.exists() else 0


def _remove_stale() -> None:
    root = Path(settings.ARCHIVE_STAGING_DIR)
    if not root.exists():
        return
    cutoff = time.time() - MAX_AGE_SECONDS
    for folder in root.iterdir():
        if folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
