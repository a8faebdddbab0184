"""The sessions index (regular, special, emergency special; newest first) and a session's resolutions."""

from __future__ import annotations

from itertools import groupby

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from archive.models import Resolution, Session
from archive.serving.conditional import conditional

from ..discovery import session_discovery
from ..languages import LANGUAGES
from ..listing import resolution_row, session_rows
from ..versions import session_version

HEADINGS = {
    Session.Kind.REGULAR: _("Regular sessions"),
    Session.Kind.SPECIAL: _("Special sessions"),
    Session.Kind.EMERGENCY: _("Emergency special sessions"),
}


class SessionIndexView(ListView):
    template_name = "pages/sessions.html"
    context_object_name = "sessions"

    def get_queryset(self):
        return Session.objects.for_index()

    def get_context_data(self, **kwargs):
        rows = session_rows(self.object_list)
        groups = [
            (HEADINGS[kind], list(group)) for kind, group in groupby(rows, key=lambda row: row.session.kind)
        ]
        return super().get_context_data(**kwargs, groups=groups, languages=LANGUAGES.values())


class SessionDetailView(ListView):
    template_name = "pages/session.html"
    paginate_by = 50

    def get_queryset(self):
        try:
            self.session = Session.objects.get_by_prefix(self.kwargs["prefix"])
        except Session.DoesNotExist:
            raise Http404(f"The archive holds no resolution of session {self.kwargs['prefix']}") from None
        return Resolution.objects.for_session_page(self.session)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["session"] = self.session
        context["rows"] = [resolution_row(r) for r in context["object_list"]]
        page = context["page_obj"].number
        path = self.request.path + (f"?page={page}" if page > 1 else "")
        context["discovery"] = session_discovery(self.session, path)
        return context


# A session's page answers 304 or from the cache while the session's version is unchanged.
session_page = conditional(session_version)(SessionDetailView.as_view())
