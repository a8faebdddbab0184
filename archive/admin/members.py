"""Member States (loaded by a migration; read-only for editors) and their votes on resolutions."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from archive.models import MemberState, MemberStateVote
from archive.services.votes import state_votes_problem

from .history import HistoryAdmin
from .versions import NewVersionsAdminMixin


@admin.register(MemberState)
class MemberStateAdmin(NewVersionsAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar"]
    search_fields = ["code", "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar"]


class MemberStateVoteFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [f.cleaned_data for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        problem = state_votes_problem(self.instance, [data["vote"] for data in kept])
        if problem:
            raise ValidationError(problem)


class MemberStateVoteInline(admin.TabularInline):
    model = MemberStateVote
    formset = MemberStateVoteFormSet
    fields = ["member_state", "vote"]
    autocomplete_fields = ["member_state"]
    extra = 0


@admin.register(MemberStateVote)
class MemberStateVoteAdmin(NewVersionsAdminMixin, HistoryAdmin):
    """Reached from a resolution's full history: each vote's own history, with revert."""

    list_display = ["resolution", "member_state", "vote"]
    list_filter = ["vote"]
    list_select_related = ["resolution", "member_state"]
    search_fields = ["resolution__symbol", "member_state__name_en"]
    autocomplete_fields = ["member_state"]
    raw_id_fields = ["resolution"]
