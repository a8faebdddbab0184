"""Every change is recorded with who, when and what: ingest, re-ingest, re-parse and admin edits; the
admin shows it with a diff and reverts; the public change log says what and when, not who."""

import pytest
from admin_helpers import change_form_data
from admin_texts import CORRECTED, WARNED

from archive.models import MemberState, MemberStateVote, Paragraph, Resolution
from archive.parser.document import PARSER_VERSION
from archive.services.changelog import reason_said, resolution_changes

INGEST = "/admin/archive/resolution/ingest/"


def ingest_as(client, text: str) -> Resolution:
    token = client.post(INGEST, {"text": text}).context["batch"].token
    [result] = client.post(f"{INGEST}{token}/confirm/").context["results"]
    assert result.status in ("created", "replaced"), result.message
    return Resolution.objects.get(symbol=result.symbol)


def history(records) -> list[tuple]:
    """Each record's type, author and reason, as the change log says it (in English)."""
    return [
        (r.history_type, r.history_user, reason_said(r.history_change_reason))
        for r in records.order_by("history_id")
    ]


def edit_resolution(client, resolution, **changes):
    url = f"/admin/archive/resolution/{resolution.pk}/change/"
    assert client.post(url, change_form_data(client.get(url), **changes)).status_code == 302


def test_an_ingest_is_recorded_with_the_editor_and_the_file(as_alice, alice):
    resolution = ingest_as(as_alice, WARNED)
    assert history(resolution.history) == [("+", alice, "created from pasted.txt")]
    assert history(resolution.texts.get().history) == [("+", alice, "ingested from pasted.txt")]


def test_a_command_line_ingest_is_recorded_without_a_user(ingested):
    resolution = ingested("A_RES_80_2.txt")
    assert history(resolution.history) == [("+", None, "created from A_RES_80_2.txt")]


def test_a_re_ingest_is_recorded_once_with_what_changed(as_alice, alice):
    first = ingest_as(as_alice, WARNED).texts.get()
    resolution = ingest_as(as_alice, CORRECTED)
    second = resolution.texts.get()
    assert history(first.history) == [
        ("+", alice, "ingested from pasted.txt"),
        ("-", alice, "replaced by a new version"),
    ]
    assert history(second.history) == [("+", alice, "re-ingested from pasted.txt: 1 changed, 1 added")]
    assert not Paragraph.history.exists()  # the replaced structure is recorded once, on the text
    [entry, *_] = resolution_changes(resolution)
    assert (entry.subject, entry.action, entry.reason) == (
        "Text (English)",
        "created",
        "re-ingested from pasted.txt: 1 changed, 1 added",
    )
    assert "replaced by a new version" not in [e.reason for e in resolution_changes(resolution)]


def test_a_reparse_is_recorded_with_the_editor_and_what_changed(as_alice, alice, ingested):
    resolution = ingested("A_RES_80_2.txt")
    Paragraph.objects.filter(text__resolution=resolution, eid="para_1").update(body="An editor's mistake.")
    as_alice.post(
        "/admin/archive/resolution/",
        {"action": "reparse_texts", "_selected_action": [resolution.pk], "index": 0},
    )
    text = resolution.texts.get()
    assert history(text.history) == [("+", alice, f"re-parsed with parser {PARSER_VERSION}: 1 changed")]


def test_an_admin_edit_is_shown_with_a_diff_in_the_full_history(as_alice, resolution):
    edit_resolution(as_alice, resolution, meeting="19")
    response = as_alice.get(f"/admin/archive/resolution/{resolution.pk}/changes/")
    assert response.status_code == 200
    (entry, url), *_ = response.context["entries"]
    assert (entry.subject, entry.action, str(entry.user)) == ("Resolution", "changed", "alice")
    assert [(f.name, f.old, f.new) for f in entry.fields] == [("meeting", "18", "19")]
    assert url == f"/admin/archive/resolution/{resolution.pk}/history/"
    html = response.content.decode()
    assert '<div class="field-change"><strong>meeting</strong>: <del>18</del> → <ins>19</ins></div>' in html
    assert "<td>command line</td>" in html  # the ingest, from the command line


def test_paragraph_edits_are_recorded_and_revertible(as_alice, alice, resolution):
    text = resolution.texts.get()
    url = f"/admin/archive/resolutiontext/{text.pk}/change/"
    as_alice.post(url, change_form_data(as_alice.get(url), **{"paragraphs-2-body": "Reaffirms its role."}))
    paragraph = Paragraph.objects.get(text=text, eid="para_1")
    # The first correction first records the version it corrects, as ingested.
    stored, edited = paragraph.history.order_by("history_id")
    assert (stored.history_type, stored.history_user, stored.history_change_reason, stored.history_date) == (
        "+",
        None,
        '{"template": "stored with its text", "params": {}}',
        text.ingested_at,
    )
    assert (edited.history_type, edited.history_user, edited.body) == ("~", alice, "Reaffirms its role.")
    [entry, *_] = resolution_changes(text.resolution)
    assert (entry.subject, entry.action, str(entry.user)) == (
        "Text (English), paragraph para_1",
        "changed",
        "alice",
    )
    assert [(f.name, f.old, f.new) for f in entry.fields] == [("text", stored.body, "Reaffirms its role.")]
    revert_page = f"/admin/archive/paragraph/{paragraph.pk}/history/{stored.history_id}/"
    assert as_alice.post(revert_page, change_form_data(as_alice.get(revert_page))).status_code == 302
    paragraph.refresh_from_db()
    assert paragraph.body == stored.body
    assert paragraph.history.latest("history_id").history_user == alice


def test_a_resolution_reverts_to_an_earlier_version(as_alice, alice, resolution):
    edit_resolution(as_alice, resolution, meeting="19", basis="corrected")
    created = resolution.history.earliest("history_date")
    revert_page = f"/admin/archive/resolution/{resolution.pk}/history/{created.history_id}/"
    response = as_alice.get(revert_page)
    assert response.status_code == 200
    assert response.context["adminform"].form["meeting"].value() == 18
    assert as_alice.post(revert_page, change_form_data(response)).status_code == 302
    resolution.refresh_from_db()
    assert (resolution.meeting, resolution.basis) == (
        18,
        "on the report of the Fifth Committee (A/80/401, para. 6)",
    )
    assert [r.history_user for r in resolution.history.all()] == [alice, alice, None]


def test_staff_without_the_change_right_cannot_revert(as_bob, resolution):
    created = resolution.history.get()
    revert_page = f"/admin/archive/resolution/{resolution.pk}/history/{created.history_id}/"
    response = as_bob.get(revert_page)
    assert response.status_code == 200  # bob may look at the version, but not revert to it
    assert as_bob.post(revert_page, change_form_data(response, meeting="1")).status_code == 403
    resolution.refresh_from_db()
    assert resolution.meeting == 18


def test_member_state_votes_are_recorded(as_alice, alice, resolution):
    france = MemberState.objects.get(code="FRA")
    edit_resolution(
        as_alice,
        resolution,
        vote="recorded",
        votes_yes="0",
        votes_no="1",
        votes_abstain="0",
        **{
            "state_votes-TOTAL_FORMS": "1",
            "state_votes-0-member_state": str(france.pk),
            "state_votes-0-vote": "no",
        },
    )
    [record] = MemberStateVote.history.all()
    assert (record.history_type, record.history_user, record.vote) == ("+", alice, "no")
    [entry, *_] = resolution_changes(resolution)
    assert (entry.subject, entry.action) == ("Vote of France", "created")


@pytest.fixture
def edited(as_alice, ingested):
    resolution = ingested("pasted.txt", WARNED.encode())
    edit_resolution(as_alice, resolution, meeting="4")
    return resolution


def test_the_public_change_log_says_what_and_when_but_not_who(client, edited):
    response = client.get("/changes/A/RES/80/99")
    assert response.status_code == 200
    assert [(e.subject, e.action, e.reason) for e in response.context["entries"]] == [
        ("Resolution", "changed", ""),
        ("Text (English)", "created", "ingested from pasted.txt"),
        ("Resolution", "created", "created from pasted.txt"),
    ]
    html = response.content.decode()
    assert "<td>Resolution</td>\n      <td>changed (meeting)</td>" in html
    assert "alice" not in html


def test_the_change_log_of_a_symbol_not_in_the_archive_is_not_found(client, db):
    assert client.get("/changes/A/RES/80/99").status_code == 404


def test_last_changed_is_when_the_resolutions_content_last_changed(as_alice, edited):
    before = Resolution.objects.get(pk=edited.pk)
    edit_resolution(as_alice, edited, meeting="5")
    after = Resolution.objects.get(pk=edited.pk)
    assert after.content_version == before.content_version + 1
    assert after.content_changed_at > before.content_changed_at
    assert after.content_changed_at > edited.history.latest("history_date").history_date  # touched after it


def test_the_last_changed_fragment_links_to_the_change_log(client, edited):
    from django.template.loader import render_to_string

    resolution = Resolution.objects.get(pk=edited.pk)
    html = render_to_string("pages/_last_changed.html", {"resolution": resolution})
    day, moment = (
        resolution.content_changed_at.strftime("%-d %B %Y"),
        resolution.content_changed_at.isoformat(),
    )
    assert (
        f'<time datetime="{moment}">{day}</time> · <a href="/changes/A/RES/80/99">change log</a></span>'
        in html
    )


def test_the_change_page_links_to_the_full_history_and_the_public_change_log(as_alice, resolution):
    html = as_alice.get(f"/admin/archive/resolution/{resolution.pk}/change/").content.decode()
    assert f'<li><a href="/admin/archive/resolution/{resolution.pk}/changes/">Full history</a></li>' in html
    assert '<li><a href="/changes/A/RES/80/2">Public change log</a></li>' in html
