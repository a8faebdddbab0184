"""Helpers of the search tests."""


def found(results) -> list[tuple[str, list[str]]]:
    """Each resolution found, best first, with its best hits as "language:eid" ("en:title" for a title)."""
    return [
        (group.symbol, [f"{hit.language}:{hit.eid or 'title'}" for hit in group.hits])
        for group in results.groups
    ]
