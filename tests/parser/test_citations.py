"""Citations found in paragraph and footnote texts, in the six official languages."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.parser.citations import find_citations

LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]


def cite(text: str, language: str) -> list[tuple]:
    """(raw text, target, kind, pinpoint) of each citation, after checking spans and order."""
    found = find_citations(text, language)
    out = []
    previous = -1
    for citation in found:
        assert text[citation.start : citation.end] == citation.text
        assert citation.start >= previous
        previous = citation.start
        out.append((citation.text, citation.target, citation.kind, citation.pinpoint))
    return out


def spans(text: str, language: str) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in find_citations(text, language)]


def R(raw, target, pin=None):  # noqa: N802 - table shorthand
    return (raw, target, "resolution", pin)


def D(raw, target, pin=None):  # noqa: N802
    return (raw, target, "document", pin)


def B(raw, target, pin=None):  # noqa: N802 - another UN organ's resolution
    return (raw, target, "document", pin)


def X(raw, target):  # noqa: N802 - another organisation's document, kept as printed
    return (raw, target, "other", None)


def S(raw, target):  # noqa: N802
    return (raw, target, "session", None)


# --- GA resolutions -----------------------------------------------------------------------------------

CASES = [
    # English
    ("en", "Recalling its resolution 59/190 of 20 December 2004,", [R("59/190", "A/RES/59/190")]),
    ("en", "Recalling resolutions 76/1 and 77/2,", [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")]),
    (
        "en",
        "resolutions 60/180, 65/7 and 70/262",
        [R("60/180", "A/RES/60/180"), R("65/7", "A/RES/65/7"), R("70/262", "A/RES/70/262")],
    ),
    (
        "en",
        "resolutions 60/180, 65/7, and 70/262",
        [R("60/180", "A/RES/60/180"), R("65/7", "A/RES/65/7"), R("70/262", "A/RES/70/262")],
    ),
    ("en", "General Assembly resolution 60/180", [R("60/180", "A/RES/60/180")]),
    ("en", "Resolution 217 A (III).", [R("217 A (III)", "A/RES/217(III)")]),
    ("en", "See resolution 169 (II).", [R("169 (II)", "A/RES/169(II)")]),
    ("en", "resolutions 2200 A (XXI), annex", [R("2200 A (XXI)", "A/RES/2200(XXI)")]),
    ("en", "as recalled in its resolution S-24/2,", [R("S-24/2", "A/RES/S-24/2")]),
    ("en", "resolution ES-10/19", [R("ES-10/19", "A/RES/ES-10/19")]),
    ("en", "in accordance with resolution 54/237 C,", [R("54/237 C", "A/RES/54/237")]),
    (
        "en",
        "its resolutions 3263 (XXIX) of 9 December 1974, 3474 (XXX) of 11 December 1975, 31/71 of "
        "10 December 1976, 36/87 A and B of 9 December 1981 and 53/77 AA of 4 December 1998 on",
        [
            R("3263 (XXIX)", "A/RES/3263(XXIX)"),
            R("3474 (XXX)", "A/RES/3474(XXX)"),
            R("31/71", "A/RES/31/71"),
            R("36/87 A and B", "A/RES/36/87"),
            R("53/77 AA", "A/RES/53/77"),
        ],
    ),
    (
        "en",
        "Resolution 74/4, annex, and resolution 78/1, annex.",
        [R("74/4", "A/RES/74/4"), R("78/1", "A/RES/78/1")],
    ),
    (
        "en",
        "Resolution 79/233, annex; see also resolution 79/279.",
        [R("79/233", "A/RES/79/233"), R("79/279", "A/RES/79/279")],
    ),
    (
        "en",
        "resolutions 71/31 and 71/32 of 5 December 2016, and its decisions 73/512 of 5 December 2018 "
        "and 75/514 of 7 December 2020",
        [R("71/31", "A/RES/71/31"), R("71/32", "A/RES/71/32")],
    ),
    (
        "en",
        "the explicit symbol A/RES/59/190 and A/RES/217 (III) A",
        [R("A/RES/59/190", "A/RES/59/190"), R("A/RES/217 (III) A", "A/RES/217(III)")],
    ),
    # pinpoints
    ("en", "paragraph 5 of resolution 58/199", [R("58/199", "A/RES/58/199", "5")]),
    ("en", "resolution 58/199, paragraph 5,", [R("58/199", "A/RES/58/199", "5")]),
    ("en", "paragraph 7 of its resolution 46/30 and", [R("46/30", "A/RES/46/30", "7")]),
    ("en", "paragraphs 7 to 10 of resolution 46/36 L;", [R("46/36 L", "A/RES/46/36", "7")]),
    ("en", "in accordance with resolution 66/20, paragraph 6 above", [R("66/20", "A/RES/66/20")]),
    # French
    ("fr", "Rappelant sa résolution 59/190 du 20 décembre 2004,", [R("59/190", "A/RES/59/190")]),
    ("fr", "résolutions 76/1 et 77/2", [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")]),
    ("fr", "Résolution 217 A (III).", [R("217 A (III)", "A/RES/217(III)")]),
    ("fr", "paragraphe 5 de la résolution 58/199", [R("58/199", "A/RES/58/199", "5")]),
    (
        "fr",
        "résolutions 60/180, 65/7 et 70/262",
        [R("60/180", "A/RES/60/180"), R("65/7", "A/RES/65/7"), R("70/262", "A/RES/70/262")],
    ),
    # Spanish
    ("es", "Recordando su resolución 59/190, de 20 de diciembre de 2004,", [R("59/190", "A/RES/59/190")]),
    ("es", "resoluciones 76/1 y 77/2", [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")]),
    ("es", "resoluciones 76/1 e 77/2", [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")]),
    ("es", "párrafo 5 de la resolución 58/199", [R("58/199", "A/RES/58/199", "5")]),
    ("es", "la resolución ES-10/19", [R("ES-10/19", "A/RES/ES-10/19")]),
    # Russian
    ("ru", "ссылаясь на свою резолюцию 59/190", [R("59/190", "A/RES/59/190")]),
    ("ru", "резолюция 59/190", [R("59/190", "A/RES/59/190")]),
    ("ru", "резолюции 76/1 и 77/2", [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")]),
    ("ru", "резолюцию 217 A (III)", [R("217 A (III)", "A/RES/217(III)")]),
    ("ru", "резолюцией 217 А (III)", [R("217 А (III)", "A/RES/217(III)")]),  # Cyrillic А
    (
        "ru",
        "в резолюциях 60/180, 65/7 и 70/262",
        [R("60/180", "A/RES/60/180"), R("65/7", "A/RES/65/7"), R("70/262", "A/RES/70/262")],
    ),
    ("ru", "пункт 5 резолюции 58/199", [R("58/199", "A/RES/58/199", "5")]),
    ("ru", "в пункте 5 резолюции 58/199", [R("58/199", "A/RES/58/199", "5")]),
    # Arabic
    ("ar", "القرار 59/190", [R("59/190", "A/RES/59/190")]),
    ("ar", "القرارين 76/1 و 77/2", [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")]),
    ("ar", "القرارين 76/1 و77/2", [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")]),
    (
        "ar",
        "القرارات 60/180 و 65/7 و 70/262",
        [R("60/180", "A/RES/60/180"), R("65/7", "A/RES/65/7"), R("70/262", "A/RES/70/262")],
    ),
    ("ar", "إذ تشير إلى قرارها ٥٩/١٩٠", [R("٥٩/١٩٠", "A/RES/59/190")]),
    ("ar", "قرار الجمعية العامة 60/180", [R("60/180", "A/RES/60/180")]),
    ("ar", "القرار 217 ألف (د-3)", [R("217 ألف (د-3)", "A/RES/217(III)")]),
    ("ar", "الفقرة 5 من القرار 58/199", [R("58/199", "A/RES/58/199", "5")]),
    # Chinese
    ("zh", "第 217 A（III）号决议。", [R("217 A（III）", "A/RES/217(III)")]),
    ("zh", "第 2200 A（XXI）号决议，附件。", [R("2200 A（XXI）", "A/RES/2200(XXI)")]),
    ("zh", "回顾其第 59/190 号决议，", [R("59/190", "A/RES/59/190")]),
    ("zh", "第 76/1 和 77/2 号决议", [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")]),
    (
        "zh",
        "第60/180、65/7和70/262号决议",
        [R("60/180", "A/RES/60/180"), R("65/7", "A/RES/65/7"), R("70/262", "A/RES/70/262")],
    ),
    (
        "zh",
        "回顾其1998年12月4日第53/72号、1999年12月1日第54/43号和2022年12月7日第77/33号决议",
        [R("53/72", "A/RES/53/72"), R("54/43", "A/RES/54/43"), R("77/33", "A/RES/77/33")],
    ),
    ("zh", "第 58/199 号决议第 5 段", [R("58/199", "A/RES/58/199", "5")]),
    ("zh", "大会第 S-24/2 号决议", [R("S-24/2", "A/RES/S-24/2")]),
    ("zh", "第 ES-10/19 号决议", [R("ES-10/19", "A/RES/ES-10/19")]),
    ("zh", "第 54/237 C 号决议", [R("54/237 C", "A/RES/54/237")]),
    ("zh", "第 79/512 号决定", []),
    # more spellings
    (
        "en",
        "A/RES/54/237 A-B and A/RES/217 A (III).",
        [R("A/RES/54/237 A-B", "A/RES/54/237"), R("A/RES/217 A (III)", "A/RES/217(III)")],
    ),
    (
        "en",
        "resolutions 3201 (S-VI), 186 (S-2) and 1004 (ES-II)",
        [
            R("3201 (S-VI)", "A/RES/3201(S-VI)"),
            R("186 (S-2)", "A/RES/186(S-2)"),
            R("1004 (ES-II)", "A/RES/1004(ES-II)"),
        ],
    ),
    (
        "ar",
        "القرار دإ-27/2 والقرار دإط-10/19",
        [R("دإ-27/2", "A/RES/S-27/2"), R("دإط-10/19", "A/RES/ES-10/19")],
    ),
    (
        "ar",
        "القرارين 76/1 المؤرخ 1 تشرين الأول/أكتوبر 2021 و 77/2",
        [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")],
    ),
    (
        "ru",
        "резолюции 76/1 от 1 октября 2021 года и 77/2",
        [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")],
    ),
    (
        "fr",
        "résolutions 76/1 du 1er octobre 2021 et 77/2",
        [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")],
    ),
    (
        "es",
        "resoluciones 76/1, de 1 de octubre de 2021, y 77/2",
        [R("76/1", "A/RES/76/1"), R("77/2", "A/RES/77/2")],
    ),
]


@pytest.mark.parametrize("language, text, expected", CASES)
def test_resolution_citations(language, text, expected):
    assert cite(text, language) == expected


# --- Other bodies' resolutions ------------------------------------------------------------------------

OTHER_BODIES = [
    ("en", "Security Council resolution 1645 (2005)", [B("1645 (2005)", "S/RES/1645 (2005)")]),
    (
        "en",
        "Assembly resolution 70/262 and Council resolution 2282 (2016) and",
        [R("70/262", "A/RES/70/262"), B("2282 (2016)", "S/RES/2282 (2016)")],
    ),
    (
        "en",
        "Including General Assembly resolution 60/180 and Security Council resolution 1645 (2005), "
        "Assembly resolution 65/7 and Council resolution 1947 (2010)",
        [
            R("60/180", "A/RES/60/180"),
            B("1645 (2005)", "S/RES/1645 (2005)"),
            R("65/7", "A/RES/65/7"),
            B("1947 (2010)", "S/RES/1947 (2010)"),
        ],
    ),
    (
        "en",
        "the adoption of resolution 1325 (2000) on 31 October 2000",
        [B("1325 (2000)", "S/RES/1325 (2000)")],
    ),
    (
        "en",
        "Security Council resolutions 1325 (2000) and 1820 (2008)",
        [B("1325 (2000)", "S/RES/1325 (2000)"), B("1820 (2008)", "S/RES/1820 (2008)")],
    ),
    ("en", "Human Rights Council resolution 45/1", [B("45/1", "A/HRC/RES/45/1")]),
    ("en", "Human Rights Council resolution S-27/1", [B("S-27/1", "A/HRC/RES/S-27/1")]),
    ("en", "Security Council resolution 60/1", []),
    ("en", "resolution 5/1 of the Human Rights Council", [B("5/1", "A/HRC/RES/5/1")]),
    ("en", "Economic and Social Council resolution 2023/5", [B("2023/5", "E/RES/2023/5")]),
    ("en", "Commission on Human Rights resolution 2005/69", [B("2005/69", "E/CN.4/RES/2005/69")]),
    (
        "en",
        "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.",
        [D("FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1")],
    ),
    ("en", "decision 15/4, annex; decision 76/563 of 11 May 2022", []),
    ("en", "chap. I, resolution 1, annexes I and II.", []),
    ("en", "World Health Assembly resolution 72/8", []),
    ("en", "resolution 5/1", []),  # no 5th-session GA resolution has that form
    ("en", "resolution 2023/5", []),  # an ECOSOC form without ECOSOC named
    ("fr", "la résolution 1325 (2000) du Conseil de sécurité", [B("1325 (2000)", "S/RES/1325 (2000)")]),
    ("fr", "la résolution 45/1 du Conseil des droits de l’homme", [B("45/1", "A/HRC/RES/45/1")]),
    ("fr", "résolution 60/180 de l’Assemblée générale", [R("60/180", "A/RES/60/180")]),
    # the General Assembly named again in short, as the English "Assembly resolution 65/7"; not another
    # assembly
    (
        "fr",
        "la résolution 65/7 de l’Assemblée et la résolution 1947 (2010) du Conseil",
        [R("65/7", "A/RES/65/7"), B("1947 (2010)", "S/RES/1947 (2010)")],
    ),
    ("fr", "la résolution 65/7 de l'Assemblée du 29 octobre 2010", [R("65/7", "A/RES/65/7")]),
    ("fr", "la résolution 65/7 de l’Assemblée mondiale de la Santé", []),
    # the body named between "résolutions" and the symbols
    (
        "fr",
        "les résolutions de l’Assemblée générale 60/180 et 65/7 et les résolutions du Conseil de sécurité "
        "1645 (2005) et 1947 (2010)",
        [
            R("60/180", "A/RES/60/180"),
            R("65/7", "A/RES/65/7"),
            B("1645 (2005)", "S/RES/1645 (2005)"),
            B("1947 (2010)", "S/RES/1947 (2010)"),
        ],
    ),
    ("fr", "la résolution du Conseil des droits de l’homme 45/1", [B("45/1", "A/HRC/RES/45/1")]),
    ("fr", "la résolution 65/7 de l’Assemblée des États parties", []),
    ("fr", "la résolution 65/7 de l’Assemblée de l’Union africaine", []),
    (
        "es",
        "la resolución 65/7 de la Asamblea y la resolución 1947 (2010) del Consejo",
        [R("65/7", "A/RES/65/7"), B("1947 (2010)", "S/RES/1947 (2010)")],
    ),
    ("es", "la resolución 65/7 de la Asamblea, de 29 de octubre de 2010", [R("65/7", "A/RES/65/7")]),
    ("es", "la resolución 65/7 de la Asamblea Mundial de la Salud", []),
    (
        "es",
        "las resoluciones de la Asamblea General 60/180 y 65/7 y las resoluciones del Consejo de Seguridad "
        "1645 (2005) y 1947 (2010)",
        [
            R("60/180", "A/RES/60/180"),
            R("65/7", "A/RES/65/7"),
            B("1645 (2005)", "S/RES/1645 (2005)"),
            B("1947 (2010)", "S/RES/1947 (2010)"),
        ],
    ),
    ("es", "la resolución 65/7 de la Asamblea de los Estados Partes", []),
    (
        "ru",
        "резолюцию 65/7 Ассамблеи и резолюцию 1947 (2010) Совета",
        [R("65/7", "A/RES/65/7"), B("1947 (2010)", "S/RES/1947 (2010)")],
    ),
    ("ru", "резолюции Ассамблеи 65/7 и 70/262", [R("65/7", "A/RES/65/7"), R("70/262", "A/RES/70/262")]),
    ("ru", "резолюция 65/7 Ассамблеи государств-участников", []),
    (
        "ar",
        "وقرار الجمعية 65/7 وقرار المجلس 1947 (2010)",
        [R("65/7", "A/RES/65/7"), B("1947 (2010)", "S/RES/1947 (2010)")],
    ),
    ("es", "la resolución 45/1 del Consejo de Derechos Humanos", [B("45/1", "A/HRC/RES/45/1")]),
    ("es", "resolución 2023/5 del Consejo Económico y Social", [B("2023/5", "E/RES/2023/5")]),
    ("ru", "резолюция 1325 (2000) Совета Безопасности", [B("1325 (2000)", "S/RES/1325 (2000)")]),
    ("ru", "резолюции Совета Безопасности 1325 (2000)", [B("1325 (2000)", "S/RES/1325 (2000)")]),
    ("ru", "резолюция 45/1 Совета по правам человека", [B("45/1", "A/HRC/RES/45/1")]),
    ("ar", "قرار مجلس الأمن 1325 (2000)", [B("1325 (2000)", "S/RES/1325 (2000)")]),
    ("ar", "قرار مجلس حقوق الإنسان 45/1", [B("45/1", "A/HRC/RES/45/1")]),
    ("zh", "安全理事会第1325（2000）号决议", [B("1325（2000）", "S/RES/1325 (2000)")]),
    ("zh", "人权理事会第 45/1 号决议", [B("45/1", "A/HRC/RES/45/1")]),
    ("zh", "经济及社会理事会第 2023/5 号决议", [B("2023/5", "E/RES/2023/5")]),
]


@pytest.mark.parametrize("language, text, expected", OTHER_BODIES)
def test_other_bodies(language, text, expected):
    assert cite(text, language) == expected


# --- Documents ----------------------------------------------------------------------------------------

DOCUMENTS = [
    ("en", "A/59/327.", [D("A/59/327", "A/59/327")]),
    # Russian symbols typed with Cyrillic capitals that look like Latin ones: read as the Latin symbol
    (
        "ru",
        "См. А/79/100 и Е/CN.4/2005/135.",
        [D("А/79/100", "A/79/100"), D("Е/CN.4/2005/135", "E/CN.4/2005/135")],
    ),
    ("ru", "резолюцию А/RES/54/237 С", [R("А/RES/54/237", "A/RES/54/237")]),
    ("ru", "ООН/ЮНЕСКО и МОТ/ВОЗ", []),  # no digit: no symbol
    ("en", "Report of the Secretary-General (A/80/83)", [D("A/80/83", "A/80/83")]),
    ("en", "A/CONF.157/24 (Part I), chap. III.", [D("A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)")]),
    (
        "en",
        "A/CONF.157/24 (Part I) and Corr.1, chap. III.",
        [D("A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)"), D("Corr.1", "A/CONF.157/24 (Part I)/Corr.1")],
    ),
    ("en", "A/59/503/Add.2", [D("A/59/503/Add.2", "A/59/503/Add.2")]),
    ("en", "A/59/503 and Add.1", [D("A/59/503", "A/59/503"), D("Add.1", "A/59/503/Add.1")]),
    ("en", "A/59/503/Add.1 and Add.2", [D("A/59/503/Add.1", "A/59/503/Add.1"), D("Add.2", "A/59/503/Add.2")]),
    ("en", "See A/73/PV.30.", [D("A/73/PV.30", "A/73/PV.30")]),
    (
        "en",
        "FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.",
        [D("FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1")],
    ),
    ("en", "A/67/828-S/2013/210, annex.", [D("A/67/828-S/2013/210", "A/67/828-S/2013/210")]),
    (
        "en",
        "A/66/89, A/66/89/Corr.1 and A/66/89/Corr.2.",
        [
            D("A/66/89", "A/66/89"),
            D("A/66/89/Corr.1", "A/66/89/Corr.1"),
            D("A/66/89/Corr.2", "A/66/89/Corr.2"),
        ],
    ),
    (
        "en",
        "(NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2), annex.",
        [
            D("NPT/CONF.1995/32 (Part I)", "NPT/CONF.1995/32 (Part I)"),
            D("NPT/CONF.1995/32 (Part I)/Corr.2", "NPT/CONF.1995/32 (Part I)/Corr.2"),
        ],
    ),
    (
        "en",
        "vol. I (NPT/CONF.2010/50 (Vol. I)), part I",
        [D("NPT/CONF.2010/50 (Vol. I)", "NPT/CONF.2010/50 (Vol. I)")],
    ),
    (
        "en",
        "the report (A/80/L.5) and E/2025/33 and S/RES/2282 (2016) and A/HRC/RES/45/1",
        [
            D("A/80/L.5", "A/80/L.5"),
            D("E/2025/33", "E/2025/33"),
            B("S/RES/2282 (2016)", "S/RES/2282 (2016)"),
            B("A/HRC/RES/45/1", "A/HRC/RES/45/1"),
        ],
    ),
    (
        "en",
        "United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.",
        [D("CBD/COP/15/17", "CBD/COP/15/17")],
    ),
    ("en", "Supplement No. 2 (A/S-12/2), sect. III.C.", [D("A/S-12/2", "A/S-12/2")]),
    ("en", "(United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II.", []),
    ("en", "in 2015/10 and 2024–2034, HIV/AIDS, and/or the 25-15106 (E) job, 2/2 page", []),
    (
        "fr",
        "A/CONF.157/24 (Part I) et Corr.1",
        [D("A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)"), D("Corr.1", "A/CONF.157/24 (Part I)/Corr.1")],
    ),
    (
        "es",
        "A/CONF.157/24 (Part I) y Corr.1",
        [D("A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)"), D("Corr.1", "A/CONF.157/24 (Part I)/Corr.1")],
    ),
    (
        "ru",
        "A/CONF.157/24 (Part I) и Corr.1",
        [D("A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)"), D("Corr.1", "A/CONF.157/24 (Part I)/Corr.1")],
    ),
    (
        "ar",
        "A/CONF.157/24 (Part I) و Corr.1",
        [D("A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)"), D("Corr.1", "A/CONF.157/24 (Part I)/Corr.1")],
    ),
    (
        "zh",
        "A/CONF.157/24（Part I）和 Corr.1，第三章。",
        [
            D("A/CONF.157/24（Part I）", "A/CONF.157/24 (Part I)"),
            D("Corr.1", "A/CONF.157/24 (Part I)/Corr.1"),
        ],
    ),
    ("zh", "A/59/327。", [D("A/59/327", "A/59/327")]),
    ("zh", "见A/80/83号文件", [D("A/80/83", "A/80/83")]),
]


@pytest.mark.parametrize("language, text, expected", DOCUMENTS)
def test_documents(language, text, expected):
    assert cite(text, language) == expected


def test_the_zh_seed_footnotes():
    """The four footnotes of A/RES/59/190 (Chinese) give the keyed citations."""
    footnotes = [
        "第 217 A（III）号决议。",
        "第 2200 A（XXI）号决议，附件。",
        "A/CONF.157/24（Part I）和 Corr.1，第三章。",
        "A/59/327。",
    ]
    targets = [(c.target, c.kind) for text in footnotes for c in find_citations(text, "zh")]
    assert targets == [
        ("A/RES/217(III)", "resolution"),
        ("A/RES/2200(XXI)", "resolution"),
        ("A/CONF.157/24 (Part I)", "document"),
        ("A/CONF.157/24 (Part I)/Corr.1", "document"),
        ("A/59/327", "document"),
    ]


# --- Sessions -----------------------------------------------------------------------------------------

SESSIONS = [
    ("en", "at its sixtieth session", [S("sixtieth session", "regular/60")]),
    ("en", "The General Assembly at its eightieth session,", [S("eightieth session", "regular/80")]),
    ("en", "seventy-ninth session", [S("seventy-ninth session", "regular/79")]),
    ("en", "its seventy‑ninth session", [S("seventy‑ninth session", "regular/79")]),  # U+2011
    ("en", "since its thirty- fifth session that", [S("thirty- fifth session", "regular/35")]),
    (
        "en",
        "including at its twenty-fourth special session,",
        [S("twenty-fourth special session", "special/24")],
    ),
    ("en", "the tenth emergency special session", [S("tenth emergency special session", "emergency/10")]),
    (
        "en",
        "Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45",
        [S("Thirty-fourth Session", "regular/34")],
    ),
    ("en", "its 60th session", [S("60th session", "regular/60")]),
    ("en", "the twenty-ninth session of the Conference of the Parties", []),
    ("en", "the report of the Committee on Contributions on its eighty-fifth session", []),
    ("fr", "le rapport du Comité des contributions sur les travaux de sa quatre-vingt-cinquième session", []),
    ("fr", "le rapport du Comité des contributions sur sa quatre-vingt-cinquième session", []),
    ("ar", "تقرير لجنة الاشتراكات عن دورتها الخامسة والثمانين", []),
    ("ar", "تقرير لجنة الاشتراكات عن أعمال دورتها الخامسة والثمانين", []),
    ("ar", "أن يقدم إليها في دورتها الحادية والثمانين تقريرا", [S("دورتها الحادية والثمانين", "regular/81")]),
    (
        "en",
        "the fourth special session of the General Assembly devoted to disarmament and the agenda of the "
        "fourth special session",
        [],
    ),
    (
        "en",
        "its eleventh substantive session, its 2025 session, the sixty-ninth regular session, a session",
        [],
    ),
    ("fr", "à sa soixantième session", [S("soixantième session", "regular/60")]),
    ("fr", "à sa quatre-vingtième session", [S("quatre-vingtième session", "regular/80")]),
    ("fr", "soixante et onzième session", [S("soixante et onzième session", "regular/71")]),
    ("fr", "soixante-dix-neuvième session", [S("soixante-dix-neuvième session", "regular/79")]),
    (
        "fr",
        "vingt-quatrième session extraordinaire",
        [S("vingt-quatrième session extraordinaire", "special/24")],
    ),
    (
        "fr",
        "dixième session extraordinaire d’urgence",
        [S("dixième session extraordinaire d’urgence", "emergency/10")],
    ),
    ("es", "en su sexagésimo período de sesiones", [S("sexagésimo período de sesiones", "regular/60")]),
    (
        "es",
        "septuagésimo noveno período de sesiones",
        [S("septuagésimo noveno período de sesiones", "regular/79")],
    ),
    (
        "es",
        "vigésimo cuarto período extraordinario de sesiones",
        [S("vigésimo cuarto período extraordinario de sesiones", "special/24")],
    ),
    (
        "es",
        "décimo período extraordinario de sesiones de emergencia",
        [S("décimo período extraordinario de sesiones de emergencia", "emergency/10")],
    ),
    ("ru", "на своей шестидесятой сессии", [S("шестидесятой сессии", "regular/60")]),
    ("ru", "семьдесят девятая сессия", [S("семьдесят девятая сессия", "regular/79")]),
    ("ru", "на ее восьмидесятой сессии", [S("восьмидесятой сессии", "regular/80")]),
    ("ru", "двадцать третьей специальной сессии", [S("двадцать третьей специальной сессии", "special/23")]),
    (
        "ru",
        "десятой чрезвычайной специальной сессии",
        [S("десятой чрезвычайной специальной сессии", "emergency/10")],
    ),
    ("ar", "في الدورة الستين", [S("الدورة الستين", "regular/60")]),
    ("ar", "في دورتها الثمانين", [S("دورتها الثمانين", "regular/80")]),
    ("ar", "الدورة التاسعة والخمسين", [S("الدورة التاسعة والخمسين", "regular/59")]),
    ("ar", "الدورة الحادية والستين", [S("الدورة الحادية والستين", "regular/61")]),
    ("ar", "الدورة الاستثنائية الرابعة والعشرين", [S("الدورة الاستثنائية الرابعة والعشرين", "special/24")]),
    ("ar", "الدورة الاستثنائية الطارئة العاشرة", [S("الدورة الاستثنائية الطارئة العاشرة", "emergency/10")]),
    ("zh", "大会第六十届会议", [S("第六十届会议", "regular/60")]),
    ("zh", "在第六十一届会议题为", [S("第六十一届会议", "regular/61")]),
    ("zh", "第十届会议", [S("第十届会议", "regular/10")]),
    ("zh", "第一百届会议", [S("第一百届会议", "regular/100")]),
    ("zh", "大会第二十四届特别会议", [S("第二十四届特别会议", "special/24")]),
    ("zh", "第十届紧急特别会议", [S("第十届紧急特别会议", "emergency/10")]),
    ("zh", "第 74 次全体会议", []),
    ("zh", "妇女地位委员会第六十九届会议", []),
]


@pytest.mark.parametrize("language, text, expected", SESSIONS)
def test_sessions(language, text, expected):
    assert cite(text, language) == expected


def test_mixed_paragraph_order():
    text = (
        "Recalling its resolution 59/190 and the report of the Secretary-General (A/59/327) submitted "
        "at its fifty-ninth session, and Security Council resolution 1325 (2000),"
    )
    assert cite(text, "en") == [
        R("59/190", "A/RES/59/190"),
        D("A/59/327", "A/59/327"),
        S("fifty-ninth session", "regular/59"),
        B("1325 (2000)", "S/RES/1325 (2000)"),
    ]


def test_unknown_language_still_finds_symbols():
    assert cite("A/RES/59/190 and A/59/327, resolution 60/1", "de") == [
        R("A/RES/59/190", "A/RES/59/190"),
        D("A/59/327", "A/59/327"),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_text(language):
    assert find_citations("", language) == []


# --- Properties and speed ---------------------------------------------------------------------------

_FRAGMENTS = [
    "resolution ",
    "resolutions ",
    "résolution ",
    "resolución ",
    "резолюция ",
    "القرار ",
    "第",
    "号决议",
    "届会议",
    "59/190",
    "217 A (III)",
    "（III）",
    " and ",
    ", ",
    " et ",
    " y ",
    " и ",
    " و ",
    "、",
    "和",
    "Corr.1",
    "A/CONF.157/24 (Part I)",
    "A/59/327",
    "S-24/2",
    "ES-10/19",
    "1325 (2000)",
    "Security Council ",
    "paragraph 5 of ",
    "eightieth session",
    " session",
    "twenty-",
    "special ",
    "sixtieth ",
    "الدورة ",
    "الستين",
    "шестидесятой ",
    "сессии",
    "sexagésimo ",
    "período de sesiones",
    "六十",
    "٥٩/١٩٠",
    " ",
    "\n",
    "(",
    ")",
    "/",
    "-",
    "A",
    "٫",
    "ألف",
    "(د-3)",
]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(LANGUAGES + ["xx"]))
def test_arbitrary_text_never_raises(text, language):
    citations = find_citations(text, language)
    assert isinstance(citations, list)
    starts = [c.start for c in citations]
    assert starts == sorted(starts)
    for c in citations:
        assert text[c.start : c.end] == c.text
        assert c.kind in {"resolution", "document", "other", "session"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join), st.sampled_from(LANGUAGES))
def test_citation_shaped_text(text, language):
    citations = find_citations(text, language)
    previous_end = -1
    for c in citations:
        assert text[c.start : c.end] == c.text
        assert c.start >= previous_end, "citations do not overlap"
        previous_end = c.end
        if c.kind == "resolution":
            assert c.target.startswith("A/RES/")


@pytest.mark.parametrize(
    "text",
    [
        "".join(
            random.Random(7).choice("resolution 59/190 A (III) 第号决议 /.-,和 session")
            for _ in range(100_000)
        ),
        " " * 100_000,
        "A/" * 50_000,
        "resolutions " + ", ".join(f"{31 + i % 60}/{i}" for i in range(10_000)),
        "第" * 100_000,
        "A" + "/1.1-1" * 16_000,
        "session " * 12_000,
        "resolution 59/190 " * 5_500,
        "eightieth session " * 5_500,
    ],
    ids=["random", "spaces", "slashes", "long-list", "di", "segments", "sessions", "resolutions", "ordinals"],
)
def test_hostile_100kb_inputs_give_consistent_spans(text):
    """Speed on such inputs is measured by `make bench`; here: they finish and the spans hold."""
    for language in LANGUAGES:
        for citation in find_citations(text, language):
            assert text[citation.start : citation.end] == citation.text


@pytest.mark.parametrize(
    "language, text",
    [
        # real wording (A/RES/ES-11/3): the pinpoint follows the date, after "in particular"
        ("en", "Recalling its resolution 60/251 of 15 March 2006, in particular paragraph 8, which states"),
        ("fr", "Rappelant sa résolution 60/251 du 15 mars 2006, en particulier le paragraphe 8,"),
        ("es", "Recordando su resolución 60/251, de 15 de marzo de 2006, en particular el párrafo 8,"),
        ("ru", "ссылаясь на свою резолюцию 60/251 от 15 марта 2006 года, в частности пункт 8,"),
        ("ar", "إذ تشير إلى قرارها 60/251 المؤرخ 15 آذار/مارس 2006، ولا سيما الفقرة 8 منه،"),
    ],
)
def test_a_pinpoint_after_the_date_in_particular(language, text):
    assert cite(text, language) == [("60/251", "A/RES/60/251", "resolution", "8")]


def test_a_pinpoint_of_the_next_resolution_is_not_this_ones():
    assert cite("resolution 60/251 of 15 March 2006, in particular paragraph 8 of resolution 61/1", "en") == [
        ("60/251", "A/RES/60/251", "resolution", None),
        ("61/1", "A/RES/61/1", "resolution", "8"),
    ]
    assert cite("إذ تشير إلى القرار 60/251، الفقرة 8 من القرار 61/1", "ar") == [
        ("60/251", "A/RES/60/251", "resolution", None),
        ("61/1", "A/RES/61/1", "resolution", "8"),
    ]


def test_the_agenda_series_keeps_its_mixed_case():
    # real wording (A/RES/ES-11/1)
    assert cite("the question contained in document S/Agenda/8979,", "en") == [
        ("S/Agenda/8979", "S/Agenda/8979", "document", None)
    ]
