import json

from django.conf import settings
from rest_framework.parsers import JSONParser

from .errors import InputError


class JsonParser(JSONParser):
    """JSON bodies; a syntax error is a 400 naming the line of the body."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            return json.loads(stream.read().decode(encoding))
        except UnicodeDecodeError as exc:
            raise InputError(f"the body is not {encoding}: {exc.reason}") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"the body is not JSON: {exc.msg}", line=exc.lineno) from None
