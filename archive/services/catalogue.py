"""The Digital Library's catalogue records and voting records, stored on the resolutions they describe.

A resolution's record (191 $a A/RES/…) gives its title, adoption date, agenda items, draft and report
symbols, subjects and official files; a draft's record (191 $a A/C.3/78/L.49/Rev.1) names the resolution
it became (993) and adds its own symbol, report, agenda items and subjects to it. Either creates the
resolution when the archive does not hold it yet: it is then known by its record before its text.
Records are merged in (lists extended, empty fields filled), so storing one twice changes nothing.

A voting record on the whole resolution gives its recorded vote (totals and each Member State's vote,
matched by code, else by name, former States included); one on an amendment or a paragraph is kept apart
(`SeparateVote`, with each Member State's vote in it: `SeparateStateVote`). The Digital Library is the
source of record for votes: its totals replace the stored ones, and each State's vote replaces a differing
one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop
from simple_history.utils import bulk_create_with_history

from archive.harvest.marc import CatalogueRecord, VotingRecord
from archive.messages import Message, MessageError
from archive.models import (
    Citation,
    MemberState,
    MemberStateVote,
    OfficialFile,
    Resolution,
    SeparateStateVote,
    SeparateVote,
    Session,
)
from archive.models.history import change_reason
from archive.parser.symbols import parse_symbol

from .ingestion import _attribute
from .member_names import match_names, name_index
from .votes import OF_RESOLUTION, OF_SEPARATE_VOTE, RESTORED, state_votes_problem, totals_problem

CREATED_FROM_RECORD = gettext_noop("created from UN Digital Library record %(record)s")  # a change reason


@dataclass
class Stored:
    symbol: str
    status: str  # "created", "updated" or "unchanged"
    problems: list[Message] = field(default_factory=list)


@transaction.atomic
def store_catalogue_record(*, record: CatalogueRecord, session: int | None = None) -> list[Stored]:
    """Store a resolution's or a draft's record on the resolutions it describes (of `session` only, if
    given). Raises MessageError when the record describes no resolution."""
    own = record.symbol.startswith("A/RES/")
    symbols = [record.symbol] if own else record.resolutions
    if not symbols:
        raise MessageError(
            gettext_noop("%(symbol)s is not a resolution and names none (993)"), symbol=record.symbol
        )
    out = []
    for symbol in symbols:
        parsed = parse_symbol(symbol)
        if session is not None and (parsed.session.kind, parsed.session.number) != ("regular", session):
            other = gettext_noop("%(symbol)s is not a resolution of session %(session)s")
            raise MessageError(other, symbol=symbol, session=session)
        resolution, created = _resolution(
            parsed, change_reason(CREATED_FROM_RECORD, record=str(record.record_id))
        )
        stored = Stored(resolution.symbol, "created" if created else "unchanged")
        changed = _merge(resolution, record, own, stored.problems)
        if own:
            changed |= _official_files(resolution, record)
        if changed and not created:
            stored.status = "updated"
        if created or changed:
            _attribute(
                resolution,
                None,
                change_reason(
                    gettext_noop("from UN Digital Library record %(record)s"), record=str(record.record_id)
                ),
            )
            resolution.save()
            Resolution.objects.filter(pk=resolution.pk).touch()
        Resolution.objects.filter(pk=resolution.pk).update(checked_at=timezone.now())
        out.append(stored)
    return out


def _resolution(parsed, reason: str) -> tuple[Resolution, bool]:
    """The resolution of `parsed` (locked), created when not held (its history saying `reason`): then
    citations that named it link to it, and the resolutions citing it get new versions."""
    symbol = parsed.canonical
    found = Resolution.objects.select_for_update().filter(symbol=symbol).first()
    if found is not None:
        return found, False
    session, _ = Session.objects.get_or_create(
        kind=parsed.session.kind,
        number=parsed.session.number,
        defaults={"start_year": 1945 + parsed.session.number if parsed.session.kind == "regular" else None},
    )
    resolution = Resolution(
        symbol=symbol,
        session=session,
        number=parsed.number,
        parts=parsed.parts,
        old_era=parsed.old_era,
        source=Resolution.Source.HARVESTED,
    )
    _attribute(resolution, None, reason)
    resolution.save()
    citing = Citation.objects.filter(kind=Citation.Kind.RESOLUTION, target=symbol).values("text__resolution")
    Citation.objects.resolve_pending(resolution)
    Resolution.objects.filter(pk__in=citing).touch()
    return resolution, True


def _merge(resolution: Resolution, record: CatalogueRecord, own: bool, problems: list[Message]) -> bool:
    """Extend `resolution`'s catalogue fields with `record`'s (not saved); True if any changed."""
    before = _catalogue(resolution)
    if own or not resolution.catalogue_title:
        resolution.catalogue_title = record.title or resolution.catalogue_title
    if own:
        resolution.undl_record = record.record_id
        if record.date and resolution.adopted_on and record.date != resolution.adopted_on:
            differing = gettext_noop(
                "%(symbol)s: adopted on %(catalogue)s by the catalogue, %(archive)s by the archive: kept"
            )
            problems.append(
                Message(
                    differing,
                    symbol=resolution.symbol,
                    catalogue=str(record.date),
                    archive=str(resolution.adopted_on),
                )
            )
        resolution.adopted_on = resolution.adopted_on or record.date
    items = [item.item for item in record.agenda]
    resolution.agenda_items = _union(resolution.agenda_items, items)
    resolution.agenda_titles = {
        **{i.item: i.title for i in record.agenda if i.title},
        **resolution.agenda_titles,
    }
    drafts = record.drafts if own else [record.symbol, *record.drafts]
    resolution.draft_symbols = _union(resolution.draft_symbols, drafts)
    resolution.report_symbols = _union(resolution.report_symbols, record.reports)
    resolution.subjects = _union(resolution.subjects, record.subjects)
    return _catalogue(resolution) != before


def _catalogue(resolution: Resolution) -> tuple:
    return (
        resolution.catalogue_title,
        resolution.undl_record,
        resolution.adopted_on,
        list(resolution.agenda_items),
        dict(resolution.agenda_titles),
        list(resolution.draft_symbols),
        list(resolution.report_symbols),
        list(resolution.subjects),
    )


def _union(kept: list[str], new: list[str]) -> list[str]:
    return [*kept, *(value for value in dict.fromkeys(new) if value not in kept)]


def _official_files(resolution: Resolution, record: CatalogueRecord) -> bool:
    """The record's file of each language; a file whose address changed forgets its last download."""
    held = {f.language: f for f in OfficialFile.objects.filter(resolution=resolution)}
    changed = False
    for language, link in record.files.items():
        current = held.get(language)
        if current is None:
            OfficialFile.objects.create(
                resolution=resolution, language=language, url=link.url, size=link.size
            )
        elif current.url != link.url or current.size != link.size:
            current.url, current.size, current.etag, current.last_modified = link.url, link.size, "", ""
            current.save()
        else:
            continue
        changed = True
    return changed


@transaction.atomic
def restore_record(*, symbol: str, record: dict, official_files: list[dict], known: dict) -> None:
    """A resolution's catalogue record as a dump holds it, written back: `record`, its fields (catalogue
    title, agenda titles, report symbols, subjects, source, Digital Library record) and its
    `official_files` (language, url, size) replace the resolution's. The resolution is created when the
    archive does not hold it (known by its record before its text: `known` gives its other fields)."""
    parsed = parse_symbol(symbol)
    resolution, created = _resolution(parsed, change_reason(RESTORED))
    Resolution.objects.filter(pk=resolution.pk).touch(**record, **(known if created else {}))
    OfficialFile.objects.filter(resolution=resolution).delete()
    OfficialFile.objects.bulk_create([OfficialFile(resolution=resolution, **f) for f in official_files])


@transaction.atomic
def store_voting_record(*, record: VotingRecord) -> Stored:
    """Store a voting record on its resolution (created when not held). Raises MessageError when its
    symbol is not a resolution's."""
    parsed = parse_symbol(record.symbol)
    resolution, created = _resolution(
        parsed, change_reason(CREATED_FROM_RECORD, record=str(record.record_id))
    )
    stored = Stored(resolution.symbol, "created" if created else "unchanged")
    if record.on_part:
        changed = _separate_vote(resolution, record, stored.problems)
    else:
        changed = _vote_on_the_whole(resolution, record, stored.problems)
    if changed:
        stored.status = "created" if created else "updated"
        Resolution.objects.filter(pk=resolution.pk).touch()
    return stored


def _separate_vote(resolution: Resolution, record: VotingRecord, problems: list[Message]) -> bool:
    """The separate vote's totals and each Member State's vote in it (a differing one replaced)."""
    values = {
        "resolution": resolution,
        "description": record.title[:500] or f"Voting record {record.record_id}",
        "voted_on": record.date,
        "votes_yes": record.yes,
        "votes_no": record.no,
        "votes_abstain": record.abstain,
        "votes_non_voting": record.non_voting,
    }
    part = SeparateVote.objects.filter(undl_record=record.record_id).first()
    changed = part is None or any(getattr(part, name) != value for name, value in values.items())
    if changed:
        part, _ = SeparateVote.objects.update_or_create(undl_record=record.record_id, defaults=values)
    choices = _state_choices(record, problems)
    held = {v.member_state_id: v for v in part.state_votes.all()}
    differing = [v for pk, v in held.items() if pk in choices and v.vote != choices[pk]]
    for vote in differing:
        vote.vote = choices[vote.member_state_id]
    SeparateStateVote.objects.bulk_update(differing, ["vote"])
    new = [
        SeparateStateVote(separate_vote=part, member_state_id=pk, vote=choice)
        for pk, choice in choices.items()
        if pk not in held
    ]
    SeparateStateVote.objects.bulk_create(new)
    if held or new:
        problem = totals_problem(part.totals, [*(v.vote for v in held.values()), *(v.vote for v in new)])
        if problem:
            problems.append(
                Message(OF_SEPARATE_VOTE, symbol=resolution.symbol, vote=part.description, problem=problem)
            )
    return changed or bool(differing or new)


def _vote_on_the_whole(resolution: Resolution, record: VotingRecord, problems: list[Message]) -> bool:
    totals = {
        "vote": Resolution.Vote.RECORDED,
        "votes_yes": record.yes,
        "votes_no": record.no,
        "votes_abstain": record.abstain,
        "votes_non_voting": record.non_voting,
    }
    reason = change_reason(
        gettext_noop("vote from UN Digital Library record %(record)s"), record=str(record.record_id)
    )
    changed = any(getattr(resolution, name) != value for name, value in totals.items())
    if changed:
        for name, value in totals.items():
            setattr(resolution, name, value)
        _attribute(resolution, None, reason)
        resolution.save()
    choices = _state_choices(record, problems)
    held = {v.member_state_id: v for v in resolution.state_votes.all()}
    new = []
    for pk, choice in choices.items():
        vote = held.get(pk)
        if vote is None:
            new.append(MemberStateVote(resolution=resolution, member_state_id=pk, vote=choice))
        elif vote.vote != choice:
            vote.vote = choice
            _attribute(vote, None, reason)
            vote.save()
            changed = True
    bulk_create_with_history(new, MemberStateVote, default_change_reason=reason)
    problem = state_votes_problem(resolution, [*(v.vote for v in held.values()), *(v.vote for v in new)])
    if problem:
        problems.append(Message(OF_RESOLUTION, symbol=resolution.symbol, problem=problem))
    return changed or bool(new)


def _state_choices(record: VotingRecord, problems: list[Message]) -> dict[int, str]:
    """Member State id -> vote, for the record's States matched by code, else by English name."""
    by_code = dict(MemberState.objects.values_list("code", "pk"))
    index = None
    choices: dict[int, str] = {}
    for state in record.states:
        pk = by_code.get(state.code)
        if pk is None:
            index = index if index is not None else name_index()
            codes, _ = match_names([state.name], "en", index)
            pk = by_code[codes[0]] if codes else None
        if pk is None:
            unknown = gettext_noop("%(symbol)s: no Member State %(name)s (%(code)s)")
            problems.append(
                Message(unknown, symbol=record.symbol, name=repr(state.name or state.code), code=state.code)
            )
        else:
            choices[pk] = state.vote
    return choices
