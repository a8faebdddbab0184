"""Migration 0043 computes again the search vectors of the texts whose source prints Arabic-Indic or
full-width digits, so that they are found by ASCII digits; the others are left as they are."""

from importlib import import_module

from django.db import connection

from archive.models import ResolutionText

from .factories import ParagraphFactory, ResolutionTextFactory

migration = import_module("archive.migrations.0043_search_reads_digits_of_every_script")


def test_the_texts_printing_other_digits_are_indexed_again(db):
    printed = ResolutionTextFactory(language="ar", title="عنوان", extracted_text="قرارها المؤرخ ٢٠٠٤")
    ParagraphFactory(text=printed, body="تشير إلى قرارها المؤرخ ٢٠٠٤،")
    plain = ResolutionTextFactory(language="ar", title="عنوان", extracted_text="قرارها المؤرخ 2004")
    ParagraphFactory(text=plain, body="تشير إلى قرارها المؤرخ 2004،")
    ResolutionText.objects.update(search_vector=None)  # as stored before

    with connection.cursor() as cursor:
        cursor.execute(migration.VECTORS)

    found = ResolutionText.objects.filter(search_vector="2004").values_list("pk", flat=True)
    assert (list(found), ResolutionText.objects.get(pk=plain.pk).search_vector) == ([printed.pk], None)
