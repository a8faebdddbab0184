"""Renderers for bodies the view has already rendered (plain text, Akoma Ntoso XML, files), and CSV."""

import csv
import io

from rest_framework.renderers import BaseRenderer

from archive.akn import MEDIA_TYPE


class PlainTextRenderer(BaseRenderer):
    media_type = "text/plain"
    format = "txt"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data.encode(self.charset)


class AknRenderer(BaseRenderer):
    """Akoma Ntoso 3.0 XML: `Accept: application/akn+xml` or a `.xml` suffix."""

    media_type = MEDIA_TYPE
    format = "xml"
    charset = None  # the XML declaration names the encoding
    render_style = "binary"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class FileRenderer(BaseRenderer):
    """A file the view answers itself (a dump): named so that content negotiation can choose it."""

    charset = None
    render_style = "binary"

    def __init__(self, media_type: str, format: str):
        self.media_type, self.format = media_type, format

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class CsvRenderer(BaseRenderer):
    """A list as CSV (`Accept: text/csv` or `?format=csv`): the page's results, one row each, in the view's
    `csv_columns` (dotted paths into each result: `session.kind`, `titles.en`; lists joined by spaces)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        columns = renderer_context["view"].csv_columns
        rows = data["results"] if isinstance(data, dict) and "results" in data else data
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
        writer.writerow(columns)
        writer.writerows([_cell(row, column) for column in columns] for row in rows)
        return out.getvalue().encode(self.charset)


def _cell(row: dict, path: str):
    value = row
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    if isinstance(value, list):
        return " ".join(map(str, value))
    return "" if value is None else value
