"""Ordinal numbers in the six languages ("fifty-ninth", "cinquante-neuvième", "第五十九"), 1-100.

One table per language, shared by the cover reader ("Fifty-ninth session") and the citation finder
("at its sixtieth session"). Phrases are compared through `ordinal_key`.
"""

from __future__ import annotations

import unicodedata


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def ordinal_key(phrase: str) -> str:
    """How ordinal phrases are compared: lower case, no accents, hyphens as spaces, ё as е, Arabic
    hamza forms unified, Arabic "و" joined to the next word."""
    phrase = strip_accents(phrase.lower()).replace("ё", "е")
    for hamza in "أإآ":
        phrase = phrase.replace(hamza, "ا")
    phrase = "".join(" " if c in "-‐‑" else c for c in phrase)
    phrase = " ".join(phrase.split())
    return phrase.replace(" و ", " و").replace("و ", "و") if "و" in phrase else phrase


def _keyed(table: dict[str, int]) -> dict[str, int]:
    return {ordinal_key(phrase): number for phrase, number in table.items()}


# ---------------------------------------------------------------------------------------------------
# Ordinal tables, 1-100. Each builder returns {ordinal_key(phrase): number}.


def _english() -> dict[str, int]:
    units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    teens = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    tenths = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ]
    out = {w: i + 1 for i, w in enumerate(units)}
    out.update({w: i + 10 for i, w in enumerate(teens)})
    for t, (cardinal, ordinal) in enumerate(zip(tens, tenths, strict=True), start=2):
        out[ordinal] = t * 10
        for u, unit in enumerate(units, start=1):
            out[f"{cardinal} {unit}"] = t * 10 + u
    out["hundredth"] = out["one hundredth"] = 100
    return out


def _french() -> dict[str, int]:
    units = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    teens = [
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
    ]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}

    def cardinal(n: int) -> str:
        if n < 10:
            return units[n]
        if n < 20:
            return teens[n - 10]
        if n < 70:
            t, u = divmod(n, 10)
            return tens[t] + ("" if u == 0 else " et un" if u == 1 else "-" + units[u])
        if n < 80:
            return "soixante" + (" et onze" if n == 71 else "-" + teens[n - 70])
        if n == 80:
            return "quatre-vingt"
        if n < 90:
            return "quatre-vingt-" + units[n - 80]
        return "quatre-vingt-" + teens[n - 90]

    def ordinal(n: int) -> str:
        word = cardinal(n)
        for ending, replacement in (("cinq", "cinquième"), ("neuf", "neuvième"), ("un", "unième")):
            if word.endswith(ending):
                return word[: -len(ending)] + replacement
        return (word[:-1] if word.endswith("e") else word) + "ième"

    out = {ordinal_key(ordinal(n)): n for n in range(2, 100)}
    out.update({"premiere": 1, "premier": 1, "centieme": 100})
    # Post-1990 spelling joins every compound with hyphens ("vingt-et-unième"): same key.
    return out


def _spanish() -> dict[str, int]:
    units = [
        [],
        ["primero", "primer", "primera"],
        ["segundo", "segunda"],
        ["tercero", "tercer", "tercera"],
        ["cuarto", "cuarta"],
        ["quinto", "quinta"],
        ["sexto", "sexta"],
        ["septimo", "septima"],
        ["octavo", "octava"],
        ["noveno", "novena"],
    ]
    tens = {
        1: "decimo",
        2: "vigesimo",
        3: "trigesimo",
        4: "cuadragesimo",
        5: "quincuagesimo",
        6: "sexagesimo",
        7: "septuagesimo",
        8: "octogesimo",
        9: "nonagesimo",
    }
    out: dict[str, int] = {}
    for u in range(1, 10):
        for word in units[u]:
            out[word] = u
    for t, ten in tens.items():
        for stem in (ten, ten[:-1] + "a"):
            out[stem] = t * 10
            for u in range(1, 10):
                for word in units[u]:
                    out[f"{stem} {word}"] = t * 10 + u
                    if t == 1:
                        out[f"{stem}{word}"] = 10 + u  # decimoquinto
    out.update({"undecimo": 11, "undecima": 11, "duodecimo": 12, "duodecima": 12, "centesimo": 100})
    return out


def _russian() -> dict[str, int]:
    unit_stems = ["перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят"]
    teen_stems = [
        "десят",
        "одиннадцат",
        "двенадцат",
        "тринадцат",
        "четырнадцат",
        "пятнадцат",
        "шестнадцат",
        "семнадцат",
        "восемнадцат",
        "девятнадцат",
    ]
    tens_cardinal = [
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ]
    tens_stems = [
        "двадцат",
        "тридцат",
        "сороков",
        "пятидесят",
        "шестидесят",
        "семидесят",
        "восьмидесят",
        "девяност",
    ]
    # Feminine endings (сессия): nominative, genitive/dative/instrumental/prepositional, accusative.
    endings = ["ая", "ой", "ую"]
    third = ["ья", "ьей", "ью"]

    def forms(stem: str) -> list[str]:
        return [stem + e for e in (third if stem == "трет" else endings)]

    out: dict[str, int] = {}
    for u, stem in enumerate(unit_stems, start=1):
        for form in forms(stem):
            out[form] = u
    for n, stem in enumerate(teen_stems, start=10):
        for form in forms(stem):
            out[form] = n
    for t, (cardinal, stem) in enumerate(zip(tens_cardinal, tens_stems, strict=True), start=2):
        for form in forms(stem):
            out[form] = t * 10
        for u, unit in enumerate(unit_stems, start=1):
            for form in forms(unit):
                out[f"{cardinal} {form}"] = t * 10 + u
    for form in forms("сот"):
        out[form] = 100
    return out


def _arabic() -> dict[str, int]:
    units = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"]
    compound_units = ["الحادية", *units[1:]]
    # tens in the genitive ("في دورتها التاسعة والخمسين") and the nominative ("الدورة التاسعة والخمسون")
    tens = ["العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين"]
    out = {ordinal_key(w): i for i, w in enumerate(units, start=1)}
    out[ordinal_key("العاشرة")] = 10
    for u, unit in enumerate(compound_units, start=1):
        out[ordinal_key(f"{unit} عشرة")] = 10 + u
    for t, genitive in enumerate(tens, start=2):
        for ten in (genitive, genitive[:-2] + "ون"):
            out[ordinal_key(ten)] = t * 10
            for u, unit in enumerate(compound_units, start=1):
                out[ordinal_key(f"{unit} و{ten}")] = t * 10 + u
    out[ordinal_key("المائة")] = out[ordinal_key("المئة")] = 100
    return out


ZH_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# Chinese numerals (第六十届会议): digit values and multipliers.
ZH_UNITS = {"十": 10, "百": 100}


ORDINALS: dict[str, dict[str, int]] = {
    "en": _keyed(_english()),
    "fr": _keyed(_french()),
    "es": _keyed(_spanish()),
    "ru": _keyed(_russian()),
    "ar": _keyed(_arabic()),
}


def chinese_number(numeral: str) -> int:
    """Value of a Chinese numeral (六十一 -> 61) or of digits."""
    if numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for char in numeral:
        if char in ZH_DIGITS:
            current = ZH_DIGITS[char]
        elif char in ZH_UNITS:
            total += (current or 1) * ZH_UNITS[char]
            current = 0
    return total + current


def ordinal_number(phrase: str, language: str) -> int | None:
    """The number an ordinal phrase names in `language`, or None."""
    if language == "zh":
        return chinese_number(phrase) or None
    return ORDINALS.get(language, {}).get(ordinal_key(phrase))
