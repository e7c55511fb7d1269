"""The hidden parts, the head, the images and parse_page's own lines without the work most pages do not need:
a link's pointers' comprehension only where its rels name one, the head's facts a tuple; a linked image's link
climbed to without a generator and its attributes read once; the markup's signs, the JSON-LD and the cache's comment
left at once where there are none; an address's host and searched words kept; the comprehensions of the hidden
parts' rules, the head's other titles, and parse_page's of the frames, scripts and sheets, run only where there is
something to read. Pinned against the code before (kept here, run in the page module's namespace) on pages written
the way a department's vendor writes them, with each of the readings' edge cases, with and without a page's own
<style> and the site's stylesheets' rules."""

from __future__ import annotations
import __future__

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from pantau_checker.core import page
from pantau_checker.core._selectors import select
from pantau_checker.core.css import hiding_rules
from pantau_checker.core.literals import Markup
from pantau_checker.core.markup import parse_html

_TODAY = date(2026, 12, 6)
_URL = "https://dinkes.bekasikota.go.id/"

# The functions as they were (main 101c95c), run in a copy of the page module's namespace: each calls the others'
# old versions, and the module's unchanged functions.
_OLD_SOURCE = r'''
def parse_page(
    html: str,
    base_url: str,
    stylesheets: Sequence[HidingRules] = (),
    markup: Markup | None = None,
    *,
    today: date | None = None,
) -> Page:
    """Parse ``html`` once into title, metas, visible and hidden text, links and feed links.

    ``stylesheets`` are the hiding rules of the site's linked stylesheets (``css.hiding_rules``); ``markup`` is
    ``html``'s, where the caller has it; ``today`` the check's day in Bekasi (``Page.today``).
    """
    # A hostile page's nesting beyond a browser's depth left out; which of the rarer readings it calls for.
    # Its signs are looked for in its UTF-8 bytes (``literals``), which lexbor reads too.
    tree, signs = parse_html(html, (markup := markup or Markup(html)).raw, markup.angles()), _markup_signs(markup)
    # A white page is a short one, or one of nothing (a cache file of NULs, its disk full as it was written).
    blank = (len(html) <= _BLANK_MAX_CHARS or _SHOWN_CHARACTER.search(html) is None) and _blank(tree)
    json_ld = _json_ld(tree)
    sheets = _own_sheets(tree, markup)
    removed, kept = _hidden_nodes(tree, sheets, stylesheets, markup)
    unread = _comments(tree, html) + _head_noscripts(tree, html, removed)  # markup no visitor reads, read as hidden
    hidden_nodes = _outermost(removed + kept)
    hidden_ids = {n.mem_id for n in hidden_nodes}
    found_frames, documents = _frames(tree, markup, hidden_ids, base_url)  # before the hidden are taken out
    titles = _titles(tree)  # the hidden elements' too, and their links'
    hidden_links, hidden_blocks, hidden_node_texts = _hidden_reading(hidden_nodes, base_url, titles)
    image_links, image_texts, unseen_links = _image_links(tree, base_url)  # the hidden elements' too
    # The hidden elements' text, their titles', and the text the sheets put in hidden places.
    hidden_texts = [t for t in hidden_node_texts if t] + [t for t in map(_squash, titles) if t]
    hidden_texts += [t for css in sheets for t in inline_hiding_rules(css).contents]
    hidden_texts += [t for rules in stylesheets for t in rules.contents]
    hidden_refreshes, handlers = _run_hidden(tree, removed, base_url)  # before they are taken out
    decompose_all(_outermost(removed))
    cdn_banner = _cdn_banner(tree, markup)  # before the page's chrome is taken out: its banner is in none
    scripts, script_sources = _scripts(tree, base_url, handlers)
    # A single-page app's embedded data (its posts' dates), where the markup shows an app's signs.
    data_blocks = _data_blocks(tree) if "app" in signs else None
    shown = _Reading([], [])
    _decompose_non_content(tree, base_url, hidden_texts, hidden_links, shown.texts, markup)
    framed = _read_documents(documents, unread, base_url, shown, _Reading(hidden_texts, hidden_links))
    head = _head_facts(tree, base_url, markup.has_any(_BASE_TAGS))
    body = tree.body
    root = (select_first(tree, _MAIN) or body) if body is not None else None
    # The main content's words and the body's, read in one walk, for the main text and the visible text.
    main_words, visible = _main_and_visible(body, root)
    visitors = _visitors(tree, base_url) if markup.has_any(_VISITORS_SIGNS) else _Reading([], [])
    frames, over_all = _placed_frames(found_frames, visible)
    walked = _walk_names(body) if body is not None else _NO_NAMES  # before anything is taken out of the body
    # A running text moves on by itself: a welcome with the server's date, a ticker (as a class named "marquee").
    if body is not None:
        walked.volatile.extend(_tagged(tree, "marquee", markup)[:_MAX_MARKED])
    concealed = _concealed(walked.concealed, hidden_ids, root)
    hidden_links += [*_concealed_links(concealed, base_url, hidden_blocks, hidden_texts), *unseen_links]
    link_titles: list[str] = []
    # Most pages have no image map: their links are sought by one selector, not two. Their places, not nodes.
    links, anchors = _page_links(tree, _LINKS if _tagged(tree, "area", markup) else "a[href]", base_url, link_titles)
    headings = tuple(_text(h)[:_MAX_TITLE_CHARS] for h in select(tree, "h1, h2")[:_MAX_HEADINGS])
    quoted = _quoted_texts(tree, markup)
    error_gates, blogger_lines = _gates_and_blogger_lines(visible)
    listed, between = _error_listings(tree, markup, error_gates)
    card_headings = _card_headings(tree) if error_gates else ()
    main_headings, main_block = _main_headings(body, root)
    tail_links, tail_text = _tail(tree, base_url)
    menu_link_count = _menu_link_count(tree, walked.menus, markup, anchors)  # the tree is as they were found
    host = urlsplit(base_url).hostname or ""
    main_text, named_chrome, widgets, dated_parts = _main_text(body, root, main_words, walked, host)
    embedded = (
        _embedded(body, data_blocks) if data_blocks is not None and len(visible) < _DATA_SHELL_TEXT else _NO_POSTS
    )
    return Page(
        title=head.title,
        metas=head.metas,
        visible_text=visible,
        hidden_texts=tuple(hidden_texts),
        links=links,
        dofollow_links=_dofollow(tree, markup, base_url),  # before the tree is taken apart (``dates``)
        preformatted_texts=_preformatted_texts(tree, markup),  # and so
        hidden_links=tuple(hidden_links),
        hidden_blocks=tuple(hidden_blocks),
        feed_urls=head.feeds,
        main_text=main_text,
        dates=_date_sources(  # it takes the tree apart
            tree,
            json_ld,
            head.wp_api,
            host,
            named_chrome,
            widgets,
            dated_parts,
            _data_dates(html, markup),
            embedded.dates,
            "hentry" in signs,
            "feed" in signs,
            today,
        ),
        headings=headings,
        main_headings=main_headings,
        main_block=main_block,
        tail_links=tail_links,
        tail_text=tail_text,
        menu_link_count=menu_link_count,
        pointers=(
            head.pointers
            + hidden_refreshes
            + tuple(
                Pointer(over_all if f.place == "window" else _FRAME_POINTERS[f.place], f.href)
                for f in frames
                if f.place in _FRAME_POINTERS
            )
            + tuple(Pointer(kind, urljoin(base_url, to)) for kind, to in script_targets(scripts))
        ),
        scripts=tuple(s for s in scripts if s.strip()),
        blank=blank,
        source=_source_language(html),
        head_addresses=head.addresses,
        stated_addresses=head.stated,
        head_links=head.links,
        link_titles=tuple(link_titles),
        image_links=tuple(image_links),
        image_texts=tuple(image_texts),
        frames=frames,
        script_sources=script_sources + framed.sources,
        frame_scripts=framed.scripts,
        shown_texts=(*shown.texts, *embedded.titles),
        shown_links=tuple(shown.links),
        php_lined=_php_lined(html, markup),
        quoted_texts=quoted,
        listed_texts=listed,
        error_gates=error_gates,
        blogger_lines=blogger_lines,
        rows_between=between,
        card_headings=card_headings,
        asks_password=_asks_password(markup, body),
        app_shell=len(visible) < _SHELL_TEXT and body is not None and _empty_mount(body),
        showy=len(links) <= _SHOWY_LINKS and len(visible) < _SHOWY_TEXT and _SHOWY.search(html) is not None,
        host=host,
        searched=_searched(base_url),
        more_titles=head.more_titles,
        visitors_texts=tuple(visitors.texts),
        visitors_links=tuple(visitors.links),
        button_links=_button_links(tree, base_url) if len(links) <= _SHOWY_LINKS and "onclick" in html else (),
        body_class=(body.attributes.get("class") or "") if body is not None else "",
        xml_root=_xml_root(html),
        cdn_banner=cdn_banner,
        cached_copy=_cached_copy(html),
        today=today,
    )


def _markup_signs(markup: Markup) -> frozenset[str]:
    """Return the kinds of ``_MARKUP_SIGNS`` the markup has."""
    held = markup.held(_MARKUP_SIGNS_HELD)
    return frozenset(kind for kind, signs in _MARKUP_SIGNS if not held.isdisjoint(signs))


def _cached_copy(html: str) -> bool:
    """Return whether the document ends with a page cache's comment, as WP Super Cache, W3 Total Cache, LiteSpeed
    Cache, WP Fastest Cache and Hummingbird sign the copies they serve (a post about one of them names it in its
    text, not in a comment at the end)."""
    # Searched in place: a slice of a page beyond Latin-1 is copied and its widest character looked for.
    start = max(len(html) - _CACHE_COMMENT_REACH, 0)
    if html.find(_CACHE_MARKS_SHARE, start) < 0:  # most pages: one search, not one a mark
        return False
    for mark in _PAGE_CACHE_MARKS:
        at = html.find(mark, start)
        if at >= 0 and html.rfind("<!--", start, at) > html.rfind("-->", start, at):
            return True
    return False


def _hidden_nodes(
    tree: HTMLParser, sheets: list[str], stylesheets: Sequence[HidingRules], markup: Markup | None = None
) -> tuple[list[Node], list[Node]]:
    """Return the hidden elements: those the page hides itself (``sheets``: its own <style>), and those
    only aria-hidden, its stylesheets, a state a script or a click leaves, or their colour hide; ``markup`` is the
    tree's, where it is at hand (``_tagged``).

    Text in the colour of its background stays in the visible text: what lies behind it may be
    painted by a stylesheet that was not read.
    """
    body = tree.body
    if body is None:
        return [], []
    styled = _unique(select(tree, _SELF_HIDDEN))
    removed = [n for n in styled if _hides_itself(n)]
    coloured = [n for n in styled if "olor" in (n.attributes.get("style") or "").lower()]
    # By tag name: a search by a name alone is the cheapest (``_selectors``).
    removed += [n for n in _tagged(tree, "marquee", markup)[:_MAX_MARKED] if _marquee_hides(n)]
    coloured += [n for n in _tagged(tree, "font", markup)[:_MAX_MARKED] if "color" in n.attributes]
    own = [inline_hiding_rules(css) for css in sheets]
    # What a library's script reveals to every visitor is hidden by no rule of a stylesheet that hides
    # it as the library does (visibility, opacity); by one that hides it otherwise, it stays hidden.
    firm = _Firm((*own, *stylesheets))
    by_rules = _matching(body, {s for rules in own for s in rules.selectors})
    removed = _unique(removed + [n for n in by_rules if not _revealed(n, firm)])
    taken = {n.mem_id for n in removed}
    # What the page's <style> hides but a script or a state may show stays in the text too.
    others = [
        _ARIA_HIDDEN,
        _FALLBACK,
        *((_FALLBACK_OBJECTS,) if _tagged(tree, "object", markup) else ()),
        *sorted({s for rules in stylesheets for s in rules.selectors} | {s for r in own for s in r.faded}),
    ]
    kept = [n for n in _matching(body, others) if "aria-hidden" in n.attributes or not _revealed(n, firm)]
    kept += [n for n in _shrunk(body, stylesheets) if not _revealed(n, firm)]
    # A dialog not open, a disclosure closed: shown only when a script or a click opens them.
    kept += [n for tag in _CLOSED for n in _tagged(tree, tag, markup)[:_MAX_MARKED] if "open" not in n.attributes]
    paint = _own_paint(tuple(page_paint(css) for css in sheets)) if sheets else _NO_PAINT
    if coloured or paint.colours:
        backdrop = _backdrop(body, paint)
        # Classes and ids the page's <style> gives a colour that may be what lies behind them.
        coloured += _matching(body, _suspect_colours(paint, backdrop.page))
        kept += _unseen_colours(coloured, backdrop) if coloured else []
    return removed, [n for n in _unique(kept) if n.mem_id not in taken]


def _head_facts(tree: HTMLParser, base_url: str, based: bool = False) -> _HeadFacts:
    """Read the title, and the metas and links of the page in one pass (wherever in it they are).

    ``based``: the page may have a ``<base href>`` (its markup names one), read as a pointer: an injected
    one sends every relative link and resource of the page to another site.
    """
    # An SVG's <title> (a tooltip) among them: the first is the page's, as a browser shows it.
    title_nodes = select(tree, "title")[:_MAX_TITLES]
    title = _text(title_nodes[0], "")[:_MAX_TITLE_CHARS] if title_nodes else ""
    more_titles = [_text(n, "")[:_MAX_TITLE_CHARS] for n in title_nodes[1:] if not _in_svg(n)]
    metas: list[tuple[str, str]] = []
    feeds: list[str] = []
    pointers: list[Pointer] = []
    addresses: list[str] = []
    others: list[str] = []
    stated: list[Pointer] = []
    root = base_url[: base_url.find("/", base_url.find("//") + 2)]  # "https://host:port"
    wp_api: str | None = None
    # Each one's values, read in one compiled walk of its attributes (None where it has none).
    for meta, one, two, three, four, content in head_items(tree, _METAS_AND_LINKS):
        if meta:  # its itemprop, name, property and http-equiv
            # Microdata's itemprop names only the dates here: its other properties are the page's content.
            dated = (one or "").lower()
            name = (two or three or (dated if dated in _ITEMPROP_DATES else "")).lower()
            if name:
                metas.append((name, content or ""))
                if name == "og:url" and len(addresses) < _MAX_POINTERS:
                    addresses.append(urljoin(base_url, (content or "").strip()))
                    stated.append(Pointer("og_url", addresses[-1]))
            refresh = four is not None and four.strip().lower() == "refresh"
            target = refresh_target(content or "") if refresh else ""
            if target and len(pointers) < _MAX_POINTERS:
                pointers.append(Pointer("refresh", urljoin(base_url, target)))
            continue
        rel, href = one or "", two or ""  # and its type and hreflang
        if rel == "alternate" and (three or "").lower() in _FEED_TYPES:
            feeds.append(urljoin(base_url, href))
        elif rel == _WP_API_REL and wp_api is None:
            wp_api = urljoin(base_url, href)
        rels, href = rel.lower().split(), href.strip()
        if href and len(pointers) < _MAX_POINTERS:
            pointers += [Pointer(kind, urljoin(base_url, href)) for kind in _POINTER_RELS if kind in rels]
        if href and len(addresses) < _MAX_POINTERS and not _ADDRESS_RELS.isdisjoint(rels):
            addresses.append(urljoin(base_url, href))
            if "alternate" in rels and four is not None:
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


def _searched(address: str) -> tuple[str, ...]:
    """Return the words ``address`` asks a search for, lowered: its query's values, and the folder after a search's in
    its path (WordPress's /search/slot+gacor/); a few, each of a few letters."""
    parts = urlsplit(address)
    values = [value for _, value in parse_qsl(parts.query)] if parts.query else []
    folders = parts.path.split("/")
    values += [unquote_plus(after) for before, after in pairwise(folders) if before.lower() in _SEARCH_FOLDERS]
    found = (w for v in values if _SEARCHED_MIN <= len(w := " ".join(v.lower().split())) <= _SEARCHED_CHARS)
    return tuple(islice(dict.fromkeys(w for w in found if any(c.isalpha() for c in w)), _MAX_SEARCHED))


def _image_links(tree: HTMLParser, base_url: str) -> tuple[list[Link], list[str], list[Link]]:
    """Return the images of the page's links as links (their alt and title, and the link's address),
    the alt and title of the other images, and the links that are an image of no size and nothing else.

    An injected banner is an image linking to a gambling site: its alt is the link's text for
    search engines (and for a screen reader), as its title is a tooltip. An image alone with spam
    in its alt (an upload to the media library named for the gambling site) is read by search
    engines, and seen by no visitor; so is a link around a pixel, which search engines follow.
    """
    linked, titled = _named_images(tree)
    linked = linked[:_MAX_IMAGES]
    found = []
    unseen: list[Link] = []
    if linked:
        origin = urlsplit(base_url)
        scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
        for image in linked:
            anchor = next((a for a in _ancestors(image) if a.tag == "a"), None)
            if anchor is None:
                continue
            text = _image_text(image)
            link = Link(text, absolute(anchor.attributes.get("href") or "", base_url, scheme, root))
            if text:
                found.append(link)
            if _image_at_no_size(image) and _only_unseen_images(anchor):
                unseen.append(link)
    # The others by their two attributes alone: a gallery has hundreds, and the dict of all of an
    # image's attributes costs three times as much.
    in_links = {image.mem_id for image in linked}
    alone = []
    for image in titled[:_MAX_IMAGES]:
        if image.mem_id not in in_links:
            attrs = image.attrs
            alt, title = attrs.get("alt") or "", attrs.get("title") or ""
            text = f"{alt} {title}" if alt and title else alt or title
            if "\n" in text or "  " in text or "\t" in text:
                text = " ".join(text.split())
            if text.strip():
                alone.append(text)
            if len(alone) >= _MAX_IMAGES_ALONE:
                break
    return found, alone, unseen


def _image_at_no_size(image: Node) -> bool:
    """Whether ``image`` is drawn at no size: by its width or height, as attributes or in its style."""
    if _drawn_at_no_size(image):
        return True
    style = (image.attributes.get("style") or "")[:_MAX_STYLE].lower().replace(" ", "")
    return _STYLED_NO_SIZE.search(style) is not None


def _image_text(image: Node) -> str:
    attrs = image.attributes
    return _squash(f"{attrs.get('alt') or ''} {attrs.get('title') or ''}")


def _json_ld(tree: HTMLParser) -> tuple[str, ...]:
    # Matched in the selectors' index, its type compared in ASCII's cases, as ``str.lower`` compares it: no character
    # beyond ASCII lowers to one of its letters alone (the Kelvin sign's "k" is not one of them).
    found = select(tree, _JSON_LD_SCRIPTS)
    scripts = (text_of(s) or "" for s in found[:_MAX_JSON_LD])
    return tuple(t for t in scripts if len(t) <= _MAX_JSON_LD_CHARS)
'''


def _old_functions() -> dict[str, Any]:
    namespace = dict(vars(page))
    exec(compile(_OLD_SOURCE, "<page before>", "exec", __future__.annotations.compiler_flag, True), namespace)
    return namespace


_OLD = _old_functions()


def _old(name: str) -> Callable[..., Any]:
    return _OLD[name]  # type: ignore[no-any-return]


_THEME = hiding_rules(
    ".screen-reader-text{clip:rect(1px,1px,1px,1px);position:absolute!important;height:1px;width:1px;overflow:hidden}"
    ".sub-menu{display:none}.menu li:hover>.sub-menu{display:block}.fade-slide{opacity:0}"
    ".kecil{font-size:0}.kecil span{font-size:14px}.tab-pane{display:none}.tab-pane.active{display:block}"
)

_SHRINKING = hiding_rules(".mungil{font-size:0px}")  # a font of no size, nothing within sized again by the sheet


def _vendor_page(head: str = "", body: str = "", tail: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Dinas Kesehatan · Kota Bekasi</title>
<meta name="description" content="Situs resmi Dinas Kesehatan Kota Bekasi — “Bekasi Sehat”.">
<meta name="generator" content="WordPress 6.4.3"><link rel="icon" href="/wp-content/uploads/logo-32x32.png">
<link rel="stylesheet" href="/wp-content/themes/pemkot/style.css?ver=2.3.1">{head}</head><body class="home blog">
<div class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span> • <span class="jam-digital">10:30</span></div>
<header class="site-header"><a href="/" class="logo"><img src="/wp-content/uploads/logo.png" alt="Logo Kota Bekasi">
</a><nav class="main-navigation" aria-label="Menu Utama"><ul class="menu"><li><a href="/">Beranda</a></li>
<li><a href="/profil/">Profil</a><ul class="sub-menu"><li><a href="/visi-misi/">Visi &amp; Misi</a></li></ul></li>
<li><a href="/layanan/">Layanan</a></li><li><a href="/kontak/">Kontak</a></li></ul></nav></header>
<main class="site-main"><div class="slider"><img src="/wp-content/uploads/slide-1.jpg" alt="Pelayanan">
<img src="/wp-content/uploads/slide-2.jpg" alt="Kegiatan" title="Kegiatan “Posyandu”"></div>
<article class="post"><h2><a href="/berita/1/">Rapat Koordinasi “Bekasi Sehat”</a></h2><span class="tgl">5 Desember
2026</span><a href="/berita/1/"><img src="/wp-content/uploads/berita-1.jpg" alt=""></a>
<p>Dinas Kesehatan menyelenggarakan rapat bersama puskesmas se-Kota Bekasi.</p></article>
<article class="post"><h2><a href="/berita/2/">Vaksinasi Anak</a></h2><span class="tgl">3 Desember 2026</span>
<p>Pelayanan vaksinasi di 42 puskesmas.</p></article>{body}</main>
<aside class="widget"><h3>Tautan</h3><ul><li><a href="https://lapor.go.id/">SP4N LAPOR!</a></li></ul></aside>
<footer class="site-footer"><p>© 2026 Dinas Kesehatan Kota Bekasi · Jl. Jend. Ahmad Yani No. 1</p></footer>
<script>function updateClock() {{ var d = new Date();
  document.querySelector('.jam-digital').textContent = d.toLocaleTimeString('id-ID') + ' WIB'; }}
  setInterval(updateClock, 1000);</script>
</body></html>{tail}"""


# Each reading's edge cases, as a vendor's page holds them (in its head, its body, after its end).
_HEADS = [
    '<base href="/situs/">',
    '<BASE HREF="https://lain.example/">',
    '<Base href="/campur/">',  # a case the markup's question did not ask: no pointer, as before
    "<base target=_blank>",
    '<base href="   ">',
    '<link rel="canonical" href="https://dinkes.bekasikota.go.id/beranda/">',
    '<link rel="amphtml" href="/amp/"><link rel="Canonical AMPHTML" href="/keduanya/">',
    '<link rel="alternate" hreflang="en" href="/en/"><link rel="alternate" type="application/rss+xml" href="/feed/">',
    '<link rel="https://api.w.org/" href="/wp-json/"><link rel="shortlink" href="https://dinkes.bekasikota.go.id/?p=1">',
    '<link rel="preconnect" href="https://fonts.googleapis.com"><link rel="dns-prefetch" href="//cdn.lain.example">',
    "".join(f'<link rel="canonical" href="/salinan/{n}/">' for n in range(60)),
    '<meta property="og:url" content="/berita/1/"><meta http-equiv="Refresh" content="5; url=/baru/">',
    '<meta itemprop="datePublished" content="2026-12-05"><meta name="robots" content="">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-12-05"}</script>',
    '<script type="Application/LD+JSON">{"@type": "WebSite"}</script><script type="application/ld+json"></script>',
    "<style>.sembunyi{display:none}.pudar{opacity:0}.tab-pane{visibility:hidden}</style>",
    "<style>body{color:#333}</style><style>.iklan{position:absolute;left:-9999px}</style>",
    '<style>.iklan::after{content:"Slot Gacor Hari Ini"}.ikon::before{content:"\\2022"}</style>',
    "<title>Judul kedua</title><title>   </title><title>Slot Gacor – Situs Resmi</title>",
]
_BODIES = [
    "",
    '<div class="sembunyi">tersembunyi <a href="https://slot.example/">slot gacor</a></div>',
    '<div class="pudar">pudar</div><div class="tab-pane">tab</div><div class="tab-pane active">aktif</div>',
    '<div class="iklan"><a href="https://judi.example/">judi</a></div><div class="fade-slide">slide</div>',
    '<ul class="sub-menu"><li><a href="/a/">a</a></li></ul><span class="screen-reader-text">Lewati</span>',
    '<div class="kecil">x<span>besar</span></div><div class="kecil"><b>kecil</b></div>',
    '<div hidden>tersembunyi</div><div style="display:none">gaya</div><p style="color:#fff">putih</p>',
    '<div aria-hidden="true">ikon</div><dialog>survei</dialog><details><summary>s</summary>d</details>',
    "<details open><summary>Buka</summary>terbuka</details><marquee width=0>berjalan</marquee>",
    '<font color="#ffffff">putih</font><marquee scrollamount="900">cepat</marquee>',
    '<object data="/laporan.pdf" type="application/pdf">unduh</object><video>tidak didukung</video>',
    '<a href="/galeri/"><span><b><img src="/g.jpg" alt="Galeri\n  kegiatan" title="Foto"></b></span></a>',
    '<a href="https://slot.example/"><img src="/p.gif" width="1" height="1" alt="slot"></a>',
    '<a href="https://judi.example/"><img src="/p.gif" style="width: 0px; height:0" alt=""></a>',
    '<a href="https://slot.example/"><img src="/p.gif" height="0" alt="tinggi"></a>',
    "<svg><title>Ikon “rumah”</title></svg><svg><g><title>Peta</title></g></svg><title>judul di badan</title>",
    '<div class="mungil"><b>kecil</b></div><div class="mungil"><span style="font-size:12px">besar</span></div>',
    '<a href="/x/"><img src="/p.gif" WIDTH="0" alt="teks"> teks</a><img alt="sendiri" title="  dua  ">',
    '<img alt="" title=""><img title="hanya judul"><img alt="a\tb"><svg><image href="/s.png"></image></svg>',
    '<iframe src="https://lain.example/" style="position:fixed;top:0;left:0;width:100%;height:100%"></iframe>',
    '<iframe src="https://peta.go.id/" width="600" height="400"></iframe>',
    "<script>window.location.href = 'https://slot.example/';</script><script>   </script>",
    "<script>setTimeout(\"location.replace('/baru/')\", 10);</script>",
    '<div class="hentry">entri</div><div id="app"></div><div class="sbi_item">feed</div>',
    "<noscript><meta http-equiv=refresh content='0;url=https://enable-javascript.com/'></noscript>",
    "<template><p>templat</p><a href='https://slot.example/'>slot</a></template>",
]
_TAILS = [
    "",
    "\n<!-- Dynamic page generated in 0.412 seconds. -->"
    "\n<!-- Cached page generated by WP-Super-Cache on 2026-12-05 -->",
    "\n<!-- Page cached by LiteSpeed Cache 6.5 on 2026-12-05 11:49:48 -->",
    "\n<!-- WP Fastest Cache file was created in 0.31 seconds, on 05-12-26 11:49:48 -->",
    "\n" + "<p>Selamat datang!</p>" * 25 + "<!-- Cached page generated by WP-Super-Cache -->",
    "\n" + "Awas!" * 19 + "<!-- Page cached by LiteSpeed Cache -->",
    "\n" + "Awas!" * 30 + "\n<p>by W3 Total Cache</p>",
    "\n<p>Cached page generated by WP-Super-Cache (in the text, not a comment)</p>",
    "\n<!-- a comment --> by W3 Total Cache",
]


def _pages() -> Iterator[str]:
    for head in _HEADS:
        yield _vendor_page(head=head)
    for body in _BODIES:
        yield _vendor_page(body=body)
    for tail in _TAILS:
        yield _vendor_page(tail=tail)
    yield _vendor_page("".join(_HEADS), "".join(_BODIES), _TAILS[1])
    yield "<html><body><p>Halaman kosong</p></body></html>"
    yield ""
    yield "<!-- hanya komentar -->"
    yield "<base href='/a/'><p>tanpa head</p>"
    yield "<frameset><frame src='https://lain.example/'></frameset>"


_PAGES = list(_pages())


@pytest.mark.parametrize("rules", [(), (_THEME,), (_THEME, _SHRINKING)], ids=["steady", "sheets", "shrinking"])
@pytest.mark.parametrize("html", _PAGES)
def test_the_page_is_the_page_of_before(html: str, rules: tuple[Any, ...]) -> None:
    new = page.parse_page(html, _URL, rules, today=_TODAY)
    old = _old("parse_page")(html, _URL, rules, today=_TODAY)
    assert new == old
    assert new.pointers == old.pointers and new.hidden_texts == old.hidden_texts and new.scripts == old.scripts


def _tree(html: str) -> tuple[Any, Markup]:
    markup = Markup(html)
    tree = parse_html(html, markup.raw, markup.angles())
    page._json_ld(tree)  # the index made, as parse_page's first search makes it
    return tree, markup


def _ids(nodes: list[Any]) -> list[int]:
    return [n.mem_id for n in nodes]


@pytest.mark.parametrize("rules", [(), (_THEME,), (_THEME, _SHRINKING)], ids=["steady", "sheets", "shrinking"])
@pytest.mark.parametrize("html", _PAGES)
def test_the_hidden_parts_are_those_of_before(html: str, rules: tuple[Any, ...]) -> None:
    tree, markup = _tree(html)
    sheets = page._own_sheets(tree, markup)
    removed, kept = page._hidden_nodes(tree, sheets, rules, markup)
    old_removed, old_kept = _old("_hidden_nodes")(tree, sheets, rules, markup)
    assert (_ids(removed), _ids(kept)) == (_ids(old_removed), _ids(old_kept))


@pytest.mark.parametrize("html", _PAGES)
def test_the_head_images_signs_and_json_ld_are_those_of_before(html: str) -> None:
    tree, markup = _tree(html)
    for based in (False, True):
        assert page._head_facts(tree, _URL, based) == _old("_head_facts")(tree, _URL, based)
    assert page._image_links(tree, _URL) == _old("_image_links")(tree, _URL)
    assert page._markup_signs(markup) == _old("_markup_signs")(markup)
    assert page._json_ld(tree) == _old("_json_ld")(tree)
    assert page._cached_copy(html) is _old("_cached_copy")(html)
    for image in select(tree, "img"):
        assert page._image_at_no_size(image) is _old("_image_at_no_size")(image)
        assert page._image_text(image.attributes) == _old("_image_text")(image)


@pytest.mark.parametrize(
    "tail",
    [
        *_TAILS,
        "<!--" + "x" * 2990 + "by W3 Total Cache -->",
        "!" * 40 + "<!-- by W3 Total Cache -->",
        "<!" + "-- by W3 Total Cache",
        "<!-- by LiteSpeed Cache",
        "<p>" + "!" * 3000 + "</p>",
    ],
)
@pytest.mark.parametrize("before", [0, 10, 2990, 2997, 2999, 3000, 3001, 5000])
def test_the_cached_copy_is_that_of_before(tail: str, before: int) -> None:
    for filler in ("a", "—", "😀"):
        html = filler * before + tail
        assert page._cached_copy(html) is _old("_cached_copy")(html)


def test_a_comment_begun_at_the_reachs_edge() -> None:
    reach = page._CACHE_COMMENT_REACH
    for shift in range(-6, 7):
        html = "x" * (10_000 + shift) + "<!-- by W3 Total Cache -->" + "y" * (reach - 26)
        assert page._cached_copy(html) is _old("_cached_copy")(html)
    assert page._cached_copy("x" * 5000 + "<!-- by W3 Total Cache -->") is True
    assert page._cached_copy("x" * 5000 + "<p>SP4N LAPOR!</p> by W3 Total Cache") is False


@pytest.mark.parametrize(
    "address",
    [
        _URL,
        "https://DINKES.Bekasikota.GO.ID:8443/berita/?s=slot+gacor&paged=2",
        "https://dinkes.bekasikota.go.id/search/judi+online/page/2/",
        "http://[2001:db8::1]:8080/cari/Vaksin%20Anak/",
        "https://user:rahasia@dinkes.bekasikota.go.id/pencarian/ab/",
        "https://dinkes.bekasikota.go.id/?q=%E2%80%9Cbekasi%E2%80%9D&q=%F0%9F%98%80&x=12",
        "/relatif/?s=kata",
        "",
        "https://dinkes.bekasikota.go.id/?" + "&".join(f"k{n}=nilai{n}" for n in range(20)),
    ],
)
def test_an_addresss_host_and_searched_words_are_those_of_before(address: str) -> None:
    for _ in range(2):  # the second from what was kept
        assert page._host_of(address) == (page.urlsplit(address).hostname or "")
        assert page._searched(address) == _old("_searched")(address)


def test_a_steady_check_runs_no_comprehension_of_the_rules_it_does_not_have(monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules' sets are not made where there are none: ``_matching`` is asked of the fixed selectors alone.
    html = _vendor_page(body=_BODIES[7])
    tree, markup = _tree(html)
    asked: list[Any] = []
    matching = page._matching

    def counted(body: Any, selectors: Any) -> list[Any]:
        asked.append(selectors)
        return matching(body, selectors)

    monkeypatch.setattr(page, "_matching", counted)
    page._hidden_nodes(tree, [], (), markup)
    assert asked == [[page._ARIA_HIDDEN, page._FALLBACK]]
