"""The reading pages. A resolution's URL is its canonical symbol (/A/RES/59/190, /A/RES/217(III)), with an
optional language prefix naming the interface language and the text's (/zh/A/RES/59/190), and a suffix
naming the text's language when it is another (/fr/A/RES/59/190/zh: the Chinese text, the French
interface); the last patterns take any path, so that every other spelling
of a symbol can be redirected and anything else answered with a helpful 404."""

from django.urls import re_path
from django.views.generic import RedirectView

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

# The pages that are not one resolution's text: each also answers under a language prefix (/fr/sessions),
# which names the interface language (`PathOrHeaderLocaleMiddleware` reads it); the prefixed forms are
# reached through the language switcher and `language_prefix`, never reversed.
CHROME = [
    (r"", HomeView.as_view(), "home"),
    (r"search", search_page, "search"),
    (r"sessions", SessionIndexView.as_view(), "sessions"),
    (r"member-states", states_page, "member-states"),
    (r"member-states/(?P<code>[A-Za-z]{3})", state_page, "member-state"),
    (r"changes/(?P<symbol>A/RES/.+)/versions/(?P<version>[0-9]{1,18})", version_page, "text-version"),
    (r"changes/(?P<symbol>A/RES/.+)", changelog_page, "changelog"),
    (rf"sessions/(?P<prefix>{SESSION_PREFIX})", session_page, "session"),
    (
        rf"parallel/(?P<left>{CODES_PATTERN})/(?P<right>{CODES_PATTERN})/(?P<symbol>.+)",
        parallel_page,
        "parallel",
    ),
]

urlpatterns = [
    *(re_path(rf"^{route}$", view, name=name) for route, view, name in CHROME),
    *(re_path(rf"^(?:{CODES_PATTERN})/{route}$", view) for route, view, _ in CHROME),
    re_path(rf"^(?P<lang>{CODES_PATTERN})$", RedirectView.as_view(url="/%(lang)s/", permanent=True)),
    re_path(rf"^source/(?P<lang>{CODES_PATTERN})/(?P<symbol>A/RES/.+)$", source_file, name="source"),
    re_path(r"^compare/(?P<left>.+)/with/(?P<right>.+)$", compare_page, name="compare"),
    re_path(
        rf"^(?P<lang>{CODES_PATTERN})/compare/(?P<left>.+)/with/(?P<right>.+)$",
        compare_page,
        name="compare-in",
    ),
    re_path(
        rf"^(?P<lang>{CODES_PATTERN})/(?P<symbol>.+)/(?P<text>{CODES_PATTERN})$",
        resolution_page,
        name="resolution-text",
    ),
    re_path(rf"^(?P<lang>{CODES_PATTERN})/(?P<symbol>.+)$", resolution_page, name="resolution-in"),
    re_path(r"^(?P<symbol>.+)$", resolution_page, name="resolution"),
]
