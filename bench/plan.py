"""The General Assembly's real session structure, and how many resolutions each session gets.

Regular sessions 1-80, special sessions S-1 to S-32 and emergency special sessions ES-1 to ES-11,
weighted as the Assembly's output was (about 118 resolutions a session before 1976, numbered serially
across sessions, 320 after). `scale` resolutions are shared out in proportion; sessions left without
any are not created.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive.parser.document import SessionRef, Symbol
from archive.parser.symbols import format_symbol

MODERN_NUMBERING_FROM = 1976  # the 31st session: "31/1" instead of "3363 (XXX)"
SPECIAL_YEARS = (1947, 1948, 1961, 1963, 1967, 1974, 1975, 1978, 1978, 1980, 1980, 1982, 1986, 1986, 1988,
                 1989, 1989, 1990, 1997, 1999, 1999, 2000, 2000, 2001, 2001, 2001, 2002, 2005, 2016,
                 2019, 2020, 2021)  # fmt: skip
EMERGENCY_YEARS = (1956, 1956, 1958, 1960, 1967, 1980, 1980, 1981, 1982, 1997, 2022)
EMERGENCY_WEIGHTS = (5, 5, 5, 5, 5, 5, 5, 5, 5, 60, 10)


@dataclass(frozen=True)
class SessionPlan:
    id: int
    kind: str
    number: int
    start_year: int
    end_year: int
    resolutions: int

    @property
    def old_era(self) -> bool:
        return self.start_year < MODERN_NUMBERING_FROM


@dataclass(frozen=True)
class ResolutionPlan:
    id: int
    session: SessionPlan
    number: int
    symbol: str

    @property
    def short_symbol(self) -> str:
        """The symbol as texts print it: "58/199", "ES-10/19", "217 (III)"."""
        rest = self.symbol.removeprefix("A/RES/")
        return rest.replace("(", " (") if self.session.old_era else rest


def _weighted_sessions() -> list[tuple[str, int, int, int]]:
    """(kind, number, start year, weight) for every session, in chronological order."""
    years = {n: 1945 + n for n in range(1, 81)}
    sessions = [
        ("regular", n, year, 118 if year < MODERN_NUMBERING_FROM else 320) for n, year in years.items()
    ]
    sessions += [("special", n, year, 15) for n, year in enumerate(SPECIAL_YEARS, 1)]
    sessions += [
        ("emergency", n, year, weight)
        for n, (year, weight) in enumerate(zip(EMERGENCY_YEARS, EMERGENCY_WEIGHTS, strict=True), 1)
    ]
    return sorted(sessions, key=lambda s: (s[2], s[0] != "regular", s[1]))


def apportion(total: int, weights: list[int]) -> list[int]:
    """`total` shared in proportion to `weights`, by largest remainder (the shares add up to `total`)."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    shares = [int(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (exact[i] - shares[i], -i), reverse=True)
    for i in by_remainder[: total - sum(shares)]:
        shares[i] += 1
    return shares


def plan_sessions(scale: int) -> list[SessionPlan]:
    weighted = _weighted_sessions()
    shares = apportion(scale, [w for *_, w in weighted])
    plans = []
    for (kind, number, year, _), count in zip(weighted, shares, strict=True):
        if count:
            end_year = year + 1 if kind == "regular" else year
            plans.append(SessionPlan(len(plans) + 1, kind, number, year, end_year, count))
    return plans


def plan_resolutions(sessions: list[SessionPlan]) -> list[ResolutionPlan]:
    """Every session's resolutions, oldest first; numbers before 1976 run on across sessions."""
    plans: list[ResolutionPlan] = []
    serial = 0
    for session in sessions:
        number = serial if session.old_era else 0
        for _ in range(session.resolutions):
            number += 1
            plans.append(ResolutionPlan(len(plans) + 1, session, number, _symbol(session, number)))
        if session.old_era:
            serial = number
    return plans


def _symbol(session: SessionPlan, number: int) -> str:
    ref = SessionRef(session.kind, session.number)
    return format_symbol(Symbol(session=ref, number=number, old_era=session.old_era))
