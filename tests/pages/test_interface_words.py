"""Every page type as a reader of an interface in another script reads it: no English word outside what is
marked as being in another language (a text, a title, a State's name in its own language), in the page's
words or in its tooltips and labels. A label, a name or a message the catalogues lack shows up here as
English among Arabic, Chinese or Cyrillic."""

import re

import pytest
from lxml import html

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Words every interface writes in Latin letters: acronyms and formats (upper case), names of standards, the
# words of document symbols as a text prints them in any language ("A/CONF.157/24（Part I）和 Corr.1").
KEPT = re.compile(r"[A-Z]{2,}s?|Akoma|Ntoso|Part|Corr|Add|Rev|Amend")
# Text not read as the interface's words: a document symbol (A/RES/59/190, A/C.3/59/L.45, A/55/602/Add.2:
# letters and figures joined by "/" or "."), a site's name (undocs.org), a file's name (A_RES_59_190.en.txt,
# the source a change log names);
SYMBOL = re.compile(r"[\w.()-]*[/.][\w./()-]*\d[\w./()-]*|\b[a-z]+\.org\b|\b[\w.-]+\.(?:txt|pdf|json)\b")
# and code, and what the reader searched for (shown back as typed).
THEIRS = ("script", "style", "code", "pre")
ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")


def in_interface(element, interface: str) -> bool:
    """Whether `element` is in the interface's language: its own `lang`, else its nearest ancestor's."""
    language = next(e.get("lang") for e in (element, *element.iterancestors()) if e.get("lang"))
    return language.startswith(interface)


def english_words(tree, interface: str) -> list[str]:
    """The words in Latin letters of the page's text and of its elements' labels that are in the
    interface's language (by the `lang` of the element that holds them, or of its nearest ancestor)."""
    strings = []
    for text in tree.xpath("//body//text()"):
        holder = text.getparent().getparent() if text.is_tail else text.getparent()
        if (
            holder.tag not in THEIRS
            and "search-query" not in holder.classes
            and in_interface(holder, interface)
        ):
            strings.append(str(text))
    for element in tree.xpath("//body//*[@title or @aria-label or @alt or @placeholder]"):
        if in_interface(element, interface):
            strings += [element.get(name) for name in ATTRIBUTES if element.get(name)]
    words = [word for string in strings for word in LATIN_WORD.findall(SYMBOL.sub(" ", string))]
    return [word for word in words if not KEPT.fullmatch(word)]


@pytest.mark.parametrize("interface", ["ar", "zh", "ru"])
def test_no_page_type_shows_english_words_among_the_interfaces(client, every_page_type, interface):
    pages = {
        name: client.get(path.format(language=interface), HTTP_ACCEPT_LANGUAGE=interface, follow=True)
        for name, path in every_page_type.items()
    }
    assert {name: response.status_code for name, response in pages.items()} == {
        name: 404 if name == "not-in-archive" else 200 for name in pages
    }
    words = {
        name: english_words(html.fromstring(response.content.decode()), interface)
        for name, response in pages.items()
    }
    assert {name: found for name, found in words.items() if found} == {}
