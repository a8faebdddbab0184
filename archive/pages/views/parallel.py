"""Two languages of one resolution side by side, aligned paragraph by paragraph
(/parallel/en/zh/A/RES/59/190)."""

from __future__ import annotations

from django.shortcuts import redirect, render

from archive.models import Resolution, ResolutionText
from archive.serving.conditional import conditional

from ..alignment import align_by_key
from ..languages import without_prefix
from ..links import parallel_url
from ..lookup import understand
from ..reading import reading_text
from ..versions import resolution_version
from . import missing


@conditional(resolution_version)
def parallel_page(request, left: str, right: str, symbol: str):
    understood = understand(symbol)
    if understood.canonical is None:
        return missing.unreadable_symbol(request, understood)
    if understood.canonical != symbol:
        return redirect(parallel_url(left, right, understood.canonical), permanent=True)
    resolution = Resolution.objects.for_reading_page().filter(symbol=symbol).first()
    if resolution is None:
        return missing.not_in_archive(request, understood)
    held = {text.language: text.pk for text in resolution.texts.all()}
    for language in (left, right):
        if language not in held:
            return missing.language_not_held(request, resolution, language)
    interface = without_prefix(request.path_info)[0]
    texts = {
        text.language: reading_text(text, id_prefix=f"{text.language}-", interface=interface)
        for text in ResolutionText.objects.for_reading().filter(pk__in=[held[left], held[right]])
    }
    context = {
        "resolution": resolution,
        "left": texts[left],
        "right": texts[right],
        "rows": align_by_key(texts[left].paragraphs(), texts[right].paragraphs(), key=lambda p: p.eid),
    }
    return render(request, "pages/parallel.html", context)
