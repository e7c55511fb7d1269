"""Department page layouts whose CSS hides, for a moment or for some screens, what every visitor
sees: content revealed on scroll (WOW.js, Elementor, WPBakery, a theme's own), the active tab of a
news box, a grid for wide screens only (``d-none d-md-block``), cards lifted on hover
(``backface-visibility:hidden``), a theme that hides the dates of its sidebar widget, a body in a
loading state, an Owl Carousel until it is built. Their news, its dates and the main text must
survive (or the site looks stale, "tidak update"), and a gambling word in what the visitor sees
is "visible", not "hidden". The page's own ``<style>`` carries the rules, as WP Rocket's used CSS,
Elementor's inline CSS or a template's ``<style>`` do, or a linked stylesheet does.

And the hiding places of spam in the same pages stay hidden: a class of its own, an inactive tab,
``d-none`` alone, a screen-reader label, a rule under ``@media all``, far translations.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.css import hiding_rules
from pantau_checker.core.freshness import page_evidence
from pantau_checker.core.page import Page, parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import EXCERPT, HEADLINES, Site, department_page, tanggal

URL = "https://dinkes.bekasikota.go.id/"
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Wednesday 2 December 2026, 10:00 in Bekasi
NEWEST = datetime(2026, 12, 1, tzinfo=UTC)
DAYS = (1, 3, 6, 9, 14, 20)
SPAM = "Situs Slot Gacor Hari Ini, bandar togel terpercaya, maxwin"
HIDDEN = {"hidden": "kritis"}
VISIBLE = {"visible": "tinggi"}


def news(opening: str = '<article class="post-item">', closing: str = "</article>", spam: bool = False) -> str:
    """Return the six latest news items, each in ``opening``/``closing``; the newest with ``SPAM`` in its excerpt."""
    items = []
    for index, day in enumerate(DAYS):
        slug = f"/berita/{index + 1}/"
        excerpt = f"{SPAM}. {EXCERPT}" if spam and index == 0 else EXCERPT
        items.append(
            f'{opening}<h3 class="post-title"><a href="{slug}">{HEADLINES[index]}</a></h3>'
            f'<div class="post-meta"><span class="post-date">{tanggal(NOW - timedelta(days=day), True)}</span>'
            f' &middot; <span class="author">Admin</span></div><p>{excerpt}</p>{closing}'
        )
    return "".join(items)


@dataclass(frozen=True)
class Layout:
    """A theme's rules and how it lays out the news list in ``<main>``."""

    rules: str
    main: str  # with "{news}" where the items go
    item: str = '<article class="post-item">'
    end: str = "</article>"
    body: str = ""  # the <body> tag's classes, where the theme marks a state there

    def html(self, spam: bool = False, linked: bool = False) -> str:
        items = news(self.item, self.end, spam)
        main = self.main.replace("{news}", items)
        head = "" if linked else f"<style id='wpr-usedcss'>{self.rules}</style>"
        html = department_page(Site(head=head, main=main, clock=NOW + timedelta(hours=7), copyright_year=2026))
        return html.replace('<body class="home', f'<body class="{self.body} home') if self.body else html

    def page(self, spam: bool = False, linked: bool = False) -> Page:
        sheets = (hiding_rules(self.rules),) if linked else ()
        return parse_page(self.html(spam, linked), URL, sheets)


def where(found: Page) -> dict[str | None, str]:
    return {f.location: f.severity for f in defacement.scan(found) if f.code == "judi_online"}


def newest_page_date(found: Page) -> datetime | None:
    return next((e.when for e in page_evidence(found, NOW) if e.signal == "page_date"), None)


LIST = '<h2 class="section-title">Berita Terkini</h2><div class="news-list">{news}</div>'
ANIMATE_CSS = (
    ".animated{animation-duration:1s;animation-fill-mode:both}.fadeInUp{animation-name:fadeInUp}"
    "@keyframes fadeInUp{from{opacity:0;transform:translate3d(0,100%,0)}to{opacity:1;transform:none}}"
)
ELEMENTOR_SECTION = (
    '<section class="elementor-section elementor-top-section elementor-element elementor-element-5a1b2c3 '
    'elementor-section-boxed elementor-invisible" data-id="5a1b2c3" data-element_type="section" '
    'data-settings="{&quot;animation&quot;:&quot;fadeInUp&quot;}"><div class="elementor-container">'
    '<div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts">'
    "{news}</div></div></div></section>"
)
BOOTSTRAP4_TABS = (
    ".nav{display:flex;flex-wrap:wrap}.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}"
    ".fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}"
)
TABS = (
    '<ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link active" data-toggle="tab" '
    'href="#terkini">Berita Terkini</a></li><li class="nav-item"><a class="nav-link" data-toggle="tab" '
    'href="#populer">Terpopuler</a></li></ul><div class="tab-content">'
    '<div class="tab-pane fade show active" id="terkini" role="tabpanel">{news}</div>'
    '<div class="tab-pane fade" id="populer" role="tabpanel"><ul><li><a href="/berita/profil/">Profil Dinas '
    "Kesehatan</a></li></ul></div></div>"
)
BOOTSTRAP4_DISPLAY = (
    ".d-none{display:none!important}.d-block{display:block!important}"
    "@media (min-width:768px){.d-md-none{display:none!important}.d-md-block{display:block!important}"
    ".d-md-flex{display:flex!important}}"
)
# A news grid for wide screens, and a compact list of the same headlines for phones.
WIDE_AND_NARROW = (
    '<div class="d-none d-md-block"><div class="row news-grid">{news}</div></div>'
    '<ul class="d-md-none">' + "".join(f"<li>{h}</li>" for h in HEADLINES[:6]) + "</ul>"
)

# Each a layout whose news every visitor sees, which the checker read as hidden.
LAYOUTS = {
    "wow-js": Layout(
        f".wow{{visibility:hidden}}{ANIMATE_CSS}",
        LIST,
        item='<article class="post-item col-md-4 wow fadeInUp" data-wow-delay="0.2s">',
    ),
    "wow-js-section": Layout(
        f"@media all{{.wow{{visibility:hidden}}}}{ANIMATE_CSS}",
        '<section class="berita wow fadeInUp" data-wow-duration="1s">' + LIST + "</section>",
    ),
    "elementor-invisible": Layout(
        ".elementor-section{position:relative}.elementor-invisible{visibility:hidden}"
        ".elementor-posts-container{display:grid}",
        ELEMENTOR_SECTION,
        item='<article class="elementor-post elementor-grid-item post type-post status-publish">',
    ),
    "theme-reveal-on-scroll": Layout(
        ".reveal{visibility:hidden}.reveal.is-visible{visibility:visible}",
        '<div class="reveal">' + LIST + "</div>",
    ),
    "bootstrap4-tabs": Layout(BOOTSTRAP4_TABS, TABS),
    "bootstrap3-tab-pane": Layout(
        ".tab-pane{display:none}.tab-pane.active{display:block}",
        TABS.replace("fade show active", "active in"),
    ),
    "bootstrap3-collapse-open": Layout(
        ".collapse{display:none}.collapse.in{display:block}.panel{margin-bottom:20px}",
        '<div class="panel"><div class="panel-heading"><a data-toggle="collapse" href="#berita">Berita</a></div>'
        '<div id="berita" class="panel-collapse collapse in"><div class="panel-body">{news}</div></div></div>',
    ),
    "d-none-d-md-block": Layout(BOOTSTRAP4_DISPLAY, WIDE_AND_NARROW),
    "tailwind-hidden-md-block": Layout(
        ".hidden{display:none}@media (min-width:768px){.md\\:block{display:block}}",
        '<div class="hidden md:block">' + LIST + "</div>",
    ),
    "desktop-only-class": Layout(
        ".desktop-only{display:none}@media (min-width:992px){.desktop-only{display:block}}",
        '<div class="desktop-only">' + LIST + "</div>",
    ),
    # Cards lifted on hover: the back of a turned box is hidden, not the box.
    "backface-visibility": Layout(
        ".post-item{-webkit-backface-visibility:hidden;backface-visibility:hidden;transition:transform .3s}"
        ".post-item:hover{transform:translateY(-4px)}",
        LIST,
    ),
    "backface-visibility-inline": Layout(
        "", LIST, item='<article class="post-item" style="-webkit-backface-visibility: hidden; border:0">'
    ),
    # An animation that starts some way up is not off the screen.
    "slide-down-on-scroll": Layout(
        ".slide-down{transform:translateY(-120px);transition:transform .6s}.slide-down.in-view{transform:none}",
        '<div class="slide-down">' + LIST + "</div>",
    ),
}
# The recent-posts widget shows no dates: the news list keeps its own.
OWN_DATES = {"sidebar-widget-hides-its-dates": Layout(".widget_recent_entries .post-date{display:none}", LIST)}
# What a rule hides within a state of the page, which its script leaves: while the page loads, or
# while the fonts load (WebFont Loader's class on <html>). Read by its subject alone, such a rule
# looks like one of a context (``#footer .seo``): a gambling word there is still reported hidden,
# and the news stays in the text.
STATES = {
    "body-loading-state": Layout(".loading #content{visibility:hidden}", LIST, body="loading"),
    "webfont-loader": Layout(".wf-loading .site-main{visibility:hidden}", LIST),
    "no-js-fallback": Layout(".no-js .news-list{display:none}.js .news-list{display:grid}", LIST),
}


@pytest.mark.parametrize(
    "layout", [*LAYOUTS.values(), *OWN_DATES.values(), *STATES.values()], ids=[*LAYOUTS, *OWN_DATES, *STATES]
)
def test_the_news_of_a_layout_and_its_dates_survive(layout: Layout) -> None:
    found = layout.page()
    assert HEADLINES[0] in found.visible_text and HEADLINES[0] in found.main_text
    assert newest_page_date(found) == NEWEST


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_gambling_in_the_news_a_visitor_sees_is_visible(layout: Layout) -> None:
    assert where(layout.page(spam=True)) == VISIBLE


@pytest.mark.parametrize("layout", STATES.values(), ids=STATES.keys())
def test_gambling_hidden_within_a_state_of_the_page_is_still_hidden(layout: Layout) -> None:
    assert where(layout.page(spam=True)) == HIDDEN


# Of the same rules in the theme's linked stylesheet (whose text stays in the page's anyway).
LINKED = ("wow-js", "elementor-invisible", "theme-reveal-on-scroll", "bootstrap4-tabs", "d-none-d-md-block")


@pytest.mark.parametrize("name", LINKED)
def test_gambling_in_the_news_a_linked_stylesheet_shows_is_visible(name: str) -> None:
    assert where(LAYOUTS[name].page(spam=True, linked=True)) == VISIBLE


def test_gambling_in_news_faded_in_by_wpbakery_is_visible() -> None:
    item = '<div class="post-item wpb_animate_when_almost_visible wpb_fadeInUp">'
    layout = Layout(".wpb_animate_when_almost_visible{opacity:0}", LIST, item=item, end="</div>")
    found = layout.page(spam=True)
    assert where(found) == VISIBLE and found.hidden_texts == ()


OWL = (
    ".owl-carousel{display:none;width:100%;position:relative;z-index:1}.owl-carousel.owl-loaded{display:block}"
    ".no-js .owl-carousel{display:block}.owl-carousel .owl-item{-webkit-backface-visibility:hidden}"
)


def test_a_news_slider_hidden_until_owl_carousel_builds_it_is_visible() -> None:
    layout = Layout(
        OWL, '<div class="owl-carousel owl-theme berita-slider">{news}</div>', '<div class="item">', "</div>"
    )
    found = layout.page(spam=True)
    assert HEADLINES[0] in found.visible_text
    assert where(found) == VISIBLE


# --- the hiding places of spam in the same pages ---------------------------------------------------------

PARTNERS = '<div class="{}">{}</div>'.format
# (rules, the spam's markup): each hides the spam from every visitor.
STILL_HIDDEN = {
    "own-class-hidden-beside-wow": (
        f".wow{{visibility:hidden}}{ANIMATE_CSS}.mitra-links{{visibility:hidden}}",
        PARTNERS("mitra-links", SPAM),
    ),
    # A reveal library's class on what a rule hides as no library does: the script shows nothing.
    "a-reveal-class-on-what-display-none-hides": (
        f".wow{{visibility:hidden}}{ANIMATE_CSS}.seo-box{{display:none}}",
        '<div class="seo-box wow fadeInUp">' + SPAM + "</div>",
    ),
    "an-elementor-mark-on-what-is-off-screen": (
        ".elementor-invisible{visibility:hidden}.mitra{position:absolute;left:-9999px}",
        '<div class="mitra elementor-invisible">' + SPAM + "</div>",
    ),
    "an-aos-attribute-on-what-is-clipped": (
        ".seo{position:absolute;clip:rect(0,0,0,0)}",
        '<div class="seo" data-aos="fade-up">' + SPAM + "</div>",
    ),
    "own-class-beside-elementor": (
        ".elementor-invisible{visibility:hidden}.seo-box{display:none}",
        PARTNERS("seo-box", SPAM),
    ),
    "an-inactive-tab": (BOOTSTRAP4_TABS, f'<div class="tab-content"><div class="tab-pane fade">{SPAM}</div></div>'),
    "d-none-alone": (BOOTSTRAP4_DISPLAY, PARTNERS("d-none", SPAM)),
    "d-none-with-a-phone-only-show": (BOOTSTRAP4_DISPLAY, PARTNERS("d-none d-md-none", SPAM)),
    "a-state-it-never-takes": (".seo{display:none}.seo.active{display:block}", PARTNERS("seo", SPAM)),
    "shown-only-in-print": (".seo{display:none}@media print{.seo{display:block}}", PARTNERS("seo", SPAM)),
    "a-later-rule-hides-it-again": (".seo{display:block}.seo{display:none}", PARTNERS("seo", SPAM)),
    "under-media-all": ("@media all{.seo{display:none}}", PARTNERS("seo", SPAM)),
    "screen-reader-label": (
        ".screen-reader-text{clip:rect(1px,1px,1px,1px);position:absolute!important;height:1px;width:1px;"
        "overflow:hidden}",
        f'<a href="https://rajawin.example/"><span class="screen-reader-text">{SPAM}</span></a>',
    ),
    "far-translation": (".seo{transform:translateX(-9999px)}", PARTNERS("seo", SPAM)),
    "translated-out-by-its-width": (".seo{position:absolute;transform:translateX(-100%)}", PARTNERS("seo", SPAM)),
    "backface-and-display-none": (".seo{backface-visibility:hidden;display:none}", PARTNERS("seo", SPAM)),
    "within-the-footer": ("#footer .seo{position:absolute;left:-9999px}", PARTNERS("seo", SPAM)),
    "within-a-loading-body": (".loading .seo{display:none}", PARTNERS("seo", SPAM)),
}


@pytest.mark.parametrize(("rules", "spam"), STILL_HIDDEN.values(), ids=STILL_HIDDEN.keys())
def test_spam_in_a_real_hiding_place_of_these_layouts_is_still_hidden(rules: str, spam: str) -> None:
    own = Site(head=f"<style id='wpr-usedcss'>{rules}</style>", body_end=spam)
    assert where(parse_page(department_page(own), URL)) == HIDDEN
    assert where(parse_page(department_page(Site(body_end=spam)), URL, (hiding_rules(rules),))) == HIDDEN


def test_a_screen_reader_label_hides_itself_not_the_news_around_it() -> None:
    # What may stay hidden, and where it stops (the checker read it so before as well).
    item = '<article class="post-item"><span class="screen-reader-text">Berita:</span>'
    found = Layout(
        ".screen-reader-text{clip:rect(1px,1px,1px,1px);position:absolute!important;height:1px;width:1px;"
        "overflow:hidden}.skip-link{position:absolute;left:-9999px}.skip-link:focus{left:6px}",
        '<a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>' + LIST,
        item=item,
    ).page()
    assert "Langsung ke konten" in " ".join(found.hidden_texts)
    assert "Langsung ke konten" not in found.visible_text
    assert HEADLINES[0] in found.main_text and newest_page_date(found) == NEWEST


def test_the_other_tabs_of_a_news_box_stay_in_the_text_and_are_hidden() -> None:
    # A click shows them: their dates are the site's, a gambling word there is not seen.
    tabs = TABS.replace("fade show active", "fade").replace('fade" id="populer"', 'fade show active" id="populer"')
    found = Layout(BOOTSTRAP4_TABS, tabs).page(spam=True)
    assert HEADLINES[0] in found.main_text and newest_page_date(found) == NEWEST
    assert where(found) == HIDDEN
