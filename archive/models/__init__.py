from .citations import Citation
from .members import MemberState, MemberStateVote
from .resolutions import Resolution
from .search import SearchUnit
from .search_documents import SearchDocument
from .sessions import Session
from .texts import Annex, Footnote, FootnoteRef, Paragraph, ResolutionText

__all__ = [
    "Annex",
    "Citation",
    "Footnote",
    "FootnoteRef",
    "MemberState",
    "MemberStateVote",
    "Paragraph",
    "Resolution",
    "ResolutionText",
    "SearchDocument",
    "SearchUnit",
    "Session",
]
