"""The ingestion service: what it stores, how it replaces, links and refuses."""

import pytest

from archive.models import Citation, Footnote, FootnoteRef, Paragraph, Resolution, ResolutionText, Session
from archive.serializers import export_resolution
from archive.services.errors import IngestError
from archive.services.ingestion import ingest

from .conftest import TEXTS, sample

MINIMAL = """80/99. Test of citation linking

The General Assembly,

Recalling its resolution 80/1 of 19 September 2025,

1. Decides to remain seized of the matter.

3rd plenary meeting 19 September 2025
"""


def test_seed_is_stored_as_rows(ingest_sample):
    outcome = ingest_sample("A_RES_59_190.txt")

    assert outcome.status == "created"
    resolution = Resolution.objects.get(symbol="A/RES/59/190")
    assert (resolution.session.kind, resolution.session.number, resolution.number) == ("regular", 59, 190)
    assert str(resolution.session) == "59th session"
    assert resolution.session.start_year == 2004
    assert str(resolution.adopted_on) == "2004-12-20"
    assert resolution.meeting == 74
    text = resolution.texts.get()
    assert text.language == "zh"
    assert text.formula == "大会，"
    assert text.title == "促进国际合作并重视非选择性、公正性和客观性以加强联合国在人权领域的行动"
    assert bytes(text.source_bytes) == sample("A_RES_59_190.txt").read_bytes()
    eids = list(text.paragraphs.values_list("eid", flat=True))
    assert eids == [f"preamble__para_{i}" for i in range(1, 9)] + [f"para_{i}" for i in range(1, 13)]
    assert list(text.footnotes.values_list("mark", "body")) == [
        ("1", "第 217 A（III）号决议。"),
        ("2", "第 2200 A（XXI）号决议，附件。"),
        ("3", "A/CONF.157/24（Part I）和 Corr.1，第三章。"),
        ("4", "A/59/327。"),
    ]
    refs = FootnoteRef.objects.filter(text=text).order_by("paragraph__position", "position")
    assert [(r.paragraph.eid, r.mark, r.footnote.mark) for r in refs] == [
        ("preamble__para_3", "1", "1"),
        ("preamble__para_3", "2", "2"),
        ("preamble__para_6", "3", "3"),
        ("para_3", "1", "1"),
        ("para_3", "2", "2"),
        ("para_3", "2", "2"),
        ("para_11", "4", "4"),
    ]
    para_11 = text.paragraphs.get(eid="para_11")
    ref = para_11.footnote_refs.get()
    assert para_11.body[: ref.offset].endswith("注意到秘书长的报告，")


def test_citations_are_stored_with_spans_and_sources(ingest_sample):
    ingest_sample("A_RES_59_190.txt")
    footnote_citations = Citation.objects.filter(footnote__isnull=False).select_related("footnote")
    assert sorted((c.footnote.mark, c.kind, c.target) for c in footnote_citations) == [
        ("1", "resolution", "A/RES/217(III)"),
        ("2", "resolution", "A/RES/2200(XXI)"),
        ("3", "document", "A/CONF.157/24 (Part I)"),
        ("3", "document", "A/CONF.157/24 (Part I)/Corr.1"),
        ("4", "document", "A/59/327"),
    ]
    for citation in Citation.objects.select_related("paragraph", "footnote"):
        body = citation.paragraph.body if citation.paragraph else citation.footnote.body
        assert body[citation.start : citation.end] == citation.raw
    sessions = Citation.objects.filter(kind="session").select_related("paragraph")
    assert sorted((c.paragraph.eid, c.target) for c in sessions) == [
        ("para_11", "regular/60"),
        ("para_12", "regular/61"),
    ]


def test_a_citation_is_linked_when_the_cited_resolution_arrives_later(db):
    citing = ingest(data=MINIMAL.encode(), filename="citing.txt")
    citation = Citation.objects.get(kind="resolution")
    assert (citation.target, citation.target_resolution) == ("A/RES/80/1", None)

    cited = ingest(data=sample("A_RES_80_1.txt").read_bytes(), filename="A_RES_80_1.txt")

    citation.refresh_from_db()
    assert citation.target_resolution == cited.text.resolution
    assert citing.text.resolution.symbol == "A/RES/80/99"


def test_a_citation_to_a_resolution_already_stored_is_linked_at_once(db):
    cited = ingest(data=sample("A_RES_80_1.txt").read_bytes(), filename="A_RES_80_1.txt")
    ingest(data=MINIMAL.encode(), filename="citing.txt")
    assert (
        Citation.objects.get(kind="resolution", target="A/RES/80/1").target_resolution
        == cited.text.resolution
    )


def test_other_organs_resolutions_are_not_linked_to_ga_resolutions_with_the_same_number(ingest_sample):
    held = ingest_sample("A_RES_59_190.txt").text.resolution
    citing = ingest(data=(TEXTS / "A_RES_80_97.en.txt").read_bytes(), filename="A_RES_80_97.en.txt")

    citations = citing.text.citations.order_by("position")
    assert [(c.kind, c.target, c.target_resolution) for c in citations] == [
        ("resolution", "A/RES/59/190", held),
        ("document", "A/HRC/RES/59/190", None),
        ("document", "S/RES/2334 (2016)", None),
        ("document", "E/RES/1980/67", None),
        ("other", "GC(69)/RES/7", None),
        ("session", "regular/81", None),
    ]
    assert [c.issuing_organ for c in citations] == [
        None,
        "Human Rights Council",
        "Security Council",
        "Economic and Social Council",
        None,
        None,
    ]
    assert list(Citation.objects.citing(held).values_list("target", flat=True)) == ["A/RES/59/190"]


def test_reingesting_the_same_file_changes_nothing(ingest_sample):
    first = ingest_sample("A_RES_80_1.txt")
    again = ingest_sample("A_RES_80_1.txt")
    assert again.status == "unchanged"
    assert again.text.pk == first.text.pk
    assert ResolutionText.objects.count() == 1


def test_reingesting_a_changed_file_replaces_the_text_and_keeps_history(db):
    original = sample("A_RES_80_1.txt").read_text(encoding="utf-8")
    ingest(data=original.encode(), filename="A_RES_80_1.txt")
    changed = original.replace("Further decides that these procedures", "Further decides that the procedures")

    outcome = ingest(data=changed.encode(), filename="A_RES_80_1.txt")

    assert outcome.status == "replaced"
    text = ResolutionText.objects.get()
    assert text.paragraphs.get(eid="para_3").body.startswith("Further decides that the procedures")
    assert Paragraph.objects.filter(text__language="en").count() == text.paragraphs.count()
    history = ResolutionText.history.filter(resolution_id=text.resolution_id).order_by("history_date")
    assert [h.history_type for h in history] == ["+", "-", "+"]
    assert "these procedures" in history[0].extracted_text


def test_utf16_with_bom_is_read(db):
    data = sample("A_RES_59_190.txt").read_text(encoding="utf-8").encode("utf-16")
    assert ingest(data=data, filename="seed-utf16.txt").symbol == "A/RES/59/190"


def test_the_language_and_symbol_can_be_given(db):
    outcome = ingest(
        data=sample("A_RES_80_2.txt").read_bytes(), filename="x.txt", language="en", symbol="A/RES/80/2"
    )
    assert (outcome.symbol, outcome.text.language) == ("A/RES/80/2", "en")


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "empty.txt", "the file is empty"),
        (b"  \n\n ", "blank.txt", "the file is empty"),
        (
            b"hello, not a pdf",
            "fake.pdf",
            "the file is named .pdf but is not a PDF (it does not start with %PDF-)",
        ),
        (b"\x00\x01\x02binary\x00", "garbage.txt", "the file is binary, not text (it contains NUL bytes)"),
        (
            "大会，\n".encode("gb18030") + b"\xff\xfe\xfd",
            "gbk.txt",
            "the text is not valid UTF-8 (or UTF-16 with a byte-order mark): undecodable byte at line 1",
        ),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_writes_nothing(db, data, filename, message):
    with pytest.raises(IngestError) as caught:
        ingest(data=data, filename=filename)
    assert caught.value.message == message
    assert caught.value.filename == filename
    assert not Resolution.objects.exists() and not Session.objects.exists()


def test_a_file_over_the_size_limit_is_refused(db, settings):
    settings.ARCHIVE_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(IngestError, match=r"^the file is 2,000 bytes, over the limit of 1,000 bytes$"):
        ingest(data=b"x" * 2000, filename="big.txt")


def test_a_parse_error_names_the_line(db):
    with pytest.raises(IngestError) as caught:
        ingest(data=b"just some words\nand more\n", filename="notes.txt")
    assert caught.value.filename == "notes.txt"
    assert not Resolution.objects.exists()


def test_a_conflicting_adoption_date_is_refused_and_keeps_the_stored_text(db):
    ingest(data=sample("A_RES_80_1.txt").read_bytes(), filename="A_RES_80_1.txt")
    before = list(Paragraph.objects.values_list("id", flat=True))
    conflicting = MINIMAL.replace("80/99.", "80/1.").replace("19 September 2025", "20 September 2025")

    with pytest.raises(IngestError) as caught:
        ingest(data=conflicting.encode(), filename="other.txt")

    assert caught.value.message == (
        "A/RES/80/1 is already in the archive with adopted on 2025-09-19, but this text says 2025-09-20"
    )
    assert list(Paragraph.objects.values_list("id", flat=True)) == before


def test_a_failure_while_storing_leaves_the_database_as_it_was(db, monkeypatch):
    ingest(data=sample("A_RES_80_1.txt").read_bytes(), filename="A_RES_80_1.txt")
    before = {
        model: model.objects.count() for model in (Resolution, ResolutionText, Paragraph, Footnote, Citation)
    }
    changed = (
        sample("A_RES_80_1.txt").read_text(encoding="utf-8").replace("these procedures", "the procedures")
    )

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Citation.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest(data=changed.encode(), filename="A_RES_80_1.txt")

    assert {model: model.objects.count() for model in before} == before
    assert "these procedures" in ResolutionText.objects.get().paragraphs.get(eid="para_3").body


def test_labels_printed_twice_in_one_paragraph_are_stored(db):
    text = (
        "80/94. T\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides:\n\n"
        "(a) one;\n\n(b) two;\n\n(a) three;\n\n(b) four.\n\n3rd plenary meeting\n1 December 2025\n"
    )
    outcome = ingest(data=text.encode(), filename="A_RES_80_94.txt")
    assert [w.message for w in outcome.warnings] == ["sub-paragraph labels out of order"]
    eids = Paragraph.objects.filter(text=outcome.text, kind=Paragraph.Kind.SUBPARAGRAPH)
    assert list(eids.order_by("position").values_list("eid", flat=True)) == [
        "para_1__subpara_a",
        "para_1__subpara_b",
        "para_1__subpara_a_2",
        "para_1__subpara_b_2",
    ]


def test_a_text_with_more_rows_than_one_statement_takes_parameters_is_stored_whole(db):
    """300 paragraphs, each citing 20 resolutions: the 6,000 citations' 72,000 values are more than the
    65,535 parameters one statement may bind on the server (archive/settings.py: prepared statements).
    Django inserts them as one array per column (UNNEST), not a parameter per value."""
    cited = ", ".join(f"79/{n}" for n in range(1, 20))
    paragraphs = "".join(f"{n}. Recalls its resolutions {cited} and 79/{n + 100};\n\n" for n in range(1, 301))
    text = f"80/95. T\n\nThe General Assembly,\n\n{paragraphs}3rd plenary meeting\n1 December 2025\n"
    outcome = ingest(data=text.encode(), filename="A_RES_80_95.txt")
    assert Paragraph.objects.filter(text=outcome.text).count() == 300
    citations = Citation.objects.filter(text=outcome.text).order_by("position")
    assert citations.count() == 6000
    assert [c.target for c in citations[5998:]] == ["A/RES/79/19", "A/RES/79/400"]


FRENCH_COVER = """Quatre-vingtième session
Points 14 et 105 b) de l’ordre du jour

Résolution adoptée par l’Assemblée générale le 15 décembre 2025

[sur la base du rapport de la Troisième Commission (A/80/503/Add.2)]

"""
ENGLISH = """Eightieth session
Agenda items 14 and 105 (b)

Resolution adopted by the General Assembly on 15 December 2025

[on the report of the Third Committee (A/80/503/Add.2)]

80/99. Protection of human rights defenders

The General Assembly,

1. Calls upon all States to protect human rights defenders.

52nd plenary meeting
15 December 2025
"""


def test_each_text_keeps_its_cover_as_printed_and_the_resolution_one_form_of_its_items(db):
    """The French text's agenda items and basis are its own, in the resolution's JSON in French too; the
    resolution's series and catalogue match on one form of the items."""
    ingest(data=ENGLISH.encode(), filename="A_RES_80_99-EN.txt")
    french = FRENCH_COVER + (TEXTS / "A_RES_80_99.fr.txt").read_text(encoding="utf-8")
    ingest(data=french.encode(), filename="A_RES_80_99-FR.txt")

    resolution = Resolution.objects.get(symbol="A/RES/80/99")
    assert (resolution.agenda_items, resolution.basis) == (
        ["14", "105 (b)"],
        "on the report of the Third Committee (A/80/503/Add.2)",
    )
    assert list(resolution.texts.values_list("language", "agenda_items", "basis")) == [
        ("en", ["14", "105 (b)"], "on the report of the Third Committee (A/80/503/Add.2)"),
        ("fr", ["14", "105 b)"], "sur la base du rapport de la Troisième Commission (A/80/503/Add.2)"),
    ]
    exported = export_resolution(Resolution.objects.for_export().get(pk=resolution.pk), ["fr"])
    assert (exported["agenda_items"], exported["basis"]) == (
        ["14", "105 b)"],
        "sur la base du rapport de la Troisième Commission (A/80/503/Add.2)",
    )
    assert (exported["texts"]["fr"]["agenda_items"], exported["texts"]["fr"]["basis"]) == (
        ["14", "105 b)"],
        "sur la base du rapport de la Troisième Commission (A/80/503/Add.2)",
    )
