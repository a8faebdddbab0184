"""Messages for the person who supplied an input, written where a module without Django finds the
problem (the parser, the PDF reader) and translated where Django shows it (`message_of` in
`archive.services.errors`): a template marked with `gettext_noop`, whose name `makemessages` looks for,
and its parameters."""

from __future__ import annotations


def gettext_noop(template: str) -> str:
    return template


def in_english(template: str, params: dict) -> str:
    """The message as written, its whole numbers grouped by thousands ("the PDF has 2,000 pages") and a
    parameter that is itself a message (a `MessageError`: why a symbol cannot be read) in English too."""
    return template % {name: _english(value) for name, value in params.items()}


def _english(value):
    if isinstance(value, MessageError):
        return value.message
    return f"{value:,}" if isinstance(value, int) else value


class MessageError(ValueError):
    """Input that cannot be read, said to whoever gave it: `template` with `params`, `message` in English."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        self.message = in_english(template, params)
        super().__init__(self.message)
