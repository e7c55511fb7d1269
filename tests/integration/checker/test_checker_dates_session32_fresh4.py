"""Posts titled "… Hari Ini" in a custom theme and an app's incident news, narrowed after a third red team
(session 32), through a whole check against a real HTTP server on 127.0.0.1.

- A custom theme's post of today titled "Layanan Uji KIR Hari Ini" under an unlinked ``<h3>``, its date beside an
  icon, links its own page by a button ("Lanjutkan membaca", "Read more", "Baca", "Detail") to
  "/berita/detail/…": it is a post and dates the page. A box of the day linking its section ("/agenda/", "Lihat
  semua agenda") stays a box over a stale list.
- A Nuxt 3 app's news items with a slug and an incident's place ("lokasi", "tempat_kejadian") or their time under
  "waktu" are posts; an agenda's items with a place and no slug stay none.

The pages are served without ``Last-Modified``; every date is counted back from now.
"""

from __future__ import annotations

import pytest
from test_checker_app_data_session32_fresh import nuxt3_shell
from test_checker_dates_session28 import HEADLINES
from test_checker_dates_session31 import ago, result
from vendor_pages import Site, department_page, news_since, tanggal

STALE_NEWS = [45, 60, 75, 90, 120]


def _custom_post(title: str, button: str, href: str = "/berita/detail/8812") -> str:
    return (
        f'<article class="berita-item"><h3 class="judul">{title}</h3><div class="info"><i class="fa fa-calendar">'
        f'</i> {tanggal(ago(0), with_weekday=True)} &nbsp; <i class="fa fa-user"></i> Humas</div>'
        "<p>Petugas Dinas Perhubungan Kota Bekasi melayani pemilik kendaraan angkutan barang di UPTD PKB "
        "Bantargebang hingga pukul 12.00 WIB.</p>"
        f'<a href="{href}" class="btn btn-primary btn-sm">{button}</a></article>'
    )


@pytest.mark.parametrize(
    ("button", "href"),
    [
        ("Lanjutkan membaca", "/berita/detail/8812"),
        ("Read more", "/berita/2026/12/uji-kir"),
        ("Baca Berita", "/post/uji-kir-sabtu"),
        ("Detail", "/berita/detail/8812"),
        ("Baca", "?p=8812"),
        ("Lihat", "index.php?id=8812"),
    ],
)
def test_a_custom_themes_post_of_today_titled_hari_ini_dates_the_page(button: str, href: str) -> None:
    post = _custom_post("Layanan Uji KIR Hari Ini", button, href)
    assert result(department_page(Site(news=news_since(STALE_NEWS), main_extra=post))) == "update"


@pytest.mark.parametrize("link", ['<a href="/agenda/">Lihat semua agenda</a>', '<a href="/agenda">Agenda lainnya</a>'])
def test_a_box_of_the_day_linking_its_section_leaves_a_stale_list_stale(link: str) -> None:
    box = (
        f'<article class="agenda-box"><h3>Agenda Hari Ini</h3><p>{tanggal(ago(0))}</p>'
        "<ul><li>08.00 WIB Apel pagi gabungan</li><li>10.00 WIB Rapat evaluasi Terminal Induk</li></ul>"
        f"{link}</article>"
    )
    assert result(department_page(Site(news=news_since(STALE_NEWS), main_extra=box))) == "tidak_update"


def _news(days: tuple[int, ...], date_key: str, **more: str) -> list[dict[str, object]]:
    return [
        {"id": 212 - i, "judul": title, "slug": f"berita-{212 - i}", date_key: f"{ago(d):%Y-%m-%d %H:%M:%S}", **more}
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
    ]


FRESH = (1, 3, 5, 8)
INCIDENT_NEWS = {
    "lokasi": _news(FRESH, "tanggal", lokasi="Bekasi Timur"),
    "tempat_kejadian": _news(FRESH, "tanggal_publish", tempat_kejadian="Flyover Summarecon"),
    "waktu": _news(FRESH, "waktu"),
}


@pytest.mark.parametrize("posts", INCIDENT_NEWS.values(), ids=INCIDENT_NEWS.keys())
def test_a_nuxt3_apps_fresh_news_with_a_place_or_a_time_dates_it(posts: list[dict[str, object]]) -> None:
    assert result(nuxt3_shell(posts)) == "update"


def test_a_nuxt3_apps_agenda_with_places_and_no_slug_dates_nothing() -> None:
    agenda = [
        {"id": i, "judul": t, "tanggal": f"{ago(-3 * i):%Y-%m-%d}", "lokasi": "Aula", "waktu": "09.00 WIB"}
        for i, t in enumerate(HEADLINES[:3], start=1)
    ]
    assert result(nuxt3_shell(agenda)) == "tidak_diketahui"
