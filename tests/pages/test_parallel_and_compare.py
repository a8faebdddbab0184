"""Two languages of a resolution side by side; two resolutions compared."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from page_samples import variant


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_side_by_side_aligns_paragraphs_by_eid(client, seed_en):
    content = page(client, "/parallel/en/zh/A/RES/59/190")
    assert '<th scope="col" lang="en">English</th>\n      <th scope="col" lang="zh">中文</th>' in content
    assert content.count("<tr id=") == 20
    row = content.split('<tr id="para_12">')[1].split("</tr>")[0]
    assert '<div class="para para--operative" id="en-para_12">' in row
    assert '<div class="para para--operative" id="zh-para_12">' in row
    assert "Decides to consider this matter at its sixty-first session" in row
    assert "决定在" in row


def test_only_the_resolution_page_counts_citing_paragraphs_where_its_cited_by_list_is(client, successor):
    # 60/155 cites paragraph 5 of 59/190: its page links the count to "Cited by"; the side-by-side page
    # and the comparison, which have no such list, show no count
    assert page(client, "/en/A/RES/59/190").count('href="#cited-by"') == 1
    assert "cited-count" not in page(client, "/parallel/en/zh/A/RES/59/190")
    assert "cited-count" not in page(client, "/compare/A/RES/59/190/with/A/RES/60/155")


def test_side_by_side_redirects_other_spellings_and_404s_languages_not_held(client, seed_en):
    response = client.get("/parallel/en/zh/59/190")
    assert response.status_code == 301
    assert response["Location"] == "/parallel/en/zh/A/RES/59/190"
    assert client.get("/parallel/en/fr/A/RES/59/190").status_code == 404


def test_compare_aligns_paragraphs_and_marks_inserted_and_deleted_words(client, successor):
    content = page(client, "/compare/A/RES/59/190/with/A/RES/60/155")
    assert "<h1>A/RES/59/190 compared with A/RES/60/155</h1>" in content
    assert (
        '<tr class="row--changed">\n      <td>Desiring to achieve '
        "<del>further</del> progress in international"
    ) in content
    assert "<td>Desiring to achieve <ins>real</ins> progress in international" in content
    assert (
        '<td><span class="para-num">12.</span> Decides to consider this matter at its sixty-<del>first</del>'
        in content
    )
    assert content.count('<tr class="row--') == 20


def test_compare_in_chinese_marks_characters(client, seed, ingest_bytes):
    later = variant("A_RES_59_190.txt", ("59/190. ", "60/155. "), ("第六十一届会议", "第六十二届会议"))
    ingest_bytes(later, "A_RES_60_155.txt")
    content = page(client, "/zh/compare/A/RES/59/190/with/A/RES/60/155")
    assert '<table class="compare" lang="zh" dir="ltr">' in content
    assert "决定在第六十<del>一</del>届会议" in content
    assert "决定在第六十<ins>二</ins>届会议" in content


def test_compare_redirects_other_spellings_and_404s_unknown_symbols(client, successor):
    response = client.get("/compare/59/190/with/60/155")
    assert response.status_code == 301
    assert response["Location"] == "/compare/A/RES/59/190/with/A/RES/60/155"
    missing = client.get("/compare/A/RES/59/190/with/A/RES/61/1")
    assert missing.status_code == 404
    assert b"Resolution 1 of the 61st session is not in the archive yet." in missing.content
    assert client.get("/compare/A/RES/59/190/with/A/RES/60/xyz").status_code == 404
    assert client.get("/zh/compare/A/RES/59/190/with/A/RES/60/155").status_code == 404


def test_side_by_side_and_compare_run_a_constant_number_of_queries(client, texts_of_every_size):
    counts = set()
    for path in [
        "/parallel/en/zh/A/RES/59/190",
        "/compare/A/RES/59/190/with/A/RES/60/155",
        "/compare/A/RES/80/1/with/A/RES/80/3",
    ]:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts.add(len(queries))
    assert counts == {9}  # the version, then as many queries as before
