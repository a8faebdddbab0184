"""The content version each reading page shows (one query), for `archive.serving.conditional.conditional`."""

from __future__ import annotations

from functools import lru_cache

from archive.models import Resolution, Session
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


def archive_version() -> ContentVersion | None:
    """The version of an answer drawn from anywhere in the archive (a Member State's votes, all citations,
    the search): the count, sum of versions and latest change of every resolution, in one aggregate query
    (an index-only scan of 20,000 resolutions takes about 2 ms; a vote written touches its resolution)."""
    return ContentVersion.of("archive", Resolution.objects.version_summary())


def member_state_version(request, code: str) -> ContentVersion | None:
    """A Member State's page (and `?with=` another's): the archive's version, as the API's answers about
    States. Its ~6,000 votes (12,000 with another State) and their resolutions span the sessions: joining
    them with their resolutions' versions took five times as long as summing every resolution's."""
    return archive_version()
