"""A resolution's public change log (/changes/A/RES/59/190): what changed and when, not who."""

from __future__ import annotations

from django.shortcuts import redirect, render
from django.urls import reverse

from archive.models import Resolution
from archive.services.changelog import resolution_changes

from .lookup import understand
from .views import missing


def changelog_page(request, symbol: str):
    """The symbol is read as the reading pages read it: another spelling is redirected, a path that is no
    symbol (a NUL byte, say) is a helpful 404, never a query."""
    understood = understand(symbol)
    if understood.canonical is None:
        return missing.unreadable_symbol(request, understood)
    if understood.canonical != symbol:
        return redirect(reverse("pages:changelog", kwargs={"symbol": understood.canonical}), permanent=True)
    resolution = Resolution.objects.filter(symbol=symbol).first()
    if resolution is None:
        return missing.not_in_archive(request, understood)
    context = {"resolution": resolution, "entries": resolution_changes(resolution)}
    return render(request, "pages/changelog.html", context)
