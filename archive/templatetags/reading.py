"""Filters for the reading pages. Dates, meetings, sessions, agenda items and the basis line are printed as
the UN prints them in the active language (`{% language %}` switches it for a text's own cover and closing
lines)."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from archive.pages.paragraph_html import Interface, paragraph_html, paragraphs_html
from archive.parser.languages import table
from archive.parser.printed import (
    basis_line,
    printed_agenda_item,
    printed_date,
    printed_meeting,
    printed_session,
)

register = template.Library()


@register.filter
def un_date(date) -> str:
    """A date (or a datetime's day): "20 December 2004", "20 décembre 2004", "2004年12月20日"."""
    return printed_date(date, get_language()) if date else ""


@register.filter
def plenary_meeting(number: int | None) -> str:
    """74 -> "74th plenary meeting", "74e séance plénière", "第74次全体会议"."""
    return printed_meeting(number, get_language()) if number else ""


@register.filter
def un_basis(basis: str) -> str:
    """The cover's basis line in the active language ("on the report of the Third Committee (…)",
    "根据第三委员会的报告(…)通过"); "" when it cannot be shown in that language."""
    return (basis_line(basis, get_language()) or "") if basis else ""


@register.filter
def un_agenda_items(items: list[str]) -> list[str]:
    """Agenda items as the active language prints them: "105 (b)", "105 b)", "105(b)", "105 (ب)"."""
    language = get_language()
    return [printed_agenda_item(item, language) for item in items]


@register.filter
def session_name(session) -> str:
    """A session in words: "59th session", "59e session", "第59届会议"."""
    return printed_session(session.kind, session.number, get_language())


@register.filter
def title_number(symbol: str, language: str) -> str:
    """The resolution's number as its text in `language` prints it before the title: "A/RES/59/190" ->
    "59/190.", in Arabic "59/190 -"."""
    return table(language).numbered(symbol.removeprefix("A/RES/"))


@register.simple_tag
def paragraphs(views) -> str:
    """`{% paragraphs section %}`: a section's paragraphs (`ParagraphView`s) as HTML."""
    return paragraphs_html(views)


@register.simple_tag
def paragraph(view) -> str:
    """`{% paragraph p %}`: one paragraph (a row of the side-by-side page)."""
    return mark_safe(paragraph_html(view, Interface.active()))
