"""The cloaking checks against injections as they behave on government sites: a site hacked twice over
(a spam block every visitor gets, and a title of gambling words for Googlebot alone), beside the pages
that differ by view for no attacker (the site's stylesheet hiding the same spam, a mobile theme).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from integration.checker.vendor_pages import Site, department_page, news_since

from pantau_checker.core.checks import CHECKS, Observed, judge_all, switched
from pantau_checker.core.css import hiding_rules
from pantau_checker.core.page import Page, parse_page, with_refresh_header
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

URL = "https://dinkes.bekasikota.go.id/"
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=URL)
NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
# The backlink block every visitor gets, which the site's stylesheet (or its own style) pushes off screen.
SPAM_BLOCK = (
    '<div class="mitra-seo"><a href="https://situs-toto88.example/">situs toto</a> '
    '<a href="https://rtp.example/rtp-live">RTP live slot gacor hari ini</a></div>'
)
HIDDEN_BLOCK = SPAM_BLOCK.replace('class="mitra-seo"', 'style="position:absolute;left:-9999px"')
SHEET = hiding_rules(".mitra-seo { position: absolute; left: -10000px }")
# What the cloaker's PHP prints for Googlebot in place of the department's title and description.
GAMBLING_TITLE = "SLOT GACOR HARI INI \u26a1 Link Situs Slot88 Gampang Maxwin Terpercaya 2026"
GAMBLING_DESCRIPTION = "Daftar situs slot gacor terbaru, RTP live tertinggi, deposit pulsa tanpa potongan."
OWN_DESCRIPTION = 'content="Situs resmi Dinas Kesehatan Kota Bekasi, Pemerintah Kota Bekasi."'


def html(news: int = 6, **knobs: object) -> str:
    days = [1, 3, 6, 9, 14, 20, 27, 33][:news]
    return department_page(Site(news=news_since(days, now=NOW), clock=NOW, **knobs))  # type: ignore[arg-type]


def cloaked_head(page: str) -> str:
    """Return ``page`` with the title and description the cloaker prints for search engines."""
    own_title = "Dinas Kesehatan Kota Bekasi \u2013 Melayani dengan Sepenuh Hati"
    return page.replace(own_title, GAMBLING_TITLE).replace(OWN_DESCRIPTION, f'content="{GAMBLING_DESCRIPTION}"')


def judged(page: Page, googlebot: Page | None = None, mobile: Page | None = None) -> list[Finding]:
    seen = Observed(APP, page=page, googlebot_page=googlebot, mobile_page=mobile)
    return [f for f in judge_all(switched(CHECKS), seen) if f.category == "keamanan"]


def located(findings: list[Finding]) -> set[tuple[str, str | None]]:
    return {(f.code, f.location) for f in findings}


def test_a_gambling_title_for_googlebot_on_a_page_with_spam_for_everyone_is_cloaking_too() -> None:
    page = parse_page(html(main_extra=HIDDEN_BLOCK), URL)
    for_googlebot = parse_page(cloaked_head(html(main_extra=HIDDEN_BLOCK)), URL)
    found = judged(page, googlebot=for_googlebot)
    assert located(found) == {("judi_online", "hidden"), ("cloaking_googlebot", "googlebot")}
    [cloaking] = [f for f in found if f.code == "cloaking_googlebot"]
    assert cloaking.severity == "kritis"
    assert cloaking.evidence.startswith("hanya untuk Googlebot: ") and GAMBLING_TITLE in cloaking.evidence
    assert "pulsa tanpa potongan" in cloaking.evidence  # the description too
    assert "situs toto" not in cloaking.evidence  # the block every visitor gets is not the view's own


def test_a_gambling_title_for_phones_on_a_page_with_spam_in_its_stylesheet_is_mobile_cloaking() -> None:
    # The view is parsed without the site's stylesheet: its copy of the block reads as visible.
    page = parse_page(html(main_extra=SPAM_BLOCK), URL, (SHEET,))
    for_phones = parse_page(cloaked_head(html(news=3, main_extra=SPAM_BLOCK)), URL)
    found = judged(page, mobile=for_phones)
    assert ("cloaking_seluler", "seluler") in located(found)
    [cloaking] = [f for f in found if f.code == "cloaking_seluler"]
    assert GAMBLING_TITLE in cloaking.evidence and "situs toto" not in cloaking.evidence


def test_spam_a_stylesheet_hides_read_visible_in_a_view_without_it_is_no_cloaking() -> None:
    page = parse_page(html(main_extra=SPAM_BLOCK), URL, (SHEET,))
    view = parse_page(html(main_extra=SPAM_BLOCK + "<p>Info: layanan daring MPP</p>"), URL)
    assert located(judged(page, googlebot=view, mobile=view)) == {("judi_online", "hidden")}


def test_a_mobile_theme_with_fewer_news_beside_spam_for_everyone_is_no_cloaking() -> None:
    page = parse_page(html(main_extra=HIDDEN_BLOCK), URL)
    mobile_theme = parse_page(html(news=2, main_extra=SPAM_BLOCK, body_top='<div class="wptouch-menu"></div>'), URL)
    assert located(judged(page, mobile=mobile_theme)) == {("judi_online", "hidden")}


def test_the_same_gambling_title_for_every_view_is_the_pages_finding_only() -> None:
    page = parse_page(cloaked_head(html(main_extra=HIDDEN_BLOCK)), URL)
    view = parse_page(cloaked_head(html(news=3, main_extra=SPAM_BLOCK)), URL)
    assert not {code for code, _ in located(judged(page, googlebot=view, mobile=view))} & {
        "cloaking_googlebot",
        "cloaking_seluler",
    }


# --- a refresh to a gambling page planted on the site itself ----------------------------------------
#
# Parasite pages are uploaded into the hacked site (its uploads folder, a query its CMS answers), and the
# home page refreshes to them: for Googlebot alone, or for everyone. The address is the site's own.

PLANTED = (
    "https://dinkes.bekasikota.go.id/wp-content/uploads/2024/05/slot-gacor-hari-ini/",
    "https://dinkes.bekasikota.go.id/?id=situs-toto-togel",
)
OWN_PAGES = (
    "https://dinkes.bekasikota.go.id/beranda/",
    "https://dinkes.bekasikota.go.id/layanan/jadwal-slot-vaksinasi/",
    "https://dinkes.bekasikota.go.id/berita/polisi-tangkap-bandar-togel-di-bekasi/",
    "https://dinkes.bekasikota.go.id/berita/bahaya-judi-online-bagi-remaja/",
)


def refreshing(address: str) -> str:
    return f'<meta http-equiv="refresh" content="0; url={address}">'


@pytest.mark.parametrize("address", PLANTED)
def test_a_refresh_for_googlebot_to_a_gambling_page_on_the_site_itself_is_cloaking(address: str) -> None:
    page = parse_page(html(), URL)
    for_googlebot = parse_page(html(head=refreshing(address)), URL)
    [cloaking] = judged(page, googlebot=for_googlebot)
    assert (cloaking.code, cloaking.severity) == ("cloaking_googlebot", "kritis")
    assert (
        cloaking.evidence
        == f"hanya untuk Googlebot: halaman mengalihkan pengunjung secara otomatis (meta refresh) ke {address}"
    )


def test_a_refresh_header_for_phones_to_a_gambling_page_on_the_site_itself_is_mobile_cloaking() -> None:
    page = parse_page(html(), URL)
    for_phones = with_refresh_header(parse_page(html(news=3), URL), "0; url=/slot88-gacor/", URL)
    [cloaking] = judged(page, mobile=for_phones)
    assert cloaking.code == "cloaking_seluler"
    assert cloaking.evidence.endswith("(header Refresh) ke https://dinkes.bekasikota.go.id/slot88-gacor/")


@pytest.mark.parametrize("address", PLANTED)
def test_a_refresh_for_everyone_to_a_gambling_page_on_the_site_itself_is_a_critical_hijack(address: str) -> None:
    page = parse_page(html(head=refreshing(address)), URL)
    [hijack] = judged(page, googlebot=page, mobile=page)
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "head")
    assert hijack.evidence == f"halaman mengalihkan pengunjung secara otomatis (meta refresh) ke {address}"


@pytest.mark.parametrize("address", OWN_PAGES)
def test_a_refresh_to_the_sites_own_page_is_no_finding_even_one_about_gambling(address: str) -> None:
    page = parse_page(html(head=refreshing(address)), URL)
    view = parse_page(html(news=3, head=refreshing(address)), URL)
    assert judged(page, googlebot=view, mobile=view) == []
    assert judged(parse_page(html(), URL), googlebot=view, mobile=view) == []
