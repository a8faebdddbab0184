"""What a reader calls a part of a text: "Operative paragraph 3", "Preambular paragraph 5", "Footnote 2",
"Sub-paragraph (a) of paragraph 3", from its kind and its eId (the number is the eId's last segment, so
that a search hit, which carries no number, is labelled as a paragraph read from the database is)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from archive.models import Paragraph

TITLE, FOOTNOTE = "title", "footnote"


def _numbers(eid: str) -> list[str]:
    """The numbers of an eId's paragraph segments: "annex_1__para_2__subpara_a" gives ["2", "a"], "fnt_4"
    gives ["4"]."""
    segments = [segment.rpartition("_") for segment in eid.split("__")]
    return [number for name, _, number in segments if name in ("para", "subpara")] or [segments[-1][-1]]


def part_label(kind: str, eid: str) -> str:
    """The label of the unit of `kind` (a Paragraph kind, "title" or "footnote") with the eId `eid`."""
    numbers = _numbers(eid) if "_" in eid else [""]
    number = numbers[-1]
    if kind == TITLE:
        return _("Title")
    if kind == FOOTNOTE:
        return _("Footnote %(mark)s") % {"mark": number}
    if kind == Paragraph.Kind.PREAMBULAR:
        return _("Preambular paragraph %(number)s") % {"number": number}
    if kind == Paragraph.Kind.OPERATIVE:
        return _("Operative paragraph %(number)s") % {"number": number}
    if kind == Paragraph.Kind.SUBPARAGRAPH:
        parent = " ".join([numbers[0], *(f"({n})" for n in numbers[1:-1])])
        return _("Sub-paragraph (%(letter)s) of paragraph %(number)s") % {"letter": number, "number": parent}
    if kind == Paragraph.Kind.ANNEX_PARAGRAPH:
        return _("Annex paragraph %(number)s") % {"number": number}
    return _("Heading")
