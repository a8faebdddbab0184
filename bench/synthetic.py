"""A synthetic archive as rows, ready for COPY: deterministic for a seed, shaped like the sample corpus.

Every resolution has an English text, and texts in the other languages at the shares of `LANGUAGE_SHARES`
(three languages a resolution on average). Its structure (paragraphs, footnotes, citations) is drawn once
from a real text's shape and written in each of its languages. Most resolution citations point to an
earlier resolution of the archive, many to the previous one of the same series (same title and agenda
item), as the Assembly's annual resolutions do; a few name resolutions the archive does not hold.
"""

from __future__ import annotations

import datetime
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from archive.parser.document import PARSER_VERSION
from archive.parser.languages import LANGUAGES

from .plan import ResolutionPlan, plan_resolutions, plan_sessions
from .profile import CorpusProfile
from .vocabulary import PHRASINGS, Phrasing

# Columns written for each model, in COPY order, copies of a parent's columns included (a resolution's
# session kind and number). Columns left out are the database's defaults, or filled after the COPY
# (`loader`): the texts' search vectors, content versions.
COLUMNS: dict[str, tuple[str, ...]] = {
    "Session": ("id", "kind", "number", "start_year", "end_year"),
    "Resolution": (
        "id", "symbol", "session_id", "number", "parts", "old_era", "adopted_on", "meeting", "agenda_items",
        "basis", "draft_symbols", "vote", "votes_yes", "votes_no", "votes_abstain", "votes_non_voting",
        "created_at", "updated_at", "session_kind", "session_number", "catalogue_title", "agenda_titles",
        "report_symbols", "subjects", "source",
    ),
    "ResolutionText": (
        "id", "resolution_id", "language", "title", "formula", "agenda_items", "basis", "source_name",
        "source_bytes", "source_sha256", "extracted_text", "parser_version", "warnings", "artefacts",
        "ingested_at",
    ),
    "Annex": ("id", "text_id", "eid", "position", "heading", "title"),
    "Paragraph": (
        "id", "text_id", "parent_id", "annex_id", "kind", "eid", "position", "depth", "number", "body",
        "source_line",
    ),
    "Footnote": ("id", "text_id", "eid", "mark", "position", "body"),
    "FootnoteRef": ("id", "text_id", "paragraph_id", "footnote_id", "mark", "offset", "position"),
    "Citation": (
        "id", "text_id", "paragraph_id", "footnote_id", "position", "kind", "raw", "start", "end", "target",
        "pinpoint", "part", "target_resolution_id",
    ),
    "MemberStateVote": ("id", "resolution_id", "member_state_id", "vote", "session_id"),
    "SeparateVote": (
        "id", "resolution_id", "undl_record", "description", "voted_on", "votes_yes", "votes_no",
        "votes_abstain", "votes_non_voting",
    ),
    "SeparateStateVote": ("id", "separate_vote_id", "member_state_id", "vote"),
}  # fmt: skip

LANGUAGE_SHARES = {"fr": 0.8, "zh": 0.5, "es": 0.3, "ru": 0.2, "ar": 0.2}  # English: every resolution
RECORDED = (
    0.3  # share of resolutions adopted by a recorded vote (about 6,000 of 20,000), each State's vote given
)
# Share of recorded votes preceded by separate votes (on paragraphs or amendments), one to three of them,
# each with every Member State's vote: about 600 separate votes on 300 resolutions at full scale.
SEPARATE = 0.05
FIRST_VOTING_RECORD = 3_000_000  # separate votes' Digital Library record numbers, above any resolution's
MEMBER_STATES = 193  # ids 1 to 193 in a freshly migrated database: the current Member States
IN_ARCHIVE = 0.9  # share of resolution citations naming a resolution the archive holds
SAME_SERIES = 0.3  # share of those naming the previous resolution of the citing one's series
RESOLUTIONS_PER_SERIES = 8
EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
TERMINATORS = {"preambular": ",", "operative": ";", "subparagraph": ";"}

Rows = dict[str, list[tuple]]


@dataclass(frozen=True)
class Cover:
    """A resolution's agenda items and basis, printed alike by each of its texts."""

    agenda_items: list[str]
    basis: str


@dataclass
class CitationSpec:
    kind: str
    target: str
    printed: str  # what the text prints, and the citation's raw text
    pinpoint: str = ""
    target_id: int | None = None


@dataclass
class ParagraphSpec:
    kind: str
    eid: str
    number: str
    depth: int
    length: int  # English characters
    parent: int | None = None  # index in the structure
    annex: int | None = None
    citations: list[CitationSpec] = field(default_factory=list)


@dataclass
class FootnoteSpec:
    paragraph: int
    length: int
    citations: list[CitationSpec]


@dataclass
class Structure:
    annexes: int
    paragraphs: list[ParagraphSpec]
    footnotes: list[FootnoteSpec]


def letters(index: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa": sub-paragraph labels."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(97 + rest) + label
    return label


class Filler:
    """Words of one language, cut to length from a long shuffled stream (fast, and never the same)."""

    def __init__(self, phrasing: Phrasing, rng: random.Random, size: int = 200_000):
        words = [rng.choice(phrasing.words) for _ in range(size // 6)]
        self.separator = phrasing.separator
        self.stream = phrasing.separator.join(words)

    def take(self, rng: random.Random, length: int) -> str:
        start = rng.randrange(len(self.stream) - length - 40)
        if self.separator:
            start = self.stream.find(" ", start) + 1
            end = self.stream.rfind(" ", start, start + length + 1)
            return self.stream[start : end if end > start else start + length]
        return self.stream[start : start + length]


class SyntheticArchive:
    def __init__(self, *, scale: int, seed: int, profile: CorpusProfile, states: list[int] | None = None):
        self.rng = random.Random(seed)
        # Separate votes draw from their own stream: the rest of the archive is the same as without them.
        self.parts_rng = random.Random(f"{seed}-separate-votes")
        self.states = states or list(range(1, MEMBER_STATES + 1))
        self.profile = profile
        self.sessions = plan_sessions(scale)
        self.resolutions = plan_resolutions(self.sessions)
        self.fillers = {code: Filler(p, self.rng) for code, p in PHRASINGS.items()}
        kinds = profile.citation_kinds
        self.citation_kinds = list(kinds)
        self.kind_weights = list(accumulate(kinds.values()))
        self.series_count = max(1, len(self.resolutions) // RESOLUTIONS_PER_SERIES)
        self.last_in_series: dict[int, ResolutionPlan] = {}
        self.ids = dict.fromkeys(COLUMNS, 0)

    def batches(self, size: int = 500) -> Iterator[Rows]:
        """Rows for every table, `size` resolutions at a time (sessions with the first batch)."""
        rows = self._empty()
        rows["Session"] = [(s.id, s.kind, s.number, s.start_year, s.end_year) for s in self.sessions]
        for i, resolution in enumerate(self.resolutions):
            self._resolution(resolution, rows)
            if (i + 1) % size == 0:
                yield rows
                rows = self._empty()
        if any(rows.values()):
            yield rows

    def _empty(self) -> Rows:
        return {name: [] for name in COLUMNS}

    def _next_id(self, model: str) -> int:
        self.ids[model] += 1
        return self.ids[model]

    def _resolution(self, plan: ResolutionPlan, rows: Rows) -> None:
        rng = self.rng
        series = rng.randrange(self.series_count)
        previous = self.last_in_series.get(series)
        self.last_in_series[series] = plan
        structure = self._structure(plan, previous)
        session = plan.session
        adopted = datetime.date(session.start_year, rng.randint(9, 12), rng.randint(1, 28))
        draft = f"A/{session.number}/L.{rng.randint(1, 90)}"
        recorded = rng.random() < RECORDED
        vote = "recorded" if recorded else rng.choice(["without_vote"] * 6 + ["unknown"])
        totals = (
            self._state_votes(plan, rows)
            if recorded
            else dict.fromkeys(("yes", "no", "abstain", "non_voting"))
        )
        if recorded and self.parts_rng.random() < SEPARATE:
            self._separate_votes(plan, draft, adopted, rows)
        created = EPOCH + datetime.timedelta(seconds=plan.id)
        cover = Cover([str(series % 180 + 1)], f"without reference to a Main Committee ({draft})")
        rows["Resolution"].append(
            (
                plan.id, plan.symbol, session.id, plan.number, "", session.old_era, adopted,
                rng.randint(1, 120), cover.agenda_items, cover.basis, [draft], vote,
                totals["yes"], totals["no"], totals["abstain"], totals["non_voting"],
                created, created, session.kind, session.number, "", "{}", [], [], "uploaded",
            )
        )  # fmt: skip
        held = {"en"} | {code for code, share in LANGUAGE_SHARES.items() if rng.random() < share}
        for language in LANGUAGES:
            if language in held:
                self._text(plan, series, language, structure, cover, created, rows)

    def _state_votes(self, plan: ResolutionPlan, rows: Rows) -> dict[str, int]:
        """Each Member State's vote on a recorded vote; returns the totals they add up to."""
        choices = self._choices(self.rng, no=20, abstain=50, non_voting=20)
        for state, choice in zip(self.states, choices, strict=True):
            rows["MemberStateVote"].append(
                (self._next_id("MemberStateVote"), plan.id, state, choice, plan.session.id)
            )
        return {choice: choices.count(choice) for choice in ("yes", "no", "abstain", "non_voting")}

    def _choices(self, rng: random.Random, *, no: int, abstain: int, non_voting: int) -> list[str]:
        """A vote of every Member State, in the order of `self.states`: at most `no` against, `abstain`
        abstaining and `non_voting` not voting, the others in favour."""
        no, abstain, non_voting = rng.randint(0, no), rng.randint(0, abstain), rng.randint(0, non_voting)
        choices = ["no"] * no + ["abstain"] * abstain + ["non_voting"] * non_voting
        choices += ["yes"] * (len(self.states) - len(choices))
        rng.shuffle(choices)
        return choices

    def _separate_votes(self, plan: ResolutionPlan, draft: str, adopted, rows: Rows) -> None:
        """One to three separate votes on paragraphs of the draft, closer than votes on the whole, each with
        every Member State's vote."""
        rng = self.parts_rng
        for _ in range(rng.randint(1, 3)):
            part_id = self._next_id("SeparateVote")
            choices = self._choices(rng, no=60, abstain=60, non_voting=20)
            counts = [choices.count(choice) for choice in ("yes", "no", "abstain", "non_voting")]
            description = f"Vote on operative paragraph {rng.randint(1, 20)} of draft resolution {draft}"
            rows["SeparateVote"].append(
                (part_id, plan.id, FIRST_VOTING_RECORD + part_id, description, adopted, *counts)
            )
            for state, choice in zip(self.states, choices, strict=True):
                rows["SeparateStateVote"].append((self._next_id("SeparateStateVote"), part_id, state, choice))

    # --- structure, shared by a resolution's languages ---
    def _structure(self, plan: ResolutionPlan, previous: ResolutionPlan | None) -> Structure:
        rng, profile = self.rng, self.profile
        shape = rng.choice(profile.shapes)
        paragraphs: list[ParagraphSpec] = []

        def add(kind: str, eid: str, number: str, depth: int, parent=None, annex=None) -> int:
            length = rng.choice(profile.lengths.get(kind) or profile.lengths["operative"])
            spec = ParagraphSpec(kind, eid, number, depth, length, parent, annex)
            spec.citations = [self._citation(plan, previous) for _ in range(self._count("paragraph"))]
            paragraphs.append(spec)
            return len(paragraphs) - 1

        def numbered(kind: str, prefix: str, subcounts: tuple[int, ...], annex: int | None) -> None:
            for n, subs in enumerate(subcounts, 1):
                eid = f"{prefix}para_{n}"
                parent = add(kind, eid, str(n), 0, annex=annex)
                for s in range(subs):
                    label = letters(s)
                    add("subparagraph", f"{eid}__subpara_{label}", f"({label})", 1, parent, annex)

        for n in range(1, shape.preambular + 1):
            add("preambular", f"preamble__para_{n}", "", 0)
        numbered("operative", "", shape.operative, None)
        for a, subcounts in enumerate(shape.annexes):
            numbered("annex_paragraph", f"annex_{a + 1}__", subcounts, a)
        footnotes = [
            FootnoteSpec(
                paragraph=rng.randrange(len(paragraphs)),
                length=rng.choice(profile.footnote_lengths),
                citations=[
                    self._citation(plan, previous, "resolution") for _ in range(self._count("footnote"))
                ],
            )
            for _ in range(shape.footnotes if paragraphs else 0)
        ]
        footnotes.sort(key=lambda f: f.paragraph)  # marks are numbered in reading order
        return Structure(len(shape.annexes), paragraphs, footnotes)

    def _count(self, where: str) -> int:
        profile = self.profile
        return self.rng.choice(
            profile.citations_per_paragraph if where == "paragraph" else profile.citations_per_footnote
        )

    def _citation(self, plan: ResolutionPlan, previous: ResolutionPlan | None, kind: str | None = None):
        rng = self.rng
        kind = kind or rng.choices(self.citation_kinds, cum_weights=self.kind_weights)[0]
        session = plan.session
        if kind == "session":
            return CitationSpec("session", f"{session.kind}/{session.number}", str(session.number))
        if kind == "document":
            symbol = f"A/{session.number}/{rng.randint(100, 400)}"
            return CitationSpec("document", symbol, symbol)
        if kind == "other":
            symbol = f"GC({rng.randint(40, 69)})/RES/{rng.randint(1, 20)}"
            return CitationSpec("other", symbol, symbol)
        pinpoint = str(rng.randint(1, 12)) if rng.random() < self.profile.pinpointed else ""
        if plan.id > 1 and rng.random() < IN_ARCHIVE:
            if previous is not None and rng.random() < SAME_SERIES:
                target = previous
            else:
                back = 1 + int(rng.expovariate(1 / 600))
                target = self.resolutions[max(plan.id - 1 - back, 0)]
            return CitationSpec("resolution", target.symbol, target.short_symbol, pinpoint, target.id)
        printed = f"{rng.randint(31, 80)}/{rng.randint(5000, 9999)}"  # beyond any session's numbers
        return CitationSpec("resolution", f"A/RES/{printed}", printed, pinpoint)

    # --- one language's text ---
    def _text(
        self, plan, series: int, language: str, structure: Structure, cover: Cover, created, rows: Rows
    ) -> None:
        phrasing, filler = PHRASINGS[language], self.fillers[language]
        text_id = self._next_id("ResolutionText")
        title = self._title(series, language)
        annex_ids = []
        for a in range(structure.annexes):
            annex_ids.append(self._next_id("Annex"))
            rows["Annex"].append((annex_ids[-1], text_id, f"annex_{a + 1}", a, phrasing.annex, ""))
        paragraph_ids: list[int] = []
        bodies: list[str] = []
        citations: list[tuple] = []
        for position, spec in enumerate(structure.paragraphs):
            paragraph_id = self._next_id("Paragraph")
            paragraph_ids.append(paragraph_id)
            body, spans = self._compose(phrasing, filler, spec.length, spec.citations)
            body += TERMINATORS.get(spec.kind, ".")
            bodies.append(body)
            rows["Paragraph"].append(
                (
                    paragraph_id, text_id, None if spec.parent is None else paragraph_ids[spec.parent],
                    None if spec.annex is None else annex_ids[spec.annex], spec.kind, spec.eid, position,
                    spec.depth, spec.number, body, 20 + 3 * position,
                )
            )  # fmt: skip
            citations += [(paragraph_id, None, *pair) for pair in zip(spec.citations, spans, strict=True)]
        notes: list[str] = []
        refs_in: dict[int, int] = {}
        for position, spec in enumerate(structure.footnotes):
            footnote_id, mark = self._next_id("Footnote"), str(position + 1)
            body, spans = self._compose(phrasing, filler, spec.length, spec.citations, footnote=True)
            rows["Footnote"].append((footnote_id, text_id, f"fnt_{mark}", mark, position, body))
            notes.append(body)
            citations += [(None, footnote_id, *pair) for pair in zip(spec.citations, spans, strict=True)]
            paragraph_body = bodies[spec.paragraph]
            ref_position = refs_in.get(spec.paragraph, 0)
            refs_in[spec.paragraph] = ref_position + 1
            rows["FootnoteRef"].append(
                (
                    self._next_id("FootnoteRef"), text_id, paragraph_ids[spec.paragraph], footnote_id, mark,
                    len(paragraph_body) - 1, ref_position,
                )
            )  # fmt: skip
        for position, (paragraph_id, footnote_id, c, (start, end)) in enumerate(citations):
            rows["Citation"].append(
                (
                    self._next_id("Citation"), text_id, paragraph_id, footnote_id, position, c.kind,
                    self._printed(c, phrasing), start, end, c.target, c.pinpoint, "", c.target_id,
                )
            )  # fmt: skip
        formula = phrasing.formula
        extracted = "\n\n".join([plan.symbol, title, formula, *bodies, *notes])
        source = extracted.encode()
        rows["ResolutionText"].append(
            (
                text_id, plan.id, language, title, formula, cover.agenda_items, cover.basis,
                f"{plan.symbol.replace('/', '_')}-{language.upper()}.txt", source,
                hashlib.sha256(source).hexdigest(), extracted, PARSER_VERSION, "[]", "[]", created,
            )
        )  # fmt: skip

    def _title(self, series: int, language: str) -> str:
        """A series' title in `language`: the same for every resolution of the series."""
        rng = random.Random(f"{series}-{language}")
        filler = self.fillers[language]
        title = filler.take(rng, int(rng.randint(40, 110) * PHRASINGS[language].length_factor))
        return title[:1].upper() + title[1:]

    def _printed(self, citation: CitationSpec, phrasing: Phrasing) -> str:
        if citation.kind == "session":
            return phrasing.session.format(number=citation.printed)
        return citation.printed

    def _compose(self, phrasing: Phrasing, filler: Filler, length: int, citations, *, footnote=False):
        """A body of about `length` English characters carrying `citations`; returns it with their spans."""
        rng, sep = self.rng, phrasing.separator
        pieces, spans, size = [], [], 0
        gap = max(1, int(length * phrasing.length_factor) // (len(citations) + 1))
        for citation in citations:
            pieces.append(filler.take(rng, gap) + sep)
            size += len(pieces[-1])
            printed = self._printed(citation, phrasing)
            if citation.kind == "resolution":
                template = (
                    phrasing.footnote
                    if footnote
                    else (phrasing.pinpoint if citation.pinpoint else phrasing.resolution)
                )
                phrase = template.format(symbol=printed, pinpoint=citation.pinpoint)
                start = size + phrase.index(printed)
            else:
                phrase, start = printed, size
            spans.append((start, start + len(printed)))
            pieces.append(phrase + sep)
            size += len(pieces[-1])
        pieces.append(filler.take(rng, gap))
        return "".join(pieces).rstrip(), spans
