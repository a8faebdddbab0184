"""The export JSON back to parser dataclasses: the inverse of `resolution_dict` (pure, no database)."""

from pathlib import Path

import pytest

from archive.parser import parse
from archive.parser.export import resolution_dict
from archive.parser.import_json import JsonImportError, parsed_from_json
from archive.services.sources import read_source

SAMPLES = sorted(Path("archive/sample_corpus").rglob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_export_then_import_gives_the_same_export(path):
    parsed = parse(read_source(path.read_bytes(), path.name))
    exported = resolution_dict({parsed.language: parsed})

    imported = parsed_from_json(exported)

    assert resolution_dict({imported.language: imported}) == exported
    assert [p.kind for p in imported.paragraphs()] == [p.kind for p in parsed.paragraphs()]


def test_footnote_markers_stand_at_the_end_of_their_paragraph():
    path = Path("archive/sample_corpus/zh/A_RES_59_190.txt")
    parsed = parse(read_source(path.read_bytes(), path.name))

    imported = parsed_from_json(resolution_dict({"zh": parsed}))

    para = imported.preambular[2]
    assert [(ref.mark, ref.offset) for ref in para.footnote_refs] == [
        ("1", len(para.text)),
        ("2", len(para.text)),
    ]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ([], "(body)", "must be an object"),
        ({}, "symbol", "is required"),
        ({"symbol": "59/190"}, "texts", "is required"),
        (
            {"symbol": "59/190", "texts": {"xx": {}}},
            "texts",
            "'xx' is not one of the languages ar, zh, en, fr, ru, es",
        ),
        ({"symbol": "59/190", "texts": {"en": []}}, "texts.en", "must be an object"),
        (
            {"symbol": "59/190", "number": 191, "texts": {}},
            "number",
            "does not match the symbol A/RES/59/190",
        ),
    ],
)
def test_errors_name_the_field(data, field, message):
    with pytest.raises(JsonImportError) as caught:
        parsed_from_json(data)

    assert (caught.value.field, caught.value.message) == (field, message)
