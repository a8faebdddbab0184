"""The API's writes: an uploaded file goes to `ingest`, JSON in the export shape (read by the resolution
serializer) to `store`, as the CLI and the admin do. Bad input is a 400 naming the field (and the source
line of a parse error)."""

from __future__ import annotations

from django.utils.translation import gettext

from archive.messages import MessageError
from archive.parser.symbols import parse_symbol
from archive.services.errors import IngestError, message_of
from archive.services.ingestion import WRITTEN_STRUCTURE_SUFFIX, IngestOutcome, ingest, store

from .errors import InputError
from .serializers.resolutions import ResolutionSerializer


def write_upload(*, file, user, language=None, symbol=None, path_symbol=None) -> IngestOutcome:
    """Ingest an uploaded .txt or .pdf; `path_symbol` (from a PUT's URL) fixes the resolution."""
    if symbol and path_symbol and _canonical(symbol, "symbol") != path_symbol:
        message = gettext("the symbol %(symbol)r is not %(path)s, the resolution of the URL")
        raise InputError(message % {"symbol": symbol, "path": path_symbol}, field="symbol")
    try:
        return ingest(
            data=file.read(), filename=file.name, language=language, symbol=symbol or path_symbol, user=user
        )
    except IngestError as exc:
        raise InputError(exc.message, field="file", line=exc.line) from None


def write_json(*, body: bytes, data, user, path_symbol=None) -> IngestOutcome:
    """Store one language's text given in the export shape; the JSON bytes are kept as its source."""
    serializer = ResolutionSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    parsed = serializer.validated_data
    symbol = parsed.symbol.canonical
    if path_symbol and symbol != path_symbol:
        message = gettext("the text is %(symbol)s, not %(path)s, the resolution of the URL")
        raise InputError(message % {"symbol": symbol, "path": path_symbol}, field="symbol")
    name = f"{symbol.replace('/', '_')}.{parsed.language}{WRITTEN_STRUCTURE_SUFFIX}"
    try:
        return store(
            parsed, source_bytes=body, source_name=name, extracted_text=body.decode("utf-8"), user=user
        )
    except IngestError as exc:
        raise InputError(exc.message, line=exc.line) from None


def _canonical(symbol: str, field: str) -> str:
    try:
        return parse_symbol(symbol).canonical
    except MessageError as exc:
        raise InputError(message_of(exc), field=field) from None
