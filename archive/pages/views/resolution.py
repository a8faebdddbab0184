"""A resolution at its symbol (/A/RES/59/190, /zh/A/RES/59/190, /fr/A/RES/59/190/zh for the Chinese text in
the French interface): every other spelling of the symbol, and a suffix naming the prefix's own language,
answers with a permanent redirect to it. Nine queries whatever the resolution's length (one on a cached
page): the version, the resolution with its session, its neighbours in its series and whether it has
separate votes, its texts, the shown text's structure (five), "Cited by"; one more with a recorded vote
(each Member State's vote), two more with separate votes (them and each State's vote in them). A
resolution known by its catalogue record only shows the record, its vote and its official files.
"""

from __future__ import annotations

from django.db.models import prefetch_related_objects
from django.shortcuts import redirect, render

from archive.models import Citation, OfficialFile, Resolution
from archive.models.resolutions import for_text_page
from archive.models.texts import reading_prefetches
from archive.serving.conditional import conditional

from ..cited_by import cited_by
from ..discovery import resolution_discovery
from ..downloads import downloads, official_documents
from ..languages import LANGUAGES, preferred
from ..links import parallel_url, resolution_url, undocs_url
from ..listing import vote_summary
from ..lookup import understand
from ..metadata import document_links, neighbour, reports_of
from ..reading import reading_text
from ..versions import resolution_version
from ..votes import vote_view
from . import missing


@conditional(resolution_version)
def resolution_page(request, symbol: str, lang: str | None = None, text: str | None = None):
    """`lang`: the interface language the URL names (None: negotiated); `text`: the text's language, when
    the URL names another than the interface's."""
    understood = understand(symbol)
    if understood.canonical is None:
        return missing.unreadable_symbol(request, understood)
    asked = text or lang
    if understood.canonical != symbol or (text and text == lang):
        return redirect(resolution_url(understood.canonical, asked, interface=lang), permanent=True)
    resolution = for_text_page(symbol).first()
    if resolution is None:
        return missing.not_in_archive(request, understood, asked)
    held = {held_text.language: held_text for held_text in resolution.texts.all()}
    if not held:
        return record_page(request, resolution, asked, lang)
    language = asked or preferred(held)
    if language not in held:
        return missing.language_not_held(request, resolution, language)
    shown = held[language]
    prefetch_related_objects([shown], *reading_prefetches())
    citing = cited_by(Citation.objects.citing(resolution), language, lang)
    layout = reading_text(shown, interface=lang, citing=citing)
    context = {
        "resolution": resolution,
        "text": layout,
        "contents": layout.contents(),
        "vote": vote_summary(resolution),
        "votes": vote_view(resolution, lang),
        "switcher": [
            (
                choice,
                resolution_url(symbol, code, interface=lang) if code in held else undocs_url(symbol, code),
                code in held,
            )
            for code, choice in LANGUAGES.items()
        ],
        "parallel": [
            (LANGUAGES[code], parallel_url(language, code, symbol))
            for code in LANGUAGES
            if code in held and code != language
        ],
        "previous": neighbour(symbol, resolution.previous_in_series, later=False),
        "next": neighbour(symbol, resolution.next_in_series, later=True),
        "drafts": document_links(resolution.draft_symbols, language),
        "reports": document_links(reports_of(resolution), language),
        "downloads": downloads(symbol, language),
        "official": official_documents(symbol, held),
        "citing": citing,
        "discovery": resolution_discovery(resolution, shown, [code for code in LANGUAGES if code in held]),
    }
    if lang:  # the URL names the text's language: the interface switcher keeps it
        context["interface_languages"] = [
            (choice, resolution_url(symbol, language, interface=code), code == lang)
            for code, choice in LANGUAGES.items()
        ]
    return render(request, "pages/resolution.html", context)


def record_page(request, resolution: Resolution, asked: str | None, lang: str | None):
    """A resolution known by its catalogue record (and vote) before any text of it is in the archive;
    `lang` as for `resolution_page`."""
    language = asked or preferred(LANGUAGES)
    context = {
        "resolution": resolution,
        "vote": vote_summary(resolution),
        "votes": vote_view(resolution, lang),
        "drafts": document_links(resolution.draft_symbols, language),
        "reports": document_links(reports_of(resolution), language),
        "files": [(LANGUAGES[f.language], f.url) for f in OfficialFile.objects.filter(resolution=resolution)],
        "citing": cited_by(Citation.objects.citing(resolution), language, lang),
        "official_url": undocs_url(resolution.symbol, language),
    }
    return render(request, "pages/resolution_record.html", context)
