import json

from django.conf import settings
from django.utils.translation import gettext
from rest_framework.parsers import JSONParser

from .errors import InputError


class JsonParser(JSONParser):
    """JSON bodies; a syntax error is a 400 naming the line of the body."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            return json.loads(stream.read().decode(encoding))
        except UnicodeDecodeError as exc:
            message = gettext("the body is not %(encoding)s: %(reason)s")
            raise InputError(message % {"encoding": encoding, "reason": exc.reason}) from None
        except json.JSONDecodeError as exc:
            message = gettext("the body is not JSON: %(reason)s") % {"reason": exc.msg}
            raise InputError(message, line=exc.lineno) from None
