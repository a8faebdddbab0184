"""The dumps of the corpus at the benchmark's scale: each format of the whole archive, and of its largest
session, built in a process of its own, timed, with that process's peak resident memory (VmHWM, of its own
address space: `ru_maxrss` would count the benchmark's, which Linux carries over `exec`): a dump is written
a batch at a time, so its memory does not grow with what it holds."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from django.conf import settings
from django.db.models import Count

from archive.dumps import ALL, FORMATS
from archive.models import Session

from . import database

BUILD = (
    "import re, django; django.setup(); from archive.dumps import build_dump; "
    "d = build_dump({scope!r}, {format!r}); "
    "peak = re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read())[1]; "
    "print(d.size, d.resolutions, peak)"
)


def measure(name: str) -> dict:
    largest = Session.objects.annotate(n=Count("resolutions")).order_by("-n").first()
    scopes = [ALL] + ([largest.symbol_prefix] if largest else [])
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-dumps-") as folder:
        env = os.environ | {
            "DATABASE_URL": database.url(name),
            "DJANGO_SECRET_KEY": settings.SECRET_KEY,
            "DJANGO_SETTINGS_MODULE": "archive.settings",
            "ARCHIVE_DUMP_DIR": folder,
        }
        for scope in scopes:
            for format in FORMATS:
                results[f"{scope} {format}"] = _build(env, scope, format)
    return results


def _build(env: dict, scope: str, format: str) -> dict:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", BUILD.format(scope=scope, format=format)], env=env, stdout=subprocess.PIPE
    )
    output, _ = child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"building the {format} dump of {scope} failed")
    seconds = time.perf_counter() - started
    size, resolutions, peak_kb = map(int, output.decode().split())
    return {
        "seconds": round(seconds, 1),
        "resolutions": resolutions,
        "resolutions_per_second": round(resolutions / seconds, 1),
        "bytes": size,
        "peak_rss_mib": round(peak_kb / 1024, 1),
    }
