"""The search's query string, read the same way for the page and the API: ?q=…&lang=…&session=…&
session_kind=…&adopted_from=…&adopted_to=…&part=…&cites=…&page=…&page_size=…"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from archive.messages import MessageError
from archive.models import Session
from archive.models.texts import LANGUAGE_NAMES
from archive.parser.symbols import parse_session, parse_symbol
from archive.services.errors import message_of

from .hits import PARTS
from .query import SearchFilters
from .service import PER_PAGE

# As the API's other lists allow.
MAX_PAGE_SIZE = 500


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=500, strip=True)
    lang = forms.ChoiceField(
        required=False,
        label=_("Language"),
        choices=[("", _("any")), *LANGUAGE_NAMES.items()],
    )
    session = forms.CharField(required=False, max_length=8, label=_("Session"), help_text="59, S-27 or ES-10")
    session_kind = forms.ChoiceField(
        required=False, label=_("Session kind"), choices=[("", _("any")), *Session.Kind.choices]
    )
    adopted_from = forms.DateField(required=False, label=_("Adopted from"))
    adopted_to = forms.DateField(required=False, label=_("Adopted until"))
    part = forms.ChoiceField(required=False, label=_("Part of the text"), choices=[("", _("any")), *PARTS])
    cites = forms.CharField(
        required=False, max_length=60, label=_("Cites"), help_text="A resolution symbol: 59/190"
    )
    resolution = forms.CharField(
        required=False,
        max_length=60,
        label=_("Resolution"),
        help_text="A resolution symbol: its hits alone, every one of them",
    )
    page = forms.IntegerField(required=False, min_value=1)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_SIZE)

    def clean_session(self):
        value = self.cleaned_data["session"]
        try:
            return parse_session(value) if value else None
        except MessageError as exc:
            raise forms.ValidationError(message_of(exc)) from None

    def _symbol(self, name: str) -> str | None:
        value = self.cleaned_data[name]
        try:
            return parse_symbol(value).canonical if value else None
        except MessageError as exc:
            raise forms.ValidationError(message_of(exc)) from None

    def clean_cites(self):
        return self._symbol("cites")

    def clean_resolution(self):
        return self._symbol("resolution")

    def pagination(self) -> dict:
        """`search()`'s page and per_page."""
        data = self.cleaned_data
        return {"page": data["page"] or 1, "per_page": data["page_size"] or PER_PAGE}

    def filters(self) -> SearchFilters:
        data = self.cleaned_data
        return SearchFilters(
            language=data["lang"] or None,
            session=data["session"],
            session_kind=data["session_kind"] or None,
            adopted_from=data["adopted_from"],
            adopted_to=data["adopted_to"],
            part=data["part"] or None,
            cites=data["cites"],
            resolution=data["resolution"],
        )
