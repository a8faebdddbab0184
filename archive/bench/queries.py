"""SQL queries per request, counted in this process with Django's test client on the benchmark's
database: for each scenario's URLs, and for the shortest and the longest resolution (the count must not
grow with a resolution's length)."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from archive.models import ResolutionText

SAMPLE = 10  # URLs per scenario


def queries_for(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, secure=True)
    if response.status_code >= 400:
        raise RuntimeError(f"{path} answered {response.status_code}")
    return len(captured)


def per_scenario(scenarios) -> dict[str, dict]:
    client = Client()
    counts = {}
    for scenario in scenarios:
        found = [queries_for(client, path) for path in scenario.paths[:SAMPLE]]
        counts[scenario.name] = {
            "max": max(found),
            "min": min(found),
            "mean": round(sum(found) / len(found), 2),
        }
    return counts


def by_length() -> dict[str, dict]:
    """Queries of the resolution page and the API detail for the shortest and the longest text."""
    texts = ResolutionText.objects.annotate(paragraph_count=Count("paragraphs")).select_related("resolution")
    shortest = texts.order_by("paragraph_count", "id").first()
    longest = texts.order_by("-paragraph_count", "id").first()
    client = Client()
    result = {}
    for label, text in (("shortest", shortest), ("longest", longest)):
        symbol = text.resolution.symbol
        result[label] = {
            "symbol": symbol,
            "paragraphs": text.paragraph_count,
            "resolution page": queries_for(client, f"/{text.language}/{symbol}"),
            "API detail": queries_for(client, f"/api/v1/resolutions/{symbol}"),
        }
    return result
