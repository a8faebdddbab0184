"""/api/v1/…: the archive as data; /api/schema/ (OpenAPI 3) and /api/docs/ (Swagger UI, served locally).

Resolution symbols stand in the path as they are spelled, slashes included: /api/v1/resolutions/A/RES/59/190.
"""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from .search import SearchView
from .views.base import ApiRootView, UnknownPath
from .views.changes import ChangeFeedViewSet
from .views.citations import CitationViewSet, CitedByViewSet, DocumentViewSet, OutgoingCitationViewSet
from .views.dumps import AknDumpViewSet, DumpListViewSet, JsonlDumpViewSet
from .views.parts import FootnoteViewSet, ParagraphViewSet
from .views.resolutions import ResolutionViewSet
from .views.sessions import SessionViewSet
from .views.votes import (
    AgreementViewSet,
    MemberStateSeparateVotesViewSet,
    MemberStateViewSet,
    MemberStateVotesViewSet,
    ResolutionVoteViewSet,
)

app_name = "api"

SYMBOL = r"(?P<symbol>.+)"


LIST = {"get": "list"}
SCOPE = r"(?P<scope>all|(?:S-|ES-)?[1-9][0-9]{0,2})"
FILE, CHECKSUM = {"get": "retrieve"}, {"get": "checksum"}

v1 = [
    path(
        "",
        ApiRootView.as_view(
            api_root_dict={
                "sessions": "session-list",
                "resolutions": "resolution-list",
                "citations": "citation-list",
                "documents": "document-list",
                "changes": "change-list",
                "dumps": "dump-list",
                "member-states": "member-state-list",
            }
        ),
        name="api-root",
    ),
    path("sessions/", SessionViewSet.as_view(LIST), name="session-list"),
    re_path(
        r"^sessions/(?P<kind>regular|special|emergency)/(?P<number>[0-9]{1,4})/$",
        SessionViewSet.as_view({"get": "retrieve"}),
        name="session-detail",
    ),
    path(
        "resolutions/", ResolutionViewSet.as_view({"get": "list", "post": "create"}), name="resolution-list"
    ),
    re_path(rf"^resolutions/{SYMBOL}/paragraphs/$", ParagraphViewSet.as_view(LIST), name="paragraph-list"),
    re_path(
        rf"^resolutions/{SYMBOL}/paragraphs/(?P<eid>[A-Za-z0-9_-]{{1,80}})$",
        ParagraphViewSet.as_view({"get": "retrieve"}),
        name="paragraph-detail",
    ),
    re_path(rf"^resolutions/{SYMBOL}/footnotes/$", FootnoteViewSet.as_view(LIST), name="footnote-list"),
    re_path(
        rf"^resolutions/{SYMBOL}/citations/$",
        OutgoingCitationViewSet.as_view(LIST),
        name="resolution-citations",
    ),
    re_path(rf"^resolutions/{SYMBOL}/cited-by/$", CitedByViewSet.as_view(LIST), name="resolution-cited-by"),
    re_path(  # the JSON operation with a suffix too, as the other formats have theirs
        rf"^resolutions/{SYMBOL}\.json$",
        ResolutionViewSet.as_view({"get": "json"}),
        {"format": "json"},
        name="resolution-json",
    ),
    re_path(
        rf"^resolutions/{SYMBOL}\.txt$",
        ResolutionViewSet.as_view({"get": "text"}),
        {"format": "txt"},
        name="resolution-text",
    ),
    re_path(
        rf"^resolutions/{SYMBOL}\.xml$",
        ResolutionViewSet.as_view({"get": "akn"}),
        {"format": "xml"},
        name="resolution-akn",
    ),
    re_path(
        rf"^resolutions/{SYMBOL}$",
        ResolutionViewSet.as_view({"get": "retrieve", "put": "update"}),
        name="resolution-detail",
    ),
    re_path(rf"^votes/{SYMBOL}$", ResolutionVoteViewSet.as_view({"get": "retrieve"}), name="resolution-vote"),
    path("member-states/", MemberStateViewSet.as_view(LIST), name="member-state-list"),
    re_path(
        r"^member-states/(?P<code>[A-Za-z]{3})$",
        MemberStateViewSet.as_view({"get": "retrieve"}),
        name="member-state-detail",
    ),
    re_path(
        r"^member-states/(?P<code>[A-Za-z]{3})/votes/$",
        MemberStateVotesViewSet.as_view(LIST),
        name="member-state-votes",
    ),
    re_path(
        r"^member-states/(?P<code>[A-Za-z]{3})/separate-votes/$",
        MemberStateSeparateVotesViewSet.as_view(LIST),
        name="member-state-separate-votes",
    ),
    re_path(
        r"^member-states/(?P<code>[A-Za-z]{3})/agreement/(?P<other>[A-Za-z]{3})$",
        AgreementViewSet.as_view(LIST),
        name="member-state-agreement",
    ),
    path("citations/", CitationViewSet.as_view(LIST), name="citation-list"),
    path("documents/", DocumentViewSet.as_view(LIST), name="document-list"),
    path("search/", SearchView.as_view(), name="search"),
    path("changes/", ChangeFeedViewSet.as_view({"get": "feed"}), name="change-list"),
    path("dumps/", DumpListViewSet.as_view(LIST), name="dump-list"),
    re_path(rf"^dumps/{SCOPE}\.jsonl\.gz$", JsonlDumpViewSet.as_view(FILE), name="dump-jsonl"),
    re_path(
        rf"^dumps/{SCOPE}\.jsonl\.gz\.sha256$", JsonlDumpViewSet.as_view(CHECKSUM), name="dump-jsonl-sha256"
    ),
    re_path(rf"^dumps/{SCOPE}\.akn\.tar\.gz$", AknDumpViewSet.as_view(FILE), name="dump-akn"),
    re_path(
        rf"^dumps/{SCOPE}\.akn\.tar\.gz\.sha256$", AknDumpViewSet.as_view(CHECKSUM), name="dump-akn-sha256"
    ),
]

urlpatterns = [
    path("v1/", include(v1)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema", template_name="api/docs.html"),
        name="docs",
    ),
    re_path(r"^", UnknownPath.as_view()),
]
