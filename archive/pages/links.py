"""Where a citation points: a resolution in the archive (in the citing text's language when it has it, at
the cited paragraph, in the reader's interface language), the page of a resolution not in the archive yet,
or the official document elsewhere; and the one rule by which a link keeps the interface language."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, urlencode

from django.urls import Resolver404, get_script_prefix, resolve, reverse
from django.utils.translation import gettext as _

from archive.models import Citation
from archive.parser.document import part_of
from archive.routes import route_path

from .languages import without_prefix
from .rendering import Link

UNDOCS_URL = "https://undocs.org/{language}/{symbol}"


def undocs_url(symbol: str, language: str) -> str:
    return UNDOCS_URL.format(language=language, symbol=quote(symbol, safe="/()."))


def resolution_url(
    symbol: str, language: str | None = None, eid: str | None = None, interface: str | None = None
) -> str:
    """A resolution's page: its text in `language` in the interface language `interface`. /fr/A/RES/80/9
    when both are French (or one is not named), /fr/A/RES/80/9/en for the English text in the French
    interface, /A/RES/80/9 (the reader's languages, negotiated) when neither is named."""
    interface = interface or language
    if interface and language and language != interface:
        url = route_path("pages:resolution-text", symbol, lang=interface, text=language)
    elif interface:
        url = route_path("pages:resolution-in", symbol, lang=interface)
    else:
        url = route_path("pages:resolution", symbol)
    return f"{url}#{eid}" if eid else url


def parallel_url(left: str, right: str, symbol: str) -> str:
    return reverse("pages:parallel", kwargs={"left": left, "right": right, "symbol": symbol})


def compare_url(left: str, right: str, language: str | None = None) -> str:
    if language:
        return reverse("pages:compare-in", kwargs={"lang": language, "left": left, "right": right})
    return reverse("pages:compare", kwargs={"left": left, "right": right})


def preview_url(symbol: str, language: str | None, eid: str | None) -> str:
    """The API's answer with the cited text: the paragraph (by its eId), else the resolution, in `language`
    (all languages held when None)."""
    paragraph = eid if eid and part_of(eid) != eid else None  # part_b__para_2 too, not a part (part_b)
    if paragraph:
        url = route_path("api:paragraph-detail", symbol, eid=paragraph)
    else:
        url = route_path("api:resolution-json", symbol)
    return f"{url}?{urlencode({'language': language})}" if language else url


def citation_link(citation: Citation, language: str, interface: str | None = None) -> Link | None:
    """The link for a citation from `Citation.objects.with_link_targets()` in a text in `language`, read in
    the interface language `interface` (None on a page whose URL names none); None for a session and for a
    document of another organisation (plain text: neither the archive nor undocs holds it)."""
    span = {"start": citation.start, "end": citation.end}
    if citation.kind == Citation.Kind.RESOLUTION and citation.target_resolution_id:
        shown = language if citation.target_has_language else None
        eid = citation.pinpoint_eid or (f"part_{citation.part.lower()}" if citation.part else None)
        return Link(
            **span,
            href=resolution_url(citation.target, shown, eid, interface),
            css="in-archive",
            preview=preview_url(citation.target, shown, eid),
        )
    if citation.kind == Citation.Kind.RESOLUTION:
        return Link(
            **span,
            href=resolution_url(citation.target, interface=interface),
            css="not-in-archive",
            title=_("Not in the archive yet"),
        )
    if citation.kind == Citation.Kind.DOCUMENT and citation.issuing_organ:
        title = _("%(organ)s resolution: official document") % {"organ": _(citation.issuing_organ)}
        return Link(**span, href=undocs_url(citation.target, language), css="document", title=title)
    if citation.kind == Citation.Kind.DOCUMENT:
        return Link(
            **span, href=undocs_url(citation.target, language), css="document", title=_("Official document")
        )
    return None


# The pages that do not follow the interface language: the original file, served as ingested.
NOT_IN_A_LANGUAGE = {"pages:source"}


def keeping_language(url: str, language_prefix: str) -> str:
    """`url` under the interface language's prefix ("/fr") when it is one of the reading pages not already
    naming a language (/sessions/59 -> /fr/sessions/59); a text in another language in that interface
    (/en/A/RES/59/190 -> /fr/A/RES/59/190/en); anything else as it is: /fr/…, the API, downloads, feeds,
    anchors, other sites."""
    if not language_prefix or not url.startswith("/") or url.startswith("//"):
        return url
    path, rest = url, ""
    for mark in "?#":
        if mark in path:
            path, tail = path.split(mark, 1)
            rest = f"{mark}{tail}{rest}"
    kept = _kept_path(get_script_prefix(), path, language_prefix)
    return url if kept is None else kept + rest


# Every page links the same few pages (the header's, a session's, the sessions'): each path is resolved once
# per process rather than about twenty times a page. Paths only: a query (a search's) is the reader's.
@lru_cache(maxsize=8192)
def _kept_path(script_prefix: str, path: str, language_prefix: str) -> str | None:
    """`path` kept in the interface language, or None where it stays as it is."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    if match.namespace != "pages" or match.view_name in NOT_IN_A_LANGUAGE:
        return None
    if match.url_name == "resolution-in":
        interface = language_prefix.lstrip("/")
        return resolution_url(match.kwargs["symbol"], match.kwargs["lang"], interface=interface)
    if without_prefix(path)[0] is not None:
        return None
    return f"{language_prefix}{path}"
