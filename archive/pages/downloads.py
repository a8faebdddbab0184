"""What a reader can take away from a resolution's page: the source file each text was ingested from,
the API's Akoma Ntoso, JSON and plain text, and the official documents in the six languages."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext_lazy as _

from archive.models import ResolutionText
from archive.serving.conditional import conditional

from .languages import LANGUAGES, Language
from .links import undocs_url
from .versions import resolution_version

# The API's representations of one language's text: (format in the URL, label).
# The API's operation of each format (api/urls.py: resolution-akn, …).
FORMATS = [("akn", _("Akoma Ntoso (XML)")), ("json", _("JSON")), ("text", _("Plain text"))]


@dataclass(frozen=True)
class Download:
    label: str
    url: str


@dataclass(frozen=True)
class OfficialDocument:
    language: Language
    url: str
    held: bool  # the archive holds the text in this language too


def source_url(symbol: str, language: str) -> str:
    return reverse("pages:source", kwargs={"lang": language, "symbol": symbol})


def downloads(symbol: str, language: str) -> list[Download]:
    """The text in `language`: the file it was ingested from, then the API's representations of it."""
    query = urlencode({"language": language})
    return [
        Download(_("Source file as ingested"), source_url(symbol, language)),
        *(
            Download(label, f"{reverse(f'api:resolution-{fmt}', kwargs={'symbol': symbol})}?{query}")
            for fmt, label in FORMATS
        ),
    ]


def official_documents(symbol: str, held: Iterable[str]) -> list[OfficialDocument]:
    """The official document on undocs.org in each of the six languages, held in the archive or not."""
    held = set(held)
    return [
        OfficialDocument(language, undocs_url(symbol, code), code in held)
        for code, language in LANGUAGES.items()
    ]


def content_type(name: str, data: bytes) -> str:
    """A PDF by its content (as the ingestion reads it), else by the file's name; text as UTF-8 or, with its
    byte-order mark, UTF-16 (the encodings the ingestion accepts)."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    guessed = mimetypes.guess_type(name)[0] or "text/plain"
    charset = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    return f"{guessed}; charset={charset}"


@conditional(resolution_version)
def source_file(request, lang: str, symbol: str):
    """The file a text was ingested from, byte for byte, under its own name (/source/en/A/RES/59/190)."""
    source = (
        ResolutionText.objects.filter(resolution__symbol=symbol, language=lang)
        .values_list("source_name", "source_bytes")
        .first()
    )
    if source is None:
        raise Http404(f"The archive holds no {lang} text of {symbol}")
    name, data = source[0], bytes(source[1])
    response = HttpResponse(data, content_type=content_type(name, data))
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=name)
    return response
