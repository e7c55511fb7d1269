"""Fresh department sites the checker no longer judges stale, through a whole check against a real HTTP server on
127.0.0.1 (session 31, the red team's second round): a Drupal site whose vendor prints "04/12/2026 - 09:15" day
first, in the first twelve days of a month as on any other; a WordPress page whose news is undated under a
"Terpopuler" sidebar of older posts' month permalinks; a sticky "Sambutan Kepala Dinas" of months ago above undated
news, served with a fresh ``Last-Modified``. Beside each, the stale site that stays ``tidak_update``.

The checker runs on the real clock: every date is counted back from now in Bekasi (WIB).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from checker_servers import FakeSite, Reply, checked, served_yesterday
from vendor_pages import News, Site, department_page, tanggal

WIB = timedelta(hours=7)
DRUPAL = "Drupal 10 (https://www.drupal.org)"
HEADLINES = [
    "Wali Kota Bekasi Tinjau Pelaksanaan Pasar Murah di Kecamatan Bekasi Timur",
    "Sosialisasi Perizinan Berusaha Berbasis Risiko bagi Pelaku UMKM",
    "Dinas Gelar Rapat Koordinasi Penanganan Banjir Musim Penghujan",
    "Pelayanan Administrasi Kependudukan Jemput Bola di Kelurahan Harapan Jaya",
]


def _ago(days: int) -> datetime:
    return datetime.now(UTC) + WIB - timedelta(days=days)


def _drupal_list(days: list[int], stamp: str) -> str:
    news = [News(_ago(n).strftime(stamp), HEADLINES[i % 4], f"node/{300 - i}") for i, n in enumerate(days)]
    return department_page(Site(news=news, generator=DRUPAL))


def test_a_drupal_vendors_day_first_stamps_date_a_fresh_site() -> None:
    for stamp in ("%d/%m/%Y - %H:%M", "%m/%d/%Y - %H:%M"):  # the vendor's and Drupal's own
        with FakeSite() as site:
            site.route("*", "/", Reply(200, _drupal_list([1, 2, 4], stamp)))
            fresh = checked(site)
        assert (fresh.content.result, fresh.content.evidence) == ("update", "page_date"), stamp
        with FakeSite() as site:
            site.route("*", "/", Reply(200, _drupal_list([130, 131, 135], stamp)))
            assert checked(site).content.result == "tidak_update", stamp


POPULAR = (
    '<aside class="sidebar"><div class="widget"><h3>Terpopuler</h3><ul>'
    '<li><a href="/2026/05/penyerahan-bantuan-alat-tangkap/">Penyerahan Bantuan Alat Tangkap</a></li>'
    '<li><a href="/2026/03/pelatihan-digital-marketing/">Pelatihan Digital Marketing untuk UMKM</a></li>'
    '<li><a href="/2026/02/monitoring-kampung-tangguh/">Monitoring Kampung Tangguh Bencana</a></li>'
    "</ul></div></aside>"
)


def test_a_popular_sidebars_old_month_links_do_not_date_an_undated_news_list() -> None:
    news = [News("", h, f"berita/{h.lower().replace(' ', '-')[:40]}") for h in HEADLINES]
    with FakeSite() as site:
        fresh = served_yesterday(site, department_page(Site(news=news, main_extra=POPULAR)))
    assert (fresh.content.result, fresh.content.evidence) == ("update", "last_modified")
    # Its own news in such addresses still dates it.
    own = [News("", h, f"2026/0{i + 2}/{h.lower().replace(' ', '-')[:40]}") for i, h in enumerate(HEADLINES)]
    with FakeSite() as site:
        assert served_yesterday(site, department_page(Site(news=own))).content.result == "tidak_update"


def _sambutan(days: int) -> str:
    sticky = (
        '<article class="post type-post sticky"><h2 class="entry-title"><a href="/sambutan-kepala-dinas/">Sambutan '
        'Kepala Dinas Kesehatan Kota Bekasi</a></h2><div class="entry-meta"><span class="posted-on">'
        f"{tanggal(_ago(days))}</span></div><p>Assalamualaikum warahmatullahi wabarakatuh. Selamat datang di website "
        "resmi Dinas Kesehatan Kota Bekasi.</p></article>"
    )
    news = [News("", h, f"berita/berita-{i}") for i, h in enumerate(HEADLINES)]
    return department_page(Site(news=news, main_extra=sticky))


def test_a_sticky_welcome_of_months_ago_above_undated_news_does_not_belie_the_header() -> None:
    with FakeSite() as site:
        fresh = served_yesterday(site, _sambutan(95))
    assert (fresh.content.result, fresh.content.evidence) == ("update", "last_modified")
    # Without the header, the welcome's is the page's only date.
    with FakeSite() as site:
        site.route("*", "/", Reply(200, _sambutan(95)))
        assert checked(site).content.result == "tidak_update"
