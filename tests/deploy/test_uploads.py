"""Uploads are limited in size and read by their content, not by their name (API and admin alike)."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from rest_framework.test import APIClient

from archive.models import Resolution
from tests.factories import api_key

from .conftest import SAMPLES

PDF = SAMPLES / "en" / "A_RES_73_8-EN.pdf"
TEXT = SAMPLES / "en" / "A_RES_80_1.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.fixture
def root(db, django_user_model):
    return django_user_model.objects.create_superuser("root", password="a-long-password")


@pytest.fixture
def staff_api(root):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(root)}")
    return client


def post_file(client, name: str, data: bytes):
    return client.post("/api/v1/resolutions/", {"file": SimpleUploadedFile(name, data)}, format="multipart")


def test_over_the_limit_is_refused(staff_api, settings):
    settings.ARCHIVE_MAX_UPLOAD_BYTES = 1000
    data = TEXT.read_bytes()
    response = post_file(staff_api, "A_RES_80_1.txt", data)
    message = f"the file is {len(data):,} bytes, over the limit of 1,000 bytes"
    assert (response.status_code, response.json()["detail"]) == (400, message)
    assert not Resolution.objects.exists()


def test_a_pdf_named_txt_is_read_as_a_pdf(staff_api):
    response = post_file(staff_api, "innocent.txt", PDF.read_bytes())
    assert response.status_code == 201
    assert Resolution.objects.get().symbol == "A/RES/73/8"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "report.pdf",
            b"80/99. Not a PDF\n",
            "the file is named .pdf but is not a PDF (it does not start with %PDF-)",
        ),
        (
            "picture.txt",
            PNG,
            "the text is not valid UTF-8 (or UTF-16 with a byte-order mark): undecodable byte at line 1",
        ),
        ("binary.txt", b"80/99. Title\x00\x01\x02", "the file is binary, not text (it contains NUL bytes)"),
    ],
)
def test_content_that_is_not_what_the_name_says_is_refused(staff_api, name, data, message):
    response = post_file(staff_api, name, data)
    assert (response.status_code, response.json()["detail"]) == (400, message)
    assert not Resolution.objects.exists()


def test_the_admin_refuses_files_over_the_limit(root, settings):
    settings.ARCHIVE_MAX_UPLOAD_BYTES = 1000
    client = Client()
    client.force_login(root)
    data = TEXT.read_bytes()
    response = client.post("/admin/archive/resolution/ingest/", {"files": SimpleUploadedFile("a.txt", data)})
    assert response.status_code == 200
    assert f"the file is {len(data):,} bytes, over the limit of 1,000 bytes" in html.unescape(response.text)
    assert not Resolution.objects.exists()


def test_the_admin_reads_a_fake_pdf_by_its_content(root):
    client = Client()
    client.force_login(root)
    response = client.post("/admin/archive/resolution/ingest/", {"files": SimpleUploadedFile("a.pdf", PNG)})
    assert response.status_code == 200
    assert "the file is named .pdf but is not a PDF (it does not start with %PDF-)" in html.unescape(
        response.text
    )
    assert not Resolution.objects.exists()


def test_a_large_anonymous_body_is_refused_before_it_is_read(db):
    response = Client().post("/admin/login/", {"username": "root", "password": "x" * 100_000})
    assert response.status_code == 413
    assert response.content.decode().startswith("The request body is 100,")
    assert response.content.decode().endswith("bytes, over the limit of 65,536 bytes.")
    api = APIClient().post("/api/v1/resolutions/", {"file": SimpleUploadedFile("a.txt", b"x" * 70_000)})
    assert api.status_code == 413
    assert api.json()["detail"].endswith("over the limit of 65,536 bytes.")


def test_signed_in_editors_and_token_clients_may_send_uploads(staff_api, root):
    assert post_file(staff_api, "A_RES_80_1.txt", TEXT.read_bytes()).status_code == 201
    editor = Client()
    editor.force_login(root)
    response = editor.post("/admin/archive/resolution/ingest/", {"text": "x" * 100_000})
    assert response.status_code == 200
