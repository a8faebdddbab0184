"""The release a deployment serves, for ETags and cache keys: `ARCHIVE_RELEASE` if set, else a hash of the
code, templates and static files, so that a new deploy never answers 304 for a page it renders differently."""

from __future__ import annotations

import hashlib
from pathlib import Path

SOURCES = ("archive", "api", "templates", "static")
SUFFIXES = {".py", ".html", ".css", ".js", ".json", ".po", ".mo"}


def code_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for folder in SOURCES:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
