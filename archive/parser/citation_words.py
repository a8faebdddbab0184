"""Per-language vocabulary for `citations.find_citations`: words for resolution(s), paragraph, "and",
session kinds, ordinal numbers and the names of other UN bodies.

Everything here is data (regular-expression fragments and word tables); the matching logic lives in
`citations.py`. Patterns are matched against text folded by `symbols.fold` (full-width forms and
Arabic-Indic digits already ASCII) and compiled case-insensitively.
"""

from __future__ import annotations

from .ordinals import ORDINALS

# UN organs other than the General Assembly whose resolutions are cited by their own symbols: for each
# list-item shape their resolutions take ("modern" 45/1 or S-27/1, "yearly" 2023/5, "old" 1235 (XLII)),
# the symbol pattern. Security Council resolutions are recognised by their own shape, "1325 (2000)" ->
# S/RES/1325 (2000).
BODY_SYMBOL = {
    "hrc": {"modern": "A/HRC/RES/{number}"},
    "ecosoc": {"yearly": "E/RES/{number}", "old": "E/RES/{number}"},
    "chr": {"yearly": "E/CN.4/RES/{number}"},
    "tc": {"old": "T/RES/{number}"},
}


# ---------------------------------------------------------------------------------------------------
# Per-language tables.
#
# resolution:   the word(s) for "resolution(s)", any inflection, as a regex.
# conj:         list separators between symbols ("and", commas).
# date:         a date qualifier that may follow a symbol in a list ("of 4 December 1998").
# qualifier:    other words allowed between list items (", annex").
# para_before:  "paragraph 5 of <resolution>", anchored at the end of the text before the keyword.
# para_after:   "<resolution 58/199>, paragraph 5", anchored at the symbol's end.
# body_before / body_inner / body_after: another body named before the keyword, between the keyword
#               and the first symbol, or after the list; value is "sc", a BODY_SYMBOL key, "ga" or
#               "other" (a body whose resolutions are not cited).
# session:      regex for the session word; groups "special" and "emergency" mark the kind; the
#               ordinal is read from the words before it (or after it: ordinal_after).
# session_skip_after / session_skip_before: contexts where an ordinal session is not a GA session.
# session_series_after: the ordinal counts a separate series ("fourth special session devoted to
#               disarmament" is SSOD-IV, not the fourth special session); every mention of that
#               ordinal session in the same text is dropped.

_PARA_NUM = r"(?P<pin>\d+)(?:\s*\([a-z]\))?"

# Other bodies named after "resolution(s)", before the symbols or after them, in the languages that name
# the issuing body with a genitive ("la résolution 1325 (2000) du Conseil de sécurité", "les résolutions du
# Conseil de sécurité 1325 (2000) et 2250 (2015)"): one list for body_inner and body_after.
_BODIES_FR = [
    (r"^\s+du\s+Conseil\s+de\s+s[ée]curit[ée]\b", "sc"),
    (r"^\s+du\s+Conseil\s+des\s+droits\s+de\s+l['’]homme\b", "hrc"),
    (r"^\s+du\s+Conseil\s+[ée]conomique\s+et\s+social\b", "ecosoc"),
    (r"^\s+de\s+la\s+Commission\s+des\s+droits\s+de\s+l['’]homme\b", "chr"),
    (r"^\s+de\s+l['’]Assembl[ée]e\s+g[ée]n[ée]rale\b", "ga"),
    # "la résolution 65/7 de l'Assemblée", the General Assembly named again in short; not
    # "l'Assemblée des États parties", "l'Assemblée mondiale de la Santé", "l'Assemblée du Conseil…"
    (
        r"^\s+de\s+l['’]Assembl[ée]e\b"
        r"(?!\s+(?:(?:des|mondiale|parlementaire)\b|de\s+l['’]|de\s+la\b|du\s+[a-z]))",
        "ga",
    ),
    (
        r"^\s+(?:du|de\s+la|de\s+l['’]|adopt[ée]e?s?\s+par\s+(?:le|la|l['’]))\s*"
        r"(?:Conseil|Conf[ée]rence|Commission|Comit[ée]|Organisation|Assembl[ée]e|Union|Agence)\b",
        "other",
    ),
]
_BODIES_ES = [
    (r"^\s+del\s+Consejo\s+de\s+Seguridad\b", "sc"),
    (r"^\s+del\s+Consejo\s+de\s+Derechos\s+Humanos\b", "hrc"),
    (r"^\s+del\s+Consejo\s+Econ[óo]mico\s+y\s+Social\b", "ecosoc"),
    (r"^\s+de\s+la\s+Comisi[óo]n\s+de\s+Derechos\s+Humanos\b", "chr"),
    (r"^\s+de\s+la\s+Asamblea\s+General\b", "ga"),
    # "la resolución 65/7 de la Asamblea", the General Assembly named again in short; not "la
    # Asamblea de los Estados Partes", "la Asamblea Mundial de la Salud"
    (r"^\s+de\s+la\s+Asamblea\b(?!\s+(?:(?:Mundial|Parlamentaria|del)\b|de\s+(?!\d)))", "ga"),
    (
        r"^\s+(?:del|de\s+la|aprobadas?\s+por\s+(?:el|la))\s+"
        r"(?:Consejo|Conferencia|Comisi[óo]n|Comit[ée]|Organizaci[óo]n|Asamblea|Uni[óo]n|Agencia)\b",
        "other",
    ),
]
_BODIES_RU = [
    (r"^\s+Совета\s+Безопасности\b", "sc"),
    (r"^\s+Совета\s+по\s+правам\s+человека\b", "hrc"),
    (r"^\s+Экономического\s+и\s+Социального\s+Совета\b", "ecosoc"),
    (r"^\s+Комиссии\s+по\s+правам\s+человека\b", "chr"),
    (r"^\s+Генеральной\s+Ассамблеи\b", "ga"),
    # "резолюция 65/7 Ассамблеи", the Assembly in short: "Ассамблеи" not followed by a lower-case word
    # other than a conjunction or preposition (that would name another one: "Ассамблеи государств-участников")
    (r"^\s+Ассамблеи\b(?!\s+(?!(?:и|или|от|в|на|о|об)\b)[а-яё])", "ga"),
    (r"^\s+(?:Совета|Конференции|Комиссии|Комитета|Организации|Ассамблеи)\b", "other"),
]

LANGUAGES: dict[str, dict] = {
    "en": {
        "resolution": r"\bresolutions?\b",
        "conj": r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s+or\s+)",
        "date": r",?\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}",
        "qualifier": r",\s+annex(?:es)?(?:\s+[IVX]+)?",
        "para_before": rf"\bparagraphs?\s+{_PARA_NUM}(?:\s+(?:to|and)\s+\d+)?\s+of\s+(?:the\s+|its\s+)?"
        r"(?:General\s+Assembly\s+|Assembly\s+)?$",
        "para_after": rf"^,\s+(?:in\s+particular\s+|particularly\s+)?paragraph\s+{_PARA_NUM}"
        r"(?!\s*,?\s*(?:above|below)|\s+of\b)",
        "body_before": [
            (r"\bSecurity\s+Council\s+$", "sc"),
            (r"\bHuman\s+Rights\s+Council\s+$", "hrc"),
            (r"\bEconomic\s+and\s+Social\s+Council\s+$", "ecosoc"),
            (r"\bCommission\s+on\s+Human\s+Rights\s+$", "chr"),
            (r"\b(?:Health|Environment|World|Assembly\s+of\s+\w+)\s+Assembly\s+$", "other"),
            (r"\b(?:General\s+)?Assembly\s+$", "ga"),
            (
                r"\b(?:Council|Conference|Commission|Committee|Board|Organization|Forum|Parties|Agency|Union|"
                r"Ministers|Meeting|Summit|Congress)\s+$",
                "other",
            ),
        ],
        "body_inner": [],
        "body_after": [
            (r"^\s+of\s+the\s+Security\s+Council\b", "sc"),
            (r"^\s+of\s+the\s+Human\s+Rights\s+Council\b", "hrc"),
            (r"^\s+of\s+the\s+Economic\s+and\s+Social\s+Council\b", "ecosoc"),
            (r"^\s+of\s+the\s+Commission\s+on\s+Human\s+Rights\b", "chr"),
            (r"^\s+of\s+the\s+(?:General\s+)?Assembly\b", "ga"),
            (
                r"^\s+(?:of|adopted\s+by)\s+the\s+"
                r"(?:[A-Z][\w'-]*\s+(?:of\s+(?:the\s+)?|on\s+(?:the\s+)?|and\s+)?)"
                r"{0,6}(?:Council|Conference|Commission|Committee|Board|Organization|Forum|Parties|Agency)\b",
                "other",
            ),
        ],
        "session": r"(?<!\w)(?:(?P<emergency>emergency\s+special)\s+|(?P<special>special)\s+)?sessions?\b",
        "session_series_after": r"^,?\s+(?:of\s+the\s+General\s+Assembly\s+)?devoted\s+to\s+disarmament",
        "session_skip_after": [
            r"^\s+of\s+the\s+(?!General\s+Assembly\b|Assembly\b)[A-Z]",
        ],
        "session_skip_before": [
            r"\b(?:on|at)\s+the\s+work\s+of\s+its\s+$",
            r"\bon\s+its\s+$",
            # "the Commission on the Status of Women, at its sixty-ninth session"
            r"\b(?:Council|Commission|Committee|Conference|Board|Forum|Parties)"
            r"(?:\s+(?:on|of|for|the|and|(?!Assembly\b)[A-Z][\w-]*)){0,8},?\s+(?:at|during)\s+its\s+$",
        ],
        "ordinals": ORDINALS["en"],
        "digit_ordinal": r"(?<!\w)(\d{1,3})(?:st|nd|rd|th)\s*$",
        "ordinal_after": False,
    },
    "fr": {
        "resolution": r"\br[ée]solutions?\b",
        "conj": r"\s*(?:,\s*(?:et\s+)?|;\s*|\s+et\s+|\s+ou\s+)",
        "date": r",?\s+(?:du|en\s+date\s+du)\s+\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}",
        "qualifier": r",\s+annexes?(?:\s+[IVX]+)?",
        "para_before": rf"\bparagraphes?\s+{_PARA_NUM}(?:\s+(?:à|et)\s+\d+)?\s+(?:de\s+la|de\s+sa|de)\s+$",
        "para_after": rf"^,\s+(?:en\s+particulier\s+|notamment\s+)?(?:au\s+|le\s+|son\s+)?"
        rf"paragraphe\s+{_PARA_NUM}"
        r"(?!\s*,?\s*(?:ci-dessus|ci-dessous)|\s+d[eu]\b)",
        "body_before": [],
        "body_inner": _BODIES_FR,
        "body_after": _BODIES_FR,
        "session": r"(?<!\w)sessions?(?:\s+(?P<special>extraordinaires?)"
        r"(?:\s+(?P<emergency>d['’]urgence))?)?\b",
        "session_series_after": r"^,?\s+(?:de\s+l['’]Assembl[ée]e\s+g[ée]n[ée]rale\s+)?"
        r"consacr[ée]e\s+au\s+d[ée]sarmement",
        "session_skip_after": [
            r"^\s+(?:du|de\s+la|de\s+l['’])\s*(?!Assembl[ée]e\b)[A-Z]",
        ],
        "session_skip_before": [r"\b(?:sur|[dl]es\s+travaux\s+de)\s+sa\s+$"],
        "ordinals": ORDINALS["fr"],
        "ordinal_after": False,
    },
    "es": {
        "resolution": r"\bresoluci(?:ón|on|ones)\b",
        "conj": r"\s*(?:,\s*(?:y\s+)?|;\s*|\s+[ye]\s+|\s+[ou]\s+)",
        "date": r",?\s+de\s+\d{1,2}\s+de\s+[a-z]+\s+de\s+\d{4}",
        "qualifier": r",\s+anexos?(?:\s+[IVX]+)?",
        "para_before": rf"\bp[áa]rrafos?\s+{_PARA_NUM}(?:\s+(?:a|y)\s+\d+)?\s+de\s+(?:la\s+|su\s+)?$",
        "para_after": rf"^,\s+(?:en\s+particular\s+)?(?:el\s+|su\s+)?p[áa]rrafo\s+{_PARA_NUM}"
        r"(?!\s*,?\s*(?:supra|infra)|\s+de\b)",
        "body_before": [],
        "body_inner": _BODIES_ES,
        "body_after": _BODIES_ES,
        "session": r"(?<!\w)per[íi]odos?\s+(?:(?P<special>extraordinarios?)\s+)?de\s+sesiones"
        r"(?:\s+(?P<emergency>de\s+emergencia))?\b",
        "session_series_after": r"^,?\s+(?:de\s+la\s+Asamblea\s+General\s+)?dedicado\s+al\s+desarme",
        "session_skip_after": [
            r"^\s+(?:del|de\s+la)\s+(?!Asamblea\b)[A-Z]",
        ],
        "session_skip_before": [r"\bsobre\s+(?:la\s+labor\s+de\s+)?su\s+$"],
        "ordinals": ORDINALS["es"],
        "ordinal_after": False,
    },
    "ru": {
        "resolution": r"(?<!\w)резолюци(?:я|и|ю|ей|й|ях|ям|ями)(?!\w)",
        "conj": r"\s*(?:,\s*(?:и\s+)?|;\s*|\s+и\s+|\s+или\s+)",
        "date": r",?\s+от\s+\d{1,2}\s+[а-я]+\s+\d{4}(?:\s+года)?",
        "qualifier": r",\s+приложени[ея](?:\s+[IVX]+)?",
        "para_before": rf"(?<!\w)пункт(?:а|е|у|ом|ы|ах|ов|ами)?\s+{_PARA_NUM}(?:\s+(?:и|-|–)\s+\d+)?\s+"
        r"(?:своей\s+|е[её]\s+)?$",
        "para_after": rf"^,\s+(?:в\s+частности\s+)?пункт\s+{_PARA_NUM}(?!\s+резолюци)",
        "body_before": [],
        "body_inner": _BODIES_RU,
        "body_after": _BODIES_RU,
        "session": r"(?<!\w)(?:(?P<emergency>чрезвычайн(?:ая|ой|ую)\s+специальн(?:ая|ой|ую))\s+|"
        r"(?P<special>специальн(?:ая|ой|ую))\s+)?сесси(?:я|и|ю|ей)(?!\w)",
        "session_series_after": r"^,?\s+(?:Генеральной\s+Ассамблеи\s+)?"
        r"посвящ[её]нн(?:ая|ой|ую)\s+разоружению",
        "session_skip_after": [
            r"^\s+(?!Генеральной\b|Ассамблеи\b)[А-Я][а-я]+(?:ого|ой|ии|а|ов)?\s",
        ],
        "session_skip_before": [r"(?<!\w)о\s+работе\s+(?:ее|её|его)\s+$"],
        "ordinals": ORDINALS["ru"],
        "ordinal_after": False,
    },
    "ar": {
        "resolution": r"(?<!\w)(?:[وف]?[بلك]?)(?:ال)?قرار(?:ات|ين|ي|ا)?(?:ها|هما|ه)?(?!\w)",
        "conj": r"\s*(?:[،,]\s*(?:و\s*)?|؛\s*|;\s*|\s+و\s*|\s+أو\s+)",
        "date": r"[،,]?\s+المؤرخ(?:ة|ين|تين)?\s+\d{1,2}\s+[^\s\d]+(?:\s+[^\s\d]+){0,2}\s+\d{4}",
        "qualifier": r"[،,]\s+المرفق",
        "para_before": rf"(?<!\w)(?:ال)?فقر(?:ة|تين|ات)\s+{_PARA_NUM}(?:\s+(?:و|إلى)\s*\d+)?\s+من\s+$",
        "para_after": rf"^[،,]\s+(?:ولا\s+سيما\s+)?الفقرة\s+{_PARA_NUM}(?!\s+من\b)",  # "منه": of it
        "body_before": [],
        "body_inner": [
            (r"^\s+مجلس\s+الأمن(?!\w)", "sc"),
            (r"^\s+مجلس\s+حقوق\s+الإنسان(?!\w)", "hrc"),
            (r"^\s+المجلس\s+الاقتصادي\s+والاجتماعي(?!\w)", "ecosoc"),
            (r"^\s+لجنة\s+حقوق\s+الإنسان(?!\w)", "chr"),
            (r"^\s+الجمعية\s+العامة(?!\w)", "ga"),
            (r"^\s+الجمعية(?=\s+\d)", "ga"),  # "قرار الجمعية 65/7": the Assembly in short
            (r"^\s+(?:مجلس|المجلس|مؤتمر|المؤتمر|لجنة|اللجنة|منظمة)(?!\w)", "other"),
        ],
        "body_after": [
            (r"^\s+(?:ل|الصادر\s+عن\s+)مجلس\s+الأمن(?!\w)", "sc"),
            (r"^\s+(?:ل|الصادر\s+عن\s+)مجلس\s+حقوق\s+الإنسان(?!\w)", "hrc"),
            (r"^\s+(?:لل|الصادر\s+عن\s+ال)مجلس\s+الاقتصادي\s+والاجتماعي(?!\w)", "ecosoc"),
            (r"^\s+(?:ل|الصادر\s+عن\s+)الجمعية\s+العامة(?!\w)", "ga"),
        ],
        "session": r"(?<!\w)(?:[وف]?[بلك]?)(?P<word>الدورة|دورة|دورتها|دورته|دورتيها)"
        r"(?:\s+(?P<special>الاستثنائية)(?:\s+(?P<emergency>الطارئة))?)?(?!\w)",
        "session_series_after": r"^\s+\S+(?:\s+\S+)?\s+المكرسة\s+لنزع\s+السلاح",
        "session_skip_after": [],
        "session_skip_before": [r"(?<!\w)عن\s+(?:أعمال\s+)?$"],  # "report … on (the work of) its session"
        "ordinals": ORDINALS["ar"],
        "ordinal_after": True,
    },
    "zh": {
        # Chinese closes the list with the keyword: "第 59/190 号决议", "第 76/1 和 77/2 号决议".
        "resolution_after": r"决议|決議",
        "group_open": r"第\s*",  # each group of symbols: 第 … 号
        "group_close": r"\s*号",
        # Sessions with a numeral: 第六十届会议, 第二十四届特别会议, 第十届紧急特别会议.
        "session_numbered": r"第\s*(?P<num>[〇零一二两三四五六七八九十百]+|\d{1,3})\s*届\s*"
        r"(?:(?P<emergency>紧急特别)|(?P<special>特别))?会议",
        "conj": r"\s*(?:、|，|,|和|及|以及|与)\s*",
        "date": r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*",
        "para_after": r"^\s*第\s*(?P<pin>\d+)\s*(?:\([a-z]\)\s*)?段",
        "body_before": [
            (r"(?:安全理事会|安理会)\s*$", "sc"),
            (r"人权理事会\s*$", "hrc"),
            (r"(?:经济及社会理事会|经社理事会)\s*$", "ecosoc"),
            (r"人权委员会\s*$", "chr"),
            (r"大会\s*$", "ga"),
            (r"(?:理事会|委员会|会议|组织)\s*$", "other"),
        ],
        "session_skip_before": [
            r"(?:委员会|理事会|缔约方会议|缔约方大会|论坛|工作组|机构|组织|专门讨论裁军问题的)\s*$"
        ],
        "ordinals": {},
    },
}

# Names of UN organs added before each language's body_before / body_inner / body_after (so that they win
# over the generic "Council" of another body): the Trusteeship Council (T/RES/…), and the Commission on
# Human Rights named after an Arabic list.
_TC_FR = [(r"^\s+du\s+Conseil\s+de\s+tutelle\b", "tc")]
_TC_ES = [(r"^\s+del\s+Consejo\s+de\s+Administraci[óo]n\s+Fiduciaria\b", "tc")]
ORGAN_NAMES: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "body_before": [(r"\bTrusteeship\s+Council\s+$", "tc")],
        "body_after": [(r"^\s+of\s+the\s+Trusteeship\s+Council\b", "tc")],
    },
    "fr": {"body_inner": _TC_FR, "body_after": _TC_FR},
    "es": {"body_inner": _TC_ES, "body_after": _TC_ES},
    "ru": {
        "body_inner": [(r"^\s+Совета\s+по\s+[Оо]пеке\b", "tc")],
        "body_after": [(r"^\s+Совета\s+по\s+[Оо]пеке\b", "tc")],
    },
    "ar": {
        "body_inner": [(r"^\s+مجلس\s+الوصاية(?!\w)", "tc")],
        "body_after": [
            (r"^\s+(?:ل|الصادر\s+عن\s+)مجلس\s+الوصاية(?!\w)", "tc"),
            (r"^\s+(?:ل|الصادر\s+عن\s+)لجنة\s+حقوق\s+الإنسان(?!\w)", "chr"),
        ],
    },
    "zh": {"body_before": [(r"托管理事会\s*$", "tc")]},
}

# Sessions of bodies other than the General Assembly, added to each language's session_skip_after /
# session_skip_before: an assembly or conference of States parties, of a treaty's parties or of another
# organisation is not "the Assembly" ("the twentieth session of the Assembly of States Parties to the
# Rome Statute", "la vingtième session de l'Assemblée des États parties", 罗马规约缔约国大会第二十届会议).
OTHER_BODY_SESSIONS: dict[str, dict[str, list[str]]] = {
    "en": {
        "session_skip_after": [r"^,?\s+of\s+the\s+Assembly\s+of\b"],
        "session_skip_before": [r"\bParties\b[^.;]{0,60}?,?\s+(?:at|during)\s+its\s+$"],
    },
    "fr": {
        "session_skip_after": [r"^,?\s+de\s+l['’]\s*Assembl[ée]e\s+(?:des|de\s+l['’]|de\s+la|du)\b"],
        "session_skip_before": [r"\b[Pp]arties\b[^.;]{0,60}?,?\s+(?:à|lors\s+de)\s+sa\s+$"],
    },
    "es": {
        "session_skip_after": [r"^,?\s+de\s+la\s+Asamblea\s+de\b"],
        "session_skip_before": [r"\bPartes\b[^.;]{0,60}?,?\s+en\s+su\s+$"],
    },
    "ru": {
        "session_skip_after": [r"^\s+Ассамблеи\s+(?!Организации\b)[а-яё]"],
        "session_skip_before": [
            r"(?<!\w)(?:государств|Сторон)[\w-]*[^.;]{0,60}?,?\s+на\s+(?:ее|её|своей)\s+$"
        ],
    },
    "ar": {
        "session_skip_after": [
            r"^\s+(?:لجمعية|لمؤتمر|للمؤتمر|لمجلس|للمجلس|للجنة|لمنظمة|لهيئة)(?!\w)",
        ],
    },
    "zh": {"session_skip_before": [r"(?:缔约国大会|缔约国会议)\s*$"]},
}

# Arabic session prefixes inside symbols: "(د-3)" old era; "دإ-27/2" special; "دإط-10/19" emergency.
ARABIC_SESSION_PREFIX = {"د": "", "دإ": "S", "دا": "S", "دإط": "ES", "داط": "ES"}
