"""Hostile PDFs, written here byte by byte: a glyph bomb (a small compressed stream that draws millions of
glyphs) and a PDF of many pages."""

import zlib


def pdf(page_contents: list[bytes], compress: bool = False) -> bytes:
    """A PDF with one page per content stream, in Helvetica, with a correct cross-reference table."""
    count = len(page_contents)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
        + b"] /Count %d >>" % count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, content in enumerate(page_contents):
        stream = zlib.compress(content, 9) if compress else content
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (5 + 2 * i)
        )
        filters = b" /Filter /FlateDecode" if compress else b""
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_page(line: str) -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % line.encode()


def glyph_bomb(glyphs: int = 40_000_000) -> bytes:
    """One page whose compressed stream (a few hundred KB) draws `glyphs` glyphs."""
    show = b"(" + b"A" * 1000 + b") Tj "
    return pdf([b"BT /F1 1 Tf " + show * (glyphs // 1000) + b"ET"], compress=True)


def many_pages(pages: int = 2000) -> bytes:
    return pdf([text_page(f"Page {n}") for n in range(1, pages + 1)])
