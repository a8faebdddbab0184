"""The ceiling a page is measured against: the same page's bytes as a static file, served by WhiteNoise
from STATIC_ROOT in the same gunicorn (WhiteNoise finds the files there when a worker starts), and the
ratios of a scenario's throughput to it, measured in rounds: on a shared machine the throughput drifts
over a minute by more than the differences measured, and a round measures both back to back."""

from __future__ import annotations

import shutil
import statistics
from collections.abc import Mapping, Sequence
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


def ratio(rounds: Sequence[Mapping[str, float]], scenario: str, ceiling: str) -> dict:
    """`scenario`'s throughput over `ceiling`'s, from rounds of requests per second by scenario name: the
    median of the rounds' ratios, and the lowest and highest."""
    ratios = sorted(round_[scenario] / round_[ceiling] for round_ in rounds)
    return {
        "median": round(statistics.median(ratios), 3),
        "lowest": round(ratios[0], 3),
        "highest": round(ratios[-1], 3),
    }
