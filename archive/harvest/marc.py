"""The Digital Library's MARCXML (MARC 21 bibliographic, UN usage), read into plain records.

A search answer (`of=xm`) is a `collection` of `record`s. Bibliographic records (resolutions, drafts)
carry `191 $a` the document symbol, `245` the title, `269` the date, `650` subjects, `856` a file per
language, `991` agenda items, `993` related documents. Voting records ("Voting Data" collection) carry
`791 $a` the resolution symbol, `996` the totals (`$b` yes, `$c` no, `$d` abstentions, `$e` non-voting,
`$f` total) and a `967` per Member State (`$c` code, `$e` name, `$d` Y, N, A or nothing).

`read_answer` raises MarcError when the answer as a whole cannot be read (an HTML error page, truncated
or malformed XML); a record that cannot be used (no symbol, a vote without totals) becomes a
`RecordProblem` and the others are read. Both say what is wrong by name (`archive.messages`), for the
harvest's log to say it in its reader's language.
"""

from __future__ import annotations

import contextlib
import datetime
import re
from dataclasses import dataclass, field

from lxml import etree

from archive.messages import Message, MessageError, gettext_noop

MARC = "{http://www.loc.gov/MARC21/slim}"
_TOTAL = re.compile(rb"Search-Engine-Total-Number-Of-Results:\s*(\d+)")
_FILE_LANGUAGE = re.compile(r"-(AR|ZH|EN|FR|RU|ES)\.pdf$", re.IGNORECASE)
# `856 $y` as the Digital Library names the languages (after repairing its encoding).
LANGUAGE_NAMES = {
    "العربية": "ar",
    "中文": "zh",
    "english": "en",
    "français": "fr",
    "русский": "ru",
    "español": "es",
}
# Words of a voting record's title that say it is a vote on part of a resolution, not on the whole.
_PART_VOTE = re.compile(r"\b(amendments?|paragraphs?|separate vote|preambular|operative)\b", re.IGNORECASE)
VOTE_LETTERS = {"Y": "yes", "N": "no", "A": "abstain", "": "non_voting"}


class MarcError(MessageError):
    """The answer as a whole is not MARCXML that can be read."""


@dataclass(frozen=True)
class AgendaItem:
    document: str
    item: str
    title: str


@dataclass(frozen=True)
class FileLink:
    language: str
    url: str
    size: int | None


@dataclass
class CatalogueRecord:
    record_id: int
    symbol: str
    title: str
    date: datetime.date | None
    modified: str
    agenda: list[AgendaItem] = field(default_factory=list)
    resolutions: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    files: dict[str, FileLink] = field(default_factory=dict)


@dataclass(frozen=True)
class StateVote:
    code: str
    name: str
    vote: str  # "yes", "no", "abstain" or "non_voting"


@dataclass
class VotingRecord:
    record_id: int
    symbol: str
    title: str
    date: datetime.date | None
    modified: str
    yes: int
    no: int
    abstain: int
    non_voting: int | None
    states: list[StateVote] = field(default_factory=list)

    @property
    def on_part(self) -> bool:
        """A vote on an amendment or a paragraph, not on the resolution as a whole."""
        return bool(_PART_VOTE.search(self.title))


class RecordProblem(Message):
    """A record that cannot be used: its number (None when it has none), its symbol ("" when not read) and
    what is wrong with it."""

    def __init__(self, record_id: int | None, symbol: str, template: str, **params):
        super().__init__(template, **params)
        self.record_id = record_id
        self.symbol = symbol


@dataclass
class Answer:
    total: int | None  # the number of results of the whole search, when the answer says it
    records: list[CatalogueRecord | VotingRecord | RecordProblem]


def read_answer(data: bytes) -> Answer:
    head = data.lstrip()[:200].lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise MarcError(gettext_noop("the answer is an HTML page, not MARCXML"))
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        not_xml = gettext_noop("the answer is not well-formed XML (%(error)s, line %(line)s)")
        raise MarcError(not_xml, error=exc.msg, line=str(exc.lineno)) from None
    if etree.QName(root).localname != "collection":
        not_marc = gettext_noop("the answer is not a MARCXML collection (its root is <%(root)s>)")
        raise MarcError(not_marc, root=etree.QName(root).localname)
    total = _TOTAL.search(data[:500])
    return Answer(
        total=int(total.group(1)) if total else None,
        records=[read_record(record) for record in root.iter(f"{MARC}record")],
    )


def read_record(record) -> CatalogueRecord | VotingRecord | RecordProblem:
    fields = _Fields(record)
    record_id = fields.control("001")
    number = int(record_id) if record_id and record_id.isdigit() else None
    if number is None:
        return RecordProblem(None, "", gettext_noop("a record without a number (001)"))
    modified = fields.control("005") or ""
    title = " ".join(fields.first("245", "a")).strip(" :/")
    date = _date(fields.first("269", "a"))
    voted_on = fields.first("791", "a")
    if voted_on:
        return _voting_record(fields, number, voted_on[0].strip(), title, date, modified)
    symbol = fields.first("191", "a")
    if not symbol:
        return RecordProblem(number, "", gettext_noop("a record without a document symbol (191 $a)"))
    out = CatalogueRecord(number, symbol[0].strip(), title, date, modified)
    for agenda in fields.all("991"):
        document, item, item_title = (agenda.get(code, [""])[0] for code in "abc")
        if item:
            out.agenda.append(AgendaItem(document, item, item_title.strip()))
    for related, indicator in fields.with_indicator("993"):
        for symbol in related.get("a", []):
            symbol = symbol.strip()
            if symbol.startswith("A/RES/"):
                out.resolutions.append(symbol)
            elif "/L." in symbol or indicator == "2":
                out.drafts.append(symbol)
            else:
                out.reports.append(symbol)
    out.subjects = [subject[0].strip() for f in fields.all("650") if (subject := f.get("a"))]
    for link in fields.all("856"):
        url = (link.get("u") or [""])[0].strip()
        language = _file_language(url, (link.get("y") or [""])[0])
        if url and language and language not in out.files:
            size = (link.get("s") or [""])[0]
            out.files[language] = FileLink(language, url, int(size) if size.isdigit() else None)
    return out


def _voting_record(fields, number, symbol, title, date, modified) -> VotingRecord | RecordProblem:
    totals = fields.all("996")
    if not totals:
        return RecordProblem(number, symbol, gettext_noop("a voting record without totals (996)"))
    counts = {code: (totals[0].get(code) or [""])[0].strip() for code in "bcde"}
    if not all(counts[code].isdigit() for code in "bcd"):
        not_numbers = gettext_noop("a voting record whose totals are not numbers: %(totals)s")
        return RecordProblem(number, symbol, not_numbers, totals=str(counts))
    vote = VotingRecord(
        number,
        symbol,
        title,
        date,
        modified,
        yes=int(counts["b"]),
        no=int(counts["c"]),
        abstain=int(counts["d"]),
        non_voting=int(counts["e"]) if counts["e"].isdigit() else None,
    )
    for state in fields.all("967"):
        letter = (state.get("d") or [""])[0].strip().upper()
        code = (state.get("c") or [""])[0].strip().upper()
        name = (state.get("e") or [""])[0].strip()
        if letter not in VOTE_LETTERS:
            voted = gettext_noop("%(state)s voted %(letter)s, not Y, N, A or nothing")
            return RecordProblem(number, symbol, voted, state=name or code, letter=repr(letter))
        vote.states.append(StateVote(code, name, VOTE_LETTERS[letter]))
    return vote


def _file_language(url: str, name: str) -> str | None:
    """The language of an `856` file: the name's suffix (-FR.pdf), else `$y` (repaired if it arrived as
    UTF-8 read as Latin-1, as the Digital Library's answers sometimes do: "FranÃ§ais")."""
    suffix = _FILE_LANGUAGE.search(url)
    if suffix:
        return suffix.group(1).lower()
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        name = name.encode("latin-1").decode("utf-8")
    return LANGUAGE_NAMES.get(name.strip().casefold())


def _date(values: list[str]) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(values[0].strip()[:10]) if values else None
    except ValueError:
        return None


class _Fields:
    """A record's fields by tag: control fields' text, data fields' subfields by code."""

    def __init__(self, record):
        self.controls = {f.get("tag"): (f.text or "").strip() for f in record.iter(f"{MARC}controlfield")}
        self.data: dict[str, list[tuple[str, dict[str, list[str]]]]] = {}
        for datafield in record.iter(f"{MARC}datafield"):
            subfields: dict[str, list[str]] = {}
            for sub in datafield.iter(f"{MARC}subfield"):
                subfields.setdefault(sub.get("code"), []).append(sub.text or "")
            self.data.setdefault(datafield.get("tag"), []).append((datafield.get("ind1", " "), subfields))

    def control(self, tag: str) -> str | None:
        return self.controls.get(tag)

    def all(self, tag: str) -> list[dict[str, list[str]]]:
        return [subfields for _, subfields in self.data.get(tag, [])]

    def with_indicator(self, tag: str) -> list[tuple[dict[str, list[str]], str]]:
        return [(subfields, indicator) for indicator, subfields in self.data.get(tag, [])]

    def first(self, tag: str, *codes: str) -> list[str]:
        """The subfields `codes` of the first `tag` field, in that order (those present)."""
        fields = self.all(tag)
        if not fields:
            return []
        return [value.strip() for code in codes for value in fields[0].get(code, [])]
