"""The resolution page: the text laid out as printed, permalinks, footnotes, cross-references, cited by."""

import pytest
from page_samples import source, variant


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_lays_out_the_printed_resolution(client, seed_en):
    content = page(client, "/en/A/RES/59/190")
    assert '<article class="resolution" lang="en" dir="ltr" aria-labelledby="doc-title">' in content
    assert '<p class="doc-symbol">A/RES/59/190</p>' in content
    assert '<p><a href="/sessions/59">59th session</a> ·\n    Agenda item 105 (b)</p>' in content
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


def test_the_language_switcher_shows_the_six_languages_and_links_those_held(client, seed_en):
    content = page(client, "/zh/A/RES/59/190")
    assert (
        '<li><span class="unavailable" lang="ar" dir="rtl" title="本档案库无此语文文本">العربية</span></li>'
    ) in content
    assert '<li><span class="current" aria-current="page" lang="zh" dir="ltr">中文</span></li>' in content
    assert '<li><a href="/en/A/RES/59/190" hreflang="en" lang="en" dir="ltr">English</a></li>' in content
    assert (
        '<p class="tool">对照： <a href="/parallel/zh/en/A/RES/59/190" lang="en" dir="ltr">English</a></p>'
    ) in content


def test_a_text_in_arabic_is_laid_out_right_to_left(client, ingest_bytes):
    ingest_bytes(source("A_RES_80_99.ar.txt").read_bytes(), "A_RES_80_99.ar.txt")
    content = page(client, "/ar/A/RES/80/99")
    assert '<article class="resolution" lang="ar" dir="rtl" aria-labelledby="doc-title">' in content


def test_cross_references_link_to_the_archive_to_missing_symbols_and_to_undocs(client, successor):
    content = page(client, "/A/RES/60/155")
    assert (
        'Recalling paragraph 5 of resolution <a class="cite '
        'cite--in-archive" href="/en/A/RES/59/190#para_5">59/190</a>,'
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


def test_a_citation_links_to_the_default_page_when_the_cited_resolution_lacks_the_language(
    client, seed, ingest_bytes
):
    cited_in_zh = variant(
        "A_RES_59_190.txt", ("59/190. ", "60/155. "), ("回顾其以往这方面的各项决议", "回顾其第 59/190 号决议")
    )
    ingest_bytes(cited_in_zh, "A_RES_60_155.txt")
    content = page(client, "/zh/A/RES/60/155")
    assert '<a class="cite cite--in-archive" href="/zh/A/RES/59/190">59/190</a>' in content


def test_cited_by_lists_citing_paragraphs_and_counts_them_on_the_cited_paragraph(client, successor):
    content = page(client, "/en/A/RES/59/190")
    assert (
        '<h3><a href="/en/A/RES/60/155">A/RES/60/155</a> <span class="citing-title" lang="en" dir="ltr">'
        in content
    )
    assert (
        '<li><a href="/en/A/RES/60/155#preamble__para_5">preambular paragraph 5</a> (on paragraph 5):\n'
        '        <q lang="en" dir="ltr">Recalling paragraph 5 of resolution 59/190,</q></li>'
    ) in content
    assert content.count('class="cited-count"') == 1
    assert '<a class="cited-count" href="#cited-by" lang="en">cited by 1 paragraph elsewhere</a>' in content


def test_previous_in_series_links_to_it_and_to_the_comparison(client, successor):
    content = page(client, "/A/RES/60/155")
    assert (
        '<p class="tool">Previous in series: <a href="/A/RES/59/190">A/RES/59/190</a> · '
        '<a class="compare-link" href="/compare/A/RES/59/190/with/A/RES/60/155">Compare with this one</a></p>'
    ) in content
    assert "Previous in series" not in page(client, "/A/RES/59/190")


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


@pytest.mark.parametrize("path", ["/en/A/RES/80/1", "/en/A/RES/80/3", "/zh/A/RES/59/190", "/en/A/RES/60/155"])
def test_a_resolution_page_runs_the_same_number_of_queries_whatever_its_size(
    client, texts_of_every_size, django_assert_num_queries, path
):
    small, large = texts_of_every_size
    assert large.paragraphs.count() > 4 * small.paragraphs.count()
    with django_assert_num_queries(8):
        assert client.get(path).status_code == 200
