from __future__ import annotations

from collections.abc import Callable, Iterator

from django import forms
from django.utils.translation import gettext_lazy as _

from archive.models import ResolutionText

PASTED_NAME = "pasted.txt"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files; empty ones pass, so that the ingestion service names the problem."""

    def __init__(self, **kwargs):
        super().__init__(
            widget=MultipleFileInput(attrs={"accept": ".pdf,.txt,application/pdf,text/plain"}),
            allow_empty_file=True,
            **kwargs,
        )

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files if f]


class IngestForm(forms.Form):
    files = MultipleFileField(
        required=False, label=_("Files"), help_text=_("PDF or text (UTF-8, or UTF-16 with BOM)")
    )
    text = forms.CharField(
        required=False,
        strip=False,
        label=_("Or paste a text"),
        widget=forms.Textarea(attrs={"rows": 8, "cols": 90}),
    )
    language = forms.ChoiceField(
        required=False,
        label=_("Language"),
        choices=[("", _("Detect from the script")), *ResolutionText.Language.choices],
        help_text=_("The texts' language; a chosen language must match the script of the text."),
    )
    symbol = forms.CharField(
        required=False,
        max_length=40,
        label=_("Symbol"),
        help_text=_("Leave empty to read it from the text (one text only)."),
    )

    def clean(self):
        cleaned = super().clean()
        count = len(cleaned.get("files") or []) + bool(cleaned.get("text", "").strip())
        if count == 0:
            raise forms.ValidationError(_("Choose one or more files, or paste a text."))
        if cleaned.get("symbol") and count > 1:
            raise forms.ValidationError(
                _("A symbol names one resolution: give one file (or a pasted text) with it.")
            )
        return cleaned

    def sources(self) -> Iterator[tuple[str, int, Callable[[], bytes]]]:
        """(file name, size in bytes, a function reading the bytes) of each file, then of the pasted text."""
        for upload in self.cleaned_data["files"]:
            yield upload.name, upload.size, upload.read
        if self.cleaned_data["text"].strip():
            data = self.cleaned_data["text"].encode("utf-8")
            yield PASTED_NAME, len(data), lambda: data
