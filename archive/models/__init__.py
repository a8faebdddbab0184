from .api_tokens import ApiToken
from .catalogue import HarvestRun, OfficialFile, SeparateStateVote, SeparateVote
from .changes import Change, ResolutionDeletion, changes_after
from .citations import Citation
from .members import MemberState, MemberStateVote
from .resolutions import Resolution
from .sessions import Session
from .texts import Annex, Footnote, FootnoteRef, Paragraph, ResolutionText

__all__ = [
    "Annex",
    "ApiToken",
    "Change",
    "Citation",
    "Footnote",
    "FootnoteRef",
    "HarvestRun",
    "MemberState",
    "MemberStateVote",
    "OfficialFile",
    "Paragraph",
    "Resolution",
    "ResolutionDeletion",
    "ResolutionText",
    "SeparateStateVote",
    "SeparateVote",
    "Session",
    "changes_after",
]
