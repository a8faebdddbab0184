"""Atom feeds (django.contrib.syndication) of new resolutions and of new and changed ones, of the whole
archive and of one session: the latest FEED_LENGTH, each entry linking to the resolution's page under the
canonical base, titled in the reader's language where the archive holds it."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from archive.linked_data import canonical_url
from archive.models import Resolution, Session

from .discovery import resolution_summary
from .listing import resolution_row

FEED_LENGTH = 50


class ResolutionFeed(Feed):
    """New resolutions (`changes=False`: by the time they entered the archive) or new and changed ones (by
    the time of their last change), of the archive or of the session in the URL."""

    feed_type = Atom1Feed
    changes = False

    def get_object(self, request, prefix: str | None = None):
        if prefix is None:
            return None
        try:
            return Session.objects.get_by_prefix(prefix)
        except Session.DoesNotExist:
            raise Http404(f"The archive holds no resolution of session {prefix}") from None

    def title(self, session):
        if session is None:
            return _("New and changed resolutions") if self.changes else _("New resolutions")
        names = {"session": session.symbol_prefix}
        if self.changes:
            return _("New and changed resolutions of session %(session)s") % names
        return _("New resolutions of session %(session)s") % names

    def subtitle(self, session):
        return _("An open archive of the resolutions of the United Nations General Assembly.")

    def link(self, session):
        return canonical_url(session.get_absolute_url() if session else reverse("pages:home"))

    def feed_url(self, session):
        name = "changed" if self.changes else "new"
        if session is None:
            return canonical_url(reverse(f"feeds:{name}"))
        return canonical_url(reverse(f"feeds:session-{name}", args=[session.symbol_prefix]))

    def items(self, session):
        resolutions = Resolution.objects.with_titles()
        if session is not None:
            resolutions = resolutions.filter(session=session)
        if self.changes:
            return resolutions.order_by("-content_changed_at", "-id")[:FEED_LENGTH]
        return resolutions.order_by("-created_at", "-id")[:FEED_LENGTH]

    def item_title(self, resolution):
        return f"{resolution.symbol}: {resolution_row(resolution).title}"

    def item_description(self, resolution):
        return resolution_summary(resolution)

    def item_link(self, resolution):
        return canonical_url(resolution.get_absolute_url())

    def item_pubdate(self, resolution):
        return resolution.created_at

    def item_updateddate(self, resolution):
        return resolution.content_changed_at if self.changes else resolution.created_at


class ChangedResolutionFeed(ResolutionFeed):
    changes = True
