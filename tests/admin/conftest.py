"""The admin's tests: named users of different rights (as healthchecks' hc/test.py), a logged-in client
for each, uploads staged in a temporary folder, and texts ingested through the ingestion service."""

import pytest
from admin_helpers import sample
from django.contrib.auth.models import Permission

from tests.factories import (
    EditorFactory,
    FootnoteRefFactory,
    ParagraphFactory,
    ResolutionTextFactory,
    SessionFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def staging_dir(settings, tmp_path):
    settings.ARCHIVE_STAGING_DIR = tmp_path / "staging"
    return settings.ARCHIVE_STAGING_DIR


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """No collectstatic in tests: static files by their plain names."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def alice(db):
    """An editor: staff, in the Editors group the migration creates."""
    return EditorFactory(username="alice")


@pytest.fixture
def bob(db):
    """Staff who may look at resolutions and texts, but neither ingest nor edit."""
    user = UserFactory(username="bob", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="archive", codename__in=["view_resolution", "view_resolutiontext"]
        )
    )
    return user


@pytest.fixture
def charlie(db):
    """A signed-in reader: not staff."""
    return UserFactory(username="charlie")


@pytest.fixture
def as_alice(alice, client):
    client.force_login(alice)
    return client


@pytest.fixture
def as_bob(bob, client):
    client.force_login(bob)
    return client


@pytest.fixture
def as_charlie(charlie, client):
    client.force_login(charlie)
    return client


@pytest.fixture
def resolution(db):
    """A/RES/80/2 as the ingestion service stores the sample corpus's text, made by the factories: adopted
    at the 18th meeting, two preambular paragraphs (the first with a footnote), six operative ones."""
    text = ResolutionTextFactory(
        resolution__session=SessionFactory(number=80),
        resolution__number=2,
        resolution__meeting=18,
        resolution__basis="on the report of the Fifth Committee (A/80/401, para. 6)",
        title="Scale of assessments for the apportionment of the expenses of the United Nations",
    )
    first = ParagraphFactory(text=text, kind="preambular")
    ParagraphFactory(text=text, kind="preambular")
    ParagraphFactory.create_batch(6, text=text)
    FootnoteRefFactory(paragraph=first)
    return text.resolution


@pytest.fixture
def ingested(db):
    """Ingest a file of the sample corpus (or given bytes) through the service, as the command line does."""
    from archive.services.ingestion import ingest

    def _ingest(name: str, data: bytes | None = None, **kwargs):
        return ingest(data=sample(name) if data is None else data, filename=name, **kwargs).text.resolution

    return _ingest
