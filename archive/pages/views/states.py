"""The Member States (current and former) and a page per State: its votes session by session, its latest
votes, and how often it voted as another State did (`?with=USA`). Three to five queries."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from archive.models import MemberState, MemberStateVote

from ..votes import LABELS, agreement, agreement_caption, votes_by_session

LATEST = 50


def _language() -> str:
    return (get_language() or "en")[:2]


def states_page(request):
    language = _language()
    states = sorted(((s.name_in(language), s) for s in MemberState.objects.all()), key=lambda pair: pair[0])
    return render(request, "pages/member_states.html", {"states": states})


def state_page(request, code: str):
    language = _language()
    state = get_object_or_404(MemberState, code=code.upper())
    states = list(MemberState.objects.all())
    other_code = (request.GET.get("with") or "").upper()
    other = next((s for s in states if s.code == other_code and s != state), None)
    context = {
        "state": state,
        "name": state.name_in(language),
        "sessions": votes_by_session(state),
        "latest": [
            (vote.resolution, str(LABELS[vote.vote]), vote.vote)
            for vote in MemberStateVote.objects.latest_of(state, LATEST)
        ],
        "others": sorted((s.name_in(language), s.code) for s in states if s != state),
        "other": other,
        "other_name": other.name_in(language) if other else "",
        "unknown_other": other_code if other_code and other is None else "",
        "agreement": agreement(state, other) if other else [],
        "caption": agreement_caption(state.name_in(language), other.name_in(language)) if other else "",
    }
    return render(
        request, "pages/member_state.html", context, status=404 if context["unknown_other"] else 200
    )
