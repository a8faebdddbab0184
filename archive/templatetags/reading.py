"""Filters for the reading pages."""

from django import template

from archive.models.sessions import ordinal_en

register = template.Library()


@register.filter
def ordinal(number: int | None) -> str:
    """74 -> "74th" (English interface)."""
    return ordinal_en(number) if number else ""


@register.filter
def symbol_number(symbol: str) -> str:
    """The resolution's number as printed before its title: "A/RES/59/190" -> "59/190"."""
    return symbol.removeprefix("A/RES/")
