from collections import Counter

from archive.parser.symbols import parse_symbol
from bench.plan import apportion, plan_resolutions, plan_sessions


def test_apportion_shares_the_total_by_largest_remainder():
    assert apportion(10, [1, 1, 1]) == [4, 3, 3]
    assert apportion(7, [5, 0, 2]) == [5, 0, 2]


def test_full_scale_follows_the_assemblys_session_structure():
    sessions = plan_sessions(20_000)
    kinds = Counter(s.kind for s in sessions)
    assert kinds == {"regular": 80, "special": 32, "emergency": 11}
    assert sum(s.resolutions for s in sessions) == 20_000
    regular = {s.number: s for s in sessions if s.kind == "regular"}
    assert (regular[1].start_year, regular[30].old_era, regular[31].old_era) == (1946, True, False)
    assert [s.start_year for s in sessions] == sorted(s.start_year for s in sessions)


def test_a_small_scale_keeps_only_sessions_with_resolutions():
    sessions = plan_sessions(100)
    assert sum(s.resolutions for s in sessions) == 100
    assert all(s.resolutions >= 1 for s in sessions)
    assert [s.id for s in sessions] == list(range(1, len(sessions) + 1))


def test_symbols_are_canonical_and_unique():
    resolutions = plan_resolutions(plan_sessions(2_000))
    symbols = [r.symbol for r in resolutions]
    assert len(set(symbols)) == 2_000
    assert "A/RES/80/1" in symbols
    for r in resolutions[::50]:
        assert parse_symbol(r.symbol).canonical == r.symbol
        assert parse_symbol(r.short_symbol).canonical == r.symbol


def test_old_era_numbers_run_on_across_sessions():
    resolutions = plan_resolutions(plan_sessions(2_000))
    old = [r for r in resolutions if r.session.old_era]
    assert [r.number for r in old] == list(range(1, len(old) + 1))
    assert old[0].symbol == "A/RES/1(I)" and old[0].short_symbol == "1 (I)"
