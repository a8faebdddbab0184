"""Migration 0042 gives a stored text the resolution's basis and agenda items when it prints them as stored
(the text they were read from, its lines joined), and nothing to a text that prints them otherwise."""

from importlib import import_module

from django.db import connection

from archive.models import ResolutionText

from .factories import ResolutionFactory, ResolutionTextFactory

migration = import_module("archive.migrations.0042_texts_keep_their_printed_cover")

BASIS = "on the report of the Third Committee (A/80/503/Add.2)"


def test_the_text_a_cover_was_read_from_takes_it(db):
    resolution = ResolutionFactory(number=99, agenda_items=["14", "105 (b)"], basis=BASIS)
    english = ResolutionTextFactory(
        resolution=resolution,
        extracted_text="Agenda items 14 and 105 (b)\n\n"
        "[on the report of the Third\nCommittee (A/80/503/Add.2)]\n",
    )
    french = ResolutionTextFactory(
        resolution=resolution,
        language="fr",
        extracted_text="Points 14 et 105 b) de l’ordre du jour\n\n"
        "[sur la base du rapport de la Troisième Commission (A/80/503/Add.2)]\n",
    )
    uncovered = ResolutionTextFactory(resolution=ResolutionFactory(number=98, agenda_items=["7"], basis=""))

    with connection.cursor() as cursor:
        cursor.execute(migration.COPY_PRINTED_COVERS)

    covers = ResolutionText.objects.in_bulk([english.pk, french.pk, uncovered.pk])
    assert [(covers[t.pk].agenda_items, covers[t.pk].basis) for t in (english, french, uncovered)] == [
        (["14", "105 (b)"], BASIS),
        ([], ""),
        ([], ""),
    ]
