"""A resolution written to each official language's conventions (CONVENTIONS.md: cover, title line,
formula, lead words, paragraph numbers, sub-paragraph labels, footnote marks, citations, closing meeting
line, annex) parses to the same structure as the English one: same eIds, numbers as printed, texts,
footnotes, citation targets and metadata."""

import datetime
from pathlib import Path

import pytest
from parser_helpers import accounted, nonspace

from archive.parser import parse
from archive.parser.cover import read_cover
from archive.parser.languages import table
from archive.parser.normalise import normalise_lines

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"


def read(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def metadata(p):
    return (
        p.language,
        p.symbol.canonical,
        p.title,
        p.formula,
        p.agenda_items,
        p.basis,
        p.adopted_on,
        p.meeting,
    )


def rows(p):
    return [
        (
            x.eid,
            x.number,
            x.text,
            [(r.mark, r.offset) for r in x.footnote_refs],
            [c.target for c in x.citations],
        )
        for x in p.paragraphs()
    ]


def notes(p):
    return [(fn.eid, fn.text, [c.target for c in fn.citations]) for fn in p.footnotes]


def annexes(p):
    return [(a.eid, a.heading, a.title) for a in p.annexes]


EIDS = [
    "preamble__para_1",
    "preamble__para_2",
    "para_1",
    "para_1__subpara_a",
    "para_1__subpara_b",
    "para_1__subpara_b__subpara_i",
    "para_1__subpara_b__subpara_ii",
    "para_2",
]
CITED = ["A/RES/59/190", "A/RES/2200(XXI)"]


def test_french():
    p = parse(read("A_RES_79_150.fr.txt"))
    assert metadata(p) == (
        "fr",
        "A/RES/79/150",
        "Coopération internationale dans le domaine des droits de l’homme",
        "L’Assemblée générale,",
        ["14", "117 b)"],
        "sur la base du rapport de la Troisième Commission (A/79/480/Add.2)",
        datetime.date(2024, 12, 1),  # "1er décembre 2024"
        74,  # "74e séance plénière"
    )
    assert rows(p) == [
        (
            "preamble__para_1",
            None,
            "Rappelant la Déclaration universelle des droits de l’homme, ainsi que sa résolution 59/190 du "
            "20 décembre 2004 et ses résolutions 60/251 et 2200 A (XXI),",
            [("1", 58)],
            ["A/RES/59/190", "A/RES/60/251", "A/RES/2200(XXI)"],
        ),
        (
            "preamble__para_2",
            None,
            "Réaffirmant les engagements pris à sa soixantième session,",
            [],
            ["regular/60"],
        ),
        ("para_1", "1", "Engage tous les États :", [], []),  # U+202F before the colon
        ("para_1__subpara_a", "a)", "À coopérer entre eux dans le domaine des droits de l’homme ;", [], []),
        ("para_1__subpara_b", "b)", "À appliquer les mesures suivantes :", [], []),
        ("para_1__subpara_b__subpara_i", "i)", "Des mesures législatives ;", [], []),
        ("para_1__subpara_b__subpara_ii", "ii)", "Des mesures administratives ;", [("2", 27)], []),
        (
            "para_2",
            "2",
            "Prie le Secrétaire général de lui présenter un rapport sur l’application de la présente "
            "résolution à sa quatre-vingtième session ?",
            [],
            ["regular/80"],
        ),
        ("para_3", "3", "Décide de poursuivre l’examen de la question.", [], []),
        ("annex_1__para_1", "1", "Chaque État devrait agir.", [], []),
        ("annex_1__para_2", "2", "Les États devraient coopérer.", [], []),
    ]
    assert notes(p) == [
        ("fnt_1", "Résolution 217 A (III).", ["A/RES/217(III)"]),
        ("fnt_2", "Voir A/79/100, par. 12.", ["A/79/100"]),
    ]
    assert annexes(p) == [("annex_1", "Annexe", "Principes directeurs")]
    assert p.warnings == []


def test_spanish():
    p = parse(read("A_RES_79_151.es.txt"))
    assert metadata(p) == (
        "es",
        "A/RES/79/151",
        "Cooperación internacional en la esfera de los derechos humanos",
        "La Asamblea General,",
        ["14", "117 b)"],
        "sobre la base del informe de la Tercera Comisión (A/79/481)",
        datetime.date(2024, 12, 2),
        81,  # "81a. sesión plenaria"
    )
    assert rows(p) == [
        (
            "preamble__para_1",
            None,
            "Recordando la Declaración Universal de Derechos Humanos y su resolución 59/190, de 20 de "
            "diciembre de 2004, así como la resolución 2200 A (XXI),",
            [("1", 55)],
            CITED,
        ),
        (
            "preamble__para_2",
            None,
            "Reafirmando los compromisos contraídos en su quincuagésimo noveno período de sesiones,",
            [],
            ["regular/59"],
        ),
        ("para_1", "1", "Exhorta a todos los Estados:", [], []),
        ("para_1__subpara_a", "a)", "A que cooperen entre sí;", [], []),
        ("para_1__subpara_b", "b)", "A que adopten las medidas siguientes:", [], []),
        ("para_1__subpara_b__subpara_i", "i)", "Medidas legislativas;", [], []),
        ("para_1__subpara_b__subpara_ii", "ii)", "Medidas administrativas;", [("2", 23)], []),
        (
            "para_2",
            "2",
            "Decide seguir examinando la cuestión en su octogésimo período de sesiones.",
            [],
            ["regular/80"],
        ),
        ("annex_1__para_1", "1", "Cada Estado debería actuar.", [], []),
        ("annex_1__para_2", "2", "Los Estados deberían cooperar.", [], []),
    ]
    assert notes(p) == [
        ("fnt_1", "Resolución 217 A (III).", ["A/RES/217(III)"]),
        ("fnt_2", "Véase A/79/101.", ["A/79/101"]),
    ]
    assert annexes(p) == [("annex_1", "Anexo", "Principios rectores")]
    assert p.warnings == []


def test_russian():
    """Lower-case lead words and operative verbs; Cyrillic а), б) labels; a Cyrillic А in 2200 А (XXI)."""
    p = parse(read("A_RES_79_152.ru.txt"))
    assert metadata(p) == (
        "ru",
        "A/RES/79/152",
        "Международное сотрудничество в области прав человека",
        "Генеральная Ассамблея,",
        ["14", "117 b"],
        "по докладу Третьего комитета (A/79/482)",
        datetime.date(2024, 12, 3),
        74,
    )
    assert rows(p) == [
        (
            "preamble__para_1",
            None,
            "ссылаясь на Всеобщую декларацию прав человека и свою резолюцию 59/190 от 20 декабря 2004 года, "
            "а также на резолюцию 2200 А (XXI),",
            [("1", 45)],
            CITED,
        ),
        (
            "preamble__para_2",
            None,
            "вновь подтверждая обязательства, принятые на ее пятьдесят девятой сессии,",
            [],
            ["regular/59"],
        ),
        ("para_1", "1", "призывает все государства:", [], []),
        ("para_1__subpara_a", "а)", "сотрудничать друг с другом;", [], []),
        ("para_1__subpara_b", "б)", "принимать следующие меры:", [], []),
        ("para_1__subpara_b__subpara_i", "i)", "законодательные меры;", [], []),
        ("para_1__subpara_b__subpara_ii", "ii)", "административные меры;", [("2", 21)], []),
        (
            "para_2",
            "2",
            "постановляет продолжить рассмотрение этого вопроса на своей восьмидесятой сессии.",
            [],
            ["regular/80"],
        ),
        ("annex_1__para_1", "1", "Каждое государство должно действовать.", [], []),
        ("annex_1__para_2", "2", "Государства должны сотрудничать.", [], []),
    ]
    assert notes(p) == [
        ("fnt_1", "Резолюция 217 A (III).", ["A/RES/217(III)"]),
        ("fnt_2", "См. A/79/102.", ["A/79/102"]),
    ]
    assert annexes(p) == [("annex_1", "Приложение", "Руководящие принципы")]
    assert p.warnings == []


ARABIC_ROWS = [
    (
        "preamble__para_1",
        None,
        # the date in Arabic-Indic digits, the symbol in Western ones, as the text prints them
        "إذ تشير إلى الإعلان العالمي لحقوق الإنسان وإلى قرارها 59/190 المؤرخ ٢٠ كانون الأول/ ديسمبر ٢٠٠٤، "
        "وإلى القرار 2200 ألف (د-21)،",
        [("1", 41)],
        CITED,
    ),
    (
        "preamble__para_2",
        None,
        "وإذ تؤكد من جديد الالتزامات التي قطعتها في دورتها التاسعة والخمسين،",
        [],
        ["regular/59"],
    ),
    ("para_1", "1", "تهيب بجميع الدول ما يلي:", [], []),
    ("para_1__subpara_a", "(أ)", "أن تتعاون فيما بينها؛", [], []),
    ("para_1__subpara_b", "(ب)", "أن تتخذ التدابير التالية:", [], []),
    ("para_1__subpara_b__subpara_i", "’1‘", "التدابير التشريعية؛", [], []),
    ("para_1__subpara_b__subpara_ii", "’2‘", "التدابير الإدارية؛", [("2", 17)], []),
    ("para_2", "2", "تقرر مواصلة النظر في المسألة في دورتها الثمانين.", [], ["regular/80"]),
    ("annex_1__para_1", "1", "ينبغي لكل دولة أن تعمل.", [], []),
    ("annex_1__para_2", "2", "ينبغي للدول أن تتعاون.", [], []),
]


@pytest.mark.parametrize("name", ["A_RES_79_153.ar.txt", "A_RES_79_153.ar.visual.txt"])
def test_arabic(name):
    """Title '79/153 - …', operative numbers '1 - ', labels (أ) and ’1‘, marks '(1)' and footnotes '(1) …',
    agenda 'البندان 14 و 117 (ب)', Arabic-Indic digits, '217 ألف (د - 3)'; the same text extracted in
    visual order (every line drawn right to left) parses the same."""
    p = parse(read(name))
    assert metadata(p) == (
        "ar",
        "A/RES/79/153",
        "التعاون الدولي في ميدان حقوق الإنسان",
        "إن الجمعية العامة،",
        ["14", "117 (ب)"],
        "بناء على تقرير اللجنة الثالثة (A/79/483)",
        datetime.date(2024, 12, 4),
        74,
    )
    assert rows(p) == ARABIC_ROWS
    assert notes(p) == [
        ("fnt_1", "القرار 217 ألف (د - 3).", ["A/RES/217(III)"]),
        ("fnt_2", "انظر A/79/103.", ["A/79/103"]),
    ]
    assert annexes(p) == [("annex_1", "المرفق", "المبادئ التوجيهية")]
    assert p.warnings == []


def test_chinese():
    """Full-width '１．' and '2．' without a space, ㈠ ㈡ for the roman level, marks on their own lines,
    '第2200 A（XXI）号决议', the date line before '第74次全体会议'."""
    p = parse(read("A_RES_79_154.zh.txt"))
    assert metadata(p) == (
        "zh",
        "A/RES/79/154",
        "人权领域的国际合作",
        "大会，",
        ["14", "117(b)"],
        "根据第三委员会的报告(A/79/484)通过",
        datetime.date(2024, 12, 5),
        74,
    )
    assert rows(p) == [
        (
            "preamble__para_1",
            None,
            "回顾《世界人权宣言》和其2004年12月20日第59/190号决议以及第2200 A（XXI）号决议，",
            [("1", 10)],
            CITED,
        ),
        ("preamble__para_2", None, "重申其在第五十九届会议上作出的承诺，", [], ["regular/59"]),
        ("para_1", "1", "吁请所有国家：", [], []),
        ("para_1__subpara_a", "(a)", "相互合作；", [], []),
        ("para_1__subpara_b", "(b)", "采取下列措施：", [], []),
        ("para_1__subpara_b__subpara_i", "㈠", "立法措施；", [], []),
        ("para_1__subpara_b__subpara_ii", "㈡", "行政措施；", [("2", 5)], []),
        ("para_2", "2", "决定在第八十届会议上继续审议这一问题。", [], ["regular/80"]),
        ("annex_1__para_1", "1", "每个国家均应采取行动。", [], []),
        ("annex_1__para_2", "2", "各国应开展合作。", [], []),
    ]
    assert notes(p) == [
        ("fnt_1", "第217 A(III)号决议。", ["A/RES/217(III)"]),
        ("fnt_2", "见A/79/104。", ["A/79/104"]),
    ]
    assert annexes(p) == [("annex_1", "附件", "指导原则")]
    assert p.warnings == []


@pytest.mark.parametrize(
    "name",
    [
        "A_RES_79_150.fr.txt",
        "A_RES_79_151.es.txt",
        "A_RES_79_152.ru.txt",
        "A_RES_79_153.ar.txt",
        "A_RES_79_154.zh.txt",
    ],
)
def test_the_cover_names_the_seventy_ninth_session(name):
    p = parse(read(name))
    assert [x.eid for x in p.paragraphs()][: len(EIDS)] == EIDS
    assert read_cover(normalise_lines(read(name)), table(p.language)).session_number == 79


@pytest.mark.parametrize(
    "name",
    [
        "A_RES_79_150.fr.txt",
        "A_RES_79_151.es.txt",
        "A_RES_79_152.ru.txt",
        "A_RES_79_153.ar.txt",
        "A_RES_79_153.ar.visual.txt",
        "A_RES_79_154.zh.txt",
    ],
)
def test_every_character_is_accounted_for(name):
    """Labels as printed (Arabic "1 -", Chinese "1．"), footnote marks (with the brackets of Arabic ones),
    metadata lines: nothing lost. The visual-order text is compared with the logical one it is restored
    to."""
    text = read(name.replace(".visual", ""))
    assert accounted(parse(read(name)), text) == nonspace(text)


def test_an_arabic_emergency_special_session_resolution_numbered_with_its_arabic_prefix():
    """ "دإط-10/19" on the title line, no "A/RES/" line on the cover: the symbol is read from the title,
    and agrees with the cover's session ("the tenth emergency special session")."""
    p = parse(
        "الدورة الاستثنائية الطارئة العاشرة\nالبند 5 من جدول الأعمال\n\n"
        "[دون إحالة إلى لجنة رئيسية (A/ES-10/L.22)]\n\n"
        "دإط-10/19 - وضع مدينة القدس\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها ذات الصلة،\n\n"
        "1 - تؤكد أن أي قرارات يقصد بها تغيير طابع مدينة القدس لاغية وباطلة.\n\n"
        "الجلسة العامة 37\n21 كانون الأول/ديسمبر 2017\n"
    )
    assert (p.symbol.canonical, p.title, p.draft_symbols, p.adopted_on, p.meeting, p.warnings) == (
        "A/RES/ES-10/19",
        "وضع مدينة القدس",
        ["A/ES-10/L.22"],
        datetime.date(2017, 12, 21),
        37,
        [],
    )
