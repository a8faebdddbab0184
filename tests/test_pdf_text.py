"""Tests for archive.pdf_text: line layout of the official PDF, superscript marks, error messages."""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from archive.parser import parse
from archive.pdf_text import DAMAGED, ENCRYPTED, NO_TEXT, NOT_PDF, SEPARATOR, PdfTextError, extract_text
from archive.serializers import ExportSerializer, export_of

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = ROOT / "archive" / "sample_corpus" / "en" / "A_RES_73_8-EN.pdf"
KEY = Path(__file__).resolve().parent / "data" / "keys" / "A_RES_73_8.en.json"


# --- a tiny PDF writer (standard Type 1 fonts, optional RC4 40-bit encryption) -----------------------

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
FILE_ID = bytes.fromhex("00112233445566778899aabbccddeeff")


def rc4(key: bytes, data: bytes) -> bytes:
    """RC4, as the PDF standard security handler (revision 2) uses it."""
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def padded(password: bytes) -> bytes:
    return (password + PAD)[:32]


def encryption(user: bytes, owner: bytes, permissions: int = -4) -> tuple[bytes, bytes]:
    """The /Encrypt dictionary and file key for a V1/R2 (RC4 40-bit) standard security handler."""
    owner_value = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
    key = hashlib.md5(padded(user) + owner_value + permissions.to_bytes(4, "little", signed=True) + FILE_ID)
    file_key = key.digest()[:5]
    user_value = rc4(file_key, PAD)
    entry = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        owner_value.hex().encode(),
        user_value.hex().encode(),
        permissions,
    )
    return entry, file_key


def make_pdf(contents: list[bytes], encrypt: tuple[bytes, bytes] | None = None, rotate: int = 0) -> bytes:
    """A minimal PDF with one page per content stream (Times-Roman as /F1, Helvetica as /F2)."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, stream in enumerate(contents):
        num = 6 + 2 * i
        if encrypt:
            stream = rc4(hashlib.md5(encrypt[1] + num.to_bytes(3, "little") + b"\0\0").digest()[:10], stream)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate %d " % rotate
            + b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % num
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    if encrypt:
        objects.append(encrypt[0])
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (num, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    trailer = b"/Size %d /Root 1 0 R /ID [<%s> <%s>]" % (
        len(objects) + 1,
        FILE_ID.hex().encode(),
        FILE_ID.hex().encode(),
    )
    if encrypt:
        trailer += b" /Encrypt %d 0 R" % len(objects)
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def text_line(x: float, y: float, text: str, size: float = 10, font: str = "F1") -> bytes:
    """A content-stream fragment showing `text` with its baseline at (x, y)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"BT /%s %g Tf %g %g Td (%s) Tj ET\n" % (font.encode(), size, x, y, escaped.encode("cp1252"))


# --- the official PDF ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def official() -> str:
    return extract_text(OFFICIAL.read_bytes())


@pytest.fixture(scope="module")
def lines(official: str) -> list[str]:
    return official.split("\n")


def follows(lines: list[str], expected: list[str]) -> bool:
    """True if `expected` occurs as consecutive lines."""
    return any(lines[i : i + len(expected)] == expected for i in range(len(lines)))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_first_page_header(lines: list[str]) -> None:
    assert lines[:6] == [
        "United Nations",
        "A/RES/73/8",
        "",
        "General Assembly",
        "Distr.: General",
        "5 November 2018",
    ]


def test_title_lines(lines: list[str]) -> None:
    assert follows(
        lines,
        [
            "73/8. Necessity of ending the economic, commercial and financial",
            "embargo imposed by the United States of America",
            "against Cuba",
        ],
    )


def test_second_page_running_header_is_read_column_by_column(lines: list[str]) -> None:
    assert follows(
        lines,
        [
            "A/RES/73/8",
            "Necessity of ending the economic, commercial and financial embargo",
            "imposed by the United States of America against Cuba",
            "",
            "2002, 58/7 of 4 November 2003, 59/11 of 28 October 2004, 60/12 of 8 November",
        ],
    )


def test_page_footers_are_kept(lines: list[str]) -> None:
    assert follows(lines, ["18-18418 (E) 071118", "*1818418*"])
    assert lines[-2:] == ["18-18418", "2/2"]


def test_superscript_mark_is_on_its_own_line(lines: list[str]) -> None:
    assert follows(
        lines,
        [
            "1. Takes note of the report of the Secretary-General on the implementation of",
            "resolution 72/4;",
            "1",
            "",
            "2. Reiterates its call upon all States to refrain from promulgating and",
        ],
    )
    assert sum(1 for line in lines if re.fullmatch(r"\d{1,3}", line)) == 1


def test_footnote_block(lines: list[str]) -> None:
    assert follows(
        lines, ["30th plenary meeting", "1 November 2018", "", "__________________", "", "1 A/73/85."]
    )


def test_paragraph_gaps_are_empty_lines(lines: list[str]) -> None:
    assert follows(
        lines,
        [
            "The General Assembly,",
            "",
            "Determined to encourage strict compliance with the purposes and principles",
        ],
    )


def test_agrees_with_answer_key(official: str) -> None:
    """Every key paragraph is found, and footnote marks sit exactly in the paragraphs the key says."""
    key = json.loads(KEY.read_text(encoding="utf-8"))
    marked = re.sub(r"\n(\d{1,3})\n", r"⟨\1⟩", official)
    text = flat(marked[: marked.index("__________________")])
    assert flat(key["title"]) in flat(official)
    paragraphs = key["preambular"] + key["operative"]
    starts = [text.index(flat(p["starts"])) for p in paragraphs]
    for para, start, end in zip(paragraphs, starts, [*starts[1:], len(text)], strict=True):
        region = text[start:end]
        assert flat(para["ends"]) in region
        assert re.findall(r"⟨(\d+)⟩", region) == para["footnote_refs"], para["starts"]
    for note in key["footnotes"]:
        assert f"{note['mark']} {note['starts']}" in official.split("\n")


# --- synthetic PDFs: drawn separator, marks, speed --------------------------------------------------


def footnoted_page() -> bytes:
    """Body text with a raised mark mid-line, a drawn separator rule and a footnote with a raised mark."""
    return b"".join(
        [
            text_line(72, 700, "1. Decides that the representatives referred to in the Agreement"),
            b"BT /F1 10 Tf 72 688 Td (of the United Nations) Tj /F1 6.5 Tf 4 Ts (12) Tj "
            b"/F1 10 Tf 0 Ts ( are prevented from participating;) Tj ET\n",
            text_line(72, 676, "2. Also decides to remain seized of the matter."),
            b"0.5 w 72 140 m 216 140 l S\n",
            b"BT /F1 6.5 Tf 80 131 Td 3 Ts (12) Tj /F1 8 Tf 0 Ts ( See resolution 169 \\(II\\).) Tj ET\n",
            text_line(72, 60, "25-15106", size=8),
        ]
    )


def test_drawn_rule_becomes_separator_and_marks_are_placed() -> None:
    lines = extract_text(make_pdf([footnoted_page()])).split("\n")
    assert lines == [
        "1. Decides that the representatives referred to in the Agreement",
        "of the United Nations",
        "12",
        "are prevented from participating;",
        "2. Also decides to remain seized of the matter.",
        "",
        SEPARATOR,
        "12 See resolution 169 (II).",
        "",
        "25-15106",
    ]


def test_rule_without_footnote_under_it_is_not_a_separator() -> None:
    page = text_line(72, 700, "30th plenary meeting") + b"0.5 w 250 600 m 350 600 l S\n"
    assert extract_text(make_pdf([page])) == "30th plenary meeting"


def test_ordinal_superscript_stays_inline() -> None:
    page = (
        b"BT /F1 10 Tf 72 700 Td (30) Tj /F1 6.5 Tf 4 Ts (e) Tj "
        b"/F1 10 Tf 0 Ts ( s\\351ance pl\\351ni\\350re) Tj ET\n"
    )
    assert extract_text(make_pdf([page])) == "30e séance plénière"


def test_run_of_marks_gives_one_line_per_mark() -> None:
    page = (
        b"BT /F1 10 Tf 72 700 Td (the Charter) Tj /F1 6.5 Tf 4 Ts (3,4) Tj "
        b"/F1 10 Tf 0 Ts ( and the Declaration) Tj ET\n"
    )
    assert extract_text(make_pdf([page])).split("\n") == ["the Charter", "3", "4", "and the Declaration"]


def test_rotated_page_is_read() -> None:
    page = text_line(72, 700, "Annex table heading") + text_line(72, 686, "Row one")
    assert extract_text(make_pdf([page], rotate=90)) == "Annex table heading\nRow one"


def test_words_are_neither_split_nor_glued() -> None:
    page = text_line(
        72, 700, "Reaffirming, among other principles, the sovereign equality of States,", font="F2"
    )
    assert (
        extract_text(make_pdf([page]))
        == "Reaffirming, among other principles, the sovereign equality of States,"
    )


def test_twenty_pages_extract_every_line() -> None:
    words = "the General Assembly reaffirms its commitment to the purposes and principles of the Charter"
    page = b"".join(text_line(72, 740 - 14 * i, f"{i}. {words}") for i in range(48))
    data = make_pdf([page] * 20)
    text = extract_text(data)
    assert text.count(words) == 20 * 48


# --- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"hello", b"<html>%PDF-1.4</html>", b"%PDF", "%PDF-1.4", None])
def test_not_a_pdf(data: bytes) -> None:
    with pytest.raises(PdfTextError) as info:
        extract_text(data)  # type: ignore[arg-type]  # a str or None is refused the same way
    assert info.value.template == NOT_PDF
    assert str(info.value) == "the file is not a PDF (it does not start with %PDF-)"


@pytest.mark.parametrize("length", [2000, 5, 20000])
def test_truncated_pdf_is_damaged(length: int) -> None:
    with pytest.raises(PdfTextError) as info:
        extract_text(OFFICIAL.read_bytes()[:length])
    assert str(info.value) == DAMAGED


def test_garbage_after_header_is_damaged() -> None:
    with pytest.raises(PdfTextError) as info:
        extract_text(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    assert str(info.value) == DAMAGED
    assert isinstance(info.value, ValueError)
    assert info.value.__cause__ is not None


def test_password_protected_pdf() -> None:
    data = make_pdf([text_line(72, 700, "Secret text")], encrypt=encryption(b"secret", b"owner"))
    with pdfplumber.open(io.BytesIO(data), password="secret") as pdf:  # a real encrypted file
        assert pdf.pages[0].extract_text() == "Secret text"
    with pytest.raises(PdfTextError) as info:
        extract_text(data)
    assert str(info.value) == ENCRYPTED


def test_owner_password_only_pdf_is_read() -> None:
    """Encrypted with an empty user password (permissions only): the text is readable, so it is read."""
    data = make_pdf([text_line(72, 700, "Open text")], encrypt=encryption(b"", b"owner"))
    assert extract_text(data) == "Open text"


def test_pdf_without_text_layer() -> None:
    with pytest.raises(PdfTextError) as info:
        extract_text(make_pdf([b"0.5 w 72 72 m 300 300 l S\n"]))
    assert str(info.value) == NO_TEXT == "the PDF has no text layer (scanned image?)"


def test_hand_written_empty_page_pdf() -> None:
    data = (
        b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    with pytest.raises(PdfTextError) as info:
        extract_text(data)
    assert str(info.value) == NO_TEXT


def test_corrupted_pdfs_only_raise_pdf_text_error() -> None:
    data = OFFICIAL.read_bytes()
    rng = random.Random(7309)
    for _ in range(12):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            pos = rng.randrange(9, len(damaged))
            damaged[pos] = rng.randrange(256)
        cut = rng.choice([len(damaged), rng.randrange(100, len(damaged))])
        try:
            assert isinstance(extract_text(bytes(damaged[:cut])), str)
        except PdfTextError as exc:
            assert str(exc) in {DAMAGED, NO_TEXT}


def test_parser_reads_the_extraction_to_a_full_score(official: str, tmp_path: Path) -> None:
    """End to end with the parser: the key's score is 100%."""
    parsed = parse(official)
    out = tmp_path / "73_8.json"
    out.write_text(
        json.dumps(ExportSerializer(export_of({parsed.language: parsed})).data, ensure_ascii=False)
    )
    score = subprocess.run(
        [sys.executable, str(KEY.parent.parent / "score.py"), str(KEY), str(out), "--verbose"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert score.returncode == 0, score.stdout
