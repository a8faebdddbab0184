from django.contrib import admin
from django.urls import include, path, re_path

from archive.pages.feeds import ChangedResolutionFeed, ResolutionFeed
from archive.pages.sitemaps import robots_txt, sitemap_section, sitemap_xml
from archive.pages.views.akn import akn_resolver
from archive.parser.symbols import SESSION_PREFIX
from archive.serving.health import healthz

feeds = [
    path("new.atom", ResolutionFeed(), name="new"),
    path("changed.atom", ChangedResolutionFeed(), name="changed"),
    re_path(rf"^sessions/(?P<prefix>{SESSION_PREFIX})/new\.atom$", ResolutionFeed(), name="session-new"),
    re_path(
        rf"^sessions/(?P<prefix>{SESSION_PREFIX})/changed\.atom$",
        ChangedResolutionFeed(),
        name="session-changed",
    ),
]

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    re_path(
        r"^sitemap-(?P<section>pages|sessions|resolutions)\.xml$", sitemap_section, name="sitemap-section"
    ),
    path("feeds/", include((feeds, "feeds"))),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    re_path(
        r"^akn/un/statement/deliberation/unga/(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})/(?P<number>[0-9a-z-]{1,20})"
        r"(?:/(?P<rest>.*))?$",
        akn_resolver,
        name="akn",
    ),
    path("", include("archive.pages.urls")),
]
