"""The Member States (current and former) and a page per State: its votes session by session, its latest
votes, its latest votes on parts of resolutions (separate votes, apart: they count in no figure of the
votes on the whole), and how often it voted as another State did (`?with=USA`). Five or six queries (the
version, the States, its votes per session, its latest votes, its latest separate votes, the agreement),
one on a cached page: its version is the archive's (`archive.pages.versions.member_state_version`)."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext, gettext_noop

from archive.models import MemberState, MemberStateVote, SeparateStateVote
from archive.serving.conditional import conditional

from ..charts import agreement_chart, votes_chart
from ..languages import interface_language, without_prefix
from ..versions import member_state_version
from ..votes import (
    agreement,
    agreement_caption,
    agreement_rows,
    latest_rows,
    other_options,
    separate_rows,
    session_rows,
    translated_labels,
    votes_by_session,
)

LATEST = 50
# The caption of its table of votes by session, which names their chart too.
SESSIONS_CAPTION = gettext_noop("Its recorded votes, session by session")
# What the rows of its latest votes show (`latest_rows`, `separate_rows`): no other column is read.
LATEST_SHOWN = ["vote", "resolution__symbol", "resolution__adopted_on"]
SEPARATE_SHOWN = [
    "vote",
    "separate_vote__undl_record",
    "separate_vote__description",
    "separate_vote__voted_on",
    "separate_vote__resolution__symbol",
]


def states_page(request):
    language = interface_language()
    states = sorted(((s.name_in(language), s) for s in MemberState.objects.all()), key=lambda pair: pair[0])
    return render(request, "pages/member_states.html", {"states": states})


@conditional(member_state_version)
def state_page(request, code: str):
    language = interface_language()
    states = list(MemberState.objects.only("code", "name_en", f"name_{language}"))
    state = next((s for s in states if s.code == code.upper()), None)
    if state is None:
        raise Http404(f"There is no Member State with the code {code.upper()}")
    other_code = (request.GET.get("with") or "").upper()
    other = next((s for s in states if s.code == other_code and s != state), None)
    interface, _ = without_prefix(request.path_info)  # the interface language the URL names, if any
    sessions = votes_by_session(state)
    together = agreement(state, other) if other else []
    caption = agreement_caption(state.name_in(language), other.name_in(language)) if other else ""
    sessions_caption = gettext(SESSIONS_CAPTION)
    context = {
        "state": state,
        "name": state.name_in(language),
        "sessions": session_rows(sessions, interface),
        "sessions_caption": sessions_caption,
        "sessions_chart": votes_chart(sessions, translated_labels(), sessions_caption),
        "latest": latest_rows(
            MemberStateVote.objects.latest_of(state, LATEST).only(*LATEST_SHOWN), interface
        ),
        "latest_separate": separate_rows(
            SeparateStateVote.objects.of_state(state).only(*SEPARATE_SHOWN)[:LATEST], interface
        ),
        "others": other_options(
            sorted((s.name_in(language), s.code) for s in states if s != state), other.code if other else ""
        ),
        "other": other,
        "other_name": other.name_in(language) if other else "",
        "unknown_other": other_code if other_code and other is None else "",
        "agreement": agreement_rows(together, interface),
        "agreement_chart": agreement_chart(together, caption),
        "caption": caption,
    }
    return render(
        request, "pages/member_state.html", context, status=404 if context["unknown_other"] else 200
    )
