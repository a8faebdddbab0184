"""The resolution page: the text laid out as printed, permalinks, footnotes, cross-references, cited by."""

import re

import pytest
from page_samples import source, variant

from tests.factories import ResolutionTextFactory


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_lays_out_the_printed_resolution(client, seed_en):
    content = page(client, "/en/A/RES/59/190")
    assert '<article class="resolution" lang="en" dir="ltr" aria-labelledby="doc-title">' in content
    assert '<p class="doc-symbol">A/RES/59/190</p>' in content
    assert '<p><a href="/en/sessions/59">59th session</a> ·\n    Agenda item 105 (b)</p>' in content
    assert "<p>Resolution adopted by the General Assembly on 20 December 2004</p>" in content
    assert '<p class="doc-basis">[on the report of the Third Committee (A/59/503/Add.2)]</p>' in content
    assert (
        '<h1 id="doc-title"><span class="doc-number">59/190.</span> '
        "Strengthening of United Nations action in the "
        "field of human rights through the promotion of international cooperation and the importance of "
        "non-selectivity, impartiality and objectivity</h1>"
    ) in content
    assert '<p class="formula">The General Assembly,</p>' in content
    assert content.count('class="para para--preambular"') == 8
    assert content.count('class="para para--operative"') == 12
    assert '<div class="para para--operative" id="para_12">\n  <span class="para-num">12.</span>' in content
    assert "<p>74th plenary meeting</p>" in content
    assert '<p><time datetime="2004-12-20">20 December 2004</time></p>' in content


def test_the_chinese_page_prints_the_basis_read_from_the_english_text_in_its_chinese_form(client, seed_en):
    seed_en.refresh_from_db()
    assert seed_en.basis == "on the report of the Third Committee (A/59/503/Add.2)"  # as read, and exported
    content = page(client, "/zh/A/RES/59/190")
    assert '<article class="resolution" lang="zh" dir="ltr" aria-labelledby="doc-title">' in content
    assert '<p class="doc-basis">[根据第三委员会的报告(A/59/503/Add.2)通过]</p>' in content
    assert "on the report of" not in content


def test_the_default_language_is_english_when_held_and_the_only_one_otherwise(client, seed):
    content = page(client, "/A/RES/59/190")
    assert '<article class="resolution" lang="zh" dir="ltr" aria-labelledby="doc-title">' in content
    assert '<p class="formula">大会，</p>' in content


def test_every_paragraph_has_a_visible_permalink(client, seed):
    content = page(client, "/zh/A/RES/59/190")
    assert content.count('class="permalink"') == 20
    assert (
        '<a class="permalink" href="#para_5" title="本段链接（点击复制）">'
        '<span aria-hidden="true">¶</span><span class="visually-hidden">本段链接</span></a>'
    ) in content  # in the interface language the prefix names


def test_footnote_markers_link_to_the_footnote_and_back_with_the_text_as_tooltip(client, seed):
    content = page(client, "/zh/A/RES/59/190")
    assert (
        '<sup class="fn-ref"><a id="ref_para_11_1" href="#fnt_4" aria-describedby="tip-ref_para_11_1">4</a>'
        '<span class="fn-tip" id="tip-ref_para_11_1" role="tooltip">A/59/327。</span></sup>'
    ) in content
    assert '<li id="fnt_4"><span class="fn-mark">4</span> <a class="cite cite--document"' in content
    assert '<a class="fn-back" href="#ref_para_11_1" lang="zh-hans">' in content


def test_the_language_switcher_links_those_held_and_the_official_document_of_the_others(client, seed_en):
    content = page(client, "/zh/A/RES/59/190")
    assert (
        '<li><a class="official" href="https://undocs.org/ar/A/RES/59/190" hreflang="ar">'
        '<span lang="ar" dir="rtl">العربية</span>'
        '<span class="visually-hidden"> （正式文件，尚未收入本档案库）</span>'
        '<span aria-hidden="true"> ↗</span></a></li>'
    ) in content
    assert '<li><span class="current" aria-current="page" lang="zh" dir="ltr">中文</span></li>' in content
    assert '<li><a href="/zh/A/RES/59/190/en" hreflang="en" lang="en" dir="ltr">English</a></li>' in content
    assert (
        '<p class="tool">对照： <a href="/zh/parallel/zh/en/A/RES/59/190" lang="en" dir="ltr">English</a></p>'
    ) in content


def test_a_text_in_arabic_is_laid_out_right_to_left(client, ingest_bytes):
    ingest_bytes(source("A_RES_80_99.ar.txt").read_bytes(), "A_RES_80_99.ar.txt")
    content = page(client, "/ar/A/RES/80/99")
    assert '<article class="resolution" lang="ar" dir="rtl" aria-labelledby="doc-title">' in content
    # its number and its operative paragraphs' numbers as Arabic prints them: "80/99 - حماية", "1 - تهيب"
    assert '<h1 id="doc-title"><span class="doc-number">80/99 -</span> حماية المدافعين' in content
    assert re.findall(r'<span class="para-num">([^<]*)</span>', content) == ["1 -", "2 -"]


def test_cross_references_link_to_the_archive_to_missing_symbols_and_to_undocs(client, successor):
    content = page(client, "/A/RES/60/155")
    assert (
        'Recalling paragraph 5 of resolution <a class="cite cite--in-archive" href="/en/A/RES/59/190#para_5" '
        'data-preview="/api/v1/resolutions/A/RES/59/190/paragraphs/para_5?language=en">59/190</a>,'
    ) in content
    assert (
        'Resolution <a class="cite cite--not-in-archive" href="/A/RES/217(III)" '
        'title="Not in the archive yet">'
        "217 A (III)</a>."
    ) in content
    assert (
        '<a class="cite cite--document" href="https://undocs.org/en/A/60/306" '
        'title="Official document">A/60/306</a>'
    ) in content


def test_other_organs_resolutions_link_to_undocs_and_other_organisations_documents_stay_text(
    client, seed, ingest_sample
):
    ingest_sample("A_RES_80_97.en.txt")
    content = page(client, "/en/A/RES/80/97")
    assert (
        'Human Rights Council resolution <a class="cite cite--document" '
        'href="https://undocs.org/en/A/HRC/RES/59/190" '
        'title="Human Rights Council resolution: official document">59/190</a>,'
    ) in content
    assert (
        'Security Council resolution <a class="cite cite--document" '
        'href="https://undocs.org/en/S/RES/2334%20(2016)" '
        'title="Security Council resolution: official document">2334 (2016)</a>'
    ) in content
    assert "Taking note of resolution GC(69)/RES/7, adopted by the General Conference" in content
    in_russian = page(client, "/ru/A/RES/80/97/en")  # the organ named in the interface language
    assert 'title="Резолюция (Совет Безопасности): официальный документ">2334 (2016)</a>' in in_russian
    assert '<p class="downloads-of">Этот текст (английский):</p>' in in_russian


def test_a_citation_links_to_the_default_page_when_the_cited_resolution_lacks_the_language(
    client, seed, ingest_bytes
):
    cited_in_zh = variant(
        "A_RES_59_190.txt", ("59/190. ", "60/155. "), ("回顾其以往这方面的各项决议", "回顾其第 59/190 号决议")
    )
    ingest_bytes(cited_in_zh, "A_RES_60_155.txt")
    content = page(client, "/zh/A/RES/60/155")
    assert (
        '<a class="cite cite--in-archive" href="/zh/A/RES/59/190" '
        'data-preview="/api/v1/resolutions/A/RES/59/190.json?language=zh">59/190</a>'
    ) in content


def test_cited_by_lists_citing_paragraphs_and_counts_them_on_the_cited_paragraph(client, successor):
    content = page(client, "/en/A/RES/59/190")
    assert (
        '<h3><a href="/en/A/RES/60/155">A/RES/60/155</a> <span class="citing-title" lang="en" dir="ltr">'
        in content
    )
    assert '<p class="cited-by-total">1 resolution cites it, in 1 passage.</p>' in content
    chinese = page(client, "/zh/A/RES/59/190")
    assert '<p class="cited-by-total">1项决议引用本决议，在1段中。</p>' in chinese
    assert '<span class="citing-count">1 passage</span></h3>' in content
    assert (
        '<li><a href="/en/A/RES/60/155#preamble__para_5">Preambular paragraph 5</a> (on paragraph 5):\n'
        '        <q lang="en" dir="ltr">Recalling paragraph 5 of resolution <mark>59/190</mark>,</q></li>'
    ) in content
    assert content.count('class="cited-count"') == 1
    assert '<a class="cited-count" href="#cited-by" lang="en">cited by 1 paragraph elsewhere</a>' in content


def test_the_series_links_both_ways_with_the_comparison(client, successor):
    content = page(client, "/A/RES/60/155")
    assert (
        '<div><dt>Previous in series</dt><dd><a href="/A/RES/59/190">A/RES/59/190</a> · '
        '<a class="compare-link" href="/compare/A/RES/59/190/with/A/RES/60/155">Compare with this one</a>'
        "</dd></div>"
    ) in content
    assert "Next in series" not in content
    content = page(client, "/A/RES/59/190")
    assert "Previous in series" not in content
    assert (
        '<div><dt>Next in series</dt><dd><a href="/A/RES/60/155">A/RES/60/155</a> · <a class="compare-link" '
        'href="/compare/A/RES/59/190/with/A/RES/60/155">Compare with this one</a></dd></div>'
    ) in content


def test_the_metadata_panel_links_the_report_and_names_session_agenda_and_meeting(client, successor):
    content = page(client, "/A/RES/60/155")
    assert '<div><dt>Session</dt><dd><a href="/sessions/60">60th session</a></dd></div>' in content
    assert "<div><dt>Agenda item</dt><dd>71 (b)</dd></div>" in content
    assert (
        '<div><dt>Report</dt><dd><a href="https://undocs.org/en/A/60/509/Add.2">A/60/509/Add.2</a></dd></div>'
    ) in content
    assert "<div><dt>Meeting</dt><dd>64th plenary meeting</dd></div>" in content
    assert '<p class="doc-vote">Vote not recorded</p>' in content


def test_the_metadata_panel_links_the_drafts_in_the_readers_language(client, seed):
    seed.draft_symbols = ["A/C.3/59/L.62"]
    seed.save()
    content = page(client, "/zh/A/RES/59/190")
    assert (
        '<div><dt>决议草案</dt><dd><a href="https://undocs.org/zh/A/C.3/59/L.62">A/C.3/59/L.62</a></dd></div>'
    ) in content


def test_downloads_offer_the_source_the_api_representations_and_six_official_documents(client, seed_en):
    content = page(client, "/en/A/RES/59/190")
    for url, label in [
        ("/source/en/A/RES/59/190", "Source file as ingested"),
        ("/api/v1/resolutions/A/RES/59/190.xml?language=en", "Akoma Ntoso (XML)"),
        ("/api/v1/resolutions/A/RES/59/190.json?language=en", "JSON"),
        ("/api/v1/resolutions/A/RES/59/190.txt?language=en", "Plain text"),
    ]:
        assert f'<li><a href="{url}" download>{label}</a></li>' in content
        assert client.get(url).status_code == 200
    assert content.count('<li><a href="https://undocs.org/') == 6
    assert (
        '<li><a href="https://undocs.org/ar/A/RES/59/190" hreflang="ar" lang="ar" dir="rtl">العربية</a></li>'
    ) in content


def test_the_source_file_is_served_byte_for_byte_under_its_name(client, seed_en):
    response = client.get("/source/zh/A/RES/59/190")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="A_RES_59_190.txt"'
    assert response.content == source("A_RES_59_190.txt").read_bytes()
    assert client.get("/source/fr/A/RES/59/190").status_code == 404


def test_a_pdf_source_is_served_as_a_pdf(client, ingest_sample):
    ingest_sample("A_RES_73_8-EN.pdf")
    response = client.get("/source/en/A/RES/73/8")
    assert response["Content-Type"] == "application/pdf"
    assert response.content == source("A_RES_73_8-EN.pdf").read_bytes()


def test_markup_in_the_text_is_shown_as_text(client, ingest_bytes):
    marked_up = variant(
        "A_RES_80_13.txt",
        ("Takes note of the report", 'Takes note of <script>alert("x")</script> the <b>report</b>'),
    )
    ingest_bytes(marked_up, "A_RES_80_13.txt")
    content = page(client, "/A/RES/80/13")
    assert "<script>alert" not in content
    assert (
        "Takes note of &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; the &lt;b&gt;report&lt;/b&gt;"
        in content
    )


@pytest.mark.parametrize(
    "path",
    [
        "/en/A/RES/80/1",
        "/en/A/RES/80/3",
        "/zh/A/RES/59/190",
        "/en/A/RES/60/155",
        "/fr/A/RES/59/190/zh",
        "/ar/A/RES/60/155/en",
    ],
)
def test_a_resolution_page_runs_the_same_number_of_queries_whatever_its_size(
    client, texts_of_every_size, django_assert_num_queries, path
):
    small, large = texts_of_every_size
    assert large.paragraphs.count() > 4 * small.paragraphs.count()
    with django_assert_num_queries(9):  # no recorded vote, no separate votes
        assert client.get(path).status_code == 200


def test_the_source_file_costs_two_queries(client, seed, django_assert_num_queries):
    with django_assert_num_queries(2):  # the version, the file
        assert client.get("/source/zh/A/RES/59/190").status_code == 200


@pytest.mark.parametrize(
    ("language", "items"),
    [
        ("en", "14, 117 (b)"),
        ("zh", "14、117(b)"),
        ("ar", "14، 117 (ب)"),
        ("fr", "14, 117 b)"),
        ("ru", "14, 117 b"),
        ("es", "14, 117 b)"),
    ],
)
def test_a_resolutions_agenda_items_are_listed_as_the_interface_language_lists(client, db, language, items):
    """Separated as the interface's language separates a list, each written as it writes a sub-item."""
    text = ResolutionTextFactory(resolution__agenda_items=["14", "117 (b)"])
    english_text = "" if language == "en" else "/en"  # the English text, in the interface's language
    content = page(client, f"/{language}{text.resolution.get_absolute_url()}{english_text}")
    assert f"<dd>{items}</dd>" in content


@pytest.mark.parametrize(
    ("language", "items"),
    [("en", "14, 117 (b)"), ("zh", "14、117(b)"), ("ar", "14، 117 (ب)"), ("fr", "14, 117 b)")],
)
def test_a_texts_cover_lists_its_agenda_items_as_its_language_lists(client, db, language, items):
    """The cover above a text is in the text's language: its separator too, not a Latin comma."""
    text = ResolutionTextFactory(language=language, resolution__agenda_items=["14", "117 (b)"])
    cover = page(client, text.resolution.get_absolute_url()).split('class="doc-cover"')[1].split("</div>")[0]
    assert items in cover
