from .citations import Citation
from .members import MemberState, MemberStateVote
from .resolutions import Resolution
from .sessions import Session
from .texts import Annex, Footnote, FootnoteRef, Paragraph, ResolutionText
from .versions import ArchiveVersion

__all__ = [
    "Annex",
    "ArchiveVersion",
    "Citation",
    "Footnote",
    "FootnoteRef",
    "MemberState",
    "MemberStateVote",
    "Paragraph",
    "Resolution",
    "ResolutionText",
    "Session",
]
