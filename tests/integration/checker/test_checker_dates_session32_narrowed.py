"""The thirteenth round's "Dates in more shapes" narrowed after a red team (session 32), through a whole check against
a real HTTP server on 127.0.0.1.

- A dotted number of a table's or a list's cells ("14.11.26" under "Jam", a race's "00.41.05", a coordinate, an SOP's
  code, a score) is no post's stamp beside a stale list: a dotted stamp counts only under its post's title, and none
  where a dotted number at a line's start is no date at all.
- A Nuxt 3 app's lists of one day's entries or of events, whatever their (hashed) key, are no posts: an agenda with
  "jam_mulai", the weather's "suhu_min", birthdays, a prayer's other spellings, prices' "hargaSekarang", a closing
  date's "tanggal_tutup", a day's duty officers. Nuxt 2's state with statements before its return, as an object's
  literal, with NaN, Infinity or Array(n) in it, is read.
- An article that is a box of the day ("Agenda Hari Ini", "Layanan Vaksinasi Hari Ini") dated today is no post of
  today, beside a rota or alone.

The pages are served without ``Last-Modified``; every date is counted back from now.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from test_checker_app_data_session32_fresh import news, nuxt3_shell
from test_checker_dates_session28 import HEADLINES, site_page
from test_checker_dates_session31 import FRESH_DAYS, NOSCRIPT, STALE_DAYS, ago, result, short_years
from vendor_pages import Site, department_page, news_since, tanggal

from pantau_checker.core.dates import WIB


def _cells(rows: list[tuple[str, str]], head: tuple[str, str], caption: str) -> str:
    cells = "".join(f"<tr><td>{name}</td><td>{value}</td></tr>" for name, value in rows)
    return f'<h2>{caption}</h2><table class="table"><tr><th>{head[0]}</th><th>{head[1]}</th></tr>{cells}</table>'


def _dotted(days: int) -> str:
    return f"{ago(days):%d.%m.%y}"


DOTTED_CELLS = {
    # Every one a date of the last days: only the short names before them tell them from posts' stamps.
    "a river's gauge read at these times": (
        '<section class="tma-box"><h2>Tinggi Muka Air (TMA) Kali Bekasi</h2><table><tr><th>Pos Pantau</th>'
        "<th>Jam</th><th>TMA (cm)</th><th>Status</th></tr>"
        + "".join(
            f"<tr><td>{name}</td><td>{_dotted(days)}</td><td>{level}</td><td>Normal</td></tr>"
            for name, days, level in (("Bendung Bekasi", 3, 210), ("Pondok Gede Permai", 5, 180), ("Cikeas", 8, 95))
        )
        + "</table><p>Sumber: Telemetri DSDA. Waktu dalam format jam.menit.detik</p></section>"
    ),
    "SOP codes": _cells(
        [(_dotted(2), "SOP Pelayanan Izin Reklame"), (_dotted(3), "SOP Pelayanan PBG"), (_dotted(4), "SOP SLF")],
        ("Kode SOP", "Nama SOP"),
        "Daftar Standar Operasional Prosedur",
    ),
    "a league's table": _cells(
        [("Persipasi", _dotted(1)), ("Bekasi FC", _dotted(6))], ("Tim", "M-S-K"), "Klasemen Liga Askot"
    ),
    # One of them no date at all: the column is of times.
    "a race's times": _cells(
        [("Agus Prayitno", "00.38.21"), ("Rudi Hartono", _dotted(3)), ("Dedi Supriadi Nugroho Saputra", _dotted(6))],
        ("Nama", "Waktu"),
        "Hasil Resmi Bekasi City Run 10K",
    ),
    "coordinates": _cells(
        [("Medan Satria", _dotted(4)), ("Bekasi Utara", _dotted(7)), ("Bekasi Timur", "06.14.05")],
        ("Kecamatan", "Lintang Selatan"),
        "Letak Geografis Kecamatan",
    ),
}


@pytest.mark.parametrize("cells", DOTTED_CELLS.values(), ids=DOTTED_CELLS.keys())
def test_dotted_numbers_in_cells_beside_a_stale_list_leave_it_stale(cells: str) -> None:
    stale = short_years(STALE_DAYS, tanggal)
    assert result(site_page(cells + stale)) == "tidak_update"


def test_a_fresh_dotted_list_beside_a_column_of_codes_of_short_names_still_dates_the_page() -> None:
    codes = _cells([("Sekretariat", _dotted(40)), ("Bidang Pelayanan", _dotted(41))], ("Bidang", "Kode"), "Kode Unit")
    assert result(site_page(short_years(FRESH_DAYS, lambda d: f"{d:%d.%m.%y}") + codes)) == "update"


def _day(days: int) -> str:
    return f"{ago(days):%Y-%m-%d}"


NUXT3_ENTRIES = {
    "an agenda's hours": [
        {"id": 5, "judul": "Rapat Koordinasi Inflasi", "tanggal": _day(-4), "jam_mulai": "09:00", "jam_selesai": "12"},
        {"id": 6, "judul": "Pasar Murah Rawalumbu", "tanggal": _day(-8), "tempat_kegiatan": "Kantor Kecamatan"},
    ],
    "the weather": [
        {"judul": "Cerah Berawan", "tanggal": f"{_day(0)} 07:00:00", "suhu_min": 24, "suhu_max": 32},
        {"judul": "Hujan Ringan", "tanggal": f"{_day(0)} 13:00:00", "suhu_min": 26, "suhu_max": 31},
    ],
    "birthdays": [
        {"id": 41, "title": "Selamat Ulang Tahun Bapak Ahmad Fauzi", "date": _day(0), "foto": "/storage/41.jpg"},
        {"id": 57, "title": "Selamat Ulang Tahun Ibu Siti Rahmawati", "date": _day(0), "foto": "/storage/57.jpg"},
    ],
    "prayers' other spellings": [
        {"title": name, "date": _day(0), "time": hour}
        for name, hour in (("Imsyak", "03:55"), ("Shubuh", "04:05"), ("Dhuhur", "11:45"), ("Isya'", "19:12"))
    ],
    "prices": [
        {"title": "Beras Medium", "tanggal": _day(0), "hargaSekarang": 12800, "hargaKemarin": 12750},
        {"title": "Bawang Merah", "tanggal": _day(0), "hargaSekarang": 36000, "hargaKemarin": 36000},
    ],
    "closing dates": [
        {"id": 9, "judul": "Pendaftaran Pelatihan Kewirausahaan", "slug": "pelatihan", "tanggal_tutup": _day(-6)},
        {"id": 8, "judul": "Seleksi Pedagang Pasar Kranji", "slug": "seleksi", "tanggal_tutup": _day(-10)},
    ],
    "the day's duty officers": [
        {"title": "Piket Layanan Pengaduan: Bpk. Rahmat", "tanggal": _day(0)},
        {"title": "Piket Layanan Metrologi: Ibu Nina", "tanggal": _day(0)},
    ],
}


@pytest.mark.parametrize("entries", NUXT3_ENTRIES.values(), ids=NUXT3_ENTRIES.keys())
def test_a_nuxt3_apps_lists_of_entries_under_a_hashed_key_leave_its_stale_posts_stale(
    entries: list[dict[str, object]],
) -> None:
    assert result(nuxt3_shell(news(STALE_DAYS), {"$fH8x2kQ": entries})) == "tidak_update"


def test_a_nuxt3_apps_fresh_posts_beside_those_lists_date_it() -> None:
    extra = {f"$fH{i}": entries for i, entries in enumerate(NUXT3_ENTRIES.values())}
    assert result(nuxt3_shell(news(FRESH_DAYS), extra)) == "update"


def _nuxt2_items(days: tuple[int, ...], first: int = 0) -> list[str]:
    return [
        f'{{id:{212 - i},judul:"{title}",slug:"berita-{212 - i}",tanggal:"{ago(d):%Y-%m-%d %H:%M:%S}"}}'
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
    ][first:]


def _nuxt2_page(state: str) -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><title>Dinas Perdagangan Kota Bekasi</title>'
        '<link rel="preload" href="/_nuxt/app.3e9f1a.js" as="script"></head><body>'
        f'<div id="__nuxt"><!----></div>{NOSCRIPT}<script>window.__NUXT__={state};</script>'
        '<script src="/_nuxt/app.3e9f1a.js" defer></script></body></html>'
    )


def _shared_headline(days: tuple[int, ...]) -> str:
    # devalue hoists the headline, also the first post, as a parameter its statements fill.
    fields = (212, f'"{HEADLINES[0]}"', '"berita-212"', f'"{ago(days[0]):%Y-%m-%d %H:%M:%S}"')
    statements = ";".join(f"a.{k}={v}" for k, v in zip(("id", "judul", "slug", "tanggal"), fields, strict=True))
    rest = ",".join(_nuxt2_items(days, 1))
    return (
        f'(function(a,b,c){{{statements};return {{layout:"default",data:[{{headline:a,berita:[a,{rest}]}}],'
        f'fetch:{{}},error:b,serverRendered:c,routePath:"\\u002F"}}}}({{}},null,true))'
    )


NUXT2_STATES: dict[str, Callable[[tuple[int, ...]], str]] = {
    "statements before its return": _shared_headline,
    "an object's literal": lambda days: (
        f'{{layout:"default",data:[{{berita:[{",".join(_nuxt2_items(days))}]}}],fetch:{{}},error:null,'
        'serverRendered:!0,routePath:"\\u002F"}'
    ),
    "NaN, Infinity and a sparse list": lambda days: (
        f'(function(a,b){{return {{layout:"default",data:[{{berita:[{",".join(_nuxt2_items(days))}],'
        "stat:{rating:NaN,pengunjung:Infinity,minimum:-Infinity},slider:Array(3)}],"
        "error:a,serverRendered:b}}(null,true))"
    ),
}


@pytest.mark.parametrize("state", NUXT2_STATES.values(), ids=NUXT2_STATES.keys())
@pytest.mark.parametrize(("days", "expected"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_nuxt2_states_in_more_shapes_date_the_app(
    state: Callable[[tuple[int, ...]], str], days: tuple[int, ...], expected: str
) -> None:
    assert result(_nuxt2_page(state(days))) == expected


STALE_NEWS = [95, 130, 160, 190]
PHARMACIES = ("Kimia Farma Juanda", "K-24 Galaxy", "Century Summarecon", "Guardian Metropolitan", "Apotek Rakyat")


def _today(now: datetime, days: int = 0) -> str:
    return tanggal(ago(-days, now), with_weekday=True)


def _rota(now: datetime) -> str:
    rows = "".join(f"<li>{_today(now, k)}: Apotek {name}</li>" for k, name in enumerate(PHARMACIES))
    return f'<section class="widget"><h3>Apotek Piket 24 Jam</h3><ul>{rows}</ul></section>'


def _todays_boxes(now: datetime) -> dict[str, str]:
    return {
        "an agenda": (
            '<article class="agenda type-agenda"><h2 class="entry-title">Agenda Hari Ini</h2>'
            f'<div class="entry-meta">{_today(now)}</div><ul><li>08.00 WIB Apel Pagi</li>'
            "<li>10.00 WIB Rapat Evaluasi Posyandu</li></ul></article>"
        ),
        "a service's card": (
            '<div class="row"><article class="card info-card"><h4>Layanan Vaksinasi Hari Ini</h4>'
            f"<p>{_today(now)}</p><p>Puskesmas Bekasi Jaya, 08.00-12.00 WIB, kuota 50 orang</p></article></div>"
        ),
    }


@pytest.mark.parametrize("rota", [False, True], ids=["alone", "beside a rota"])
@pytest.mark.parametrize("box", ["an agenda", "a service's card"])
def test_an_articles_box_of_the_day_dated_today_leaves_a_stale_site_stale(box: str, rota: bool) -> None:
    # Built when the test runs, not when the tests are collected, and read at the moment it was built: a box of
    # Bekasi's day read after midnight holds a real date of yesterday.
    now = datetime.now(UTC)
    extra = _todays_boxes(now)[box] + (_rota(now) if rota else "")
    page = department_page(Site(news=news_since(STALE_NEWS, now=now), main_extra=extra, clock=now.astimezone(WIB)))
    assert result(page, clock=lambda: now) == "tidak_update"


def test_a_box_of_the_day_beside_recent_posts_leaves_them_dating_the_page() -> None:
    agenda = _todays_boxes(datetime.now(UTC))["an agenda"]
    page = department_page(Site(news=news_since([2, *STALE_NEWS]), main_extra=agenda))
    assert result(page) == "update"
