"""Property tests: `parse` returns or raises ParseError, never anything else; and on the real samples
every character of every line is accounted for."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parser_helpers import ALL_TEXTS, accounted, nonspace, read

from archive.parser import ParseError, parse

SAMPLES = [read(p) for p in ALL_TEXTS]
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parses_or_fails_cleanly(text: str, **kwargs) -> None:
    """parse returns a result that keeps every character, or raises a ParseError naming a real line."""
    try:
        result = parse(text, **kwargs)
    except ParseError as exc:
        assert not exc.message.startswith("internal error"), exc.message
        assert exc.line is None or 1 <= exc.line <= len(re.split(r"\r\n|\r|\n", text))
        return
    assert result.title is not None
    assert result.preambular or result.operative or result.annexes
    assert accounted(result, text) == nonspace(text, result.language)


@SETTINGS
@given(st.text())
def test_any_text(text):
    parses_or_fails_cleanly(text)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("0123456789./()_- \n\t*abcAZ,;:大会，第年月日")), max_size=300))
def test_structured_noise(text):
    parses_or_fails_cleanly("80/1. Title\n\nThe General Assembly,\n\n" + text)


@st.composite
def mangled(draw):
    lines = draw(st.sampled_from(SAMPLES)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["drop", "dup", "swap", "insert", "cut", "truncate"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.text(max_size=40)))
        elif op == "cut":
            k = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k]
        else:
            lines = lines[:i]
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    return "\n".join(lines)


@SETTINGS
@given(mangled())
def test_mangled_samples(text):
    parses_or_fails_cleanly(text)


@SETTINGS
@given(st.sampled_from(SAMPLES), st.integers(0, 70000))
def test_samples_cut_at_random_points(text, cut):
    parses_or_fails_cleanly(text[:cut])


@SETTINGS
@given(mangled(), st.sampled_from(["ar", "zh", "en", "fr", "ru", "es"]))
def test_any_language_argument(text, language):
    parses_or_fails_cleanly(text, language=language)


@pytest.mark.parametrize("path", ALL_TEXTS, ids=lambda p: p.stem)
def test_every_character_is_accounted_for(path):
    text = read(path)
    assert accounted(parse(text), text) == nonspace(text)


@pytest.mark.parametrize("path", ALL_TEXTS, ids=lambda p: p.stem)
def test_every_line_is_placed_without_warnings_about_it(path):
    assert not [w for w in parse(read(path)).warnings if w.message.startswith("line not placed")]
