"""The "Ingest resolutions" pages: upload or paste, preview without writing, confirm through `ingest`, or
cancel leaving nothing behind."""

import pytest
from admin_helpers import sample
from admin_texts import CORRECTED, WARNED
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from lxml import html

from archive.models import Resolution, ResolutionText
from archive.services.changelog import reason_said
from archive.services.comparison import Change
from archive.services.ingestion import ingest

INGEST = "/admin/archive/resolution/ingest/"


def upload(name: str, data: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, sample(name) if data is None else data)


def staged_files(staging_dir) -> list[str]:
    return sorted(p.name for p in staging_dir.rglob("*") if p.is_file()) if staging_dir.exists() else []


def preview_of(response):
    [item] = response.context["items"]
    return item.preview


def test_the_form_offers_files_pasted_text_language_and_symbol(as_alice):
    response = as_alice.get(INGEST)
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "admin/archive/ingest/form.html"
    assert list(response.context["form"].fields) == ["files", "text", "language", "symbol"]
    assert response.context["form"].fields["language"].choices[0] == ("", "Detect from the script")


def test_the_preview_writes_no_row_and_stages_the_bytes(as_alice, staging_dir):
    response = as_alice.post(INGEST, {"files": [upload("A_RES_80_2.txt")]})
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "admin/archive/ingest/preview.html"
    assert not Resolution.objects.exists()
    assert not ResolutionText.objects.exists()
    assert staged_files(staging_dir) == ["0.bin", "manifest.json"]
    batch = response.context["batch"]
    assert batch.names == ["A_RES_80_2.txt"]
    assert batch.read(0) == sample("A_RES_80_2.txt")


def test_the_preview_shows_metadata_paragraphs_footnotes_and_citations(as_alice):
    response = as_alice.post(INGEST, {"files": [upload("A_RES_80_2.txt")]})
    preview = preview_of(response)
    assert preview.symbol == "A/RES/80/2"
    assert preview.effect == "new resolution"
    assert preview.parsed.language == "en"
    assert preview.parsed.meeting == 18
    assert [(p.eid, p.number) for p in preview.parsed.paragraphs()] == [
        ("preamble__para_1", None),
        ("preamble__para_2", None),
        *((f"para_{n}", str(n)) for n in range(1, 7)),
    ]
    assert [(c.eid, c.citation.target, c.in_archive) for c in preview.citations] == [
        ("para_2", "A/RES/54/237", False),
        ("para_3", "A/RES/54/237", False),
        ("para_4", "A/RES/54/237", False),
        ("para_6", "regular/80", False),
        ("fnt_1", "regular/80", False),
        ("fnt_1", "A/80/11", False),
    ]
    html = response.content.decode()
    assert "<dt>Meeting</dt><dd>18</dd>" in html
    assert (
        '<tr id="a_res_80_2txt-para_1" class="kind-operative"><td><code>para_1</code></td><td>1</td>' in html
    )
    assert (
        '<li value="1"><code>fnt_1</code> <sup>1</sup> Official Records of the General Assembly, Eightieth '
        "Session, Supplement No. 11 (A/80/11).</li>" in html
    )
    assert "<td>54/237 C</td><td>resolution</td><td>A/RES/54/237 C</td><td>not yet</td>" in html
    assert "is not in the archive yet: this text will add it (en)." in html


def test_a_citation_of_a_resolution_in_the_archive_is_marked_so(as_alice, ingested):
    ingested("A_RES_80_1.txt")
    response = as_alice.post(INGEST, {"text": WARNED})
    assert [(c.eid, c.citation.target, c.in_archive) for c in preview_of(response).citations] == [
        ("preamble__para_1", "A/RES/80/1", True)
    ]


def test_the_preview_highlights_the_parser_warnings_on_their_lines(as_alice):
    response = as_alice.post(INGEST, {"text": WARNED})
    preview = preview_of(response)
    assert [(line.number, line.warnings) for line in preview.lines if line.warnings] == [
        (7, ["para_1 ends without final punctuation; its text may be cut"])
    ]
    assert (
        '<li value="7" class="warned">'
        '<span class="line-text">1. Decides to remain seized of the matter</span>'
        '<span class="line-warning" role="note">⚠ para_1 ends without final punctuation; its text may be cut'
        "</span></li>" in response.content.decode()
    )


def test_the_preview_writes_the_parser_warnings_in_the_editors_language(as_alice):
    """On their lines, and those about the whole text under the structure (here: no adoption line)."""
    text = WARNED.replace("3rd plenary meeting 19 September 2025", "")
    tree = html.fromstring(as_alice.post(INGEST, {"text": text}, HTTP_ACCEPT_LANGUAGE="zh").content.decode())
    assert tree.xpath("//li[@class='warned']/@value") == ["7"]
    assert tree.xpath("//span[@class='line-warning']/text()") == [
        "⚠ para_1结尾没有句末标点；其文字可能不完整"
    ]
    assert tree.xpath("//ul[@class='ingest-warnings']/li/text()") == ["未找到通过行（“第28次全体会议”）"]


def test_the_preview_of_a_stored_text_shows_a_paragraph_diff_and_changes_nothing(as_alice, ingested):
    resolution = ingested("pasted.txt", WARNED.encode())
    text = resolution.texts.get()
    response = as_alice.post(INGEST, {"text": CORRECTED})
    preview = preview_of(response)
    assert preview.effect == "replaces"
    assert preview.changes == [
        Change(
            "para_1",
            "changed",
            old="1 Decides to remain seized of the matter",
            new="1 Decides to remain seized of the matter.",
        ),
        Change("para_2", "added", new="2 Requests a report."),
    ]
    html = response.content.decode()
    assert (
        '<tr class="change-added"><td><code>para_2</code></td><td>added</td><td><del></del></td>'
        "<td><ins>2 Requests a report.</ins></td></tr>" in html
    )
    assert resolution.texts.get().pk == text.pk
    assert list(text.paragraphs.values_list("eid", flat=True)) == ["preamble__para_1", "para_1"]


def test_the_preview_of_the_very_same_text_says_saving_changes_nothing(as_alice, ingested):
    ingested("pasted.txt", WARNED.encode())
    response = as_alice.post(INGEST, {"text": WARNED})
    assert preview_of(response).effect == "identical"
    assert "already has this very text (en), read by the same parser: saving changes nothing." in (
        response.content.decode()
    )


def test_the_preview_of_a_new_language_says_so(as_alice, ingested):
    ingested("A_RES_59_190.txt")  # Chinese
    english = WARNED.replace("80/99. Test of the admin", "59/190. Test of the admin").replace(
        "3rd plenary meeting 19 September 2025", "74th plenary meeting 20 December 2004"
    )
    assert preview_of(as_alice.post(INGEST, {"text": english})).effect == "new language"


def test_the_language_and_the_symbol_can_be_chosen(as_alice):
    response = as_alice.post(INGEST, {"text": WARNED, "language": "en", "symbol": "A/RES/80/98"})
    preview = preview_of(response)
    assert (preview.symbol, preview.parsed.language) == ("A/RES/80/98", "en")
    assert [w.message for w in preview.parsed.warnings][
        0
    ] == "title number 80/99 differs from symbol A/RES/80/98"
    batch = response.context["batch"]
    assert (batch.language, batch.symbol) == ("en", "A/RES/80/98")


def test_confirm_saves_through_the_ingestion_service_as_the_editor(as_alice, alice, staging_dir):
    token = as_alice.post(INGEST, {"text": WARNED}).context["batch"].token
    response = as_alice.post(f"{INGEST}{token}/confirm/")
    assert response.status_code == 200
    resolution = Resolution.objects.get()
    assert [vars(r) for r in response.context["results"]] == [
        {
            "name": "pasted.txt",
            "status": "created",
            "symbol": "A/RES/80/99",
            "url": f"/admin/archive/resolution/{resolution.pk}/change/",
            "message": "",
        }
    ]
    text = resolution.texts.get()
    assert bytes(text.source_bytes) == WARNED.encode()
    [record] = text.history.all()
    assert (record.history_type, record.history_user, reason_said(record.history_change_reason)) == (
        "+",
        alice,
        "ingested from pasted.txt",
    )
    assert staged_files(staging_dir) == []
    assert as_alice.session["archive_ingest_batches"] == []


def test_cancel_leaves_nothing_behind(as_alice, staging_dir):
    token = as_alice.post(INGEST, {"text": WARNED}).context["batch"].token
    response = as_alice.post(f"{INGEST}{token}/cancel/", follow=True)
    assert response.redirect_chain == [(INGEST, 302)]
    assert [str(m) for m in response.context["messages"]] == ["Cancelled: nothing was saved."]
    assert not Resolution.objects.exists()
    assert staged_files(staging_dir) == []
    response = as_alice.post(f"{INGEST}{token}/confirm/", follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "This upload is no longer waiting: it was confirmed, cancelled or expired."
    ]
    assert not Resolution.objects.exists()


def test_a_batch_belongs_to_the_session_that_uploaded_it(as_alice, alice, staging_dir):
    token = as_alice.post(INGEST, {"text": WARNED}).context["batch"].token
    other_session = Client()
    other_session.force_login(alice)
    response = other_session.post(f"{INGEST}{token}/confirm/", follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "This upload is no longer waiting: it was confirmed, cancelled or expired."
    ]
    assert not Resolution.objects.exists()
    assert staged_files(staging_dir) == ["0.bin", "manifest.json"]


def test_confirm_by_confirm_the_get_is_refused(as_alice):
    token = as_alice.post(INGEST, {"text": WARNED}).context["batch"].token
    assert as_alice.get(f"{INGEST}{token}/confirm/").status_code == 405
    assert not Resolution.objects.exists()


NAMES = ["A_RES_80_1.txt", "A_RES_80_2.txt", "A_RES_73_8-EN.pdf"]


def test_many_files_are_previewed_then_confirmed_with_a_result_each(as_alice, staging_dir):
    response = as_alice.post(INGEST, {"files": [upload(name) for name in NAMES]})
    assert [item.preview.symbol for item in response.context["items"]] == [
        "A/RES/80/1",
        "A/RES/80/2",
        "A/RES/73/8",
    ]
    assert response.context["count"] == 3
    assert 'data-indexes="0,1,2"' in response.content.decode()
    token = response.context["batch"].token
    results = as_alice.post(f"{INGEST}{token}/confirm/").context["results"]
    assert [(r.name, r.status, r.symbol) for r in results] == [
        ("A_RES_80_1.txt", "created", "A/RES/80/1"),
        ("A_RES_80_2.txt", "created", "A/RES/80/2"),
        ("A_RES_73_8-EN.pdf", "created", "A/RES/73/8"),
    ]
    assert sorted(Resolution.objects.values_list("symbol", flat=True)) == [
        "A/RES/73/8",
        "A/RES/80/1",
        "A/RES/80/2",
    ]
    assert staged_files(staging_dir) == []


def test_the_progress_display_confirms_one_file_per_request(as_alice, staging_dir):
    token = as_alice.post(INGEST, {"files": [upload(name) for name in NAMES[:2]]}).context["batch"].token
    first = as_alice.post(f"{INGEST}{token}/confirm/", {"index": "1"})
    assert first.status_code == 200
    change = f"/admin/archive/resolution/{Resolution.objects.get().pk}/change/"
    assert first.json() == {
        "name": "A_RES_80_2.txt",
        "status": "created",
        "symbol": "A/RES/80/2",
        "url": change,
        "message": "",
        "line": f'A_RES_80_2.txt: created <a href="{change}">A/RES/80/2</a>',
    }
    assert as_alice.post(f"{INGEST}{token}/confirm/", {"index": "1"}).status_code == 404
    assert staged_files(staging_dir) == ["0.bin", "manifest.json"]
    assert as_alice.post(f"{INGEST}{token}/confirm/", {"index": "0"}).json()["status"] == "created"
    assert staged_files(staging_dir) == []
    assert as_alice.post(f"{INGEST}{token}/confirm/", {"index": "0"}).status_code == 404


def test_a_bad_file_among_good_ones_is_named_and_left_out(as_alice, staging_dir):
    response = as_alice.post(INGEST, {"files": [upload("A_RES_80_2.txt"), upload("empty.txt", b"")]})
    items = response.context["items"]
    assert [(item.name, item.error) for item in items] == [
        ("A_RES_80_2.txt", ""),
        ("empty.txt", "empty.txt: the file is empty"),
    ]
    assert response.context["batch"].names == ["A_RES_80_2.txt"]
    assert '<p class="errornote" role="alert">empty.txt: the file is empty</p>' in response.content.decode()
    assert not Resolution.objects.exists()


def test_a_conflict_arising_before_confirmation_is_reported_per_file(as_alice):
    token = as_alice.post(INGEST, {"text": WARNED}).context["batch"].token
    other = WARNED.replace("3rd plenary meeting", "4th plenary meeting").encode()
    ingest(data=other, filename="other.txt")
    [result] = as_alice.post(f"{INGEST}{token}/confirm/").context["results"]
    assert (result.status, result.message) == (
        "failed",
        "A/RES/80/99 is already in the archive with meeting 4, but this text says 3",
    )
    assert Resolution.objects.get().texts.get().source_name == "other.txt"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose one or more files, or paste a text."),
        ({"text": "   "}, "Choose one or more files, or paste a text."),
        (
            {"text": WARNED, "files": [SimpleUploadedFile("A_RES_80_2.txt", b"x")], "symbol": "A/RES/80/2"},
            "A symbol names one resolution: give one file (or a pasted text) with it.",
        ),
    ],
)
def test_the_form_says_what_is_missing(as_alice, data, message):
    response = as_alice.post(INGEST, data)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [message]
