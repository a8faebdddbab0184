from django.db.models import Max
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins

from archive.models import Session

from ..filters import SessionKindFilter
from ..serializers.sessions import SessionSerializer
from .base import ApiViewSet, ConditionalGetMixin


@extend_schema_view(
    list=extend_schema(
        summary="List sessions",
        description="Regular, then special, then emergency special sessions, newest first, with the number "
        "of resolutions the archive holds from each.",
    ),
    retrieve=extend_schema(
        summary="One session",
        description="A session by kind and number: `/api/v1/sessions/regular/59/`, "
        "`/api/v1/sessions/emergency/10/`.",
    ),
)
class SessionViewSet(ConditionalGetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = SessionSerializer
    filterset_class = SessionKindFilter

    def get_queryset(self):
        return Session.objects.for_index().annotate(last_modified=Max("resolutions__updated_at"))

    def get_object(self):
        session = get_object_or_404(
            self.get_queryset(), kind=self.kwargs["kind"], number=self.kwargs["number"]
        )
        self.modified = session.last_modified
        return session
