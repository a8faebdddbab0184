from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins

from archive.models import Resolution, Session
from archive.serving.conditional import ContentVersion

from ..filters import SessionKindFilter
from ..serializers.sessions import SessionSerializer
from .base import ApiViewSet, ConditionalResponseMixin


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
class SessionViewSet(ConditionalResponseMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Sessions and what the archive holds of each: answered by their resolutions' versions."""

    serializer_class = SessionSerializer
    filterset_class = SessionKindFilter

    def get_queryset(self):
        return Session.objects.for_index()

    def get_object(self):
        return get_object_or_404(self.get_queryset(), kind=self.kwargs["kind"], number=self.kwargs["number"])

    def list(self, request, *args, **kwargs):
        version = ContentVersion.of("sessions", Resolution.objects.version_summary())
        return self.conditional(
            request, version, lambda: super(SessionViewSet, self).list(request, *args, **kwargs)
        )

    def retrieve(self, request, *args, **kwargs):
        held = Resolution.objects.filter(session__kind=kwargs["kind"], session__number=kwargs["number"])
        version = ContentVersion.of("session", held.version_summary())
        return self.conditional(
            request, version, lambda: super(SessionViewSet, self).retrieve(request, *args, **kwargs)
        )
