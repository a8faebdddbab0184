"""The resolution list (filters, search, queries), the change pages (metadata, vote, texts' paragraphs and
footnotes) and the actions (re-parse, re-resolve citations, export)."""

import io
import json
import zipfile

import pytest
from admin_helpers import change_form_data
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree

from archive.models import Citation, MemberState, MemberStateVote, Paragraph, Resolution, ResolutionText
from archive.serializers import export_resolution
from tests.factories import (
    CitationFactory,
    FootnoteRefFactory,
    ParagraphFactory,
    ResolutionTextFactory,
    SessionFactory,
)

CHANGELIST = "/admin/archive/resolution/"


WARNINGS = [
    {
        "line": 7,
        "template": "%(eid)s ends without final punctuation; its text may be cut",
        "params": {"eid": "para_1"},
    }
]
SCALE = (
    "Scale of assessments for the apportionment of the expenses of the United Nations: "
    "requests under Article 19 of the Charter"
)


def stored(session: int, number: int, *, cites: str = "A/RES/54/237", **text) -> ResolutionText:
    """A resolution with one text (English unless `text` says otherwise), whose paragraph cites `cites`."""
    text = ResolutionTextFactory(
        resolution__session=SessionFactory(number=session), resolution__number=number, **text
    )
    CitationFactory(paragraph__text=text, target=cites)
    return text


@pytest.fixture
def archive(db):
    """80/11 and 80/99 (parser warnings), 80/1 and 80/2 (English), 59/190 (Chinese): 80/99 cites 80/1, the
    others a resolution the archive does not hold; 80/2 has a recorded vote."""
    stored(80, 11, warnings=WARNINGS)
    stored(80, 1)
    stored(80, 2, title=SCALE, resolution__recorded=True)
    stored(59, 190, language="zh")
    stored(80, 99, cites="A/RES/80/1", warnings=WARNINGS)


def listed(client, query: str = "") -> list[str]:
    response = client.get(f"{CHANGELIST}?{query}")
    assert response.status_code == 200
    return [r.symbol for r in response.context["cl"].result_list]


ALL = ["A/RES/80/1", "A/RES/80/2", "A/RES/80/11", "A/RES/80/99", "A/RES/59/190"]  # newest session first


@pytest.mark.parametrize(
    ("query", "symbols"),
    [
        ("", ALL),
        ("language=zh", ["A/RES/59/190"]),
        ("language=en", ["A/RES/80/1", "A/RES/80/2", "A/RES/80/11", "A/RES/80/99"]),
        ("warnings=yes", ["A/RES/80/11", "A/RES/80/99"]),
        ("warnings=no", ["A/RES/80/1", "A/RES/80/2", "A/RES/59/190"]),
        ("unresolved=no", ["A/RES/80/99"]),
        ("unresolved=yes", ["A/RES/80/1", "A/RES/80/2", "A/RES/80/11", "A/RES/59/190"]),
        ("recorded_vote=yes", ["A/RES/80/2"]),
        ("recorded_vote=no", ["A/RES/80/1", "A/RES/80/11", "A/RES/80/99", "A/RES/59/190"]),
        ("session__kind__exact=regular", ALL),
        ("q=80/1", ["A/RES/80/1", "A/RES/80/11"]),
        ("q=Scale of assessments", ["A/RES/80/2"]),
    ],
)
def test_the_list_filters_and_searches(as_alice, archive, query, symbols):
    assert listed(as_alice, query) == symbols


def test_the_list_filters_by_session(as_alice, archive):
    session = Resolution.objects.get(symbol="A/RES/59/190").session
    assert listed(as_alice, f"session__id__exact={session.pk}") == ["A/RES/59/190"]


def test_the_list_shows_titles_and_languages(as_alice, archive):
    response = as_alice.get(f"{CHANGELIST}?q=80/2")
    html = response.content.decode()
    assert '<td class="field-english_title">Scale of assessments for the apportionment' in html
    assert '<td class="field-languages">en</td>' in html


def test_the_list_runs_the_same_queries_whatever_the_number_of_resolutions(as_alice):
    stored(80, 1)
    as_alice.get(CHANGELIST)  # warm the caches (content types, the session)
    with CaptureQueriesContext(connection) as one:
        as_alice.get(CHANGELIST)
    for session, number in [(80, 2), (80, 13), (59, 190)]:
        stored(session, number)
    with CaptureQueriesContext(connection) as four:
        assert len(as_alice.get(CHANGELIST).context["cl"].result_list) == 4
    assert len(four) == len(one)


def test_editors_correct_metadata_and_the_vote(as_alice, resolution):
    url = f"{CHANGELIST}{resolution.pk}/change/"
    data = change_form_data(
        as_alice.get(url),
        meeting="19",
        agenda_items="140, 141",
        basis="on the report of the Fifth Committee",
        vote="recorded",
        votes_yes="150",
        votes_no="2",
        votes_abstain="10",
        votes_non_voting="31",
    )
    response = as_alice.post(url, data)
    assert response.status_code == 302
    resolution.refresh_from_db()
    assert (resolution.meeting, resolution.agenda_items, resolution.basis) == (
        19,
        ["140", "141"],
        "on the report of the Fifth Committee",
    )
    assert (resolution.vote, resolution.votes_yes, resolution.votes_no) == ("recorded", 150, 2)
    assert (resolution.votes_abstain, resolution.votes_non_voting) == (10, 31)


def test_vote_totals_without_a_recorded_vote_are_refused(as_alice, resolution):
    url = f"{CHANGELIST}{resolution.pk}/change/"
    response = as_alice.post(url, change_form_data(as_alice.get(url), vote="recorded"))
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Constraint “resolution_vote_counts_iff_recorded” is violated."
    ]
    resolution.refresh_from_db()
    assert resolution.vote == "unknown"


def state_votes(*votes: tuple[str, str]) -> dict:
    """The vote inline's fields for (Member State code, vote) pairs."""
    data = {"state_votes-TOTAL_FORMS": str(len(votes))}
    for i, (code, vote) in enumerate(votes):
        data[f"state_votes-{i}-member_state"] = str(MemberState.objects.get(code=code).pk)
        data[f"state_votes-{i}-vote"] = vote
    return data


RECORDED = {
    "vote": "recorded",
    "votes_yes": "2",
    "votes_no": "0",
    "votes_abstain": "1",
    "votes_non_voting": "",
}


def test_editors_record_each_member_states_vote(as_alice, resolution):
    url = f"{CHANGELIST}{resolution.pk}/change/"
    votes = state_votes(("FRA", "yes"), ("JPN", "abstain"), ("BRA", "yes"))
    assert as_alice.post(url, change_form_data(as_alice.get(url), **RECORDED, **votes)).status_code == 302
    assert list(MemberStateVote.objects.values_list("member_state__name_en", "vote")) == [
        ("Brazil", "yes"),
        ("France", "yes"),
        ("Japan", "abstain"),
    ]


@pytest.mark.parametrize(
    ("vote", "message"),
    [
        ({}, "Member States' votes need a recorded vote, with its totals."),
        (
            {**RECORDED, "votes_yes": "3", "votes_non_voting": "1"},
            "The Member States' votes do not add up to the totals: 2 in favour but 3 in the totals; "
            "0 did not vote but 1 in the totals.",
        ),
    ],
)
def test_member_states_votes_must_match_the_recorded_vote(as_alice, resolution, vote, message):
    url = f"{CHANGELIST}{resolution.pk}/change/"
    votes = state_votes(("FRA", "yes"), ("JPN", "abstain"), ("BRA", "yes"))
    response = as_alice.post(url, change_form_data(as_alice.get(url), **vote, **votes))
    assert response.status_code == 200
    inlines = response.context["inline_admin_formsets"]
    [vote_inline] = [inline for inline in inlines if inline.formset.model is MemberStateVote]
    assert vote_inline.formset.non_form_errors() == [message]
    assert not MemberStateVote.objects.exists()


def test_editors_correct_paragraphs_and_footnotes_inline(as_alice, resolution):
    text = resolution.texts.get()
    url = f"/admin/archive/resolutiontext/{text.pk}/change/"
    response = as_alice.get(url)
    assert [f.instance.eid for f in response.context["inline_admin_formsets"][0].formset.forms][:3] == [
        "preamble__para_1",
        "preamble__para_2",
        "para_1",
    ]
    assert dict(response.context["inline_admin_formsets"][0].formset.forms[2].fields["parent"].choices)[
        ""
    ] == ("---------")
    data = change_form_data(
        response,
        **{"paragraphs-2-body": "Reaffirms its role.", "paragraphs-2-number": "1.", "footnotes-0-mark": "*"},
    )
    assert as_alice.post(url, data).status_code == 302
    paragraph = Paragraph.objects.get(text=text, eid="para_1")
    assert (paragraph.body, paragraph.number) == ("Reaffirms its role.", "1.")
    assert text.footnotes.get().mark == "*"


def test_editors_nest_a_paragraph_under_another(as_alice, resolution):
    text = resolution.texts.get()
    url = f"/admin/archive/resolutiontext/{text.pk}/change/"
    parent = Paragraph.objects.get(text=text, eid="para_1")
    data = change_form_data(
        as_alice.get(url),
        **{
            "paragraphs-3-kind": "subparagraph",
            "paragraphs-3-parent": str(parent.pk),
            "paragraphs-3-depth": "1",
        },
    )
    assert as_alice.post(url, data).status_code == 302
    nested = Paragraph.objects.get(text=text, eid="para_2")
    assert (nested.kind, nested.parent, nested.depth) == ("subparagraph", parent, 1)


def test_texts_are_added_only_by_ingestion(as_alice):
    assert as_alice.get("/admin/archive/resolutiontext/add/").status_code == 403
    assert as_alice.get(f"{CHANGELIST}add/").status_code == 403


def run_action(client, action: str, *resolutions, follow=False):
    data = {"action": action, "_selected_action": [r.pk for r in resolutions], "index": 0}
    return client.post(CHANGELIST, data, follow=follow)


def test_reparse_replaces_the_structure_and_shows_what_changed(as_alice, ingested):
    resolution = ingested("A_RES_80_2.txt")
    Paragraph.objects.filter(text__resolution=resolution, eid="para_1").update(body="An editor's mistake.")
    response = run_action(as_alice, "reparse_texts", resolution)
    assert response.status_code == 200
    [(label, outcome, error)] = response.context["results"]
    assert (label, outcome.status, error) == ("A/RES/80/2 (English)", "replaced", "")
    assert [(c.eid, c.kind, c.old) for c in outcome.changes] == [
        ("para_1", "changed", "1 An editor's mistake.")
    ]
    assert outcome.changes[0].new.startswith(
        "1 Reaffirms its role in accordance with the provisions of Article 19"
    )
    assert "<td><del>1 An editor&#x27;s mistake.</del></td>" in response.content.decode()
    body = Paragraph.objects.get(text__resolution=resolution, eid="para_1").body
    assert body.startswith("Reaffirms its role in accordance")


def test_reparse_of_an_unchanged_text_writes_nothing(as_alice, ingested):
    resolution = ingested("A_RES_80_2.txt")
    text = resolution.texts.get()
    response = run_action(as_alice, "reparse_texts", resolution)
    [(label, outcome, error)] = response.context["results"]
    assert (outcome.status, outcome.changes) == ("unchanged", [])
    assert "Unchanged: the current parser reads the stored source the same way." in response.content.decode()
    assert resolution.texts.get().pk == text.pk


def test_reparse_reports_a_text_it_cannot_read(as_alice, ingested):
    resolution = ingested("A_RES_80_2.txt")
    resolution.texts.update(source_bytes=b"")
    [(label, outcome, error)] = run_action(as_alice, "reparse_texts", resolution).context["results"]
    assert (outcome, error) == (None, "the file is empty")


def test_re_resolve_citations_links_them_to_the_archive(as_alice, archive):
    Citation.objects.update(target_resolution=None)
    cites_80_1 = Resolution.objects.get(symbol="A/RES/80/99")
    response = run_action(as_alice, "resolve_selected_citations", cites_80_1, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "Re-resolved the citations of 1 resolution: 1 point to resolutions in the archive."
    ]
    assert Citation.objects.get(text__resolution=cites_80_1).target_resolution.symbol == "A/RES/80/1"


def test_export_json_is_the_export_commands_json(as_alice, resolution):
    response = run_action(as_alice, "export_json", resolution)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="A-RES-80-2.json"'
    expected = export_resolution(Resolution.objects.for_export().get(pk=resolution.pk))
    assert json.loads(response.content) == json.loads(json.dumps(expected, default=str))


def test_export_json_of_several_resolutions_is_a_list(as_alice, archive):
    selected = Resolution.objects.filter(symbol__in=["A/RES/80/1", "A/RES/80/2"])
    response = run_action(as_alice, "export_json", *selected)
    assert response["Content-Disposition"] == 'attachment; filename="resolutions.json"'
    assert sorted(r["symbol"] for r in json.loads(response.content)) == ["A/RES/80/1", "A/RES/80/2"]


def test_export_akoma_ntoso_is_a_zip_of_one_xml_file_per_text(as_alice, archive):
    selected = Resolution.objects.filter(symbol__in=["A/RES/59/190", "A/RES/80/99"])
    response = run_action(as_alice, "export_akn", *selected)
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="akoma-ntoso.zip"'
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive_file:
        assert sorted(archive_file.namelist()) == ["A-RES-59-190.zh.xml", "A-RES-80-99.en.xml"]
        root = etree.fromstring(archive_file.read("A-RES-80-99.en.xml"))
    ns = {"akn": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    assert root.xpath("//akn:docNumber/text()", namespaces=ns) == ["A/RES/80/99"]
    # The same linked data as the API: 80/1, held, by its AKN IRI under the canonical base.
    assert root.xpath("//akn:ref/@href", namespaces=ns) == [
        "http://127.0.0.1:8000/akn/un/statement/deliberation/unga/2025-10-14/80-1/"
    ]


def test_a_texts_page_runs_the_same_queries_whatever_the_number_of_paragraphs(as_alice, db):
    def queries(paragraphs: int) -> int:
        text = ResolutionTextFactory()
        footnoted = ParagraphFactory(text=text, kind="preambular")
        ParagraphFactory.create_batch(paragraphs - 1, text=text)
        FootnoteRefFactory(paragraph=footnoted)
        url = f"/admin/archive/resolutiontext/{text.pk}/change/"
        as_alice.get(url)  # warm the caches (content types, the session)
        with CaptureQueriesContext(connection) as captured:
            assert as_alice.get(url).status_code == 200
        return len(captured)

    assert queries(8) == queries(61)
