"""Who may do what: anonymous visitors and readers are sent to the login page, staff without the rights
are refused, editors may ingest and edit; the Editors group holds exactly those rights."""

import pytest
from admin_texts import WARNED
from django.contrib.auth.models import Group

from archive.models import Resolution

INGEST = "/admin/archive/resolution/ingest/"
CHANGELIST = "/admin/archive/resolution/"


def test_the_editors_group_has_exactly_the_rights_to_ingest_and_edit(db):
    editors = Group.objects.get(name="Editors")
    assert sorted(editors.permissions.values_list("content_type__app_label", "codename")) == [
        ("archive", codename)
        for codename in sorted(
            [
                "add_apitoken",
                "change_apitoken",
                "delete_apitoken",
                "view_apitoken",
                "add_footnote",
                "add_memberstatevote",
                "add_paragraph",
                "change_footnote",
                "change_memberstatevote",
                "change_paragraph",
                "change_resolution",
                "change_resolutiontext",
                "delete_footnote",
                "delete_memberstatevote",
                "delete_paragraph",
                "ingest_resolutiontext",
                "view_footnote",
                "view_memberstate",
                "view_memberstatevote",
                "view_paragraph",
                "view_resolution",
                "view_resolutiontext",
                "view_session",
                "add_separatevote",
                "change_separatevote",
                "delete_separatevote",
                "view_separatevote",
                "add_separatestatevote",
                "change_separatestatevote",
                "delete_separatestatevote",
                "view_separatestatevote",
            ]
        )
    ]


@pytest.mark.parametrize(
    "url",
    [
        INGEST,
        "/admin/archive/resolution/",
        "/admin/archive/resolutiontext/",
        "/admin/archive/resolution/1/changes/",
    ],
)
def test_anonymous_visitors_are_sent_to_the_login_page(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={url}"


def test_anonymous_posts_to_the_ingest_page_write_nothing(client, db):
    response = client.post(INGEST, {"text": WARNED})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={INGEST}"
    assert not Resolution.objects.exists()


@pytest.mark.parametrize("url", [INGEST, "/admin/archive/resolution/"])
def test_readers_who_are_not_staff_are_sent_to_the_login_page(as_charlie, url):
    response = as_charlie.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={url}"


def test_staff_without_the_ingest_right_are_refused_the_ingest_page(as_bob):
    assert as_bob.get(INGEST).status_code == 403
    assert as_bob.post(INGEST, {"text": WARNED}).status_code == 403
    assert not Resolution.objects.exists()


def test_staff_without_the_ingest_right_get_no_ingest_link(as_bob):
    response = as_bob.get("/admin/archive/resolution/")
    assert response.status_code == 200
    assert INGEST not in response.content.decode()


def test_staff_without_the_change_right_see_but_cannot_edit_a_resolution(as_bob, resolution):
    url = f"/admin/archive/resolution/{resolution.pk}/change/"
    response = as_bob.get(url)
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert as_bob.post(url, {"meeting": "99"}).status_code == 403
    resolution.refresh_from_db()
    assert resolution.meeting == 18


def test_staff_without_the_ingest_right_cannot_confirm_or_cancel(as_bob):
    token = "a" * 22
    assert as_bob.post(f"{INGEST}{token}/confirm/").status_code == 403
    assert as_bob.post(f"{INGEST}{token}/cancel/").status_code == 403


def test_staff_without_the_ingest_right_cannot_reparse(as_bob, resolution):
    text = resolution.texts.get()
    response = as_bob.post(
        "/admin/archive/resolution/",
        {"action": "reparse_texts", "_selected_action": [resolution.pk], "index": 0},
        follow=True,
    )
    assert response.redirect_chain == [("/admin/archive/resolution/", 302)]
    assert [str(m) for m in response.context["messages"]] == ["No action selected."]
    assert resolution.texts.get().pk == text.pk  # not replaced


def test_editors_may_ingest_and_edit(as_alice, resolution):
    assert (
        f'<a href="{INGEST}" class="addlink">Ingest resolutions</a>'
        in as_alice.get(CHANGELIST).content.decode()
    )
    assert as_alice.get(INGEST).status_code == 200
    assert as_alice.get(f"/admin/archive/resolution/{resolution.pk}/change/").context["has_change_permission"]
    text = resolution.texts.get()
    assert as_alice.get(f"/admin/archive/resolutiontext/{text.pk}/change/").context["has_change_permission"]


def test_editors_may_not_delete_resolutions_nor_manage_users(as_alice, resolution):
    assert as_alice.get(f"/admin/archive/resolution/{resolution.pk}/delete/").status_code == 403
    assert as_alice.get("/admin/auth/user/").status_code == 403
