"""The twenty second-style texts (one line per paragraph, footnotes between paragraphs): no keys, so the
checks are derived from each file's own structure."""

import datetime
import re

import pytest
from parser_helpers import SECOND_STYLE, read

from archive.parser import parse

MEETING = re.compile(r"^(\d+)(?:st|nd|rd|th) plenary meeting (\d{1,2}) (\w+) (\d{4})$")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def letters(n):
    return [f"({chr(ord('a') + k)})" for k in range(n)]


ROMANS = ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"]


def check_subparagraphs(para, roman=False):
    subs = para.subparagraphs
    if not subs:
        return
    expected = ROMANS[: len(subs)] if roman else letters(len(subs))
    assert [s.number for s in subs] == expected, para.eid
    for s in subs:
        assert s.eid == f"{para.eid}__subpara_{s.number.strip('()')}"
        check_subparagraphs(s, roman=True)


@pytest.mark.parametrize("path", SECOND_STYLE, ids=lambda p: p.stem)
def test_second_style_text(path):
    text = read(path)
    lines = [line.strip() for line in text.splitlines()]
    number = int(path.stem.rsplit("_", 1)[1])
    p = parse(text)
    assert p.symbol.canonical == f"A/RES/80/{number}"
    assert p.language == "en" and p.formula == "The General Assembly,"
    title_line = next(line for line in lines if line.startswith(f"80/{number}. "))
    assert p.title == " ".join(title_line.split(". ", 1)[1].split())
    meeting = [MEETING.match(line) for line in lines if MEETING.match(line)][-1]
    assert p.meeting == int(meeting.group(1))
    assert p.adopted_on == datetime.date(
        int(meeting.group(4)), MONTHS.index(meeting.group(3)) + 1, int(meeting.group(2))
    )
    assert p.preambular and all(x.text.endswith(",") for x in p.preambular)
    numbers = [int(m.group(1)) for line in lines if (m := re.match(r"^(\d+)\. [A-Z]", line))]
    assert [x.number for x in p.operative] == [str(n) for n in range(1, max(numbers) + 1)]
    assert [x.eid for x in p.operative] == [f"para_{n}" for n in range(1, max(numbers) + 1)]
    cut = {w.line for w in p.warnings if "ends without final punctuation" in w.message}
    for para in p.operative:
        check_subparagraphs(para)
        assert para.text.endswith((";", ".", ":")) or para.line in cut, para.eid
    marks = [f.mark for f in p.footnotes]
    assert marks == [str(n) for n in range(1, len(marks) + 1)]
    assert [r.mark for x in p.paragraphs() for r in x.footnote_refs] == marks
    for footnote in p.footnotes:
        assert any(
            line.startswith(f"{footnote.mark} ") and footnote.text.startswith(line[len(footnote.mark) + 1 :])
            for line in lines
        )
        assert all(footnote.text not in x.text for x in p.paragraphs())
    allowed = {"sub-paragraph label missing", "ends without final punctuation"}
    assert {
        w.message.split(";")[0].split(" ", 1)[-1] if "ends" in w.message else w.message.split(";")[0]
        for w in p.warnings
    } <= allowed


def test_headings_in_the_operative_part_are_kept_as_headings():
    p = parse(read(SECOND_STYLE[0]))
    assert [(h.eid, h.line, h.text, h.level, h.before) for h in p.headings] == [
        ("hcontainer_1", 57, "Peacebuilding Commission", 1, "para_1"),
        ("hcontainer_2", 119, "Peacebuilding financing", 1, "para_13"),
        (
            "hcontainer_3",
            145,
            "Department of Political and Peacebuilding Affairs/Peacebuilding Support Office",
            1,
            "para_24",
        ),
    ]
    assert not [a for a in p.artefacts if a.reason == "heading"]


def test_lost_sub_paragraph_letters_are_inferred():
    p = parse(read(SECOND_STYLE[0]))
    first = p.operative[0]
    assert [s.number for s in first.subparagraphs] == letters(9)
    assert [s.number for s in first.subparagraphs[1].subparagraphs] == ["(i)", "(ii)"]
    assert first.subparagraphs[1].subparagraphs[0].text.startswith("Assisting Member States")
    assert [(w.line, w.message) for w in p.warnings][:3] == [
        (61, "sub-paragraph label missing; read as (a)"),
        (63, "sub-paragraph label missing; read as (b)"),
        (65, "sub-paragraph label missing; read as (i)"),
    ]


def test_paragraph_continues_across_a_footnote_block_and_running_header():
    p = parse(read(SECOND_STYLE[5]))  # 80/16: "... in its" / running header / "resolution 79/237, ..."
    assert (
        "as endorsed by the General Assembly in its resolution 79/237, and the additional"
        in p.operative[1].text
    )
    assert [(a.line, a.reason) for a in p.artefacts if a.reason == "running header"] == [
        (25, "running header")
    ]
