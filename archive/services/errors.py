from django.utils.formats import number_format
from django.utils.translation import gettext, gettext_noop, pgettext

from archive.messages import Message
from archive.parser.document import ParseWarning

AT_LINE = gettext_noop("%(message)s (line %(line)s)")


def translated(template: str, params: dict | None = None, context: str = "") -> str:
    """A message template (marked for the catalogues where it was written, in pgettext's `context` if it
    has one) in the active language, its whole numbers grouped as that language groups them ("2,000",
    "2 000") and a parameter that is itself a message (a `Message`, or a list of them) in that language
    too."""
    template = pgettext(context, template) if context else gettext(template)
    return template % {name: _written(value) for name, value in (params or {}).items()}


def _written(value):
    if isinstance(value, Message):
        return translated(value.template, value.params, value.context)
    if isinstance(value, list):
        return pgettext("between the items of a list", "; ").join(_written(item) for item in value)
    return number_format(value, force_grouping=True) if isinstance(value, int) else value


def message_of(message: Message | ParseWarning) -> str:
    """A message (an input error, a line of a harvest's log) or a parser warning in the active language."""
    if isinstance(message, Message):
        return _written(message)
    return translated(message.template, message.params)


def at_line(message: str, line: int | None) -> str:
    """A message about one line of the source, naming the line."""
    return gettext(AT_LINE) % {"message": message, "line": line} if line else message


class IngestError(Exception):
    """Input the archive cannot ingest, said to the person who supplied it: `problem`, a message by name,
    and `message`, it in the language active when it was raised."""

    def __init__(self, problem: Message, *, filename: str | None = None, line: int | None = None):
        self.problem = problem
        self.message = message_of(problem)
        self.filename = filename
        self.line = line
        super().__init__(self.message)

    def __str__(self) -> str:
        return at_line(self.message, self.line)

    @property
    def as_message(self) -> Message:
        """The error by name with the line it is about, as `str` says it (a harvest's log stores it so)."""
        return Message(AT_LINE, message=self.problem, line=str(self.line)) if self.line else self.problem
