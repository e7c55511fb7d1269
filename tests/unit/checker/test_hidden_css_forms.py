"""The other forms of CSS that hide injected gambling spam on hacked sites: offsets in other units and
properties (``left:-99em``, ``inset:-9999px auto auto -9999px``, ``margin:0 0 0 -9999px``), boxes
shrunk (``scale3d(0,0,0)``, the ``scale`` property, ``zoom:0.01``) or clipped (``clip-path:inset(0 0 100% 0)``),
text of no colour in a linked stylesheet, rules that name what they hide by an attribute
(``[data-seo]``, ``div[id^="ads-"]``) and media queries every screen meets (``screen, print``,
``(width >= 1px)``). Each in a whole department page: in a style attribute, in the page's own
``<style>`` (where an injection brings its rules) and in the theme's linked stylesheet.

And what only looks so, which must stay visible or keep its text: ``zoom:0`` (no zoom at all to a
browser), a flyout menu some ems to the left, a framework's cloak (``[v-cloak]``), a hiding a rule for
some screens or of an open state undoes (a menu shown on phones only, an open accordion, Tailwind's
``sr-only md:not-sr-only``), gradient text, and a Bootstrap theme's own collapsed, tabbed, modal and
screen-reader parts.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.css import hiding_rules, inline_hiding_rules, style_hides
from pantau_checker.core.freshness import page_evidence
from pantau_checker.core.page import Page, parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import HEADLINES, Site, department_page

URL = "https://dinkes.bekasikota.go.id/"
SPAM = "Situs Slot Gacor Hari Ini, bandar togel terpercaya, maxwin"
FARM = (
    '<a href="https://gacor88.xyz/">slot gacor hari ini</a> '
    '<a href="https://gacor88.xyz/toto/">situs toto togel terpercaya</a> '
    '<a href="https://gacor88.xyz/rtp/">rtp slot maxwin</a>'
)
HIDDEN = {"hidden": "kritis"}
VISIBLE = {"visible": "tinggi"}


def where(found: Page) -> dict[str | None, str]:
    return {f.location: f.severity for f in defacement.scan(found) if f.code == "judi_online"}


def own(rules: str, html: str) -> Page:
    """A department page whose own <style> has ``rules``, and ``html`` after its footer."""
    return parse_page(department_page(Site(head=f"<style id='custom-css'>{rules}</style>", body_end=html)), URL)


def linked(rules: str, html: str) -> Page:
    """The same page, ``rules`` in the theme's linked stylesheet."""
    return parse_page(department_page(Site(body_end=html)), URL, (hiding_rules(rules),))


def inline(style: str, html: str = SPAM) -> Page:
    return parse_page(department_page(Site(body_end=f'<div style="{style}">{html}</div>')), URL)


def newest_page_date(found: Page) -> datetime | None:
    return next((e.when for e in page_evidence(found, datetime.now(UTC)) if e.signal == "page_date"), None)


# --- declarations that hide, wherever they are written -------------------------------------------------

HIDING = {
    "left-in-em": "position:absolute;left:-99em",
    "left-in-rem": "position:absolute;left:-50rem",
    "left-a-screen-away": "position:absolute;left:-100vw",
    "left-in-em-no-position": "left:-99em",
    "left-in-em-where-it-stands": "position:relative;left:-99em",
    "left-by-calc": "position:absolute;left:calc(-9999px)",
    "margin-left": "margin-left:-9999px",
    "margin-left-in-em": "margin-left:-99em",
    "margin-shorthand-left": "margin:0 0 0 -9999px",
    "margin-shorthand-top": "margin:-9999px 0 0",
    "margin-inline-start": "margin-inline-start:-9999px",
    "text-indent-in-em": "text-indent:-999em",
    "text-indent-two-digit-em": "text-indent:-99em;overflow:hidden",
    "top-absolute": "position:absolute;top:-9999px",
    "top-fixed": "position:fixed;top:-9999px",
    "right": "position:absolute;right:-10000px",
    "inset-shorthand": "position:absolute;inset:-9999px auto auto -9999px",
    "inset-left-only": "position:absolute;inset:0 auto auto -9999px",
    "inset-all": "position:fixed;inset:-9999px",
    "inset-inline-start": "position:absolute;inset-inline-start:-9999px",
    "inset-inline": "position:absolute;inset-inline:-9999px auto",
    "scale-zero": "transform:scale(0)",
    "scale3d-zero": "transform:scale3d(0,0,0)",
    "scale3d-flat": "transform:scale3d(0.001, 0.001, 1)",
    "scale-x": "transform:scaleX(0)",
    "scale-of-no-height": "transform:scale(1,0)",
    "scale-property": "scale:0",
    "scale-property-of-no-height": "scale:1 0",
    "translate-x": "transform:translateX(-9999px)",
    "translate-x-in-em": "-webkit-transform:translateX(-99em)",
    "translate-property": "translate:-9999px 0",
    "matrix-of-nothing": "transform:matrix(0,0,0,0,0,0)",
    "zoom-a-hundredth": "zoom:0.01",
    "zoom-percent": "zoom:1%",
    "clip-path-inset-all": "clip-path: inset(100%)",
    "clip-path-inset-bottom": "clip-path:inset(0 0 100% 0)",
    "clip-path-inset-right": "clip-path:inset(0 100% 0 0)",
    "clip-path-inset-halves": "clip-path:inset(0 50%)",
    "clip-path-circle": "clip-path:circle(0)",
    "clip-path-ellipse": "clip-path:ellipse(0 0)",
    "clip-rect": "position:absolute;clip:rect(0 0 0 0)",
    "max-height": "max-height:0;overflow:hidden",
    "no-size": "width:0;height:0;overflow:hidden",
    "visibility-collapse": "visibility:collapse",
    "content-visibility": "content-visibility:hidden",
    "display-important": "display:none !important",
    "off-screen-important": "position:absolute !important;left:-9999px !important",
}


@pytest.mark.parametrize("declarations", HIDING.values(), ids=HIDING.keys())
def test_spam_hidden_by_these_declarations_is_hidden_inline_by_the_page_and_by_its_theme(declarations: str) -> None:
    assert where(inline(declarations)) == HIDDEN
    assert where(inline(declarations, FARM)) == HIDDEN
    html = f'<div class="mitra-links">{SPAM}</div>'
    assert where(own(f".mitra-links{{{declarations}}}", html)) == HIDDEN
    assert where(linked(f".mitra-links{{{declarations}}}", html)) == HIDDEN


@pytest.mark.parametrize(
    "declarations",
    ["opacity:0", "opacity:.0", "opacity:0%", "opacity:5%", "filter:opacity(0)", "filter:opacity(0%)"],
)
def test_spam_of_no_opacity_is_hidden_inline_and_by_the_pages_style(declarations: str) -> None:
    assert where(inline(declarations)) == HIDDEN
    assert where(own(f".mitra-links{{{declarations}}}", f'<div class="mitra-links">{SPAM}</div>')) == HIDDEN
    # A theme's linked stylesheet fades in what its scripts show: there no opacity hides.
    assert hiding_rules(f".mitra-links{{{declarations}}}").selectors == frozenset()


LOOKALIKES = {
    # Browsers take a zoom of nothing for none at all (WebKit and Blink set no zoom of 0).
    "zoom-zero": "zoom:0",
    "zoom-zero-percent": "zoom:0%",
    "zoom-half": "zoom:.5",
    "zoom-a-tenth": "zoom:10%",
    # A flyout menu opened to the left, a card laid over the banner, a fixed-width box centred in ems.
    "flyout-some-ems-left": "position:absolute;left:-12em",
    "moved-where-it-stands": "position:relative;left:-30em",
    "centred-in-ems": "position:absolute;left:50%;width:60em;margin-left:-30em",
    "hanging-indent": "text-indent:-2em;padding-left:2em",
    # A negative right or bottom margin moves no box of its place.
    "right-margin": "margin:0 -9999px 0 0",
    "bottom-margin": "margin:0 0 -9999px 0",
    "flat-depth": "transform:scaleZ(0)",
    "a-shrunk-card": "transform:scale3d(.95,.95,1)",
    "half-clipped": "clip-path:inset(50% 0 0 0)",
    "rounded-corners": "clip-path:inset(0 round 12px)",
    "a-glow-around": "position:absolute;inset:-40px",
    "an-opacity-of-a-tenth": "opacity:10%",
}


@pytest.mark.parametrize("declarations", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_what_only_looks_like_hiding_stays_visible(declarations: str) -> None:
    assert not style_hides(declarations)
    assert where(inline(declarations)) == VISIBLE
    html = f'<div class="kartu">{SPAM}</div>'
    assert where(own(f".kartu{{{declarations}}}", html)) == VISIBLE
    assert where(linked(f".kartu{{{declarations}}}", html)) == VISIBLE


# --- what a rule names by an attribute, or within a context -----------------------------------------------

NAMED = {
    "a-data-attribute": ("[data-seo]{display:none}", f"<div data-seo>{SPAM}</div>"),
    "a-data-attribute-of-a-value": ('[data-seo="1"]{display:none}', f'<div data-seo="1">{SPAM}</div>'),
    "any-element-of-it": ("*[data-seo]{display:none}", f"<div data-seo>{SPAM}</div>"),
    "an-id-beginning": ('div[id^="ads-"]{position:absolute;left:-9999px}', f'<div id="ads-77">{SPAM}</div>'),
    "a-class-within": ('[class*="seo" i]{clip-path:inset(100%)}', f'<div class="box-SEO-links">{SPAM}</div>'),
    "a-value-of-spaces": ('div[data-x="a b"]{display:none}', f'<div data-x="a b">{SPAM}</div>'),
    "within-a-context": ("#wrap [data-seo]{visibility:hidden}", f'<div id="wrap"><p data-seo>{SPAM}</p></div>'),
    "a-child-of-the-footer": (".footer > .x{display:none}", f'<div class="footer"><div class="x">{SPAM}</div></div>'),
    "within-the-wrapper": (
        "#wrap .seo-links{display:none}",
        f'<div id="wrap"><div class="seo-links">{SPAM}</div></div>',
    ),
}


@pytest.mark.parametrize(("rules", "html"), NAMED.values(), ids=NAMED.keys())
def test_spam_a_rule_names_by_an_attribute_or_within_a_context_is_hidden(rules: str, html: str) -> None:
    assert where(own(rules, html)) == HIDDEN
    assert where(linked(rules, html)) == HIDDEN


def test_a_rule_named_by_an_attribute_hides_no_other_element() -> None:
    found = linked('div[id^="ads-"]{position:absolute;left:-9999px}', f'<div id="berita-ads">{SPAM}</div>')
    assert where(found) == VISIBLE and found.hidden_texts == ()


@pytest.mark.parametrize(
    "rules",
    ["[v-cloak]{display:none}", "[x-cloak]{display:none!important}", "[ng-cloak],[data-ng-cloak]{display:none}"],
)
def test_a_frameworks_cloak_hides_nothing_its_script_draws(rules: str) -> None:
    # Vue, Alpine and AngularJS hide what they have not drawn yet: every visitor sees it drawn.
    cloaked = f'<div id="app" v-cloak x-cloak ng-cloak><p>{SPAM}</p></div>'
    assert where(own(rules, cloaked)) == VISIBLE
    assert where(linked(rules, cloaked)) == VISIBLE
    assert hiding_rules(rules).selectors == frozenset()


def test_what_a_scripts_attribute_hides_stays_in_the_text() -> None:
    # A panel closed by its state ("data-state", "aria-expanded"): a click opens it, its news is the site's.
    rules = '[data-state="closed"]{display:none}'
    html = f'<div data-state="closed"><h3>{HEADLINES[0]}</h3></div><div data-state="closed">{SPAM}</div>'
    found = own(rules, html)
    assert where(found) == HIDDEN
    assert HEADLINES[0] in found.visible_text
    assert inline_hiding_rules(rules).faded == {'[data-state="closed"]'}


# --- media queries every screen meets, and those it does not ---------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("@media screen, print", HIDDEN),
        ("@media (width >= 1px)", HIDDEN),
        ("@media (0 < width)", HIDDEN),
        ("@media (1px <= width <= 99999px)", HIDDEN),
        ("@media screen and (min-width:1px) and (max-width:99999px)", HIDDEN),
        ("@media not print", HIDDEN),
        ("@media(min-width:1px)", HIDDEN),
        ("@media (width < 768px)", VISIBLE),
        ("@media (max-width:767px), print", VISIBLE),
        ("@media screen and (min-width:1px) and (max-width:767px)", VISIBLE),
        ("@media (orientation:portrait)", VISIBLE),
        ("@media not print and (min-width:1px)", VISIBLE),  # of a condition a negation cannot be read so simply
    ],
)
def test_spam_under_a_media_query_is_hidden_where_every_screen_meets_it(query: str, expected: dict[str, str]) -> None:
    rules = f"{query}{{.seo-links{{display:none}}}}"
    html = f'<div class="seo-links">{SPAM}</div>'
    assert where(own(rules, html)) == expected
    assert where(linked(rules, html)) == expected


# --- a hiding another rule undoes, and one it does not ---------------------------------------------------

X = f'<div class="x">{SPAM}</div>'
SR_ONLY = (
    ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);"
    "white-space:nowrap;border-width:0}"
)
TAILWIND_NOT_SR_ONLY = (
    "@media (min-width:768px){.md\\:not-sr-only{position:static;width:auto;height:auto;padding:0;margin:0;"
    "overflow:visible;clip:auto;white-space:normal}}"
)
ACCORDION = ".acc-body{max-height:0;overflow:hidden;transition:max-height .3s}.acc.open .acc-body{max-height:600px}"
UNDONE = {
    "a-menu-shown-on-phones": (".x{position:absolute;left:-9999px}@media (max-width:767px){.x{position:static}}", X),
    "a-menu-shown-on-wide-screens": (".x{position:absolute;left:-9999px}@media (min-width:768px){.x{left:0}}", X),
    "a-later-rule": (".x{left:-9999px;position:absolute}.x{left:0}", X),
    "important-over-important": (
        ".x{position:absolute!important;left:-9999px!important}@media (max-width:767px){.x{left:0!important}}",
        X,
    ),
    "an-indent-on-phones": (".x{text-indent:-9999px}@media (max-width:600px){.x{text-indent:0}}", X),
    "an-inset-undone": (
        ".x{position:absolute;inset:-9999px auto auto -9999px}@media (max-width:767px){.x{inset:auto}}",
        X,
    ),
    "an-open-accordion": (ACCORDION, f'<div class="acc open"><div class="acc-body">{SPAM}</div></div>'),
    "an-open-drawer": (
        ".menu{transform:translateX(-100%)}.menu.open{transform:none}",
        f'<div class="menu open">{SPAM}</div>',
    ),
    "tailwind-sr-only-for-phones": (
        SR_ONLY + TAILWIND_NOT_SR_ONLY,
        f'<div class="sr-only md:not-sr-only">{SPAM}</div>',
    ),
    "an-attribute-tab-selected": (
        '[data-tab]{display:none}[data-tab][aria-selected="true"]{display:block}',
        f'<div data-tab aria-selected="true">{SPAM}</div>',
    ),
    "a-role-tab-active": (
        '[role="tabpanel"]{display:none}[role="tabpanel"].is-active{display:block}',
        f'<div role="tabpanel" class="is-active">{SPAM}</div>',
    ),
}


@pytest.mark.parametrize(("rules", "html"), UNDONE.values(), ids=UNDONE.keys())
def test_spam_a_rule_for_some_screen_or_a_served_state_shows_is_visible(rules: str, html: str) -> None:
    assert where(own(rules, html)) == VISIBLE
    assert where(linked(rules, html)) == VISIBLE


STILL_HIDDEN = {
    "important-over-a-later-rule": (".x{position:absolute!important;left:-9999px!important}.x{left:0}", X),
    "an-earlier-rule": (".x{left:0}.x{left:-9999px;position:absolute}", X),
    "moved-where-it-stands-still-far": (
        ".x{position:absolute;inset:-9999px auto auto -9999px}@media (max-width:767px){.x{position:relative}}",
        X,
    ),
    "a-state-not-served": (".x{text-indent:-9999px}.x:hover{text-indent:0}", X),
    "a-skip-link-until-focused": (
        ".skip-link{position:absolute;top:-9999px}.skip-link:focus{top:0}",
        f'<a class="skip-link" href="#isi">{SPAM}</a>',
    ),
    "a-closed-accordion": (ACCORDION, f'<div class="acc"><div class="acc-body">{SPAM}</div></div>'),
    "a-descendants-rule": (".x{position:absolute;left:-9999px}.x .y{left:0}", X),
    "tailwind-sr-only-alone": (SR_ONLY + TAILWIND_NOT_SR_ONLY, f'<div class="sr-only">{SPAM}</div>'),
    "another-tab": (
        '[role="tabpanel"]{display:none}[role="tabpanel"].is-active{display:block}',
        f'<div role="tabpanel">{SPAM}</div>',
    ),
    "hidden-on-wide-screens-by-media-shown-nowhere": (
        ".x{position:absolute;left:-9999px}@media print{.x{position:static}}",
        X,
    ),
}


@pytest.mark.parametrize(("rules", "html"), STILL_HIDDEN.values(), ids=STILL_HIDDEN.keys())
def test_spam_no_rule_shows_as_served_stays_hidden(rules: str, html: str) -> None:
    assert where(own(rules, html)) == HIDDEN
    assert where(linked(rules, html)) == HIDDEN


def test_news_in_an_open_accordion_keeps_its_text_and_dates() -> None:
    # The theme's own sheet hides the closed panels: the open one is the page's.
    html = department_page()
    start, end = html.index("<main"), html.index("</main>")
    panel = f'<div class="acc open"><div class="acc-body">{html[start:end]}</main></div></div>'
    opened = html[:start] + panel + html[end + len("</main>") :]
    plain = parse_page(html, URL)
    for found in (
        parse_page(opened.replace("</head>", f"<style>{ACCORDION}</style></head>"), URL),
        parse_page(opened, URL, (hiding_rules(ACCORDION),)),
    ):
        assert HEADLINES[0] in found.main_text
        assert newest_page_date(found) == newest_page_date(plain)


# --- text of no colour --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rules",
    [
        ".x{color:transparent}",
        ".x{color:rgba(0,0,0,0)!important}",
        ".x{color:#ffffff00}",
        ".x{-webkit-text-fill-color:transparent}",
        ".text-hide{font:0/0 a;color:transparent;text-shadow:none;background-color:transparent;border:0}".replace(
            "text-hide", "x"
        ),
    ],
)
def test_spam_of_no_colour_is_hidden_by_the_page_and_by_its_theme(rules: str) -> None:
    assert where(own(rules, X)) == HIDDEN
    assert where(linked(rules, X)) == HIDDEN


DRAWN = {
    "its-links-of-the-themes-colour": (".x{color:transparent}", f'<div class="x">{FARM}</div>'),
    "gradient-text": (
        ".judul{background:linear-gradient(90deg,#0b4f8a,#00a3e0);-webkit-background-clip:text;"
        "-webkit-text-fill-color:transparent}",
        f'<h2 class="judul">{SPAM}</h2>',
    ),
    "gradient-of-another-class": (
        ".gradasi{background:linear-gradient(90deg,#0b4f8a,#00a3e0);-webkit-background-clip:text;"
        "background-clip:text}.judul{color:transparent}",
        f'<h2 class="gradasi judul">{SPAM}</h2>',
    ),
    "in-its-shadow": (".x{color:transparent;text-shadow:0 0 4px #333}", X),
    "coloured-on-wide-screens": (".x{color:transparent}@media (min-width:768px){.x{color:#333}}", X),
}


@pytest.mark.parametrize(("rules", "html"), DRAWN.values(), ids=DRAWN.keys())
def test_text_drawn_in_a_colour_after_all_stays_visible(rules: str, html: str) -> None:
    for found in (own(rules, html), linked(rules, html)):
        assert where(found)["visible"] == "tinggi" and "hidden" not in where(found)


def test_white_text_of_a_linked_stylesheet_is_not_read_as_hidden() -> None:
    # What lies behind it is the theme's to paint, in sheets not read (the page's own: test_hidden_content_more).
    assert where(linked(".x{color:#fff}", X)) == VISIBLE


# --- a Bootstrap theme's own parts ---------------------------------------------------------------------------

BOOTSTRAP = (
    # Bootstrap 4
    ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);"
    "white-space:nowrap;border:0}.sr-only-focusable:active,.sr-only-focusable:focus{position:static;width:auto;"
    "height:auto;overflow:visible;clip:auto;white-space:normal}"
    ".text-hide{font:0/0 a;color:transparent;text-shadow:none;background-color:transparent;border:0}"
    ".fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}.collapse:not(.show){display:none}"
    ".collapsing{position:relative;height:0;overflow:hidden;transition:height .35s ease}"
    ".dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:10rem}"
    ".dropdown-menu.show{display:block}.dropdown-menu-right{right:0;left:auto}"
    ".tab-content>.tab-pane{display:none}.tab-content>.active{display:block}"
    "@media (min-width:992px){.navbar-expand-lg .navbar-collapse{display:flex!important;flex-basis:auto}}"
    ".carousel-item{position:relative;display:none;float:left;width:100%;margin-right:-100%;"
    "backface-visibility:hidden;transition:transform .6s ease-in-out}"
    ".carousel-item.active,.carousel-item-next,.carousel-item-prev{display:block}"
    ".modal{position:fixed;top:0;left:0;z-index:1050;display:none;width:100%;height:100%;overflow:hidden;outline:0}"
    ".modal.fade .modal-dialog{transition:transform .3s ease-out;transform:translate(0,-50px)}"
    ".tooltip{position:absolute;z-index:1070;display:block;opacity:0}.tooltip.show{opacity:.9}"
    ".custom-control-input{position:absolute;left:0;z-index:-1;width:1rem;height:1.25rem;opacity:0}"
    ".d-none{display:none!important}@media (min-width:768px){.d-md-block{display:block!important}}"
    # Bootstrap 5
    ".visually-hidden,.visually-hidden-focusable:not(:focus):not(:focus-within){position:absolute!important;"
    "width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;"
    "clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}"
    ".offcanvas{position:fixed;bottom:0;z-index:1045;display:flex;flex-direction:column;max-width:100%;"
    "visibility:hidden;background-color:#fff;background-clip:padding-box;outline:0;transition:transform .3s}"
    ".offcanvas-start{top:0;left:0;width:400px;transform:translateX(-100%)}"
    ".offcanvas.show:not(.hiding),.offcanvas.showing{transform:none}"
    ".offcanvas.hiding,.offcanvas.show,.offcanvas.showing{visibility:visible}"
    "[hidden]{display:none!important}"
)
FAQ = (
    '<div class="accordion" id="faq"><div class="card"><button data-toggle="collapse" data-target="#q1">'
    'Bagaimana cara daftar antrean?</button><div id="q1" class="collapse show"><div class="card-body">'
    '{open}</div></div></div><div class="card"><button data-toggle="collapse" data-target="#q2">Jam layanan?'
    '</button><div id="q2" class="collapse"><div class="card-body">Senin sampai Jumat pukul 08.00.</div></div></div>'
    "</div>"
)
THEME = (
    '<nav class="navbar navbar-expand-lg"><button class="navbar-toggler"><span class="sr-only">Buka menu</span>'
    '</button><div class="collapse navbar-collapse" id="menu"><ul><li class="dropdown"><a href="/profil/">Profil</a>'
    '<div class="dropdown-menu"><a href="/profil/visi-misi/">Visi dan Misi</a></div></li></ul></div></nav>'
    '<a class="navbar-brand text-hide" href="/">Dinas Kesehatan Kota Bekasi</a>'
    '<div class="offcanvas offcanvas-start" id="samping"><a href="/layanan/">Layanan</a></div>'
    + FAQ.format(open="Ambil nomor antrean melalui aplikasi, slot antrean dibuka pukul 06.00.")
    + '<div class="tab-content"><div class="tab-pane fade show active" id="terkini"><p>Posyandu balita</p></div>'
    '<div class="tab-pane fade" id="populer"><p>Vaksinasi HPV</p></div></div>'
    '<div id="galeri" class="carousel slide"><div class="carousel-item active"><p>Gedung baru puskesmas</p></div>'
    '<div class="carousel-item"><p>Senam bersama</p></div><a class="carousel-control-prev" href="#galeri">'
    '<span class="visually-hidden">Sebelumnya</span></a></div>'
    '<div class="modal fade" id="pengumuman"><div class="modal-dialog"><p>Libur nasional 25 Desember.</p></div></div>'
    '<label><input type="checkbox" class="custom-control-input"> Ingat saya</label>'
)


@pytest.mark.parametrize("place", ["own", "linked"])
def test_a_bootstrap_themes_own_hidden_parts_are_no_finding_and_keep_the_news(place: str) -> None:
    site = Site(main_extra=THEME)
    plain = parse_page(department_page(site), URL)
    if place == "own":
        found = parse_page(department_page(replace(site, head=f"<style>{BOOTSTRAP}</style>")), URL)
    else:
        found = parse_page(department_page(site), URL, (hiding_rules(BOOTSTRAP),))
    assert defacement.scan(found) == ()
    assert HEADLINES[0] in found.main_text and "slot antrean dibuka" in found.visible_text
    assert newest_page_date(found) == newest_page_date(plain)
    assert "Buka menu" in " ".join(found.hidden_texts)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (FAQ.format(open=SPAM), VISIBLE),  # the open panel of an accordion
        (f'<div class="tab-content"><div class="tab-pane fade show active">{SPAM}</div></div>', VISIBLE),
        (f'<div class="carousel-item active">{SPAM}</div>', VISIBLE),
        (f'<div class="d-none d-md-block">{SPAM}</div>', VISIBLE),
        (f'<div class="modal fade"><div class="modal-dialog">{SPAM}</div></div>', HIDDEN),
        (f'<div class="visually-hidden">{SPAM}</div>', HIDDEN),
        (f'<div class="sr-only">{SPAM}</div>', HIDDEN),
        (f'<p class="text-hide">{SPAM}</p>', HIDDEN),
        (f'<div class="d-none">{SPAM}</div>', HIDDEN),
    ],
)
def test_spam_in_a_bootstrap_themes_parts_is_where_its_visitors_see_it(html: str, expected: dict[str, str]) -> None:
    assert where(own(BOOTSTRAP, html)) == expected
    assert where(linked(BOOTSTRAP, html)) == expected


# --- bounds ---------------------------------------------------------------------------------------------------


def test_a_hostile_sheet_of_hidings_and_rules_that_undo_them_stays_bounded() -> None:
    hides = "".join(f".h{i}{{position:absolute;left:-9999px;top:-9999px}}" for i in range(300))
    undoing = "".join(
        f"@media (max-width:{i}px){{.h{i % 300}.s{i}, .h{i % 300}{{left:-{i}0000px}}}}" for i in range(9000)
    )
    rules = hiding_rules(hides + undoing)
    assert 0 < len(rules.selectors) <= 200
    assert all(len(selector) < 10_000 for selector in rules.selectors)
    named = "".join(f'[data-x{i}="{"a " * 30}"]{{display:none}}' for i in range(5000))
    assert len(hiding_rules(named).selectors) <= 200


# --- what a rule picks by its place among others, in a nested rule or by an escaped name -------------------------


@pytest.mark.parametrize(
    ("rules", "html"),
    [
        (
            ".ftr-row>span:nth-child(2){display:none}",
            f'<div class="ftr-row"><span>Mitra</span><span>{SPAM}</span></div>',
        ),
        (".ftr-row span:last-child{display:none}", f'<div class="ftr-row"><span>Mitra</span><span>{SPAM}</span></div>'),
        ("hr.sep + p{display:none}", f'<div class="info"><hr class="sep"><p>{SPAM}</p></div>'),
        ("p.mitra:not(:first-child){display:none}", f'<div class="info"><p>Mitra</p><p class="mitra">{SPAM}</p></div>'),
        (":is(.x-lnk,.y-lnk){display:none}", f'<p class="x-lnk">{SPAM}</p>'),
        (
            ".site-footer{background:#222;& .x-lnk{display:none}}",
            f'<div class="site-footer"><p class="x-lnk">{SPAM}</p></div>',
        ),
        (".x\\:lnk{position:absolute;left:-9999px}", f'<p class="x:lnk">{SPAM}</p>'),
    ],
    ids=["nth-child", "last-child", "sibling", "not-first-child", "is", "nesting", "escaped"],
)
def test_spam_a_rule_picks_by_its_place_among_others_or_in_a_nested_rule_is_hidden(rules: str, html: str) -> None:
    assert where(own(rules, html)) == HIDDEN
    assert where(linked(rules, html)) == HIDDEN


@pytest.mark.parametrize(
    "rules",
    [
        ".collapse:not(.show){display:none}",  # a state a script changes: the panel opened
        ".menu li:hover > .sub-menu{display:none}",
        ".ftr-row span:first-child{display:none}",
        ".info hr.sep + p:hover{display:none}",
        ".ftr-row{@media (max-width:767px){& span{display:none}}}",  # on phones only
    ],
)
def test_spam_a_structural_rule_does_not_hide_stays_visible(rules: str) -> None:
    html = f'<div class="ftr-row"><span>Mitra</span><span class="collapse">{SPAM}</span></div>'
    assert where(linked(rules, html)) == VISIBLE


def test_spam_in_a_sheets_colour_on_the_background_the_same_rule_gives_is_hidden() -> None:
    rules = ".x-lnk{color:#fff;background-color:#fff}.y-lnk{color:white;background:#FFFFFF}"
    assert where(linked(rules, f'<p class="x-lnk">{SPAM}</p>')) == HIDDEN
    assert where(linked(rules, f'<p class="y-lnk">{SPAM}</p>')) == HIDDEN


@pytest.mark.parametrize(
    "rules",
    [
        ".x-lnk{color:#fff;background:#0a6e3d}",  # a theme's button
        ".x-lnk{color:#fff;background:#fff url(/img/hero.jpg) center/cover}",  # text over a photo
        ".x-lnk{color:#fff;background:rgba(255,255,255,.2)}",  # over what lies behind, seen through
        ".x-lnk{color:#fff;background-color:#fff;text-shadow:0 1px 2px #000}",
    ],
)
def test_spam_in_a_sheets_colour_on_another_background_stays_visible(rules: str) -> None:
    assert where(linked(rules, f'<p class="x-lnk">{SPAM}</p>')) == VISIBLE
