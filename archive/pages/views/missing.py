"""Helpful 404 pages: a symbol that cannot be read, a resolution not in the archive (yet) with who cites
it, a language the archive does not hold a resolution in."""

from __future__ import annotations

from django.shortcuts import render

from archive.models import Citation

from ..cited_by import cited_by
from ..languages import LANGUAGES, preferred, without_prefix
from ..links import undocs_url
from ..listing import language_links
from ..lookup import Understood, nearest_symbols


def unreadable_symbol(request, understood: Understood):
    context = {"understood": understood, "nearest": nearest_symbols(understood)}
    return render(request, "pages/symbol_unreadable.html", context, status=404)


def not_in_archive(request, understood: Understood, language: str | None = None):
    symbol = understood.canonical
    language = language or preferred(LANGUAGES)
    context = {
        "understood": understood,
        "symbol": symbol,
        "citing": cited_by(
            Citation.objects.citing_symbol(symbol), language, without_prefix(request.path_info)[0]
        ),
        "official_url": undocs_url(symbol, language),
        "nearest": nearest_symbols(understood),
    }
    return render(request, "pages/symbol_not_in_archive.html", context, status=404)


def language_not_held(request, resolution, language: str):
    context = {
        "resolution": resolution,
        "language": LANGUAGES[language],
        "held": language_links(resolution.symbol, {text.language for text in resolution.texts.all()}),
        "official_url": undocs_url(resolution.symbol, language),
    }
    return render(request, "pages/language_not_held.html", context, status=404)
