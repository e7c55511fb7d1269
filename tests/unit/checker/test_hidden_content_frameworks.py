"""Spam hidden by a CSS framework's own class, whose stylesheet a CDN serves: Bootstrap's ``d-none``,
``sr-only`` and ``visually-hidden``, WordPress themes' ``screen-reader-text``, Tailwind's ``hidden``,
Bulma's ``is-hidden``; and by a dialog never opened or a disclosure closed.

The checker does not read a stylesheet of another host, so it knew these classes hide nothing: the
spam was found, but as visible (tinggi) where every visitor's browser hides it (kritis). The
look-alikes: the same classes where another shows the part at some width or on focus
(``d-none d-lg-block``, ``hidden md:flex``, ``visually-hidden-focusable``), a wrapper a script shows
once the page is loaded, and a department page's own labels for screen readers and menus for phones,
which hide nothing of note and keep their dates.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pantau_checker.core import freshness
from pantau_checker.core.checks import defacement
from pantau_checker.core.page import Page, parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page, news_since

URL = "https://disdik.bekasikota.go.id/"
SPAM = "Situs Slot Gacor Hari Ini, bandar togel terpercaya, maxwin"
HIDDEN = {"hidden": "kritis"}
VISIBLE = {"visible": "tinggi"}
# The theme's framework from a CDN, as most department themes link it.
CDN = (
    '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" '
    'integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">'
)
TAILWIND = '<script src="https://cdn.tailwindcss.com"></script>'


def page(html: str, head: str = CDN, where: str = "body_end") -> Page:
    return parse_page(department_page(Site(head=head, **{where: html})), URL)


def findings(found: Page) -> dict[str | None, str]:
    return {f.location: f.severity for f in defacement.scan(found) if f.code == "judi_online"}


def links_to(text: str, host: str = "rajawin88.example") -> str:
    return f'<a href="https://{host}/">{text}</a>'


HIDDEN_BY_A_FRAMEWORK = {
    "bootstrap-d-none-footer-links": (
        CDN,
        '<div class="d-none">' + " ".join(links_to(f"{SPAM} {n}", f"link{n}.example") for n in range(3)) + "</div>",
    ),
    "bootstrap-d-none-d-print-block": (CDN, f'<p class="d-none d-print-block">{SPAM}</p>'),
    "bootstrap-sr-only-in-a-link": (CDN, links_to(f'<span class="sr-only">{SPAM}</span>')),
    "bootstrap5-visually-hidden": (CDN, f'<div class="visually-hidden">{SPAM}</div>'),
    "bootstrap3-hidden": (CDN, f'<div class="hidden">{links_to(SPAM)}</div>'),
    "bootstrap-invisible": (CDN, f'<div class="container invisible"><p>{SPAM}</p></div>'),
    "wordpress-screen-reader-text": ("", f'<span class="screen-reader-text">{SPAM}</span>'),
    "tailwind-hidden": (TAILWIND, f'<div class="hidden text-xs">{links_to(SPAM)}</div>'),
    "tailwind-sr-only-capitals": (TAILWIND, f'<div class="SR-ONLY">{SPAM}</div>'),
    "bulma-is-hidden": ("", f'<div class="is-hidden">{SPAM}</div>'),
    "uikit-hidden": ("", f'<div class="uk-hidden">{SPAM}</div>'),
    "a-dialog-never-opened": ("", f"<dialog><p>{SPAM}</p>{links_to('Daftar')}</dialog>"),
    "a-closed-disclosure": ("", f"<details><summary>Mitra</summary>{links_to(SPAM)}</details>"),
}


@pytest.mark.parametrize(("head", "html"), HIDDEN_BY_A_FRAMEWORK.values(), ids=HIDDEN_BY_A_FRAMEWORK.keys())
def test_spam_under_a_frameworks_hiding_class_is_hidden(head: str, html: str) -> None:
    assert findings(page(html, head)) == HIDDEN


SHOWN_SOMEWHERE = {
    "bootstrap-shown-on-wide-screens": (CDN, f'<div class="d-none d-lg-block">{SPAM}</div>'),
    "bootstrap-shown-as-flex-on-tablets": (CDN, f'<div class="d-none d-md-flex">{SPAM}</div>'),
    "bootstrap-focusable-skip-link": (CDN, f'<a class="visually-hidden-focusable" href="#isi">{SPAM}</a>'),
    "tailwind-menu-for-wide-screens": (TAILWIND, f'<nav class="hidden md:flex gap-4">{links_to(SPAM)}</nav>'),
    "tailwind-label-shown-on-focus": (TAILWIND, f'<a class="sr-only focus:not-sr-only" href="#isi">{SPAM}</a>'),
    "an-open-disclosure": ("", f"<details open><summary>Mitra</summary>{links_to(SPAM)}</details>"),
}


@pytest.mark.parametrize(("head", "html"), SHOWN_SOMEWHERE.values(), ids=SHOWN_SOMEWHERE.keys())
def test_spam_that_another_class_shows_somewhere_stays_visible(head: str, html: str) -> None:
    found = findings(page(html, head))
    assert "hidden" not in found
    assert found["visible"] == "tinggi"  # and its links, as links after the footer


def test_a_wrapper_a_script_shows_once_loaded_is_not_hidden_with_the_content_in_it() -> None:
    # A theme's preloader hides the whole page until its script has run: the content stays visible.
    html = department_page(Site(head=CDN, main_extra=f"<p>{SPAM}</p>"))
    start = html.index("<main")
    wrapped = html[:start] + '<div id="page-wrapper" class="d-none">' + html[start:].replace("</body>", "</div></body>")
    assert findings(parse_page(wrapped, URL)) == VISIBLE


DEPARTMENT_LABELS = (
    '<nav class="navbar navbar-expand-lg"><button class="navbar-toggler"><span class="visually-hidden">Buka menu'
    '</span></button><ul class="d-none d-lg-flex navbar-nav"><li><a href="/profil/">Profil</a></li>'
    '<li><a href="/ppdb/">PPDB 2026</a></li></ul><ul class="d-lg-none"><li><a href="/profil/">Profil</a></li></ul>'
    "</nav>"
    '<form class="search" action="/"><label class="sr-only" for="s">Cari berita</label><input id="s" name="s">'
    "</form>"
    '<div class="d-none" id="template-kuota"><table><tr><td>Sisa slot jalur zonasi</td><td>120</td></tr></table>'
    "</div>"
    '<a class="screen-reader-text skip-link" href="#content">Langsung ke konten</a>'
    '<dialog id="pengumuman"><h2>Pengumuman PPDB</h2><p>Pendaftaran jalur afirmasi dibuka 1 Desember.</p></dialog>'
)


def test_a_department_pages_own_hidden_labels_menus_and_tables_are_no_finding() -> None:
    found = page(DEPARTMENT_LABELS, where="main_extra")
    assert defacement.scan(found) == ()
    assert "Cari berita" in " ".join(found.hidden_texts)


def test_news_listed_for_wide_screens_only_still_dates_the_page() -> None:
    # The theme lists the news twice: in a grid for wide screens, and in a plain list for phones.
    now = datetime.now(UTC)  # the page and the reading share one moment
    recent = news_since([2, 5, 9], now=now)
    grid = "".join(
        f'<div class="col"><h3>{n.headline}</h3><span class="post-date">{n.when}</span></div>' for n in recent
    )
    site = Site(
        head=CDN, news=news_since([300, 320], now=now), main_extra=f'<div class="d-none d-md-block row">{grid}</div>'
    )
    found = parse_page(department_page(site), URL)
    newest = max(e.when for e in freshness.page_evidence(found, now))
    assert (now - newest).days <= 3
    hidden_only = Site(
        head=CDN, news=news_since([300, 320], now=now), main_extra=f'<div class="d-none row">{grid}</div>'
    )
    # Hidden news is still the department's news, written by it: its dates are kept, as those of a tab.
    newest = max(e.when for e in freshness.page_evidence(parse_page(department_page(hidden_only), URL), now))
    assert (now - newest).days <= 3
