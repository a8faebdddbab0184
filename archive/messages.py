"""Messages for the person who supplied an input, written where a module without Django finds the
problem (the PDF reader) and translated where Django shows it (`archive.services.errors.translated`):
a template marked with `gettext_noop`, whose name `makemessages` looks for, and its parameters."""

from __future__ import annotations


def gettext_noop(template: str) -> str:
    return template


def in_english(template: str, params: dict) -> str:
    """The message as written, its whole numbers grouped by thousands: "the PDF has 2,000 pages"."""
    return template % {
        name: f"{value:,}" if isinstance(value, int) else value for name, value in params.items()
    }
