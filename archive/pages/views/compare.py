"""Two resolutions side by side, paragraphs aligned and changed words marked
(/compare/A/RES/78/13/with/A/RES/80/13, /zh/compare/…)."""

from __future__ import annotations

from dataclasses import dataclass

from django.shortcuts import redirect, render
from django.utils.safestring import SafeString

from archive.models import Resolution, ResolutionText
from archive.serving.conditional import conditional

from ..alignment import align_similar, mark_changes
from ..languages import LANGUAGES, preferred
from ..links import compare_url
from ..lookup import understand
from ..reading import ParagraphView, ReadingText, reading_text
from ..versions import compare_version
from . import missing


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


def compare_rows(old: ReadingText, new: ReadingText) -> list[Row]:
    """Section by section (preamble, operative part, annexes), paragraphs paired and changes marked."""
    unit = new.language.diff_unit
    rows = []
    old_annexed = [p for annex in old.annexes for p in annex.paragraphs]
    new_annexed = [p for annex in new.annexes for p in annex.paragraphs]
    for before, after in (
        (old.preamble, new.preamble),
        (old.operative, new.operative),
        (old_annexed, new_annexed),
    ):
        for i, j in align_similar([p.body for p in before], [p.body for p in after], unit):
            if i is not None and j is not None:
                left_html, right_html = mark_changes(before[i].body, after[j].body, unit)
                rows.append(Row(Cell(before[i], left_html), Cell(after[j], right_html)))
            elif i is not None:
                rows.append(Row(Cell(before[i], mark_changes(before[i].body, "", unit)[0]), None))
            else:
                rows.append(Row(None, Cell(after[j], mark_changes("", after[j].body, unit)[1])))
    return rows


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
    fetched = {t.pk: t for t in ResolutionText.objects.for_reading().filter(pk__in=pks.values())}
    texts = {side: reading_text(fetched[pk], id_prefix=f"{side}-") for side, pk in pks.items()}
    context = {
        "left": resolutions[left],
        "right": resolutions[right],
        "language": LANGUAGES[language],
        "left_text": texts["left"],
        "right_text": texts["right"],
        "rows": compare_rows(texts["left"], texts["right"]),
        "languages": [
            (LANGUAGES[code], compare_url(left, right, code)) for code in LANGUAGES if code in common
        ],
    }
    return render(request, "pages/compare.html", context)
