"""Fixtures of the parser tests."""

import pytest
from parser_helpers import load_scorer


@pytest.fixture(scope="session")
def scorer():
    return load_scorer()
