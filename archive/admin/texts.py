"""A resolution's texts, with their paragraphs and footnotes editable inline (editorial corrections).
Texts come only from the ingestion service: the admin neither adds nor deletes them."""

from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy

from archive.models import Footnote, Paragraph, ResolutionText
from archive.services.errors import at_line, message_of

from .history import HistoryAdmin
from .versions import NewVersionsAdminMixin


class SearchVectorAdmin(NewVersionsAdminMixin, HistoryAdmin):
    """An edit of a text, a paragraph or a footnote (a revert too) computes the text's search vector again."""

    def text_id(self, obj) -> int:
        return obj.text_id

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        ResolutionText.objects.filter(pk=self.text_id(obj)).update_search_vectors()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        ResolutionText.objects.filter(pk=self.text_id(obj)).update_search_vectors()

    def delete_queryset(self, request, queryset):
        texts = {self.text_id(obj) for obj in queryset}
        super().delete_queryset(request, queryset)
        ResolutionText.objects.filter(pk__in=texts).update_search_vectors()


class ParagraphFormSet(BaseInlineFormSet):
    """A paragraph's parent is one of the same text's paragraphs, listed once for all the forms."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if not hasattr(self, "_parents"):
            self._parents = Paragraph.objects.filter(text=self.instance).only("id", "eid")
            self._parent_choices = [("", "---------"), *((p.pk, p.eid) for p in self._parents)]
        form.fields["parent"].queryset = self._parents
        form.fields["parent"].choices = self._parent_choices


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    formset = ParagraphFormSet
    fields = ["position", "eid", "kind", "number", "depth", "parent", "body"]
    extra = 0


class FootnoteInline(admin.TabularInline):
    model = Footnote
    fields = ["position", "eid", "mark", "body"]
    extra = 0


@admin.register(ResolutionText)
class ResolutionTextAdmin(SearchVectorAdmin):
    list_display = ["__str__", "language", "title", "ingested_at", "parser_version"]
    list_filter = ["language"]
    list_select_related = ["resolution"]
    search_fields = ["resolution__symbol", "title"]
    fields = [
        "resolution",
        "language",
        "title",
        "formula",
        "agenda_items",
        "basis",
        "source_name",
        "source_sha256",
        "parser_version",
        "ingested_at",
        "parser_warnings",
    ]
    readonly_fields = [
        "resolution",
        "language",
        "source_name",
        "source_sha256",
        "parser_version",
        "ingested_at",
        "parser_warnings",
    ]
    inlines = [ParagraphInline, FootnoteInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("source_bytes", "extracted_text", "artefacts", "search_vector", "title_vector")
        )

    def has_add_permission(self, request):
        return False

    def text_id(self, obj) -> int:
        return obj.pk

    @admin.display(description=gettext_lazy("parser warnings"))
    def parser_warnings(self, obj):
        """Each warning in the editor's language, with the line of the source it is about."""
        messages = [(at_line(message_of(w), w.line),) for w in obj.parse_warnings()]
        return format_html_join("\n", '<p class="parser-warning">{}</p>', messages) or None

    def save_related(self, request, form, formsets, change):
        """The paragraphs and footnotes edited inline are saved after the text."""
        super().save_related(request, form, formsets, change)
        ResolutionText.objects.filter(pk=form.instance.pk).update_search_vectors()


@admin.register(Paragraph)
class ParagraphAdmin(SearchVectorAdmin):
    """Reached from a resolution's full history: each paragraph's own history, with revert."""

    list_display = ["eid", "text", "kind", "number"]
    list_filter = ["kind", "text__language"]
    list_select_related = ["text__resolution"]
    search_fields = ["text__resolution__symbol", "eid"]
    raw_id_fields = ["text", "parent", "annex"]


@admin.register(Footnote)
class FootnoteAdmin(SearchVectorAdmin):
    """Reached from a resolution's full history: each footnote's own history, with revert."""

    list_display = ["eid", "text", "mark"]
    list_select_related = ["text__resolution"]
    search_fields = ["text__resolution__symbol", "body"]
    raw_id_fields = ["text"]
