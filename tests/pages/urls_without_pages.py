"""A URLconf without the reading pages, for the test that a change of URLconf is followed."""

from django.urls import path

from archive.serving.health import healthz

urlpatterns = [path("healthz", healthz)]
