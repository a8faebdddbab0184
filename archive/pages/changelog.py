"""A resolution's public change log (/changes/A/RES/59/190): what changed and when, not who."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render

from archive.models import Resolution
from archive.services.changelog import resolution_changes


def changelog_page(request, symbol: str):
    resolution = get_object_or_404(Resolution.objects.all(), symbol=symbol)
    context = {"resolution": resolution, "entries": resolution_changes(resolution)}
    return render(request, "pages/changelog.html", context)
