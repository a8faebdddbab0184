"""The content version each reading page shows (one query), for `archive.serving.conditional.conditional`."""

from __future__ import annotations

from functools import lru_cache

from archive.models import MemberStateVote, Resolution, SeparateStateVote, Session
from archive.models.members import version_rows
from archive.serving.conditional import ContentVersion

from .lookup import understand


@lru_cache(maxsize=4096)  # a revalidation asks again about the same few symbols
def canonical(*symbols: str) -> bool:
    """Whether each symbol is spelt canonically (others are redirected, or cannot be symbols at all)."""
    return all(understand(symbol).canonical == symbol for symbol in symbols)


def resolution_version(request, symbol: str, **_) -> ContentVersion | None:
    """A resolution's page, in any language or two side by side (`symbol`)."""
    if not canonical(symbol):
        return None
    return ContentVersion.of("resolution", Resolution.objects.version_of(symbol))


def compare_version(request, left: str, right: str, **_) -> ContentVersion | None:
    if not canonical(left, right):
        return None
    rows = Resolution.objects.filter(symbol__in=[left, right]).values_list(
        "symbol", "id", "content_version", "content_changed_at"
    )
    held = {symbol: ContentVersion.of("resolution", row) for symbol, *row in rows}
    if left not in held or right not in held:
        return None
    return held[left].combined(held[right])


def session_version(request, prefix: str) -> ContentVersion | None:
    return ContentVersion.of("session", Session.objects.version_of(prefix))


def member_state_version(request, code: str) -> ContentVersion | None:
    """A Member State's page (and the other State's, `?with=`): the versions of the resolutions they voted
    on, and of those of `code`'s separate votes, whose votes, dates and symbols it shows (one query: the
    States' votes read from their index alone, joined with the resolutions)."""
    codes = [code.upper(), (request.GET.get("with") or "").upper()]
    voted = MemberStateVote.objects.filter(member_state__code__in=codes).version_by_state()
    on_parts = SeparateStateVote.objects.filter(member_state__code=codes[0]).version_by_state()
    return ContentVersion.of("member-state", version_rows(voted, on_parts))
