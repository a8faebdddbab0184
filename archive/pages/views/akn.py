"""The Akoma Ntoso IRIs of the resolutions the archive holds, resolved: a work, an expression (a language)
or a portion (a paragraph, `~para_5`) redirects (303) to its reading page, at the paragraph; a client
that prefers Akoma Ntoso XML (`Accept: application/akn+xml`), or a manifestation IRI (`zho@.akn`,
`zho@/!main.xml`), gets the XML of the text, English when no language is named and the archive holds it."""

from __future__ import annotations

import re

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers

from archive.akn import MEDIA_TYPE, work_symbol, work_uri
from archive.linked_data import akn_documents, akn_language
from archive.models import Resolution
from archive.parser.languages import Language
from archive.parser.symbols import parse_symbol
from archive.serving.conditional import ContentVersion, conditional_response

from ..links import resolution_url

# What follows the work IRI: a language ("zho@"), a format (".akn") or component ("!main.xml"), a portion.
REST = re.compile(
    r"(?:(?P<language>[a-z]{3})@(?P<akn>\.akn)?)?/?(?:!main(?P<xml>\.xml)?|~(?P<eid>[A-Za-z0-9_-]{1,80}))?"
)
BY_ISO639_2 = {language.iso639_2: language.value for language in Language}
XML_TYPES = [MEDIA_TYPE, "application/xml", "text/xml"]


def akn_resolver(request, date: str, number: str, rest: str = ""):
    symbol, rest_match = work_symbol(number), REST.fullmatch(rest or "")
    try:
        canonical = parse_symbol(symbol).canonical if symbol and rest_match else None
    except ValueError:  # "0-1": shaped as a number, not a symbol
        canonical = None
    if canonical is None:
        raise Http404("Not an Akoma Ntoso IRI of a General Assembly resolution")
    row = Resolution.objects.filter(symbol=canonical).values_list("adopted_on").first()
    requested = f"/akn/un/statement/deliberation/unga/{date}/{number}/"
    if row is None or work_uri(parse_symbol(canonical), row[0]) != requested:
        raise Http404(f"{canonical} adopted on {date} is not in the archive")
    language = rest_match["language"]
    if language is not None and language not in BY_ISO639_2:
        raise Http404(f"{language} is not an official language of the United Nations")
    language = BY_ISO639_2.get(language)
    explicit = bool(rest_match["akn"] or rest_match["xml"])
    preferred = request.get_preferred_type(["text/html", *XML_TYPES])
    if explicit or preferred in XML_TYPES:
        response = _xml(request, canonical, language)
    else:
        response = redirect(resolution_url(canonical, language, rest_match["eid"]))
        response.status_code = 303  # a work is not a web page: See Other
    if not explicit:
        patch_vary_headers(response, ["Accept"])
    return response


def _xml(request, symbol: str, language: str | None):
    version = ContentVersion.of("resolution", Resolution.objects.version_of(symbol))

    def render():
        resolution = Resolution.objects.for_export().get(symbol=symbol)
        held = [t.language for t in resolution.texts.all()]
        if not held or (language and language not in held):
            raise Http404(f"{symbol} has no text in this language")
        chosen = akn_language(held, language)
        [(_, _, xml)] = akn_documents([resolution], {resolution.pk: [chosen]})
        return HttpResponse(xml, content_type=MEDIA_TYPE)

    return conditional_response(request, version, render, variant=f"akn {language}")
