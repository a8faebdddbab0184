"""Each text's search vector follows the writes of the ingestion service (ingest, re-ingest) and of
`update_search_vectors()`, which the admin's edits call (tests/admin/test_edits_reach_the_pages.py): rows
written, edited, deleted, a text's language corrected; a resolution's date, session or symbol corrected
reach the results with no step (they are read from the resolution); `rebuild_search` computes every
vector again."""

import datetime
import io
from pathlib import Path

from django.core.management import call_command
from django.db import connection

from archive.models import Footnote, Paragraph, Resolution, ResolutionText, Session
from archive.search.query import SearchFilters
from archive.search.service import search
from archive.services.ingestion import ingest

from .search_helpers import found

FRENCH = Path(__file__).resolve().parents[1] / "data" / "texts" / "A_RES_80_99.fr.txt"


def test_a_reingested_text_is_searched_as_it_now_reads(corpus):
    changed = FRENCH.read_text().replace("leurs familles", "leurs proches")
    outcome = ingest(data=changed.encode(), filename="A_RES_80_99.txt")
    assert outcome.status == "replaced"
    assert found(search("famille")) == []
    assert found(search("proches")) == [("A/RES/80/99", ["fr:para_1"])]


def test_an_edited_paragraph_or_footnote_is_searched_as_edited_once_its_text_is_updated(corpus):
    texts = ResolutionText.objects.filter(resolution__symbol="A/RES/80/1")
    paragraph = Paragraph.objects.get(text__in=texts, eid="preamble__para_2")
    paragraph.body = paragraph.body.replace("visas", "quokkas")
    paragraph.save()
    assert found(search("quokka")) == []  # the vector is the text's, as last computed
    assert texts.update_search_vectors() == 1
    assert found(search("visas")) == []
    assert found(search("quokka")) == [("A/RES/80/1", ["en:preamble__para_2"])]
    Footnote.objects.filter(text__in=texts).update(body="A footnote about sinecures.")
    texts.update_search_vectors()
    assert found(search("sinecure")) == [("A/RES/80/1", ["en:fnt_1"])]


def test_a_resolutions_corrected_date_session_and_symbol_reach_its_search_results(corpus):
    resolution = Resolution.objects.get(symbol="A/RES/80/1")
    before = search("quokka OR visas")
    assert [(g.symbol, g.adopted_on.isoformat(), g.session) for g in before.groups] == [
        ("A/RES/80/1", "2025-09-19", ("regular", 80))
    ]
    seventy_ninth, _ = Session.objects.get_or_create(kind="regular", number=79)
    resolution.adopted_on = datetime.date(2024, 9, 9)
    resolution.session = seventy_ninth
    resolution.symbol = "A/RES/79/1"
    resolution.save()
    after = search("quokka OR visas")
    assert [(g.symbol, g.adopted_on.isoformat(), g.session) for g in after.groups] == [
        ("A/RES/79/1", "2024-09-09", ("regular", 79))
    ]
    assert [(f.value, f.count) for f in after.sessions] == [("79", 1)]
    in_2025 = search("visas", SearchFilters(adopted_from=datetime.date(2025, 1, 1)))
    assert (in_2025.total, search("visas", SearchFilters(session=("regular", 79))).total) == (0, 1)


def test_a_texts_document_follows_its_paragraphs_and_a_phrase_stays_within_one(corpus):
    texts = ResolutionText.objects.filter(resolution__symbol="A/RES/80/98", language="en")
    first, second = Paragraph.objects.bulk_create(
        [
            Paragraph(
                text=texts.get(), kind="operative", eid=f"para_{n}", position=n, number=str(n), body=body
            )
            for n, body in ((90, "Welcomes the quokkas"), (91, "wombats of the region"))
        ]
    )
    texts.update_search_vectors()
    assert found(search("quokkas wombats")) == [("A/RES/80/98", ["en:para_90", "en:para_91"])]
    assert found(search('"quokkas wombats"')) == []  # the last word of a paragraph and the first of the next
    second.delete()
    texts.update_search_vectors()
    assert found(search("quokkas wombats")) == []
    assert found(search("quokkas")) == [("A/RES/80/98", ["en:para_90"])]


def test_rows_created_in_bulk_are_found_once_their_text_is_updated(corpus):
    text = ResolutionText.objects.get(resolution__symbol="A/RES/80/99", language="ru")
    body = "просит докладчиков"
    Paragraph.objects.bulk_create(
        [Paragraph(text=text, kind="operative", eid="para_3", position=9, number="3", body=body)]
    )
    assert found(search("докладчик")) == []
    ResolutionText.objects.filter(pk=text.pk).update_search_vectors()
    assert found(search("докладчик")) == [("A/RES/80/99", ["ru:para_3"])]


def test_a_texts_language_corrected_is_its_vectors_language(corpus):
    text = ResolutionText.objects.get(resolution__symbol="A/RES/80/98")
    text.language = "fr"
    text.save()
    ResolutionText.objects.filter(pk=text.pk).update_search_vectors()
    assert found(search('"human rights defenders"', SearchFilters(language="en"))) == []
    assert found(search('"human rights defenders"', SearchFilters(language="fr"))) == [
        ("A/RES/80/98", ["fr:title", "fr:para_1"])
    ]


def test_rebuild_search_computes_every_vector_again(corpus):
    with connection.cursor() as cursor:  # no stemming any more: the stored vectors are stale
        cursor.execute(
            "CREATE OR REPLACE FUNCTION archive_search_config(language text) RETURNS regconfig "
            "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 'simple'::regconfig $$"
        )
    assert found(search("visas")) == []  # the stored vectors hold the stem "visa"
    out = io.StringIO()
    call_command("rebuild_search", batch_size=100, stdout=out)
    assert found(search("visas")) == [("A/RES/80/1", ["en:preamble__para_2"])]
    assert (
        out.getvalue().strip() == f"Rebuilt the search vectors of {ResolutionText.objects.count():,} texts."
    )


def test_a_texts_words_go_into_the_index_at_once(corpus):
    """No pending list in the texts' full-text index (fastupdate off, migration 0035): every search would
    scan it whole, and the planner, charging it to every scan of the index, read a language's texts through
    another index and checked each one's vector instead."""
    changed = FRENCH.read_text().replace("leurs familles", "leurs proches")
    assert ingest(data=changed.encode(), filename="A_RES_80_99.txt").status == "replaced"
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")  # rolled back with the test
        cursor.execute("SELECT pending_pages, pending_tuples FROM pgstatginindex('text_search')")
        assert cursor.fetchone() == (0, 0)
