"""A text's paragraphs as HTML (`paragraphs_html`): the markup the reading pages print, escaped, with the
tools in the interface language."""

from django.utils.safestring import SafeString
from django.utils.translation import override

from archive.pages.paragraph_html import paragraphs_html
from archive.pages.reading import ParagraphView


def view(kind: str, label: str, depth: int = 0, cited_by: int = 0, anchor: str = "para_1") -> ParagraphView:
    return ParagraphView(
        eid=anchor,
        anchor=anchor,
        kind=kind,
        label=label,
        depth=depth,
        html=SafeString('Takes <a href="/x">note</a>'),
        body="Takes note",
        cited_by=cited_by,
    )


def test_a_numbered_paragraph_cited_elsewhere_in_french():
    with override("fr"):
        html = paragraphs_html([view("operative", "2.", depth=1, cited_by=3, anchor="para_2")])
    assert html == (
        '<div class="para para--operative para--depth-1" id="para_2">\n'
        '  <span class="para-num">2.</span>\n'
        '  <p class="para-body">Takes <a href="/x">note</a></p>\n'
        '  <span class="para-tools" lang="fr" dir="ltr">\n'
        '    <a class="permalink" href="#para_2" title="Lien vers ce paragraphe (cliquer pour copier)">'
        '<span aria-hidden="true">¶</span><span class="visually-hidden">Lien vers ce paragraphe</span></a>\n'
        "  </span>\n"
        '  <a class="cited-count" href="#cited-by" lang="fr">cité par 3 paragraphes ailleurs</a>\n'
        "</div>\n\n"
    )


def test_a_heading_and_an_unnumbered_paragraph_in_the_arabic_interface_escape_what_they_print():
    with override("ar"):
        html = paragraphs_html(
            [view("heading", "<I>", depth=1, anchor="h_1"), view("preambular", "", anchor='p"1')]
        )
    assert html == (
        '<h3 class="heading heading--level-1" id="h_1"><span class="heading-num">&lt;I&gt;</span> '
        'Takes <a href="/x">note</a></h3>\n\n'
        '<div class="para para--preambular" id="p&quot;1">\n'
        "  \n"
        '  <p class="para-body">Takes <a href="/x">note</a></p>\n'
        '  <span class="para-tools" lang="ar" dir="rtl">\n'
        '    <a class="permalink" href="#p&quot;1" title="رابط هذه الفقرة (انقر للنسخ)">'
        '<span aria-hidden="true">¶</span><span class="visually-hidden">رابط هذه الفقرة</span></a>\n'
        "  </span>\n"
        "  \n"
        "</div>\n\n"
    )
