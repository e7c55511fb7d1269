"""The thirteenth round's boxes of the day and Nuxt 3's lists, narrowed after a second red team (session 32), through
a whole check against a real HTTP server on 127.0.0.1.

- A post of today titled "… Hari Ini" ("Harga Cabai Hari Ini", Disperindag's daily "Harga Bahan Pokok Hari Ini")
  has a post's markup (its headline's link, its byline): it dates the page. A box of the day ("Agenda Hari Ini" in
  the sidebar or above the list) has none: its date is no post's, and it leaves the list's posts of today dating the
  page. A sticky box headed "Agenda Hari Ini (Sabtu)", "Agenda Hari Ini:" or "Jadwal Operasi Pasar Murah Hari Ini"
  over a stale list leaves it stale.
- A Nuxt 3 app's posts with a slug whose other keys hold an event's or a price's word ("jam_terbit",
  "tgl_mulai_tayang", "kategori_harga") are posts; so is a news list all of today whose items have a picture and a
  headline ({id, judul, gambar, tanggal}).

The pages are served without ``Last-Modified``; every date is counted back from now.
"""

from __future__ import annotations

import pytest
from test_checker_app_data_session32_fresh import nuxt3_shell
from test_checker_dates_session28 import HEADLINES
from test_checker_dates_session31 import ago, result
from vendor_pages import News, Site, department_page, news_since, tanggal

OLD_NEWS = [35, 48, 62, 80, 95]
STALE_NEWS = [45, 60, 75, 90, 120]


def _titled(title: str, old: list[int]) -> list[News]:
    today = News(tanggal(ago(0)), title, "harga-hari-ini-" + f"{ago(0):%Y%m%d}")
    return [today, *news_since(old)]


def _sidebar(box: str) -> str:
    return f'<aside class="sidebar widget-area"><div class="widget">{box}</div></aside>'


AGENDA_BOX = (
    f'<article class="agenda-box"><h3 class="widget-title">Agenda Hari Ini</h3><p>{tanggal(ago(0))}</p>'
    "<ul><li>09.00 WIB Rapat Koordinasi TPID</li><li>13.00 WIB Sidak Pasar Kranji</li></ul></article>"
)


@pytest.mark.parametrize("title", ["Harga Cabai Hari Ini", "Harga Bahan Pokok Hari Ini"])
def test_a_post_of_today_titled_hari_ini_dates_the_page(title: str) -> None:
    assert result(department_page(Site(news=_titled(title, OLD_NEWS)))) == "update"


@pytest.mark.parametrize("where", ["sidebar", "above the list"])
def test_a_box_of_the_day_leaves_the_lists_post_of_today_dating_the_page(where: str) -> None:
    site = (
        Site(news=news_since([0, *OLD_NEWS]), main_extra=_sidebar(AGENDA_BOX))
        if where == "sidebar"
        else Site(news=news_since([0, *OLD_NEWS]), body_top=f'<div class="container">{AGENDA_BOX}</div>')
    )
    assert result(department_page(site)) == "update"


@pytest.mark.parametrize(
    "head", ["Agenda Hari Ini (Sabtu)", "Agenda Hari Ini:", "Jadwal Operasi Pasar Murah Hari Ini", "Agenda Hari Ini"]
)
def test_a_sticky_box_of_the_day_over_a_stale_list_leaves_it_stale(head: str) -> None:
    box = (
        f'<article class="post sticky"><h3 class="entry-title">{head}</h3><div class="entry-meta">'
        f'<time datetime="{ago(0):%Y-%m-%dT06:00:00+07:00}">{tanggal(ago(0))}</time></div>'
        "<p>08.00 Pelayanan tera ulang di Pasar Baru; 10.00 Monitoring harga di Pasar Kranji.</p></article>"
    )
    page = department_page(Site(news=news_since(STALE_NEWS), main_extra=box))
    assert result(page) == "tidak_update"


def _posts(days: tuple[int, ...], date_key: str, **more: str) -> list[dict[str, object]]:
    return [
        {"id": 212 - i, "judul": title, "slug": f"berita-{212 - i}", date_key: f"{ago(d):%Y-%m-%d %H:%M:%S}", **more}
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
    ]


FRESH = (0, 1, 3, 5, 8)
POPULAR = {
    "$fPopuler": [
        {"id": 100 + i, "judul": t, "slug": f"b-{i}", "tanggal": f"{ago(d):%Y-%m-%d}"}
        for i, (d, t) in enumerate(zip((40, 55, 70), HEADLINES[5:], strict=False))
    ]
}
NUXT_POSTS = {
    "jam_terbit": _posts(FRESH, "tanggal_publish", jam_terbit="08:15"),
    "tgl_mulai_tayang": _posts(FRESH, "tgl_mulai_tayang"),
    "kategori_harga": _posts(FRESH, "tanggal", kategori_harga="Pangan"),
    "a news list of today": [
        {"id": 212 - i, "judul": t, "gambar": f"/storage/{i}.jpg", "tanggal": f"{ago(0):%Y-%m-%d} 0{8 + i}:00:00"}
        for i, t in enumerate(HEADLINES[:3])
    ],
}


@pytest.mark.parametrize("popular", [None, POPULAR], ids=["alone", "beside an old popular list"])
@pytest.mark.parametrize("posts", NUXT_POSTS.values(), ids=NUXT_POSTS.keys())
def test_a_nuxt3_apps_fresh_posts_with_weak_words_in_keys_date_it(
    posts: list[dict[str, object]], popular: dict[str, object] | None
) -> None:
    assert result(nuxt3_shell(posts, popular)) == "update"
