from django.contrib import admin
from django.urls import include, path, re_path

from archive.pages.views.akn import akn_resolver
from archive.serving.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
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
