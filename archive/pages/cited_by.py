"""The "Cited by" list: citations of one symbol grouped by citing resolution, each citing paragraph (or
footnote) once whatever the languages it was found in, preferring the reader's language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from archive.models import Citation

from .excerpts import excerpt
from .labels import FOOTNOTE, part_label
from .languages import LANGUAGES, Language
from .links import resolution_url


@dataclass
class CitingPassage:
    label: str  # "Operative paragraph 3", "Preambular paragraph 5", "Footnote 2"
    excerpt: SafeString  # centred on the citing words, which are marked
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


@dataclass
class CitedBy:
    resolutions: list[CitingResolution]

    @property
    def passages(self) -> int:
        """Citing passages in all: each paragraph or footnote once, whatever its languages."""
        return sum(len(group.passages) for group in self.resolutions)


def passage_label(citation: Citation) -> str:
    if citation.footnote_id:
        return part_label(FOOTNOTE, f"fnt_{citation.footnote.mark}")
    return part_label(citation.paragraph.kind, citation.paragraph.eid)


def cited_by(citations: Iterable[Citation], language: str | None) -> CitedBy:
    """Group citations from `Citation.objects.for_cited_by()`; runs no query. A passage citing the
    resolution more than once is shown once, each citing span marked."""
    chosen: dict[tuple[int, str], list[Citation]] = {}
    for citation in citations:
        origin = citation.paragraph or citation.footnote
        key = (citation.text.resolution_id, origin.eid)
        kept = chosen.get(key)
        if kept is None or (kept[0].text.language != language and citation.text.language == language):
            chosen[key] = [citation]
        elif kept[0].text.language == citation.text.language:
            kept.append(citation)
    groups: dict[int, CitingResolution] = {}
    for same_passage in chosen.values():
        citation = same_passage[0]
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
                excerpt=excerpt(origin.body, [(c.start, c.end) for c in same_passage]),
                url=resolution_url(text.resolution.symbol, text.language, origin.eid),
                pinpoint=citation.pinpoint,
                language=LANGUAGES[text.language],
            )
        )
    return CitedBy(list(groups.values()))
