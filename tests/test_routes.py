"""A route's path from `archive.routes.route_path` is the one `reverse` gives, whatever the symbol."""

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix
from hypothesis import given
from hypothesis import strategies as st

from archive.routes import route_path

ROUTES = [
    ("pages:resolution", {}),
    ("pages:resolution-in", {"lang": "fr"}),
    ("pages:resolution-text", {"lang": "ar", "text": "zh"}),
    ("pages:changelog", {}),
    ("api:resolution-detail", {}),
    ("api:resolution-json", {}),
    ("api:paragraph-detail", {"eid": "annex_1__para_2"}),
]
# Any symbol a route's pattern accepts: printable characters of every script, spaces, %, ?, #, quotes...
SYMBOLS = st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1).map(lambda s: f"A/RES/{s}")


@given(SYMBOLS)
def test_a_routes_path_is_the_reversed_path_for_any_symbol(symbol):
    for name, kwargs in ROUTES:
        assert route_path(name, symbol, **kwargs) == reverse(name, kwargs={"symbol": symbol, **kwargs})


@pytest.mark.parametrize(
    ("symbol", "path"),
    [
        ("A/RES/59/190", "/api/v1/resolutions/A/RES/59/190"),
        ("A/RES/217(III)", "/api/v1/resolutions/A/RES/217(III)"),
        ("A/RES/ES-10/19", "/api/v1/resolutions/A/RES/ES-10/19"),
        ("A/RES/1 (I) é", "/api/v1/resolutions/A/RES/1%20(I)%20%C3%A9"),
    ],
)
def test_symbols_are_quoted_as_in_a_path(symbol, path):
    assert route_path("api:resolution-detail", symbol) == path


def test_routes_without_a_symbol_and_under_a_script_prefix():
    assert route_path("api:session-detail", kind="special", number=27) == "/api/v1/sessions/special/27/"
    set_script_prefix("/archive/")
    try:
        assert route_path("pages:resolution-in", "A/RES/59/190", lang="zh") == "/archive/zh/A/RES/59/190"
        assert route_path("api:resolution-list") == "/archive/api/v1/resolutions/"
    finally:
        clear_script_prefix()
