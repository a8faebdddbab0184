from django.utils.formats import number_format
from django.utils.translation import gettext

from archive.messages import MessageError
from archive.parser.document import ParseWarning


def translated(template: str, params: dict | None = None) -> str:
    """A message template (marked for the catalogues where it was written) in the active language, its
    whole numbers grouped as that language groups them ("2,000", "2 000") and a parameter that is itself a
    message (a `MessageError`) in that language too."""
    return gettext(template) % {name: _written(value) for name, value in (params or {}).items()}


def _written(value):
    if isinstance(value, MessageError):
        return translated(value.template, value.params)
    return number_format(value, force_grouping=True) if isinstance(value, int) else value


def message_of(message: MessageError | ParseWarning) -> str:
    """An input error's or a parser warning's message in the active language."""
    return translated(message.template, message.params)


def at_line(message: str, line: int | None) -> str:
    """A message about one line of the source, naming the line."""
    return gettext("%(message)s (line %(line)s)") % {"message": message, "line": line} if line else message


class IngestError(Exception):
    """Input the archive cannot ingest. The message is for the person who supplied it."""

    def __init__(self, message: str, *, filename: str | None = None, line: int | None = None):
        self.message = message
        self.filename = filename
        self.line = line
        super().__init__(message)

    def __str__(self) -> str:
        return at_line(self.message, self.line)
