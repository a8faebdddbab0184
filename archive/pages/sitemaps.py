"""sitemap.xml (django.contrib.sitemaps) and robots.txt. The sitemap lists the home page, the sessions and
each resolution's page in every language held, under the canonical base; beyond `limit` (50,000) URLs,
the sitemaps.org maximum, /sitemap.xml is an index of the sections' sitemaps, a page of `limit` each."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_safe

from archive.linked_data import canonical_url
from archive.models import Resolution, ResolutionText, Session

from .links import resolution_url


class CanonicalSitemap(Sitemap):
    """URLs under `ARCHIVE_CANONICAL_URL`, whichever host name the request came by; items counted once
    a request."""

    @cached_property
    def paginator(self):
        return Paginator(self._items(), self.limit)

    def get_protocol(self, protocol=None):
        return urlsplit(settings.ARCHIVE_CANONICAL_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.ARCHIVE_CANONICAL_URL).netloc


class PagesSitemap(CanonicalSitemap):
    changefreq = "daily"

    def items(self):
        return ["pages:home", "pages:sessions"]

    def location(self, name):
        return reverse(name)


class SessionsSitemap(CanonicalSitemap):
    changefreq = "weekly"

    def items(self):
        return (
            Session.objects.annotate(changed_at=Max("resolutions__content_changed_at"))
            .filter(changed_at__isnull=False)
            .order_by("kind", "-number")
        )

    def lastmod(self, session):
        return session.changed_at

    def get_latest_lastmod(self):
        return Session.objects.aggregate(latest=Max("resolutions__content_changed_at"))["latest"]


class ResolutionsSitemap(CanonicalSitemap):
    """A resolution's page in each language held (/en/A/RES/59/190), last modified at its last change."""

    changefreq = "monthly"

    def items(self):
        return ResolutionText.objects.order_by("resolution_id", "language").values_list(
            "language", "resolution__symbol", "resolution__content_changed_at", named=True
        )

    def location(self, text):
        return resolution_url(text.resolution__symbol, text.language)

    def lastmod(self, text):
        return text.resolution__content_changed_at

    def get_latest_lastmod(self):
        return Resolution.objects.aggregate(latest=Max("content_changed_at"))["latest"]


SITEMAPS = {"pages": PagesSitemap, "sessions": SessionsSitemap, "resolutions": ResolutionsSitemap}


@require_safe
def sitemap_xml(request):
    """One sitemap while the URLs fit in one, else an index of the sections' pages."""
    sitemaps = {section: cls() for section, cls in SITEMAPS.items()}
    if sum(sitemap.paginator.count for sitemap in sitemaps.values()) <= CanonicalSitemap.limit:
        return sitemap_view(request, sitemaps)
    items = []
    for section, sitemap in sitemaps.items():
        url = canonical_url(reverse("sitemap-section", args=[section]))
        lastmod = sitemap.get_latest_lastmod()
        items += [
            SitemapIndexItem(url if page == 1 else f"{url}?p={page}", lastmod)
            for page in sitemap.paginator.page_range
        ]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml")


@require_safe
def sitemap_section(request, section: str):
    return sitemap_view(request, {section: SITEMAPS[section]()}, section=section)


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /search",
        "Disallow: /compare/",
        "Disallow: /parallel/",
        "",
        f"Sitemap: {canonical_url(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
