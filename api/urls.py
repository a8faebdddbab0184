from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("v1/resolutions/<path:symbol>", views.ResolutionDetail.as_view(), name="resolution-detail"),
]
