"""Renderers for bodies the view has already rendered (plain text and Akoma Ntoso XML)."""

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
