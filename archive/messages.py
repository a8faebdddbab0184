"""Messages for the person who supplied an input, written where a module without Django finds the
problem (the parser, the PDF reader, the harvester's client and MARC reader) and translated where Django
shows it (`message_of` in `archive.services.errors`): a template marked with `gettext_noop`, whose name
`makemessages` looks for, and its parameters."""

from __future__ import annotations


def gettext_noop(template: str) -> str:
    return template


def in_english(template: str, params: dict) -> str:
    """The message as written, its whole numbers grouped by thousands ("the PDF has 2,000 pages") and a
    parameter that is itself a message (a `Message`: why a symbol cannot be read) in English too."""
    return template % {name: _english(value) for name, value in params.items()}


def _english(value):
    if isinstance(value, Message):
        return value.message
    if isinstance(value, list):
        return "; ".join(_english(item) for item in value)
    return f"{value:,}" if isinstance(value, int) else value


class Message:
    """A message by name: `template` (marked for the catalogues; `context` is pgettext's, when its msgid
    has one) and its parameters, each a string, a whole number (grouped by thousands when said: a line's
    or a record's number is given as a string), a message or a list of messages (said one after the
    other, separated by semicolons); `message` in English."""

    def __init__(self, template: str, /, *, context: str = "", **params):
        self.template = template
        self.context = context
        self.params = params
        self.message = in_english(template, params)

    def as_data(self) -> dict:
        """The message as JSON data, to be said later in a reader's language (`from_data`): a parameter
        that is neither a number nor a message (a date, an exception from outside code) as its text."""
        data = {"template": self.template, "params": {name: _data(v) for name, v in self.params.items()}}
        return {**data, "context": self.context} if self.context else data

    @staticmethod
    def from_data(data: dict) -> Message:
        params = {name: _from_data(value) for name, value in data["params"].items()}
        return Message(data["template"], context=data.get("context", ""), **params)


def _data(value):
    if isinstance(value, Message):
        return value.as_data()
    if isinstance(value, list):
        return [_data(item) for item in value]
    return value if isinstance(value, int) else str(value)


def _from_data(value):
    if isinstance(value, dict):
        return Message.from_data(value)
    if isinstance(value, list):
        return [_from_data(item) for item in value]
    return value


class MessageError(Message, ValueError):
    """Input that cannot be read (or an answer that cannot be had), said to whoever gave it (or asked):
    a message by name, raised."""

    def __init__(self, template: str, **params):
        Message.__init__(self, template, **params)
        ValueError.__init__(self, self.message)
