"""The page's metas and links read for its head's facts (``page._head_facts``) by one compiled walk of each one's
attributes (``_selectors.head_items``), pinned against their reading before, from each node's ``attributes`` dict
(``_old_head_facts``, kept here), on heads written the way a department's vendor writes them and on the edge cases of
the walk: attributes without a value, repeated, in any case, beyond ASCII, faulty UTF-8, metas and links in the body
and in an SVG."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core import page
from pantau_checker.core._selectors import head_items, select
from pantau_checker.core.literals import Markup
from pantau_checker.core.page import (
    _ADDRESS_RELS,
    _FEED_TYPES,
    _ITEMPROP_DATES,
    _MAX_POINTERS,
    _MAX_TITLE_CHARS,
    _MAX_TITLES,
    _METAS_AND_LINKS,
    _POINTER_RELS,
    _WP_API_REL,
    Pointer,
    _elsewhere,
    _HeadFacts,
    _in_svg,
    _text,
    refresh_target,
    select_first,
    urljoin,
)

URL = "https://dinkes.bekasikota.go.id/berita/2026/12/"


def _old_head_facts(tree: LexborHTMLParser, base_url: str, based: bool = False) -> _HeadFacts:
    """``page._head_facts`` as it was: each meta's and link's attributes read from its ``attributes`` dict."""
    title_nodes = select(tree, "title")[:_MAX_TITLES]
    title = _text(title_nodes[0], "")[:_MAX_TITLE_CHARS] if title_nodes else ""
    more_titles = [_text(n, "")[:_MAX_TITLE_CHARS] for n in title_nodes[1:] if not _in_svg(n)]
    metas: list[tuple[str, str]] = []
    feeds: list[str] = []
    pointers: list[Pointer] = []
    addresses: list[str] = []
    others: list[str] = []
    stated: list[Pointer] = []
    root = base_url[: base_url.find("/", base_url.find("//") + 2)]
    wp_api: str | None = None
    for node in select(tree, _METAS_AND_LINKS):
        attrs = node.attributes
        if node.tag == "meta":
            dated = (attrs.get("itemprop") or "").lower() if "itemprop" in attrs else ""
            name = (attrs.get("name") or attrs.get("property") or (dated if dated in _ITEMPROP_DATES else "")).lower()
            if name:
                metas.append((name, attrs.get("content") or ""))
                if name == "og:url" and len(addresses) < _MAX_POINTERS:
                    addresses.append(urljoin(base_url, (attrs.get("content") or "").strip()))
                    stated.append(Pointer("og_url", addresses[-1]))
            refresh = "http-equiv" in attrs and (attrs.get("http-equiv") or "").strip().lower() == "refresh"
            target = refresh_target(attrs.get("content") or "") if refresh else ""
            if target and len(pointers) < _MAX_POINTERS:
                pointers.append(Pointer("refresh", urljoin(base_url, target)))
            continue
        rel, href = attrs.get("rel") or "", attrs.get("href") or ""
        if rel == "alternate" and (attrs.get("type") or "").lower() in _FEED_TYPES:
            feeds.append(urljoin(base_url, href))
        elif rel == _WP_API_REL and wp_api is None:
            wp_api = urljoin(base_url, href)
        rels, href = rel.lower().split(), href.strip()
        if href and len(pointers) < _MAX_POINTERS:
            pointers += [Pointer(kind, urljoin(base_url, href)) for kind in _POINTER_RELS if kind in rels]
        if href and len(addresses) < _MAX_POINTERS and not _ADDRESS_RELS.isdisjoint(rels):
            addresses.append(urljoin(base_url, href))
            if "alternate" in rels and "hreflang" in attrs:
                stated.append(Pointer("hreflang", addresses[-1]))
        elif href and len(others) < _MAX_POINTERS and _elsewhere(href, root):
            others.append(href)
    base = select_first(tree, "base[href]") if based else None
    href = (base.attributes.get("href") or "").strip() if base is not None else ""
    if href and len(pointers) < _MAX_POINTERS:
        pointers.append(Pointer("base", urljoin(base_url, href)))
    return _HeadFacts(
        title,
        tuple(metas),
        tuple(feeds),
        wp_api,
        tuple(pointers),
        tuple(addresses),
        tuple(others),
        tuple(stated),
        tuple(t for t in more_titles if t),
    )


_NAMES = {True: ("itemprop", "name", "property", "http-equiv", "content"), False: ("rel", "href", "type", "hreflang")}


def _old_items(tree: LexborHTMLParser) -> list[tuple[object, ...]]:
    """What ``head_items`` reads, from the nodes' ``attributes``: "" for an attribute without a value (its None)."""
    found: list[tuple[object, ...]] = []
    for node in select(tree, _METAS_AND_LINKS):
        attrs, meta = node.attributes, node.tag == "meta"
        values = [(attrs[name] or "") if name in attrs else None for name in _NAMES[meta]]
        found.append((meta, *values, *([None] if not meta else [])))
    return found


_VENDOR_HEAD = """<!DOCTYPE html><html lang="id"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Berita &#8211; Dinas Kesehatan Kota Bekasi</title>
<meta name="description" content="Dinas Kesehatan • Kota Bekasi — “Sehat” © 2026">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://dinkes.bekasikota.go.id/berita/2026/12/">
<link rel="shortlink" href="https://dinkes.bekasikota.go.id/?p=812">
<meta property="og:locale" content="id_ID"><meta property="og:type" content="article">
<meta property="og:title" content="Posyandu Balita di Kelurahan Margahayu">
<meta property="og:url" content=" https://dinkes.bekasikota.go.id/berita/posyandu/ ">
<meta property="article:published_time" content="2026-12-05T08:12:00+07:00">
<meta itemprop="datePublished" content="2026-12-05"><meta itemprop="headline" content="Posyandu">
<link rel="alternate" type="application/rss+xml" title="Dinkes &raquo; Feed" href="https://dinkes.bekasikota.go.id/feed/">
<link rel="alternate" type="APPLICATION/ATOM+XML" href="/feed/atom/">
<link rel="alternate" hreflang="en" href="/en/berita/">
<link rel="https://api.w.org/" href="https://dinkes.bekasikota.go.id/wp-json/">
<link rel="stylesheet" id="astra-css" href="https://fonts.googleapis.com/css?family=Roboto" media="all">
<link rel="preconnect" href="//cdn.jsdelivr.net"><link rel="icon" href="/favicon.ico">
<link rel="amphtml" href="/berita/2026/12/amp/">
<meta name="generator" content="WordPress 6.4.2"><meta name="twitter:card" content="summary">
</head><body><nav><a href="/">Beranda</a> • <a href="/profil/">Profil</a></nav>
<main><article><h1>Posyandu Balita</h1><p>Jum’at, 5 Desember 2026 · 08.12 WIB</p></article></main>
<footer><span id="jam">08:12:33</span> Hak Cipta © 2026 Pemerintah Kota Bekasi</footer></body></html>"""

HEADS = {
    "vendor": _VENDOR_HEAD,
    "empty": "<html><head></head><body><p>Selamat datang</p></body></html>",
    "nothing": "",
    "refresh": '<meta http-equiv="Refresh" content="0; url=/beranda/"><meta HTTP-EQUIV=" refresh " content="5;/lain">',
    "refresh no value": '<meta http-equiv content="0; url=/beranda/"><meta http-equiv="" content="0;url=/x">',
    "valueless": '<meta name content="a"><meta property content="b"><meta itemprop content><link rel href>'
    '<link rel="canonical" href><link rel href="/x"><meta name="x" content><link rel="alternate" hreflang href="/e">',
    "empty values": '<meta name="" property="og:title" content=""><link rel="" href=""><link rel="alternate" '
    'hreflang="" href="/id/"><meta itemprop="" name="" content="c">',
    "repeated": '<meta name="a" name="b" content="1" content="2"><link rel="canonical" rel="stylesheet" href="/a" '
    'href="/b">',
    "case": '<META NAME="Description" CONTENT="Dinas"><LINK REL="Canonical" HREF="/Berita/"><meta Property="OG:URL" '
    'content="/x"><meta ItemProp="DateModified" content="2026-12-01"><link rel="ALTERNATE" TYPE="application/rss+xml" '
    'href="/feed/">',
    "itemprop": '<meta itemprop="datePublished" name="tanggal" content="1"><meta itemprop="dateModified" content="2">'
    '<meta itemprop="name" content="n"><meta itemprop=" datepublished " content="3">',
    "beyond ascii": '<meta name="keterangan•" content="Jum’at — “Kota” ©"><link rel="canonical" href="/berita/ké/">'
    '<meta property="og:url" content="https://bekasikota.go.id/berita/ü/"><meta name="𝕏" content="𝒜">',
    "in the body": '<body><p>Isi</p><meta name="author" content="Humas"><link rel="canonical" href="/isi/">'
    '<div><meta itemprop="dateModified" content="2026-11-30"></div></body>',
    "svg": '<svg><title>Ikon</title><meta name="svg" content="s"><link rel="canonical" href="/svg/"></svg>'
    "<title>Halaman</title>",
    "prefixed": '<svg><link xlink:href="/a" rel="canonical"><meta xml:lang="id" name="bahasa" content="id"></svg>'
    '<meta name="og:url" xmlns:og="x" content="/og/">',
    "other attributes": '<meta data-name="x" names="y" contents="z" name="ok" content="v"><link rels="canonical" '
    'rel="icon" hrefs="/no" href="https://cdn.elsewhere.net/i.png" types="x" hreflangs="en">',
    "longer names after": '<meta name="ok" names="y" content="v" contents="z" itemprop="datepublished" itemprops="x">'
    '<link rel="canonical" rels="icon" href="/a/" hrefs="/no/" hreflang="id" hreflangs="en">',
    "no content": '<meta name="x"><link rel="canonical"><link href="/x"><meta content="only">',
    "elsewhere": '<link rel="stylesheet" href="https://cdn.jsdelivr.net/a.css"><link rel="preload" '
    'href="//fonts.gstatic.com/f.woff2"><link rel="dns-prefetch" href="https://dinkes.bekasikota.go.id/">',
    "wp api twice": '<link rel="https://api.w.org/" href="/wp-json/"><link rel="https://api.w.org/" href="/other/">',
    "hreflang": '<link rel="alternate" hreflang="id" href="/id/"><link rel="alternate" hreflang href="/x/">'
    '<link rel="canonical alternate" hreflang="en" href="/en/"><link rel="alternate" href="/none/">',
    "base": '<base href=" https://elsewhere.example/ "><link rel="canonical" href="x/">',
    "many": "".join(f'<link rel="canonical" href="/{i}/"><meta property="og:url" content="/o{i}/">' for i in range(40)),
    "whitespace": '<meta name="\tjudul\n" content="  isi  "><link rel=" canonical  amphtml " href="  /amp/  ">',
}


def _tree(html: str, indexed: bool) -> LexborHTMLParser:
    if indexed:  # as parse_page parses: the tree with the document's index
        markup = Markup(html)
        return page.parse_html(html, markup.raw, markup.angles())
    return LexborHTMLParser(html)


@pytest.mark.parametrize("indexed", [True, False])
@pytest.mark.parametrize("name", sorted(HEADS))
def test_head_items_read_what_the_attributes_held(name: str, indexed: bool) -> None:
    tree = _tree(HEADS[name], indexed)
    assert head_items(tree, _METAS_AND_LINKS) == _old_items(tree)


@pytest.mark.parametrize("based", [True, False])
@pytest.mark.parametrize("name", sorted(HEADS))
def test_head_facts_as_before(name: str, based: bool) -> None:
    tree = _tree(HEADS[name], True)
    assert page._head_facts(tree, URL, based) == _old_head_facts(tree, URL, based)


def test_the_vendor_head_is_read() -> None:
    facts = page._head_facts(_tree(_VENDOR_HEAD, True), URL)
    assert ("description", "Dinas Kesehatan • Kota Bekasi — “Sehat” © 2026") in facts.metas
    assert ("datepublished", "2026-12-05") in facts.metas
    assert facts.feeds == ("https://dinkes.bekasikota.go.id/feed/", "https://dinkes.bekasikota.go.id/feed/atom/")
    assert facts.wp_api == "https://dinkes.bekasikota.go.id/wp-json/"
    assert Pointer("hreflang", "https://dinkes.bekasikota.go.id/en/berita/") in facts.stated
    assert Pointer("og_url", "https://dinkes.bekasikota.go.id/berita/posyandu/") in facts.stated
    assert "https://fonts.googleapis.com/css?family=Roboto" in facts.links


def test_valueless_attributes_are_there_but_empty() -> None:
    tree = _tree('<meta itemprop http-equiv content><link rel="alternate" hreflang href="/e"><link rel href>', True)
    assert head_items(tree, _METAS_AND_LINKS) == [
        (True, "", None, None, "", ""),
        (False, "alternate", "/e", None, "", None),
        (False, "", "", None, None, None),
    ]


def test_faulty_utf8_is_replaced_as_the_dict_did() -> None:
    raw = b'<meta name="ket\xe2\x80" content="isi \xff\xfe akhir"><link rel="canonical" href="/\xc3/">'
    tree = LexborHTMLParser(raw)
    assert head_items(tree, _METAS_AND_LINKS) == _old_items(tree)
    assert head_items(tree, _METAS_AND_LINKS)[0][5] == "isi \ufffd\ufffd akhir"


def test_taken_out_elements_are_not_read() -> None:
    tree = _tree(_VENDOR_HEAD, True)
    for node in select(tree, "link[rel=stylesheet], meta[property]"):
        page.decompose(node)
    assert head_items(tree, _METAS_AND_LINKS) == _old_items(tree)
    assert page._head_facts(tree, URL) == _old_head_facts(tree, URL)
