"""Migration 0015 retypes citations stored as "document" before citations were typed by issuing body."""

from importlib import import_module

from django.apps import apps

from archive.models import Citation
from archive.services.ingestion import ingest

from .conftest import TEXTS

migration = import_module("archive.migrations.0015_citation_kinds_by_body")


def test_documents_stored_before_are_retyped_from_their_symbol_and_back(db):
    text = ingest(data=(TEXTS / "A_RES_80_97.en.txt").read_bytes(), filename="A_RES_80_97.en.txt").text
    kinds = dict(text.citations.values_list("target", "kind"))
    text.citations.filter(kind="other").update(kind="document")

    migration.retype_documents(apps, None)
    assert dict(text.citations.values_list("target", "kind")) == kinds
    assert list(Citation.objects.filter(kind="other").values_list("target", flat=True)) == ["GC(69)/RES/7"]

    migration.untype_documents(apps, None)
    assert sorted(text.citations.filter(kind="document").values_list("target", flat=True)) == [
        "A/HRC/RES/59/190",
        "E/RES/1980/67",
        "GC(69)/RES/7",
        "S/RES/2334 (2016)",
    ]
