"""What a symbol typed in a URL or the search box means: its canonical spelling, or why it is not one,
and the existing symbols nearest to it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.messages import MessageError
from archive.models import Resolution, Session
from archive.parser.symbols import parse_symbol
from archive.services.errors import message_of


@dataclass(frozen=True)
class Understood:
    asked: str
    canonical: str | None = None
    session_kind: str | None = None
    session_number: int | None = None
    number: int | None = None
    problem: str = ""  # why `asked` is not a symbol

    @property
    def session(self) -> Session | None:
        """The session the symbol names, unsaved: for its label ("27th special session")."""
        if self.session_number is None:
            return None
        return Session(kind=self.session_kind, number=self.session_number)


def understand(text: str) -> Understood:
    try:
        symbol = parse_symbol(text)
    except MessageError as exc:
        numbers = [int(n) for n in re.findall(r"\d+", text)[:2]]
        guess = dict(zip(("session_number", "number"), numbers, strict=False))
        return Understood(
            asked=text, problem=message_of(exc), session_kind="regular" if numbers else None, **guess
        )
    return Understood(
        asked=text,
        canonical=symbol.canonical,
        session_kind=symbol.session.kind,
        session_number=symbol.session.number,
        number=symbol.number,
    )


def nearest_symbols(understood: Understood, limit: int = 5) -> list[str]:
    """Symbols in the archive from the same session, nearest in number first (one query, or none)."""
    if understood.session_number is None:
        return []
    return list(
        Resolution.objects.nearest(
            understood.session_kind, understood.session_number, understood.number, limit
        ).values_list("symbol", flat=True)
    )
