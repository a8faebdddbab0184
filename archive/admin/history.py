"""A resolution's full history in the admin: every change to it, its texts, their paragraphs and footnotes
and its votes, with who made it and the fields it changed; each links to that object's own history page,
where simple-history shows the diff and can revert."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.translation import gettext
from simple_history.admin import SimpleHistoryAdmin

from archive.services.changelog import reason_said, resolution_changes


class HistoryAdmin(SimpleHistoryAdmin):
    """simple-history's admin (history with diffs, revert), where reverting also needs the right to change:
    simple-history itself saves a revert posted by anyone who may view the object."""

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST" and not self.has_change_permission(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """Each listed record's diff (simple-history's), and its reason in the reader's language: it is
        stored by name, as JSON."""
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)
        for record in historical_records:
            record.history_change_reason = reason_said(record.history_change_reason)


class ChangeLogAdminMixin:
    def get_urls(self):
        return [
            path(
                "<int:object_id>/changes/",
                self.admin_site.admin_view(self.changes_view),
                name="archive_resolution_changes",
            ),
            *super().get_urls(),
        ]

    def changes_view(self, request, object_id):
        resolution = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.has_view_or_change_permission(request, resolution):
            raise PermissionDenied
        entries = [(entry, _history_url(entry)) for entry in resolution_changes(resolution)]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": resolution,
            "title": gettext("Full history of %(symbol)s") % {"symbol": resolution.symbol},
            "entries": entries,
        }
        return TemplateResponse(request, "admin/archive/resolution/changes.html", context)


def _history_url(entry) -> str:
    try:
        return reverse(f"admin:archive_{entry.model._meta.model_name}_history", args=[entry.object_id])
    except NoReverseMatch:  # a model without an admin of its own
        return ""
