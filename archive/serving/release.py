"""The release a deployment serves, part of every ETag and cache key, so that a new deploy never answers
304 for a page it renders differently: `ARCHIVE_RELEASE` if set, else a hash of the code, templates and
static files, computed once per process on first use (about 50 ms; never when settings are imported)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("archive", "api", "templates", "static")
SUFFIXES = {".py", ".html", ".css", ".js", ".json", ".po", ".mo"}


def release() -> str:
    return settings.ARCHIVE_RELEASE or code_hash()


@cache
def code_hash() -> str:
    digest = hashlib.sha256()
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
