"""Where a citation points: a resolution in the archive (in the reader's language when it has it, at the
cited paragraph), the page of a resolution not in the archive yet, or the official document elsewhere."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, urlencode

from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from archive.models import Citation
from archive.parser.document import part_of

from .languages import without_prefix
from .rendering import Link

UNDOCS_URL = "https://undocs.org/{language}/{symbol}"


def undocs_url(symbol: str, language: str) -> str:
    return UNDOCS_URL.format(language=language, symbol=quote(symbol, safe="/()."))


def resolution_url(symbol: str, language: str | None = None, eid: str | None = None) -> str:
    if language:
        url = reverse("pages:resolution-in", kwargs={"lang": language, "symbol": symbol})
    else:
        url = reverse("pages:resolution", kwargs={"symbol": symbol})
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
    if eid and part_of(eid) != eid:  # a paragraph (part_b__para_2 too), not a part's heading (part_b)
        url = reverse("api:paragraph-detail", kwargs={"symbol": symbol, "eid": eid})
    else:
        url = reverse("api:resolution-json", kwargs={"symbol": symbol})
    return f"{url}?{urlencode({'language': language})}" if language else url


def citation_link(citation: Citation, language: str) -> Link | None:
    """The link for a citation from `Citation.objects.with_link_targets()`; None for a session and for a
    document of another organisation (plain text: neither the archive nor undocs holds it)."""
    span = {"start": citation.start, "end": citation.end}
    if citation.kind == Citation.Kind.RESOLUTION and citation.target_resolution_id:
        shown = language if citation.target_has_language else None
        eid = citation.pinpoint_eid or (f"part_{citation.part.lower()}" if citation.part else None)
        return Link(
            **span,
            href=resolution_url(citation.target, shown, eid),
            css="in-archive",
            preview=preview_url(citation.target, shown, eid),
        )
    if citation.kind == Citation.Kind.RESOLUTION:
        return Link(
            **span,
            href=resolution_url(citation.target),
            css="not-in-archive",
            title=_("Not in the archive yet"),
        )
    if citation.kind == Citation.Kind.DOCUMENT and citation.issuing_organ:
        title = _("%(organ)s resolution: official document") % {"organ": citation.issuing_organ}
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
    naming a language (/sessions/59 -> /fr/sessions/59); anything else as it is: /fr/…, /zh/A/RES/…, the
    API, downloads, feeds, anchors, other sites."""
    if not language_prefix or not url.startswith("/") or url.startswith("//"):
        return url
    path = url.split("#", 1)[0].split("?", 1)[0]
    return f"{language_prefix}{url}" if _follows_the_interface_language(path) else url


@lru_cache(maxsize=4096)  # a page links to the same few hundred paths (a vote's States) as the others
def _follows_the_interface_language(path: str) -> bool:
    """Whether `path` is a reading page that does not name a language."""
    if without_prefix(path)[0] is not None:
        return False
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.namespace == "pages" and match.view_name not in NOT_IN_A_LANGUAGE
