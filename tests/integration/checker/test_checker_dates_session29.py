"""Dates in parts named as volatile, through a whole check against a real HTTP server on 127.0.0.1 (session 29).

A part of a page whose class or id names a clock, a counter, a slider or an ad is taken out before the dates are
read. Many Indonesian themes print a post's date in a ``<span class="waktu">`` (or ``waktu-posting``,
``jam-posting``, ``tgl-jam``) with a clock's icon, and put their latest news in a slider (Owl Carousel's
``.owl-item``, Slick's ``.slick-slide``, Bootstrap's ``.carousel-item``) or in a column whose name holds a short
word inside another ("roads-news", "heads-up", "section-downloads", "jamkesda-info"). Their posts' dates are the
page's; a clock's, a visitor counter's, a "hari ini" widget's and an ad's are not, beside them.

The checker runs on the real clock: every date is counted back from now in Bekasi (WIB).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from checker_servers import FakeSite, Reply, checked
from test_checker_dates_session28 import EXCERPT, WIB, site_page, wib_ago
from vendor_pages import HEADLINES, tanggal

FRESH_DAYS = (2, 6, 11)
STALE_DAYS = (90, 130, 170)
SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
SERVICES = (
    '<h3 class="section-title">Layanan Kami</h3>'
    '<div class="card"><h5><a href="/layanan/izin-usaha">Izin Usaha</a></h5><p>Pengurusan izin usaha mikro.</p></div>'
    '<div class="card"><h5><a href="/layanan/tera-ulang">Tera Ulang</a></h5><p>Tera ulang alat ukur pedagang.</p></div>'
    '<div class="card"><h5><a href="/layanan/pasar-murah">Pasar Murah</a></h5><p>Jadwal pasar murah.</p></div>'
)


def short_date(day: datetime) -> str:
    """Return a date as the Indonesian themes print it beside a clock's icon: "02 Des 2026"."""
    return f"{day.day:02d} {SHORT[day.month - 1]} {day.year}"


def posts(days: tuple[int, ...], date_class: str = "post-date") -> str:
    """Return a theme's posts, each with its date in a ``<span>`` of ``date_class`` beside a clock's icon."""
    return "".join(
        f'<div class="post-item"><h4><a href="/berita/{i}/detail">{HEADLINES[i % len(HEADLINES)]}</a></h4>'
        f'<span class="{date_class}"><i class="fa fa-clock-o"></i> {short_date(wib_ago(d))}</span>'
        f"<p>{EXCERPT}</p></div>"
        for i, d in enumerate(days)
    )


def check(body: str, at: datetime | None = None) -> tuple[str, str]:
    """Return the availability and freshness of a page of ``body``, read at ``at`` (the moment it was built) or now."""
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(body)))
        event = checked(site) if at is None else checked(site, clock=lambda: at.astimezone(UTC))
    return event.availability, event.content.result


@pytest.mark.parametrize("date_class", ["waktu", "waktu-posting", "jam-posting", "tgl-jam", "meta-tanggal-jam"])
@pytest.mark.parametrize(("days", "result"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_a_posts_time_named_as_a_clock_dates_the_page(date_class: str, days: tuple[int, ...], result: str) -> None:
    assert check(SERVICES + posts(days, date_class)) == ("aktif", result)


WRAPPERS = {
    "a news slider": '<div class="news-slider">{}</div>',
    "a carousel of news": '<div class="berita-carousel">{}</div>',
    "latest news of today": '<div class="latest-news-today">{}</div>',
    "random posts": '<div class="random-posts">{}</div>',
    "a statistics widget's news": '<div class="widget-statistik-berita">{}</div>',
    "a column named for its ads": '<div class="content-with-ads">{}</div>',
    "ads inside roads": '<section id="roads-news">{}</section>',
    "ads inside heads": '<div id="heads-up">{}</div>',
    "ads inside downloads": '<div class="section-downloads">{}</div>',
    "ads inside headlines": '<div class="berita-headslines">{}</div>',
    "jam inside jamkesda": '<div class="jamkesda-info">{}</div>',
}


@pytest.mark.parametrize("wrapper", WRAPPERS.values(), ids=WRAPPERS.keys())
def test_a_list_of_posts_in_a_part_named_as_volatile_dates_the_page(wrapper: str) -> None:
    assert check(SERVICES + wrapper.format("<h3>Berita Terbaru</h3>" + posts(FRESH_DAYS))) == ("aktif", "update")


def owl_carousel(days: tuple[int, ...]) -> str:
    """Return Owl Carousel's news slider as built: its first slide cloned at each end."""
    order = [(" cloned", 0), *(("", i) for i in range(len(days))), (" cloned", 0)]
    slides = [
        f'<div class="owl-item{cloned}"><div class="slide-item" style="background-image:url(/uploads/slider/{i}.jpg)">'
        f'<div class="slide-caption"><span class="slide-date">{short_date(wib_ago(days[i]))}</span>'
        f'<h2><a href="/berita/s{i}">{HEADLINES[i % len(HEADLINES)]}</a></h2></div></div></div>'
        for cloned, i in order
    ]
    return (
        '<div class="owl-carousel owl-theme hero-slider"><div class="owl-stage-outer"><div class="owl-stage">'
        + "".join(slides)
        + "</div></div></div>"
    )


def bootstrap_carousel(days: tuple[int, ...]) -> str:
    """Return Bootstrap's carousel of news: captions of a heading and a date, linked to nothing."""
    items = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><img src="/uploads/slider/{i}.jpg" class="d-block'
        f' w-100" alt=""><div class="carousel-caption d-none d-md-block"><h5>{HEADLINES[i % len(HEADLINES)]}</h5>'
        f"<p>{short_date(wib_ago(d))}</p></div></div>"
        for i, d in enumerate(days)
    )
    return (
        f'<div id="carouselBerita" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">{items}'
        '</div><button class="carousel-control-prev" type="button" data-bs-target="#carouselBerita"'
        ' data-bs-slide="prev"><span class="visually-hidden">Sebelumnya</span></button></div>'
    )


def slick_slider(days: tuple[int, ...]) -> str:
    """Return Slick's slider as built: the slides not shown are ``aria-hidden``."""
    slides = "".join(
        f'<div class="slick-slide{" slick-current slick-active" if i == 0 else ""}" aria-hidden="{i != 0}"'
        f' tabindex="-1"><a href="/berita/{i}"><img src="/uploads/slider/{i}.jpg" alt=""><h3>'
        f"{HEADLINES[i % len(HEADLINES)]}</h3><p>{tanggal(wib_ago(d), with_weekday=True)}</p></a></div>"
        for i, d in enumerate(days)
    )
    return (
        '<div class="slider-berita slick-initialized slick-slider"><div class="slick-list"><div class="slick-track">'
        f"{slides}</div></div></div>"
    )


SLIDERS = {
    "Owl Carousel": owl_carousel,
    "Bootstrap's carousel, the newest slide not the active one": lambda days: bootstrap_carousel((100, *days)),
    "Slick, the newest slide hidden": lambda days: slick_slider((120, *days)),
}


@pytest.mark.parametrize("slider", SLIDERS.values(), ids=SLIDERS.keys())
def test_the_newest_post_in_a_news_slider_dates_the_page(slider: Callable[[tuple[int, ...]], str]) -> None:
    assert check(slider((3, 150)) + SERVICES) == ("aktif", "update")


def test_a_news_slider_newer_than_the_stale_list_below_it_dates_the_page() -> None:
    assert check(owl_carousel((2, 4)) + posts((80, 110, 150))) == ("aktif", "update")


def today(now: datetime, with_time: bool = False) -> str:
    return f"{tanggal(now, with_weekday=True)} {now:%H:%M:%S} WIB" if with_time else tanggal(now, with_weekday=True)


# Look-alikes beside a stale list: each part is named as volatile and holds today's date, and links pages of the
# site or heads with a headline's words, but it is a clock, a counter, a "hari ini" widget, an ad or a banner. Built
# when the test runs, from the moment the checker is given: a part built before midnight and read after it would
# hold a real date of yesterday.
def not_posts(now: datetime) -> dict[str, str]:
    """Return the look-alikes of posts, each holding ``now``'s date (Bekasi's day); "{}" is where the posts go."""
    return {
        "a clock inside a news slider": (
            f'<div class="news-slider"><div class="jam-digital">{today(now, True)}</div>{{}}</div>'
        ),
        "a visitor counter with two long links": (
            '{}<div id="visitor-counter"><p>Online: 3</p><p>Hari ini: 120</p><p>Kemarin: 342</p><p>Bulan ini: 4.021</p>'
            f"<p>{today(now)}</p>"
            '<a href="/statistik/arsip">Arsip Statistik Pengunjung Situs</a>'
            '<a href="/statistik/grafik">Grafik Kunjungan Harian Situs Dinas</a></div>'
        ),
        "today's services, each stamped with today's date": "{}"
        + '<div class="layanan-hari-ini"><h4>Layanan Hari Ini</h4><ul>'
        + "".join(
            f'<li><a href="/layanan/{i}">{name}</a> <span class="tanggal">{today(now)}</span></li>'
            for i, name in enumerate(
                ("Perekaman KTP Elektronik Keliling", "Pelayanan Akta Kelahiran Terpadu", "Konsultasi Perizinan Usaha")
            )
        )
        + "</ul></div>",
        "today's agenda, its times named waktu": "{}"
        + '<div class="agenda-today"><h4>Agenda Hari Ini</h4>'
        + "".join(
            f'<div class="agenda-item"><a href="/agenda/{i}">{name}</a>'
            f'<div class="waktu">{today(now)}, {at}</div></div>'
            for i, (name, at) in enumerate(
                (
                    ("Rapat Koordinasi Penanganan Banjir", "09.00 WIB"),
                    ("Sosialisasi Perda Ketertiban Umum", "13.00 WIB"),
                    ("Monitoring Program Makan Bergizi", "15.00 WIB"),
                )
            )
        )
        + "</div>",
        "a banner slider greeting with today's date": (
            '<div class="banner-slider"><div class="slide"><h2>Selamat Datang di Website Resmi Dinas</h2>'
            f"<p>{today(now)}</p></div>"
            '<div class="slide"><h2>Pelayanan Hari Ini Buka Pukul 08.00 WIB</h2></div></div>{}'
        ),
        "two clocks, each beside a long link": "".join(
            '<div class="row"><div class="col"><a href="/ppid">Pejabat Pengelola Informasi dan Dokumentasi</a></div>'
            f'<div class="col"><span class="jam">{today(now)}</span></div></div>'
            for _ in range(2)
        )
        + "{}",
        "ads linking the site's campaigns": (
            '{}<div class="ads-wrapper"><a href="/kampanye/1">Iklan Layanan Masyarakat Bebas Narkoba Kota Bekasi</a>'
            f'<a href="/kampanye/2">Dukung Program Bekasi Keren Berbudaya Bersih</a><p>{today(now)}</p></div>'
        ),
    }


@pytest.mark.parametrize("part", list(not_posts(datetime.now(WIB))))
def test_todays_date_in_a_volatile_part_beside_stale_posts_dates_nothing(part: str) -> None:
    now = datetime.now(WIB)
    assert check(not_posts(now)[part].format(posts(STALE_DAYS)), at=now) == ("aktif", "tidak_update")


# --- a post of today or yesterday dated in a small element of the theme's own name ----------------------------

OLD_DAYS = (45, 60, 80)


def listed(days: tuple[int, ...], item: Callable[[int, str, str], str], wrap: str = "<ul>{}</ul>") -> str:
    """Return a box of the latest news, each ``item(number, headline, date)``."""
    rows = "".join(item(i, HEADLINES[i % len(HEADLINES)], short_date(wib_ago(d))) for i, d in enumerate(days))
    return f'<div class="box-berita"><h3 class="judul-box">Berita Terbaru</h3>{wrap.format(rows)}</div>'


SMALL_DATES = {
    "small.text-muted with a clock's icon": lambda i, title, day: (
        f'<li><a href="/berita/detail/{i}">{title}</a><br><small class="text-muted"><i class="far fa-clock"></i>'
        f" {day}</small></li>"
    ),
    "a bare <small>": lambda i, title, day: f'<li><a href="/berita/{i}">{title}</a><br><small>{day}</small></li>',
    "after the headline in its <li>": lambda i, title, day: f'<li><a href="/berita/{i}">{title}</a> - {day}</li>',
    "a span of the theme's name": lambda i, title, day: (
        f'<li class="list-group-item"><a href="/berita/{i}">{title}</a> <span class="badge bg-light">{day}</span></li>'
    ),
}


@pytest.mark.parametrize("item", SMALL_DATES.values(), ids=SMALL_DATES.keys())
def test_a_post_of_today_dated_in_a_small_element_dates_the_page(item: Callable[[int, str, str], str]) -> None:
    assert check(listed((0, *OLD_DAYS), item)) == ("aktif", "update")


def test_a_post_of_today_in_a_tables_column_dates_the_page() -> None:
    table = (
        '<table class="table table-striped"><thead><tr><th>No</th><th>Judul</th><th>Tanggal</th></tr></thead>'
        "<tbody>{}</tbody></table>"
    )
    row = lambda i, title, day: f'<tr><td>{i + 1}</td><td><a href="/pengumuman/{i}">{title}</a></td><td>{day}</td></tr>'  # noqa: E731
    assert check(listed((0, *OLD_DAYS), row, table)) == ("aktif", "update")


def test_a_stale_list_dated_in_small_elements_stays_stale() -> None:
    item = SMALL_DATES["small.text-muted with a clock's icon"]
    assert check(listed((90, 130, 170), item)) == ("aktif", "tidak_update")


def rows_of_today(now: datetime, item: Callable[[int, str, datetime], str], names: tuple[str, ...]) -> str:
    return "<ul>" + "".join(item(i, name, now) for i, name in enumerate(names)) + "</ul>"


CAMERAS = ("Simpang Bulak Kapal Arah Timur", "Simpang Sumber Arta Arah Barat", "Jalan Ahmad Yani Depan Mall")


def widget_rows(now: datetime) -> dict[str, str]:
    """Return widgets whose rows each link a page of the site by a headline's length and print ``now``'s date (Bekasi's
    day) in a <small>."""
    return {
        "cameras, each of today": rows_of_today(
            now,
            lambda i, name, now: (
                f'<li><a href="/cctv/{i}">CCTV {name}</a><small class="text-muted">{short_date(now)}</small></li>'
            ),
            CAMERAS,
        ),
        "cameras' last frames, with their times": rows_of_today(
            now,
            lambda i, name, now: (
                # Today's date in Bekasi with each frame's time, whatever the hour of the check.
                f'<li><a href="/cctv/{i}">CCTV {name}</a><span>{short_date(now)}'
                f" {now - timedelta(minutes=i * 7):%H:%M}</span></li>"
            ),
            CAMERAS,
        ),
        "a forecast of three days": rows_of_today(
            now,
            lambda i, name, now: (
                f'<li><a href="/cuaca/{i}">Prakiraan Cuaca Kota Bekasi {name}</a><br>'
                f"<small>{short_date(now + timedelta(days=i))}</small></li>"
            ),
            ("Hari Ini", "Besok", "Lusa"),
        ),
        "a queue's services": '<table class="table"><tbody>'
        + "".join(
            f'<tr><td><a href="/antrean/{i}">{name}</a></td><td>{now:%d/%m/%Y}</td><td>{waiting}</td></tr>'
            for i, (name, waiting) in enumerate(
                (("Perekaman KTP Elektronik", 31), ("Pembuatan Akta Kelahiran", 12), ("Pindah Datang Penduduk", 8))
            )
        )
        + "</tbody></table>",
    }


@pytest.mark.parametrize("widget", list(widget_rows(datetime.now(WIB))))
def test_a_widgets_rows_of_today_beside_stale_posts_date_nothing(widget: str) -> None:
    now = datetime.now(WIB)
    page = listed(STALE_DAYS, SMALL_DATES["a bare <small>"]) + widget_rows(now)[widget]
    assert check(page, at=now) == ("aktif", "tidak_update")
