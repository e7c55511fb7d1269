"""Dates that the widgets of the common CMS themes print beside a department's news, and that say nothing of
when its content changed: BMKG's weather forecast (in full or as badges) and latest earthquake, a prayer
times widget's tomorrow, today's date behind or before an icon or after a visitor counter's or a visit's
words, a prayer times or "Hari ini" widget that a page builder puts inside the one ``<article>`` of a
static front page; and a page cache's ``Last-Modified`` above a list of stale news. Each beside its
look-alike that keeps its reading: a post's date, an agenda's, a department's own news.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
TODAY = datetime(2026, 12, 2, tzinfo=UTC)
STALE = "<div class=berita><p><a href=/b/1>Rapat koordinasi stunting</a></p><p>3 Mei 2026</p></div>"
CACHED = "Wed, 02 Dec 2026 02:00:00 GMT"  # a page cache's copy, written anew an hour before the check


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def evidence(inner: str, last_modified: str | None = None) -> dict[str, datetime]:
    html = f"<!doctype html><html><head><title>Dinas Kesehatan</title></head><body>{inner}</body></html>"
    found = freshness.page_evidence(parse_page(html, "https://dinkes.bekasikota.go.id/"), NOW, last_modified)
    return {e.signal: e.when for e in found}


# --- BMKG's widgets outside the articles ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("widget", "own"),
    [
        pytest.param(
            "Prakiraan Cuaca Kota Bekasi\nKamis, 03 Desember 2026\nHujan Ringan\n24 - 31 °C",
            "Kerja bakti membersihkan saluran air menjelang musim hujan\nKamis, 26 November 2026",
            id="forecast-of-tomorrow",
        ),
        pytest.param(
            "Cuaca Hari Ini\nKamis, 03 Des 2026 07:00 WIB\nBerawan\n27°C\nKamis, 03 Des 2026 13:00 WIB\n31°C",
            "Uji emisi kendaraan dinas\n26 Nov 2026",
            id="forecast-table-by-its-temperatures",
        ),
        pytest.param(
            "Info Cuaca\nKamis, 3 Desember 2026\nCerah Berawan\nSuhu 24 - 31 C",
            "Pemeliharaan jaringan air bersih\n26 November 2026",
            id="weather-box-without-a-degree-sign",
        ),
        pytest.param(
            "Gempa Terkini\nTanggal: 01 Des 2026\nJam: 22:15:32 WIB\nMagnitudo: 4.2\nKedalaman: 10 km",
            "Simulasi evakuasi bencana di sekolah\nKamis, 26 November 2026",
            id="latest-earthquake",
        ),
        pytest.param(
            "Info Gempa BMKG\n30 Nov 2026, 14:02:11 WIB\nM 3.9 · 25 km BaratDaya Kab. Sukabumi",
            "Apel siaga bencana\n26 November 2026",
            id="earthquake-in-one-line",
        ),
    ],
)
def test_a_bmkg_widgets_day_outside_an_article_is_no_content_date(widget: str, own: str) -> None:
    filler = "\nLayanan pengaduan masyarakat tersedia 24 jam setiap hari kerja di kantor dinas.\n" * 2
    text = f"{own}{filler}{widget}"
    # The department's own item is read; the widget's day is not, outside an article.
    assert dates.content_dates(text, NOW, clocks=True) == [day(11, 26)]
    # In an article the same words are a post's (a BPBD's news of a quake): every date is read.
    assert len(dates.content_dates(text, NOW)) > 1


def test_a_forecasts_badges_date_no_stale_page() -> None:
    forecast = "".join(
        f"<div class=cuaca><div class=tgl>{d:02}</div><div class=bln>Des</div><div>Hujan Ringan</div>"
        f"<div>{29 + d}°C</div></div>"
        for d in (3, 4)
    )
    page = f"{STALE}<aside class=widget><h3>Prakiraan Cuaca</h3>{forecast}</aside>"
    assert evidence(page) == {"page_date": day(5, 3)}
    # An agenda's badges of the same days still date it, as days ahead: written at the earliest two weeks before.
    agenda = forecast.replace("Hujan Ringan", "Rapat Koordinasi").replace("°C", " peserta")
    assert evidence(f"{STALE}<aside class=widget><h3>Agenda</h3>{agenda}</aside>") == {"page_date": day(11, 20)}


def test_a_prayer_times_widget_of_tomorrow_after_the_last_prayer_is_a_clock() -> None:
    widget = "Jadwal Sholat Kota Bekasi\nKamis, 3 Desember 2026\nSubuh 04:05\nDzuhur 11:40\nIsya 19:08"
    assert dates.content_dates(widget, NOW, clocks=True) == []
    # Tomorrow's agenda item is an agenda's; in an article tomorrow's prayer times are read as a date ahead.
    agenda = "Agenda\nKamis, 3 Desember 2026\nRapat Koordinasi Stunting"
    assert dates.content_dates(agenda, NOW, clocks=True) == [day(12, 3)]
    assert dates.content_dates(widget, NOW) == [day(12, 3)]


def test_the_words_of_a_weather_or_a_quake_in_no_widget_leave_dates_alone() -> None:
    text = "Rapat koordinasi penanganan banjir\nSenin, 30 November 2026\nOleh Admin · 120 kali dibaca"
    assert dates.content_dates(text, NOW, clocks=True) == [day(11, 30)]
    # A forecast's words far from the date (past the reach of a widget) leave it a content date.
    far = f"{text}\n{'Pelayanan kesehatan gratis bagi warga Kota Bekasi. ' * 3}\nPrakiraan Cuaca\n27°C"
    assert dates.content_dates(far, NOW, clocks=True) == [day(11, 30)]
    # And a quake's widget beside it still takes its own day out.
    quake = f"{far}\nGempa Terkini\n01 Des 2026 22:15:32 WIB\nMagnitudo: 4.2"
    assert dates.content_dates(quake, NOW, clocks=True) == [day(11, 30)]


# --- today's date outside the articles ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "📅 Rabu, 2 Desember 2026",
        "\uf073 Rabu, 02/12/2026",  # Font Awesome's calendar glyph written as text
        "🗓️ Bekasi, 2 Desember 2026",
        "Rabu, 2 Desember 2026 🕒",
        "🕒 10:15 WIB 📅 Rabu, 2 Desember 2026",
        "Pengunjung 02-12-2026: 318",
        "Diakses pada Rabu, 2 Desember 2026",
        "Dicetak: 02/12/2026",
    ],
)
def test_todays_date_behind_an_icon_a_counter_or_a_visit_is_a_clock(line: str) -> None:
    text = f"Beranda\n{line}\nLayanan Pengaduan"
    assert dates.content_dates(text, NOW, clocks=True) == []
    # Another day behind the same words is content; so is today's in an article (a post's byline).
    assert dates.content_dates(text.replace("2026", "2025"), NOW, clocks=True) != []
    assert dates.content_dates(text, NOW) == [TODAY]


@pytest.mark.parametrize(
    "line",
    [
        "📅 Rapat koordinasi stunting, 2 Desember 2026",
        "Rabu, 2 Desember 2026 🕒 Rapat koordinasi stunting",
        "(Rabu, 2 Desember 2026)",
        "Kunjungan Kerja DPRD ke RSUD, 2 Desember 2026",
        "Berita 02/12/2026",
    ],
)
def test_todays_date_after_words_that_only_start_like_a_clocks_is_content(line: str) -> None:
    text = f"Beranda\n{line}\nLayanan Pengaduan"
    assert dates.content_dates(text, NOW, clocks=True) == [TODAY]
    # Beside it, an icon's clock of today is left out.
    assert dates.content_dates(f"📅 Rabu, 2 Desember 2026\n{text}", NOW, clocks=True) == [TODAY]


# --- a page builder's widgets inside the front page's <article> -------------------------------------------

PRAYER = (
    "<div class=jadwal-sholat><h4>Jadwal Sholat Kota Bekasi</h4><p>Rabu, 2 Desember 2026</p>"
    "<ul><li>Subuh 04:05</li><li>Dzuhur 11:40</li><li>Ashar 15:05</li><li>Maghrib 17:55</li></ul></div>"
)


def front_page(*sections: str) -> str:
    """Return a static front page as Astra prints it, its Elementor sections inside one ``<article>``."""
    inner = "".join(f"<section class=elementor-section>{s}</section>" for s in sections)
    article = f'<article class="page type-page" id=post-2><div class=entry-content>{inner}</div></article>'
    return f"<main id=main>{article}</main>"


@pytest.mark.parametrize(
    "widget",
    [
        pytest.param(PRAYER, id="prayer-times"),
        pytest.param("<div class=kalender><h4>Kalender</h4><p>Hari ini: Rabu, 2 Desember 2026</p></div>", id="today"),
        pytest.param("<p>Today is Wednesday, December 2, 2026</p>", id="today-in-english"),
    ],
)
def test_todays_date_of_a_widget_in_an_article_is_no_content_date(widget: str) -> None:
    stale_posts = "<div class=elementor-post><h3>Rapat koordinasi</h3><span>12 Mei 2026</span></div>"
    assert evidence(front_page(widget, stale_posts)) == {"page_date": day(5, 12)}
    # A post of today beside it still dates the page.
    post = "<div class=elementor-post><h3>Vaksinasi</h3><span>Rabu, 2 Desember 2026</span></div>"
    assert evidence(front_page(widget, post, stale_posts)) == {"page_date": TODAY}


def test_todays_date_of_a_static_page_outside_the_posts_it_lays_out_is_a_clock() -> None:
    stale_posts = "<div class=elementor-post><h3>Rapat koordinasi</h3><span>12 Mei 2026</span></div>"
    welcome = "<h2>Selamat Datang di Website Dinas Kesehatan</h2><p class=tgl>Rabu, 2 Desember 2026</p>"
    for clock in ("<div class=topbar>Rabu, 2 Desember 2026</div>", f"<div class=sambutan>{welcome}</div>"):
        assert evidence(front_page(clock, stale_posts)) == {"page_date": day(5, 12)}
    # Not in a post it lays out, a box under its heading, nor under a headline that links a post.
    post = "<div class=elementor-post><h3>Vaksinasi</h3><span>Rabu, 2 Desember 2026</span></div>"
    assert evidence(front_page(post, stale_posts)) == {"page_date": TODAY}
    linked = '<h2><a href="/2026/12/vaksinasi-campak-balita/">Vaksinasi Campak Balita di Puskesmas</a></h2>'
    assert evidence(front_page(f"<div>{linked}<p>Rabu, 2 Desember 2026</p></div>", stale_posts)) == {"page_date": TODAY}


def test_a_post_of_today_in_an_article_is_still_read_with_a_time_or_in_its_running_text() -> None:
    for text in ("Rabu, 2 Desember 2026 | 08:15 WIB", "Rapat digelar hari ini 2 Desember 2026 di Aula Dinkes."):
        assert dates.content_dates(f"Berita\n{text}\nLainnya", NOW) == [TODAY]
    # Unless the widget's words stand at its line's start.
    assert dates.content_dates("Berita\nHari ini: Rabu, 2 Desember 2026\nLainnya", NOW) == []
    assert dates.content_dates("Jadwal Sholat\nRabu, 2 Desember 2026\nSubuh 04:05", NOW) == []


# --- a page cache's Last-Modified ---------------------------------------------------------------------------

NEWS = "".join(
    f"<div class=berita><p><a href=/b/{i}>Berita {i}</a></p><p>{when}</p></div>"
    for i, when in enumerate(("12 Mei 2026", "4 Mei 2026", "23 April 2026"))
)


def test_a_page_caches_last_modified_does_not_date_a_list_of_stale_news() -> None:
    assert evidence(NEWS, CACHED) == {"page_date": day(5, 12)}
    # A list as fresh as the header, within two days, keeps both.
    fresh = NEWS.replace("12 Mei 2026", "1 Desember 2026")
    assert evidence(fresh, CACHED) == {"page_date": day(12, 1), "last_modified": datetime(2026, 12, 2, 2, tzinfo=UTC)}


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param("<h1>Layanan Perizinan</h1><p>Masuk untuk mengajukan izin.</p>", id="no-dates"),
        pytest.param(STALE, id="one-date"),
        pytest.param(f"{STALE}<p>Perwal Nomor 5 Tahun 2020 tanggal 3 Maret 2020</p>", id="two-dates"),
    ],
)
def test_last_modified_still_dates_a_page_without_a_list_of_dated_items(inner: str) -> None:
    assert evidence(inner, CACHED)["last_modified"] == datetime(2026, 12, 2, 2, tzinfo=UTC)
    # A list of three dated items beside it belies the header.
    assert "last_modified" not in evidence(inner + NEWS, CACHED)
