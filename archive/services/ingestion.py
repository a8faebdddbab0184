"""The one way texts enter the archive: the CLI, the admin and the API all call `ingest`.

A text is written in one transaction: either the whole resolution text (paragraphs, footnotes,
citations) is stored, or nothing is.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_noop
from simple_history.utils import bulk_create_with_history

from archive.messages import Message
from archive.models import (
    Annex,
    Citation,
    Footnote,
    FootnoteRef,
    MemberState,
    MemberStateVote,
    Paragraph,
    Resolution,
    ResolutionText,
    Session,
)
from archive.models.history import REPLACED, change_reason, replacing_structure
from archive.parser import ParseError, detect_language, parse
from archive.parser.cover import agenda_item
from archive.parser.document import PARSER_VERSION, ParsedResolution, ParseWarning
from archive.parser.languages import LANGUAGES, Language
from archive.serving.security_log import security_event

from .comparison import Change, counts, stored_document, structure_changes
from .errors import IngestError
from .member_names import match_names, name_index
from .sources import read_source
from .votes import totals_differences

# What a refusal names: a second item with the same label in one place, a fact the stored resolution
# already gives otherwise.
SECOND_LABELLED = {
    "paragraph": gettext_noop("a second paragraph labelled %(label)s in the same place (%(eid)s)"),
    "annex": gettext_noop("a second annex labelled %(label)s in the same place (%(eid)s)"),
    "footnote": gettext_noop("a second footnote labelled %(label)s in the same place (%(eid)s)"),
}
FIRST_AT = gettext_noop("%(problem)s; the first is at line %(line)s")
ALREADY_WITH = {
    "adopted_on": gettext_noop(
        "%(symbol)s is already in the archive with adopted on %(stored)s, but this text says %(new)s"
    ),
    "meeting": gettext_noop(
        "%(symbol)s is already in the archive with meeting %(stored)s, but this text says %(new)s"
    ),
}

# Why the history records of a resolution, its texts and votes were written (`change_reason`).
CREATED_FROM = gettext_noop("created from %(source)s")
COMPLETED_FROM = gettext_noop("completed from %(source)s")
INGESTED_FROM = gettext_noop("ingested from %(source)s")
RE_INGESTED_FROM = gettext_noop("re-ingested from %(source)s: %(changes)s")
RE_PARSED = gettext_noop("re-parsed with parser %(version)s: %(changes)s")
VOTE_FROM = gettext_noop("vote from %(source)s")

# What storing a text's vote warns of: a vote it cannot store, Member States it cannot place, their votes
# that do not add up to the totals.
NOT_RECORDED = gettext_noop("a vote of %(yes)s to %(no)s that was not recorded: totals not stored")
OTHER_VOTE = gettext_noop("the text's vote differs from the vote stored for %(symbol)s, kept")
UNKNOWN_STATES = {
    MemberStateVote.Choice.YES: gettext_noop("recorded vote, in favour: no Member State named %(names)s"),
    MemberStateVote.Choice.NO: gettext_noop("recorded vote, against: no Member State named %(names)s"),
    MemberStateVote.Choice.ABSTAIN: gettext_noop(
        "recorded vote, abstaining: no Member State named %(names)s"
    ),
}
LISTED_TWICE = {
    MemberStateVote.Choice.YES: gettext_noop(
        "recorded vote: %(code)s is listed in favour and voted otherwise"
    ),
    MemberStateVote.Choice.NO: gettext_noop("recorded vote: %(code)s is listed against and voted otherwise"),
    MemberStateVote.Choice.ABSTAIN: gettext_noop(
        "recorded vote: %(code)s is listed abstaining and voted otherwise"
    ),
}
NOT_ADDING_UP = {
    MemberStateVote.Choice.YES: gettext_noop(
        "recorded vote: %(count)s Member States in favour, %(total)s in the totals"
    ),
    MemberStateVote.Choice.NO: gettext_noop(
        "recorded vote: %(count)s Member States against, %(total)s in the totals"
    ),
    MemberStateVote.Choice.ABSTAIN: gettext_noop(
        "recorded vote: %(count)s Member States abstaining, %(total)s in the totals"
    ),
    MemberStateVote.Choice.NON_VOTING: gettext_noop(
        "recorded vote: %(count)s Member States not voting, %(total)s in the totals"
    ),
}


@dataclass
class IngestOutcome:
    text: ResolutionText
    status: str  # "created", "replaced" or "unchanged"
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def symbol(self) -> str:
        return self.text.resolution.symbol


def ingest(
    *, data: bytes, filename: str, language: str | None = None, symbol: str | None = None, user=None
) -> IngestOutcome:
    """Read, parse and store one file. Raises IngestError (and writes nothing) on bad input.
    `user` is recorded in the history as the author of the change."""
    check_size(len(data), filename)
    extracted = read_source(data, filename)
    parsed = parse_text(extracted, filename=filename, language=language, symbol=symbol)
    return store(parsed, source_bytes=data, source_name=filename, extracted_text=extracted, user=user)


def check_size(size: int, filename: str) -> None:
    limit = settings.ARCHIVE_MAX_UPLOAD_BYTES
    if size > limit:
        message = gettext_noop("the file is %(size)s bytes, over the limit of %(limit)s bytes")
        raise IngestError(Message(message, size=size, limit=limit), filename=filename)


def parse_text(text: str, *, filename: str, language: str | None, symbol: str | None) -> ParsedResolution:
    """Parse in memory. A chosen `language` must be the one the text's script shows."""
    try:
        if language is not None:
            detected = detect_language(text)
            if detected != language:
                message = gettext_noop(
                    "the text is in %(detected)s (detected from its script), not in %(chosen)s as chosen"
                )
                names = {"detected": _language_name(detected), "chosen": _language_name(language)}
                raise IngestError(Message(message, **names), filename=filename)
        return parse(text, language=language, symbol=symbol)
    except ParseError as exc:
        raise IngestError(exc, filename=filename, line=exc.line) from None


def _language_name(code: str) -> Message | str:
    """A language named in a message by its name in `LANGUAGE_NAMES` (whose msgid is its English name); a
    code of no official language as it is."""
    if code in LANGUAGES:
        return Message(Language(code).label, context="language name")
    return code


@dataclass
class ReparseOutcome:
    text: ResolutionText
    status: str  # "replaced" or "unchanged"
    changes: list[Change]


# The suffix of the source of a text written as JSON in the export shape (the API's writes): its structure
# is what was written, not something a parser read.
WRITTEN_STRUCTURE_SUFFIX = ".json"


def reparse(text: ResolutionText, *, user=None) -> ReparseOutcome:
    """Run a stored text's source through the current parser and replace its structure (editorial
    corrections included) if anything differs. Raises IngestError (and writes nothing) if it cannot.
    A text written as JSON has no source for the parser: it is left as written ("unchanged")."""
    if text.source_name.endswith(WRITTEN_STRUCTURE_SUFFIX):
        return ReparseOutcome(text, "unchanged", [])
    source = bytes(text.source_bytes)
    extracted = read_source(source, text.source_name)
    symbol = text.resolution.symbol
    parsed = parse_text(extracted, filename=text.source_name, language=text.language, symbol=symbol)
    changes = structure_changes(stored_document(symbol, text.language), parsed)
    if not changes and text.parser_version == PARSER_VERSION:
        return ReparseOutcome(text, "unchanged", changes)
    outcome = store(
        parsed,
        source_bytes=source,
        source_name=text.source_name,
        extracted_text=extracted,
        user=user,
        force=True,
        reason=change_reason(RE_PARSED, version=PARSER_VERSION, changes=counts(changes)),
    )
    return ReparseOutcome(outcome.text, "replaced", changes)


@transaction.atomic
def resolve_citations(resolutions) -> int:
    """Link the citations of `resolutions` (a QuerySet) to the resolutions the archive now holds. Returns
    how many of them point into the archive. New versions for `resolutions` and the resolutions they
    cited and now cite ("Cited by")."""
    cited = Resolution.objects.filter(symbol=OuterRef("target")).values("id")[:1]
    citations = Citation.objects.filter(text__resolution__in=resolutions, kind=Citation.Kind.RESOLUTION)
    changing = Resolution.objects.filter(
        Q(pk__in=resolutions.with_neighbours(citing=False).values("pk"))
        | Q(symbol__in=citations.values("target"))
    ).lock()
    citations.update(target_resolution=Subquery(cited))
    Resolution.objects.filter(pk__in=changing).touch()
    return citations.filter(target_resolution__isnull=False).count()


@transaction.atomic
def store(
    parsed: ParsedResolution,
    *,
    source_bytes: bytes,
    source_name: str,
    extracted_text: str,
    user=None,
    force: bool = False,
    reason: str | None = None,
) -> IngestOutcome:
    """Write a parsed text, replacing the stored text of the same resolution and language (unless it has
    the same source and parser version, or `force`). The history records `user` and `reason`. The
    resolutions whose pages show the text get new versions."""
    check_labels(parsed, source_name)
    _lock_symbol(parsed.symbol.canonical)
    sha256 = hashlib.sha256(source_bytes).hexdigest()
    showing = _lock_showing(parsed)
    resolution = _resolution_for(parsed, source_name, user)
    existing = (
        ResolutionText.objects.select_for_update()
        .filter(resolution=resolution, language=parsed.language)
        .only("id", "source_sha256", "parser_version")
        .first()
    )
    unchanged = existing and existing.source_sha256 == sha256 and existing.parser_version == PARSER_VERSION
    if unchanged and not force:
        existing.resolution = resolution
        return IngestOutcome(existing, "unchanged", parsed.warnings)
    if existing and reason is None:
        changes = structure_changes(stored_document(resolution.symbol, parsed.language), parsed)
        reason = change_reason(RE_INGESTED_FROM, source=source_name, changes=counts(changes))
    warnings = [*parsed.warnings, *store_vote(parsed, resolution, source_name, user)]
    if existing:
        _attribute(existing, user, REPLACED)
        with replacing_structure():
            existing.delete()  # the history table keeps the previous version
    text = ResolutionText(
        resolution=resolution,
        language=parsed.language,
        title=parsed.title,
        formula=parsed.formula or "",
        agenda_items=parsed.agenda_items,
        basis=parsed.basis or "",
        source_name=source_name,
        source_bytes=source_bytes,
        source_sha256=sha256,
        extracted_text=extracted_text,
        parser_version=PARSER_VERSION,
        warnings=[{"line": w.line, "template": w.template, "params": w.params} for w in warnings],
        artefacts=[{"line": a.line, "text": a.text, "reason": a.reason} for a in parsed.artefacts],
        ingested_at=timezone.now(),
    )
    _attribute(text, user, reason or change_reason(INGESTED_FROM, source=source_name))
    text.save()
    _store_structure(text, parsed)
    _index_for_search(text, source_name)
    Citation.objects.resolve_pending(resolution)
    Resolution.objects.filter(pk__in=[*showing, resolution.pk]).touch()
    status = "replaced" if existing else "created"
    event = {
        "symbol": resolution.symbol,
        "language": parsed.language,
        "status": status,
        "source": source_name,
    }
    username = user.get_username() if user is not None else None
    transaction.on_commit(lambda: security_event("ingest", user=username, **event))
    return IngestOutcome(text, status, warnings)


def store_vote(
    parsed: ParsedResolution, resolution: Resolution, source_name: str, user
) -> list[ParseWarning]:
    """The vote the text prints, on its resolution (`store` then gives it a new version): adopted without
    a vote, or a recorded vote's totals and each Member State's vote, matched by its name in the text's
    language. Nothing the text does not print: a stored vote that differs is kept, and names that match no
    Member State are returned as warnings (they stay in the stored source)."""
    vote = parsed.vote
    if vote is None:
        return []
    if vote.kind == "non_recorded":
        return [ParseWarning(NOT_RECORDED, yes=vote.yes, no=vote.no)]
    fields = {"vote": Resolution.Vote.WITHOUT_VOTE}
    lists = [
        (MemberStateVote.Choice.YES, vote.yes, vote.in_favour),
        (MemberStateVote.Choice.NO, vote.no, vote.against),
        (MemberStateVote.Choice.ABSTAIN, vote.abstain, vote.abstaining),
    ]
    if vote.kind == "recorded":
        totals = {f"votes_{choice}": len(names) if total is None else total for choice, total, names in lists}
        fields = {"vote": Resolution.Vote.RECORDED, **totals}
    if resolution.vote == Resolution.Vote.UNKNOWN:
        for name, value in fields.items():
            setattr(resolution, name, value)
        _attribute(resolution, user, change_reason(VOTE_FROM, source=source_name))
        resolution.save(update_fields=[*fields, "updated_at"])
    elif any(getattr(resolution, name) != value for name, value in fields.items()):
        return [ParseWarning(OTHER_VOTE, symbol=resolution.symbol)]
    if vote.kind != "recorded":
        return []
    index, pks = name_index(), dict(MemberState.objects.values_list("code", "pk"))
    stored = dict(resolution.state_votes.values_list("member_state_id", "vote"))
    warnings, new = [], {}
    for choice, _, names in lists:
        codes, unmatched = match_names(names, parsed.language, index)
        if unmatched:
            warnings.append(ParseWarning(UNKNOWN_STATES[choice], names=", ".join(unmatched)))
        for code in codes:
            pk = pks[code]
            if stored.get(pk, choice) != choice or new.get(pk, choice) != choice:
                warnings.append(ParseWarning(LISTED_TWICE[choice], code=code))
            elif pk not in stored:
                new[pk] = choice
    created = [
        MemberStateVote(resolution=resolution, member_state_id=pk, vote=choice) for pk, choice in new.items()
    ]
    bulk_create_with_history(
        created,
        MemberStateVote,
        default_user=user,
        default_change_reason=change_reason(VOTE_FROM, source=source_name),
    )
    differences = totals_differences(resolution.totals, [*stored.values(), *new.values()])
    return [
        *warnings,
        *(
            ParseWarning(NOT_ADDING_UP[choice], count=count, total=total)
            for choice, count, total in differences
        ),
    ]


def check_labels(parsed: ParsedResolution, filename: str) -> None:
    """Refuse a text in which two paragraphs (or headings, annexes, footnotes) would get the same
    identifier, such as a paragraph labelled (a) (b) (a) (b), naming the line of the second."""
    groups = [
        ("paragraph", list(parsed.contents())),
        ("annex", parsed.annexes),
        ("footnote", parsed.footnotes),
    ]
    for kind, items in groups:
        first_line: dict[str, int | None] = {}
        for item in items:
            if item.eid in first_line:
                earlier = first_line[item.eid]
                label = getattr(item, "number", None) or getattr(item, "mark", None) or item.eid
                problem = Message(SECOND_LABELLED[kind], label=label, eid=item.eid)
                raise IngestError(
                    Message(FIRST_AT, problem=problem, line=str(earlier)) if earlier else problem,
                    filename=filename,
                    line=item.line,
                )
            first_line[item.eid] = item.line


# SQLSTATE of "string is too long for tsvector" (program_limit_exceeded).
PROGRAM_LIMIT_EXCEEDED = "54000"


def _index_for_search(text: ResolutionText, source_name: str) -> None:
    """Compute the text's search vectors; a text too large for PostgreSQL's tsvector (1 MB of distinct
    words and positions) is refused with a message, not left to fail as a database error."""
    try:
        with transaction.atomic():
            ResolutionText.objects.filter(pk=text.pk).update_search_vectors()
    except DatabaseError as exc:
        if getattr(exc.__cause__, "sqlstate", None) != PROGRAM_LIMIT_EXCEEDED:
            raise
        raise IngestError(
            Message(
                gettext_noop(
                    "the text is too large for the search index (PostgreSQL's limit of 1 MB of indexed "
                    "words); split it into smaller texts"
                )
            ),
            filename=source_name,
        ) from None


def _lock_symbol(symbol: str) -> None:
    """Serialise the ingests of one symbol: a second ingest of it waits here (a PostgreSQL advisory lock
    held until the transaction ends), then finds the resolution the first one created."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [f"ingest {symbol}"])


def _lock_showing(parsed: ParsedResolution) -> list[int]:
    """Lock, in the order of their ids, the resolutions whose pages storing `parsed` changes: its own (if
    held), those its stored texts cite and those `parsed` cites ("Cited by"), those citing it (their links;
    linked, or waiting for it to arrive). One order for every writer: parallel ingests cannot deadlock."""
    symbol = parsed.symbol.canonical
    cites = {c.target for _, c in parsed.citations() if c.kind == Citation.Kind.RESOLUTION}
    citing = Citation.objects.filter(kind=Citation.Kind.RESOLUTION, target=symbol).values("text__resolution")
    held = Resolution.objects.filter(symbol=symbol).with_neighbours(citing=False)
    return Resolution.objects.filter(
        Q(pk__in=held.values("pk")) | Q(symbol__in=cites) | Q(pk__in=citing)
    ).lock()


def _attribute(instance, user, reason: str) -> None:
    """The author and reason (a `change_reason`) the next history record of `instance` carries (else the
    request's user)."""
    if user is not None:
        instance._history_user = user
    instance._change_reason = reason


def _resolution_for(parsed: ParsedResolution, source_name: str, user) -> Resolution:
    """The resolution row for the parsed symbol, created or completed from the parsed metadata."""
    symbol = parsed.symbol
    session, _ = Session.objects.get_or_create(
        kind=symbol.session.kind,
        number=symbol.session.number,
        defaults={"start_year": 1945 + symbol.session.number if symbol.session.kind == "regular" else None},
    )
    metadata = {
        "adopted_on": parsed.adopted_on,
        "meeting": parsed.meeting,
        "agenda_items": [agenda_item(item, parsed.language) for item in parsed.agenda_items],
        "basis": parsed.basis or "",
        "draft_symbols": parsed.draft_symbols,
    }
    resolution = Resolution.objects.filter(symbol=symbol.canonical).first()  # locked by `_lock_showing`
    if resolution is None:
        resolution = Resolution(
            symbol=symbol.canonical,
            session=session,
            number=symbol.number,
            parts=symbol.parts,
            old_era=symbol.old_era,
            **metadata,
        )
        _attribute(resolution, user, change_reason(CREATED_FROM, source=source_name))
        resolution.save()
        return resolution
    check_conflicts(parsed, resolution, source_name)
    changed = []
    for name, new in metadata.items():
        if new and not getattr(resolution, name):
            setattr(resolution, name, new)
            changed.append(name)
    if changed:
        _attribute(resolution, user, change_reason(COMPLETED_FROM, source=source_name))
        resolution.save(update_fields=[*changed, "updated_at"])
    return resolution


def check_conflicts(parsed: ParsedResolution, resolution: Resolution, filename: str) -> None:
    """Refuse a text whose adoption date or meeting contradicts the stored resolution of its symbol."""
    for name in ("adopted_on", "meeting"):
        stored, new = getattr(resolution, name), getattr(parsed, name)
        if stored is not None and new is not None and stored != new:
            facts = {"symbol": resolution.symbol, "stored": str(stored), "new": str(new)}
            raise IngestError(Message(ALREADY_WITH[name], **facts), filename=filename)


def _store_structure(text: ResolutionText, parsed: ParsedResolution) -> None:
    """Paragraphs level by level (so parents have ids), then annexes' links, footnotes, refs, citations."""
    annexes = Annex.objects.bulk_create(
        Annex(text=text, eid=a.eid, position=i, heading=a.heading, title=a.title or "")
        for i, a in enumerate(parsed.annexes)
    )
    annex_of = {}
    for annex_row, annex in zip(annexes, parsed.annexes, strict=True):
        for para in annex.paragraphs:
            for node in para.walk():
                annex_of[id(node)] = annex_row

    rows: dict[int, Paragraph] = {}  # id(parser paragraph) -> row
    ordered = list(parsed.paragraphs())
    order = {id(p): i for i, p in enumerate(parsed.contents())}
    annex_by_eid = {row.eid: row for row in annexes}
    Paragraph.objects.bulk_create(
        Paragraph(
            text=text,
            annex=annex_by_eid.get(h.eid.split("__", 1)[0]),
            kind=Paragraph.Kind.HEADING,
            eid=h.eid,
            position=order[id(h)],
            depth=h.level,
            number=h.number or "",
            body=h.text,
            source_line=h.line,
        )
        for h in parsed.headings
    )
    level = [(p, None) for p in _top_level(parsed)]
    depth = 0
    while level:
        created = Paragraph.objects.bulk_create(
            Paragraph(
                text=text,
                parent=parent,
                annex=annex_of.get(id(p)),
                kind=p.kind,
                eid=p.eid,
                position=order[id(p)],
                depth=depth,
                number=p.number or "",
                body=p.text,
                source_line=p.line,
            )
            for p, parent in level
        )
        for (p, _), row in zip(level, created, strict=True):
            rows[id(p)] = row
        level = [(sub, rows[id(p)]) for p, _ in level for sub in p.subparagraphs]
        depth += 1

    footnotes = Footnote.objects.bulk_create(
        Footnote(text=text, eid=f.eid, mark=f.mark, position=i, body=f.text)
        for i, f in enumerate(parsed.footnotes)
    )
    footnote_by_mark = {row.mark: row for row in footnotes}
    footnote_by_eid = {row.eid: row for row in footnotes}
    FootnoteRef.objects.bulk_create(
        FootnoteRef(
            text=text,
            paragraph=rows[id(p)],
            footnote=footnote_by_mark.get(ref.mark),
            mark=ref.mark,
            offset=ref.offset,
            position=i,
        )
        for p in ordered
        for i, ref in enumerate(p.footnote_refs)
    )
    paragraph_by_eid = {row.eid: row for row in rows.values()}
    targets = {c.target for _, c in parsed.citations() if c.kind == "resolution"}
    in_archive = dict(Resolution.objects.filter(symbol__in=targets).values_list("symbol", "id"))
    Citation.objects.bulk_create(
        Citation(
            text=text,
            paragraph=paragraph_by_eid.get(eid),
            footnote=footnote_by_eid.get(eid),
            position=i,
            kind=c.kind,
            raw=c.text[:300],
            start=c.start,
            end=c.end,
            target=c.target,
            pinpoint=c.pinpoint or "",
            part=c.part or "",
            target_resolution_id=in_archive.get(c.target) if c.kind == "resolution" else None,
        )
        for i, (eid, c) in enumerate(parsed.citations())
    )


def _top_level(parsed: ParsedResolution):
    yield from parsed.preambular
    yield from parsed.operative
    for annex in parsed.annexes:
        yield from annex.paragraphs
