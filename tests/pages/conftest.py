"""Fixtures for the reading pages: texts ingested through the ingestion service (see page_samples), and
rows made by the factories where a test needs pages, not a particular text."""

import datetime

import pytest
from page_samples import SUCCESSOR, source, variant

from archive.models import Resolution, ResolutionText
from tests.factories import (
    CitationFactory,
    FootnoteRefFactory,
    MemberStateVoteFactory,
    ParagraphFactory,
    ResolutionFactory,
    ResolutionTextFactory,
    SeparateVoteFactory,
    SessionFactory,
    shipped_member_state,
)


@pytest.fixture(autouse=True)
def plain_static_storage(settings, tmp_path):
    """Tests run with DEBUG off and no collectstatic: static files by their plain names, from the finders."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.WHITENOISE_USE_FINDERS = True


@pytest.fixture
def ingest_bytes(db):
    from archive.services.ingestion import ingest

    def _ingest(data: bytes, filename: str, **kwargs):
        return ingest(data=data, filename=filename, **kwargs)

    return _ingest


@pytest.fixture
def ingest_sample(ingest_bytes):
    """Ingest a file of tests/data/texts or of the sample corpus, by name."""

    def _ingest(name: str, **kwargs):
        return ingest_bytes(source(name).read_bytes(), name, **kwargs)

    return _ingest


@pytest.fixture
def seed(ingest_sample):
    """A/RES/59/190 in Chinese, the archive's seed text."""
    return ingest_sample("A_RES_59_190.txt").text.resolution


@pytest.fixture
def seed_en(seed, ingest_sample):
    """The seed in English too (a test fixture written for these tests, not the official text)."""
    ingest_sample("A_RES_59_190.en.txt")
    return seed


@pytest.fixture
def successor(seed_en, ingest_bytes):
    """A/RES/60/155 (English), made from the seed's English text: it cites paragraph 5 of 59/190."""
    return ingest_bytes(variant("A_RES_59_190.en.txt", *SUCCESSOR), "A_RES_60_155.txt").text.resolution


@pytest.fixture
def texts_of_every_size(db):
    """Made by the factories: 80/1 with one paragraph; 80/3 with sixty, footnotes and a citation; 59/190 in
    Chinese and English; 60/155 citing its paragraph 5 (and so the next in its series)."""
    eightieth = SessionFactory(number=80)
    small = ResolutionTextFactory(resolution__session=eightieth, resolution__number=1)
    ParagraphFactory(text=small)
    large = ResolutionTextFactory(resolution__session=eightieth, resolution__number=3)
    ParagraphFactory.create_batch(10, text=large, kind="preambular")
    for _ in range(10):
        FootnoteRefFactory(
            paragraph=ParagraphFactory(text=large, subparagraphs=["to act;", "to report;", "to review."])
        )
    CitationFactory(paragraph__text=large, target="A/RES/80/1")
    cited = ResolutionTextFactory(
        language="zh", resolution__session=SessionFactory(number=59), resolution__number=190
    )
    ParagraphFactory.create_batch(12, text=cited)
    ParagraphFactory.create_batch(12, text=ResolutionTextFactory(resolution=cited.resolution))
    citing = ResolutionTextFactory(resolution__session=SessionFactory(number=60), resolution__number=155)
    CitationFactory(paragraph__text=citing, target="A/RES/59/190", pinpoint="5")
    return small, large


# Each page type by its URL without a language prefix, which answers in the reader's language
# (Accept-Language): a resolution in that language when it is held (59/190 in Chinese to a Chinese reader),
# else in the interface's language around a text of another (80/99 in Arabic only).
PAGES = {
    "home": "/",
    "sessions": "/sessions",
    "session": "/sessions/59",
    "resolution": "/A/RES/59/190",
    "resolution-annex": "/A/RES/80/91",
    "resolution-parts": "/A/RES/79/238",
    "resolution-ar": "/A/RES/80/99",
    # the Chinese text in the reader's interface (its own URL: the prefix names the interface)
    "resolution-zh-text": "/{language}/A/RES/59/190/zh",
    "parallel": "/parallel/en/zh/A/RES/59/190",
    "compare": "/compare/A/RES/59/190/with/A/RES/60/155",
    "changelog": "/changes/A/RES/59/190",
    "search": "/search?q=human+rights",
    "not-in-archive": "/A/RES/217(III)",
    "recorded-vote": "/A/RES/79/1",
    "record-only": "/A/RES/73/9",
    "member-states": "/member-states",
    "member-state": "/member-states/USA?with=CUB",
}


@pytest.fixture
def every_page_type(successor, ingest_bytes):
    """The path of each page type, by name: 59/190 in Chinese and English (two versions of the English),
    60/155 citing it, 80/91 with an annex and its sections, 79/238 in two parts, 80/99 in Arabic (right to
    left), 79/1 with a recorded and a separate vote, 73/9 known by its record only."""
    for name in ("A_RES_80_91.en.txt", "A_RES_79_238.en.txt", "A_RES_80_99.ar.txt"):
        ingest_bytes(source(name).read_bytes(), name)
    revised = variant("A_RES_59_190.en.txt", ("Desiring to achieve further", "Desiring to achieve real"))
    ingest_bytes(revised, "A_RES_59_190.en.txt")
    recorded_vote_and_record_only()
    latest = ResolutionText.history.filter(language="en", title__startswith="Strengthening").latest(
        "history_id"
    )
    return {**PAGES, "text-version": f"/changes/A/RES/59/190/versions/{latest.history_id}"}


def recorded_vote_and_record_only():
    """79/1 adopted by a recorded vote with each State's vote (the States a flush before may have removed)
    and a separate vote on a paragraph with each State's vote, 78/1 by a recorded vote too (a State's
    votes in two regular sessions: its page's charts), and 73/9 known by its catalogue record only."""
    states = [shipped_member_state(code) for code in ("USA", "CUB", "ISR")]
    voted = {}
    for session, choices in ((78, ("yes", "no", "yes")), (79, ("no", "yes", "yes"))):
        voted[session] = ResolutionFactory(
            session=SessionFactory(number=session),
            number=1,
            vote=Resolution.Vote.RECORDED,
            votes_yes=choices.count("yes"),
            votes_no=choices.count("no"),
            votes_abstain=0,
        )
        for member_state, vote in zip(states, choices, strict=True):
            MemberStateVoteFactory(resolution=voted[session], member_state=member_state, vote=vote)
    SeparateVoteFactory(
        resolution=voted[79],
        undl_record=41,
        description="Operative paragraph 2 of draft resolution A/79/L.2",
        voted_on=datetime.date(2024, 10, 1),
        states={"USA": "yes", "CUB": "no", "ISR": "abstain"},
    )
    ResolutionFactory(session=SessionFactory(number=73), number=9)
