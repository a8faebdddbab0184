"""A session's symbol prefix ("59", "S-27", "ES-10"), read and written by the parser's one helper."""

import pytest

from archive.models import Session


@pytest.mark.parametrize(
    ("kind", "number", "prefix"), [("regular", 59, "59"), ("special", 27, "S-27"), ("emergency", 10, "ES-10")]
)
def test_a_session_is_named_by_its_symbol_prefix(kind, number, prefix):
    session = Session(kind=kind, number=number)
    assert session.symbol_prefix == prefix
    assert session.get_absolute_url() == f"/sessions/{prefix}"


def test_a_session_is_found_by_its_prefix(db):
    special = Session.objects.create(kind="special", number=27)
    Session.objects.create(kind="regular", number=27)
    assert Session.objects.get_by_prefix("S-27") == special
    assert Session.objects.get_by_prefix("s-27") == special
    assert Session.objects.get_by_prefix("27").kind == "regular"
