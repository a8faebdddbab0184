"""Error bodies: `{"detail": …}` for every error; bad input (400) also lists `errors`, each with the
`field` (a path into the input, or null), the `message` and the `line` of the source for parse errors."""

from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler


class InputError(exceptions.ValidationError):
    """Bad input at one place: `field` (or None for the input as a whole) and `line` of the source."""

    def __init__(self, message: str, *, field: str | None = None, line: int | None = None):
        super().__init__(message)
        self.error = {"field": field, "message": message, "line": line}


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None or not isinstance(exc, (exceptions.ValidationError, exceptions.ParseError)):
        return response
    errors = [exc.error] if isinstance(exc, InputError) else list(_flatten(exc.detail, None))
    response.data = {"detail": errors[0]["message"], "errors": errors}
    return response


def _flatten(detail, field):
    if isinstance(detail, dict):
        for key, value in detail.items():
            yield from _flatten(
                value, key if field is None or key == "non_field_errors" else f"{field}.{key}"
            )
    elif isinstance(detail, list):
        for item in detail:
            yield from _flatten(item, field)
    else:
        yield {"field": None if field == "non_field_errors" else field, "message": str(detail), "line": None}
