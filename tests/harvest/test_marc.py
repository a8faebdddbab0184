"""The MARCXML reader, on the real answer and on records built in its format."""

import datetime

import pytest

from archive.harvest.marc import CatalogueRecord, MarcError, RecordProblem, VotingRecord, read_answer

from .conftest import UNDL

HEAD = b'<?xml version="1.0"?><collection xmlns="http://www.loc.gov/MARC21/slim">'


def records(body: str):
    return read_answer(HEAD + body.encode() + b"</collection>").records


def field(tag: str, **subfields: str) -> str:
    codes = "".join(f'<subfield code="{code}">{value}</subfield>' for code, value in subfields.items())
    return f'<datafield tag="{tag}" ind1=" " ind2=" ">{codes}</datafield>'


def record(number: str | None, *fields: str) -> str:
    control = f'<controlfield tag="001">{number}</controlfield>' if number else ""
    return f"<record>{control}{''.join(fields)}</record>"


def misencoded(name: str) -> str:
    """UTF-8 read as Latin-1, as the Digital Library's answers sometimes give `856 $y`."""
    return name.encode("utf-8").decode("latin-1")


def test_the_real_answer_is_read_whole():
    answer = read_answer((UNDL / "search_A_C.3_78_drafts.marcxml").read_bytes())
    assert answer.total == 94 and len(answer.records) == 94
    assert all(isinstance(r, CatalogueRecord) for r in answer.records)
    first = answer.records[0]
    assert (first.record_id, first.symbol, first.date) == (
        4026910,
        "A/C.3/78/L.49/Rev.1",
        datetime.date(2023, 11, 8),
    )
    assert first.title == "Promotion and protection of human rights in the context of digital technologies"
    assert first.resolutions == ["A/RES/78/213"] and first.reports == ["A/78/481/Add.2"]
    assert [(a.document, a.item) for a in first.agenda] == [("A/78/251", "71b")]
    assert sorted(first.files) == ["ar", "en", "es", "fr", "ru", "zh"]
    assert first.files["fr"].size == 258710


def test_a_files_language_from_its_misencoded_name_when_its_address_does_not_say():
    [found] = records(
        record(
            "5",
            field("191", a="A/RES/80/1"),
            field("856", y=misencoded("Français"), u="https://x/record/5/files/file1.pdf"),
            field("856", y=misencoded("Русский"), u="https://x/record/5/files/file2.pdf"),
            field("856", y="Klingon", u="https://x/record/5/files/file3.pdf"),
        )
    )
    assert {language: link.url[-9:] for language, link in found.files.items()} == {
        "fr": "file1.pdf",
        "ru": "file2.pdf",
    }


TOTALS = field("996", b="1", c="0", d="0", e="1")


def test_a_voting_record_and_its_states():
    [vote] = records(
        record(
            "7",
            field("245", a="Amendment to draft resolution A/80/L.5"),
            field("791", a="A/RES/80/5"),
            TOTALS,
            field("967", c="ALB", d="Y", e="ALBANIA"),
            field("967", c="BEN", e="BENIN"),
        )
    )
    assert isinstance(vote, VotingRecord) and vote.on_part
    assert (vote.symbol, vote.yes, vote.no, vote.abstain, vote.non_voting) == ("A/RES/80/5", 1, 0, 0, 1)
    assert [(s.code, s.vote) for s in vote.states] == [("ALB", "yes"), ("BEN", "non_voting")]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (record("8"), "a record without a document symbol (191 $a)"),
        (record(None, field("191", a="A/RES/80/1")), "a record without a number (001)"),
        (record("9", field("791", a="A/RES/80/1")), "a voting record without totals (996)"),
        (
            record("9", field("791", a="A/RES/80/1"), field("996", b="1", c="0", d="many")),
            "a voting record whose totals are not numbers: {'b': '1', 'c': '0', 'd': 'many', 'e': ''}",
        ),
        (
            record("9", field("791", a="A/RES/80/1"), TOTALS, field("967", c="ALB", d="X", e="ALBANIA")),
            "ALBANIA voted 'X', not Y, N, A or nothing",
        ),
    ],
)
def test_unusable_records_are_problems_and_the_others_are_read(body, problem):
    bad, ok = records(body + record("1", field("191", a="A/RES/80/2")))
    assert isinstance(bad, RecordProblem) and bad.message == problem
    assert isinstance(ok, CatalogueRecord) and ok.symbol == "A/RES/80/2"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<!DOCTYPE html><html><body>503</body></html>", "the answer is an HTML page, not MARCXML"),
        (HEAD + b"<record><controlfield tag='001'>1", "the answer is not well-formed XML"),
        (
            b"<?xml version='1.0'?><error>busy</error>",
            "the answer is not a MARCXML collection (its root is <error>)",
        ),
        (b"", "the answer is not well-formed XML"),
    ],
)
def test_answers_that_cannot_be_read(data, message):
    with pytest.raises(MarcError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_answer(data)
