from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from archive.models import OfficialFile, Resolution, ResolutionText, SeparateVote
from archive.services.deletion import delete_resolutions

from . import actions
from .filters import LanguageFilter, RecordedVoteFilter, UnresolvedCitationsFilter, WarningsFilter
from .history import ChangeLogAdminMixin, HistoryAdmin
from .ingest import IngestAdminMixin
from .members import MemberStateVoteInline
from .versions import NewVersionsAdminMixin


class ResolutionTextInline(admin.TabularInline):
    """A summary of each text; its paragraphs and footnotes are edited on the text's own page."""

    model = ResolutionText
    fields = ["language", "title", "source_name", "parser_version", "ingested_at"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("source_bytes", "extracted_text", "artefacts")

    def has_add_permission(self, request, obj=None):
        return False


class OfficialFileInline(admin.TabularInline):
    """The official files the Digital Library catalogues, and what the harvester last downloaded."""

    model = OfficialFile
    fields = ["language", "url", "size", "etag", "last_modified", "downloaded_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class SeparateVoteInline(admin.TabularInline):
    model = SeparateVote
    fields = [
        "description",
        "voted_on",
        "votes_yes",
        "votes_no",
        "votes_abstain",
        "votes_non_voting",
        "undl_record",
    ]
    extra = 0
    show_change_link = True  # each Member State's vote in it is edited on its own page


@admin.register(Resolution)
class ResolutionAdmin(NewVersionsAdminMixin, ChangeLogAdminMixin, IngestAdminMixin, HistoryAdmin):
    list_display = [
        "symbol",
        "english_title",
        "session",
        "adopted_on",
        "meeting",
        "languages",
        "vote",
        "source",
    ]
    list_filter = [
        "source",
        "session__kind",
        "session",
        LanguageFilter,
        WarningsFilter,
        UnresolvedCitationsFilter,
        RecordedVoteFilter,
    ]
    list_select_related = ["session"]
    search_fields = ["symbol", "texts__title"]
    fieldsets = [
        (None, {"fields": ["symbol", "session", "number", "parts", "old_era"]}),
        (_("Adoption"), {"fields": ["adopted_on", "meeting", "agenda_items", "basis", "draft_symbols"]}),
        (_("Vote"), {"fields": ["vote", "votes_yes", "votes_no", "votes_abstain", "votes_non_voting"]}),
        (
            _("Catalogue record"),
            {
                "fields": [
                    "catalogue_title",
                    "agenda_titles",
                    "report_symbols",
                    "subjects",
                    "source",
                    "undl_record",
                    "checked_at",
                ]
            },
        ),
    ]
    readonly_fields = [
        "symbol",
        "session",
        "number",
        "parts",
        "old_era",
        "agenda_titles",  # the catalogue's, as harvested
        "source",
        "undl_record",
        "checked_at",
    ]
    inlines = [ResolutionTextInline, MemberStateVoteInline, SeparateVoteInline, OfficialFileInline]
    actions = [
        actions.reparse_texts,
        actions.resolve_selected_citations,
        actions.export_json,
        actions.export_akn,
    ]
    change_list_template = "admin/archive/resolution/change_list.html"
    change_form_template = "admin/archive/resolution/change_form.html"

    def get_queryset(self, request):
        return super().get_queryset(request).with_titles()

    def delete_model(self, request, obj):
        delete_resolutions(resolutions=Resolution.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        delete_resolutions(resolutions=Resolution.objects.filter(pk__in=queryset.values("pk")))

    def has_add_permission(self, request):
        return False  # resolutions come from ingestion

    @admin.display(description=_("title"))
    def english_title(self, resolution):
        titles = {text.language: text.title for text in resolution.texts.all()}
        return titles.get("en") or next(iter(titles.values()), resolution.catalogue_title)

    @admin.display(description=_("languages"))
    def languages(self, resolution):
        return " ".join(sorted(text.language for text in resolution.texts.all()))
