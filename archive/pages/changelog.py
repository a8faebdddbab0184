"""A resolution's public change log (/changes/A/RES/59/190): what changed and when, not who; each version
of a text readable with its differences from the version before it
(/changes/A/RES/59/190/versions/12)."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import SafeString

from archive.models import Resolution, ResolutionText
from archive.services.changelog import reason_said, resolution_changes, text_versions

from .alignment import align_similar, mark_changes
from .languages import LANGUAGES
from .lookup import understand
from .views import missing


@dataclass(frozen=True)
class LineChange:
    """A line of the earlier version beside the line of this one, changes marked (None: no such line)."""

    before: SafeString | None
    after: SafeString | None


def version_url(symbol: str, history_id: int) -> str:
    return reverse("pages:text-version", kwargs={"symbol": symbol, "version": history_id})


def line_changes(before: str, after: str, unit: str) -> list[LineChange]:
    """The lines that differ between the two texts, similar lines paired, what changed marked."""
    old, new = before.splitlines(), after.splitlines()
    rows = []
    for i, j in align_similar(old, new, unit):
        if i is not None and j is not None and old[i] == new[j]:
            continue
        left, right = mark_changes(old[i] if i is not None else "", new[j] if j is not None else "", unit)
        rows.append(
            LineChange(before=left if i is not None else None, after=right if j is not None else None)
        )
    return rows


def readable(entry) -> bool:
    """A change log entry that is a version of a text (not its deletion)."""
    return entry.model is ResolutionText and entry.action != "deleted"


def held(request, symbol: str, url):
    """`(resolution, None)` for the resolution `symbol` names, else `(None, response)`: the symbol is read
    as the reading pages read it, so another spelling is redirected to `url(canonical)` and a path that is
    no symbol (a NUL byte, say) is a helpful 404, never a query."""
    understood = understand(symbol)
    if understood.canonical is None:
        return None, missing.unreadable_symbol(request, understood)
    if understood.canonical != symbol:
        return None, redirect(url(understood.canonical), permanent=True)
    resolution = Resolution.objects.filter(symbol=symbol).first()
    if resolution is None:
        return None, missing.not_in_archive(request, understood)
    return resolution, None


def changelog_page(request, symbol: str):
    resolution, instead = held(request, symbol, lambda s: reverse("pages:changelog", kwargs={"symbol": s}))
    if instead is not None:
        return instead
    entries = resolution_changes(resolution)
    context = {
        "resolution": resolution,
        "entries": entries,
        "rows": [
            (entry, version_url(symbol, entry.history_id) if readable(entry) else None) for entry in entries
        ],
    }
    return render(request, "pages/changelog.html", context)


def version_page(request, symbol: str, version: str):
    """A version of a text: its title and the text the parser read, and what changed since the version
    before it (of the same language). Two queries."""
    resolution, instead = held(request, symbol, lambda s: version_url(s, int(version)))
    if instead is not None:
        return instead
    every = list(text_versions(resolution))
    record = next((v for v in every if v.history_id == int(version)), None)
    if record is None:
        raise Http404(f"{symbol} has no text version {version}")
    versions = [v for v in every if v.language == record.language]
    index = versions.index(record)
    earlier = versions[index - 1] if index > 0 else None
    later = versions[index + 1] if index + 1 < len(versions) else None
    language = LANGUAGES[record.language]
    context = {
        "resolution": resolution,
        "version": record,
        "reason": reason_said(record.history_change_reason),
        "language": language,
        "number": index + 1,
        "count": len(versions),
        "earlier_url": version_url(symbol, earlier.history_id) if earlier else None,
        "later_url": version_url(symbol, later.history_id) if later else None,
        "title_changes": (
            mark_changes(earlier.title, record.title, language.diff_unit)
            if earlier and earlier.title != record.title
            else None
        ),
        "differences": (
            line_changes(earlier.extracted_text, record.extracted_text, language.diff_unit)
            if earlier
            else None
        ),
    }
    return render(request, "pages/text_version.html", context)
