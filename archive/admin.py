from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Footnote, Paragraph, Resolution, ResolutionText, Session


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "number", "start_year", "end_year"]
    list_filter = ["kind"]


class ResolutionTextInline(admin.TabularInline):
    model = ResolutionText
    fields = ["language", "title", "source_name", "parser_version", "ingested_at"]
    readonly_fields = ["source_name", "parser_version", "ingested_at"]
    extra = 0
    show_change_link = True


@admin.register(Resolution)
class ResolutionAdmin(SimpleHistoryAdmin):
    list_display = ["symbol", "session", "adopted_on", "meeting", "vote"]
    list_filter = ["session__kind", "vote", "texts__language"]
    list_select_related = ["session"]
    search_fields = ["symbol", "texts__title"]
    inlines = [ResolutionTextInline]


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    fields = ["position", "eid", "kind", "number", "body"]
    readonly_fields = ["eid"]
    extra = 0


class FootnoteInline(admin.TabularInline):
    model = Footnote
    fields = ["position", "mark", "body"]
    extra = 0


@admin.register(ResolutionText)
class ResolutionTextAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "language", "title", "ingested_at", "parser_version"]
    list_filter = ["language"]
    list_select_related = ["resolution"]
    search_fields = ["resolution__symbol", "title"]
    exclude = ["source_bytes"]
    readonly_fields = ["source_name", "source_sha256", "parser_version", "ingested_at", "extracted_text"]
    inlines = [ParagraphInline, FootnoteInline]
