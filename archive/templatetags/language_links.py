"""`{% keep_language url %}`: a link to another reading page, kept in the interface language the URL names
(/fr/…), so that following it does not fall back to Accept-Language."""

from django import template

from archive.pages.links import keeping_language

register = template.Library()


@register.simple_tag(takes_context=True)
def keep_language(context, url) -> str:
    return keeping_language(str(url), context.get("language_prefix", ""))
