from django.contrib import admin
from django.urls import include, path

from archive.serving.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("", include("archive.pages.urls")),
]
