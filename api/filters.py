"""Query-string filters of the lists. Each filter is one QuerySet method of the archive's models.

Full-text search will arrive as a `q` filter on `ResolutionFilter`, calling the search QuerySet method.
"""

from __future__ import annotations

import contextlib
import datetime

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema_field

from archive.messages import MessageError
from archive.models import Citation, Resolution, ResolutionText, Session
from archive.parser.symbols import parse_session, parse_symbol
from archive.services.errors import message_of

LANGUAGES = ResolutionText.Language.choices


def canonical_or_given(value: str) -> str:
    """A GA resolution symbol in its canonical spelling; anything else as given, so it matches nothing
    (NUL, which the database refuses, becomes U+FFFD)."""
    with contextlib.suppress(ValueError):
        return parse_symbol(value).canonical
    return value.replace("\x00", "\ufffd")


class SymbolField(forms.CharField):
    """A symbol as given: a GA resolution symbol in any spelling the archive reads (A/RES/59/190, 59/190,
    217 A (III)) is matched in its canonical spelling, anything else as given."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = []  # not even the NUL check: no symbol contains one, so nothing matches

    def clean(self, value):
        value = super().clean(value)
        return canonical_or_given(value) if value else value


class SymbolFilter(django_filters.CharFilter):
    field_class = SymbolField


class StrictBooleanField(forms.Field):
    """true or false, and nothing else (no silent "unknown")."""

    def clean(self, value):
        if value in (None, ""):
            return None
        if value not in ("true", "false"):
            raise ValidationError(gettext("must be true or false"))
        return value == "true"


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class SessionField(forms.CharField):
    """A session as the symbols write it ("59", "S-27", "ES-10"), cleaned to (kind, number)."""

    def __init__(self, **kwargs):
        super().__init__(strip=False, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        try:
            return parse_session(value)
        except MessageError as exc:  # a parameter: django-filter formats the message, and "%" may be given
            raise ValidationError("%(reason)s", params={"reason": message_of(exc)}) from None


@extend_schema_field({"type": "string", "pattern": r"^(?:(?:(?:[Ss]|[Ee][Ss])-)?[1-9][0-9]{0,2})?$"})
class SessionFilter(django_filters.CharFilter):
    field_class = SessionField


class TieBrokenOrderingFilter(django_filters.OrderingFilter):
    """`ordering=-adopted_on,symbol`, ending on the primary key: a unique order, so paging through the list
    yields each row once."""

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        return qs.order_by(*qs.query.order_by, "pk") if qs.query.order_by else qs


class InstantField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 time with its offset, as that instant in UTC: PostgreSQL reads offsets up to 15:59 only,
    and any offset ISO 8601 allows (2026-12-01T09:30:00+17:33) names a real instant."""

    def clean(self, value):
        value = super().clean(value)
        if value is None:
            return value
        try:
            return value.astimezone(datetime.UTC)
        except OverflowError:
            raise ValidationError(gettext("out of the range of times")) from None


class InstantFilter(django_filters.IsoDateTimeFilter):
    field_class = InstantField


class FilterSet(django_filters.FilterSet):
    """django-filter's FilterSet, its form class built once per FilterSet class: django-filter builds it anew
    for each request, with a new field for each filter (a quarter of a millisecond of each list request at
    full scale). A form's fields depend only on its FilterSet's filters; each form still cleans with copies
    of its own (Django's Form deep-copies its class's fields)."""

    def get_form_class(self):
        cls = type(self)
        if "form_class" not in cls.__dict__:  # this class's own, not a parent's
            cls.form_class = super().get_form_class()
        return cls.form_class


class ResolutionFilter(FilterSet):
    session = SessionFilter(
        method="filter_session", help_text='The session, as symbols write it: "59", "S-27", "ES-10"'
    )
    session_kind = django_filters.ChoiceFilter(
        field_name="session__kind", choices=Session.Kind.choices, help_text="The kind of session"
    )
    adopted_from = django_filters.DateFilter(
        field_name="adopted_on", lookup_expr="gte", help_text="Adopted on or after this day (YYYY-MM-DD)"
    )
    adopted_to = django_filters.DateFilter(
        field_name="adopted_on", lookup_expr="lte", help_text="Adopted on or before this day (YYYY-MM-DD)"
    )
    language = django_filters.ChoiceFilter(
        choices=LANGUAGES, method="filter_language", help_text="Only resolutions with a text in this language"
    )
    has_vote = StrictBooleanFilter(
        method="filter_has_vote", help_text="true: adopted by a recorded vote; false: any other way"
    )
    updated_since = InstantFilter(
        field_name="content_changed_at",
        lookup_expr="gt",
        help_text="Only resolutions changed after this time (ISO 8601 with its offset: "
        "2026-12-01T09:30:00Z), as the change feed counts changes",
    )
    cites = SymbolFilter(
        method="filter_cites",
        help_text="Only resolutions citing this resolution symbol (in the archive or not)",
    )
    cited_by = SymbolFilter(method="filter_cited_by", help_text="Only resolutions that this resolution cites")
    ordering = TieBrokenOrderingFilter(
        fields=["adopted_on", "symbol", "number", "created_at"],
        help_text="Sort by adopted_on, symbol, number or created_at, a leading - reversing: one or more, "
        "comma-separated (-adopted_on,symbol); ties are broken by the order of addition to the archive",
    )

    class Meta:
        model = Resolution
        fields = []

    def filter_session(self, queryset, name, value):
        return queryset.in_session(*value)

    def filter_language(self, queryset, name, value):
        return queryset.in_language(value)

    def filter_has_vote(self, queryset, name, value):
        return queryset.with_recorded_vote(value)

    def filter_cites(self, queryset, name, value):
        return queryset.citing(value)

    def filter_cited_by(self, queryset, name, value):
        return queryset.cited_by(value)


class SessionKindFilter(FilterSet):
    kind = django_filters.ChoiceFilter(choices=Session.Kind.choices, help_text="The kind of session")

    class Meta:
        model = Session
        fields = []


class CitationFilter(FilterSet):
    kind = django_filters.ChoiceFilter(choices=Citation.Kind.choices, help_text="What is cited")
    target = SymbolFilter(
        help_text="What is cited, exactly: a UN document symbol, or a GA resolution symbol in any spelling"
    )
    language = django_filters.ChoiceFilter(
        field_name="text__language", choices=LANGUAGES, help_text="Language of the citing text"
    )
    resolved = StrictBooleanFilter(
        field_name="target_resolution",
        lookup_expr="isnull",
        exclude=True,
        help_text="true: the cited resolution is in the archive",
    )

    class Meta:
        model = Citation
        fields = []


class DocumentFilter(FilterSet):
    cited_by = SymbolFilter(
        field_name="text__resolution__symbol", help_text="Only documents that this resolution cites"
    )

    class Meta:
        model = Citation
        fields = []
