"""The yearly-compilation layout: the real 55/100 in the six languages (sample corpus) and texts written
for the tests: metadata, paragraphs, the recorded vote and the footnote texts glued into sentences."""

import datetime
import json

import pytest
from parser_helpers import CORPUS, ROOT, read

from archive.parser import ParseError, parse
from archive.services.member_names import build_index, match_names, normalise_name

LANGUAGES = ["ar", "en", "es", "fr", "ru", "zh"]
DATA = ROOT / "archive" / "data"
WRITTEN = ROOT / "tests" / "data" / "texts" / "A_RES_40_250.en.txt"


def real(language: str):
    return parse(read(CORPUS / language / f"A_RES_55_100-{language.upper()}.txt"))


@pytest.fixture(scope="module")
def shipped_index():
    """The names index of the shipped Member States and former States (the table the migrations load)."""
    states = json.loads((DATA / "member_states.json").read_text(encoding="utf-8"))
    former = json.loads((DATA / "member_state_names.json").read_text(encoding="utf-8"))["former_states"]
    return build_index((s["code"], {k: v for k, v in s.items() if k != "code"}) for s in [*states, *former])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_real_55_100_is_read_from_the_compilation_layout(language):
    parsed = real(language)

    assert parsed.language == language
    assert parsed.symbol.canonical == "A/RES/55/100"
    assert parsed.adopted_on == datetime.date(2000, 12, 4)
    assert parsed.meeting == 81
    assert parsed.basis.startswith("A/55/602/Add.2")
    vote = parsed.vote
    assert (vote.kind, vote.yes, vote.no, vote.abstain) == ("recorded", 106, 1, 67)
    assert (len(vote.in_favour), len(vote.against), len(vote.abstaining)) == (106, 1, 67)
    assert [p.eid for p in parsed.preambular] == [f"preamble__para_{k}" for k in range(1, 5)]
    assert [p.number for p in parsed.operative] == ["1", "2", "3", "4"]
    assert parsed.warnings == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glued_footnote_texts_of_55_100_become_footnotes_with_marks(language):
    parsed = real(language)

    assert [f.mark for f in parsed.footnotes] == ["1", "2", "3", "4"]
    assert parsed.footnotes[0].line == 2  # the sponsors' note of the adoption line
    assert [[r.mark for r in p.footnote_refs] for p in parsed.preambular] == [[], ["2", "3"], ["4"], []]
    assert [c.target for c in parsed.footnotes[1].citations] == ["A/RES/217(III)"]
    assert [c.target for c in parsed.footnotes[2].citations] == ["A/RES/2200(XXI)"]
    for para in parsed.paragraphs():
        assert "217" not in para.text and "2200" not in para.text


def test_the_english_55_100_keeps_every_word_in_its_place():
    parsed = real("en")

    recalling = parsed.preambular[1]
    assert recalling.text == (
        "Recalling the provisions of the Universal Declaration of Human Rights, as well as article 12 of the "
        "International Covenant on Civil and Political Rights,"
    )
    assert [(r.mark, recalling.text[: r.offset][-7:]) for r in recalling.footnote_refs] == [
        ("2", "Rights,"),
        ("3", "Rights,"),
    ]
    assert [f.text for f in parsed.footnotes[:3]] == [
        "The draft resolution recommended in the report was sponsored in the Committee by: Bolivia, Cuba, "
        "El Salvador, Ghana and Honduras.",
        "Resolution 217 A (III).",
        "See resolution 2200 A (XXI), annex.",
    ]
    assert parsed.footnotes[3].text.startswith("Report of the International Conference on Population")
    assert parsed.footnotes[3].text.endswith("chap. I, resolution 1, annex.")
    assert parsed.preambular[2].text.startswith(
        "Stressing that, as stated in the Programme of Action of the International Conference on Population "
        "and Development, family reunification of documented migrants"
    )
    assert parsed.basis == "A/55/602/Add.2 and Corr.1, para. 94"
    assert parsed.vote.against == ["United States of America"]
    assert parsed.vote.abstaining[-3:] == [
        "Ukraine",
        "United Kingdom of Great Britain and Northern Ireland",
        "Uzbekistan",
    ]


def test_the_chinese_and_arabic_notes_leave_the_sentence_whole():
    zh, ar = real("zh"), real("ar")

    assert zh.preambular[1].text == "回顾《世界人权宣言》的各项规定，以及《公民及政治权利国际盟约》第12条，"
    assert [f.text for f in zh.footnotes[1:3]] == ["第217 A(III)号决议。", "见第2200 A(XXI)号决议，附件。"]
    assert ar.preambular[1].text == (
        "وإذ تشير إلى أحكام الإعلان العالمي لحقوق الإنسان وإلى المادة 12 من العهد الدولي الخاص بالحقوق "
        "المدنية والسياسية،"
    )
    assert [f.text for f in ar.footnotes[1:3]] == [
        "القرار 217 ألف (د - 3).",
        "انظر القرار 2200 ألف (د - 21)، المرفق.",
    ]
    assert ar.title.startswith("احترام حق الجميع في حرية السفر")


def test_the_recorded_vote_names_the_same_member_states_in_the_six_languages(shipped_index):
    matched = {}
    for language in LANGUAGES:
        vote = real(language).vote
        lists = []
        for names in (vote.in_favour, vote.against, vote.abstaining):
            codes, unmatched = match_names(names, language, shipped_index)
            assert unmatched == [], language
            lists.append(sorted(codes))
        matched[language] = lists
    english = matched["en"]
    assert all(lists == english for lists in matched.values())
    in_favour, against, abstaining = english
    assert (len(set(in_favour)), len(against), len(set(abstaining))) == (106, 1, 67)
    assert against == ["USA"]
    assert {"LBY", "SWZ", "CPV", "TUR", "VEN", "BOL", "PNG", "CUB"} <= set(in_favour)
    assert {"MKD", "CZE", "NLD", "GBR", "FSM"} <= set(abstaining)


def test_names_are_compared_without_case_apostrophe_space_and_tatweel_differences():
    assert normalise_name("Côte d’Ivoire") == normalise_name("CÔTE D'IVOIRE")
    assert normalise_name("Papua\u00a0New Guinea") == "papua new guinea"
    assert normalise_name("Папуа — Новая Гвинея") == normalise_name("Папуа-Новая Гвинея")
    assert normalise_name("جمهورية تنـزانيا المتحدة") == normalise_name("جمهورية تنزانيا المتحدة")
    assert (
        normalise_name("the former Yugoslav Republic of Macedonia") == "former yugoslav republic of macedonia"
    )


def test_a_compilation_text_keeps_unknown_names_and_unrecognised_glued_text(shipped_index):
    parsed = parse(read(WRITTEN))

    assert parsed.symbol.canonical == "A/RES/40/250"
    assert (parsed.meeting, parsed.adopted_on) == (120, datetime.date(1985, 12, 17))
    assert parsed.basis == "A/40/1003, para. 12"
    vote = parsed.vote
    assert (vote.kind, vote.yes, vote.no, vote.abstain) == ("recorded", 4, 0, 1)
    assert vote.against == []
    codes, unmatched = match_names(vote.in_favour, "en", shipped_index)
    assert (codes, unmatched) == (["BLR", "DDR", "SUN"], ["Atlantis"])
    assert match_names(vote.abstaining, "en", shipped_index) == (["YUG"], [])
    recalling = parsed.preambular[0]
    assert recalling.text == (
        "Recalling its resolution 3281 (XXIX) of 12 December 1974, and the Lima Declaration,Issued at the "
        "Second General Conference of the United Nations Industrial Development Organization on 26 March "
        "1975. as well as its later resolutions,"
    )
    assert [(r.mark, r.offset) for r in recalling.footnote_refs] == [
        ("1", len("Recalling its resolution 3281 (XXIX) of 12 December 1974,"))
    ]
    assert [(f.mark, f.text) for f in parsed.footnotes] == [
        ("1", "Official Records of the General Assembly, Twenty-ninth Session, Supplement No. 31 (A/9631).")
    ]
    assert [w.message for w in parsed.warnings] == [
        "text that looks glued into the sentence (a footnote's?), kept: "
        "'the Lima Declaration,Issued at the Second General Conference'"
    ]
    assert [p.number for p in parsed.operative] == ["1", "2"]


@pytest.mark.parametrize(
    ("language", "adoption", "expected"),
    [
        (
            "en",
            "Adopted at the 30th plenary meeting, on 2 November 1979, without a vote",
            ("without_vote", None),
        ),
        ("fr", "Adoptée à la 30e séance plénière, le 2 novembre 1979, sans vote", ("without_vote", None)),
        (
            "en",
            "Adopted at the 30th plenary meeting, on 2 November 1979, by 120 votes to 2, with 5 abstentions",
            ("non_recorded", 120),
        ),
        (
            "es",
            "Aprobada en la 30a. sesión plenaria, celebrada el 2 de noviembre de 1979, "
            "por 120 votos contra ninguno y 5 abstenciones",
            ("non_recorded", 120),
        ),
    ],
)
def test_the_adoption_line_says_how_the_resolution_was_adopted(language, adoption, expected):
    heading = {"en": "RESOLUTION 34/9", "fr": "RÉSOLUTION 34/9", "es": "RESOLUCIÓN 34/9"}[language]
    formula = {"en": "The General Assembly,", "fr": "L'Assemblée générale,", "es": "La Asamblea General,"}[
        language
    ]
    operative = {"en": "1. Decides to act;", "fr": "1. Décide d'agir;", "es": "1. Decide actuar;"}[language]
    parsed = parse(f"{heading}\n{adoption}\n34/9. Title\n{formula}\n{operative}\n", language=language)

    assert (parsed.vote.kind, parsed.vote.yes) == expected
    assert (parsed.meeting, parsed.adopted_on) == (30, datetime.date(1979, 11, 2))


def test_a_compilation_heading_without_a_title_line_is_refused():
    with pytest.raises(ParseError, match="compilation layout: no title line"):
        parse("RESOLUTION 34/9\nAdopted at the 30th plenary meeting, on 2 November 1979, without a vote\n")
