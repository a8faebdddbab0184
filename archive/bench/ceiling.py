"""The ceiling a page is measured against: the same page's bytes as a static file, served by WhiteNoise
from STATIC_ROOT in the same gunicorn (WhiteNoise finds the files there when a worker starts)."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

FOLDER = "bench"


@contextmanager
def static_copy(content: bytes, name: str = "page.html"):
    """Write `content` under STATIC_ROOT for as long as the block lasts; yield its URL path."""
    folder = Path(settings.STATIC_ROOT) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    try:
        yield f"/{settings.STATIC_URL.strip('/')}/{FOLDER}/{name}"
    finally:
        shutil.rmtree(folder)
