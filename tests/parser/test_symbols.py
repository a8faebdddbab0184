"""GA resolution symbols and other UN document symbols."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive.parser.document import SessionRef, Symbol
from archive.parser.symbols import (
    fold,
    format_symbol,
    int_to_roman,
    normalise_document_symbol,
    normalise_parts,
    parse_session,
    parse_symbol,
    roman_to_int,
    session_prefix,
)


def sym(kind, session, number, parts="", old_era=False):
    return Symbol(SessionRef(kind, session), number, parts, old_era)


@pytest.mark.parametrize(
    "symbol, canonical",
    [
        (sym("regular", 59, 190), "A/RES/59/190"),
        (sym("regular", 3, 217, "A", old_era=True), "A/RES/217(III)"),
        (sym("regular", 21, 2200, "A", old_era=True), "A/RES/2200(XXI)"),
        (sym("special", 27, 2), "A/RES/S-27/2"),
        (sym("emergency", 10, 19), "A/RES/ES-10/19"),
        (sym("regular", 54, 237, "C"), "A/RES/54/237"),
        (sym("special", 2, 186, old_era=True), "A/RES/186(S-2)"),
        (sym("special", 6, 3201, old_era=True), "A/RES/3201(S-VI)"),
        (sym("emergency", 1, 997, old_era=True), "A/RES/997(ES-I)"),
    ],
)
def test_format_symbol(symbol, canonical):
    assert format_symbol(symbol) == canonical
    assert symbol.canonical == canonical
    assert str(symbol) == canonical


def test_format_symbol_rejects_unknown_kind():
    with pytest.raises(ValueError):
        format_symbol(sym("plenary", 59, 1))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A/RES/59/190", sym("regular", 59, 190)),
        ("a/res/59/190/", sym("regular", 59, 190)),
        ("59/190", sym("regular", 59, 190)),
        (" 59/190. ", sym("regular", 59, 190)),
        ("217 A (III)", sym("regular", 3, 217, "A", True)),
        ("217(III)", sym("regular", 3, 217, "", True)),
        ("A/RES/217(III)", sym("regular", 3, 217, "", True)),
        ("A/RES/217 (III) A", sym("regular", 3, 217, "A", True)),
        ("217 A（III）", sym("regular", 3, 217, "A", True)),
        ("2200 A (XXI)", sym("regular", 21, 2200, "A", True)),
        ("169 (II)", sym("regular", 2, 169, "", True)),
        ("3474 (XXX)", sym("regular", 30, 3474, "", True)),
        ("S-27/2", sym("special", 27, 2)),
        ("A/RES/S-27/2", sym("special", 27, 2)),
        ("ES-10/19", sym("emergency", 10, 19)),
        ("A/RES/ES-10/19", sym("emergency", 10, 19)),
        ("54/237 C", sym("regular", 54, 237, "C")),
        ("A/RES/54/237 A-B", sym("regular", 54, 237, "A-B")),
        ("36/87 A and B", sym("regular", 36, 87, "A and B")),
        ("53/77 AA", sym("regular", 53, 77, "AA")),
        ("186 (S-2)", sym("special", 2, 186, "", True)),
        ("3201 (S-VI)", sym("special", 6, 3201, "", True)),
        ("1004 (ES-II)", sym("emergency", 2, 1004, "", True)),
        ("A/RES/186(S-2)", sym("special", 2, 186, "", True)),
    ],
)
def test_parse_symbol(text, expected):
    assert parse_symbol(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "xyz",
        "",
        "A/RES/",
        "59/",
        "/190",
        "217 (XXXI)",
        "217 (IIII)",
        "217 (3)",
        "5/1",
        "30/190",
        "A/HRC/RES/45/1",
        "S/RES/2282 (2016)",
        "1325 (2000)",
        "59/190/1",
        "59/190 A/B",
        "S-27/2/3",
        "217 A (III) B",
        "0/1",
        "59/0",
        "(III)",
        "A/59/327",
        "59/190" + "x" * 100,
    ],
)
def test_parse_symbol_rejects(text):
    with pytest.raises(ValueError, match="is not a General Assembly resolution symbol"):
        parse_symbol(text)


def test_parse_symbol_error_message():
    with pytest.raises(ValueError) as info:
        parse_symbol("xyz")
    assert str(info.value) == "'xyz' is not a General Assembly resolution symbol"


@pytest.mark.parametrize(
    "number, numeral",
    [(1, "I"), (4, "IV"), (9, "IX"), (21, "XXI"), (30, "XXX"), (48, "XLVIII"), (1994, "MCMXCIV")],
)
def test_roman(number, numeral):
    assert int_to_roman(number) == numeral
    assert roman_to_int(numeral) == number
    assert roman_to_int(numeral.lower()) == number


@pytest.mark.parametrize("bad", ["", "IIII", "VX", "ABC", "IC"])
def test_roman_to_int_rejects(bad):
    with pytest.raises(ValueError):
        roman_to_int(bad)


@pytest.mark.parametrize("bad", [0, -1, 4000])
def test_int_to_roman_rejects(bad):
    with pytest.raises(ValueError):
        int_to_roman(bad)


@given(st.integers(1, 3999))
def test_roman_round_trip(number):
    assert roman_to_int(int_to_roman(number)) == number


@pytest.mark.parametrize(
    "parts, expected",
    [("", ""), (None, ""), ("a", "A"), ("A - B", "A-B"), ("a and b", "A and B"), ("A–C", "A-C")],
)
def test_normalise_parts(parts, expected):
    assert normalise_parts(parts) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A/59/327", "A/59/327"),
        ("a/59/327.", "A/59/327"),
        ("A/59/327。", "A/59/327"),
        ("  A/80/83; ", "A/80/83"),
        ("A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)"),
        ("A/CONF.157/24（Part I）", "A/CONF.157/24 (Part I)"),
        ("a/conf.157/24（part i）/corr.1", "A/CONF.157/24 (Part I)/Corr.1"),
        ("A/CONF.157/24 (Part I)/Corr.1", "A/CONF.157/24 (Part I)/Corr.1"),
        ("A/80/L.5", "A/80/L.5"),
        ("E/2025/33", "E/2025/33"),
        ("S/RES/2282 (2016)", "S/RES/2282 (2016)"),
        ("S/RES/2282(2016)", "S/RES/2282 (2016)"),
        ("A/73/PV.30", "A/73/PV.30"),
        ("FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1"),
        ("A/HRC/RES/45/1", "A/HRC/RES/45/1"),
        ("A/67/828-S/2013/210", "A/67/828-S/2013/210"),
        ("A/59/503/ADD.2", "A/59/503/Add.2"),
        ("A/80/L.2/rev.1", "A/80/L.2/Rev.1"),
        ("NPT/CONF.2010/50 (Vol. I)", "NPT/CONF.2010/50 (Vol. I)"),
        ("NPT/CONF.2000/28 (Parts I and II)", "NPT/CONF.2000/28 (Parts I and II)"),
        ("GC(69)/RES/15", "GC(69)/RES/15"),
        ("CM/Res.1153 (XLVIII)", "CM/Res.1153 (XLVIII)"),
        ("A/AC.292/2025/INF/5/Rev.1", "A/AC.292/2025/INF/5/Rev.1"),
        ("E/CN.4/Sub.2/2005/1", "E/CN.4/Sub.2/2005/1"),
    ],
)
def test_normalise_document_symbol(text, expected):
    assert normalise_document_symbol(text) == expected


# --- Round trips ------------------------------------------------------------------------------------

_parts = st.sampled_from(["", "A", "B", "C", "AA", "A-B"])


@st.composite
def symbols(draw):
    era = draw(
        st.sampled_from(
            ["modern-regular", "special", "emergency", "old-regular", "old-special", "old-emergency"]
        )
    )
    parts = draw(_parts)
    if era == "modern-regular":
        return sym("regular", draw(st.integers(31, 999)), draw(st.integers(1, 9999)), parts)
    if era == "special":
        return sym("special", draw(st.integers(1, 99)), draw(st.integers(1, 9999)), parts)
    if era == "emergency":
        return sym("emergency", draw(st.integers(1, 99)), draw(st.integers(1, 9999)), parts)
    number = draw(st.integers(1, 9999))
    if era == "old-regular":
        return sym("regular", draw(st.integers(1, 30)), number, parts, True)
    if era == "old-special":
        return sym("special", draw(st.integers(1, 7)), number, parts, True)
    return sym("emergency", draw(st.integers(1, 5)), number, parts, True)


@given(symbols())
def test_canonical_round_trip(symbol):
    parsed = parse_symbol(format_symbol(symbol))
    assert parsed == Symbol(symbol.session, symbol.number, "", symbol.old_era)
    assert parsed.canonical == symbol.canonical


@given(symbols())
def test_printed_round_trip(symbol):
    """The printed form with part letters ("217 A (III)", "54/237 C") reads back with its parts."""
    canonical = format_symbol(symbol)[len("A/RES/") :]
    if symbol.old_era:
        number, session = canonical.split("(")
        printed = f"{number} {symbol.parts} ({session}" if symbol.parts else f"{number} ({session}"
    else:
        printed = f"{canonical} {symbol.parts}" if symbol.parts else canonical
    assert parse_symbol(printed) == symbol


@given(st.text(max_size=200))
def test_parse_symbol_only_raises_value_error(text):
    try:
        symbol = parse_symbol(text)
    except ValueError:
        return
    assert parse_symbol(symbol.canonical).canonical == symbol.canonical


@given(st.text(max_size=200))
def test_normalise_document_symbol_never_raises(text):
    assert isinstance(normalise_document_symbol(text), str)


@pytest.mark.parametrize(
    ("prefix", "session"),
    [
        ("59", SessionRef("regular", 59)),
        ("1", SessionRef("regular", 1)),
        ("S-27", SessionRef("special", 27)),
        ("s-27", SessionRef("special", 27)),
        ("ES-10", SessionRef("emergency", 10)),
        ("es-10", SessionRef("emergency", 10)),
    ],
)
def test_a_session_as_symbols_write_it(prefix, session):
    assert parse_session(prefix) == session
    assert session_prefix(session) == prefix.upper()


@pytest.mark.parametrize(
    "prefix", ["", " 59", "59 ", "059", "0", "1000", "S27", "S-", "E-10", "ES10", "A/59", "S-1-2"]
)
def test_anything_else_is_not_a_session(prefix):
    with pytest.raises(ValueError, match=f"^{prefix!r} is not a session: write 59, S-27 or ES-10$"):
        parse_session(prefix)


def test_a_session_is_a_kind_and_number_pair():
    assert parse_session("ES-10") == ("emergency", 10)
    kind, number = parse_session("S-27")
    assert (kind, number) == ("special", 27)


@pytest.mark.parametrize(
    "text, folded",
    [
        ("第７６／１号决议", "第76/1号决议"),
        ("القرار ٥٩/١٩٠", "القرار 59/190"),
        ("A/RES/59/190\u00a0and\u2011Corr.1", "A/RES/59/190 and-Corr.1"),
        ("résolution 59/190 – déjà pliée", "résolution 59/190 – déjà pliée"),  # nothing to fold: same text
    ],
)
def test_fold_maps_one_character_for_one(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@given(st.text())
def test_fold_is_the_translation_whether_or_not_anything_folds(text):
    from archive.parser.symbols import _FOLD

    assert fold(text) == text.translate(_FOLD)
