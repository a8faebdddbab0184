"""The factories store what the ingestion service stores for the same text: the tests that use them look
at the rows an ingest would leave."""

from django.contrib.auth.models import Group

from archive.models import Paragraph, Resolution, ResolutionText
from archive.services.changelog import reason_said
from archive.services.ingestion import ingest

from .factories import (
    CitationFactory,
    EditorFactory,
    FootnoteFactory,
    FootnoteRefFactory,
    MemberStateVoteFactory,
    ParagraphFactory,
    ResolutionFactory,
    ResolutionTextFactory,
    SeparateVoteFactory,
    SessionFactory,
    UserFactory,
)

TEXT = """80/97. Test of the factories

The General Assembly,

Recalling its resolution 80/1 of 19 September 2025,

Having considered the report of the Secretary-General,1

1. Decides to remain seized of the matter;

2. Requests the Secretary-General:

(a) To report to it at its eighty-first session;

(b) To consult Member States;

3rd plenary meeting 19 September 2025

1 A/80/11.
"""


def rows(text: ResolutionText) -> dict:
    """A text's rows, without ids and the columns that name its resolution."""
    return {
        "text": (text.language, text.title, text.formula, text.parser_version, text.warnings),
        "paragraphs": list(
            text.paragraphs.order_by("position").values_list(
                "kind", "eid", "position", "depth", "number", "body", "parent__eid", "annex"
            )
        ),
        "footnotes": list(text.footnotes.values_list("eid", "mark", "position", "body")),
        "refs": list(
            text.footnote_refs.values_list("paragraph__eid", "footnote__eid", "mark", "offset", "position")
        ),
        "citations": list(
            text.citations.values_list(
                "paragraph__eid",
                "footnote__eid",
                "position",
                "kind",
                "raw",
                "start",
                "end",
                "target",
                "pinpoint",
                "part",
                "target_resolution__symbol",
            )  # fmt: skip
        ),
    }


def history(records) -> list[tuple]:
    """Each record's type, author and reason, as the change log says it (in English)."""
    return [
        (r.history_type, r.history_user, reason_said(r.history_change_reason))
        for r in records.order_by("history_id")
    ]


def test_the_factories_store_the_rows_an_ingest_stores(db):
    ResolutionFactory(session=SessionFactory(number=80), number=1, symbol="A/RES/80/1")
    ingested = ingest(data=TEXT.encode(), filename="A_RES_80_97.txt").text

    resolution = ResolutionFactory(number=98, adopted_on=ingested.resolution.adopted_on, meeting=3)
    text = ResolutionTextFactory(resolution=resolution, title="Test of the factories")
    recalling = CitationFactory(
        paragraph__text=text,
        paragraph__body="Recalling its resolution 80/1 of 19 September 2025,",
        target="A/RES/80/1",
    ).paragraph
    considering = ParagraphFactory(
        text=text, kind="preambular", body="Having considered the report of the Secretary-General,"
    )
    ParagraphFactory(text=text, body="Decides to remain seized of the matter;")
    requests = ParagraphFactory(
        text=text,
        body="Requests the Secretary-General:",
        subparagraphs=["To report to it at its eighty-first session;", "To consult Member States;"],
    )
    CitationFactory(
        paragraph=requests.children.get(number="(a)"),
        kind="session",
        target="regular/81",
        raw="eighty-first session",
    )
    ref = FootnoteRefFactory(paragraph=considering)
    CitationFactory(paragraph=None, footnote=ref.footnote, kind="document", target="A/80/11")

    assert rows(text) == rows(ingested)
    assert recalling.eid == "preamble__para_1"
    assert (resolution.symbol, resolution.session, resolution.adopted_on) == (
        "A/RES/80/98",
        ingested.resolution.session,
        ingested.resolution.adopted_on,
    )
    assert history(resolution.history) == [("+", None, "created from A_RES_80_98.txt")]
    assert history(text.history) == [("+", None, "ingested from A_RES_80_98.txt")]
    assert not Paragraph.history.exists()  # the structure is recorded once, on the text


def test_a_footnote_is_numbered_in_its_text_and_a_resolution_made_for_a_vote_has_a_recorded_vote(db):
    text = ResolutionTextFactory()
    assert [FootnoteFactory(text=text).eid for _ in range(2)] == ["fnt_1", "fnt_2"]
    vote = MemberStateVoteFactory()
    assert (vote.resolution.vote, vote.resolution.votes_yes, vote.vote) == ("recorded", 150, "yes")
    assert Resolution.objects.get(pk=vote.resolution.pk).symbol.startswith("A/RES/80/")


def test_a_separate_vote_counts_its_states_votes_unless_given_its_totals(db):
    counted = SeparateVoteFactory(states={"FRA": "yes", "BRA": "no", "ARG": "abstain", "CUB": "yes"})
    assert counted.resolution.vote == Resolution.Vote.RECORDED
    assert (counted.votes_yes, counted.votes_no, counted.votes_abstain) == (2, 1, 1)
    assert list(counted.state_votes.order_by("id").values_list("member_state__code", "vote")) == [
        ("FRA", "yes"),
        ("BRA", "no"),
        ("ARG", "abstain"),
        ("CUB", "yes"),
    ]
    given = SeparateVoteFactory(states={"FRA": "yes"}, votes_yes=120, votes_no=30, votes_abstain=9)
    assert (given.votes_yes, given.votes_no, given.votes_abstain) == (120, 30, 9)
    assert given.state_votes.count() == 1


def test_an_editor_is_staff_in_the_editors_group_and_a_user_is_neither(db):
    editor, reader = EditorFactory(), UserFactory()
    assert (editor.is_staff, list(editor.groups.values_list("name", flat=True))) == (True, ["Editors"])
    assert (reader.is_staff, reader.groups.exists()) == (False, False)
    assert editor.check_password("password") and reader.check_password("password")


def test_an_editor_made_once_a_flush_removed_the_group_has_the_rights_the_migrations_give(db):
    """A transactional test's flush removes the Editors group: the factory makes it again, as migrated."""
    migrated = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    Group.objects.filter(name="Editors").delete()
    editor = EditorFactory()
    assert set(editor.groups.get(name="Editors").permissions.values_list("codename", flat=True)) == migrated
    assert len(migrated) == 31
