"""Harvest runs: started from the admin (a process of its own runs `manage.py harvest --run <id>`),
watched on their page (status, progress, counts, log), continued after an interruption."""

from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from archive.models import HarvestRun, ResolutionText
from archive.services.harvest import COUNTS, log_said, run_for, running, start_in_background

# What a run has counted (`archive.services.harvest.COUNTS`), as its page names it.
COUNT_LABELS = {
    "records": pgettext_lazy("harvest count", "records"),
    "created": pgettext_lazy("harvest count", "created"),
    "updated": pgettext_lazy("harvest count", "updated"),
    "unchanged": pgettext_lazy("harvest count", "unchanged"),
    "downloaded": pgettext_lazy("harvest count", "downloaded"),
    "not_modified": pgettext_lazy("harvest count", "not modified"),
    "ingested": pgettext_lazy("harvest count", "ingested"),
    "problems": pgettext_lazy("harvest count", "problems"),
}


class HarvestRunForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        choices=ResolutionText.Language.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("languages"),
        help_text=_("Download and ingest the files of these languages (none: catalogue and votes only)."),
    )

    class Meta:
        model = HarvestRun
        fields = ["session", "languages", "since"]

    def clean_session(self):
        session = self.cleaned_data["session"]
        if session < 1:
            raise forms.ValidationError(_("A regular session number is 1 or more."))
        return session


@admin.register(HarvestRun)
class HarvestRunAdmin(admin.ModelAdmin):
    form = HarvestRunForm
    list_display = ["__str__", "languages", "since", "status", "progress", "started_at", "finished_at"]
    list_filter = ["status"]
    readonly_fields = [
        "status",
        "phase",
        "progress",
        "counted",
        "pid",
        "started_at",
        "updated_at",
        "finished_at",
        "log_text",
    ]
    actions = ["continue_runs"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["session", "languages", "since"]
        return ["session", "languages", "since", *self.readonly_fields]

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else ["session", "languages", "since", *self.readonly_fields]

    @admin.display(description=_("progress"))
    def progress(self, run):
        if run.total:
            return gettext("%(phase)s: %(position)s of %(total)s records") % {
                "phase": run.get_phase_display(),
                "position": run.position,
                "total": run.total,
            }
        if run.phase:
            return gettext("%(phase)s: %(position)s records") % {
                "phase": run.get_phase_display(),
                "position": run.position,
            }
        return gettext("not started")

    @admin.display(description=_("counts"))
    def counted(self, run):
        written = gettext("%(choice)s: %(count)s")
        return pgettext("between the items of a list", "; ").join(
            written % {"choice": COUNT_LABELS[name], "count": run.counts[name]}
            for name in COUNTS
            if name in run.counts
        )

    @admin.display(description=_("log"))
    def log_text(self, run):
        return format_html('<pre style="white-space: pre-wrap">{}</pre>', log_said(run.log))

    def save_model(self, request, obj, form, change):
        """A new run (or the unfinished one of the same parameters), started in the background."""
        run = run_for(session=obj.session, languages=obj.languages, since=obj.since)
        obj.pk = run.pk
        obj.refresh_from_db()
        if running(run):
            self.message_user(
                request, gettext("Harvest run %(id)s is running already.") % {"id": run.pk}, messages.WARNING
            )
            return
        start_in_background(run)
        self.message_user(
            request,
            gettext("Harvest run %(id)s of session %(session)s started.")
            % {"id": run.pk, "session": run.session},
            messages.SUCCESS,
        )

    @admin.action(description=_("Continue the selected unfinished runs"))
    def continue_runs(self, request, queryset):
        stopped = [r for r in queryset.exclude(status=HarvestRun.Status.FINISHED) if not running(r)]
        for run in stopped:
            start_in_background(run)
        self.message_user(
            request,
            ngettext(
                "%(count)s run continued in the background.",
                "%(count)s runs continued in the background.",
                len(stopped),
            )
            % {"count": len(stopped)},
            messages.SUCCESS,
        )
