"""The version of an answer that shows many resolutions (a session, the archive, a Member State's votes):
`(count, sum of content versions, latest change)` of those resolutions. Any touch adds to the sum; a
resolution added or removed changes the count. The one rule, whether the resolutions are aggregated in
one query or in rows to add up."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Max, Sum


def version_aggregates(path: str = "") -> dict:
    """The aggregates of one row: `path` leads to the resolution ("resolution__" from a vote)."""
    return {
        "count": Count("*"),
        "versions": Sum(f"{path}content_version"),
        "latest": Max(f"{path}content_changed_at"),
    }


def version_total(rows: Iterable[dict]) -> tuple | None:
    """The version of all the resolutions behind `rows` (each with the `version_aggregates()`), or None if
    there are none."""
    rows = [row for row in rows if row["count"]]
    if not rows:
        return None
    return (
        sum(row["count"] for row in rows),
        sum(row["versions"] for row in rows),
        max(row["latest"] for row in rows),
    )
