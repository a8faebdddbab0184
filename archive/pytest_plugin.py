"""The test suite's database (`-p archive.pytest_plugin` in pyproject.toml): the checkout's embedded
development server unless DATABASE_URL names one. A plugin, not a conftest hook, because pytest-django
reads the settings before pytest loads the conftest files."""

import pytest

from archive.development import use_embedded_database


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests() -> None:
    use_embedded_database()
