"""Rows as the ingestion service stores them, built without parsing a text (factory_boy, as
HackSoftware/Django-Styleguide-Example does): for tests about pages, the admin, the API and the search,
where what matters is what the archive holds, not how a text was read. Tests of the parser and of the
ingestion itself keep ingesting real texts.

As `archive.services.ingestion.store` does, a resolution and a text are saved with their history record
("created from …", "ingested from …"); paragraphs, footnotes and the rest are inserted without one
(a text's structure is recorded once, on the text). Paragraphs, footnotes, references and citations take
the next position in their text (or paragraph), so rows made one after another are in document order."""

import hashlib
import json
from datetime import date
from importlib import import_module

import factory
from django.contrib.auth.models import Group, Permission, User
from django.utils import timezone
from factory.django import DjangoModelFactory, Password

from archive.models import (
    Annex,
    ApiToken,
    Citation,
    Footnote,
    FootnoteRef,
    MemberState,
    MemberStateVote,
    Paragraph,
    Resolution,
    ResolutionText,
    SeparateStateVote,
    SeparateVote,
    Session,
)
from archive.models.history import change_reason
from archive.parser.document import PARSER_VERSION
from archive.services.api_tokens import issue_token
from archive.services.ingestion import CREATED_FROM, INGESTED_FROM

Kind = Paragraph.Kind


class SessionFactory(DjangoModelFactory):
    class Meta:
        model = Session
        django_get_or_create = ("kind", "number")  # as the ingestion service: one row per session

    kind = Session.Kind.REGULAR
    number = 80
    start_year = factory.LazyAttribute(lambda s: 1945 + s.number if s.kind == Session.Kind.REGULAR else None)


class HistoryRecordedFactory(DjangoModelFactory):
    """Saved one by one, with the change reason of the history record the ingestion service writes."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        instance = model_class(*args, **kwargs)
        instance._change_reason = cls.change_reason(instance)
        instance.save()
        return instance


class ResolutionFactory(HistoryRecordedFactory):
    class Meta:
        model = Resolution

    class Params:
        # A recorded vote with its totals (the model's constraint wants all three or none).
        recorded = factory.Trait(vote=Resolution.Vote.RECORDED, votes_yes=150, votes_no=2, votes_abstain=10)

    session = factory.SubFactory(SessionFactory)
    number = factory.Sequence(lambda n: 100 + n)
    symbol = factory.LazyAttribute(lambda r: f"A/RES/{r.session.symbol_prefix}/{r.number}")
    adopted_on = date(2025, 10, 14)
    meeting = 18
    agenda_items = factory.LazyFunction(lambda: ["140"])
    basis = ""
    draft_symbols = factory.LazyFunction(list)

    @staticmethod
    def change_reason(resolution: Resolution) -> str:
        return change_reason(CREATED_FROM, source=source_name(resolution.symbol))


def source_name(symbol: str) -> str:
    """The sample corpus's file name for a symbol: A/RES/80/2 -> A_RES_80_2.txt."""
    return symbol.replace("/", "_") + ".txt"


class ResolutionTextFactory(HistoryRecordedFactory):
    class Meta:
        model = ResolutionText

    resolution = factory.SubFactory(ResolutionFactory)
    language = ResolutionText.Language.EN
    title = factory.Sequence(lambda n: f"Resolution on subject {n}")
    formula = "The General Assembly,"
    source_name = factory.LazyAttribute(lambda t: source_name(t.resolution.symbol))
    extracted_text = factory.LazyAttribute(
        lambda t: f"{t.resolution.symbol.removeprefix('A/RES/')}. {t.title}\n\n{t.formula}\n"
    )
    source_bytes = factory.LazyAttribute(lambda t: t.extracted_text.encode())
    source_sha256 = factory.LazyAttribute(lambda t: hashlib.sha256(t.source_bytes).hexdigest())
    parser_version = PARSER_VERSION
    warnings = factory.LazyFunction(list)
    artefacts = factory.LazyFunction(list)
    ingested_at = factory.LazyFunction(timezone.now)

    @staticmethod
    def change_reason(text: ResolutionText) -> str:
        return change_reason(INGESTED_FROM, source=text.source_name)


class StructureFactory(DjangoModelFactory):
    """Inserted without a history record, as the ingestion service's bulk inserts."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        [instance] = model_class._default_manager.bulk_create([model_class(*args, **kwargs)])
        return instance


class AnnexFactory(StructureFactory):
    class Meta:
        model = Annex

    text = factory.SubFactory(ResolutionTextFactory)
    position = factory.LazyAttribute(lambda a: a.text.annexes.count())
    eid = factory.LazyAttribute(lambda a: f"annex_{a.position + 1}")
    heading = "Annex"
    title = ""


def _preambular_eid(paragraph) -> str:
    return f"preamble__para_{paragraph.text.paragraphs.filter(kind=Kind.PREAMBULAR).count() + 1}"


def _next_number(paragraph) -> str:
    """The printed number of the next operative paragraph (or annex paragraph) of its text (or annex)."""
    if paragraph.kind == Kind.OPERATIVE:
        return str(paragraph.text.paragraphs.filter(kind=Kind.OPERATIVE).count() + 1)
    if paragraph.kind == Kind.ANNEX_PARAGRAPH:
        return str(paragraph.annex.paragraphs.filter(parent=None).count() + 1)
    return ""


def _eid(paragraph) -> str:
    if paragraph.kind == Kind.PREAMBULAR:
        return _preambular_eid(paragraph)
    if paragraph.kind == Kind.ANNEX_PARAGRAPH:
        return f"{paragraph.annex.eid}__para_{paragraph.number}"
    return f"para_{paragraph.number}"


BODIES = {
    Kind.PREAMBULAR: "Recalling its previous resolutions on the subject,",
    Kind.OPERATIVE: "Decides to remain seized of the matter.",
    Kind.ANNEX_PARAGRAPH: "The parties agree as follows.",
}


class ParagraphFactory(StructureFactory):
    """A top-level paragraph (operative unless `kind` says otherwise), numbered and named as the parser
    does; `subparagraphs=["…", "…"]` adds (a), (b)… under it."""

    class Meta:
        model = Paragraph
        skip_postgeneration_save = True

    text = factory.SubFactory(ResolutionTextFactory)
    kind = Kind.OPERATIVE
    annex = None
    number = factory.LazyAttribute(_next_number)
    eid = factory.LazyAttribute(_eid)
    position = factory.LazyAttribute(lambda p: p.text.paragraphs.count())
    depth = 0
    body = factory.LazyAttribute(lambda p: BODIES[p.kind])
    source_line = factory.LazyAttribute(lambda p: 2 * p.position + 10)

    @factory.post_generation
    def subparagraphs(paragraph, create, bodies, **kwargs):
        if create:
            for body in bodies or []:
                SubparagraphFactory(parent=paragraph, body=body)


class SubparagraphFactory(StructureFactory):
    """A sub-paragraph of `parent`: (a), (b)… in order, at the next position of the text."""

    class Meta:
        model = Paragraph

    parent = factory.SubFactory(ParagraphFactory)
    text = factory.SelfAttribute("parent.text")
    annex = factory.SelfAttribute("parent.annex")
    kind = Kind.SUBPARAGRAPH
    depth = factory.LazyAttribute(lambda p: p.parent.depth + 1)
    number = factory.LazyAttribute(lambda p: f"({chr(ord('a') + p.parent.children.count())})")
    eid = factory.LazyAttribute(lambda p: f"{p.parent.eid}__subpara_{p.number.strip('()')}")
    position = factory.LazyAttribute(lambda p: p.text.paragraphs.count())
    body = "to report to it at its next session;"
    source_line = factory.LazyAttribute(lambda p: 2 * p.position + 10)


class FootnoteFactory(StructureFactory):
    class Meta:
        model = Footnote

    text = factory.SubFactory(ResolutionTextFactory)
    position = factory.LazyAttribute(lambda f: f.text.footnotes.count())
    mark = factory.LazyAttribute(lambda f: str(f.position + 1))
    eid = factory.LazyAttribute(lambda f: f"fnt_{f.position + 1}")
    body = "A/80/11."


class FootnoteRefFactory(StructureFactory):
    """A footnote marker at the end of `paragraph`'s body (the marker itself is not in the body)."""

    class Meta:
        model = FootnoteRef

    paragraph = factory.SubFactory(ParagraphFactory)
    text = factory.SelfAttribute("paragraph.text")
    footnote = factory.SubFactory(FootnoteFactory, text=factory.SelfAttribute("..text"))
    mark = factory.SelfAttribute("footnote.mark")
    offset = factory.LazyAttribute(lambda r: len(r.paragraph.body))
    position = factory.LazyAttribute(lambda r: r.paragraph.footnote_refs.count())


def _printed(citation) -> str:
    """How a citation of `target` is printed: 59/190 for A/RES/59/190, the symbol for a document."""
    if citation.kind == Citation.Kind.RESOLUTION:
        return citation.target.removeprefix("A/RES/")
    return citation.target


def _linked(citation):
    """The cited resolution if the archive holds it, as the ingestion service links it."""
    if citation.kind != Citation.Kind.RESOLUTION:
        return None
    return Resolution.objects.filter(symbol=citation.target).first()


class CitationFactory(StructureFactory):
    """A citation of `target` printed (`raw`) in `paragraph` (or in `footnote`, with paragraph=None);
    the paragraph made for it by default cites it, and a resolution held by the archive is linked."""

    class Meta:
        model = Citation

    kind = Citation.Kind.RESOLUTION
    target = "A/RES/59/190"
    raw = factory.LazyAttribute(_printed)
    pinpoint = ""
    paragraph = factory.SubFactory(
        ParagraphFactory,
        kind=Kind.PREAMBULAR,
        body=factory.LazyAttribute(lambda p: f"Recalling its resolution {p.factory_parent.raw},"),
    )
    footnote = None
    text = factory.LazyAttribute(lambda c: (c.paragraph or c.footnote).text)
    position = factory.LazyAttribute(lambda c: c.text.citations.count())
    start = factory.LazyAttribute(lambda c: (c.paragraph or c.footnote).body.index(c.raw))
    end = factory.LazyAttribute(lambda c: c.start + len(c.raw))
    target_resolution = factory.LazyAttribute(_linked)


def shipped_member_state(code: str) -> MemberState:
    """The Member State `code` as migration 0003 loads it, with its names in the six languages: made again
    when a transactional test before this one flushed the table."""
    states = import_module("archive.migrations.0003_load_member_states").MEMBER_STATES
    [names] = [state for state in json.loads(states.read_text(encoding="utf-8")) if state["code"] == code]
    defaults = {f"name_{language}": names[language] for language in ("ar", "zh", "en", "fr", "ru", "es")}
    return MemberState.objects.get_or_create(code=code, defaults=defaults)[0]


class MemberStateFactory(DjangoModelFactory):
    """A state of its own (the migrations load the 193 Member States: take those by code where the test
    is about them)."""

    class Meta:
        model = MemberState

    code = factory.Sequence(lambda n: f"Q{chr(ord('A') + n // 26 % 26)}{chr(ord('A') + n % 26)}")
    name_en = factory.Sequence(lambda n: f"State {n}")
    name_fr = factory.LazyAttribute(lambda s: f"État {s.name_en.split()[-1]}")
    name_es = factory.LazyAttribute(lambda s: f"Estado {s.name_en.split()[-1]}")
    name_ru = factory.LazyAttribute(lambda s: f"Государство {s.name_en.split()[-1]}")
    name_ar = factory.LazyAttribute(lambda s: f"دولة {s.name_en.split()[-1]}")
    name_zh = factory.LazyAttribute(lambda s: f"国家 {s.name_en.split()[-1]}")


class MemberStateVoteFactory(DjangoModelFactory):
    class Meta:
        model = MemberStateVote

    resolution = factory.SubFactory(ResolutionFactory, recorded=True)
    member_state = factory.SubFactory(MemberStateFactory)
    vote = MemberStateVote.Choice.YES


def counted(states: dict[str, str], choice: str) -> int:
    return sum(1 for vote in states.values() if vote == choice)


class SeparateVoteFactory(DjangoModelFactory):
    """A separate vote (on an amendment or a paragraph) on a resolution adopted by recorded vote, with each
    Member State's vote in it: `states` by code ({"FRA": "yes"}), of the States the migrations load. Its
    totals are counted from `states` unless given."""

    class Meta:
        model = SeparateVote

    resolution = factory.SubFactory(ResolutionFactory, recorded=True)
    undl_record = factory.Sequence(lambda n: 4_000_000 + n)
    description = "Operative paragraph 2"
    states = factory.LazyFunction(dict)
    votes_yes = factory.LazyAttribute(lambda v: counted(v.states, "yes"))
    votes_no = factory.LazyAttribute(lambda v: counted(v.states, "no"))
    votes_abstain = factory.LazyAttribute(lambda v: counted(v.states, "abstain"))

    @classmethod
    def _create(cls, model_class, *args, states: dict[str, str], **kwargs):
        separate_vote = super()._create(model_class, *args, **kwargs)
        member_states = MemberState.objects.in_bulk(states, field_name="code")
        SeparateStateVote.objects.bulk_create(
            SeparateStateVote(separate_vote=separate_vote, member_state=member_states[code], vote=vote)
            for code, vote in states.items()
        )
        return separate_vote


class UserFactory(DjangoModelFactory):
    """A signed-in reader: not staff. Its password is "password"."""

    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = Password("password")


def editors_group() -> Group:
    """The Editors group, which the migrations create (0004, 0025 for the tokens, 0033 for separate votes).
    A transactional test's flush empties every table, and its post_migrate signal makes the content types
    and permissions again, not the group: after one, the group is made again with the migrations' own
    lists of rights."""
    group, created = Group.objects.get_or_create(name="Editors")
    if created:
        codenames = (
            import_module("archive.migrations.0004_editors_group").PERMISSIONS
            + import_module("archive.migrations.0025_api_tokens_and_unique_list_order").TOKEN_PERMISSIONS
            + import_module("archive.migrations.0033_editors_edit_separate_votes").SEPARATE_VOTE_PERMISSIONS
        )
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="archive", codename__in=codenames)
        )
    return group


class EditorFactory(UserFactory):
    """Staff in the Editors group: may ingest, re-parse and edit."""

    is_staff = True

    @factory.post_generation
    def join_editors(user, create, extracted, **kwargs):
        if create:
            user.groups.add(editors_group())


def api_key(user, name: str = "a test client", expires_at=None) -> str:
    """The key of a new API token of `user`, made as the admin makes it."""
    return issue_token(token=ApiToken(user=user, name=name, expires_at=expires_at))
