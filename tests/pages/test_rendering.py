from archive.pages.rendering import Link, Marker, render_body


def test_plain_text_is_escaped():
    assert render_body('a <script>alert("x")</script> & b') == (
        "a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; b"
    )


def test_links_wrap_their_span_and_escape_href_and_text():
    body = "Recalling resolution 58/199 <b>and</b> A/59/327,"
    links = [
        Link(start=21, end=27, href="/A/RES/58/199#para_5", css="in-archive"),
        Link(
            start=39, end=47, href="https://undocs.org/en/A/59/327?a=1&b=2", css="document", title="Official"
        ),
    ]
    assert render_body(body, links) == (
        'Recalling resolution <a class="cite cite--in-archive" href="/A/RES/58/199#para_5">58/199</a> '
        '&lt;b&gt;and&lt;/b&gt; <a class="cite cite--document" '
        'href="https://undocs.org/en/A/59/327?a=1&amp;b=2" '
        'title="Official">A/59/327</a>,'
    )


def test_markers_are_inserted_at_their_offsets_with_the_footnote_as_tip():
    body = "the Declaration, the Covenants and"
    markers = [
        Marker(
            offset=15, mark="1", ref_id="fnref_7_0", footnote_eid="fnt_1", tip="Resolution 217 A (III) <i>"
        ),
        Marker(offset=30, mark="2", ref_id="fnref_7_1", footnote_eid="fnt_2", tip="Resolution 2200 A (XXI)."),
    ]
    assert render_body(body, markers=markers) == (
        'the Declaration<sup class="fn-ref"><a id="fnref_7_0" '
        'href="#fnt_1" aria-describedby="tip-fnref_7_0">1</a>'
        '<span class="fn-tip" id="tip-fnref_7_0" role="tooltip">Resolution 217 A (III) &lt;i&gt;</span></sup>'
        ', the Covenants<sup class="fn-ref"><a id="fnref_7_1" '
        'href="#fnt_2" aria-describedby="tip-fnref_7_1">2</a>'
        '<span class="fn-tip" id="tip-fnref_7_1" role="tooltip">Resolution 2200 A (XXI).</span></sup> and'
    )


def test_a_marker_inside_a_link_follows_it_and_one_past_the_end_closes_the_body():
    body = "resolution 217 A (III)"
    links = [Link(start=11, end=22, href="/A/RES/217(III)", css="not-in-archive")]
    markers = [
        Marker(offset=15, mark="1", ref_id="r1", footnote_eid=None),
        Marker(offset=40, mark="2", ref_id="r2", footnote_eid=None),
    ]
    assert render_body(body, links, markers) == (
        'resolution <a class="cite cite--not-in-archive" href="/A/RES/217(III)">217 A (III)</a>'
        '<sup class="fn-ref" id="r1">1</sup><sup class="fn-ref" id="r2">2</sup>'
    )


def test_overlapping_or_out_of_range_links_are_left_as_text():
    body = "59/190 and 60/155"
    links = [
        Link(start=0, end=6, href="/a", css="in-archive"),
        Link(start=3, end=10, href="/overlap", css="in-archive"),
        Link(start=11, end=99, href="/outside", css="in-archive"),
    ]
    assert render_body(body, links) == '<a class="cite cite--in-archive" href="/a">59/190</a> and 60/155'
