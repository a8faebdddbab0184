"""The cover's basis line read into its parts in any language and printed in each language's own form
(CONVENTIONS: "[on the report of the Third Committee (A/59/503/Add.2)]", "[根据第三委员会的报告
(A/59/503/Add.2)通过]"); a line of another wording is shown only in its own language."""

import pytest

from archive.parser.printed import Basis, basis_language, basis_line, printed_basis, read_basis

LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]

THIRD_COMMITTEE = {
    "en": "on the report of the Third Committee (A/59/503/Add.2)",
    "fr": "sur la base du rapport de la Troisième Commission (A/59/503/Add.2)",
    "es": "sobre la base del informe de la Tercera Comisión (A/59/503/Add.2)",
    "ru": "по докладу Третьего комитета (A/59/503/Add.2)",
    "ar": "بناء على تقرير اللجنة الثالثة (A/59/503/Add.2)",
    "zh": "根据第三委员会的报告(A/59/503/Add.2)通过",
}
WITHOUT_REFERENCE = {
    "en": "without reference to a Main Committee (A/73/L.3)",
    "fr": "sans renvoi à une grande commission (A/73/L.3)",
    "es": "sin remisión previa a una Comisión Principal (A/73/L.3)",
    "ru": "без передачи в главный комитет (A/73/L.3)",
    "ar": "دون إحالة إلى لجنة رئيسية (A/73/L.3)",
    "zh": "未经发交主要委员会(A/73/L.3)通过",
}
FIFTH_COMMITTEE_PARAGRAPH = {
    "en": "on the report of the Fifth Committee (A/80/401, para. 6)",
    "fr": "sur la base du rapport de la Cinquième Commission (A/80/401, par. 6)",
    "es": "sobre la base del informe de la Quinta Comisión (A/80/401, párr. 6)",
    "ru": "по докладу Пятого комитета (A/80/401, пункт 6)",
    "ar": "بناء على تقرير اللجنة الخامسة (A/80/401، الفقرة 6)",
    "zh": "根据第五委员会的报告(A/80/401，第6段)通过",
}
DECOLONIZATION = {
    "en": "on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/79/400)",
    "fr": (
        "sur la base du rapport de la Commission des questions politiques spéciales et de la décolonisation "
        "(Quatrième Commission) (A/79/400)"
    ),
    "es": (
        "sobre la base del informe de la Comisión Política Especial y de Descolonización (Cuarta Comisión) "
        "(A/79/400)"
    ),
    "ru": (
        "по докладу Комитета по специальным политическим вопросам и вопросам деколонизации "
        "(Четвертый комитет) (A/79/400)"
    ),
    "ar": "بناء على تقرير لجنة المسائل السياسية الخاصة وإنهاء الاستعمار (اللجنة الرابعة) (A/79/400)",
    "zh": "根据特别政治和非殖民化委员会(第四委员会)的报告(A/79/400)通过",
}
PARTS = [
    (THIRD_COMMITTEE, Basis(committee=3, documents=("A/59/503/Add.2",))),
    (WITHOUT_REFERENCE, Basis(committee=None, documents=("A/73/L.3",))),
    (FIFTH_COMMITTEE_PARAGRAPH, Basis(committee=5, documents=("A/80/401",), paragraph=6)),
    (DECOLONIZATION, Basis(committee=4, documents=("A/79/400",), decolonization=True)),
]


@pytest.mark.parametrize("stored_in", LANGUAGES)
@pytest.mark.parametrize(("forms", "parts"), PARTS)
def test_a_line_stored_in_one_language_prints_in_each_languages_own_form(forms, parts, stored_in):
    assert read_basis(forms[stored_in]) == parts
    assert {language: basis_line(forms[stored_in], language) for language in LANGUAGES} == forms


def test_every_main_committee_by_its_ordinal():
    lines = [f"on the report of the {nth} Committee (A/80/40{n})" for n, nth in enumerate(
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"], 1
    )]  # fmt: skip
    assert [read_basis(line).committee for line in lines] == [1, 2, 3, 4, 5, 6]
    assert [printed_basis(read_basis(line), "zh") for line in lines] == [
        f"根据第{nth}委员会的报告(A/80/40{n})通过" for n, nth in enumerate("一二三四五六", 1)
    ]
    assert [printed_basis(read_basis(line), "ru") for line in lines] == [
        f"по докладу {nth} комитета (A/80/40{n})"
        for n, nth in enumerate(["Первого", "Второго", "Третьего", "Четвертого", "Пятого", "Шестого"], 1)
    ]


def test_full_width_brackets_spacing_case_and_yo_are_read():
    assert read_basis("根据第三委员会的报告 （A/59/503/Add.2） 通过") == PARTS[0][1]
    assert read_basis("on  the report of the third committee(A/59/503/Add.2)") == PARTS[0][1]
    assert read_basis("по докладу Четвёртого комитета (A/80/404)") == Basis(
        committee=4, documents=("A/80/404",)
    )


def test_several_documents_and_the_documents_alone_as_the_yearly_compilations_print_them():
    stored = "A/55/602/Add.2 and Corr.1, para. 94"  # "on the recommendation of the Committee (…)"
    assert read_basis(stored) == Basis(
        committee=None, documents=("A/55/602/Add.2", "Corr.1"), paragraph=94, documents_only=True
    )
    assert {language: basis_line(stored, language) for language in LANGUAGES} == {
        "ar": "A/55/602/Add.2 و Corr.1، الفقرة 94",
        "zh": "A/55/602/Add.2和Corr.1，第94段",
        "en": "A/55/602/Add.2 and Corr.1, para. 94",
        "fr": "A/55/602/Add.2 et Corr.1, par. 94",
        "ru": "A/55/602/Add.2 и Corr.1, пункт 94",
        "es": "A/55/602/Add.2 y Corr.1, párr. 94",
    }
    assert read_basis("A/55/602/Add.2，第94段") == Basis(
        committee=None, documents=("A/55/602/Add.2",), paragraph=94, documents_only=True
    )


@pytest.mark.parametrize(
    ("stored", "language"),
    [
        ("on the report of the Ad Hoc Committee of the Whole (A/S-21/5)", "en"),  # not a Main Committee
        ("sur la base du rapport du Comité spécial (A/10/1)", "fr"),
        ("on the report of the Third Committee (A/59/503/Add.2, paras. 6 and 7)", "en"),  # paragraphs
        ("根据特设全体委员会的报告(A/S-21/5)通过", "zh"),  # the script says which language
        ("по рекомендации Комитета (A/55/602)", "ru"),
        ("بناء على توصية اللجنة (A/55/602)", "ar"),
    ],
)
def test_a_line_of_another_wording_shows_only_around_a_text_of_its_own_language(stored, language):
    assert read_basis(stored) is None
    assert basis_language(stored) == language
    assert {code: basis_line(stored, code) for code in LANGUAGES} == {
        code: stored if code == language else None for code in LANGUAGES
    }


def test_the_interfaces_code_for_chinese_reads_as_chinese():
    assert basis_line(THIRD_COMMITTEE["en"], "zh-hans") == THIRD_COMMITTEE["zh"]
    assert (
        basis_line("根据特设全体委员会的报告(A/S-21/5)通过", "zh-hans")
        == "根据特设全体委员会的报告(A/S-21/5)通过"
    )


def test_a_latin_line_of_unknown_wording_shows_nowhere_rather_than_in_a_wrong_language():
    assert basis_language("corrected") is None
    assert [basis_line("corrected", code) for code in LANGUAGES] == [None] * 6
