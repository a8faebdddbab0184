"""Headings, parts and declarations on the reading page and in the JSON: headings are headings with their
eIds as ids, parts are sections with their heading, a declaration without an "Annex" line is an annex
titled by its title. Texts from tests/data/texts (written for the tests)."""

import re

from page_samples import source, variant


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def headings(content: str) -> list[str]:
    return re.findall(r"<h[2-6][^>]*>.*?</h[2-6]>", content, flags=re.S)


def test_annex_section_headings_are_headings_with_their_eids(client, ingest_bytes):
    ingest_bytes(source("A_RES_80_91.en.txt").read_bytes(), "A_RES_80_91.en.txt")
    content = page(client, "/en/A/RES/80/91")
    [annex] = re.findall(r'<section class="annex".*?</section>', content, flags=re.S)
    assert headings(annex) == [
        '<h2 id="annex_1-heading">Annex</h2>',
        '<h3 class="heading heading--level-1" id="annex_1__hcontainer_1"><span class="heading-num">I.</span> '
        "Shared commitments</h3>",
        '<h4 class="heading heading--level-2" id="annex_1__hcontainer_2"><span class="heading-num">A.</span> '
        "Commitments of States</h4>",
        '<h4 class="heading heading--level-2" id="annex_1__hcontainer_3"><span class="heading-num">B.</span> '
        "Commitments of organizations</h4>",
        '<h3 class="heading heading--level-1" id="annex_1__hcontainer_4">'
        '<span class="heading-num">II.</span> Implementation</h3>',
        '<h4 class="heading heading--level-2" id="annex_1__hcontainer_5">Follow-up and review</h4>',
    ]
    order = re.findall(r'id="(annex_1__(?:hcontainer|para)_\d+)"', annex)
    assert order == [
        "annex_1__para_1",
        "annex_1__hcontainer_1",
        "annex_1__para_2",
        "annex_1__hcontainer_2",
        "annex_1__para_3",
        "annex_1__hcontainer_3",
        "annex_1__para_4",
        "annex_1__hcontainer_4",
        "annex_1__para_5",
        "annex_1__hcontainer_5",
        "annex_1__para_6",
    ]
    body = client.get("/api/v1/resolutions/A/RES/80/91").json()
    assert body["texts"]["en"]["headings"] == [
        {
            "eid": "annex_1__hcontainer_1",
            "number": "I.",
            "text": "Shared commitments",
            "level": 1,
            "before": "annex_1__para_2",
        },
        {
            "eid": "annex_1__hcontainer_2",
            "number": "A.",
            "text": "Commitments of States",
            "level": 2,
            "before": "annex_1__para_3",
        },
        {
            "eid": "annex_1__hcontainer_3",
            "number": "B.",
            "text": "Commitments of organizations",
            "level": 2,
            "before": "annex_1__para_4",
        },
        {
            "eid": "annex_1__hcontainer_4",
            "number": "II.",
            "text": "Implementation",
            "level": 1,
            "before": "annex_1__para_5",
        },
        {
            "eid": "annex_1__hcontainer_5",
            "number": None,
            "text": "Follow-up and review",
            "level": 2,
            "before": "annex_1__para_6",
        },
    ]
    assert [p["eid"] for p in body["texts"]["en"]["annexes"][0]["paragraphs"]] == [
        f"annex_1__para_{n}" for n in range(1, 7)
    ]


def test_each_part_is_a_section_with_its_heading_formula_and_paragraphs(client, ingest_bytes):
    ingest_bytes(source("A_RES_79_238.en.txt").read_bytes(), "A_RES_79_238.en.txt")
    content = page(client, "/en/A/RES/79/238")
    parts = re.findall(r'<section class="part" id="(part_[ab])".*?</section>', content, flags=re.S)
    assert parts == ["part_a", "part_b"]
    assert (
        '<h2 id="part_b-heading"><span class="part-letter">B</span> '
        '<span class="part-title">United Nations public information policies and activities</span></h2>'
    ) in content
    assert content.count('<p class="formula">The General Assembly,</p>') == 2
    assert (
        '<a class="cite cite--in-archive" href="/en/A/RES/79/238#part_a" '
        'data-preview="/api/v1/resolutions/A/RES/79/238.json?language=en">79/238 A</a>' in content
    )  # cited on its own
    order = re.findall(r'id="(part_[ab](?:__[a-z_0-9]+)?)"', content)
    assert order == [
        "part_a",
        "part_a__preamble__para_1",
        "part_a__preamble__para_2",
        "part_a__para_1",
        "part_a__para_2",
        "part_b",
        "part_b__preamble__para_1",
        "part_b__para_1",
        "part_b__para_2",
        "part_b__para_2__subpara_a",
        "part_b__para_2__subpara_b",
        "part_b__para_3",
    ]
    body = client.get("/api/v1/resolutions/A/RES/79/238").json()
    assert (body["symbol"], body["parts"]) == ("A/RES/79/238", "A-B")
    assert [(h["eid"], h["number"], h["level"], h["before"]) for h in body["texts"]["en"]["headings"]] == [
        ("part_a", "A", 0, "part_a__preamble__para_1"),
        ("part_b", "B", 0, "part_b__preamble__para_1"),
    ]
    assert [p["eid"] for p in body["texts"]["en"]["operative"]] == [
        "part_a__para_1",
        "part_a__para_2",
        "part_b__para_1",
        "part_b__para_2",
        "part_b__para_3",
    ]


def test_a_declaration_without_an_annex_line_is_an_annex_titled_by_its_title(client, ingest_bytes):
    ingest_bytes(source("A_RES_80_92.en.txt").read_bytes(), "A_RES_80_92.en.txt")
    content = page(client, "/en/A/RES/80/92")
    assert (
        '<h2 id="annex_1-heading" class="annex-title">'
        "Political declaration of the high-level meeting on testing declarations</h2>"
    ) in content
    body = client.get("/api/v1/resolutions/A/RES/80/92").json()
    [annex] = body["texts"]["en"]["annexes"]
    assert (annex["heading"], annex["title"]) == (
        "",
        "Political declaration of the high-level meeting on testing declarations",
    )
    assert [p["eid"] for p in body["texts"]["en"]["operative"]] == ["para_1"]


def test_plain_text_prints_headings_and_each_part_with_its_formula():
    from archive.parser import parse
    from archive.plaintext import plain_text

    text = plain_text(parse(source("A_RES_79_238.en.txt").read_text(encoding="utf-8")))
    assert text.split("\n")[:8] == [
        "A/RES/79/238",
        "",
        "Questions relating to information",
        "",
        "A Information in the service of humanity",
        "",
        "The General Assembly,",
        "",
    ]
    assert (
        "\n\nB United Nations public information policies and activities\n\nThe General Assembly,\n\n" in text
    )
    annexed = plain_text(parse(source("A_RES_80_91.en.txt").read_text(encoding="utf-8")))
    assert "\n\nAnnex\n\nDeclaration on testing the structure of annexes\n\n1. We, the Heads" in annexed
    assert "\n\nI. Shared commitments\n\n2. We commit ourselves" in annexed
    assert "\n\nFollow-up and review\n\n6. We will review" in annexed


def test_plain_text_prints_labels_as_each_language_does():
    """Numbers with the language's separator ("1." ; Arabic "1 -"), sub-paragraph labels as printed (French
    "a)", Arabic "(أ)" and "’1‘"), with nothing added."""
    from archive.parser import parse
    from archive.plaintext import plain_text

    french = plain_text(parse(source("A_RES_79_150.fr.txt").read_text(encoding="utf-8")))
    assert "\n\n1. Engage tous les États :\n\n    a) À coopérer entre eux" in french
    assert "\n\n        i) Des mesures législatives ;\n\n" in french
    arabic = plain_text(parse(source("A_RES_79_153.ar.txt").read_text(encoding="utf-8")))
    assert "\n\n1 - تهيب بجميع الدول ما يلي:\n\n    (أ) أن تتعاون فيما بينها؛\n\n" in arabic
    assert "\n\n        ’1‘ التدابير التشريعية؛\n\n" in arabic
    assert "\n\nالمبادئ التوجيهية\n\n1 - ينبغي لكل دولة أن تعمل.\n\n" in arabic  # an annex's paragraphs too


def contents(content: str) -> list[tuple[str, str, str]]:
    """The table of contents' entries: (depth class, target, text)."""
    [toc] = re.findall(r'<nav class="toc".*?</nav>', content, flags=re.S)
    entries = re.findall(
        r'<li class="toc-entry toc-entry--depth-(\d)"><a href="#([^"]+)">(.*?)</a></li>', toc
    )
    return [(depth, target, re.sub(r"<[^>]+>", "", text)) for depth, target, text in entries]


def test_the_table_of_contents_lists_an_annex_and_its_sections_by_level(client, ingest_bytes):
    ingest_bytes(source("A_RES_80_91.en.txt").read_bytes(), "A_RES_80_91.en.txt")
    content = page(client, "/en/A/RES/80/91")
    assert (
        '<details class="toc-details" open>\n    <summary id="toc-heading" lang="en">Contents</summary>'
        in content
    )
    assert contents(content) == [
        ("0", "annex_1", "Annex Declaration on testing the structure of annexes"),
        ("1", "annex_1__hcontainer_1", "I. Shared commitments"),
        ("2", "annex_1__hcontainer_2", "A. Commitments of States"),
        ("2", "annex_1__hcontainer_3", "B. Commitments of organizations"),
        ("1", "annex_1__hcontainer_4", "II. Implementation"),
        ("2", "annex_1__hcontainer_5", "Follow-up and review"),
    ]
    for _, target, _ in contents(content):
        assert f'id="{target}"' in content


def test_the_table_of_contents_lists_the_parts(client, ingest_bytes):
    ingest_bytes(source("A_RES_79_238.en.txt").read_bytes(), "A_RES_79_238.en.txt")
    assert contents(page(client, "/en/A/RES/79/238")) == [
        ("0", "part_a", "A Information in the service of humanity"),
        ("0", "part_b", "B United Nations public information policies and activities"),
    ]


def test_a_text_without_headings_parts_or_annexes_has_no_table_of_contents(client, seed):
    content = page(client, "/zh/A/RES/59/190")
    assert 'class="toc"' not in content
    assert '<div class="reading-layout">' in content


def test_a_pinpoint_into_a_part_links_that_parts_paragraph(client, ingest_bytes):

    ingest_bytes(source("A_RES_79_238.en.txt").read_bytes(), "A_RES_79_238.en.txt")
    ingest_bytes(source("A_RES_79_238.ar.txt").read_bytes(), "A_RES_79_238.ar.txt")
    citing = variant(
        "A_RES_80_91.en.txt",
        (
            "Recalling its resolution 70/1 of 25 September 2015,",
            "Recalling resolution 79/238 B, paragraph 2, and paragraph 1 of resolution 79/238 A,",
        ),
    )
    ingest_bytes(citing, "A_RES_80_91.en.txt")
    content = page(client, "/en/A/RES/80/91")
    api = "/api/v1/resolutions/A/RES/79/238/paragraphs"
    assert (
        '<a class="cite cite--in-archive" href="/en/A/RES/79/238#part_b__para_2" '
        f'data-preview="{api}/part_b__para_2?language=en">79/238 B</a>'
    ) in content
    assert (
        '<a class="cite cite--in-archive" href="/en/A/RES/79/238#part_a__para_1" '
        f'data-preview="{api}/part_a__para_1?language=en">79/238 A</a>'
    ) in content
    preview = client.get(f"{api}/part_b__para_2?language=en")
    assert (preview.status_code, preview.json()["eid"]) == (200, "part_b__para_2")
    # the Arabic text cites paragraph 2 of part A by the letter's name
    arabic = page(client, "/ar/A/RES/79/238")
    assert (
        '<a class="cite cite--in-archive" href="/ar/A/RES/79/238#part_a__para_2" '
        f'data-preview="{api}/part_a__para_2?language=ar">79/238 ألف</a>'
    ) in arabic
    # each part's paragraph named by 80/91 says so, not the same number in the other part (nor the Arabic
    # text's own citation of part A, paragraph 2)
    cited = page(client, "/en/A/RES/79/238")
    counted = re.findall(
        r'<div class="para para--operative[^"]*" id="([^"]+)">(?:(?!</div>).)*?cited-count', cited, re.S
    )
    assert counted == ["part_a__para_1", "part_b__para_2"]
    assert (
        cited.count('<a class="cited-count" href="#cited-by" lang="en">cited by 1 paragraph elsewhere</a>')
        == 2
    )
    body = client.get("/api/v1/resolutions/A/RES/80/91").json()
    assert [(c["text"], c["pinpoint"], c["part"]) for c in body["texts"]["en"]["citations"][:2]] == [
        ("79/238 B", "2", "B"),
        ("79/238 A", "1", "A"),
    ]
