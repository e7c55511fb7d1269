"""The cloaking checks against what SEO cloakers change for Googlebot and phones that spells no word of gambling:
a meta description made a brand's, a paragraph of brand links among the news, a phones' redirect whose address
is made of numbers; beside the views that differ for no attacker (a translation, a mobile theme's tagline and
buttons, a partner banner that picks its partners anew on each request).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import CHECKS, Observed, judge_all, switched
from pantau_checker.core.page import Page, parse_page
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from cloaked_pages import department, english, mobile_theme
from cloaked_pages_s23 import (
    BRAND,
    BRAND_DESCRIPTION,
    MOBILE_BUTTONS,
    OWN_DESCRIPTION,
    SHARE_BAR,
    VENDOR_SCRIPTS,
    backlinks_paragraph,
    open_graph,
    partner_banner,
    phones_redirect,
    search_visitors_redirect,
    with_backlinks_in_the_news,
    with_description,
)

URL = "https://dinkes.bekasikota.go.id/"
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=URL)
REDESCRIBED = "hanya untuk Googlebot: deskripsi halaman bagi mesin pencari diganti menjadi "


def judged(page: Page, googlebot: Page | None = None, mobile: Page | None = None) -> list[Finding]:
    seen = Observed(APP, page=page, googlebot_page=googlebot, mobile_page=mobile)
    return [f for f in judge_all(switched(CHECKS), seen) if f.category == "keamanan"]


def parsed(html: str) -> Page:
    return parse_page(html, URL)


# --- a description for Googlebot alone ----------------------------------------------------------------


def test_a_brands_description_for_googlebot_on_the_departments_page_is_cloaking() -> None:
    page = department()
    [cloaking] = judged(parsed(page), googlebot=parsed(with_description(page, BRAND_DESCRIPTION)))
    assert (cloaking.code, cloaking.severity, cloaking.location) == ("cloaking_googlebot", "kritis", "googlebot")
    assert cloaking.evidence == f"{REDESCRIBED}\u201c{BRAND_DESCRIPTION}\u201d"


def test_a_brands_open_graph_description_for_googlebot_is_cloaking() -> None:
    page = department(head=open_graph())
    for_googlebot = department(head=open_graph("PANDAWA77 Situs Resmi Terpercaya Nomor Satu 2026"))
    [cloaking] = judged(parsed(page), googlebot=parsed(for_googlebot))
    assert cloaking.code == "cloaking_googlebot"
    assert "PANDAWA77 Situs Resmi Terpercaya Nomor Satu 2026" in cloaking.evidence


def test_a_brands_description_added_for_phones_where_the_page_has_none_is_mobile_cloaking() -> None:
    meta = f'<meta name="description" content="{OWN_DESCRIPTION}">'
    page = department().replace(meta, "")
    for_phones = department(news=4).replace(OWN_DESCRIPTION, BRAND_DESCRIPTION)
    [cloaking] = judged(parsed(page), mobile=parsed(for_phones))
    assert cloaking.code == "cloaking_seluler" and BRAND_DESCRIPTION in cloaking.evidence


@pytest.mark.parametrize(
    "description",
    [
        # The department's own, reworded by its SEO plugin for another view.
        "Dinas Kesehatan Kota Bekasi: layanan puskesmas, imunisasi dan pengaduan masyarakat.",
        # A theme's tagline, for phones.
        "Melayani dengan Sepenuh Hati",
        # Words of its own page: its news.
        "Berita terkini seputar layanan kesehatan dan jadwal vaksinasi.",
    ],
)
def test_another_description_of_the_departments_own_words_is_no_cloaking(description: str) -> None:
    page = department()
    view = parsed(with_description(department(news=4), description))
    assert judged(parsed(page), googlebot=view, mobile=view) == []


def test_a_mobile_themes_tagline_added_where_the_page_has_no_description_is_no_cloaking() -> None:
    meta = f'<meta name="description" content="{OWN_DESCRIPTION}">'
    page = department().replace(meta, "")
    for_phones = with_description(mobile_theme(), "Just another WordPress site")
    assert judged(parsed(page), mobile=parsed(for_phones)) == []


def test_the_english_version_for_a_client_taken_for_foreign_is_no_cloaking() -> None:
    page = department()
    translated = with_description(english(80), "Official website of the Health Office, serving with all our heart.")
    assert judged(parsed(page), googlebot=parsed(translated)) == []


def test_the_same_brands_description_for_every_view_is_no_cloaking() -> None:
    page = with_description(department(), BRAND_DESCRIPTION)
    view = parsed(with_description(department(news=4), BRAND_DESCRIPTION))
    codes = {f.code for f in judged(parsed(page), googlebot=view, mobile=view)}
    assert not codes & {"cloaking_googlebot", "cloaking_seluler"}


# --- brand links among the news -----------------------------------------------------------------------


def test_brand_links_among_the_news_for_googlebot_are_cloaking() -> None:
    [cloaking] = judged(parsed(department()), googlebot=parsed(with_backlinks_in_the_news()))
    assert cloaking.code == "cloaking_googlebot"
    # The brands' names are a list of gambling brands' (``term_scan``): told first, as the words they spell.
    assert cloaking.evidence.startswith("hanya untuk Googlebot: cemara88, langit777, merpati55, pandawa77: ")


def test_brand_links_in_the_sidebar_for_phones_on_fewer_news_are_mobile_cloaking() -> None:
    sidebar = department(news=3).replace('<section class="widget"><h3>Agenda</h3>', backlinks_paragraph(), 1)
    [cloaking] = judged(parsed(department()), mobile=parsed(sidebar))
    assert cloaking.code == "cloaking_seluler" and "pandawa77" in cloaking.evidence


def test_the_same_brand_links_for_every_view_are_no_cloaking() -> None:
    page = parsed(with_backlinks_in_the_news())
    view = parsed(with_backlinks_in_the_news(news=4))
    codes = {f.code for f in judged(page, googlebot=view, mobile=view)}
    assert not codes & {"cloaking_googlebot", "cloaking_seluler"}


@pytest.mark.parametrize("seed", range(8))
def test_a_partner_banner_that_picks_its_partners_anew_on_each_request_is_no_cloaking(seed: int) -> None:
    chosen = random.Random(seed)

    def with_banner() -> Page:
        return parsed(department(main_extra=partner_banner(chosen)))

    assert judged(with_banner(), googlebot=with_banner(), mobile=with_banner()) == []


def test_a_mobile_themes_store_and_chat_buttons_and_share_bar_are_no_cloaking() -> None:
    for_phones = parsed(department(news=3, body_top=MOBILE_BUTTONS, main_extra=SHARE_BAR))
    assert judged(parsed(department()), mobile=for_phones) == []


# --- a redirect for phones and search visitors, its address made of numbers --------------------------


def test_a_redirect_for_phones_made_of_char_codes_only_in_the_phones_view_is_mobile_cloaking() -> None:
    for_phones = parsed(department(news=4, body_end=phones_redirect()))
    [cloaking] = judged(parsed(department()), mobile=for_phones)
    assert cloaking.code == "cloaking_seluler"
    assert cloaking.evidence == (
        "hanya untuk ponsel Android dari pencarian Google: "
        f"skrip halaman mengalihkan pengunjung (hanya pengunjung ponsel) ke "
        f"{BRAND}"
    )


def test_a_redirect_for_search_visitors_made_of_shifted_char_codes_for_everyone_is_a_hijack() -> None:
    page = parsed(department(body_end=search_visitors_redirect()))
    [hijack] = judged(page, googlebot=page, mobile=page)
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "script")
    assert hijack.evidence == (
        f"skrip halaman mengalihkan pengunjung (hanya mesin pencari dan pengunjung dari mesin pencari) ke {BRAND}"
    )


def test_the_vendors_own_scripts_are_no_finding_in_any_view() -> None:
    page = parsed(department(body_end="".join(VENDOR_SCRIPTS)))
    view = parsed(department(news=4, body_end="".join(VENDOR_SCRIPTS)))
    assert judged(page, googlebot=view, mobile=view) == []
