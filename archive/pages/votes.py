"""What the pages show of votes: a resolution's recorded vote (totals, a bar per choice, each Member
State's vote), a Member State's votes per session and its agreement with another State."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape  # what Django's escape does, without its checks for lazy text: rows of plain strings

from django.urls import get_script_prefix
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from archive.models import MemberState, MemberStateVote, Resolution, SeparateVote
from archive.models.members import state_url
from archive.models.sessions import Session
from archive.parser.printed import printed_session
from archive.templatetags.reading import un_date

from .languages import interface_language
from .links import keeping_language, resolution_url

CHOICES = [
    ("yes", gettext_lazy("In favour")),
    ("no", gettext_lazy("Against")),
    ("abstain", gettext_lazy("Abstaining")),
    ("non_voting", gettext_lazy("Did not vote")),
]


@dataclass(frozen=True)
class Bar:
    choice: str
    text: str  # its label and count as the interface language writes them: "In favour: 106", "赞成：106"
    count: int
    percent: float  # of the largest count: the bar's length

    @property
    def width(self) -> str:
        """The bar's length as an SVG width (a dot whatever the interface language)."""
        return f"{self.percent:.1f}"


@dataclass(frozen=True)
class PartVote:
    """A separate vote (on an amendment, a paragraph): its totals as bars and each State's vote (the rows of
    its table, `state_rows`)."""

    anchor: str
    description: str
    voted_on: object
    bars: list[Bar]
    states: SafeString


@dataclass
class VoteView:
    recorded: bool
    bars: list[Bar] = field(default_factory=list)
    states: SafeString = SafeString()  # the rows of its table, `state_rows`
    separate: list[PartVote] = field(default_factory=list)


def translated_labels() -> dict[str, str]:
    """The choices' labels in the active language: translated once for a page's bars, not once a bar."""
    return {choice: str(label) for choice, label in CHOICES}


def bars(counts: dict[str, int | None], labels: dict[str, str] | None = None) -> list[Bar]:
    labels = labels or translated_labels()
    written = _("%(choice)s: %(count)s")
    largest = max((c for c in counts.values() if c), default=0) or 1
    return [
        Bar(
            choice,
            written % {"choice": labels[choice], "count": counts[choice]},
            counts[choice],
            100 * counts[choice] / largest,
        )
        for choice, _ in CHOICES
        if counts.get(choice) is not None
    ]


@lru_cache(maxsize=8192)  # ~193 States × their names × interfaces: each State's cell built once per process
def _state_cell(code: str, name: str, script_prefix: str, interface: str | None) -> SafeString:
    """A State's name linked to its page in the interface language `interface`, as `{% keep_language %}`
    would link it: the header cell of its row in a vote's table (`script_prefix` keys the cache: the
    URL depends on it)."""
    return mark_safe(f'<th scope="row"><a href="{_kept(state_url(code), interface)}">{escape(name)}</a></th>')


def state_rows(rows: Iterable[tuple[str, str, str]], interface: str | None) -> SafeString:
    """The rows of a vote's table of Member States from `(code, name, vote)` rows, by name, linked in the
    interface language `interface` (the one the page's URL names, if any): built here, not by the
    template's loop, as a recorded vote has about 193 of them, from cells built once per process."""
    labels = _escaped_labels()
    script_prefix = get_script_prefix()
    # `vote` is one of the choices, the keys of `labels` (a KeyError otherwise): nothing to escape.
    return mark_safe(
        "".join(
            f'<tr class="vote-{vote}">{_state_cell(code, name, script_prefix, interface)}'
            f"<td>{labels[vote]}</td></tr>\n        "
            for code, name, vote in sorted(rows, key=lambda row: row[1])
        )
    )


def _named(votes, language: str):
    """`(code, name in language, vote)` of SeparateStateVote rows with their States."""
    return ((v.member_state.code, v.member_state.name_in(language), v.vote) for v in votes)


def vote_view(resolution: Resolution, interface: str | None) -> VoteView:
    """`interface` as for `state_rows`; `resolution` from `for_text_page()`, which says whether it has
    separate votes. The Member States are named in the interface language, whatever the text's. No query,
    two with separate votes (them and each State's vote in them), one more for a recorded vote (each
    State's vote: only a recorded vote has them)."""
    language = interface_language()
    view = VoteView(resolution.vote == Resolution.Vote.RECORDED)
    if resolution.has_separate_votes:
        view.separate = [
            PartVote(
                _anchor(part),
                part.description,
                part.voted_on,
                bars(part.totals),
                state_rows(_named(part.state_votes.all(), language), interface),
            )
            for part in SeparateVote.objects.filter(resolution=resolution).with_states()
        ]
    if view.recorded:
        view.bars = bars(resolution.totals)
        rows = MemberStateVote.objects.names_and_votes(resolution, language)
        view.states = state_rows(((code, name or en, vote) for code, name, en, vote in rows), interface)
    return view


@dataclass(frozen=True)
class SessionVotes:
    session: str
    url: str
    counts: dict[str, int]
    total: int
    bars: list[Bar]
    kind: str  # the session's (Session.Kind), and its number: where the charts place it
    number: int

    @property
    def label(self) -> str:
        return ", ".join(bar.text for bar in self.bars)

    @property
    def chart(self) -> str:
        """Its bars as SVG (a choice and a number each: nothing to escape but the label)."""
        rects = "".join(
            f'<rect class="bar-{bar.choice}" x="0" y="{y}" width="{bar.width}" height="0.9"/>'
            for y, bar in enumerate(self.bars)
        )
        return (
            f'<svg role="img" aria-label="{escape(self.label)}" width="160" height="16" viewBox="0 0 100 4" '
            f'preserveAspectRatio="none">{rects}</svg>'
        )


@dataclass(frozen=True)
class Agreement:
    session: str
    url: str
    together: int
    same: int
    percent: float
    kind: str  # as SessionVotes's
    number: int

    @property
    def width(self) -> str:
        return f"{self.percent:.1f}"

    @property
    def rounded(self) -> int:
        """The share in whole percent, a half rounded up (as `floatformat:0`), from the counts themselves."""
        return (200 * self.same + self.together) // (2 * self.together)


def _session(kind: str, number: int) -> tuple[str, str]:
    return _session_link(get_script_prefix(), kind, number, interface_language())


@lru_cache(maxsize=1024)  # a State's page names ~80 sessions, twice with `?with`: named once per process
def _session_link(script_prefix: str, kind: str, number: int, language: str) -> tuple[str, str]:
    """A session's name in the interface language ("79th session", "第79届会议") and its page's URL."""
    return printed_session(kind, number, language), Session(kind=kind, number=number).get_absolute_url()


def votes_by_session(state: MemberState) -> list[SessionVotes]:
    """One query."""
    labels = translated_labels()
    out = []
    for row in MemberStateVote.objects.counts_by_session(state):
        counts = {choice: row[choice] for choice, _ in CHOICES}
        kind, number = row["session_kind"], row["session_number"]
        session = _session(kind, number)
        out.append(SessionVotes(*session, counts, sum(counts.values()), bars(counts, labels), kind, number))
    return out


def agreement(state: MemberState, other: MemberState) -> list[Agreement]:
    """One query."""
    return [
        Agreement(
            *_session(row["session_kind"], row["session_number"]),
            row["together"],
            row["same"],
            100 * row["same"] / row["together"],
            row["session_kind"],
            row["session_number"],
        )
        for row in MemberStateVote.objects.agreement(state, other)
    ]


# A Member State's page has four tables of up to ~120 rows (its votes by session, its agreement with another
# State, its latest votes and its latest separate votes): their rows are built here, not by the template's
# loops, which took half the time of a page never rendered before. `interface` as for `state_rows`.


def session_rows(sessions: Iterable[SessionVotes], interface: str | None) -> SafeString:
    """The rows of a State's votes by session: the session, its counts by choice and their chart."""
    return mark_safe(
        "".join(
            f'<tr>\n        <th scope="row"><a href="{_kept(row.url, interface)}">'
            f"{escape(capfirst(row.session))}</a></th>\n        "
            + "".join(f"<td>{row.counts[choice]}</td>" for choice, _ in CHOICES)
            + f"\n        <td>{row.chart}</td>\n      </tr>\n      "
            for row in sessions
        )
    )


def agreement_rows(rows: Iterable[Agreement], interface: str | None) -> SafeString:
    """The rows of two States' agreement by session: the votes both cast, those alike, the share as a bar."""
    return mark_safe(
        "".join(
            f'<tr><th scope="row"><a href="{_kept(row.url, interface)}">{escape(capfirst(row.session))}'
            f"</a></th><td>{row.together}</td><td>{row.same}</td>\n        "
            f'<td><svg role="img" aria-label="{row.rounded} %" width="100" height="12" '
            f'viewBox="0 0 100 1" preserveAspectRatio="none"><rect class="bar-agreement" x="0" y="0" '
            f'width="{row.width}" height="1"/></svg> {row.rounded} %</td></tr>\n      '
            for row in rows
        )
    )


def latest_rows(votes, interface: str | None) -> SafeString:
    """The rows of a State's latest votes (MemberStateVote with their resolutions): the resolution, its
    adoption, the vote."""
    labels = _escaped_labels()
    return mark_safe(
        "".join(
            f'<tr class="vote-{vote.vote}"><th scope="row">'
            f'<a href="{escape(resolution_url(vote.resolution.symbol, interface=interface))}">'
            f"{escape(vote.resolution.symbol)}</a></th><td>{_time(vote.resolution.adopted_on)}</td>"
            f"<td>{labels[vote.vote]}</td></tr>\n      "
            for vote in votes
        )
    )


def separate_rows(votes, interface: str | None) -> SafeString:
    """The rows of a State's latest votes on parts of resolutions (SeparateStateVote with their separate
    votes and resolutions): the resolution (linked to the separate vote on its page), the part, the date,
    the vote."""
    labels = _escaped_labels()
    return mark_safe(
        "".join(
            f'<tr class="vote-{vote.vote}"><th scope="row"><a href="{escape(_on_its_page(vote, interface))}">'
            f"{escape(vote.separate_vote.resolution.symbol)}</a></th>"
            f'<td lang="en" dir="ltr">{escape(vote.separate_vote.description)}</td>'
            f"<td>{_time(vote.separate_vote.voted_on)}</td><td>{labels[vote.vote]}</td></tr>\n      "
            for vote in votes
        )
    )


def _on_its_page(vote, interface: str | None) -> str:
    """A State's separate vote's place on its resolution's page."""
    part = vote.separate_vote
    return resolution_url(part.resolution.symbol, eid=_anchor(part), interface=interface)


def _anchor(part: SeparateVote) -> str:
    """A separate vote's anchor on its resolution's page."""
    return f"separate-vote-{part.undl_record}"


def _kept(url: str, interface: str | None) -> str:
    """`url` kept in the interface language `interface` (if any), as `{% keep_language %}` keeps it."""
    return escape(keeping_language(url, f"/{interface}" if interface else ""))


def _escaped_labels() -> dict[str, str]:
    return {choice: escape(label) for choice, label in translated_labels().items()}


def _time(day) -> str:
    """A date as the interface language prints it (`un_date`), in a <time> element; "" for none."""
    if day is None:
        return ""
    return f'<time datetime="{day.isoformat()}">{escape(un_date(day))}</time>'


def other_options(states: Iterable[tuple[str, str]], selected: str) -> SafeString:
    """The options of the choice of another State, from `(name, code)` pairs by name; `selected` the code
    of the State chosen, if any."""
    return mark_safe(
        "".join(
            f'<option value="{escape(code)}"{" selected" if code == selected else ""}>{escape(name)}</option>'
            for name, code in states
        )
    )


def agreement_caption(state: str, other: str) -> str:
    return _("How often %(state)s and %(other)s voted alike, session by session") % {
        "state": state,
        "other": other,
    }
