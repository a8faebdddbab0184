"""The ingestion service stores the vote a text prints: totals on the resolution and each Member State's
vote, matched by its name in the text's language; names it cannot match are warned about."""

from archive.models import MemberStateVote, Resolution
from archive.services.changelog import reason_said
from archive.services.ingestion import ingest

from .conftest import TEXTS

LANGUAGES = ["en", "ar", "es", "fr", "ru", "zh"]


def _votes(resolution):
    return {
        choice: sorted(
            resolution.state_votes.filter(vote=choice).values_list("member_state__code", flat=True)
        )
        for choice in ("yes", "no", "abstain")
    }


def test_the_recorded_vote_of_55_100_is_stored_once_from_any_language(ingest_sample):
    first = ingest_sample("A_RES_55_100-EN.txt")

    resolution = Resolution.objects.get(symbol="A/RES/55/100")
    assert first.warnings == []
    assert (resolution.vote, resolution.votes_yes, resolution.votes_no, resolution.votes_abstain) == (
        "recorded",
        106,
        1,
        67,
    )
    votes = _votes(resolution)
    assert [len(votes[c]) for c in ("yes", "no", "abstain")] == [106, 1, 67]
    assert votes["no"] == ["USA"]
    assert {"LBY", "SWZ", "CUB"} <= set(votes["yes"])
    assert {"MKD", "CZE", "GBR"} <= set(votes["abstain"])
    assert MemberStateVote.history.filter(resolution_id=resolution.pk).count() == 174
    version = resolution.content_version

    for language in LANGUAGES[1:]:
        outcome = ingest_sample(f"A_RES_55_100-{language.upper()}.txt")
        assert outcome.status == "created"
        assert outcome.warnings == [], language

    resolution.refresh_from_db()
    assert _votes(resolution) == votes
    assert resolution.texts.count() == 6
    assert resolution.content_version > version
    assert list(resolution.texts.get(language="fr").footnotes.values_list("mark", flat=True)) == [
        "1",
        "2",
        "3",
        "4",
    ]


def test_former_states_are_stored_and_unknown_names_are_warned_about(db):
    path = TEXTS / "A_RES_40_250.en.txt"

    outcome = ingest(data=path.read_bytes(), filename=path.name)

    resolution = Resolution.objects.get(symbol="A/RES/40/250")
    assert (resolution.vote, resolution.votes_yes, resolution.votes_no, resolution.votes_abstain) == (
        "recorded",
        4,
        0,
        1,
    )
    assert _votes(resolution) == {"yes": ["BLR", "DDR", "SUN"], "no": [], "abstain": ["YUG"]}
    assert [w.message for w in outcome.warnings] == [
        "text that looks glued into the sentence (a footnote's?), kept: "
        "'the Lima Declaration,Issued at the Second General Conference'",
        "recorded vote, in favour: no Member State named Atlantis",
        "recorded vote: 3 Member States in favour, 4 in the totals",
    ]
    assert {
        "line": None,
        "template": "recorded vote, in favour: no Member State named %(names)s",
        "params": {"names": "Atlantis"},
    } in outcome.text.warnings


def test_a_resolution_adopted_without_a_vote_stores_no_state_votes(db):
    text = (
        "RESOLUTION 34/9\n"
        "Adopted at the 30th plenary meeting, on 2 November 1979, without a vote\n"
        "34/9. Title\nThe General Assembly,\n1. Decides to act;\n"
    )

    outcome = ingest(data=text.encode(), filename="A_RES_34_9.txt")

    resolution = outcome.text.resolution
    resolution.refresh_from_db()
    assert (resolution.vote, resolution.votes_yes) == ("without_vote", None)
    assert resolution.state_votes.count() == 0


def test_the_sample_corpus_vote_totals_are_entered_once(ingest_sample):
    from django.core.management import call_command

    from tests.conftest import SAMPLES

    ingest_sample("A_RES_73_8-EN.pdf")
    call_command("enter_vote_totals", SAMPLES / "vote_totals.json")
    resolution = Resolution.objects.get(symbol="A/RES/73/8")
    assert (resolution.vote, resolution.votes_yes, resolution.votes_no, resolution.votes_abstain) == (
        "recorded",
        189,
        2,
        0,
    )
    assert not resolution.state_votes.exists()  # totals only: no State's vote without a source listing it
    version = resolution.content_version
    call_command("enter_vote_totals", SAMPLES / "vote_totals.json")
    resolution.refresh_from_db()
    assert resolution.content_version == version
    assert reason_said(resolution.history.first().history_change_reason) == (
        "vote totals from the official record of the meeting, A/73/PV.30"
    )


def test_why_votes_do_not_add_up_is_said_in_the_interface_language():
    from django.utils import translation

    from archive.services.errors import message_of
    from archive.services.votes import totals_problem

    totals, choices = {"yes": 2, "no": 0, "abstain": None, "non_voting": None}, ["yes", "no"]
    with translation.override("fr"):
        assert message_of(totals_problem(totals, choices)) == (
            "Les votes des États Membres ne correspondent pas aux totaux\u00a0: "
            "1 pour mais 2 dans les totaux\u00a0; 1 contre mais 0 dans les totaux."
        )
    with translation.override("zh"):
        assert message_of(totals_problem(totals, choices)) == (
            "会员国的投票与总数不符：赞成 1 票，但总数为 2；反对 1 票，但总数为 0。"
        )
    with translation.override("ar"):
        assert message_of(totals_problem(totals, choices)) == (
            "أصوات الدول الأعضاء لا تطابق المجاميع: 1 مؤيدة لكن 2 في المجاميع؛ 1 معارضة لكن 0 في المجاميع."
        )
