"""What the benchmark requests: for each kind of page or endpoint, a random sample of real URLs of the
benchmark's archive (drawn with the run's seed)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import NoReverseMatch, reverse

from archive.models import Resolution, ResolutionText, Session

from .vocabulary import PHRASINGS

SAMPLE = 200  # URLs per scenario
FIRST_REQUESTS = 1500  # resolution pages requested once each: more than a measured run gets through
SEARCH_WORDS = 2  # words a search query joins
SESSION_PAGE = 50  # resolutions on a page of a session


@dataclass
class Scenario:
    name: str
    paths: list[str]
    target_p95_ms: float | None = None
    headers: dict[str, dict[str, str]] = field(default_factory=dict)  # per path
    once: bool = False  # each path requested once, in order (no warm-up): rendered, never from a cache


def _sample(rng: random.Random, values: list, count: int = SAMPLE) -> list:
    return rng.sample(values, min(count, len(values)))


def _search_query(rng: random.Random, language: str) -> str:
    phrasing = PHRASINGS[language]
    return " ".join(rng.sample(phrasing.words, SEARCH_WORDS))


def resolution_paths(rng: random.Random) -> tuple[list[str], list[str]]:
    """Reading pages: `SAMPLE` to request again and again, and `FIRST_REQUESTS` others to request once."""
    texts = list(ResolutionText.objects.values_list("resolution_id", "language"))
    chosen = _sample(rng, texts, SAMPLE + FIRST_REQUESTS)
    symbols = dict(Resolution.objects.filter(pk__in=[r for r, _ in chosen]).values_list("pk", "symbol"))
    paths = [f"/{language}/{symbols[resolution]}" for resolution, language in chosen]
    return paths[:SAMPLE], paths[SAMPLE:]


def session_paths(rng: random.Random) -> list[str]:
    sessions = list(Session.objects.annotate(held=Count("resolutions")))
    return [
        f"{s.get_absolute_url()}?page={rng.randint(1, -(-s.held // SESSION_PAGE))}"
        for s in _sample(rng, sessions)
    ]


def api_list_paths(rng: random.Random) -> list[str]:
    base = reverse("api:resolution-list")
    pages = max(1, Resolution.objects.count() // 50)
    sessions = list(Session.objects.all())
    paths = []
    for _ in range(SAMPLE):
        choice = rng.randrange(3)
        if choice == 0:
            query = {"page": rng.randint(1, pages)}
        elif choice == 1:
            query = {"session": rng.choice(sessions).symbol_prefix}
        else:
            query = {"language": rng.choice(ResolutionText.Language.values)}
        paths.append(f"{base}?{urlencode(query)}")
    return paths


def api_detail_paths(rng: random.Random) -> list[str]:
    symbols = list(Resolution.objects.values_list("symbol", flat=True))
    return [reverse("api:resolution-detail", args=[s]) for s in _sample(rng, symbols)]


def search_paths(rng: random.Random, language: str) -> list[str]:
    pages = [f"/search?{urlencode({'q': _search_query(rng, language)})}" for _ in range(SAMPLE // 2)]
    try:
        api = reverse("api:search")
    except NoReverseMatch:  # the search API is not there (yet): the page alone
        return pages
    return pages + [f"{api}?{urlencode({'q': _search_query(rng, language)})}" for _ in range(SAMPLE // 2)]


def held_languages() -> list[str]:
    counts = ResolutionText.objects.values("language").annotate(n=Count("id"))
    return [row["language"] for row in counts.order_by("-n")]


def build(seed: int, search: bool = True) -> list[Scenario]:
    rng = random.Random(seed)
    pages, first_requests = resolution_paths(rng)
    scenarios = [
        Scenario("resolution page", pages, 30),
        Scenario("resolution page, first request", first_requests, once=True),
        Scenario("session page", session_paths(rng), 30),
        Scenario("API list", api_list_paths(rng), 20),
        Scenario("API detail", api_detail_paths(rng), 30),
    ]
    if search:
        scenarios += [Scenario(f"search ({code})", search_paths(rng, code), 150) for code in held_languages()]
    return scenarios
