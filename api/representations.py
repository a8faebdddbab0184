"""A resolution in each format the API serves, from a `Resolution.objects.for_export()` row.

JSON is `ResolutionSerializer` (the `manage.py export` shape) plus `url`s; plain text and Akoma Ntoso
render the same rows through the pure modules `archive.plaintext` and `archive.akn`.
"""

from __future__ import annotations

from archive.akn import akn_xml
from archive.models import Resolution
from archive.parser.document import Citation
from archive.plaintext import plain_text
from archive.serializers import export_resolution
from archive.services.export import document_from_rows

from .serializers.links import api_url
from .serializers.resolutions import ResolutionSerializer

UNDOCS = "https://undocs.org/"


def resolution_json(request, resolution: Resolution, languages: list[str] | None) -> dict:
    return export_resolution(resolution, languages, ResolutionSerializer, request=request)


def resolution_text(resolution: Resolution, languages: list[str] | None) -> str:
    texts = [t for t in resolution.texts.all() if not languages or t.language in languages]
    return "\n\n".join(plain_text(document_from_rows(resolution, t)) for t in texts)


def akn_language(held: list[str], asked: str | None) -> str:
    """The language of the Akoma Ntoso document: the one asked for, else English, else the first held."""
    return asked or ("en" if "en" in held else held[0])


def resolution_akn(request, resolution: Resolution, language: str) -> bytes:
    [text] = [t for t in resolution.texts.all() if t.language == language]
    resolved = {c.target for c in text.citations.all() if c.target_resolution_id is not None}

    def href(citation: Citation) -> str:
        if citation.kind == "resolution" and citation.target in resolved:
            return api_url(request, "resolution-detail", citation.target)
        if citation.kind == "session":
            kind, _, number = citation.target.partition("/")
            return api_url(request, "session-detail", kind, number)
        return UNDOCS + citation.target

    return akn_xml(document_from_rows(resolution, text), href=href, generated_on=text.ingested_at.date())
