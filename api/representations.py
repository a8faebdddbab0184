"""A resolution in each format the API serves, from a `Resolution.objects.for_export()` row.

JSON is `ResolutionSerializer` (the `manage.py export` shape) plus `url`s; plain text and Akoma Ntoso
render the same rows through the pure modules `archive.plaintext` and `archive.akn`.
"""

from __future__ import annotations

from archive.linked_data import akn_documents
from archive.models import Resolution
from archive.plaintext import plain_text
from archive.serializers import export_resolution
from archive.services.export import document_from_rows

from .serializers.resolutions import ResolutionSerializer


def resolution_json(request, resolution: Resolution, languages: list[str] | None) -> dict:
    return export_resolution(resolution, languages, ResolutionSerializer, request=request)


def resolution_text(resolution: Resolution, languages: list[str] | None) -> str:
    texts = [t for t in resolution.texts.all() if not languages or t.language in languages]
    return "\n\n".join(plain_text(document_from_rows(resolution, t)) for t in texts)


def resolution_akn(resolution: Resolution, language: str) -> bytes:
    [(_, _, xml)] = akn_documents([resolution], {resolution.pk: [language]})
    return xml
