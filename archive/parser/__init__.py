"""Pure-Python parser: PDF-extracted resolution text in, `ParsedResolution` out. No Django here."""

from .detect import detect_language
from .document import (
    Annex,
    Artefact,
    Citation,
    Footnote,
    FootnoteRef,
    Paragraph,
    ParsedResolution,
    ParseError,
    ParseWarning,
    SessionRef,
    Symbol,
)
from .pipeline import parse

__all__ = [
    "Annex",
    "Artefact",
    "Citation",
    "Footnote",
    "FootnoteRef",
    "Paragraph",
    "ParseError",
    "ParseWarning",
    "ParsedResolution",
    "SessionRef",
    "Symbol",
    "detect_language",
    "parse",
]
