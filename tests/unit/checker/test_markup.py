"""A page's markup as lexbor reads it: what a hostile page nests beyond a browser's depth left out.

Built as they came, these pages hold a worker for seconds to minutes (the tree builder walks the
open elements for most start tags); bounded, their text, links and images are all still read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from selectolax.lexbor import LexborNode

from pantau_checker.core.markup import (
    _MAX_ATTRIBUTES,
    _MAX_DEPTH,
    _MAX_NAMES,
    _MAX_OPTIONS,
    _MAX_ROOTS,
    bounded,
    parse_html,
)
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

SPAM = '<a href="https://kakekzeus-gacor.xyz/">bocoran rtp slot gacor hari ini</a>'


def depth(node: LexborNode) -> int:
    found, current = 0, node.parent
    while current is not None:
        found, current = found + 1, current.parent
    return found


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Dinas Pariwisata</title></head><body>{body}</body></html>"


def test_a_page_of_a_few_tags_is_parsed_as_it_came() -> None:
    html = department_page(Site())
    assert bounded(html) is html


def test_a_big_page_nested_as_pages_are_is_parsed_as_it_came() -> None:
    news = "".join(
        f'<article class="post"><div class="entry"><h2><a href="/berita/{i}/">Berita {i}</a></h2><p>Isi <b>berita</b>'
        f" <i>ke-{i}</i>.</p></div></article>"
        for i in range(1500)
    )
    html = page(f'<div id="page"><main><div class="news">{news}</div></main></div>')
    assert html.count("<") > 8000
    assert bounded(html) is html


def test_elements_nested_beyond_a_browsers_depth_are_attached_at_it_with_their_content() -> None:
    tree = parse_html(page('<div class="w">' * 40_000 + f"Wisata Bekasi {SPAM}" + "</div>" * 40_000 + "<p>Kontak</p>"))
    anchor = tree.css_first("a")
    assert anchor is not None
    assert anchor.attributes["href"] == "https://kakekzeus-gacor.xyz/"
    assert depth(anchor) <= _MAX_DEPTH + 3  # the document, <html> and <body> above
    assert "Wisata Bekasi" in (tree.body.text() if tree.body else "")
    assert [p.text() for p in tree.css("p")] == ["Kontak"]  # the end tags of the left out are left out too


def test_a_list_nested_in_its_items_and_spans_around_blocks_are_bounded_too() -> None:
    for nested in ("<ul><li>Menu" * 30_000, "<span><section>" * 20_000):
        tree = parse_html(page(nested + SPAM))
        anchor = tree.css_first("a")
        assert anchor is not None and depth(anchor) <= 2 * _MAX_DEPTH + 3  # an <li> in each nested <ul>


def test_unclosed_formatting_elements_beyond_the_limit_are_left_out() -> None:
    unclosed = "".join(f'<font color="#{i:06x}">' for i in range(20_000))
    tree = parse_html(page(unclosed + "<p>Jadwal</p>" * 50 + SPAM))
    assert len(tree.css("p")) == 50
    assert len(tree.css("font")) < 50 * 100  # reopened before each block: 64 of them, not 20,000
    assert tree.css_first("a") is not None


def test_options_beyond_the_limit_are_left_out_and_their_text_kept() -> None:
    options = "".join(f"<option value={i}>Kelurahan {i}</option>" for i in range(6_000))
    tree = parse_html(page(f'<form><select name="kelurahan">{options}</select></form>{SPAM}'))
    assert len(tree.css("option")) == _MAX_OPTIONS
    assert "Kelurahan 5999" in (tree.body.text() if tree.body else "")


def test_tags_inside_a_script_a_style_or_a_comment_are_no_tags() -> None:
    script = "<script>var t = '" + "<div>" * 10_000 + "';</script>"
    comment = "<!-- " + "<div>" * 10_000 + " -->"
    html = page(script + comment + "<div><p>Isi</p></div>")
    assert html.count("<") > 8000
    assert bounded(html) is html


def test_the_page_of_a_hostile_site_still_shows_its_spam_links() -> None:
    found = parse_page(page("<div>" * 50_000 + SPAM), "https://disparbud.bekasikota.go.id/")
    assert [link.href for link in found.links] == ["https://kakekzeus-gacor.xyz/"]


def big_page(extra: str) -> str:
    """Return a department's home page of some 300 KB, as a vendor's theme writes it, with ``extra``
    in its footer."""
    news = "".join(
        f'<article class="post"><div class="entry"><h2><a href="/berita/{i}/">Kegiatan Dinas ke-{i}</a></h2>'
        f'<img src="/wp-content/uploads/2026/11/foto-{i}.jpg" alt="Foto kegiatan {i}" loading="lazy" width="300">'
        f"<p>Dinas Pariwisata Kota Bekasi menggelar kegiatan ke-{i} bersama warga di alun-alun.</p></div></article>"
        for i in range(900)
    )
    schema = (
        '{"@context":"https://schema.org","@graph":['
        + ",".join(
            f'{{"@type":"WebPage","@id":"https://disparbud.bekasikota.go.id/berita/{i}/","name":"Berita {i}"}}'
            for i in range(60)
        )
        + "]}"
    )
    inline = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * 80
    return page(
        f'<script type="application/ld+json" class="yoast-schema-graph">{schema}</script>'
        f'<header><img src="{inline}" alt="Logo Kota Bekasi"></header>'
        f'<div id="page"><main><div class="news">{news}</div></main>'
        f'<footer class="site-footer">{extra}<p>Jl. Ir. H. Juanda No. 100, Bekasi</p></footer></div>'
    )


def test_a_big_page_with_long_scripts_and_inline_images_is_parsed_as_it_came() -> None:
    html = big_page('<div class="widget" data-a="1" data-b="2" data-c="3">Kontak</div>')
    assert len(html) > 250_000
    assert bounded(html) is html


def test_the_attributes_of_a_tag_beyond_the_limit_are_left_out_and_what_follows_kept() -> None:
    for quoted in (False, True):  # quoted values holding ">" do not end the tag
        attributes = " ".join(f'a{i}="b>"' if quoted else f"a{i}=b" for i in range(60_000))
        tree = parse_html(big_page(f'<div id="x" {attributes}>Hubungi kami</div>{SPAM}'))
        crowded = tree.css_first("div#x")
        assert crowded is not None
        assert len(crowded.attributes) == _MAX_ATTRIBUTES
        assert crowded.text() == "Hubungi kami"
        anchor = tree.css_first("footer a")
        assert anchor is not None and anchor.attributes["href"] == "https://kakekzeus-gacor.xyz/"


def test_valueless_attributes_and_attributes_parted_by_slashes_are_bounded_too() -> None:
    for separator in (" ", "/"):
        tree = parse_html(
            big_page("<div id=x " + separator.join(f"a{i}" for i in range(60_000)) + f">Kontak</div>{SPAM}")
        )
        crowded = tree.css_first("div#x")
        assert crowded is not None and len(crowded.attributes) == _MAX_ATTRIBUTES
        assert tree.css_first("footer a") is not None


def test_body_and_html_start_tags_beyond_the_first_few_are_left_out_with_their_attributes() -> None:
    for root in ("body", "html", "BoDy"):
        repeated = "".join(f"<{root} a{i}=1>" for i in range(30_000))
        tree = parse_html(page(f"<p>Selamat datang</p>{repeated}{SPAM}"))
        element = tree.body if root.lower() == "body" else tree.root
        assert element is not None
        assert len(element.attributes) <= _MAX_ROOTS
        assert "Selamat datang" in (tree.body.text() if tree.body else "")
        assert tree.css_first("a") is not None


def test_body_start_tags_of_many_attributes_among_few_tags_are_left_out() -> None:
    repeated = "".join(
        "<body " + " ".join(f"a{j}_{i}=1" for i in range(150)) + f">Pengumuman {j}</body>" for j in range(600)
    )
    tree = parse_html(page(repeated + SPAM))
    assert tree.body is not None and len(tree.body.attributes) <= _MAX_ROOTS * 150
    assert "Pengumuman 599" in tree.body.text()
    assert tree.css_first("a") is not None


def test_a_script_writing_body_tags_is_left_as_it_is() -> None:
    script = "<script>" + "".join(f'document.write("<body data-i={i}>");' for i in range(20)) + "</script>"
    html = big_page(script)
    assert script in bounded(html)


def test_a_big_page_of_a_vue_apps_many_scoped_names_is_parsed_as_it_came() -> None:
    # Each component's scoped attribute (data-v-<hash>), custom elements and data-* of a slider: a
    # real big page has some hundreds of names, which lexbor reads at once.
    cards = "".join(
        f'<wc-card-{i % 300} data-v-{i % 300:08x} class="card" data-index="{i}"><h3 data-v-{i % 300:08x}>'
        f'<a href="/layanan/{i}/">Layanan {i}</a></h3><p>Keterangan layanan ke-{i}.</p></wc-card-{i % 300}>'
        for i in range(2500)
    )
    html = page(f'<div id="app" data-server-rendered="true"><main>{cards}</main></div>')
    assert len(html) > 300_000
    assert bounded(html) is html


def test_a_flood_of_distinct_tag_and_attribute_names_becomes_one_name_and_keeps_its_text() -> None:
    # lexbor searches its table of names by walking it: 80,000 distinct names cost seconds.
    flood = "".join(f"<t{i} a{i}=b>Kota Bekasi {i}</t{i}>" for i in range(_MAX_NAMES + 20_000))
    html = page(f'<div class="wrap">{flood}</div><p class="kontak" id="kontak-kami">Kontak</p>{SPAM}')
    kept = bounded(html)
    assert "<t0 a0=b>Kota Bekasi 0</t0>" in kept
    assert f"<x-name data-x=b>Kota Bekasi {_MAX_NAMES + 19_999}</x-name>" in kept
    tree = parse_html(html)
    anchor = tree.css_first("a")
    assert anchor is not None
    assert anchor.attributes["href"] == "https://kakekzeus-gacor.xyz/"
    assert [(p.text(), p.attributes) for p in tree.css("p")] == [("Kontak", {"class": "kontak", "id": "kontak-kami"})]
    assert f"Kota Bekasi {_MAX_NAMES + 19_999}" in (tree.body.text() if tree.body else "")


def test_names_in_a_flooded_pages_scripts_and_comments_are_left_as_they_are() -> None:
    flood = "".join(f"<span a{i}=b>x</span>" for i in range(_MAX_NAMES + 20_000))
    script = '<script>document.write("<t1 q9=1>");</script><!-- <t2 q8=1> -->'
    assert script in bounded(page(flood + script))


def test_a_flooded_pages_hidden_colour_marquee_and_login_form_keep_the_attributes_the_checks_read() -> None:
    # Past 2,000 distinct names, what is not kept becomes data-x: a white <font> hiding spam, a crawling marquee and
    # a login's form are read by these attributes.
    flood = "".join(f"<span a{i}=b>x</span>" for i in range(_MAX_NAMES + 20_000))
    hidden = '<font color="#ffffff">slot gacor</font><marquee scrollamount="1000" bgcolor="#fff">judi</marquee>'
    form = '<form method="post" onsubmit="return cek()"><input placeholder="NIP" autocomplete="off"></form>'
    app = '<div id="app" data-page="{&quot;component&quot;:&quot;Welcome&quot;}"></div>'
    tree = parse_html(page(flood + hidden + form + app))
    font, marquee = tree.css_first("font"), tree.css_first("marquee")
    form_node, field, root = tree.css_first("form"), tree.css_first("input"), tree.css_first("#app")
    assert font is not None and font.attributes == {"color": "#ffffff"}
    assert marquee is not None and marquee.attributes == {"scrollamount": "1000", "bgcolor": "#fff"}
    assert form_node is not None and form_node.attributes == {"method": "post", "onsubmit": "return cek()"}
    assert field is not None and field.attributes == {"placeholder": "NIP", "autocomplete": "off"}
    assert root is not None and root.attributes.get("data-page") == '{"component":"Welcome"}'
