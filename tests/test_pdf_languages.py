"""A resolution in each script, printed to PDF by Chromium (its fonts: Noto), reads back to the structure of
the text it was printed from: Arabic drawn right to left, Chinese whose font maps characters to radicals
("⼤会" for 大会), Cyrillic and Latin with their accents."""

import html

import pytest

from archive.parser import parse
from archive.parser.normalise import fold_digits
from archive.pdf_text import extract_text

from .conftest import TEXTS

pytestmark = pytest.mark.browser


def printed(text: str, language: str) -> str:
    """The text as a page lays it out: a block per line, a gap per blank line."""
    blocks = "".join(
        f"<div>{html.escape(line)}</div>" if line.strip() else '<div style="height: 0.8em"></div>'
        for line in text.split("\n")
    )
    direction = "rtl" if language == "ar" else "ltr"
    return (
        f'<!doctype html><html lang="{language}" dir="{direction}"><meta charset="utf-8">'
        "<style>body { font: 11pt 'Noto Naskh Arabic', 'Noto Sans CJK SC', 'Noto Serif', serif }</style>"
        f"<body>{blocks}</body></html>"
    )


def structure(text: str) -> tuple:
    """What the archive stores of a text, digits folded (the print keeps the source's)."""
    p = parse(text)
    return (
        p.symbol.canonical,
        fold_digits(p.title),
        p.agenda_items,
        p.adopted_on,
        p.meeting,
        [(x.eid, fold_digits(x.text), [r.mark for r in x.footnote_refs]) for x in p.paragraphs()],
        [(n.mark, fold_digits(n.text)) for n in p.footnotes],
        sorted({c.target for _, c in p.citations()}),
        [w.message for w in p.warnings],
    )


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("A_RES_79_153.ar.txt", "ar"),
        ("A_RES_79_154.zh.txt", "zh"),
        ("A_RES_79_152.ru.txt", "ru"),
        ("A_RES_79_150.fr.txt", "fr"),
        ("A_RES_79_151.es.txt", "es"),
    ],
)
def test_a_text_printed_to_pdf_reads_back_to_its_structure(blank_page, name, language):
    source = (TEXTS / name).read_text(encoding="utf-8")
    blank_page.set_content(printed(source, language))
    extracted = extract_text(blank_page.pdf(format="A4", margin={"top": "2cm", "bottom": "2cm"}))
    assert structure(extracted) == structure(source)
