"""Member States (loaded by a migration; read-only for editors) and their votes on resolutions, as a whole
(inline on the resolution) and in separate votes (inline on the separate vote, reached from the
resolution's)."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from archive.messages import Message
from archive.models import MemberState, MemberStateVote, SeparateStateVote, SeparateVote
from archive.services.errors import message_of
from archive.services.votes import state_votes_problem, totals_problem

from .history import HistoryAdmin
from .versions import NewVersionsAdminMixin


@admin.register(MemberState)
class MemberStateAdmin(NewVersionsAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar"]
    search_fields = ["code", "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar"]


class StateVotesFormSet(BaseInlineFormSet):
    """Member States' votes that must go with their vote's totals (`problem`)."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [f.cleaned_data for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        problem = self.problem([data["vote"] for data in kept])
        if problem:
            raise ValidationError(message_of(problem))


class MemberStateVoteFormSet(StateVotesFormSet):
    def problem(self, choices: list[str]) -> Message | None:
        return state_votes_problem(self.instance, choices)


class SeparateStateVoteFormSet(StateVotesFormSet):
    def problem(self, choices: list[str]) -> Message | None:
        return totals_problem(self.instance.totals, choices) if choices else None


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


class SeparateStateVoteInline(admin.TabularInline):
    model = SeparateStateVote
    formset = SeparateStateVoteFormSet
    fields = ["member_state", "vote"]
    autocomplete_fields = ["member_state"]
    extra = 0


@admin.register(SeparateVote)
class SeparateVoteAdmin(NewVersionsAdminMixin, admin.ModelAdmin):
    """A separate vote (on an amendment, a paragraph) with each Member State's vote in it."""

    list_display = ["resolution", "description", "voted_on", "undl_record"]
    list_select_related = ["resolution"]
    search_fields = ["resolution__symbol", "description"]
    raw_id_fields = ["resolution"]
    inlines = [SeparateStateVoteInline]
