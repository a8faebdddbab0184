from .catalogue import HarvestRun, OfficialFile, SeparateVote
from .citations import Citation
from .members import MemberState, MemberStateVote
from .resolutions import Resolution
from .sessions import Session
from .texts import Annex, Footnote, FootnoteRef, Paragraph, ResolutionText

__all__ = [
    "Annex",
    "Citation",
    "Footnote",
    "FootnoteRef",
    "HarvestRun",
    "MemberState",
    "MemberStateVote",
    "OfficialFile",
    "Paragraph",
    "Resolution",
    "ResolutionText",
    "SeparateVote",
    "Session",
]
