"""Two resolutions side by side, paragraphs aligned and changed words marked
(/compare/A/RES/78/13/with/A/RES/80/13, /zh/compare/…)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.utils.safestring import SafeString, mark_safe

from archive.models import Resolution, ResolutionText
from archive.serving.conditional import conditional
from archive.serving.release import release

from ..alignment import align_similar, mark_changes
from ..compare_slots import Busy, compare_slot
from ..languages import LANGUAGES, preferred
from ..links import compare_url
from ..lookup import understand
from ..reading import ParagraphView, ReadingText, reading_text
from ..time_budget import TimeBudget, TooLong
from ..versions import compare_version
from . import missing

logger = logging.getLogger("archive.pages")
TOO_LONG = "too long"  # cached in place of the pairs
TOO_LONG_KEPT_SECONDS = 600


@dataclass
class Cell:
    paragraph: ParagraphView
    html: SafeString


@dataclass
class Row:
    left: Cell | None
    right: Cell | None

    @property
    def status(self) -> str:
        if self.left is None:
            return "inserted"
        if self.right is None:
            return "deleted"
        return "same" if self.left.paragraph.body == self.right.paragraph.body else "changed"


# A marked pair: the section (preamble, operative part, annexes), the paragraphs' indexes in it (None: the
# paragraph is missing on that side) and both paragraphs' marked HTML.
Marked = tuple[int, int | None, int | None, str, str]


def sections(text: ReadingText) -> list[list[ParagraphView]]:
    return [text.preamble, text.operative, [p for annex in text.annexes for p in annex.paragraphs]]


def marked_pairs(old: ReadingText, new: ReadingText, budget: TimeBudget) -> list[Marked]:
    """Section by section, paragraphs paired and changes marked. Raises TooLong when `budget` runs out."""
    unit = new.language.diff_unit
    marked: list[Marked] = []
    for section, (before, after) in enumerate(zip(sections(old), sections(new), strict=True)):
        for i, j in align_similar([p.body for p in before], [p.body for p in after], unit, budget):
            left_html, right_html = mark_changes(
                "" if i is None else before[i].body, "" if j is None else after[j].body, unit, budget
            )
            marked.append((section, i, j, left_html, right_html))
    return marked


def compare_rows(old: ReadingText, new: ReadingText, marked: list[Marked]) -> list[Row]:
    old_sections, new_sections = sections(old), sections(new)
    return [
        Row(
            None if i is None else Cell(old_sections[section][i], mark_safe(left_html)),
            None if j is None else Cell(new_sections[section][j], mark_safe(right_html)),
        )
        for section, i, j, left_html, right_html in marked
    ]


def read_texts(pks: dict[str, int]) -> dict[str, ReadingText]:
    """The texts of ids `pks` ("left", "right") as the page shows them, their anchors prefixed by the side."""
    fetched = {t.pk: t for t in ResolutionText.objects.for_reading().filter(pk__in=pks.values())}
    return {side: reading_text(fetched[pk], id_prefix=f"{side}-") for side, pk in pks.items()}


def compared(key: str, pks: dict[str, int]) -> tuple[dict[str, ReadingText], list[Marked]] | None:
    """The texts of ids `pks` and their `marked_pairs`, computed once per `key` (the resolutions' content
    versions and the language, whatever the URL): repeating a comparison costs nothing. None when it takes
    longer than ARCHIVE_COMPARE_BUDGET_SECONDS; that answer is kept TOO_LONG_KEPT_SECONDS, so a repeated
    request for it costs nothing either. Raises Busy, before reading anything, when the comparison is to be
    computed and this process computes as many as it may already."""
    held = cache.get(key)
    if held == TOO_LONG:
        return None
    if held is not None:
        return read_texts(pks), held
    with compare_slot():
        texts = read_texts(pks)
        try:
            marked = marked_pairs(
                texts["left"], texts["right"], TimeBudget(settings.ARCHIVE_COMPARE_BUDGET_SECONDS)
            )
        except TooLong as exc:
            logger.warning("comparison too long (%s): %s", exc, key)
            cache.set(key, TOO_LONG, TOO_LONG_KEPT_SECONDS)
            return None
    cache.set(key, marked)
    return texts, marked


@conditional(compare_version)
def compare_page(request, left: str, right: str, lang: str | None = None):
    asked = {"left": understand(left), "right": understand(right)}
    for understood in asked.values():
        if understood.canonical is None:
            return missing.unreadable_symbol(request, understood)
    canonical = {side: understood.canonical for side, understood in asked.items()}
    if canonical != {"left": left, "right": right}:
        return redirect(compare_url(canonical["left"], canonical["right"], lang), permanent=True)
    resolutions = {
        r.symbol: r for r in Resolution.objects.for_reading_page().filter(symbol__in=[left, right])
    }
    for side in ("left", "right"):
        if canonical[side] not in resolutions:
            return missing.not_in_archive(request, asked[side], lang)
    held = {symbol: {t.language: t.pk for t in r.texts.all()} for symbol, r in resolutions.items()}
    common = set(held[left]) & set(held[right])
    language = lang or preferred(common)
    if language not in common:
        language = language or preferred(held[left])
        lacking = right if language in held[left] else left
        return missing.language_not_held(request, resolutions[lacking], language)
    pks = {"left": held[left][language], "right": held[right][language]}
    versions = [
        f"{r.pk}.{r.content_version}.{r.content_changed_at.isoformat()}"  # as the ETag's ContentVersion
        for r in (resolutions[left], resolutions[right])
    ]
    key = f"compare:{release()}:{':'.join(versions)}:{language}"
    context = {"left": resolutions[left], "right": resolutions[right], "language": LANGUAGES[language]}
    try:
        result = compared(key, pks)
    except Busy:
        response = render(request, "pages/compare_busy.html", context, status=503)
        response["Retry-After"] = str(settings.ARCHIVE_COMPARE_BUDGET_SECONDS)  # a slot is free by then
        return response
    if result is None:
        return render(request, "pages/compare_too_long.html", context, status=503)
    texts, marked = result
    context |= {
        "left_text": texts["left"],
        "right_text": texts["right"],
        "rows": compare_rows(texts["left"], texts["right"], marked),
        "languages": [
            (LANGUAGES[code], compare_url(left, right, code)) for code in LANGUAGES if code in common
        ],
    }
    return render(request, "pages/compare.html", context)
