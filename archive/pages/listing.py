"""Rows of lists. A resolution (a session's resolutions, recent additions): symbol, title in the reader's
language where held, adoption date, vote and the languages available; runs no query on a resolution from
`Resolution.objects.with_titles()`. A session: what the archive holds of it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from archive.models import Resolution, Session

from .languages import LANGUAGES, Language, preferred
from .links import resolution_url


@dataclass(frozen=True)
class LanguageLink:
    language: Language
    url: str


@dataclass(frozen=True)
class ResolutionRow:
    symbol: str
    url: str
    title: str
    title_language: Language | None
    adopted_on: datetime.date | None
    vote: str
    languages: list[LanguageLink]


def vote_summary(resolution: Resolution) -> str:
    if resolution.vote == Resolution.Vote.WITHOUT_VOTE:
        return _("adopted without a vote")
    if resolution.vote == Resolution.Vote.RECORDED:
        return ngettext(
            "%(yes)s in favour, %(no)s against, %(abstain)s abstention",
            "%(yes)s in favour, %(no)s against, %(abstain)s abstentions",
            resolution.votes_abstain,
        ) % {
            "yes": resolution.votes_yes,
            "no": resolution.votes_no,
            "abstain": resolution.votes_abstain,
        }
    return _("vote not recorded")


def language_links(symbol: str, codes) -> list[LanguageLink]:
    return [
        LanguageLink(LANGUAGES[code], resolution_url(symbol, code)) for code in LANGUAGES if code in codes
    ]


def resolution_row(resolution: Resolution) -> ResolutionRow:
    titles = {text.language: text.title for text in resolution.texts.all()}
    shown = preferred(titles) if titles else ("en" if resolution.catalogue_title else None)
    return ResolutionRow(
        symbol=resolution.symbol,
        url=resolution_url(resolution.symbol),
        title=titles.get(shown) or resolution.catalogue_title,
        title_language=LANGUAGES.get(shown),
        adopted_on=resolution.adopted_on,
        vote=vote_summary(resolution),
        languages=language_links(resolution.symbol, titles),
    )


@dataclass(frozen=True)
class SessionRow:
    session: Session
    texts: dict[str, int]  # language code -> texts held


def session_rows(sessions) -> list[SessionRow]:
    """Rows from `Session.objects.for_index()`."""
    return [SessionRow(s, {code: getattr(s, f"texts_{code}") for code in LANGUAGES}) for s in sessions]
