"""Property over real texts in the six languages: a resolution printed again in the Chinese seed's extraction
style parses back to the structure read from its own extraction.

The seed's style (archive/sample_corpus/zh/A_RES_59_190.txt, resolution 59/190 as extracted from its PDF):
no cover; a blank line after every line but a page's last; a paragraph's first line indented by a space,
and a page's first line; a footnote mark on a line of its own, the rest of its line on the next, with no
blank between; at a page's foot a rule of spaces, then each footnote's mark alone and its text, its lines
wrapped; the adoption lines after the operative part; an annex after them. Here the texts are wrapped at 38
characters (Chinese) or 75, and again narrower, where a long title takes five lines; a page holds 24
lines; and a page's last footnote, where it runs to four lines or more, is printed whole or carried over
(its second half under the next page's rule, as a word processor carries a long footnote).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from archive.parser import parse
from archive.parser.document import Paragraph, ParsedResolution, part_of

DATA = Path(__file__).resolve().parents[1] / "data" / "texts"
SAMPLES = Path(__file__).resolve().parents[2] / "archive" / "sample_corpus"
TEXTS = [
    # all but a declaration printed as an annex without its heading, which a reprint cannot show
    *sorted(p for p in DATA.glob("*.txt") if "80_92" not in p.name),
    # the sample corpus outside English (English: the extractor styles' property, test_extractor_styles.py)
    *sorted(SAMPLES.glob("[!e]*/*.txt")),
]
# Each text as read once, to choose the texts a test prints (a test reads its own again and changes it)
READ = {path: parse(path.read_text(encoding="utf-8")) for path in TEXTS}
PAGE = 24  # lines of body text a page holds
RULE = " " * 59


# What a line may not break inside: a word, or in Chinese a run of Latin letters and digits ("C.95.XIII.18")
UNBROKEN = {False: re.compile(r"\S+|\s+"), True: re.compile(r"[!-~]+|\s+|.")}


NO_LINE_START = set("，。；：、）》」』”")  # Chinese punctuation no line begins with


def wrap(text: str, width: int, cjk: bool) -> list[str]:
    lines = [""]
    for token in UNBROKEN[cjk].findall(text):
        if (
            lines[-1]
            and len(lines[-1].rstrip()) + len(token) > width
            and not token.isspace()
            and token not in NO_LINE_START
        ):
            lines[-1] = lines[-1].rstrip()
            lines.append(token)
        elif lines[-1] or not token.isspace():
            lines[-1] += token
    return lines


class SeedPrinter:
    """Prints a parsed text in the seed's style, page by page."""

    def __init__(
        self,
        parsed: ParsedResolution,
        width: int,
        *,
        carry: bool = False,
        indent_lists: bool = True,
        page: int = PAGE,
    ):
        self.parsed, self.width, self.cjk, self.carry = parsed, width, parsed.language == "zh", carry
        self.indent_lists = indent_lists  # a sub-paragraph's first line indented as a paragraph's
        self.page = page  # lines of body text a page holds
        self.notes = {f.mark: f.text for f in parsed.footnotes}
        self.out: list[str] = []
        self.on_page = 0
        self.waiting: list[str] = []  # footnotes referenced on this page, printed at its foot
        self.carried: list[str] = []  # the lines of a footnote carried over, printed at the next page's foot
        self.printed: set[str] = set()
        self.headings: dict[str | None, list] = {}  # section headings (not parts) by the paragraph after
        for heading in parsed.headings:
            if heading.level:
                self.headings.setdefault(heading.before, []).append(heading)

    def line(self, text: str) -> None:
        """A line of the page; the first of a page indented by one more space. The rest of a mark's line
        stays on its page (on the next, indented, it could start a paragraph as well as go on with one:
        the parser keeps it in the paragraph, with a warning)."""
        rest_of_marks_line = bool(self.out) and self.out[-1] != "" and self.out[-1] in self.printed
        if self.on_page >= self.page and (self.waiting or self.carried) and not rest_of_marks_line:
            self.foot()
            text = " " + text
        self.out += [text, ""]
        self.on_page += 1

    def foot(self) -> None:
        """The page's foot: the rule, the footnote carried over from the page before, the page's footnotes;
        the next page follows its last line with no blank line."""
        if self.out and self.out[-1]:
            self.out.append("")
        self.out += [RULE, *self.carried]
        self.carried = []
        for k, mark in enumerate(self.waiting):
            lines = self.footnote(mark)
            if self.carry and k == len(self.waiting) - 1:
                lines, self.carried = carried_over(lines)
            self.out += lines
        while not self.out[-1]:
            self.out.pop()
        self.waiting, self.on_page = [], 0

    def footnote(self, mark: str) -> list[str]:
        """The footnote's lines at the page's foot: its mark alone, then its text."""
        lines = wrap(self.notes[mark], self.width + 10, self.cjk)
        return [mark, *(x for k, text in enumerate(lines) for x in (" " * (k == 0) + text, ""))]

    def mark(self, mark: str, *, last: bool) -> None:
        if self.out and not self.out[-1]:
            self.out.pop()  # the mark stood on the line just printed
        self.out += [mark, *([""] if last else [])]
        self.note(mark)

    def note(self, mark: str) -> None:
        """Mark `mark` printed: its footnote is printed at this page's foot, if not already."""
        if mark not in self.printed:
            self.printed.add(mark)
            self.waiting.append(mark)

    def paragraph(self, label: str, para: Paragraph) -> None:
        cuts = [0, *(ref.offset for ref in para.footnote_refs), len(para.text)]
        marks = [ref.mark for ref in para.footnote_refs]
        for k, (start, end) in enumerate(zip(cuts, cuts[1:], strict=False)):
            piece = para.text[start:end] if self.cjk else para.text[start:end].strip()
            for i, text in enumerate(wrap(f"{label}{piece}" if k == 0 else piece, self.width, self.cjk)):
                if text:
                    self.line(self.opening(para) * (i == 0) + text)
            if k < len(marks):
                self.mark(marks[k], last=k == len(marks) - 1 and not para.text[end:].strip())
        for sub in para.subparagraphs:
            self.numbered(sub)

    def opening(self, para: Paragraph) -> str:
        """What stands before a paragraph's first line."""
        return "" if para.kind == "subparagraph" and not self.indent_lists else " "

    def numbered(self, para: Paragraph) -> None:
        for heading in self.headings.get(para.eid, []):
            self.line(f" {heading.number or ''} {heading.text}".replace("  ", " "))
        number = para.number or ""
        self.paragraph(f"{number}. " if number[:1].isdigit() else f"{number} " * bool(number), para)

    def page_end(self) -> None:
        while self.waiting or self.carried:
            self.foot()
        self.out.append("")

    def print(self, adoption: list[str]) -> str:
        p = self.parsed
        first = next(a.text for a in p.artefacts if a.reason == "title")
        number = first[: first.index(p.title[:2])]  # "59/190. ", "55/100- " as the source prints it
        for i, text in enumerate(wrap(f"{number}{p.title}", self.width, self.cjk)):
            self.line(" " * (i == 0) + text)
        unreferenced = [f.mark for f in p.footnotes if f.mark not in self.referenced()]
        for mark in unreferenced:  # the title's (its sponsors, in the 2000s)
            self.mark(mark, last=True)
        parts = {h.eid: h for h in p.headings if h.level == 0}
        for part in dict.fromkeys(part_of(x.eid) for x in [*p.preambular, *p.operative]):
            if part in parts:
                self.line(f" {parts[part].number}")
                self.line(f" {parts[part].text}")
            self.line(f" {p.formula}")
            for para in p.preambular:
                if part_of(para.eid) == part:
                    self.paragraph("", para)
            for para in p.operative:
                if part_of(para.eid) == part:
                    self.numbered(para)
            self.page_end()
            self.out += ["", *adoption, ""]
        for annex in p.annexes:
            self.line(f" {annex.heading}")
            if annex.title:
                self.line(f" {annex.title}")
            for para in annex.paragraphs:
                self.numbered(para)
            self.page_end()
        return "\n".join(self.out) + "\n"

    def referenced(self) -> set[str]:
        return {ref.mark for para in self.parsed.paragraphs() for ref in para.footnote_refs}


def carried_over(lines: list[str]) -> tuple[list[str], list[str]]:
    """A footnote's lines (blank ones between) cut in two where it has four or more: (those at this page's
    foot, those carried over to the next page's)."""
    texts = [i for i, line in enumerate(lines) if line]
    if len(texts) < 4:
        return lines, []
    cut = texts[len(texts) // 2]
    return lines[:cut], [lines[cut].lstrip(), *lines[cut + 1 :]]


# A mark while a paragraph is wrapped: a superscript, so that it stays glued to what it follows.
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
LEADING_MARK = re.compile("^[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


class GluedPrinter(SeedPrinter):
    """The seed's spacing from an extractor that keeps each mark on its line, glued to the word or
    punctuation before it, a space between it and a word after ("Rights,1 the", "宣言》、1 国际"; at a
    Chinese line's end: "纲领》3" / "所申明"), and prints a footnote's mark and text on one line. Chinese
    has no spaces: the mark is glued to the character after it too ("盟约2和"); or, at the narrow width,
    spaced on either side, as the seed's extraction spaces numbers ("盟约 2 和", "第 74 次")."""

    def paragraph(self, label: str, para: Paragraph) -> None:
        spaced = self.cjk and self.width == WIDTHS["narrow"][0]
        text, start = label, 0
        for ref in para.footnote_refs:
            text += para.text[start : ref.offset].rstrip() + " " * spaced + ref.mark.translate(SUPERSCRIPT)
            start = ref.offset
            text += " " if para.text[start:].strip()[:1].isalnum() and (spaced or not self.cjk) else ""
        lines = wrap(text + para.text[start:].lstrip(), self.width, self.cjk)
        for i in range(len(lines) - 1, 0, -1):  # a mark never opens a line
            if lead := LEADING_MARK.match(lines[i]):
                lines[i - 1] += lead.group()
                lines[i] = lines[i][lead.end() :].lstrip()
        for i, line in enumerate(x for x in lines if x):
            self.line(self.opening(para) * (i == 0) + line.translate(PLAIN))
            for mark in re.findall("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", line):
                self.note(mark.translate(PLAIN))
        for sub in para.subparagraphs:
            self.numbered(sub)

    def mark(self, mark: str, *, last: bool) -> None:  # the title's, at its end
        self.out[-2] += mark
        self.note(mark)

    def footnote(self, mark: str) -> list[str]:
        """The footnote's lines at the page's foot, its mark before its text on the first."""
        return [
            x for line in wrap(f"{mark} {self.notes[mark]}", self.width + 10, self.cjk) for x in (line, "")
        ]


def structure(parsed: ParsedResolution, adopted: bool) -> dict:
    """What must survive the reprint; the adoption where the source prints it after the text (a
    compilation prints it on its cover)."""
    flat = re.compile(r"\s+")
    return {
        "title": flat.sub("", parsed.title),
        "formula": parsed.formula,
        "paragraphs": [
            (x.eid, x.number, flat.sub("", x.text), [r.mark for r in x.footnote_refs])
            for x in parsed.paragraphs()
        ],
        "footnotes": [(f.mark, flat.sub("", f.text)) for f in parsed.footnotes],
        "annexes": [(a.heading, a.title) for a in parsed.annexes],
        "headings": [(h.eid, h.number, h.text) for h in parsed.headings],
        "citations": sorted({c.target for _, c in parsed.citations()}),
        "adopted": (parsed.adopted_on, parsed.meeting) if adopted else None,
    }


def reprinted(
    source: ParsedResolution, printer: type[SeedPrinter], columns: int, carry: bool = False, **options
):
    """(`source` printed again by `printer`, `columns` characters a line, and parsed; the structure that
    must survive, read from both). `options`: the printer's."""
    adoption = [a.text for a in source.artefacts if a.reason == "adoption"][:2]
    text = printer(source, columns, carry=carry, **options).print(adoption)
    again = parse(text)
    return text, again, structure(again, bool(adoption)), structure(source, bool(adoption))


# Characters a line holds (Chinese, other languages): as the seed prints them, and narrower.
WIDTHS = {"wide": (38, 75), "narrow": (20, 45)}
EACH_TEXT = pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
EACH_WIDTH = pytest.mark.parametrize("width", WIDTHS)
EACH_PRINTER = pytest.mark.parametrize(
    "printer", [SeedPrinter, GluedPrinter], ids=["own-line marks", "glued marks"]
)
EACH_CARRY = pytest.mark.parametrize(
    "carry", [False, True], ids=["footnotes whole", "footnotes carried over"]
)


def every_reprint(test):
    """Each text at each width, by each printer, its footnotes whole and carried over."""
    return EACH_CARRY(EACH_PRINTER(EACH_WIDTH(EACH_TEXT(test))))


@every_reprint
def test_a_text_printed_in_the_seeds_style_parses_back_to_its_structure(path, width, printer, carry):
    source = parse(path.read_text(encoding="utf-8"))
    text, again, found, expected = reprinted(source, printer, WIDTHS[width][source.language != "zh"], carry)
    assert found == expected, text
    assert [w.message for w in again.warnings] == (
        [] if expected["adopted"] else ["no adoption line ('28th plenary meeting') found"]
    ), text


@EACH_PRINTER
@EACH_WIDTH
@EACH_TEXT
def test_short_pages_with_their_footnotes_carried_over_parse_back(path, width, printer):
    """Pages of 12 lines: a page may break more lines for marks on lines of their own (with no gap after)
    than it spaces, and the next page's first line follows a footnote carried over, unfinished."""
    source = parse(path.read_text(encoding="utf-8"))
    columns = WIDTHS[width][source.language != "zh"]
    text, _, found, expected = reprinted(source, printer, columns, carry=True, page=12)
    assert found == expected, text


# Numbers standing where a footnote's mark could: after a comma, before a word, in a document's symbol,
# glued to Arabic "و" ("and"), before a Chinese counter. {a}, {b}, {c}: the text's first marks, so that
# each number could be a mark, a repeated one too.
NUMBERS = {
    "en": "in 2019, {a} million people, {b} in {c} women and {a} of every 5 children (A/80/100/Add.{a} and "
    "Corr.{a}; A/C.2/80/L.{b}), ",
    "fr": "en 2019, {a} millions de personnes, {b} femmes sur {c} et {a} enfants sur 5 (A/80/100/Add.{a} et "
    "Corr.{a}; A/C.2/80/L.{b}), ",
    "es": "en 2019, {a} millones de personas, {b} de cada {c} mujeres y {a} de cada 5 niños "
    "(A/80/100/Add.{a} y Corr.{a}; A/C.2/80/L.{b}), ",
    "ru": "в 2019 году, {a} миллиона человек, {b} из {c} женщин и {a} из 5 детей (A/80/100/Add.{a} и "
    "Corr.{a}; A/C.2/80/L.{b}), ",
    "ar": "في عام 2019، {a} ملايين شخص، و{b} من كل {c} نساء، و {a} من كل 5 أطفال (A/80/100/Add.{a} و "
    "Corr.{a}؛ A/C.2/80/L.{b})، ",
    "zh": "在2019年，{a}个国家、{b}百万人和{c} 项报告（A/80/100/Add.{a}和Corr.{a}；A/C.2/80/L.{b}），",
}


def with_phrase(
    parsed: ParsedResolution, phrases: dict[str, str], *, after_reference: bool
) -> ParsedResolution:
    """`parsed` with its language's phrase after the first comma of each paragraph (`after_reference`:
    of each that follows the first footnote reference), its references moved with the text after it. In
    the phrase, {a}, {b}, {c}: the text's first footnote marks."""
    marks = [*(f.mark for f in parsed.footnotes if f.mark.isdigit()), "1", "2", "3"]
    phrase = phrases[parsed.language].format(a=marks[0], b=marks[1], c=marks[2])
    referenced = not after_reference
    for para in parsed.paragraphs():
        comma = re.search(r"[,，،] ?", para.text[3:])
        if referenced and comma:
            at = 3 + comma.end()
            para.text = para.text[:at] + phrase + para.text[at:]
            for ref in para.footnote_refs:
                ref.offset += len(phrase) if ref.offset >= at else 0
        referenced = referenced or bool(para.footnote_refs)
    return parsed


@EACH_PRINTER
@EACH_TEXT
def test_numbers_where_a_mark_could_stand_are_the_texts(path, printer):
    source = with_phrase(parse(path.read_text(encoding="utf-8")), NUMBERS, after_reference=True)
    text, _, found, expected = reprinted(source, printer, WIDTHS["wide"][source.language != "zh"])
    assert found["paragraphs"] == expected["paragraphs"], text


# References whose numbers and letters open a line where it wraps before them: "(b) of resolution 70/1"
# reads like a sub-paragraph (after "paragraphs 4 (a)," too), "(1) and" in Arabic like a footnote's line,
# "5, 6 and 7" like a paragraph.
REFERENCES = {
    "en": "as referred to in paragraphs 4 (a), (b) and (c) of resolution 70/1, in article 2 (1) and in "
    "paragraphs 5, 6 and 7 of the annex to the Convention, (i), (ii) and (iii) of its annex, ",
    "fr": "comme indiqué aux paragraphes 4 a), b) et c) de la résolution 70/1, à l'article 2 1) et aux "
    "paragraphes 5, 6 et 7 de l'annexe à la Convention, i), ii) et iii) de son annexe, ",
    "es": "como se indica en los párrafos 4 a), b) y c) de la resolución 70/1, en el artículo 2 1) y en los "
    "párrafos 5, 6 y 7 del anexo de la Convención, i), ii) y iii) de su anexo, ",
    "ru": "как указано в пунктах 4 a), b) и c) резолюции 70/1, в статье 2 (1) и в пунктах 5, 6 и 7 "
    "приложения к Конвенции, i), ii) и iii) приложения к ней, ",
    "ar": "على النحو المبين في الفقرات 4 (أ)، (ب) و (ج) من القرار 70/1، وفي المادة 2 (1) وفي الفقرات 5 و 6 "
    "و 7 من مرفق الاتفاقية، ’1‘، ’2‘ و ’3‘ من مرفقه، ",
    "zh": "如第70/1号决议第4段(a)、(b)和(c)项、第2(1)条以及《公约》附件第5、6和7段及其附件第㈠、㈡和㈢项"
    "所述，",
}
COLUMNS = (36, 40, 46)  # Chinese: half as many characters


@pytest.mark.parametrize(
    "indent_lists", [True, False], ids=["sub-paragraphs indented", "sub-paragraphs not indented"]
)
@EACH_PRINTER
@pytest.mark.parametrize("columns", COLUMNS)
@EACH_TEXT
def test_references_wrapped_before_their_numbers_and_letters_stay_in_their_paragraph(
    path, columns, printer, indent_lists
):
    """Where the extraction indents no sub-paragraph, "(b) and (c) of" opening a line is no sub-paragraph
    either: no list is open (no sub-paragraph before, no colon), and a list opens with (a) or (i)."""
    source = with_phrase(parse(path.read_text(encoding="utf-8")), REFERENCES, after_reference=False)
    columns = columns // 2 if source.language == "zh" else columns
    text, _, found, expected = reprinted(source, printer, columns, indent_lists=indent_lists)
    assert found["paragraphs"] == expected["paragraphs"], text


@pytest.mark.parametrize(
    ("page_indent", "preambular"),
    [
        (
            " ",
            [
                "ссылаясь на Всеобщую декларацию прав человека и на свои резолюции, в том числе на "
                "резолюцию 59/190,"
            ],
        ),
        (
            "  ",
            [
                "ссылаясь на Всеобщую декларацию прав человека и на свои резолюции,",
                "в том числе на резолюцию 59/190,",
            ],
        ),
    ],
    ids=["going on", "starting"],
)
def test_a_pages_first_line_under_the_footnotes_goes_on_with_a_paragraph_by_its_indent(
    page_indent, preambular
):
    """A preambular paragraph's line ending with a comma at a page's foot, and the next page's first line
    after the footnotes: the seed's extraction indents it by one space more than its place says."""
    text = (
        " 79/152. Международное сотрудничество\n\n Генеральная Ассамблея,\n\n"
        " ссылаясь на Всеобщую декларацию прав человека\n1\n и на свои резолюции,\n\n"
        f"{RULE}\n1\n Резолюция 217 A (III).\n{page_indent}в том числе на резолюцию 59/190,\n\n"
        " 1. призывает все государства сотрудничать.\n\n74-е пленарное заседание\n3 декабря 2024 года\n"
    )
    parsed = parse(text)
    assert [p.text for p in parsed.preambular] == preambular
    assert [(f.mark, f.text) for f in parsed.footnotes] == [("1", "Резолюция 217 A (III).")]


# A footnote's second sentence, its numbers where a footnote's line or an abbreviation's could stand:
# {n} is the next footnote's mark.
RECORDS = {
    "en": " See Official Records of the General Assembly, Eightieth Session, Supplement No. {n} (A/80/{n}), "
    "chap. {m}, para. {n}.",
    "fr": " Voir Documents officiels de l'Assemblée générale, quatre-vingtième session, Supplément no {n} "
    "(A/80/{n}), chap. {m}, par. {n}.",
    "es": " Véase Documentos Oficiales de la Asamblea General, octogésimo período de sesiones, Suplemento "
    "núm. {n} (A/80/{n}), cap. {m}, párr. {n}.",
    "ru": " См. Официальные отчеты Генеральной Ассамблеи, восьмидесятая сессия, Дополнение № {n} "
    "(A/80/{n}), гл. {m}, п. {n}.",
    "ar": " انظر الوثائق الرسمية للجمعية العامة، الدورة الثمانون، الملحق رقم {n} (A/80/{n})، الفصل {m}، "
    "الفقرة {n}.",
    "zh": " 见《大会正式记录，第八十届会议，补编第{n}号》(A/80/{n})，第{m}章，第{n}段。",
}


@every_reprint
def test_a_footnotes_second_sentence_stays_in_its_footnote(path, width, printer, carry):
    source = parse(path.read_text(encoding="utf-8"))
    for note in source.footnotes:
        if note.mark.isdigit():
            note.text += RECORDS[source.language].format(n=int(note.mark) + 1, m=int(note.mark) + 2)
    text, _, found, expected = reprinted(source, printer, WIDTHS[width][source.language != "zh"], carry)
    assert (found["footnotes"], found["paragraphs"]) == (expected["footnotes"], expected["paragraphs"]), text


IN_CHINESE = [p for p, read in READ.items() if read.language == "zh"]
BESIDE_HAN = re.compile("(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[\u4e00-\u9fff])")


def with_spaced_numbers(parsed: ParsedResolution) -> ParsedResolution:
    """`parsed` with a space between a Chinese character and a Latin letter or digit beside it, as the
    seed's extraction prints them ("第 217 A（III）号决议", "1993 年 6 月 25 日"); its references kept
    where they stand."""
    for note in parsed.footnotes:
        note.text = BESIDE_HAN.sub(" ", note.text)
    for para in parsed.paragraphs():
        cuts = [0, *(ref.offset for ref in para.footnote_refs), len(para.text)]
        pieces = [BESIDE_HAN.sub(" ", para.text[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
        for ref, end in zip(para.footnote_refs, itertools.accumulate(len(p) for p in pieces), strict=False):
            ref.offset = end
        para.text = "".join(pieces)
    return parsed


@EACH_CARRY
@EACH_PRINTER
@EACH_WIDTH
@pytest.mark.parametrize("path", IN_CHINESE, ids=lambda p: p.name)
def test_chinese_with_its_numbers_spaced_as_the_seeds_extraction_spaces_them(path, width, printer, carry):
    """With the numbers where a mark could stand (NUMBERS) and footnotes' second sentences (RECORDS):
    "补编第" / "3 号》" goes on with its footnote, "和Corr.1" keeps its number."""
    source = with_phrase(parse(path.read_text(encoding="utf-8")), NUMBERS, after_reference=True)
    for note in source.footnotes:
        if note.mark.isdigit():
            note.text += RECORDS["zh"].format(n=int(note.mark) + 1, m=int(note.mark) + 2)
    text, _, found, expected = reprinted(with_spaced_numbers(source), printer, WIDTHS[width][0], carry)
    assert (found["footnotes"], found["paragraphs"]) == (expected["footnotes"], expected["paragraphs"]), text


IN_FRENCH = [p for p, read in READ.items() if read.language == "fr"]
SUPERSCRIPT_O = "\N{SUPERSCRIPT ZERO}"  # stands for the superscript o of "no" while a line is wrapped


@EACH_CARRY
@EACH_PRINTER
@EACH_WIDTH
@pytest.mark.parametrize("path", IN_FRENCH, ids=lambda p: p.name)
def test_french_superscripts_on_lines_of_their_own_are_read_back(path, width, printer, carry):
    """The seed's extraction puts superscripts on lines of their own: the o of "no" (numéro) in a
    footnote, "Supplément n" / "o" / " 3 (A/80/3)", and the e of the meeting, "74" / "e" / " séance
    plénière"."""
    source = parse(path.read_text(encoding="utf-8"))
    for note in source.footnotes:
        if note.mark.isdigit():
            note.text += RECORDS["fr"].format(n=int(note.mark) + 1, m=int(note.mark) + 2)
    adoption = [a.text for a in source.artefacts if a.reason == "adoption"][:2]
    reprint = printer(source, WIDTHS[width][1], carry=carry)
    reprint.notes = {
        mark: text.replace(" no ", f" n{SUPERSCRIPT_O} ") for mark, text in reprint.notes.items()
    }
    text = reprint.print([re.sub(r"^(\d+)e ", r"\1\ne\n ", line) for line in adoption])
    text = re.sub(f"n{SUPERSCRIPT_O}( |\n\n)", lambda m: "n\no\n" + " " * (m.group(1) == " "), text)
    found, expected = structure(parse(text), bool(adoption)), structure(source, bool(adoption))
    assert [found[k] for k in ("paragraphs", "footnotes", "adopted")] == [
        expected[k] for k in ("paragraphs", "footnotes", "adopted")
    ], text


# The real texts with sub-paragraphs, printed by an extraction that indents a paragraph's first line but not
# a sub-paragraph's.
WITH_LISTS = [p for p, read in READ.items() if any(x.kind == "subparagraph" for x in read.paragraphs())]


@EACH_PRINTER
@EACH_WIDTH
@pytest.mark.parametrize("path", WITH_LISTS, ids=lambda p: p.name)
def test_sub_paragraphs_printed_without_an_indent_stay_sub_paragraphs(path, width, printer):
    source = parse(path.read_text(encoding="utf-8"))
    columns = WIDTHS[width][source.language != "zh"]
    text, _, found, expected = reprinted(source, printer, columns, indent_lists=False)
    assert found["paragraphs"] == expected["paragraphs"], text
