"""What the search box's text means, without Django: words (all must occur), "quoted phrases", OR between
two terms, -exclusions; the languages to search, from the query's script unless one is given; and for each
language the source of its tsquery, in `to_tsquery` syntax.

Each word or phrase becomes one quoted `to_tsquery` operand ('human rights defenders'): PostgreSQL splits
and stems it with the language's text-search configuration, so a phrase stays a phrase and "resolution"
finds "resolutions". Chinese terms become bigram phrases (see `bigrams`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from archive.parser.languages import LANGUAGES
from archive.parser.normalise import fold_digits
from archive.parser.scripts import ARABIC, CYRILLIC, HAN, LATIN

from .bigrams import bigrams, single_characters

# The first script found in the query decides its languages; a query in none of them (digits only) is
# searched in every language.
SCRIPTS = tuple(
    (re.compile(f"[{chars}]"), languages)
    for chars, languages in (
        (HAN, ("zh",)),
        (ARABIC, ("ar",)),
        (CYRILLIC, ("ru",)),
        (LATIN, ("en", "fr", "es")),
    )
)
# -"a phrase", "a phrase" (closing quote optional), OR, -word, word.
_TOKEN = re.compile(r'(?P<minus>-?)"(?P<phrase>[^"]*)"?|(?P<word>\S+)')
_WORD = re.compile(r"\w+")
_PHRASE_OPERATOR = re.compile(r"<(?:-|[0-9]+)>")


@dataclass(frozen=True)
class SearchFilters:
    """What the results are narrowed to, besides the query."""

    language: str | None = None
    session: tuple[str, int] | None = None  # (kind, number), from a prefix as in symbols: "59", "S-27"
    session_kind: str | None = None
    adopted_from: date | None = None
    adopted_to: date | None = None
    part: str | None = None  # title, preambular, operative, …, footnote
    cites: str | None = None  # a canonical resolution symbol
    resolution: str | None = None  # a canonical resolution symbol: that resolution alone, every hit of it


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """All of `required` (each a choice of terms joined by OR), none of `excluded`, in `languages`."""

    text: str
    required: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]
    languages: tuple[str, ...]

    def tsquery(self, language: str) -> str | None:
        """The `to_tsquery` source for `language`; None when nothing in the query can match in it."""
        required = self.ranking_tsquery(language)
        if required is None:
            return None
        operand = _operand(language)
        return " & ".join([required, *(f"!{op}" for op in map(operand, self.excluded) if op)])

    def ranking_tsquery(self, language: str) -> str | None:
        """The required terms only, for ts_rank (which ranks any query with a NOT at 0)."""
        return self._required(_operand(language))

    def words_tsquery(self, language: str) -> str | None:
        """The required terms with the words of each phrase required anywhere ('human' & 'rights'), the
        excluded terms left out: a superset of the texts `tsquery` finds, which a full-text index finds
        without reading a text's vector (a phrase and an exclusion need it)."""
        return self._required(_words_operand(language))

    def _required(self, operand) -> str | None:
        parts = []
        for choice in self.required:
            operands = [op for op in map(operand, choice) if op]
            if operands:
                parts.append(operands[0] if len(operands) == 1 else f"({' | '.join(operands)})")
        return " & ".join(parts) if parts else None

    def has_phrases(self, language: str) -> bool:
        """Whether the query may hold a phrase in `language`: a Chinese term of three characters or more
        (a phrase of bigrams), elsewhere a term that is not a single word ("human rights", R&D)."""
        if language == "zh":
            return "<" in (self.tsquery(language) or "")
        terms = [*(term for choice in self.required for term in choice), *self.excluded]
        return any(not _WORD.fullmatch(term.text) for term in terms)

    def terms_tsquery(self, language: str) -> str | None:
        """Any of the required terms, for the hits (the units of a matching text with one of them)."""
        operand = _operand(language)
        operands = [op for choice in self.required for op in map(operand, choice) if op]
        return " | ".join(operands) if operands else None

    def terms(self) -> list[str]:
        """The words and phrases searched for, as typed (for highlighting Chinese snippets)."""
        return [term.text for choice in self.required for term in choice]


def parse_query(text: str, language: str | None = None) -> SearchQuery:
    """Read the search box. `language`, when given, is the only language searched."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"{language!r} is not one of the languages {', '.join(LANGUAGES)}")
    required: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for match in _TOKEN.finditer(fold_digits(text)):  # "٢٠٠٤" is searched as the vectors hold it: 2004
        word, phrase = match["word"], match["phrase"]
        if word == "OR":
            join_next = bool(required)
            continue
        if phrase is not None:
            term, negated = Term(phrase.strip(), phrase=True), bool(match["minus"])
        else:
            negated = word.startswith("-") and len(word) > 1
            term = Term(word[1:] if negated else word)
        if not term.text:
            continue
        if negated:
            excluded.append(term)
        elif join_next:
            required[-1].append(term)
        else:
            required.append([term])
        join_next = False
    return SearchQuery(
        text=text,
        required=tuple(tuple(choice) for choice in required),
        excluded=tuple(excluded),
        languages=(language,) if language else languages_of(text),
    )


def languages_of(text: str) -> tuple[str, ...]:
    for pattern, languages in SCRIPTS:
        if pattern.search(text):
            return languages
    return LANGUAGES


def _operand(language: str):
    return _bigram_operand if language == "zh" else _quoted_operand


def _words_operand(language: str):
    """Each word of a term as an operand of its own: ('human' & 'rights'); Chinese bigrams anywhere."""
    if language == "zh":
        return lambda term: _PHRASE_OPERATOR.sub("&", _bigram_operand(term))

    def words(term: Term) -> str:
        operands = [_quoted_operand(Term(word)) for word in _WORD.findall(term.text)]
        return operands[0] if len(operands) == 1 else f"({' & '.join(operands)})" if operands else ""

    return words


def _quoted_operand(term: Term) -> str:
    return "'" + term.text.replace("\\", "\\\\").replace("'", "''") + "'"


def _bigram_operand(term: Term) -> str:
    """国际合作 -> '国际' <-> '际合' <-> '合作'; words apart in the term keep their distance; a lone character
    matches the bigrams it starts."""
    pairs = bigrams(term.text)
    if not pairs:
        prefixes = [f"'{char}':*" for char in single_characters(term.text)]
        return prefixes[0] if len(prefixes) == 1 else f"({' & '.join(prefixes)})" if prefixes else ""
    operand = f"'{pairs[0][1]}'"
    for (previous, _), (offset, pair) in zip(pairs, pairs[1:], strict=False):
        distance = offset - previous
        operand += f" <{'-' if distance == 1 else distance}> '{pair}'"
    return f"({operand})" if len(pairs) > 1 else operand
