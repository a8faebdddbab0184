"""Helpers of the parser tests: sample paths, the answer-key scorer, a parse as the archive's JSON,
character accounting."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

from archive.parser import ParsedResolution
from archive.parser.languages import table
from archive.parser.normalise import fold_digits
from archive.parser.visual_order import letters
from archive.serializers import ExportSerializer, export_of

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "archive" / "sample_corpus"
KEYS = ROOT / "tests" / "data" / "keys"
SEED = CORPUS / "zh" / "A_RES_59_190.txt"
FIRST_STYLE = [CORPUS / "en" / f"A_RES_80_{n}.txt" for n in range(1, 6)]
SECOND_STYLE = [CORPUS / "en" / f"A_RES_80_{n}.txt" for n in range(11, 31)]
ALL_TEXTS = [SEED, *FIRST_STYLE, *SECOND_STYLE]


def load_scorer():
    spec = importlib.util.spec_from_file_location("keyscore", ROOT / "tests" / "data" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def exported(parsed: ParsedResolution) -> dict:
    """The parse as `manage.py export` prints a stored text (less the vote, which texts do not give)."""
    return ExportSerializer(export_of({parsed.language: parsed})).data


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def separator(line: str, number: str) -> str:
    """The separator printed after a paragraph's number at the start of its line: "." in most languages,
    often "．" in Chinese, "-" in Arabic ("1 - تقرر"); "." for a number the parser inferred (its warning
    says "read as 3.")."""
    printed = re.match(rf"{number}\s?([.．\-–])", fold_digits(line).strip())
    return printed.group(1) if printed else "."


def nonspace(text: str, language: str | None = None) -> Counter:
    """The text's characters but spaces as the parser of `language` reads them: digits as ASCII (it folds
    ٣ and ３ to 3) and, in Arabic, presentation forms as the letters they draw."""
    arabic = language is not None and table(language).table.script == "arabic"
    return Counter(re.sub(r"\s+", "", fold_digits(letters(text) if arabic else text)))


def accounted(parsed: ParsedResolution, text: str) -> Counter:
    """Every character the parse of `text` keeps: metadata and furniture lines, paragraphs with their labels
    and footnote marks, footnotes, annex headings and titles, headings."""
    lines = re.split(r"\r\n|\r|\n", text)
    out = Counter()
    for artefact in parsed.artefacts:
        out += nonspace(artefact.text)
    for para in parsed.paragraphs():
        out += nonspace(para.text)
        if para.number:
            printed = lines[para.line - 1] if para.line else ""
            out += nonspace(para.number + (separator(printed, para.number) if para.number.isdigit() else ""))
        for ref in para.footnote_refs:
            out += nonspace(ref.mark)
    for footnote in parsed.footnotes:
        out += nonspace(footnote.mark + footnote.text)
    for annex in parsed.annexes:
        out += nonspace(annex.heading + (annex.title or ""))
    for heading in parsed.headings:
        out += nonspace((heading.number or "") + heading.text)
    for warning in parsed.warnings:  # labels the extraction lost and the parser inferred
        m = re.search(r"label missing; read as (\S+)$", warning.message)
        if m:
            out -= nonspace(m.group(1))
    return out
