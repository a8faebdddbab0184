"""/api/v1/votes/<symbol> (a resolution's recorded vote and separate votes, each Member State's vote
included) and /api/v1/member-states/… (the States, a State's votes per session, its votes one by one, its
votes on parts of resolutions, its agreement with another State). `?format=csv` gives the same as CSV."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins
from rest_framework.exceptions import NotFound
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response

from archive.models import MemberState, MemberStateVote, Resolution, SeparateStateVote, SeparateVote
from archive.pages.versions import archive_version

from ..renderers import CsvRenderer
from ..serializers.votes import (
    AgreementSerializer,
    MemberStateDetailSerializer,
    MemberStateSerializer,
    ResolutionVoteSerializer,
    StateSeparateVoteSerializer,
    StateVoteOnResolutionSerializer,
)
from .base import (
    ApiViewSet,
    CanonicalSymbolMixin,
    ConditionalResponseMixin,
    JsonErrorsMixin,
    canonical_symbol,
    not_in_archive,
)

RENDERERS = [JSONRenderer, BrowsableAPIRenderer, CsvRenderer]
SESSION_COUNTS = ["session_kind", "session_number", "yes", "no", "abstain", "non_voting"]


class CsvUnpaginatedMixin:
    """A CSV answer holds every row, not a page of them (a bad `page_size` or `page` is still refused, as in
    JSON)."""

    def paginate_queryset(self, queryset):
        if self.request.accepted_renderer.format == "csv":
            self.paginator.get_page_size(self.request)  # raises the 400 naming `page_size`
            self.paginator.check_page_number(self.request)  # the 404 of a page no list has
            return None
        return super().paginate_queryset(queryset)


class ResolutionVoteViewSet(JsonErrorsMixin, CanonicalSymbolMixin, ConditionalResponseMixin, ApiViewSet):
    renderer_classes = RENDERERS
    # A row a State in the vote on the whole (`separate_vote` empty), then a row a State in each separate
    # vote (its Digital Library record, and what it was on).
    csv_columns = ["code", "name", "vote", "separate_vote", "separate_vote_on"]
    serializer_class = ResolutionVoteSerializer

    @extend_schema(
        summary="A resolution's vote",
        description="Totals, each Member State's vote (CSV: one row a State and vote) and separate votes on "
        "amendments or paragraphs, with each Member State's vote in them where the source gives it.",
    )
    def retrieve(self, request, symbol: str):
        return self.conditional(request, self.resolution_version(), lambda: self._retrieve(request, symbol))

    def _retrieve(self, request, symbol: str):
        canonical = canonical_symbol(request, symbol)
        resolution = Resolution.objects.filter(symbol=canonical).first()
        if resolution is None:
            raise not_in_archive(canonical)
        states = MemberStateVote.objects.of_resolution(resolution)
        parts = SeparateVote.objects.filter(resolution=resolution).with_states()
        if request.accepted_renderer.format == "csv":
            return Response(
                [
                    *(self._csv_row(v) for v in states),
                    *(self._csv_row(v, part) for part in parts for v in part.state_votes.all()),
                ]
            )
        data = self.get_serializer(
            {
                **{
                    name: getattr(resolution, name)
                    for name in (
                        "symbol",
                        "vote",
                        "votes_yes",
                        "votes_no",
                        "votes_abstain",
                        "votes_non_voting",
                    )
                },
                "member_states": states,
                "separate_votes": parts,
            }
        ).data
        return Response(data)

    @staticmethod
    def _csv_row(vote, part: SeparateVote | None = None) -> dict:
        return {
            "code": vote.member_state.code,
            "name": vote.member_state.name_en,
            "vote": vote.vote,
            "separate_vote": part.undl_record if part else "",
            "separate_vote_on": part.description if part else "",
        }


@extend_schema_view(
    list=extend_schema(
        summary="List Member States",
        description="Current and former Member States, with their names in the six official languages.",
    )
)
class MemberStateViewSet(JsonErrorsMixin, ConditionalResponseMixin, mixins.ListModelMixin, ApiViewSet):
    renderer_classes = RENDERERS
    serializer_class = MemberStateSerializer
    queryset = MemberState.objects.all()
    lookup_field = "code"

    @property
    def csv_columns(self) -> list[str]:
        if self.action == "retrieve":
            return SESSION_COUNTS
        return MemberStateSerializer.Meta.fields

    def list(self, request, *args, **kwargs):
        return self.conditional(
            request, archive_version(), lambda: super(MemberStateViewSet, self).list(request)
        )

    @extend_schema(
        summary="One Member State",
        description="Its names and its recorded votes per session.",
        responses=MemberStateDetailSerializer,
    )
    def retrieve(self, request, code: str):
        return self.conditional(request, archive_version(), lambda: self._retrieve(request, code))

    def _retrieve(self, request, code: str):
        state = get_object_or_404(MemberState, code=code.upper())
        state.sessions = MemberStateVote.objects.counts_by_session(state)
        serializer = MemberStateDetailSerializer(state, context=self.get_serializer_context())
        if request.accepted_renderer.format == "csv":
            return Response(state.sessions)
        return Response(serializer.data)


class MemberStateVotesViewSet(
    JsonErrorsMixin, ConditionalResponseMixin, CsvUnpaginatedMixin, mixins.ListModelMixin, ApiViewSet
):
    renderer_classes = RENDERERS
    serializer_class = StateVoteOnResolutionSerializer
    csv_columns = StateVoteOnResolutionSerializer.Meta.fields

    @extend_schema(summary="A Member State's votes", description="One row a recorded vote, latest first.")
    def list(self, request, *args, **kwargs):
        return self.conditional(
            request, archive_version(), lambda: super(MemberStateVotesViewSet, self).list(request)
        )

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema, built without a request's path
            return MemberStateVote.objects.none()
        state = get_object_or_404(MemberState, code=self.kwargs["code"].upper())
        return (
            MemberStateVote.objects.filter(member_state=state)
            .select_related("resolution")
            .order_by("-resolution__adopted_on", "-resolution__session_number", "-resolution__number", "pk")
        )


class MemberStateSeparateVotesViewSet(
    JsonErrorsMixin, ConditionalResponseMixin, CsvUnpaginatedMixin, mixins.ListModelMixin, ApiViewSet
):
    renderer_classes = RENDERERS
    serializer_class = StateSeparateVoteSerializer
    csv_columns = StateSeparateVoteSerializer.Meta.fields

    @extend_schema(
        summary="A Member State's votes on parts of resolutions",
        description="Its votes in separate votes (on amendments or paragraphs), latest first: one row a "
        "vote. They are counted in none of its figures of votes on the whole.",
    )
    def list(self, request, *args, **kwargs):
        return self.conditional(
            request, archive_version(), lambda: super(MemberStateSeparateVotesViewSet, self).list(request)
        )

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema, built without a request's path
            return SeparateStateVote.objects.none()
        state = get_object_or_404(MemberState, code=self.kwargs["code"].upper())
        return SeparateStateVote.objects.of_state(state)


class AgreementViewSet(JsonErrorsMixin, ConditionalResponseMixin, ApiViewSet):
    renderer_classes = RENDERERS
    serializer_class = AgreementSerializer
    pagination_class = None
    csv_columns = ["session_kind", "session_number", "together", "same"]
    queryset = MemberStateVote.objects.none()  # rows are aggregates: for the schema only

    @extend_schema(
        summary="Agreement of two Member States",
        description="Per session: the recorded votes both cast and how many alike.",
    )
    def list(self, request, code: str, other: str):
        return self.conditional(request, archive_version(), lambda: self._list(code, other))

    def _list(self, code: str, other: str):
        states = {s.code: s for s in MemberState.objects.filter(code__in=[code.upper(), other.upper()])}
        for asked in (code.upper(), other.upper()):
            if asked not in states:
                raise NotFound(gettext("there is no Member State with the code %(code)s") % {"code": asked})
        rows = MemberStateVote.objects.agreement(states[code.upper()], states[other.upper()])
        return Response(self.get_serializer(rows, many=True).data)
