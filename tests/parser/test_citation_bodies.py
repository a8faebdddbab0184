"""Citation targets typed by issuing body, in the six official languages: GA resolutions, other UN organs'
resolutions (with their own symbols), documents of other organisations (plain text, never UN symbols),
and sessions of other bodies (never GA sessions)."""

import pytest

from archive.parser.citations import find_citations
from archive.parser.issuing_bodies import issuing_organ


def cite(text: str, language: str) -> list[tuple]:
    """(raw text, target, kind) of each citation, after checking that each span is its raw text."""
    found = find_citations(text, language)
    for citation in found:
        assert text[citation.start : citation.end] == citation.text
    return [(c.text, c.target, c.kind) for c in found]


def at(text: str, raw: str) -> tuple[int, int]:
    start = text.index(raw)
    return start, start + len(raw)


# --- Other UN organs' resolutions ---------------------------------------------------------------------

ECOSOC = "E/RES/1980/67"
SC = "S/RES/2334 (2016)"
HRC = "A/HRC/RES/5/1"
ECOSOC_OLD = "E/RES/1235(XLII)"
TC = "T/RES/2200(LXI)"
CHR = "E/CN.4/RES/2005/69"

ORGAN_RESOLUTIONS = [
    ("en", "Recalling Economic and Social Council resolution 1980/67 of 25 July 1980,", "1980/67", ECOSOC),
    ("en", "Recalling resolution 1980/67 of the Economic and Social Council,", "1980/67", ECOSOC),
    ("en", "Recalling Security Council resolution 2334 (2016),", "2334 (2016)", SC),
    ("en", "Recalling Human Rights Council resolution 5/1 of 18 June 2007,", "5/1", HRC),
    ("fr", "Rappelant la résolution 1980/67 du Conseil économique et social,", "1980/67", ECOSOC),
    ("fr", "Rappelant la résolution 2334 (2016) du Conseil de sécurité,", "2334 (2016)", SC),
    ("fr", "Rappelant la résolution 5/1 du Conseil des droits de l’homme,", "5/1", HRC),
    ("es", "Recordando la resolución 1980/67 del Consejo Económico y Social,", "1980/67", ECOSOC),
    ("es", "Recordando la resolución 2334 (2016) del Consejo de Seguridad,", "2334 (2016)", SC),
    ("es", "Recordando la resolución 5/1 del Consejo de Derechos Humanos,", "5/1", HRC),
    ("ru", "ссылаясь на резолюцию 1980/67 Экономического и Социального Совета,", "1980/67", ECOSOC),
    ("ru", "ссылаясь на резолюцию Экономического и Социального Совета 1980/67,", "1980/67", ECOSOC),
    ("ru", "ссылаясь на резолюцию 2334 (2016) Совета Безопасности,", "2334 (2016)", SC),
    ("ru", "ссылаясь на резолюцию 5/1 Совета по правам человека,", "5/1", HRC),
    ("ar", "إذ تشير إلى قرار المجلس الاقتصادي والاجتماعي 1980/67،", "1980/67", ECOSOC),
    ("ar", "إذ تشير إلى قرار مجلس الأمن 2334 (2016)،", "2334 (2016)", SC),
    ("ar", "إذ تشير إلى قرار مجلس حقوق الإنسان 5/1،", "5/1", HRC),
    ("zh", "回顾经济及社会理事会1980年7月25日第1980/67号决议，", "1980/67", ECOSOC),
    ("zh", "回顾安全理事会第2334（2016）号决议，", "2334（2016）", SC),
    ("zh", "回顾人权理事会第5/1号决议，", "5/1", HRC),
    (
        "en",
        "Recalling Economic and Social Council resolution 1235 (XLII) of 6 June 1967,",
        "1235 (XLII)",
        ECOSOC_OLD,
    ),
    ("fr", "Rappelant la résolution 1235 (XLII) du Conseil économique et social,", "1235 (XLII)", ECOSOC_OLD),
    ("ar", "إذ تشير إلى قرار المجلس الاقتصادي والاجتماعي 1235 (د-42)،", "1235 (د-42)", ECOSOC_OLD),
    ("zh", "回顾经济及社会理事会第1235（XLII）号决议，", "1235（XLII）", ECOSOC_OLD),
    ("en", "Recalling Trusteeship Council resolution 2200 (LXI),", "2200 (LXI)", TC),
    ("fr", "Rappelant la résolution 2200 (LXI) du Conseil de tutelle,", "2200 (LXI)", TC),
    ("es", "Recordando la resolución 2200 (LXI) del Consejo de Administración Fiduciaria,", "2200 (LXI)", TC),
    ("ru", "ссылаясь на резолюцию Совета по Опеке 2200 (LXI),", "2200 (LXI)", TC),
    ("ar", "إذ تشير إلى قرار مجلس الوصاية 2200 (د-61)،", "2200 (د-61)", TC),
    ("zh", "回顾托管理事会第2200（LXI）号决议，", "2200（LXI）", TC),
    ("en", "Recalling Commission on Human Rights resolution 2005/69,", "2005/69", CHR),
    ("ar", "إذ تشير إلى القرار 2005/69 الصادر عن لجنة حقوق الإنسان،", "2005/69", CHR),
]


@pytest.mark.parametrize("language, text, raw, target", ORGAN_RESOLUTIONS)
def test_other_organs_resolutions_carry_their_own_symbol(language, text, raw, target):
    [citation] = find_citations(text, language)
    assert (citation.text, citation.target, citation.kind) == (raw, target, "document")
    assert (citation.start, citation.end) == at(text, raw)


def test_organ_resolutions_printed_in_full_are_typed_by_their_series():
    text = "See S/RES/2334 (2016) and Corr.1, E/RES/1980/67, A/HRC/RES/5/1, E/CN.4/RES/2005/69 and A/59/327."
    assert cite(text, "en") == [
        ("S/RES/2334 (2016)", "S/RES/2334 (2016)", "document"),
        ("Corr.1", "S/RES/2334 (2016)/Corr.1", "document"),
        ("E/RES/1980/67", "E/RES/1980/67", "document"),
        ("A/HRC/RES/5/1", "A/HRC/RES/5/1", "document"),
        ("E/CN.4/RES/2005/69", "E/CN.4/RES/2005/69", "document"),
        ("A/59/327", "A/59/327", "document"),
    ]


def test_issuing_organ_of_a_symbol():
    assert [issuing_organ(s) for s in (SC, ECOSOC, HRC, CHR, TC, "A/RES/60/1", "A/59/327")] == [
        "Security Council",
        "Economic and Social Council",
        "Human Rights Council",
        "Commission on Human Rights",
        "Trusteeship Council",
        None,
        None,
    ]


# --- The General Assembly's own resolutions, as before ------------------------------------------------

GA_RESOLUTIONS = [
    ("en", "Recalling General Assembly resolution 60/180 and its resolution 65/7,", ["60/180", "65/7"]),
    (
        "fr",
        "Rappelant la résolution 60/180 de l’Assemblée générale et sa résolution 65/7,",
        ["60/180", "65/7"],
    ),
    (
        "es",
        "Recordando la resolución 60/180 de la Asamblea General y su resolución 65/7,",
        ["60/180", "65/7"],
    ),
    ("ru", "ссылаясь на резолюцию 60/180 Генеральной Ассамблеи и свою резолюцию 65/7,", ["60/180", "65/7"]),
    ("ar", "إذ تشير إلى قرار الجمعية العامة 60/180 وإلى قرارها 65/7،", ["60/180", "65/7"]),
    ("zh", "回顾大会第60/180号决议和第65/7号决议，", ["60/180", "65/7"]),
]


@pytest.mark.parametrize("language, text, numbers", GA_RESOLUTIONS)
def test_general_assembly_resolutions_stay_resolutions(language, text, numbers):
    assert cite(text, language) == [(n, f"A/RES/{n}", "resolution") for n in numbers]


# --- Documents of other organisations: plain text, never UN symbols -----------------------------------

IAEA = "GC(69)/RES/7"
OAU = "CM/Res.1153 (XLVIII)"
ICC = "ICC-ASP/20/Res.5"

OTHER_DOCUMENTS = [
    ("en", f"Takes note of resolution {IAEA}, adopted by the General Conference of the IAEA,", IAEA),
    ("en", f"Recalling resolution {OAU} of the Council of Ministers of the OAU,", OAU),
    ("en", f"Recalling resolution {ICC} of the Assembly of States Parties,", ICC),
    ("en", "Recalling resolution GC(XXXIV)/RES/530,", "GC(XXXIV)/RES/530"),
    ("fr", f"Prend note de la résolution {IAEA} de la Conférence générale de l’AIEA,", IAEA),
    ("fr", f"Rappelant la résolution {OAU} du Conseil des ministres de l’OUA,", OAU),
    ("es", f"Toma nota de la resolución {IAEA} de la Conferencia General del OIEA,", IAEA),
    ("es", f"Recordando la resolución {ICC} de la Asamblea de los Estados Partes,", ICC),
    ("ru", f"принимает к сведению резолюцию {IAEA} Генеральной конференции МАГАТЭ,", IAEA),
    ("ru", f"ссылаясь на резолюцию {OAU} Совета министров ОАЕ,", OAU),
    ("ar", f"تحيط علما بالقرار {IAEA} الذي اتخذه المؤتمر العام للوكالة،", IAEA),
    ("ar", f"إذ تشير إلى القرار {ICC} لجمعية الدول الأطراف،", ICC),
    ("zh", f"注意到国际原子能机构大会第{IAEA}号决议，", IAEA),
    ("zh", f"回顾非统组织部长理事会第{OAU}号决议，", OAU),
]


@pytest.mark.parametrize("language, text, symbol", OTHER_DOCUMENTS)
def test_other_organisations_documents_are_plain_text(language, text, symbol):
    [citation] = find_citations(text, language)
    assert (citation.text, citation.target, citation.kind) == (symbol, symbol, "other")
    assert (citation.start, citation.end) == at(text, symbol)


def test_other_organisations_symbols_keep_their_printed_form():
    """Line breaks inside a symbol become one space, full-width brackets ASCII; the case of "Res." is kept."""
    text = "resolutions CM/Res.1153\n(XLVIII) and WT/MIN(01)/DEC/1 and AHG/Res.16 (I)"
    assert cite(text, "en") == [
        ("CM/Res.1153\n(XLVIII)", "CM/Res.1153 (XLVIII)", "other"),
        ("WT/MIN(01)/DEC/1", "WT/MIN(01)/DEC/1", "other"),
        ("AHG/Res.16 (I)", "AHG/Res.16 (I)", "other"),
    ]
    assert cite("第GC（69）/RES/7号决议", "zh") == [("GC（69）/RES/7", "GC(69)/RES/7", "other")]


# --- Sessions of other bodies -------------------------------------------------------------------------

OTHER_SESSIONS = [
    ("en", "the twentieth session of the Assembly of States Parties to the Rome Statute"),
    ("en", "the Assembly of States Parties to the Rome Statute, at its twentieth session"),
    ("en", "the Conference of the Parties at its twenty-ninth session"),
    ("fr", "la vingtième session de l’Assemblée des États parties au Statut de Rome"),
    ("fr", "l’Assemblée des États parties au Statut de Rome, à sa vingtième session"),
    ("fr", "la Conférence des Parties à sa vingt-neuvième session"),
    ("es", "el vigésimo período de sesiones de la Asamblea de los Estados Partes en el Estatuto de Roma"),
    ("es", "la Asamblea de los Estados Partes en el Estatuto de Roma, en su vigésimo período de sesiones"),
    ("ru", "на двадцатой сессии Ассамблеи государств — участников Римского статута"),
    ("ru", "Конференция Сторон на ее двадцать девятой сессии"),
    ("ar", "الدورة العشرين لجمعية الدول الأطراف في نظام روما الأساسي"),
    ("zh", "罗马规约缔约国大会第二十届会议"),
]


@pytest.mark.parametrize("language, text", OTHER_SESSIONS)
def test_sessions_of_other_bodies_are_not_general_assembly_sessions(language, text):
    assert find_citations(text, language) == []


GA_SESSIONS = [
    ("en", "the sixtieth session of the General Assembly", "sixtieth session"),
    ("en", "the sixtieth session of the Assembly,", "sixtieth session"),
    ("en", "at its sixtieth session", "sixtieth session"),
    ("fr", "la soixantième session de l’Assemblée générale", "soixantième session"),
    ("fr", "à sa soixantième session", "soixantième session"),
    ("es", "el sexagésimo período de sesiones de la Asamblea General", "sexagésimo período de sesiones"),
    ("es", "en su sexagésimo período de sesiones", "sexagésimo período de sesiones"),
    ("ru", "на шестидесятой сессии Генеральной Ассамблеи", "шестидесятой сессии"),
    ("ru", "на своей шестидесятой сессии", "шестидесятой сессии"),
    ("ar", "الدورة الستين للجمعية العامة", "الدورة الستين"),
    ("ar", "في دورتها الستين", "دورتها الستين"),
    ("ar", "في الدورة الستين للجمعية، وفي", "الدورة الستين"),
    ("zh", "大会第六十届会议", "第六十届会议"),
]


@pytest.mark.parametrize("language, text, raw", GA_SESSIONS)
def test_the_general_assemblys_own_sessions_are_still_read(language, text, raw):
    assert cite(text, language) == [(raw, "regular/60", "session")]
