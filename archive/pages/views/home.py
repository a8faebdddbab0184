"""The home page: what the archive holds, a search box, recent additions."""

from __future__ import annotations

from django.views.generic import TemplateView

from archive.models import Resolution, Session

from ..languages import LANGUAGES
from ..listing import resolution_row, session_rows

RECENT = 10


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        sessions = session_rows(Session.objects.for_index())
        totals = {code: sum(row.texts[code] for row in sessions) for code in LANGUAGES}
        return super().get_context_data(
            **kwargs,
            sessions=sessions,
            resolution_total=sum(row.session.resolution_count for row in sessions),
            languages=LANGUAGES.values(),
            text_totals=[(LANGUAGES[code], count) for code, count in totals.items()],
            recent=[resolution_row(r) for r in Resolution.objects.recent(RECENT)],
        )
