"""What every page's chrome needs about the interface language (a context processor)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import get_script_prefix

from archive.search.form import SearchForm

from .languages import LANGUAGES, interface_language, without_prefix


def interface(request) -> dict:
    """`language_prefix` ("/fr" when the URL names the language, else ""), put before the header's
    reversed links (the site is served at the root) to keep the language; `interface_languages`:
    (language, the same page in it, whether it is the active one)."""
    prefix, rest = without_prefix(request.path_info)
    # The parameters a page reads (the search's and the page number) follow; others (?utm=…) do not.
    kept = [(key, values) for key, values in request.GET.lists() if key in SearchForm.base_fields]
    rest = f"{rest}?{urlencode(kept, doseq=True)}" if kept else rest
    current = interface_language()
    root = get_script_prefix().rstrip("/")
    return {
        "language_prefix": f"/{prefix}" if prefix else "",
        "interface_languages": [
            (language, f"{root}/{code}{rest}", code == current) for code, language in LANGUAGES.items()
        ],
    }
