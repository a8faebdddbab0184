"""The same official PDF (A/RES/73/8) through other extractors than the archive's own gives the same
structure: real extractions by poppler's pdftotext (default and -layout) and PyMuPDF, saved in
tests/data/extractions, against the archive's pdfplumber extraction."""

import re
from pathlib import Path

import pytest
from parser_helpers import CORPUS

from archive.parser import parse
from archive.pdf_text import extract_text

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"
PDF = CORPUS / "en" / "A_RES_73_8-EN.pdf"


def flat(text: str) -> str:
    """Text without spaces: pdftotext reads one glyph gap in this PDF as a space ("Latin Amer ica")."""
    return re.sub(r"\s+", "", text)


def structure(parsed) -> dict:
    """What the archive keeps of a parse: metadata, each paragraph (eid, number, text, footnote marks),
    the footnotes, the citations (where they point from and to) and the warnings."""
    return {
        "symbol": parsed.symbol.canonical,
        "title": parsed.title,
        "formula": parsed.formula,
        "agenda_items": parsed.agenda_items,
        "basis": parsed.basis,
        "adopted_on": parsed.adopted_on,
        "meeting": parsed.meeting,
        "paragraphs": [
            (p.eid, p.number, flat(p.text), [r.mark for r in p.footnote_refs]) for p in parsed.paragraphs()
        ],
        "footnotes": [(f.eid, f.mark, f.text) for f in parsed.footnotes],
        "citations": [
            (item.eid, flat(c.text), c.target, c.kind, c.pinpoint)
            for item in [*parsed.paragraphs(), *parsed.footnotes]
            for c in item.citations
        ],
        "warnings": [w.message for w in parsed.warnings],
    }


@pytest.fixture(scope="module")
def reference():
    return structure(parse(extract_text(PDF.read_bytes())))


@pytest.mark.parametrize("name", ["pdftotext", "pdftotext-layout", "pymupdf"])
def test_each_extraction_parses_to_the_archives_structure(name, reference):
    parsed = parse((EXTRACTIONS / f"A_RES_73_8.{name}.txt").read_text(encoding="utf-8"))
    assert structure(parsed) == reference


def test_the_reference_is_the_resolution(reference):
    assert reference["title"].startswith("Necessity of ending the economic")
    assert [p[0] for p in reference["paragraphs"]] == [
        *(f"preamble__para_{k}" for k in range(1, 9)),
        *(f"para_{k}" for k in range(1, 6)),
    ]
    assert reference["footnotes"] == [("fnt_1", "1", "A/73/85.")]
    assert reference["paragraphs"][8][3] == ["1"]
    assert "A/RES/73/8" not in {c[2] for c in reference["citations"]}
    assert reference["warnings"] == []


def test_line_numbers_are_the_texts_own_where_columns_share_a_line():
    text = (EXTRACTIONS / "A_RES_73_8.pdftotext-layout.txt").read_text(encoding="utf-8")
    parsed = parse(text)
    lines = text.split("\n")
    assert [lines[f.line - 1].strip() for f in parsed.footnotes] == ["1"]
    # the page's foot, its number and job number in two columns, is furniture as a whole
    assert {(a.line, a.text, a.reason) for a in parsed.artefacts if a.line == 97} == {
        (97, "2/2 18-18418", "page and job number")
    }
    assert lines[96].startswith("2/2")
