"""Stored texts as Akoma Ntoso linked data, for every caller (the API, the admin's export, the AKN IRI
resolver, the dumps): citations of resolutions the archive holds as their AKN IRIs under the canonical
base (`ARCHIVE_CANONICAL_URL`), which the site resolves; sessions as their pages; other UN documents as
undocs.org links; the recorded vote with each Member State's vote.

Expects resolutions from `Resolution.objects.for_export()`; a batch costs at most two more queries,
whatever its size (the cited resolutions' adoption dates, the Member States' votes of recorded votes).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse

from archive.akn import RecordedVote, StateVote, akn_xml, pinpoint_eid, portion_uri, undocs_url, work_uri
from archive.models import MemberStateVote, Resolution, ResolutionText
from archive.parser.document import Citation, SessionRef, Symbol
from archive.parser.symbols import parse_symbol, session_prefix
from archive.services.export import document_from_rows


def canonical_url(path: str) -> str:
    """`path` (absolute, from the site's root) under the site's canonical base."""
    return settings.ARCHIVE_CANONICAL_URL + path


def work_iri(resolution: Resolution) -> str:
    """The resolution's AKN work IRI (/akn/un/statement/deliberation/unga/2004-12-20/59-190/)."""
    session = SessionRef(resolution.session.kind, resolution.session.number)
    return work_uri(Symbol(session, resolution.number, old_era=resolution.old_era), resolution.adopted_on)


def akn_language(held: list[str], asked: str | None) -> str:
    """The language of the Akoma Ntoso document: the one asked for, else English, else the first held."""
    return asked or ("en" if "en" in held else held[0])


def akn_documents(
    resolutions: list[Resolution], languages: dict[int, list[str]] | None = None
) -> Iterator[tuple[Resolution, ResolutionText, bytes]]:
    """Each text of `resolutions` (only the languages `languages[resolution.pk]` where given) with its
    Akoma Ntoso XML, in the resolutions' order and the archive's order of languages."""
    prefetch_related_objects(
        [r for r in resolutions if r.vote == Resolution.Vote.RECORDED],
        Prefetch(
            "state_votes",
            queryset=MemberStateVote.objects.select_related("member_state").order_by("member_state__code"),
        ),
    )
    cited = {c.target_resolution_id for r in resolutions for t in r.texts.all() for c in t.citations.all()}
    cited.discard(None)
    held = dict(Resolution.objects.filter(pk__in=cited).values_list("symbol", "adopted_on"))
    order = ResolutionText.Language.values
    for resolution in resolutions:
        texts = sorted(resolution.texts.all(), key=lambda t: order.index(t.language))
        for text in texts:
            if languages is None or text.language in languages[resolution.pk]:
                yield resolution, text, akn_of(resolution, text, held)


def akn_of(resolution: Resolution, text: ResolutionText, held: dict[str, datetime.date | None]) -> bytes:
    """One text's Akoma Ntoso; `held` gives the adoption dates of the resolutions it cites in the archive."""

    def href(citation: Citation) -> str:
        if citation.kind == "resolution" and citation.target in held:
            symbol, adopted_on = parse_symbol(citation.target), held[citation.target]
            eid = pinpoint_eid(citation.pinpoint)
            return canonical_url(
                portion_uri(symbol, adopted_on, eid) if eid else work_uri(symbol, adopted_on)
            )
        if citation.kind == "session":
            kind, _, number = citation.target.partition("/")
            prefix = session_prefix(SessionRef(kind, int(number)))
            return canonical_url(reverse("pages:session", args=[prefix]))
        return undocs_url(citation.target)

    return akn_xml(
        document_from_rows(resolution, text),
        href=href,
        generated_on=text.ingested_at.date(),
        vote=recorded_vote(resolution, text.language),
    )


def recorded_vote(resolution: Resolution, language: str) -> RecordedVote | None:
    """The resolution's recorded vote with the Member States named in `language`, or None."""
    if resolution.vote != Resolution.Vote.RECORDED:
        return None
    return RecordedVote(
        yes=resolution.votes_yes,
        no=resolution.votes_no,
        abstain=resolution.votes_abstain,
        non_voting=resolution.votes_non_voting,
        states=tuple(
            StateVote(v.member_state.code, getattr(v.member_state, f"name_{language}"), v.vote)
            for v in resolution.state_votes.all()
        ),
    )
