"""Hostile PDFs are read in a child process within CPU-time, memory and page limits, and refused with a
clear message past them; the process that asked (a web worker) does not grow."""

import resource
from pathlib import Path

import pytest
from django.utils import translation

from archive.pdf_text import Limits, PdfTextError, extract_text_contained
from archive.services.errors import IngestError
from archive.services.ingestion import ingest
from archive.services.sources import read_source
from tests.conftest import SAMPLES
from tests.hostile_pdfs import glyph_bomb, many_pages, pdf, text_page

MB = 1024 * 1024


def resident_megabytes() -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1]) // 1024


def test_a_glyph_bomb_is_refused_within_its_limits_and_the_worker_does_not_grow():
    bomb = glyph_bomb()
    assert len(bomb) < 100_000  # 40 million glyphs in under 100 KB
    before = resident_megabytes()
    with pytest.raises(PdfTextError) as refused:
        extract_text_contained(bomb, Limits(cpu_seconds=10, memory_bytes=512 * MB))
    assert refused.value.message in {
        "reading the PDF needed over 512 MB of memory: refused",
        "reading the PDF took over 10 seconds of processor time: refused",
    }
    assert resident_megabytes() - before < 50
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss <= 512 * 1024  # kilobytes


def test_a_pdf_past_its_processor_time_is_killed():
    with pytest.raises(PdfTextError) as refused:
        extract_text_contained(glyph_bomb(4_000_000), Limits(cpu_seconds=1, memory_bytes=2048 * MB))
    assert refused.value.message == "reading the PDF took over 1 seconds of processor time: refused"


def test_a_pdf_of_two_thousand_pages_is_refused_before_its_pages_are_read():
    with pytest.raises(PdfTextError) as refused:
        extract_text_contained(many_pages(2000), Limits(max_pages=500))
    assert refused.value.message == "the PDF has 2,000 pages, over the limit of 500"


def test_a_small_pdf_is_read_in_the_child():
    assert extract_text_contained(pdf([text_page("80/1. A title")]), Limits()) == "80/1. A title"


def test_the_ingestion_service_reads_pdfs_within_the_settings_limits(db, settings):
    settings.PDF_MAX_PAGES = 1
    sample = SAMPLES / "en" / "A_RES_73_8-EN.pdf"
    with pytest.raises(IngestError) as refused:
        ingest(data=sample.read_bytes(), filename=sample.name)
    assert refused.value.message == "the PDF has 2 pages, over the limit of 1"
    settings.PDF_MAX_PAGES = 500
    assert ingest(data=sample.read_bytes(), filename=sample.name).status == "created"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ar", "يحتوي ملف PDF على 2500 صفحة، وهو ما يتجاوز الحد البالغ 2000"),
        ("zh-hans", "该PDF文件有2500页，超过2000页的上限"),
        ("en", "the PDF has 2,500 pages, over the limit of 2,000"),
        ("fr", "le PDF compte 2\u00a0500 pages, au-delà de la limite de 2\u00a0000"),
        ("ru", "в PDF-файле 2\u00a0500 стр., больше допустимых 2\u00a0000"),
        ("es", "el PDF tiene 2\u00a0500 páginas, más que el límite de 2\u00a0000"),
    ],
)
def test_the_childs_refusal_is_given_in_the_language_of_whoever_asked(settings, language, message):
    """The child names its refusal by a message of the catalogues and its figures; the worker that asked
    writes it in its reader's language."""
    settings.PDF_MAX_PAGES = 2000
    with translation.override(language), pytest.raises(IngestError) as refused:
        read_source(many_pages(2500), "long.pdf")
    assert str(refused.value) == message
