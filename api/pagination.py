"""Page-number paging: `?page=2&page_size=100`, at most 500 a page (`MAX_PAGE_SIZE`, as the search).

Each page answers `count`, `next`, `previous` and `results`, and the same links as an RFC 8288 `Link`
header (`first`, `prev`, `next`, `last`). Every list's order ends on a unique column (`TIE_BREAKER` and
its kin in the views), so walking the pages yields each item exactly once.

Offsets rather than cursors: the largest list (resolutions, about 20,000 at full scale) reads a page of
ids and versions by an index-only scan in its default order, `make bench` measures its deepest pages at
the p95 of its first, and clients (the pages' numbered navigation, the search) need `count` and pages
they can jump to, which cursors do not give.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.utils.urls import remove_query_param, replace_query_param

from archive.search.form import MAX_PAGE_SIZE


@dataclass(frozen=True)
class Counted:
    """A list whose length the view knows by a cheaper query than the list's own COUNT(*): Django's
    Paginator asks it for `count()`, then slices it."""

    items: QuerySet
    total: int

    def count(self) -> int:
        return self.total

    def __getitem__(self, index):
        return self.items[index]


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request) -> int:
        value = request.query_params.get(self.page_size_query_param)
        if not value:
            return self.page_size
        if not (value.isascii() and value.isdigit() and 1 <= int(value) <= self.max_page_size):
            message = gettext("must be a whole number from 1 to %(max)s") % {"max": self.max_page_size}
            raise ValidationError({"page_size": [message]})
        return int(value)

    def check_page_number(self, request) -> None:
        """For an answer that is not paged (CSV): a `page` no list could have is refused as in JSON (404)."""
        value = request.query_params.get(self.page_query_param, "1")
        if value not in self.last_page_strings and not (value.isascii() and value.isdigit() and int(value)):
            raise NotFound(self.invalid_page_message)

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response["Link"] = self.link_header()
        return response

    def link_header(self) -> str:
        """RFC 8288 links to the first, previous, next and last pages."""
        url = self.request.build_absolute_uri()
        last = self.page.paginator.num_pages
        links = {"first": remove_query_param(url, self.page_query_param)}
        if self.page.has_previous():
            links["prev"] = self.get_previous_link()
        if self.page.has_next():
            links["next"] = self.get_next_link()
        links["last"] = replace_query_param(url, self.page_query_param, last) if last > 1 else links["first"]
        return ", ".join(f'<{target}>; rel="{rel}"' for rel, target in links.items())

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {"page": {"minimum": 1}, "page_size": {"minimum": 1, "maximum": self.max_page_size}}
        for parameter in parameters:
            parameter["schema"].update(bounds[parameter["name"]])
            if parameter["name"] == "page_size":
                parameter["description"] = (
                    f"Results per page: {self.page_size} unless given, at most {self.max_page_size}"
                )
        return parameters
