"""A time budget for a page's computation: the work checks it between steps and stops with `TooLong` once
the budget is spent, so an expensive comparison ends with a clear page instead of holding a worker (Python
cannot interrupt a thread from outside: the work itself must look at the clock). Pure Python."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


class TooLong(Exception):
    """The work would take longer than its budget allows."""


@dataclass
class TimeBudget:
    seconds: float
    # The largest list of tokens one comparison step may take: the step itself cannot be interrupted, and
    # its cost grows with the square of its length (a real paragraph has a few thousand tokens at most).
    max_tokens: int = 20_000
    started: float = field(default_factory=time.monotonic)

    def check(self, *sizes: int) -> None:
        """Raise TooLong if the budget is spent, or if a step on lists of `sizes` tokens is too large."""
        if any(size > self.max_tokens for size in sizes):
            raise TooLong(f"a paragraph of {max(sizes):,} tokens, over {self.max_tokens:,}")
        if time.monotonic() - self.started > self.seconds:
            raise TooLong(f"over {self.seconds:g} seconds")


UNLIMITED = TimeBudget(seconds=float("inf"), max_tokens=10**12)
