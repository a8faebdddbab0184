"""Absolute links in the API's representations: to API resources and to the public pages."""

from __future__ import annotations

from archive.routes import route_path


def api_url(request, name: str, symbol: str | None = None, **kwargs) -> str:
    """The API resource `name` (of `symbol`, and `kwargs`) as an absolute URL."""
    return request.build_absolute_uri(route_path(f"api:{name}", symbol, **kwargs))


def page_url(request, obj, anchor: str = "") -> str:
    return request.build_absolute_uri(obj.get_absolute_url()) + (f"#{anchor}" if anchor else "")
