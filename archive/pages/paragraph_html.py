"""A text's paragraphs as the reading pages print them: a heading, or a numbered paragraph with its
permalink and its "cited by" count. Built in Python rather than by a template included once a paragraph:
a long text has hundreds, and each include cost more than the paragraph's own HTML."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_bidi, gettext, ngettext

from .reading import ParagraphView


@dataclass(frozen=True)
class Interface:
    """What a paragraph's tools say, in the interface language: worked out once for many paragraphs."""

    lang: str
    dir: str
    permalink_title: str
    permalink_text: str

    @classmethod
    def active(cls) -> Interface:
        return cls(
            escape(get_language()),
            "rtl" if get_language_bidi() else "ltr",
            escape(gettext("Link to this paragraph (click to copy)")),
            escape(gettext("Link to this paragraph")),
        )


def paragraphs_html(paragraphs: Iterable[ParagraphView]) -> SafeString:
    """The paragraphs' HTML (each ending with a blank line), their tools in the active interface language."""
    interface = Interface.active()
    return mark_safe("".join(paragraph_html(p, interface) for p in paragraphs))


def paragraph_html(p: ParagraphView, interface: Interface) -> str:
    anchor, label = escape(p.anchor), escape(p.label)
    if p.kind == "heading":
        number = f'<span class="heading-num">{label}</span> ' if p.label else ""
        level = p.depth + 2
        heading = f'<h{level} class="heading heading--level-{p.depth}" id="{anchor}">'
        return f"{heading}{number}{p.html}</h{level}>\n\n"
    depth = f" para--depth-{p.depth}" if p.depth else ""
    number = f'<span class="para-num">{label}</span>' if p.label else ""
    cited = ""
    if p.cited_by:
        # Translations are markup, as in a template's {% blocktranslate %}.
        words = ngettext(
            "cited by %(n)s paragraph elsewhere", "cited by %(n)s paragraphs elsewhere", p.cited_by
        ) % {"n": p.cited_by}
        cited = f'<a class="cited-count" href="#cited-by" lang="{interface.lang}">{words}</a>'
    return (
        f'<div class="para para--{escape(p.kind)}{depth}" id="{anchor}">\n  {number}\n'
        f'  <p class="para-body">{p.html}</p>\n'
        f'  <span class="para-tools" lang="{interface.lang}" dir="{interface.dir}">\n'
        f'    <a class="permalink" href="#{anchor}" title="{interface.permalink_title}">'
        '<span aria-hidden="true">¶</span>'
        f'<span class="visually-hidden">{interface.permalink_text}</span></a>\n'
        f"  </span>\n  {cited}\n</div>\n\n"
    )
