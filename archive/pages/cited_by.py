"""The "Cited by" list: citations of one symbol grouped by citing resolution, each citing paragraph (or
footnote) once whatever the languages it was found in, preferring the reader's language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from archive.models import Citation

from .languages import LANGUAGES, Language
from .links import resolution_url


@dataclass
class CitingPassage:
    label: str  # "paragraph 3", "preambular paragraph 5", "footnote 2"
    text: str
    url: str
    pinpoint: str  # the paragraph of the cited resolution it names, if any
    language: Language


@dataclass
class CitingResolution:
    symbol: str
    title: str
    language: Language
    url: str
    passages: list[CitingPassage] = field(default_factory=list)


def passage_label(citation: Citation) -> str:
    if citation.footnote_id:
        return _("footnote %(mark)s") % {"mark": citation.footnote.mark}
    if citation.paragraph.number:
        return _("paragraph %(number)s") % {"number": citation.paragraph.number}
    return _("preambular paragraph %(number)s") % {"number": citation.paragraph.eid.rsplit("_", 1)[-1]}


def cited_by(citations: Iterable[Citation], language: str | None) -> list[CitingResolution]:
    """Group citations from `Citation.objects.for_cited_by()`; runs no query."""
    chosen: dict[tuple[int, str], Citation] = {}
    for citation in citations:
        origin = citation.paragraph or citation.footnote
        key = (citation.text.resolution_id, origin.eid)
        kept = chosen.get(key)
        if kept is None or (kept.text.language != language and citation.text.language == language):
            chosen[key] = citation
    groups: dict[int, CitingResolution] = {}
    for citation in chosen.values():
        text, origin = citation.text, citation.paragraph or citation.footnote
        group = groups.setdefault(
            text.resolution_id,
            CitingResolution(
                symbol=text.resolution.symbol,
                title=text.title,
                language=LANGUAGES[text.language],
                url=resolution_url(text.resolution.symbol, text.language),
            ),
        )
        group.passages.append(
            CitingPassage(
                label=passage_label(citation),
                text=origin.body,
                url=resolution_url(text.resolution.symbol, text.language, origin.eid),
                pinpoint=citation.pinpoint,
                language=LANGUAGES[text.language],
            )
        )
    return list(groups.values())
