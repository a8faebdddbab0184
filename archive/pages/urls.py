"""The reading pages. A resolution's URL is its canonical symbol (/A/RES/59/190, /A/RES/217(III)), with an
optional language prefix (/zh/A/RES/59/190); the last patterns take any path, so that every other spelling
of a symbol can be redirected and anything else answered with a helpful 404."""

from django.urls import path, re_path

from archive.parser.symbols import SESSION_PREFIX

from .changelog import changelog_page, version_page
from .downloads import source_file
from .languages import CODES_PATTERN
from .views.compare import compare_page
from .views.home import HomeView
from .views.parallel import parallel_page
from .views.resolution import resolution_page
from .views.search import search_page
from .views.sessions import SessionIndexView, session_page
from .views.states import state_page, states_page

app_name = "pages"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("search", search_page, name="search"),
    path("sessions", SessionIndexView.as_view(), name="sessions"),
    path("member-states", states_page, name="member-states"),
    re_path(r"^member-states/(?P<code>[A-Za-z]{3})$", state_page, name="member-state"),
    re_path(
        r"^changes/(?P<symbol>A/RES/.+)/versions/(?P<version>[0-9]{1,18})$", version_page, name="text-version"
    ),
    re_path(r"^changes/(?P<symbol>A/RES/.+)$", changelog_page, name="changelog"),
    re_path(rf"^source/(?P<lang>{CODES_PATTERN})/(?P<symbol>A/RES/.+)$", source_file, name="source"),
    re_path(rf"^sessions/(?P<prefix>{SESSION_PREFIX})$", session_page, name="session"),
    re_path(r"^compare/(?P<left>.+)/with/(?P<right>.+)$", compare_page, name="compare"),
    re_path(
        rf"^(?P<lang>{CODES_PATTERN})/compare/(?P<left>.+)/with/(?P<right>.+)$",
        compare_page,
        name="compare-in",
    ),
    re_path(
        rf"^parallel/(?P<left>{CODES_PATTERN})/(?P<right>{CODES_PATTERN})/(?P<symbol>.+)$",
        parallel_page,
        name="parallel",
    ),
    re_path(rf"^(?P<lang>{CODES_PATTERN})/(?P<symbol>.+)$", resolution_page, name="resolution-in"),
    re_path(r"^(?P<symbol>.+)$", resolution_page, name="resolution"),
]
