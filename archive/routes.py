"""Paths of the site's routes as `reverse` gives them, each route reversed once per process.

A page of the API's list links 50 resolutions twice, a long text links the resolutions it cites and their
previews, a Member State's page its votes' resolutions: a reversal costs 20-100 µs (the namespaces, the
active language, the pattern checked), and most symbols are new to a process when their page is first
rendered. So a route is reversed once for each value of its other arguments (a language, an eId), with its
symbol left open, and each symbol is quoted into it as `reverse` quotes an argument."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from django.utils.http import RFC3986_SUBDELIMS

# Stands for the symbol while a route is reversed: matches every route's symbol (some require A/RES/), and
# is left as it is by quoting.
_SLOT = "A/RES/symbol-slot"
_SAFE = RFC3986_SUBDELIMS + "/~:@"  # what `reverse` leaves unquoted in a path


def route_path(name: str, symbol: str | None = None, **kwargs) -> str:
    """`reverse(name, kwargs={"symbol": symbol, **kwargs})` (without "symbol" when None)."""
    before, after = _route(get_script_prefix(), name, symbol is not None, tuple(kwargs.items()))
    return before if symbol is None else before + quote(symbol, safe=_SAFE) + after


@lru_cache(maxsize=4096)  # routes by their arguments other than the symbol: languages, eIds, sessions
def _route(script_prefix: str, name: str, has_symbol: bool, kwargs: tuple) -> tuple[str, str]:
    if not has_symbol:
        return reverse(name, kwargs=dict(kwargs)), ""
    before, _, after = reverse(name, kwargs={"symbol": _SLOT, **dict(kwargs)}).partition(_SLOT)
    return before, after
