"""What the benchmark requests: for each kind of page or endpoint, a random sample of real URLs of the
benchmark's archive (drawn with the run's seed), and the crawl's list of every reading page."""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse

from archive.models import MemberState, Resolution, ResolutionText, Session
from archive.pages.links import resolution_url

from .vocabulary import PHRASINGS

SAMPLE = 200  # URLs per scenario
COLD_REQUESTS = 1500  # resolution pages requested once each, never rendered before
SEARCH_WORDS = 2  # words a search query joins
SESSION_PAGE = 50  # resolutions on a page of a session


@dataclass
class Scenario:
    """`paths` requested at random for the measured seconds, after each was requested once (`warm`: every
    page rendered and cached); or, with `once`, each requested once in order, as the measurement."""

    name: str
    paths: list[str]
    target_p95_ms: float | None = None
    warm: bool = False
    once: bool = False


def _sample(rng: random.Random, values: list, count: int = SAMPLE) -> list:
    return rng.sample(values, min(count, len(values)))


def text_paths() -> list[str]:
    """Every text's reading page, in the archive's order."""
    texts = ResolutionText.objects.order_by("resolution_id", "language")
    return [
        resolution_url(symbol, language)
        for symbol, language in texts.values_list("resolution__symbol", "language")
    ]


def session_paths() -> list[str]:
    """Every page of every session's list of resolutions."""
    paths = []
    for session in Session.objects.annotate(held=Count("resolutions")).order_by("id"):
        url = session.get_absolute_url()
        paths += [url] + [f"{url}?page={n}" for n in range(2, -(-session.held // SESSION_PAGE) + 1)]
    return paths


def crawl_paths() -> list[str]:
    """Every reading page once, as a search engine's crawler would request them."""
    return [reverse("pages:home"), reverse("pages:sessions"), *session_paths(), *text_paths()]


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


def member_state_paths(rng: random.Random) -> list[str]:
    """A State's page, half of them with its agreement with another State."""
    codes = list(MemberState.objects.filter(votes__isnull=False).distinct().values_list("code", flat=True))
    if not codes:
        return []
    paths = []
    for i in range(SAMPLE):
        code, other = rng.choice(codes), rng.choice(codes)
        url = reverse("pages:member-state", args=[code])
        paths.append(f"{url}?{urlencode({'with': other})}" if i % 2 and other != code else url)
    return paths


def vote_api_paths(rng: random.Random) -> list[str]:
    """A recorded vote's answer (each State's vote) and a State's answer (its votes per session), half
    each."""
    symbols = list(Resolution.objects.with_recorded_vote().values_list("symbol", flat=True))
    codes = list(MemberState.objects.values_list("code", flat=True))
    votes = [reverse("api:resolution-vote", args=[s]) for s in _sample(rng, symbols, SAMPLE // 2)]
    states = [reverse("api:member-state-detail", args=[c]) for c in _sample(rng, codes, SAMPLE // 2)]
    return votes + states


def search_paths(rng: random.Random, language: str) -> list[str]:
    """The search page and the search API, half each, for two common words of `language`."""
    words = PHRASINGS[language].words
    queries = [urlencode({"q": " ".join(rng.sample(words, SEARCH_WORDS))}) for _ in range(SAMPLE)]
    bases = [reverse("pages:search"), reverse("api:search")]
    return [f"{bases[i % 2]}?{query}" for i, query in enumerate(queries)]


def held_languages() -> list[str]:
    counts = ResolutionText.objects.values("language").annotate(n=Count("id"))
    return [row["language"] for row in counts.order_by("-n")]


def build(seed: int, search: bool = True) -> list[Scenario]:
    """The scenarios in the order they are measured. Warm pages first: their warm-up renders them (and
    brings the server's processes up: imports, templates, connections), so that the cold pages then
    measure what a page never rendered costs, on a server whose cache holds none of them."""
    rng = random.Random(seed)
    pages = _sample(rng, text_paths(), SAMPLE + COLD_REQUESTS)
    scenarios = [
        Scenario("resolution page, warm", pages[:SAMPLE], 10, warm=True),
        Scenario("resolution page, cold", pages[SAMPLE:], 30, once=True),
        Scenario("API detail, warm", api_detail_paths(rng), 10, warm=True),
        Scenario("API list", api_list_paths(rng), 20),
        Scenario("Member State page", member_state_paths(rng), 50),
        Scenario("votes API", vote_api_paths(rng), 50),
    ]
    if search:
        scenarios += [Scenario(f"search ({code})", search_paths(rng, code), 150) for code in held_languages()]
    return scenarios
