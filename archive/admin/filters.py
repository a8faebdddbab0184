"""The resolution list's filters, each a QuerySet method of ResolutionQuerySet."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from archive.models import ResolutionText

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class YesNoFilter(admin.SimpleListFilter):
    def lookups(self, request, model_admin):
        return YES_NO

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return self.filtered(queryset, self.value() == "yes")
        return queryset


class WarningsFilter(YesNoFilter):
    title = _("has parser warnings")
    parameter_name = "warnings"

    def filtered(self, queryset, present):
        return queryset.with_warnings(present)


class UnresolvedCitationsFilter(YesNoFilter):
    title = _("has unresolved citations")
    parameter_name = "unresolved"

    def filtered(self, queryset, present):
        return queryset.with_unresolved_citations(present)


class RecordedVoteFilter(YesNoFilter):
    title = _("has a recorded vote")
    parameter_name = "recorded_vote"

    def filtered(self, queryset, present):
        return queryset.with_recorded_vote(present)


class LanguageFilter(admin.SimpleListFilter):
    title = _("language present")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return ResolutionText.Language.choices

    def queryset(self, request, queryset):
        if self.value() in ResolutionText.Language.values:
            return queryset.in_language(self.value())
        return queryset
