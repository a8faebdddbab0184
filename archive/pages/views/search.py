"""/search: full-text search (`archive.search.service`); a resolution symbol goes straight to it."""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import get_language

from archive.parser.printed import printed_session
from archive.search.budget import TOO_BROAD, TooBroad
from archive.search.form import SearchForm
from archive.search.service import Facet, PageNotFound, search
from archive.serving.limits import SearchThrottle, limited

from ..labels import part_label
from ..languages import LANGUAGES
from ..links import resolution_url

# Bars of the facet chart are drawn in steps of 5% (classes bar-0 … bar-20 of css/search.css).
BAR_STEPS = 20


@limited(SearchThrottle)
def search_page(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "search.html", {"form": form, "query": request.GET.get("q", "")}, status=400)
    text = form.cleaned_data["q"]
    if not text:
        return render(request, "search.html", {"form": form, "query": ""})
    try:
        results = search(text, form.filters(), **form.pagination())
    except PageNotFound:
        raise Http404("no such page of results") from None
    except TooBroad:
        context = {"form": form, "query": text, "too_broad": TOO_BROAD}
        return render(request, "search.html", context, status=422)
    if results.symbol:
        return redirect(resolution_url(results.symbol))
    context = {
        "form": form,
        "query": text,
        "results": results,
        "groups": [
            {
                "group": group,
                "url": resolution_url(group.symbol, group.hits[0].language if group.hits else None),
                "hits": [
                    {
                        "hit": hit,
                        "label": part_label(hit.part, hit.eid),
                        "language": LANGUAGES[hit.language],
                        "url": resolution_url(group.symbol, hit.language, hit.eid or None),
                    }
                    for hit in group.hits
                ],
                "all_hits_url": (
                    query_url(request, resolution=group.symbol, page=1)
                    if group.hit_count > len(group.hits)
                    else None
                ),
            }
            for group in results.groups
        ],
        "session_bars": bars(
            request, results.sessions, "session", lambda facet: session_label(*facet.session)
        ),
        "language_bars": bars(request, results.languages, "lang", lambda facet: LANGUAGES[facet.value].name),
        "previous_url": query_url(request, page=results.page - 1) if results.page > 1 else None,
        "next_url": query_url(request, page=results.page + 1) if results.page < results.pages else None,
    }
    return render(request, "search.html", context)


def bars(request, facets, parameter: str, label: Callable[[Facet], str]) -> list[dict]:
    """The facet chart: each value's label in the interface language, its count, bar length and the link
    that narrows the search to it."""
    most = max((facet.count for facet in facets), default=1)
    return [
        {
            "facet": facet,
            "label": label(facet),
            "step": round(BAR_STEPS * facet.count / most),
            "url": query_url(request, **{parameter: facet.value, "page": 1}),
            "current": request.GET.get(parameter) == facet.value,
        }
        for facet in facets
    ]


def session_label(kind: str, number: int) -> str:
    """A session as the interface language prints it: "59th session", "59e session"."""
    return printed_session(kind, number, get_language())


def query_url(request, **changed) -> str:
    """This search with some parameters changed: another page, a facet, one resolution's hits."""
    return "?" + urlencode({**request.GET.dict(), **changed})
