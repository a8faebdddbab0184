"""How many comparisons (/compare) one worker process computes at once: ARCHIVE_COMPARE_SLOTS. gunicorn's
gthread worker serves several requests on threads that share one interpreter lock, so each comparison
computed beside another slows both, and every page the process serves meanwhile. Past its slots a
comparison is refused at once (`Busy`: the page answers 503 with Retry-After), never queued: a request
waiting for a slot would hold one of the worker's few threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings


class Busy(Exception):
    """Every comparison slot of this process is taken."""


_semaphores: dict[int, threading.BoundedSemaphore] = {}  # by number of slots (a test may change it)
_creating = threading.Lock()


@contextmanager
def compare_slot() -> Iterator[None]:
    """One of this process's ARCHIVE_COMPARE_SLOTS for the `with` block. Raises Busy when all are taken."""
    count = settings.ARCHIVE_COMPARE_SLOTS
    with _creating:
        semaphore = _semaphores.setdefault(count, threading.BoundedSemaphore(count))
    if not semaphore.acquire(blocking=False):
        raise Busy
    try:
        yield
    finally:
        semaphore.release()
