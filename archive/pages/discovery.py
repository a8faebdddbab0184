"""What search engines and link previews read in a page's <head> (`templates/pages/_discovery.html`): the
canonical URL under `ARCHIVE_CANONICAL_URL`, alternates in the other languages held (hreflang, x-default),
a description, OpenGraph and, on a resolution's page, schema.org `Legislation` as JSON-LD.

Every page gets the defaults from the context processor `discovery`; a resolution's page and a session's
page give their own (`resolution_discovery`, `session_discovery`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive.akn import MEDIA_TYPE
from archive.linked_data import canonical_url, work_iri
from archive.models import Resolution, ResolutionText, Session
from archive.parser.printed import printed_date

from .links import resolution_url

DESCRIPTION_LENGTH = 300
# JSON inside <script>: nothing in it may close the element or open a comment (as Django's json_script).
SCRIPT_SAFE = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


@dataclass(frozen=True)
class Discovery:
    canonical: str
    description: str
    title: str = ""
    og_type: str = "website"
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, URL), x-default last
    feeds: list[tuple[str, str]] = field(default_factory=list)  # (title, URL) of Atom feeds
    json_ld: str = ""  # escaped for a <script> element


def site_feeds() -> list[tuple[str, str]]:
    return [
        (_("New resolutions"), canonical_url(reverse("feeds:new"))),
        (_("New and changed resolutions"), canonical_url(reverse("feeds:changed"))),
    ]


def discovery(request) -> dict:
    """The context processor: every page's defaults (its own URL, the archive's description)."""
    return {
        "discovery": Discovery(
            canonical=canonical_url(request.path),
            description=_("An open archive of the resolutions of the United Nations General Assembly."),
            feeds=site_feeds(),
        )
    }


def session_discovery(session: Session, path: str) -> Discovery:
    prefix = session.symbol_prefix
    feeds = [
        (
            _("New and changed resolutions of session %(session)s") % {"session": prefix},
            canonical_url(reverse("feeds:session-changed", args=[prefix])),
        )
    ]
    return Discovery(
        canonical=canonical_url(path),
        description=_("The resolutions of session %(session)s of the United Nations General Assembly.")
        % {"session": prefix},
        feeds=site_feeds() + feeds,
    )


def resolution_summary(resolution: Resolution) -> str:
    """ "Resolution A/RES/59/190 of the United Nations General Assembly, adopted on 20 December 2004", in the
    interface language."""
    if resolution.adopted_on:
        return _("Resolution %(symbol)s of the United Nations General Assembly, adopted on %(date)s") % {
            "symbol": resolution.symbol,
            "date": printed_date(resolution.adopted_on, get_language()),
        }
    return _("Resolution %(symbol)s of the United Nations General Assembly") % {"symbol": resolution.symbol}


def resolution_discovery(resolution: Resolution, text: ResolutionText, held: list[str]) -> Discovery:
    """A resolution's page in the language of `text`: canonical at its language's URL, alternates for each
    language `held`, the unprefixed URL (the reader's language) as x-default."""
    symbol = resolution.symbol
    canonical = canonical_url(resolution_url(symbol, text.language))
    description = Truncator(f"{resolution_summary(resolution)}: {text.title}").chars(DESCRIPTION_LENGTH)
    return Discovery(
        canonical=canonical,
        description=description,
        title=f"{symbol}: {text.title}",
        og_type="article",
        alternates=[(code, canonical_url(resolution_url(symbol, code))) for code in held]
        + [("x-default", canonical_url(resolution_url(symbol)))],
        feeds=site_feeds(),
        json_ld=json.dumps(_legislation(resolution, text, held, canonical), ensure_ascii=False).translate(
            SCRIPT_SAFE
        ),
    )


def _legislation(resolution: Resolution, text: ResolutionText, held: list[str], canonical: str) -> dict:
    """schema.org `Legislation`: the work (its AKN IRI), this language's version, the others held."""
    api = reverse("api:resolution-detail", args=[resolution.symbol])
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "@id": canonical_url(work_iri(resolution)),
        "url": canonical,
        "name": text.title,
        "legislationIdentifier": resolution.symbol,
        "legislationType": "Resolution",
        "legislationPassedBy": {"@type": "Organization", "name": "United Nations General Assembly"},
        "inLanguage": text.language,
        "isAccessibleForFree": True,
        "dateModified": resolution.content_changed_at.isoformat(),
        "workExample": [
            {
                "@type": "Legislation",
                "inLanguage": code,
                "url": canonical_url(resolution_url(resolution.symbol, code)),
            }
            for code in held
            if code != text.language
        ],
        "encoding": [
            {"@type": "MediaObject", "encodingFormat": MEDIA_TYPE, "contentUrl": canonical_url(f"{api}.xml")},
            {"@type": "MediaObject", "encodingFormat": "application/json", "contentUrl": canonical_url(api)},
        ],
    }
    if resolution.adopted_on:
        data["legislationDate"] = resolution.adopted_on.isoformat()
    return data
