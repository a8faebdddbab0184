"""Turn an uploaded file's bytes into the text the parser reads."""

from __future__ import annotations

import codecs

from django.conf import settings
from django.utils.translation import gettext_noop

from archive.messages import Message
from archive.pdf_text import Limits, PdfTextError, extract_text_contained

from .errors import IngestError


def read_source(data: bytes, filename: str) -> str:
    """PDF (by content, whatever the name) or text: UTF-8, or UTF-16 with a byte-order mark."""
    if not data or not data.strip():
        raise IngestError(Message(gettext_noop("the file is empty")), filename=filename)
    if data.startswith(b"%PDF-"):
        try:
            return extract_text_contained(data, pdf_limits())
        except PdfTextError as exc:
            raise IngestError(exc, filename=filename) from None
    if filename.lower().endswith(".pdf"):
        raise IngestError(
            Message(gettext_noop("the file is named .pdf but is not a PDF (it does not start with %%PDF-)")),
            filename=filename,
        )
    return _decode_text(data, filename)


def pdf_limits() -> Limits:
    """What reading one PDF may cost (settings PDF_CPU_SECONDS, PDF_MEMORY_BYTES, PDF_MAX_PAGES)."""
    return Limits(
        cpu_seconds=settings.PDF_CPU_SECONDS,
        memory_bytes=settings.PDF_MEMORY_BYTES,
        max_pages=settings.PDF_MAX_PAGES,
    )


def _decode_text(data: bytes, filename: str) -> str:
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IngestError(
            Message(
                gettext_noop(
                    "the text is not valid UTF-8 (or UTF-16 with a byte-order mark): "
                    "undecodable byte at line %(line)s"
                ),
                line=str(line),
            ),
            filename=filename,
            line=line,
        ) from None
    if "\x00" in text:
        raise IngestError(
            Message(gettext_noop("the file is binary, not text (it contains NUL bytes)")), filename=filename
        )
    return text
