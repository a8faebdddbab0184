"""The admin's edits give new content versions to the resolutions whose pages show what they changed
(`Resolution.objects.showing`): saved, reverted from the history, edited inline, deleted."""

from __future__ import annotations

from archive.models import Resolution


class NewVersionsAdminMixin:
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)  # also a revert from the history
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
