"""Each kind of bad input gets a clear message on the ingest page, and nothing is written or staged."""

import errno
import os
from pathlib import Path

import pytest
from admin_helpers import sample
from admin_texts import WARNED
from django.core.files.uploadedfile import SimpleUploadedFile

from archive.models import Resolution
from tests.hostile_texts import duplicate_labels, over_the_search_limit

INGEST = "/admin/archive/resolution/ingest/"
LATIN_1 = "80/99. Résolution d’essai\n\nL’Assemblée générale,\n".encode("latin-1", errors="replace")


def refused(client, staging_dir, data: dict) -> list[str]:
    """Post the form; check the form page came back and nothing was written or staged; the errors."""
    response = client.post(INGEST, data)
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "admin/archive/ingest/form.html"
    assert not (staging_dir.exists() and any(staging_dir.iterdir()))
    html = response.content.decode()
    errors = response.context["form"].non_field_errors()
    for error in errors:
        assert f"<li>{error}</li>" in html.replace("&#x27;", "'").replace("&quot;", '"')
    return errors


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "A_RES_80_2.pdf",
            b"80/2. Not a PDF at all",
            "A_RES_80_2.pdf: the file is named .pdf but is not a PDF (it does not start with %PDF-)",
        ),
        ("empty.txt", b"", "empty.txt: the file is empty"),
        ("blank.txt", b" \n\n \t\n", "blank.txt: the file is empty"),
        ("damaged.pdf", b"%PDF-1.4 garbage", "damaged.pdf: the PDF is damaged and cannot be read"),
        (
            "image.txt",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00",
            "image.txt: the file is binary, not text (it contains NUL bytes)",
        ),
        (
            "latin-1.txt",
            LATIN_1,
            "latin-1.txt: the text is not valid UTF-8 (or UTF-16 with a byte-order mark): "
            "undecodable byte at line 1 (line 1)",
        ),
        (
            "letter.txt",
            b"Dear colleagues, this is not a resolution.",
            "letter.txt: no title line of the form '59/190. Title' found (line 1)",
        ),
    ],
)
def test_a_bad_file_is_refused_with_a_clear_message(as_alice, staging_dir, name, data, message):
    assert refused(as_alice, staging_dir, {"files": [SimpleUploadedFile(name, data)]}) == [message]
    assert not Resolution.objects.exists()


def test_a_file_over_the_size_limit_is_refused(as_alice, staging_dir, settings):
    settings.ARCHIVE_MAX_UPLOAD_BYTES = 1000
    data = sample("A_RES_80_2.txt")
    assert refused(as_alice, staging_dir, {"files": [SimpleUploadedFile("A_RES_80_2.txt", data)]}) == [
        f"A_RES_80_2.txt: the file is {len(data):,} bytes, over the limit of 1,000 bytes"
    ]
    assert not Resolution.objects.exists()


def test_the_size_limit_defaults_to_50_megabytes():
    from archive import settings

    assert settings.ARCHIVE_MAX_UPLOAD_BYTES == 50 * 1024 * 1024


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        (
            WARNED,
            "fr",
            "pasted.txt: the text is in English (detected from its script), not in French as chosen",
        ),
        (
            sample("A_RES_59_190.txt").decode(),
            "en",
            "pasted.txt: the text is in Chinese (detected from its script), not in English as chosen",
        ),
    ],
)
def test_a_text_in_another_language_than_the_chosen_one_is_refused(
    as_alice, staging_dir, text, language, message
):
    assert refused(as_alice, staging_dir, {"text": text, "language": language}) == [message]
    assert not Resolution.objects.exists()


def test_a_symbol_that_conflicts_with_another_resolution_is_refused(as_alice, staging_dir, ingested):
    stored = ingested("pasted.txt", WARNED.encode())
    other = WARNED.replace("3rd plenary meeting 19 September 2025", "5th plenary meeting 22 September 2025")
    assert refused(as_alice, staging_dir, {"text": other}) == [
        "pasted.txt: A/RES/80/99 is already in the archive with adopted on 2025-09-19, "
        "but this text says 2025-09-22"
    ]
    assert Resolution.objects.get() == stored
    assert stored.texts.get().source_name == "pasted.txt"


def test_a_chosen_symbol_that_conflicts_with_another_resolution_is_refused(as_alice, staging_dir, ingested):
    ingested("A_RES_80_2.txt")
    assert refused(as_alice, staging_dir, {"text": WARNED, "symbol": "A/RES/80/2"}) == [
        "pasted.txt: A/RES/80/2 is already in the archive with adopted on 2025-10-14, "
        "but this text says 2025-09-19"
    ]


def test_a_malformed_chosen_symbol_is_refused(as_alice, staging_dir):
    assert refused(as_alice, staging_dir, {"text": WARNED, "symbol": "not a symbol"}) == [
        "pasted.txt: bad symbol 'not a symbol': 'not a symbol' is not a General Assembly resolution symbol"
    ]


def test_labels_printed_again_are_previewed_with_the_warning_on_their_line(as_alice):
    response = as_alice.post(INGEST, {"files": [SimpleUploadedFile("dup.txt", duplicate_labels())]})
    [item] = response.context["items"]
    preview = item.preview
    assert [(line.number, line.warnings) for line in preview.lines if line.warnings] == [
        (35, ["sub-paragraph labels out of order"])
    ]
    assert [p.eid for p in preview.parsed.operative[0].subparagraphs] == [
        "para_1__subpara_a",
        "para_1__subpara_b",
        "para_1__subpara_a_2",
        "para_1__subpara_b_2",
    ]


def test_a_text_too_large_for_the_search_index_is_refused_on_confirm(as_alice, staging_dir):
    upload = SimpleUploadedFile("big.txt", over_the_search_limit())
    token = as_alice.post(INGEST, {"files": [upload]}).context["batch"].token
    response = as_alice.post(f"{INGEST}{token}/confirm/")
    assert response.status_code == 200
    assert [(r.status, r.message) for r in response.context["results"]] == [
        (
            "failed",
            "the text is too large for the search index (PostgreSQL's limit of 1 MB of indexed words); "
            "split it into smaller texts",
        )
    ]
    assert not Resolution.objects.exists()
    assert not any(staging_dir.iterdir())


def test_uploads_past_the_staging_quota_are_refused_and_nothing_is_staged(as_alice, staging_dir, settings):
    settings.ARCHIVE_STAGING_QUOTA_BYTES = 100
    assert refused(
        as_alice, staging_dir, {"files": [SimpleUploadedFile("A_RES_80_2.txt", sample("A_RES_80_2.txt"))]}
    ) == [
        "Uploads waiting for confirmation already fill the staging area (100 bytes): confirm or cancel them, "
        "or upload fewer files at a time."
    ]


def test_a_full_disk_while_staging_leaves_no_folder_behind(as_alice, staging_dir, monkeypatch):
    real_write = Path.write_bytes

    def write_until_full(path, data):
        if path.name == "1.bin":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(path, data)

    monkeypatch.setattr(Path, "write_bytes", write_until_full)
    files = [SimpleUploadedFile(name, sample(name)) for name in ("A_RES_80_2.txt", "A_RES_80_1.txt")]
    assert refused(as_alice, staging_dir, {"files": files}) == [
        "The upload could not be kept for the preview (No space left on device): nothing was saved."
    ]
    assert as_alice.session.get("archive_ingest_batches", []) == []
