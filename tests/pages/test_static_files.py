"""Static files: hashed and compressed by collectstatic, served by WhiteNoise, no third-party assets."""

import re

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command

STATIC = settings.BASE_DIR / "static"


def test_collectstatic_writes_hashed_compressed_files_for_production(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    # Our own files: the admin's, DRF's and the API docs' (a thousand files) are collected the same way.
    third_party = ["admin", "rest_framework", "drf_spectacular_sidecar"]
    call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=third_party)
    hashed = staticfiles_storage.stored_name("css/site.css")
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", hashed)
    assert (tmp_path / hashed).exists()
    assert (tmp_path / f"{hashed}.gz").exists()
    assert re.fullmatch(r"js/reading\.[0-9a-f]{12}\.js", staticfiles_storage.stored_name("js/reading.js"))


def test_assets_load_nothing_from_elsewhere():
    for path in STATIC.rglob("*.*"):
        assert not re.search(r"https?://|//[a-z]", path.read_text(encoding="utf-8")), path


def test_static_files_are_served_in_tests_without_collectstatic(client, db):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert b".para:target" in b"".join(response.streaming_content)
