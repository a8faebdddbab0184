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
