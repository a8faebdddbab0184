"""The yearly-compilation layout's wording in each official language, as data (see `compilation.py`).

The compilation of a session's resolutions (General Assembly Official Records, Supplement No. 49 and its
predecessors) prints each resolution as: a heading (`RESOLUTION 55/100`), the adoption line (meeting,
date, the committee report it was adopted on, the vote), the recorded vote's three lists of Member
States, then the title, the formula and the paragraphs. Patterns are regex sources; the wording was read
from the real 55/100 in the six languages (`archive/sample_corpus/compilation/`) and the usual Official
Records wording of the other vote forms.

Texts that reached us through corpus builders have each footnote's text glued where its mark stood
("Human Rights,Resolution 217 A (III). as well"): `note` finds such a text by how footnotes of the
Official Records open ("Resolution …", "See …", "Report of …", "Official Records …") and by what follows
it (a sentence that goes on); Arabic keeps the mark (`([1])`) and closes the note with `.)`. `glue`
points at what looks glued but is not recognised (warned about, kept in the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_LATIN_LOWER = r"a-zà-ÿœæ"
_CYRILLIC_LOWER = r"а-яё"


@dataclass(frozen=True)
class CompilationWords:
    """One language's wording of the compilation layout."""

    heading: str  # whole line; group "number": the resolution's number as printed
    meeting: str  # group "num"
    basis: str  # group "basis": the parenthesised report reference after the recommendation
    totals: str  # groups "yes", "no" and (optional) "abstain"
    recorded: str  # the vote was recorded
    without_vote: str  # adopted without a vote
    in_favour: str  # list labels, at the start of a line, up to and with the colon
    against: str
    abstaining: str
    name_separator: str
    no_names: str  # the whole list is "None"
    number_words: dict[str, int]  # counts printed as words ("contre une", "to none")
    note: str  # a glued footnote text: group "note" (kept), the whole match removed
    glue: str  # where a footnote text seems glued but `note` does not recognise it
    spaced: bool = True  # words are separated by spaces (not Chinese): a glued note took none


# A note ends with a full stop followed by the sentence going on: a lower-case word, a comma or a
# semicolon, or the end of the paragraph.
_LATIN_END = rf"\.(?=\s+[{_LATIN_LOWER}]|\s*[,;:]|\s*$)"
_CYRILLIC_END = rf"\.(?=\s+[{_CYRILLIC_LOWER}a-z]|\s*[,;:]|\s*$)"
# Glued: directly after a letter or closing punctuation, without the space the language puts there.
_LATIN_GLUED = r"(?<=[^\s(\[«“\"'‘/\-])"
_LATIN_GLUE = rf"(?:[,;)](?=[A-ZÀ-Ý])|(?<=[{_LATIN_LOWER}]{{2}})(?=[A-ZÀ-Ý][{_LATIN_LOWER}]))"
_CYRILLIC_GLUE = rf"(?:[,;)](?=[А-ЯЁA-Z])|(?<=[{_CYRILLIC_LOWER}]{{2}})(?=[А-ЯЁ][{_CYRILLIC_LOWER}]))"


def _latin_note(openers: str) -> str:
    return rf"{_LATIN_GLUED}(?P<note>(?:{openers})\b.*?{_LATIN_END})"


WORDS: dict[str, CompilationWords] = {
    "en": CompilationWords(
        heading=r"^RESOLUTION\s+(?P<number>\d.*)$",
        meeting=r"\b(?P<num>\d{1,4})(?:st|nd|rd|th)\s+plenary\s+meeting\b",
        basis=r"\((?P<basis>[A-Z]+/[^()]+)\)",
        totals=r"\b(?P<yes>\d+)\s+(?:votes\s+)?to\s+(?P<no>\d+|none|one)(?:,?\s+with\s+(?P<abstain>\d+|no|one)\s+abstentions?)?",  # noqa: E501
        recorded=r"\brecorded\s+vote\b",
        without_vote=r"\bwithout\s+a\s+vote\b",
        in_favour=r"^In\s+favour\s*:",
        against=r"^Against\s*:",
        abstaining=r"^(?:Abstaining|Abstentions)\s*:",
        name_separator=r"\s*,\s*",
        no_names=r"^None\.?$",
        number_words={"none": 0, "no": 0, "one": 1},
        note=_latin_note(
            r"Resolutions?|See|Report\s+of|Official\s+Records|United\s+Nations|Ibid|Decision|"
            r"The\s+draft\s+resolution"
        ),
        glue=_LATIN_GLUE,
    ),
    "fr": CompilationWords(
        heading=r"^RÉSOLUTION\s+(?P<number>\d.*)$",
        meeting=r"\b(?P<num>\d{1,4})e\s+séance\s+plénière\b",
        basis=r"\((?P<basis>[A-Z]+/[^()]+)\)",
        totals=r"\bpar\s+(?P<yes>\d+)\s+voix\s+contre\s+(?P<no>\d+|une?|zéro|aucune)(?:,?\s+avec\s+(?P<abstain>\d+|une)\s+abstentions?)?",  # noqa: E501
        recorded=r"\bvote\s+enregistré\b",
        without_vote=r"\bsans\s+(?:vote|l[’']avoir\s+mise\s+aux\s+voix|avoir\s+été\s+mise\s+aux\s+voix)\b",
        in_favour=r"^Ont\s+voté\s+pour\s*:",
        against=r"^Ont\s+voté\s+contre\s*:",
        abstaining=r"^Se\s+sont\s+abstenus\s*:",
        name_separator=r"\s*,\s*",
        no_names=r"^Néant\.?$",
        number_words={"aucune": 0, "zéro": 0, "une": 1, "un": 1},
        note=_latin_note(
            r"Résolutions?|Voir|Rapport|Documents\s+officiels|Nations\s+Unies|Ibid|Décision|"
            r"Le\s+projet\s+de\s+résolution"
        ),
        glue=_LATIN_GLUE,
    ),
    "es": CompilationWords(
        heading=r"^RESOLUCIÓN\s+(?P<number>\d.*)$",
        meeting=r"\b(?P<num>\d{1,4})\s?(?:[ªa]\.?)\s+sesión\s+plenaria\b",
        basis=r"\((?P<basis>[A-Z]+/[^()]+)\)",
        totals=r"\b(?P<yes>\d+)\s+votos\s+contra\s+(?P<no>\d+|uno|ninguno)(?:\s+y\s+(?P<abstain>\d+|una|ninguna)\s+abstenci(?:ones|ón))?",  # noqa: E501
        recorded=r"\bvotación\s+registrada\b",
        without_vote=r"\bsin\s+(?:votación|someterla\s+a\s+votación)\b",
        in_favour=r"^Votos\s+a\s+favor\s*:",
        against=r"^Votos\s+en\s+contra\s*:",
        abstaining=r"^Abstenciones\s*:",
        name_separator=r"\s*,\s*",
        no_names=r"^Ninguno\.?$",
        number_words={"ninguno": 0, "ninguna": 0, "uno": 1, "una": 1},
        note=_latin_note(
            r"Resoluci[óo]n(?:es)?|Véase|Informe|Documentos\s+Oficiales|Naciones\s+Unidas|Ibid|"
            r"Decisión|El\s+proyecto\s+de\s+resolución"
        ),
        glue=_LATIN_GLUE,
    ),
    "ru": CompilationWords(
        heading=r"^РЕЗОЛЮЦИЯ\s+(?P<number>\d.*)$",
        meeting=r"\b(?P<num>\d{1,4})-м\s+пленарном\s+заседании\b",
        basis=r"\((?P<basis>[A-Z]+/[^()]+)\)",
        totals=r"\b(?P<yes>\d+)\s+голос(?:ами|ом|а)?\s+против\s+(?P<no>\d+)(?:\s+при\s+(?P<abstain>\d+)\s+воздержавш)?",
        recorded=r"регистрируемым\s+голосованием",
        without_vote=r"без\s+голосования",
        in_favour=r"^Голосовали\s+за\s*:",
        against=r"^Голосовали\s+против\s*:",
        abstaining=r"^Воздержались\s*:",
        name_separator=r"\s*,\s*",
        no_names=r"^Нет\.?$",
        number_words={},
        note=(
            rf"{_LATIN_GLUED}(?P<note>(?:Резолюци[яи]|См\.|Доклад|Официальные\s+отчеты|"
            rf"Организация\s+Объединенных\s+Наций|Там\s+же|Решение|Проект\s+резолюции)(?![а-яё]).*?{_CYRILLIC_END})"
        ),
        glue=_CYRILLIC_GLUE,
    ),
    "ar": CompilationWords(
        heading=r"^القرار\s+(?P<number>\d.*)$",
        meeting=r"الجلسة\s+العامة\s+(?P<num>\d{1,4})",
        basis=r"\((?P<basis>[A-Z]+/[^()]+)\)",
        totals=r"بأغلبية\s+(?P<yes>\d+)\s+(?:صوتا\s+)?مقابل\s+(?P<no>\d+)(?:\s+وامتناع\s+(?P<abstain>\d+))?",
        recorded=r"بتصويت\s+مسجل",
        without_vote=r"(?:دون|بدون)\s+تصويت",
        in_favour=r"^المؤيدون\s*:",
        against=r"^المعارضون\s*:",
        abstaining=r"^الممتنعون\s*:",
        name_separator=r"\s*[،,]\s*",
        no_names=r"^لا\s+أحد\.?$",
        number_words={},
        # The mark survives ("([1])"); the note's text runs to its full stop and the mark's closing bracket.
        note=r"\(\[\d{1,3}\]\)\s*(?P<note>[^()]*?(?:\([^()]*\)[^()]*?)*\.)\)",
        glue=r"\(\[\d{1,3}\]\)",
    ),
    "zh": CompilationWords(
        heading=r"^第\s*(?P<number>\d\S*?)\s*号决议$",
        meeting=r"第\s*(?P<num>\d{1,4})\s*次全体会议",
        basis=r"[(（](?P<basis>[A-Z]+/[^()（）]+)[)）]",
        totals=r"以\s*(?P<yes>\d+)\s*票赞成\s*[，,]\s*(?P<no>\d+)\s*票反对(?:\s*[，,]\s*(?P<abstain>\d+)\s*票弃权)?",
        recorded=r"记录表决",
        without_vote=r"未经(?:表决|投票)",
        in_favour=r"^赞成\s*[:：]",
        against=r"^反对\s*[:：]",
        abstaining=r"^弃权\s*[:：]",
        name_separator=r"\s*[、，,]\s*",
        no_names=r"^无[。.]?$",
        number_words={},
        note=(
            r"\s*(?P<note>(?:第\d{1,4}\s?[A-Z]?\s?[(（][IVXLC]+[)）]号决议|见(?=第|《|[A-Z]+/)|《[^》]{0,80}(?:报告|正式记录)|"
            r"报告中建议的决议草案)[^。]*。)(?=\s|$)\s*"
        ),
        glue=r"。(?=\s+\S)",
        spaced=False,
    ),
}


@dataclass(frozen=True)
class CompiledWords:
    words: CompilationWords
    heading: re.Pattern
    meeting: re.Pattern
    basis: re.Pattern
    totals: re.Pattern
    recorded: re.Pattern
    without_vote: re.Pattern
    lists: tuple[tuple[str, re.Pattern], ...]  # (vote, label)
    name_separator: re.Pattern
    no_names: re.Pattern
    note: re.Pattern
    glue: re.Pattern


@cache
def words(code: str) -> CompiledWords | None:
    """The compiled wording of a language code, or None when the layout is not tabled for it."""
    w = WORDS.get(code)
    if w is None:
        return None
    flags = re.IGNORECASE
    return CompiledWords(
        words=w,
        heading=re.compile(w.heading),
        meeting=re.compile(w.meeting, flags),
        basis=re.compile(w.basis),
        totals=re.compile(w.totals, flags),
        recorded=re.compile(w.recorded, flags),
        without_vote=re.compile(w.without_vote, flags),
        lists=(
            ("yes", re.compile(w.in_favour)),
            ("no", re.compile(w.against)),
            ("abstain", re.compile(w.abstaining)),
        ),
        name_separator=re.compile(w.name_separator),
        no_names=re.compile(w.no_names, flags),
        note=re.compile(w.note),
        glue=re.compile(w.glue),
    )
