"""Absolute links in the API's representations: to API resources and to the public pages."""

from __future__ import annotations

from functools import lru_cache

from django.urls import get_script_prefix, reverse


def api_url(request, name: str, *args) -> str:
    return request.build_absolute_uri(_api_path(get_script_prefix(), name, args))


# A page of a list links each of its resolutions and their sessions, and a resolution is listed again under
# other filters and orderings: each path is reversed once per process, as the pages' links are
# (archive.pages.links).
@lru_cache(maxsize=8192)
def _api_path(script_prefix: str, name: str, args: tuple) -> str:
    return reverse(f"api:{name}", args=args)


def page_url(request, obj, anchor: str = "") -> str:
    return request.build_absolute_uri(obj.get_absolute_url()) + (f"#{anchor}" if anchor else "")
