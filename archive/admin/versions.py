"""The admin's edits give new content versions to the resolutions whose pages show what they changed
(`Resolution.objects.showing`): saved, edited inline, reverted from the history, deleted."""

from __future__ import annotations

from archive.models import Resolution


class NewVersionsAdminMixin:
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if form.has_changed():
            Resolution.objects.showing(obj).touch()

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        changed = [
            *formset.new_objects,
            *(obj for obj, _ in formset.changed_objects),
            *formset.deleted_objects,
        ]
        if changed:  # one parent: the same resolutions show them all
            Resolution.objects.showing(changed[0]).touch()

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A revert (simple-history's form, bound to the version reverted to, so never "changed")."""
        response = super().history_form_view(request, object_id, version_id, extra_context)
        if request.method == "POST" and response.status_code == 302:
            Resolution.objects.showing(self.model._default_manager.get(pk=object_id)).touch()
        return response

    def delete_model(self, request, obj):
        showing = list(Resolution.objects.showing(obj).values_list("pk", flat=True))
        super().delete_model(request, obj)
        Resolution.objects.filter(pk__in=showing).touch()

    def delete_queryset(self, request, queryset):
        showing = {
            pk for obj in queryset for pk in Resolution.objects.showing(obj).values_list("pk", flat=True)
        }
        super().delete_queryset(request, queryset)
        Resolution.objects.filter(pk__in=showing).touch()
