"""Fresh sites no longer judged stale (session 31, the red team's second round): a Drupal list's stamps
"04/12/2026 - 09:15" read the way they keep together (a d/m vendor's days of December, not 12 April), a lone one of a
Drupal page dating nothing; a "Terpopuler" sidebar's month permalinks, which are no post of the page's list; a sticky
"Sambutan Kepala Dinas" of months ago above undated news, which does not belie the header; a month of the posts'
addresses across the limit, which belies no header either; and a duty rota from today, whose first row is no post.
Beside each, the reading that stays: a stale m/d list, the page's own month links, a page of one post, a month ended
before the limit, an agenda's day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import freshness
from pantau_checker.core.page import parse_page

# Friday 4 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)
CACHED = "Fri, 04 Dec 2026 02:00:00 GMT"  # a page cache's copy, written an hour before the check
HOST = "disdik.bekasikota.go.id"
WORDPRESS = '<meta name="generator" content="WordPress 6.6.2">'
DRUPAL = '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
HEADLINES = [
    "Wali Kota Bekasi Tinjau Pelaksanaan Pasar Murah di Kecamatan Bekasi Timur",
    "Sosialisasi Perizinan Berusaha Berbasis Risiko bagi Pelaku UMKM",
    "Dinas Gelar Rapat Koordinasi Penanganan Banjir Musim Penghujan",
    "Pelayanan Administrasi Kependudukan Jemput Bola di Kelurahan Harapan Jaya",
]


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def html(inner: str, head: str = WORDPRESS, aside: str = "") -> str:
    return (
        f'<!doctype html><html lang="id"><head><title>Dinas Pendidikan Kota Bekasi</title>{head}</head><body>'
        '<header class="site-header"><nav><a href="/">Beranda</a> <a href="/profil/">Profil</a> '
        '<a href="/berita/">Berita</a> <a href="/kontak/">Kontak</a></nav></header>'
        f'<main class="container"><div class="content">{inner}</div>{aside}</main>'
        '<footer class="site-footer"><p>Jl. Ir. H. Juanda No. 100, Kota Bekasi. &copy; 2026 Disdik Kota Bekasi</p>'
        "</footer></body></html>"
    )


def page_of(document: str) -> freshness.Page:
    return parse_page(document, f"https://{HOST}/")


def evidence(document: str, last_modified: str | None = None) -> dict[str, datetime]:
    return {e.signal: e.when for e in freshness.page_evidence(page_of(document), NOW, last_modified, HOST)}


def decided(document: str, last_modified: str | None = None) -> str:
    found = freshness.page_evidence(page_of(document), NOW, last_modified, HOST)
    return freshness.decide(found, NOW, 30).result


# --- a Drupal list's stamps, read the way they keep together ------------------------------------------------------


def drupal(stamps: list[str], head: str = DRUPAL) -> str:
    rows = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/node/{300 - i}" hreflang="id">{HEADLINES[i % 4]}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">{stamp}</span></div></div>'
        for i, stamp in enumerate(stamps)
    )
    return html(
        f'<h2>Berita Terbaru</h2><div class="view view-berita"><div class="view-content">{rows}</div></div>', head
    )


def page_dates(document: str) -> list[datetime]:
    return sorted(freshness.page_dates(page_of(document), NOW))


@pytest.mark.parametrize("head", [DRUPAL, ""])
def test_a_drupal_lists_stamps_are_read_the_way_they_keep_together(head: str) -> None:
    # A d/m vendor's stamps: 3, 2 and 1 December, not 12 March, 12 February and 12 January.
    dmy = ["03/12/2026 - 09:15", "02/12/2026 - 14:30", "01/12/2026 - 08:00"]
    assert page_dates(drupal(dmy, head)) == [day(12, 1), day(12, 2), day(12, 3)]
    # Drupal's own m/d: 3, 2 and 1 December too, not 12 March, 12 February and 12 January.
    mdy = ["12/03/2026 - 09:15", "12/02/2026 - 14:30", "12/01/2026 - 08:00"]
    assert page_dates(drupal(mdy, head)) == [day(12, 1), day(12, 2), day(12, 3)]
    # A stale m/d list: 12 and 3 April, not 4 December and 4 March.
    assert page_dates(drupal(["04/12/2026 - 09:15", "04/03/2026 - 10:00"], head)) == [day(4, 3), day(4, 12)]


def test_a_lone_stamp_that_may_be_read_either_way_dates_no_drupal_page() -> None:
    assert page_dates(drupal(["03/12/2026 - 09:15"])) == []
    # Without Drupal's generator it is read day first, as Indonesian pages write; a day past the twelfth settles it.
    assert page_dates(drupal(["03/12/2026 - 09:15"], head="")) == [day(12, 3)]
    assert page_dates(drupal(["11/28/2026 - 09:15"])) == [day(11, 28)]


# --- month permalinks: the page's list, not a sidebar's -----------------------------------------------------------


def _slug(headline: str) -> str:
    return headline.lower().replace(" ", "-")[:40]


def slug_posts(prefix: str) -> str:
    return "".join(
        f'<article class="post type-post"><h2 class="entry-title"><a href="{prefix}{i}-{_slug(h)}/">'
        f'{h}</a></h2><div class="entry-summary"><p>Kegiatan ini dihadiri kepala dinas beserta jajaran, camat dan '
        "lurah.</p></div></article>"
        for i, h in enumerate(HEADLINES)
    )


POPULAR = (
    '<aside class="sidebar"><div class="widget widget_popular"><h3>Terpopuler</h3><ul>'
    '<li><a href="/2026/05/penyerahan-bantuan-alat-tangkap/">Penyerahan Bantuan Alat Tangkap</a></li>'
    '<li><a href="/2026/03/pelatihan-digital-marketing/">Pelatihan Digital Marketing untuk UMKM</a></li>'
    '<li><a href="/2026/02/monitoring-kampung-tangguh/">Monitoring Kampung Tangguh Bencana</a></li>'
    "</ul></div></aside>"
)


def test_a_popular_sidebars_month_permalinks_do_not_date_the_pages_undated_list() -> None:
    page = html(slug_posts("/berita/"), aside=POPULAR)
    assert freshness.month_permalinks(page_of(page), HOST) == []
    assert decided(page, CACHED) == "update"
    assert decided(page) == "tidak_diketahui"
    # The page's own list in such addresses still dates it, the sidebar or not.
    own = html(slug_posts("/2026/05/"), aside=POPULAR)
    assert freshness.month_permalinks(page_of(own), HOST) == [day(5, 1)] * 4
    assert decided(own) == decided(own, CACHED) == "tidak_update"


# --- one dated post among undated ones -----------------------------------------------------------------------------


STICKY = (
    '<article class="post type-post sticky"><h2 class="entry-title"><a href="/sambutan-kepala-dinas/">Sambutan Kepala '
    'Dinas Pendidikan Kota Bekasi</a></h2><div class="entry-meta"><span class="posted-on">1 September 2026</span>'
    "</div><p>Assalamualaikum warahmatullahi wabarakatuh. Selamat datang di website resmi Dinas Pendidikan.</p>"
    "</article>"
)
UNDATED_NEWS = (
    '<section class="berita-terbaru"><h3>Berita Terbaru</h3>'
    + "".join(
        f'<div class="item"><img src="/wp-content/uploads/berita-{i}.jpg" alt=""><h4><a href="/berita/berita-{i}/">{h}'
        "</a></h4></div>"
        for i, h in enumerate(HEADLINES)
    )
    + "</section>"
)


def test_a_sticky_post_of_months_ago_above_undated_news_does_not_belie_the_header() -> None:
    page = html(STICKY + UNDATED_NEWS)
    assert evidence(page, CACHED)["last_modified"] == datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
    assert decided(page, CACHED) == "update"
    # Alone on a page a CMS renders, the post still belies the header; so do two of them above the same list.
    assert evidence(html(STICKY), CACHED) == {"page_date": day(9, 1)}
    second = STICKY.replace("1 September 2026", "20 Agustus 2026").replace("sambutan-kepala-dinas", "maklumat")
    assert evidence(html(STICKY + second + UNDATED_NEWS), CACHED) == {"page_date": day(9, 1)}


# --- a month of the posts' addresses across the limit ----------------------------------------------------------


def test_a_month_across_the_limit_belies_no_header() -> None:
    november = html(slug_posts("/2026/11/"))
    assert decided(november, CACHED) == "update"
    assert decided(november) == "tidak_diketahui"
    # A month ended before the limit still does: the posts are older than it.
    october = html(slug_posts("/2026/10/"))
    assert decided(october, CACHED) == decided(october) == "tidak_update"


# --- a schedule by day from today ------------------------------------------------------------------------------


def test_a_duty_rota_from_today_is_no_post_of_today() -> None:
    rota = [day(12, 4), day(12, 5), day(12, 6), day(12, 7), day(12, 8), day(12, 9), day(12, 10)]
    found = freshness.page_date_evidence([*rota, day(8, 7), day(7, 8)], NOW)
    assert found is not None and found.when == day(8, 7)
    # Today's post beside an agenda's day next week still dates the page.
    found = freshness.page_date_evidence([day(12, 4), day(12, 10), day(8, 7)], NOW)
    assert found is not None and found.when == day(12, 4)
