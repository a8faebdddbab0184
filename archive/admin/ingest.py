"""The "Ingest resolutions" admin pages: upload (or paste), preview without writing, then confirm (through
`ingest`, one transaction per file) or cancel. Mixed into ResolutionAdmin, whose URLs they extend."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from archive.services.errors import IngestError
from archive.services.ingestion import check_size, ingest
from archive.services.preview import Preview, preview

from . import staging
from .ingest_forms import IngestForm

INGEST_PERMISSION = "archive.ingest_resolutiontext"


@dataclass
class Item:
    name: str
    data: bytes | None = None
    preview: Preview | None = None
    error: str = ""


@dataclass
class Result:
    name: str
    status: str  # "created", "replaced", "unchanged" or "failed"
    symbol: str = ""
    url: str = ""
    message: str = ""


class IngestAdminMixin:
    def has_ingest_permission(self, request) -> bool:
        return request.user.has_perm(INGEST_PERMISSION)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("ingest/", wrap(self.ingest_view), name="archive_resolution_ingest"),
            path(
                "ingest/<str:token>/confirm/",
                wrap(require_POST(self.ingest_confirm_view)),
                name="archive_resolution_ingest_confirm",
            ),
            path(
                "ingest/<str:token>/cancel/",
                wrap(require_POST(self.ingest_cancel_view)),
                name="archive_resolution_ingest_cancel",
            ),
            *super().get_urls(),
        ]

    def ingest_view(self, request):
        self._require_ingest_permission(request)
        form = IngestForm(request.POST, request.FILES) if request.method == "POST" else IngestForm()
        if form.is_bound and form.is_valid():
            language, symbol = form.cleaned_data["language"] or None, form.cleaned_data["symbol"] or None
            items = [_preview_item(name, size, read, language, symbol) for name, size, read in form.sources()]
            ready = [item for item in items if item.preview]
            if ready:
                try:
                    batch = staging.stage(
                        request, [(item.name, item.data) for item in ready], language=language, symbol=symbol
                    )
                except staging.StagingFull as exc:
                    form.add_error(None, str(exc))
                else:
                    context = {"items": items, "batch": batch, "count": len(ready)}
                    return self._render(request, "preview.html", gettext("Preview before ingesting"), context)
            for item in items:
                if item.error:
                    form.add_error(None, item.error)
        return self._render(request, "form.html", gettext("Ingest resolutions"), {"form": form})

    def ingest_confirm_view(self, request, token):
        self._require_ingest_permission(request)
        batch = staging.staged(request, token)
        if "index" in request.POST:  # one file at a time, from the preview page's progress display
            if batch is None or not request.POST["index"].isdigit():
                raise Http404(gettext("This upload is no longer waiting."))
            index = int(request.POST["index"])
            if index not in batch.remaining():
                raise Http404(gettext("This file is no longer waiting."))
            result = self._confirm(request, batch, index)
            line = render_to_string("admin/archive/ingest/_result.html", {"result": result}, request).strip()
            return JsonResponse({**vars(result), "line": line})  # the line in the editor's language
        if batch is None:
            messages.warning(
                request, gettext("This upload is no longer waiting: it was confirmed, cancelled or expired.")
            )
            return HttpResponseRedirect(reverse("admin:archive_resolution_ingest"))
        results = [self._confirm(request, batch, index) for index in batch.remaining()]
        return self._render(request, "results.html", gettext("Ingestion results"), {"results": results})

    def ingest_cancel_view(self, request, token):
        self._require_ingest_permission(request)
        batch = staging.staged(request, token)
        if batch is not None:
            batch.discard_all(request)
        messages.info(request, gettext("Cancelled: nothing was saved."))
        return HttpResponseRedirect(reverse("admin:archive_resolution_ingest"))

    def _confirm(self, request, batch: staging.Batch, index: int) -> Result:
        name = batch.names[index]
        try:
            outcome = ingest(
                data=batch.read(index),
                filename=name,
                language=batch.language,
                symbol=batch.symbol,
                user=request.user,
            )
        except IngestError as exc:
            return Result(name, "failed", message=str(exc))
        finally:
            batch.discard(request, index)
        resolution = outcome.text.resolution
        url = reverse("admin:archive_resolution_change", args=[resolution.pk])
        return Result(name, outcome.status, symbol=resolution.symbol, url=url)

    def _require_ingest_permission(self, request) -> None:
        if not self.has_ingest_permission(request):
            raise PermissionDenied

    def _render(self, request, template: str, title: str, context: dict):
        return TemplateResponse(
            request,
            f"admin/archive/ingest/{template}",
            {**self.admin_site.each_context(request), "opts": self.model._meta, "title": title, **context},
        )


def _preview_item(name: str, size: int, read, language: str | None, symbol: str | None) -> Item:
    try:
        check_size(size, name)  # before reading a file over the limit into memory
        data = read()
        return Item(name, data, preview(data=data, filename=name, language=language, symbol=symbol))
    except IngestError as exc:
        return Item(name, error=f"{name}: {exc}")
