"""What every page's chrome needs about the interface language (a context processor)."""

from __future__ import annotations

from django.urls import get_script_prefix

from .languages import LANGUAGES, interface_language, without_prefix


def interface(request) -> dict:
    """`language_prefix` ("/fr" when the URL names the language, else ""), put before the header's
    reversed links (the site is served at the root) to keep the language; `interface_languages`:
    (language, the same page in it, whether it is the active one)."""
    prefix, rest = without_prefix(request.path_info)
    query = request.META.get("QUERY_STRING")
    rest = f"{rest}?{query}" if query else rest
    current = interface_language()
    root = get_script_prefix().rstrip("/")
    return {
        "language_prefix": f"/{prefix}" if prefix else "",
        "interface_languages": [
            (language, f"{root}/{code}{rest}", code == current) for code, language in LANGUAGES.items()
        ],
    }
