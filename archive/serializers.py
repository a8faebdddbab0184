"""The archive's JSON of a resolution: what `manage.py export`, the admin's JSON export and the API print,
and what a JSON write gives.

The serializers read the parser's dataclasses (a parse, or a stored text rebuilt from its rows by
`archive.services.export.document_from_rows`), through `export_of`. Validation is the way back: one
language's text in this shape becomes the `ParsedResolution` the ingestion service stores. What the JSON
does not carry is filled in plainly: a paragraph's kind comes from where it sits (preambular, operative,
sub-paragraph, annex paragraph) and a footnote marker stands at the end of its paragraph's text. What the
archive computes (`vote`, `resolved`, links) is read-only: left in a body, it is ignored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from django.utils.translation import gettext
from rest_framework import serializers

from archive.messages import MessageError
from archive.models import Citation, Resolution, ResolutionText, Session
from archive.parser.document import (
    Annex,
    CitationAt,
    Footnote,
    FootnoteRef,
    Heading,
    Paragraph,
    ParsedResolution,
    ParseWarning,
    Symbol,
)
from archive.parser.document import Citation as ParsedCitation
from archive.parser.languages import LANGUAGES
from archive.parser.symbols import normalise_parts, parse_symbol
from archive.services.errors import message_of
from archive.services.export import cited_in_archive, stored_texts

EID = "eId in AKN4UN style, also the anchor on the public page"


class FootnoteMarksField(serializers.ListField):
    """A paragraph's footnote references as their marks, in order."""

    child = serializers.CharField(max_length=10)

    def to_representation(self, refs: list[FootnoteRef]) -> list[str]:
        return [ref.mark for ref in refs]


class ExportPreambularParagraphSerializer(serializers.Serializer):
    """A preambular paragraph"""

    eid = serializers.CharField(max_length=80, help_text=EID)
    text = serializers.CharField(help_text="The text, footnote marks removed")
    footnote_refs = FootnoteMarksField(help_text="Marks of the footnotes referred to, in order")

    def validate(self, attrs) -> Paragraph:
        return _paragraph("preambular", attrs)


class ExportParagraphSerializer(serializers.Serializer):
    """An operative, annex or sub-paragraph"""

    eid = serializers.CharField(max_length=80, help_text=EID)
    number = serializers.CharField(
        max_length=20,
        allow_null=True,
        allow_blank=True,
        required=False,
        help_text='The number as printed: "3", "(a)"',
    )
    text = serializers.CharField(help_text="The text, footnote marks removed")
    footnote_refs = FootnoteMarksField(help_text="Marks of the footnotes referred to, in order")

    def __init__(self, *args, kind: str = "operative", **kwargs):
        self.kind = kind  # what a written paragraph is, from where it sits
        super().__init__(*args, **kwargs)

    def get_fields(self):
        fields = super().get_fields()
        fields["subparagraphs"] = ExportParagraphSerializer(
            many=True, kind="subparagraph", help_text="Nested sub-paragraphs, in order"
        )
        return fields

    def validate(self, attrs) -> Paragraph:
        return _paragraph(self.kind, attrs)


def _paragraph(kind: str, attrs: dict) -> Paragraph:
    text = attrs["text"]
    return Paragraph(
        kind=kind,
        eid=attrs["eid"],
        text=text,
        number=attrs.get("number") or None,
        footnote_refs=[FootnoteRef(mark, len(text)) for mark in attrs["footnote_refs"]],
        subparagraphs=attrs.get("subparagraphs", []),
    )


class ExportAnnexSerializer(serializers.Serializer):
    """An annex"""

    eid = serializers.CharField(max_length=40, help_text=EID)
    heading = serializers.CharField(
        max_length=200,
        allow_blank=True,
        help_text='The heading as printed: "Annex", "Annex I"; empty for a declaration printed without one',
    )
    title = serializers.CharField(
        allow_null=True, allow_blank=True, required=False, help_text="The annex's title"
    )
    paragraphs = ExportParagraphSerializer(
        many=True, kind="annex_paragraph", help_text="The annex's paragraphs"
    )

    def validate(self, attrs) -> Annex:
        return Annex(attrs["eid"], attrs["heading"], attrs.get("title") or None, attrs["paragraphs"])


class ExportHeadingSerializer(serializers.Serializer):
    """A heading: a part's ("B" and its title) or a section's ("I." "Global context…"), for a table of
    contents"""

    eid = serializers.CharField(max_length=80, help_text=EID + ': "part_b", "annex_1__hcontainer_2"')
    number = serializers.CharField(
        max_length=20,
        allow_null=True,
        allow_blank=True,
        required=False,
        help_text='The number or letter as printed: "I.", "A.", "B" (a part)',
    )
    text = serializers.CharField(allow_blank=True, help_text="The heading's text")
    level = serializers.IntegerField(
        min_value=0,
        max_value=9,
        help_text="0: a part of a multi-part resolution; 1: a section; 2 and on below",
    )
    before = serializers.CharField(
        max_length=80,
        allow_null=True,
        required=False,
        help_text="eId of the paragraph it stands before (null: after the last paragraph)",
    )

    def validate(self, attrs) -> Heading:
        return Heading(
            attrs["eid"], attrs["text"], attrs.get("number") or None, attrs["level"], attrs.get("before")
        )


class ExportFootnoteSerializer(serializers.Serializer):
    """A footnote"""

    eid = serializers.CharField(max_length=40, help_text=EID)
    mark = serializers.CharField(max_length=10, help_text="The mark as printed")
    text = serializers.CharField(help_text="The footnote's text")

    def validate(self, attrs) -> Footnote:
        return Footnote(**attrs)


class ExportCitationSerializer(serializers.Serializer):
    """A citation"""

    from_eid = serializers.CharField(help_text="eId of the citing paragraph or footnote")
    text = serializers.CharField(source="citation.text", max_length=300, help_text="The citation as printed")
    start = serializers.IntegerField(
        source="citation.start",
        min_value=0,
        help_text="Start of the citation in the paragraph's or footnote's text",
    )
    end = serializers.IntegerField(
        source="citation.end", min_value=1, help_text="End (exclusive) of the citation in that text"
    )
    target = serializers.CharField(
        source="citation.target",
        max_length=120,
        help_text="What is cited: a canonical resolution symbol, a UN document symbol (another organ's "
        "resolution included), another organisation's symbol as printed, or a session",
    )
    kind = serializers.ChoiceField(
        source="citation.kind", choices=Citation.Kind.choices, help_text="What kind of thing is cited"
    )
    pinpoint = serializers.CharField(
        source="citation.pinpoint",
        max_length=20,
        allow_null=True,
        allow_blank=True,
        required=False,
        help_text="Paragraph number cited, if any",
    )
    part = serializers.RegexField(
        r"^[A-Z]{1,2}$",
        source="citation.part",
        allow_null=True,
        required=False,
        help_text='The part of a multi-part resolution cited ("B" in 79/238 B), if one',
    )
    resolved = serializers.SerializerMethodField(help_text="Whether the archive holds the cited resolution")

    def get_resolved(self, cited: CitationAt) -> bool:
        return cited.citation.target in self.context.get("held", ())

    def validate(self, attrs) -> CitationAt:
        citation = attrs["citation"]
        if citation["end"] <= citation["start"]:
            message = gettext("must be more than start (%(start)s)") % {"start": citation["start"]}
            raise serializers.ValidationError({"end": message})
        if citation["kind"] == Citation.Kind.RESOLUTION:
            try:
                citation["target"] = parse_symbol(citation["target"]).canonical
            except MessageError as exc:
                raise serializers.ValidationError({"target": message_of(exc)}) from None
        citation["pinpoint"] = citation.get("pinpoint") or None
        citation["part"] = citation.get("part") or None
        return CitationAt(attrs["from_eid"], ParsedCitation(**citation))


class ExportWarningSerializer(serializers.Serializer):
    """A parser warning"""

    line = serializers.IntegerField(
        allow_null=True, required=False, min_value=1, help_text="Line of the source"
    )
    message = serializers.CharField(help_text="What the parser could not read with confidence, in English")

    def validate(self, attrs) -> ParseWarning:
        return ParseWarning.as_written(attrs["message"], attrs.get("line"))


class ExportTextSerializer(serializers.Serializer):
    """The resolution in one language"""

    title = serializers.CharField(help_text="The title")
    formula = serializers.CharField(
        max_length=200,
        allow_null=True,
        allow_blank=True,
        required=False,
        help_text='The opening formula: "The General Assembly,"',
    )
    agenda_items = serializers.ListField(
        child=serializers.CharField(max_length=40),
        required=False,
        help_text='Agenda items as this text prints them: "105 b)" in French (written: else the top '
        "level's)",
    )
    basis = serializers.CharField(
        allow_null=True,
        allow_blank=True,
        required=False,
        help_text="The line in square brackets under the cover as this text prints it (written: else the "
        "top level's)",
    )
    preambular = ExportPreambularParagraphSerializer(many=True, help_text="Preambular paragraphs")
    operative = ExportParagraphSerializer(many=True, help_text="Operative paragraphs")
    annexes = ExportAnnexSerializer(many=True, help_text="Annexes")
    headings = ExportHeadingSerializer(
        many=True,
        required=False,
        default=list,
        help_text="Headings of parts and sections, in document order, each naming the paragraph it heads",
    )
    footnotes = ExportFootnoteSerializer(many=True, help_text="Footnotes")
    citations = ExportCitationSerializer(many=True, help_text="Citations, in document order")
    warnings = ExportWarningSerializer(many=True, help_text="Parser warnings")


class ExportSessionSerializer(serializers.Serializer):
    """The session that adopted the resolution"""

    kind = serializers.ChoiceField(choices=Session.Kind.choices, help_text="Session kind")
    number = serializers.IntegerField(min_value=1, help_text="Session number")


class VoteSerializer(serializers.Serializer):
    """How the resolution was adopted"""

    kind = serializers.ChoiceField(
        source="vote", choices=Resolution.Vote.choices, help_text="How it was adopted"
    )
    yes = serializers.IntegerField(
        source="votes_yes", allow_null=True, help_text="Votes in favour (recorded votes only)"
    )
    no = serializers.IntegerField(source="votes_no", allow_null=True, help_text="Votes against")
    abstentions = serializers.IntegerField(source="votes_abstain", allow_null=True, help_text="Abstentions")
    non_voting = serializers.IntegerField(
        source="votes_non_voting", allow_null=True, help_text="Members not voting"
    )


class OfficialFileSerializer(serializers.Serializer):
    """The official file of one language, as the catalogue gives it"""

    language = serializers.ChoiceField(choices=ResolutionText.Language.choices, help_text="Its language")
    url = serializers.URLField(max_length=500, help_text="Where the UN Digital Library serves it")
    size = serializers.IntegerField(
        allow_null=True, min_value=0, help_text="Its size in bytes, as catalogued (null: not given)"
    )


class CatalogueSerializer(serializers.Serializer):
    """The resolution's catalogue record: the UN Digital Library's (harvested), or what an upload printed"""

    title = serializers.CharField(
        source="catalogue_title",
        allow_blank=True,
        help_text="The catalogue's title (empty if none; each text has its own in `texts`)",
    )
    agenda_titles = serializers.DictField(
        child=serializers.CharField(),
        help_text="The title of each agenda item of `agenda_items` the catalogue names, by item number",
    )
    report_symbols = serializers.ListField(
        child=serializers.CharField(max_length=60), help_text="Symbols of the reports it was adopted on"
    )
    subjects = serializers.ListField(
        child=serializers.CharField(max_length=200), help_text="The catalogue's subject headings"
    )
    source = serializers.ChoiceField(
        choices=Resolution.Source.choices, help_text="Where the record came from"
    )
    undl_record = serializers.IntegerField(
        allow_null=True, min_value=1, help_text="The record's id in the UN Digital Library (null: none)"
    )
    official_files = OfficialFileSerializer(
        many=True, help_text="The official file of each language catalogued, by language code"
    )


class ExportSerializer(serializers.Serializer):
    """A resolution: its metadata, its vote and its text in each language held. Reads what `export_of`
    gives; validation gives the one language's text of a write as a `ParsedResolution`."""

    symbol = serializers.CharField(max_length=80, help_text="Canonical symbol: A/RES/59/190, A/RES/217(III)")
    session = ExportSessionSerializer(
        allow_null=True,
        required=False,
        help_text="The session that adopted it (written: must match the symbol)",
    )
    number = serializers.IntegerField(
        allow_null=True,
        required=False,
        min_value=1,
        help_text="Number within the session, serial number in the old era (written: must match the symbol)",
    )
    parts = serializers.CharField(
        max_length=20,
        allow_null=True,
        allow_blank=True,
        required=False,
        help_text="Part letters printed with the symbol (A, C, A-B), or empty",
    )
    adopted_on = serializers.DateField(allow_null=True, required=False, help_text="Date of adoption")
    meeting = serializers.IntegerField(
        allow_null=True,
        required=False,
        min_value=1,
        max_value=32767,
        help_text="Plenary meeting that adopted it",
    )
    agenda_items = serializers.ListField(
        child=serializers.CharField(max_length=40),
        help_text="Agenda items under which it was adopted, as the first text of `texts` prints them "
        '(without a text: in one form for every language, "105 (b)")',
    )
    basis = serializers.CharField(
        allow_null=True,
        allow_blank=True,
        required=False,
        help_text='The line in square brackets under the cover, as the first text of `texts` prints it: "on '
        'the report of the Third Committee (A/80/503)"',
    )
    draft_symbols = serializers.ListField(
        child=serializers.CharField(max_length=60), help_text="Symbols of its drafts"
    )
    vote = VoteSerializer(source="resolution", read_only=True, help_text="The vote (stored resolutions)")
    catalogue = CatalogueSerializer(
        source="resolution", read_only=True, help_text="The catalogue record (stored resolutions)"
    )
    texts = serializers.DictField(
        child=ExportTextSerializer(),
        help_text=f"The text in each language held, by language code ({', '.join(LANGUAGES)}); "
        "written: one language's text",
    )

    def get_fields(self):
        fields = super().get_fields()
        fields["texts"] = fields.pop("texts")  # last, after the links a subclass adds
        return fields

    def validate_symbol(self, value: str) -> Symbol:
        try:
            return parse_symbol(value)
        except MessageError as exc:
            raise serializers.ValidationError(message_of(exc)) from None

    def validate_texts(self, value: dict) -> dict:
        if len(value) != 1:
            message = gettext("give exactly one language's text, not %(count)s") % {"count": len(value)}
            raise serializers.ValidationError(message)
        [language] = value
        if language not in LANGUAGES:
            message = gettext("%(language)r is not one of the languages %(languages)s")
            raise serializers.ValidationError(
                message % {"language": language, "languages": ", ".join(LANGUAGES)}
            )
        return value

    def validate(self, attrs) -> ParsedResolution:
        symbol = attrs["symbol"]
        if attrs.get("parts"):
            symbol = Symbol(symbol.session, symbol.number, normalise_parts(attrs["parts"]), symbol.old_era)
        session = attrs.get("session")
        if session is not None and session != {"kind": symbol.session.kind, "number": symbol.session.number}:
            raise serializers.ValidationError({"session": _not_matching(symbol)})
        if attrs.get("number") not in (None, symbol.number):
            raise serializers.ValidationError({"number": _not_matching(symbol)})
        [(language, text)] = attrs["texts"].items()
        parsed = ParsedResolution(
            language=language,
            symbol=symbol,
            title=text["title"],
            formula=text.get("formula") or None,
            agenda_items=text.get("agenda_items", attrs["agenda_items"]),
            basis=(text["basis"] if "basis" in text else attrs.get("basis")) or None,
            draft_symbols=attrs["draft_symbols"],
            adopted_on=attrs.get("adopted_on"),
            meeting=attrs.get("meeting"),
            preambular=text["preambular"],
            operative=text["operative"],
            annexes=text["annexes"],
            headings=text["headings"],
            footnotes=text["footnotes"],
            warnings=text["warnings"],
        )
        try:
            _check_eids(parsed)
            _attach_citations(parsed, text["citations"])
        except serializers.ValidationError as exc:
            raise serializers.ValidationError({"texts": {language: exc.detail}}) from None
        return parsed


def _not_matching(symbol: Symbol) -> str:
    return gettext("does not match the symbol %(symbol)s") % {"symbol": symbol.canonical}


def _check_eids(parsed: ParsedResolution) -> None:
    """eIds and footnote marks differ; footnote references name given footnotes."""
    seen: set[str] = set()
    paragraphs = {p.eid for p in parsed.paragraphs()}
    for eid in (
        [p.eid for p in parsed.paragraphs()]
        + [h.eid for h in parsed.headings]
        + [f.eid for f in parsed.footnotes]
    ):
        if eid in seen:
            raise serializers.ValidationError(gettext("the eId %(eid)r is used twice") % {"eid": eid})
        seen.add(eid)
    for heading in parsed.headings:
        if heading.before is not None and heading.before not in paragraphs:
            message = gettext("%(eid)s stands before %(before)r, which is not a paragraph")
            raise serializers.ValidationError(
                {"headings": message % {"eid": heading.eid, "before": heading.before}}
            )
    if len({a.eid for a in parsed.annexes}) != len(parsed.annexes):
        raise serializers.ValidationError({"annexes": gettext("annex eIds must differ")})
    marks = {f.mark for f in parsed.footnotes}
    if len(marks) != len(parsed.footnotes):
        raise serializers.ValidationError({"footnotes": gettext("footnote marks must differ")})
    for para in parsed.paragraphs():
        for ref in para.footnote_refs:
            if ref.mark not in marks:
                message = gettext("%(eid)s refers to footnote %(mark)r, which is not given")
                raise serializers.ValidationError(
                    {"footnote_refs": message % {"eid": para.eid, "mark": ref.mark}}
                )


def _attach_citations(parsed: ParsedResolution, citations: list[CitationAt]) -> None:
    """Each citation to the paragraph or footnote it names, whose text it must be a slice of."""
    holders = {p.eid: p for p in parsed.paragraphs()} | {f.eid: f for f in parsed.footnotes}
    for i, (from_eid, citation) in enumerate(citations):
        holder = holders.get(from_eid)
        if holder is None:
            problem = {
                "from_eid": gettext("no paragraph or footnote has the eId %(eid)r") % {"eid": from_eid}
            }
        elif holder.text[citation.start : citation.end] != citation.text:
            message = gettext("is not the text of %(eid)s from %(start)s to %(end)s")
            problem = {"text": message % {"eid": from_eid, "start": citation.start, "end": citation.end}}
        else:
            holder.citations.append(citation)
            continue
        raise serializers.ValidationError({"citations": {i: problem}})


def export_of(texts: Mapping[str, ParsedResolution], resolution: Resolution | None = None) -> dict:
    """What `ExportSerializer` reads: the metadata of the first text (stored texts agree on it), or of the
    stored `resolution` when it has no text yet (known by its catalogue record), the texts by language, and
    the stored `resolution` (its vote and links) when there is one."""
    if texts:
        first = next(iter(texts.values()))
        symbol = first.symbol
    else:
        first = resolution
        symbol = dataclasses.replace(parse_symbol(resolution.symbol), parts=resolution.parts)
    return {
        "symbol": symbol,
        "session": symbol.session,
        "number": symbol.number,
        "parts": symbol.parts,
        "adopted_on": first.adopted_on,
        "meeting": first.meeting,
        "agenda_items": first.agenda_items,
        "basis": first.basis,
        "draft_symbols": first.draft_symbols,
        **({"resolution": resolution} if resolution is not None else {}),
        "texts": texts,
    }


def export_resolution(
    resolution: Resolution, languages: list[str] | None = None, serializer_class=ExportSerializer, **context
) -> dict:
    """A stored resolution from `Resolution.objects.for_export()` (so no further query), in its texts of
    `languages` (else all); `context` is the serializer's (the API gives the `request` its links need)."""
    instance = export_of(stored_texts(resolution, languages), resolution)
    return serializer_class(instance, context={"held": cited_in_archive(resolution), **context}).data
