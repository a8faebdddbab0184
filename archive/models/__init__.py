from .api_tokens import ApiToken
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
    "MemberState",
    "MemberStateVote",
    "Paragraph",
    "Resolution",
    "ResolutionDeletion",
    "ResolutionText",
    "Session",
    "changes_after",
]
