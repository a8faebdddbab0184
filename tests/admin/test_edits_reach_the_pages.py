"""An editor's correction in the admin is on the public page and in the API at once: the admin gave the
resolutions whose pages show it (and only those) a new content version, so the cached responses of the old
one are not served."""

import pytest
from admin_helpers import change_form_data
from admin_texts import WARNED
from django.test import Client

from archive.models import MemberState, MemberStateVote, Resolution, SeparateStateVote, SeparateVote
from tests.factories import SeparateVoteFactory


@pytest.fixture
def cited_and_citing(ingested):
    """A/RES/80/99 cites A/RES/80/1; A/RES/80/2 is in the same session and cites neither."""
    ingested("A_RES_80_1.txt")
    ingested("A_RES_80_2.txt")
    ingested("pasted.txt", WARNED.encode())


@pytest.fixture
def as_admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "password"))
    return client


def versions() -> dict[str, int]:
    return dict(Resolution.objects.values_list("symbol", "content_version"))


def bumped(before: dict[str, int], after: dict[str, int]) -> set[str]:
    """The resolutions with a new version."""
    return {symbol for symbol, version in after.items() if symbol in before and version != before[symbol]}


def change(client, model: str, pk: int, **changes):
    url = f"/admin/archive/{model}/{pk}/change/"
    response = client.post(url, change_form_data(client.get(url), **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_a_paragraph_corrected_in_the_admin(as_alice, ingested):
    resolution = ingested("A_RES_80_2.txt")
    reader = Client()
    paths = [resolution.get_absolute_url(), f"/api/v1/resolutions/{resolution.symbol}", "/sessions/80"]
    before = {path: reader.get(path) for path in paths}
    text = resolution.texts.get()
    url = f"/admin/archive/resolutiontext/{text.pk}/change/"
    form = change_form_data(as_alice.get(url), **{"paragraphs-2-body": "Reaffirms its role."})
    assert as_alice.post(url, form).status_code == 302

    for path, response in before.items():
        again = reader.get(path, HTTP_IF_NONE_MATCH=response["ETag"])
        assert again.status_code == 200 and again["ETag"] != response["ETag"], path
    assert "Reaffirms its role." in reader.get(resolution.get_absolute_url()).content.decode()
    assert "Reaffirms its role." in reader.get(paths[1]).content.decode()


def test_a_resolutions_edit_is_new_for_it_and_its_neighbours(as_alice, cited_and_citing):
    cited = Resolution.objects.get(symbol="A/RES/80/1")
    before = versions()
    change(as_alice, "resolution", cited.pk, basis="corrected")
    assert bumped(before, versions()) == {"A/RES/80/1", "A/RES/80/99"}


@pytest.mark.parametrize("name", ["A_RES_80_2.txt", "A_RES_80_5.txt", "A_RES_73_8-EN.pdf"])
def test_a_resolution_saved_unchanged_is_new_for_none(as_alice, ingested, name):
    """Its agenda items and draft symbols (lists, shown as "25 (b)") are posted as shown: not a change."""
    resolution = ingested(name)
    assert resolution.agenda_items
    before = versions()
    change(as_alice, "resolution", resolution.pk)
    assert bumped(before, versions()) == set()


def test_a_member_states_vote_is_new_for_its_resolution_only(as_alice, cited_and_citing):
    citing = Resolution.objects.get(symbol="A/RES/80/99")
    change(as_alice, "resolution", citing.pk, vote="recorded", votes_yes="1", votes_no="0", votes_abstain="0")
    before = versions()
    france = MemberState.objects.get(code="FRA")
    vote = {"TOTAL_FORMS": "1", "0-member_state": str(france.pk), "0-vote": "yes"}
    change(as_alice, "resolution", citing.pk, **{f"state_votes-{key}": value for key, value in vote.items()})
    assert MemberStateVote.objects.filter(resolution=citing, member_state=france, vote="yes").exists()
    assert bumped(before, versions()) == {"A/RES/80/99"}


def test_a_revert_is_new_for_the_resolution_and_its_neighbours(as_alice, cited_and_citing):
    cited = Resolution.objects.get(symbol="A/RES/80/1")
    change(as_alice, "resolution", cited.pk, basis="corrected")
    before = versions()
    created = cited.history.earliest("history_date")
    revert_page = f"/admin/archive/resolution/{cited.pk}/history/{created.history_id}/"
    assert as_alice.post(revert_page, change_form_data(as_alice.get(revert_page))).status_code == 302
    assert bumped(before, versions()) == {"A/RES/80/1", "A/RES/80/99"}


def test_a_deleted_resolution_is_new_for_those_citing_it(as_admin, cited_and_citing):
    cited = Resolution.objects.get(symbol="A/RES/80/1")
    before = versions()
    assert as_admin.post(f"/admin/archive/resolution/{cited.pk}/delete/", {"post": "yes"}).status_code == 302
    assert bumped(before, versions()) == {"A/RES/80/99"}


def test_a_member_states_names_are_new_for_the_resolutions_it_voted_on(as_admin, cited_and_citing):
    citing = Resolution.objects.get(symbol="A/RES/80/99")
    Resolution.objects.filter(pk=citing.pk).update(vote="recorded", votes_yes=1, votes_no=0, votes_abstain=0)
    france = MemberState.objects.get(code="FRA")
    MemberStateVote.objects.create(resolution=citing, member_state=france, vote="yes")
    # and in a separate vote on another resolution (its page lists the State's vote in it by name)
    other = Resolution.objects.get(symbol="A/RES/80/1")
    SeparateVoteFactory(resolution=other, undl_record=1, states={"FRA": "yes"})
    before = versions()
    change(as_admin, "memberstate", france.pk, name_en="French Republic")
    assert bumped(before, versions()) == {"A/RES/80/99", "A/RES/80/1"}


def test_a_sessions_edit_is_new_for_its_resolutions_and_copied_onto_them(
    as_admin, cited_and_citing, ingested
):
    ingested("A_RES_73_8-EN.pdf")
    session = Resolution.objects.get(symbol="A/RES/80/1").session
    before = versions()
    change(as_admin, "session", session.pk, number="81")
    assert bumped(before, versions()) == {"A/RES/80/1", "A/RES/80/2", "A/RES/80/99"}
    assert set(Resolution.objects.filter(session=session).values_list("session_kind", "session_number")) == {
        ("regular", 81)
    }


def a_separate_vote(symbol: str) -> SeparateVote:
    return SeparateVoteFactory(resolution=Resolution.objects.get(symbol=symbol), undl_record=7, votes_yes=1)


def test_a_separate_vote_corrected_inline_is_new_for_its_resolution(as_admin, cited_and_citing):
    part = a_separate_vote("A/RES/80/2")
    before = versions()
    corrected = {"separate_votes-0-description": "Amendment A/80/L.9"}
    change(as_admin, "resolution", part.resolution_id, **corrected)
    assert SeparateVote.objects.get(pk=part.pk).description == "Amendment A/80/L.9"
    assert bumped(before, versions()) == {"A/RES/80/2"}


def test_each_member_states_vote_in_a_separate_vote_is_edited_on_its_page_by_an_editor(
    as_alice, cited_and_citing
):
    """By an editor: the Editors group may correct separate votes (migration 0033)."""
    part = a_separate_vote("A/RES/80/1")
    resolution_page = as_alice.get(f"/admin/archive/resolution/{part.resolution_id}/change/").content.decode()
    assert f'href="/admin/archive/separatevote/{part.pk}/change/"' in resolution_page
    france = MemberState.objects.get(code="FRA")
    url = f"/admin/archive/separatevote/{part.pk}/change/"
    shown = as_alice.get(url)

    def with_vote(vote: str) -> dict:
        state_vote = {"TOTAL_FORMS": "1", "0-member_state": str(france.pk), "0-vote": vote}
        return change_form_data(shown, **{f"state_votes-{key}": value for key, value in state_vote.items()})

    refused = as_alice.post(url, with_vote("no"))
    assert refused.status_code == 200
    [inline] = refused.context["inline_admin_formsets"]
    assert inline.formset.non_form_errors() == [
        "The Member States' votes do not add up to the totals: 0 in favour but 1 in the totals; "
        "1 against but 0 in the totals."
    ]
    assert not SeparateStateVote.objects.exists()
    before = versions()
    assert as_alice.post(url, with_vote("yes")).status_code == 302
    assert list(SeparateStateVote.objects.values_list("separate_vote", "member_state__code", "vote")) == [
        (part.pk, "FRA", "yes")
    ]
    assert bumped(before, versions()) == {"A/RES/80/1"}
    state_page = Client().get("/member-states/FRA").content.decode()
    assert (
        '<a href="/A/RES/80/1#separate-vote-7">A/RES/80/1</a></th>'
        '<td lang="en" dir="ltr">Operative paragraph 2</td>' in state_page
    )
