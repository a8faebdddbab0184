from django.shortcuts import redirect
from django.urls import reverse
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from archive.models import Resolution
from archive.parser.symbols import parse_symbol
from archive.services.export import export_resolution


class ResolutionDetail(APIView):
    """A resolution with all its texts, exactly as `manage.py export` prints it."""

    def get(self, request, symbol: str):
        try:
            canonical = parse_symbol(symbol).canonical
        except ValueError as exc:
            raise NotFound(str(exc)) from None
        if canonical != symbol:
            return redirect(reverse("api:resolution-detail", args=[canonical]), permanent=True)
        resolution = Resolution.objects.for_export().filter(symbol=canonical).first()
        if resolution is None:
            raise NotFound(f"{canonical} is not in the archive")
        url = request.build_absolute_uri(resolution.get_absolute_url())
        return Response(export_resolution(resolution, url=url))
