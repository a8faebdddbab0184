"""Who issued a cited document, read from its symbol.

Two tables, and the regular expression and look-up read from them (`citations.py` finds the citations):

* `ORGAN_RESOLUTION_SERIES`: the symbol series of the resolutions of UN organs other than the General
  Assembly. A citation of one of them is a UN "document" whose organ this names (linked to the official
  document, never to a GA resolution of the archive with the same number).
* `NON_UN_SERIES`: the series opening the symbols of documents of other organisations (IAEA,
  OAU/African Union, ICC Assembly of States Parties, WTO ...). They look like UN symbols but are not:
  such a citation is kept as plain text of kind "other" (never normalised, never linked to undocs).
"""

from __future__ import annotations

import re

from archive.messages import gettext_noop

# Symbol prefix -> issuing organ (in English; marked for the catalogues, where the pages name it). Longest
# prefixes first where one contains another.
ORGAN_RESOLUTION_SERIES: dict[str, str] = {
    "S/RES/": gettext_noop("Security Council"),
    "E/CN.4/RES/": gettext_noop("Commission on Human Rights"),
    "E/RES/": gettext_noop("Economic and Social Council"),
    "A/HRC/RES/": gettext_noop("Human Rights Council"),
    "T/RES/": gettext_noop("Trusteeship Council"),
}

# The series that open the symbols of other organisations (on text folded by `symbols.fold`).
NON_UN_SERIES: tuple[str, ...] = (
    r"GC\((?:\d{1,3}|[IVXLC]{1,8})\)/",  # IAEA General Conference: GC(69)/RES/7, GC(XXXIV)/RES/530
    r"GOV/",  # IAEA Board of Governors: GOV/2003/75
    r"INFCIRC/",  # IAEA information circulars: INFCIRC/153
    r"CM/",  # OAU Council of Ministers: CM/Res.1153 (XLVIII)
    r"AHG/",  # OAU Assembly of Heads of State and Government: AHG/Res.16 (I)
    r"EX\.CL/",  # African Union Executive Council: EX.CL/Dec.1 (I)
    r"Assembly/AU/",  # African Union Assembly: Assembly/AU/Dec.1 (I)
    r"ICC-ASP/",  # ICC Assembly of States Parties: ICC-ASP/20/Res.5
    r"WT/",  # World Trade Organization: WT/L/540, WT/MIN(01)/DEC/1
)

_SEGMENT = r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*(?:\(\d{1,3}\))?"
# A whole symbol of another organisation: its series, "/"-segments (a segment may end in a session
# number: "MIN(01)"), then perhaps "(XLVIII)" or "(2021)".
NON_UN_SYMBOL_RE = re.compile(
    r"(?<![A-Za-z0-9/.\-])(?:" + "|".join(NON_UN_SERIES) + rf"){_SEGMENT}(?:/{_SEGMENT})*"
    r"(?:\s*\((?:[IVXLC]{1,8}|(?:19|20)\d\d)\))?"
)


def issuing_organ(symbol: str) -> str | None:
    """The UN organ other than the General Assembly whose resolution `symbol` is, if any."""
    return next(
        (organ for prefix, organ in ORGAN_RESOLUTION_SERIES.items() if symbol.startswith(prefix)), None
    )
