from .citations import Citation
from .resolutions import Resolution
from .sessions import Session
from .texts import Annex, Footnote, FootnoteRef, Paragraph, ResolutionText

__all__ = [
    "Annex",
    "Citation",
    "Footnote",
    "FootnoteRef",
    "Paragraph",
    "Resolution",
    "ResolutionText",
    "Session",
]
