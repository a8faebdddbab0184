"""The "Cited by" list: citations of one symbol grouped by citing resolution, each citing paragraph (or
footnote) once whatever the languages it was found in, preferring the reader's language."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from archive.models import Citation

from .excerpts import excerpt
from .labels import FOOTNOTE, part_label
from .languages import LANGUAGES, Language
from .links import resolution_url


@dataclass
class CitingResolution:
    symbol: str
    title: str
    language: Language
    url: str
    passages: list[SafeString] = field(default_factory=list)  # each an item of the list, `passage_html`


@dataclass
class CitedBy:
    resolutions: list[CitingResolution]
    # The citing passages naming a paragraph by number: (part letter, or "" when none is named, number) ->
    # the passages, each (citing resolution, eId) once whatever the languages it was found in.
    pinpointed: dict[tuple[str, str], set[tuple[int, str]]] = field(default_factory=dict)

    def citing_paragraph(self, part: str, number: str) -> int:
        """How many passages cite operative paragraph `number` of part `part` ("" outside parts): those
        naming it in that part and those naming its number alone ("paragraph 5 of resolution 58/199")."""
        return len(self.pinpointed.get((part, number), set()) | self.pinpointed.get(("", number), set()))

    @property
    def passages(self) -> int:
        """Citing passages in all: each paragraph or footnote once, whatever its languages."""
        return sum(len(group.passages) for group in self.resolutions)


# What the list shows of each citation, read as plain rows: a much cited resolution has hundreds, each of
# which would otherwise be four model instances (the citation, its text, resolution and passage).
COLUMNS = (
    "start",
    "end",
    "part",
    "pinpoint",
    "text__language",
    "text__title",
    "text__resolution_id",
    "text__resolution__symbol",
    "paragraph__eid",
    "paragraph__kind",
    "paragraph__body",
    "footnote__eid",
    "footnote__mark",
    "footnote__body",
)


def passage_label(row: dict) -> str:
    if row["footnote__eid"]:
        return part_label(FOOTNOTE, f"fnt_{row['footnote__mark']}")
    return part_label(row["paragraph__kind"], row["paragraph__eid"])


def passage_html(url: str, label: str, pinpoint: str, language: Language, excerpt: SafeString) -> SafeString:
    """A citing passage as an item of the list: its label linked, the paragraph of the cited resolution it
    names (`pinpoint`, if any) and its excerpt. Built here, not by the template's loop, as a much cited
    resolution has hundreds."""
    on_paragraph = " " + gettext("(on paragraph %(number)s)") % {"number": pinpoint} if pinpoint else ""
    return format_html(
        '<li><a href="{}">{}</a>{}:\n        <q lang="{}" dir="{}">{}</q></li>',
        url,
        label,
        on_paragraph,
        language.code,
        language.direction,
        excerpt,
    )


def cited_by(citations: QuerySet[Citation], language: str | None, interface: str | None) -> CitedBy:
    """Group citations from `Citation.objects.for_cited_by()` (one query). A passage citing the
    resolution more than once is shown once, each citing span marked. Its links keep the interface
    language `interface` (the one the page's URL names, if any): a much cited resolution links hundreds of
    passages, each of which `{% keep_language %}` would resolve again. The same rows count the passages
    citing each paragraph by number (`CitedBy.citing_paragraph()`)."""
    chosen: dict[tuple[int, str], list[dict]] = {}
    pinpointed: dict[tuple[str, str], set[tuple[int, str]]] = {}
    for row in citations.values(*COLUMNS):
        key = (row["text__resolution_id"], row["paragraph__eid"] or row["footnote__eid"])
        if row["pinpoint"]:
            pinpointed.setdefault((row["part"], row["pinpoint"]), set()).add(key)
        kept = chosen.get(key)
        if kept is None or (kept[0]["text__language"] != language and row["text__language"] == language):
            chosen[key] = [row]
        elif kept[0]["text__language"] == row["text__language"]:
            kept.append(row)
    groups: dict[int, CitingResolution] = {}
    for same_passage in chosen.values():
        row = same_passage[0]
        symbol, code = row["text__resolution__symbol"], row["text__language"]
        eid = row["paragraph__eid"] or row["footnote__eid"]
        body = row["paragraph__body"] if row["paragraph__eid"] else row["footnote__body"]
        group = groups.setdefault(
            row["text__resolution_id"],
            CitingResolution(
                symbol=symbol,
                title=row["text__title"],
                language=LANGUAGES[code],
                url=resolution_url(symbol, code, interface=interface),
            ),
        )
        group.passages.append(
            passage_html(
                resolution_url(symbol, code, eid, interface),
                passage_label(row),
                row["pinpoint"],
                LANGUAGES[code],
                excerpt(body, [(c["start"], c["end"]) for c in same_passage]),
            )
        )
    return CitedBy(list(groups.values()), pinpointed)
