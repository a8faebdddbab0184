"""The export serializers both ways, on parser dataclasses (no database): a text read back from its
JSON exports the same, as the parser gave it."""

import copy
from pathlib import Path

import pytest

from archive.parser import parse
from archive.serializers import ExportSerializer, export_of
from archive.services.sources import read_source

SAMPLES = sorted(Path("archive/sample_corpus").rglob("*.txt"))


def parsed_sample(path: Path):
    return parse(read_source(path.read_bytes(), path.name))


def export(parsed) -> dict:
    return ExportSerializer(export_of({parsed.language: parsed})).data


def read_back(data: dict):
    serializer = ExportSerializer(data=data)
    assert serializer.is_valid(), serializer.errors
    return serializer.validated_data


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_export_then_import_gives_the_same_export(path):
    parsed = parsed_sample(path)
    exported = export(parsed)

    imported = read_back(exported)

    assert export(imported) == exported
    assert [p.kind for p in imported.paragraphs()] == [p.kind for p in parsed.paragraphs()]
    assert imported.citations() == parsed.citations()


def test_footnote_markers_stand_at_the_end_of_their_paragraph():
    imported = read_back(export(parsed_sample(Path("archive/sample_corpus/zh/A_RES_59_190.txt"))))

    para = imported.preambular[2]
    assert [(ref.mark, ref.offset) for ref in para.footnote_refs] == [
        ("1", len(para.text)),
        ("2", len(para.text)),
    ]


def test_what_the_archive_computes_is_ignored_when_written():
    data = export(parsed_sample(Path("archive/sample_corpus/en/A_RES_80_1.txt")))
    expected = copy.deepcopy(data)
    data |= {"vote": {"kind": "nonsense"}, "url": "nonsense"}
    data["texts"]["en"]["citations"][0]["resolved"] = "nonsense"

    assert export(read_back(data)) == expected
