"""Actions on selected resolutions: re-parse, re-resolve citations, export as JSON or Akoma Ntoso."""

from __future__ import annotations

import io
import json
import zipfile

from django.contrib import admin, messages
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from archive.linked_data import akn_documents
from archive.models import Resolution, ResolutionText
from archive.serializers import export_resolution
from archive.services.errors import IngestError
from archive.services.ingestion import reparse, resolve_citations


@admin.action(description=_("Re-parse with the current parser"), permissions=["ingest"])
def reparse_texts(modeladmin, request, queryset):
    texts = ResolutionText.objects.filter(resolution__in=queryset).select_related("resolution")
    results = []
    for text in texts.order_by("resolution__symbol", "language"):
        label = f"{text.resolution.symbol} ({text.get_language_display()})"
        try:
            results.append((label, reparse(text, user=request.user), ""))
        except IngestError as exc:
            results.append((label, None, str(exc)))
    context = {
        **modeladmin.admin_site.each_context(request),
        "opts": modeladmin.model._meta,
        "title": gettext("Re-parsed with the current parser"),
        "results": results,
    }
    return TemplateResponse(request, "admin/archive/resolution/reparsed.html", context)


@admin.action(description=_("Re-resolve citations"), permissions=["change"])
def resolve_selected_citations(modeladmin, request, queryset):
    linked = resolve_citations(queryset)
    count = queryset.count()
    modeladmin.message_user(
        request,
        ngettext(
            "Re-resolved the citations of %(count)s resolution: "
            "%(linked)s point to resolutions in the archive.",
            "Re-resolved the citations of %(count)s resolutions: "
            "%(linked)s point to resolutions in the archive.",
            count,
        )
        % {"count": count, "linked": linked},
        messages.SUCCESS,
    )


@admin.action(description=_("Export as JSON"), permissions=["view"])
def export_json(modeladmin, request, queryset):
    exported = [export_resolution(r) for r in Resolution.objects.for_export().filter(pk__in=queryset)]
    body = json.dumps(
        exported[0] if len(exported) == 1 else exported, cls=DjangoJSONEncoder, ensure_ascii=False
    )
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_file_stem(exported)}.json"'
    return response


@admin.action(description=_("Export as Akoma Ntoso (a ZIP of one XML file per text)"), permissions=["view"])
def export_akn(modeladmin, request, queryset):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for resolution, text, xml in akn_documents(
            list(Resolution.objects.for_export().filter(pk__in=queryset))
        ):
            archive.writestr(f"{_stem(resolution.symbol)}.{text.language}.xml", xml)
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="akoma-ntoso.zip"'
    return response


def _stem(symbol: str) -> str:
    return symbol.replace("/", "-")


def _file_stem(exported: list[dict]) -> str:
    return _stem(exported[0]["symbol"]) if len(exported) == 1 else "resolutions"
