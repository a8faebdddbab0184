"""Fixtures of the REST API tests: clients for three kinds of users and small, real data."""

import pytest
from api_helpers import CITING
from rest_framework.test import APIClient

from tests.factories import EditorFactory, UserFactory, api_key


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    # The manifest storage needs `collectstatic`; the docs pages only need static URLs.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def client():
    return APIClient()


def _token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(user)}")
    return client


@pytest.fixture
def staff(db):
    """An editor: staff in the Editors group, who may write."""
    return _token_client(EditorFactory(username="editor"))


@pytest.fixture
def bare_staff(db):
    """Staff in no group: no permission to change the archive."""
    return _token_client(UserFactory(username="bare", is_staff=True))


@pytest.fixture
def member(db):
    return _token_client(UserFactory(username="reader"))


@pytest.fixture
def seed(ingest_sample):
    """A/RES/59/190 (Chinese): preamble, footnotes cited twice, citations of resolutions and documents."""
    return ingest_sample("A_RES_59_190.txt").text.resolution


@pytest.fixture
def ingest_text(db):
    """Ingest a small synthetic text, as a .txt upload."""
    from archive.services.ingestion import ingest

    def _ingest(text: str, name: str = "synthetic.txt", **kwargs):
        return ingest(data=text.encode(), filename=name, **kwargs)

    return _ingest


@pytest.fixture
def citing(ingest_sample, ingest_text):
    """A/RES/80/1 (English), and a synthetic A/RES/80/99 citing it and A/RES/58/199 (not in the archive)."""
    ingest_sample("A_RES_80_1.txt")
    return ingest_text(CITING).text.resolution
