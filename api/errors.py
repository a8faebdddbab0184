"""Error bodies: `{"detail": …}` for every error; bad input (400) also lists `errors`, each with the
`field` (a path into the input, or null), the `message` and the `line` of the source for parse errors."""

from django.utils.translation import gettext_lazy
from rest_framework import exceptions
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler


class InputError(exceptions.ValidationError):
    """Bad input at one place: `field` (or None for the input as a whole) and `line` of the source."""

    def __init__(self, message: str, *, field: str | None = None, line: int | None = None):
        super().__init__(message)
        self.error = {"field": field, "message": message, "line": line}


class PreconditionFailed(exceptions.APIException):
    status_code = 412
    default_detail = gettext_lazy("The resolution has changed since the If-Match ETag: GET it again.")
    default_code = "precondition_failed"


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None or not isinstance(exc, (exceptions.ValidationError, exceptions.ParseError)):
        return response
    errors = [exc.error] if isinstance(exc, InputError) else list(_flatten(exc.detail, None))
    response.data = {"detail": errors[0]["message"], "errors": errors}
    return response


def _flatten(detail, field):
    """DRF's nested error detail as a list of errors, each `field` a path: "texts.en.operative[2].number"."""
    if isinstance(detail, dict):
        items = detail.items()
    elif isinstance(detail, list) and any(isinstance(item, dict) for item in detail):
        items = enumerate(detail)  # a list serializer's: one dict per item, empty where it is valid
    else:
        for message in detail if isinstance(detail, list) else [detail]:
            yield {"field": field, "message": str(message), "line": None}
        return
    for key, value in items:
        yield from _flatten(value, _path(field, key))


def _path(field: str | None, key) -> str | None:
    if key == api_settings.NON_FIELD_ERRORS_KEY:
        return field
    if isinstance(key, int):
        return f"{field}[{key}]"
    return f"{field}.{key}" if field else key
