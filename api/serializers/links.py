"""Absolute links in the API's representations: to API resources and to the public pages."""

from __future__ import annotations

from django.urls import reverse


def api_url(request, name: str, *args) -> str:
    return request.build_absolute_uri(reverse(f"api:{name}", args=args))


def page_url(request, obj, anchor: str = "") -> str:
    return request.build_absolute_uri(obj.get_absolute_url()) + (f"#{anchor}" if anchor else "")
