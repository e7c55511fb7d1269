"""Tables of days of data, and dates in a printed URL, through a whole check against a real HTTP server on 127.0.0.1
(session 33).

A stale department site's sidebar (or its home page's content column) holds a table that moves on by itself, one row
a day: the month's prayer times ("Tanggal | Subuh | Dzuhur | …" from the 1st to the 31st), the past week's visits,
a service's queue recap, market prices, a floodgate's water levels, the last earthquakes. Its title says anything
("Statistik", "Rekap Antrian", "Panel Harga", "Status Pintu Air"): the table's shape says what it is, a head of
readings and rows each starting with a day, the days following each other. And a widget whose fetch failed prints
its warning with the URL it asked for, today's date in its path ("…/sholat/jadwal/1203/2026/12/05"): no date the
department wrote. None of them makes the site `update`: its posts, months old, date it.

A table of the department's own dated documents or announcements (a PPID list, an agenda, a procurement list) still
dates the page, and so does a post's date printed beside a URL.

The pages are served without ``Last-Modified`` (dynamic PHP), so that the page's own dates decide.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, checked
from test_checker_machine_widgets_session31_widgets import (
    BLN,
    FRESH_DAYS,
    STALE_DAYS,
    ago,
    news,
    result,
    site_page,
    tanggal,
)


def _table(title: str, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return (
        f'<div class="widget"><h4 class="widget-title">{title}</h4><table class="table table-sm"><thead><tr>'
        + "".join(f"<th>{cell}</th>" for cell in head)
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        + "</tbody></table></div>"
    )


def _prayer_month() -> str:
    today = ago(0)
    days = [today.replace(day=day) for day in range(1, 29)]
    return _table(
        "Jadwal Sholat",
        ("Tanggal", "Imsak", "Subuh", "Dzuhur", "Ashar", "Maghrib", "Isya"),
        [(f"{d:%d/%m/%Y}", "03:58", "04:08", "11:41", "15:06", "17:55", "19:08") for d in days],
    )


def _short(day: int) -> str:
    moment = ago(day)
    return f"{moment.day:02d} {BLN[moment.month - 1]} {moment.year}"


# Each table: (in the content column, in the sidebar).
DAY_TABLES: dict[str, tuple[str, str]] = {
    "the month's prayer times in the sidebar": ("", _prayer_month()),
    "the month's prayer times in the content column": (_prayer_month(), ""),
    "the past week's visits under a bare title": (
        "",
        _table("Statistik", ("Tanggal", "Pengunjung"), [(f"{ago(k):%d-%m-%Y}", str(140 + k * 9)) for k in range(7)]),
    ),
    "a service's queue recap": (
        "",
        _table(
            "Rekap Antrian",
            ("Tanggal", "Antrian", "Terlayani"),
            [(f"{ago(k):%d/%m/%Y}", str(80 + k), str(76 + k)) for k in range(7)],
        ),
    ),
    "a market's prices by day": (
        "",
        _table(
            "Panel Harga",
            ("Tanggal", "Komoditas", "Harga"),
            [(_short(k), "Beras Medium", f"Rp 13.{200 + k * 10}") for k in range(4)],
        ),
    ),
    "a floodgate's water levels": (
        "",
        _table(
            "Status Pintu Air",
            ("Waktu", "TMA", "Status"),
            [(f"{_short(k)} 06:00", f"{120 + k} cm", "Normal") for k in range(5)],
        ),
    ),
    "the last felt earthquakes": (
        "",
        _table(
            "Gempa Dirasakan",
            ("Waktu", "Magnitudo", "Wilayah"),
            [(f"{_short(k)} {ago(k):%H:%M:%S} WIB", m, w) for k, m, w in ((0, "4.8", "Sukabumi"), (1, "3.2", "Garut"))]
            + [(f"{_short(3)} 02:11:40 WIB", "5.1", "Banten")],
        ),
    ),
    "BMKG's quakes as a list": (
        "",
        '<div class="widget"><h4 class="widget-title">Info BMKG</h4><ul>'
        + "".join(
            f"<li>{_short(k)} {ago(k):%H:%M} WIB &ndash; M{m} {w}</li>"
            for k, m, w in ((0, "4.8", "Sukabumi"), (1, "3.2", "Garut"))
        )
        + "</ul></div>",
    ),
    "a widget's plain error with the URL it asked": (
        "",
        '<div class="widget"><h4 class="widget-title">Jadwal Sholat</h4><div class="textwidget">Gagal mengambil data '
        f"dari https://api.myquran.com/v2/sholat/jadwal/1203/{ago(0):%Y/%m/%d}</div></div>",
    ),
}


@pytest.mark.parametrize("where", DAY_TABLES.values(), ids=list(DAY_TABLES))
def test_a_table_of_days_of_data_leaves_the_posts_to_date_the_page(where: tuple[str, str]) -> None:
    content, sidebar = where
    assert result(content + news(STALE_DAYS), sidebar) == "tidak_update"
    assert result(content + news(FRESH_DAYS), sidebar) == "update"


def test_a_widgets_warning_with_todays_date_in_its_url_dates_nothing() -> None:
    """PHP's warning is shown (``galat_aplikasi_tampil``), and the day in the URL it printed dates nothing."""
    sidebar = (
        '<div class="widget"><h4 class="widget-title">Jadwal Sholat</h4><div class="textwidget"><br />\n<b>Warning</b>:'
        f"  file_get_contents(https://api.myquran.com/v2/sholat/jadwal/1203/{ago(0):%Y/%m/%d}): Failed to open "
        "stream: HTTP request failed! HTTP/1.1 503 Service Unavailable\r\n in <b>/home/dinkes/public_html/wp-content/"
        "plugins/jadwal-sholat/widget.php</b> on line <b>31</b><br />\n</div></div>"
    )
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(news(STALE_DAYS), sidebar), {"Content-Type": "text/html"}))
        event = checked(site)
    assert [finding.code for finding in event.findings] == ["galat_aplikasi_tampil"]
    assert event.content.result == "tidak_update"


def _own_table(title: str, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return (
        f'<h2 class="section-title">{title}</h2><table class="table table-striped"><thead><tr>'
        + "".join(f"<th>{cell}</th>" for cell in head)
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        + "</tbody></table>"
    )


# The department's own dated content in a table, or a post's date beside a printed URL: each dates the page.
OWN: dict[str, str] = {
    "a PPID list of documents by day": _own_table(
        "Informasi Publik Terbaru",
        ("Tanggal", "Judul Dokumen", "Unduh"),
        [
            (f"{ago(k):%d/%m/%Y}", title, f'<a href="/ppid/dokumen/{k}.pdf">PDF</a>')
            for k, title in (
                (1, "Laporan Realisasi Anggaran Triwulan III Tahun 2026"),
                (2, "Daftar Informasi Publik yang Wajib Disediakan Setiap Saat"),
                (3, "Rencana Kerja Perangkat Daerah Perubahan Tahun 2026"),
            )
        ],
    ),
    "a week's agenda of the department": _own_table(
        "Agenda Kegiatan",
        ("Tanggal", "Waktu", "Kegiatan", "Tempat"),
        [
            (tanggal(ago(k)), "09.00 WIB", kegiatan, "Aula Dinas")
            for k, kegiatan in (
                (0, "Rapat Koordinasi Penanganan Genangan Musim Hujan"),
                (1, "Sosialisasi Perizinan Usaha Mikro bagi Pelaku UMKM"),
                (2, "Monitoring dan Evaluasi Program Pasar Murah Kecamatan"),
            )
        ],
    ),
    "a procurement list with its prices": _own_table(
        "Pengadaan Barang dan Jasa",
        ("Tanggal", "Nama Paket", "Harga Perkiraan"),
        [
            (f"{ago(k):%d-%m-%Y}", paket, f"Rp {k + 1}.250.000.000")
            for k, paket in (
                (1, "Rehabilitasi Saluran Drainase Jalan Pramuka"),
                (2, "Pembangunan Jalan Lingkungan RW 05 Kelurahan Margahayu"),
                (3, "Pengadaan Pompa Air Portabel untuk Penanganan Banjir"),
            )
        ],
    ),
    "a post's date beside its printed URL": (
        '<div class="post-item"><h3><a href="/berita/99">Pelayanan Perizinan Daring Kini Lebih Cepat</a></h3>'
        f'<span class="date">{tanggal(ago(1))}</span><p>Selengkapnya di https://dpmptsp.bekasikota.go.id/'
        f"{ago(1):%Y/%m/%d}/perizinan-daring dan di kanal media sosial dinas.</p></div>"
    ),
}


@pytest.mark.parametrize("content", OWN.values(), ids=list(OWN))
def test_the_departments_own_dated_table_still_dates_the_page(content: str) -> None:
    assert result(content + news(STALE_DAYS)) == "update"


def _visits(rows: int, newest: int) -> list[tuple[str, str, str]]:
    return [(f"{ago(newest + k):%d/%m/%Y}", str(180 + k * 7), str(40 + k)) for k in range(rows)]


def _post(container: str, title: str, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Return a post's page body as a CMS writes it without an ``<article>``: its headline, a paragraph, its table."""
    table = (
        '<table class="table table-bordered"><thead><tr>'
        + "".join(f"<th>{cell}</th>" for cell in head)
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        + "</tbody></table>"
    )
    return (
        f'{container}<h1 class="page-title">{title}</h1><p class="meta">Ditulis oleh Admin</p><p>Berikut kami '
        "sampaikan data pelayanan sepekan terakhir sebagai bentuk keterbukaan informasi kepada masyarakat Kota "
        f"Bekasi. Data diperbarui setiap hari kerja oleh petugas.</p>{table}</div>"
    )


# Narrowed after a red team: the department's own tables of days, typed in its posts (CMSes that write no
# <article>) or in its home page's sections, under everyday heads ("Kunjungan", "Antrian", "Harga"), date the page.
OWN_DAY_TABLES: dict[str, str] = {
    "a Joomla post's visits": _post(
        '<div class="item-page" itemscope itemtype="https://schema.org/Article"><div itemprop="articleBody">',
        "Data Pengunjung Perpustakaan Daerah Pekan Ini",
        ("Tanggal", "Pengunjung Dewasa", "Pengunjung Anak"),
        _visits(6, 0),
    )
    + "</div>",
    "a Drupal node's prices": _post(
        '<div id="node-412" class="node node-article clearfix"><div class="content">',
        "Harga Komoditas Pertanian Pekan Ini",
        ("Tanggal", "Harga Beras", "Harga Cabai"),
        [(f"{ago(k):%d-%m-%Y}", f"Rp 13.{200 + k * 10}", f"Rp 4{k}.000") for k in range(5)],
    )
    + "</div>",
    "a Blogger post's visits": _post(
        '<div class="post hentry uncustomized-post-template"><div class="post-body entry-content">',
        "Data Kunjungan Pasien Minggu Ini",
        ("Tanggal", "Kunjungan Umum", "Kunjungan BPJS"),
        _visits(7, 0),
    )
    + "</div>",
    "a CodeIgniter detail page's visits": _post(
        '<div class="detail-berita">',
        "Update Perkembangan Kasus DBD",
        ("Tanggal", "Kunjungan PE Rumah", "Kasus Baru"),
        _visits(5, 1),
    ),
    "a home section's service rounds": (
        '<section class="jadwal-keliling"><h2 class="section-title">Jadwal Pelayanan Keliling</h2>'
        '<table class="table"><thead><tr><th>Tanggal</th><th>Lokasi</th><th>Kuota Antrian</th></tr></thead><tbody>'
        + "".join(
            f"<tr><td>{ago(k):%d/%m/%Y}</td><td>{place}</td><td>{100 + k}</td></tr>"
            for k, place in ((0, "Kec. Bekasi Utara"), (1, "Kec. Medan Satria"), (2, "Kec. Rawalumbu"))
        )
        + "</tbody></table></section>"
    ),
}


@pytest.mark.parametrize("content", OWN_DAY_TABLES.values(), ids=list(OWN_DAY_TABLES))
def test_the_departments_table_of_days_in_its_posts_and_sections_dates_the_page(content: str) -> None:
    assert result(content + news(STALE_DAYS)) == "update"


def test_a_sidebars_table_of_days_that_stopped_long_ago_dates_the_page() -> None:
    """Narrowed after a red team: a machine's table reaches today; one whose newest day is months old shows an
    abandoned site, and it dates the page when nothing else does."""
    stopped = _table("Statistik", ("Tanggal", "Pengunjung", "Hits"), _visits(7, 300))
    assert result("<h2>Selamat Datang</h2><p>Dinas Kota Bekasi melayani masyarakat.</p>", stopped) == "tidak_update"
