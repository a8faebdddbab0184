"""The admin's tests: named users of different rights (as healthchecks' hc/test.py), a logged-in client
for each, uploads staged in a temporary folder, and texts ingested through the ingestion service."""

import pytest
from admin_helpers import sample
from django.contrib.auth.models import Group, Permission, User


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
    user = User.objects.create_user("alice", "alice@example.org", "password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def bob(db):
    """Staff who may look at resolutions and texts, but neither ingest nor edit."""
    user = User.objects.create_user("bob", "bob@example.org", "password", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="archive", codename__in=["view_resolution", "view_resolutiontext"]
        )
    )
    return user


@pytest.fixture
def charlie(db):
    """A signed-in reader: not staff."""
    return User.objects.create_user("charlie", "charlie@example.org", "password")


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
def ingested(db):
    """Ingest a file of the sample corpus (or given bytes) through the service, as the command line does."""
    from archive.services.ingestion import ingest

    def _ingest(name: str, data: bytes | None = None, **kwargs):
        return ingest(data=sample(name) if data is None else data, filename=name, **kwargs).text.resolution

    return _ingest
