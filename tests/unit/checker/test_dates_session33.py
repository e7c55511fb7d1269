"""A scheduled maintenance's day ahead on a department's page ("Pemeliharaan sistem terjadwal pada 6 Desember
2026"): an alert an admin or the server leaves up, no content date, read as the end of a limit ahead is. The same
words before a day past are a news item's, and a date ahead after other words is still an agenda's.

And an English ordinal's suffix in a superscript ("3<sup>rd</sup> December 2026"), a text node of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates
from pantau_checker.core.page import parse_page

# Saturday 5 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


def read(text: str, clocks: bool = False) -> list[datetime]:
    return dates.content_dates(text, NOW, clocks=clocks)


def around(notice: str) -> str:
    """Return the text of a home page's top with ``notice`` in its alert box, one text node a line."""
    return (
        "Beranda\nProfil\nBerita\nLayanan\nPPID\nKontak\n"
        f"{notice}\n"
        "Berita Terkini\nRapat Koordinasi Percepatan Penurunan Stunting\n"
        "Dinas Kesehatan Kota Bekasi bersama puskesmas menggelar rapat koordinasi."
    )


@pytest.mark.parametrize(
    "notice",
    [
        "Informasi: Pemeliharaan sistem terjadwal pada 6 Desember 2026 pukul 00.00 - 04.00 WIB.",
        "Pemberitahuan Pemeliharaan Server: Minggu, 6 Desember 2026 pukul 22.00 WIB",
        "Jadwal pemeliharaan: 7 Desember 2026",
        "Scheduled maintenance on December 6, 2026, 00:00 - 04:00 WIB.",
    ],
)
def test_a_scheduled_maintenances_day_ahead_is_no_content_date(notice: str) -> None:
    assert read(around(notice), clocks=True) == []


@pytest.mark.parametrize(
    "notice",
    [
        "Informasi: Pemeliharaan sistem terjadwal pada 6 Desember 2026 pukul 00.00 - 04.00 WIB.",
        "Scheduled maintenance on December 6, 2026, 00:00 - 04:00 WIB.",
    ],
)
def test_an_articles_maintenance_ahead_is_a_posts_day_to_come(notice: str) -> None:
    # Narrowed after a red team (it was read as no date in an article as well): a department's post about its
    # systems' maintenance to come ("Diskominfostandi menginformasikan pemeliharaan sistem terjadwal pada …") was
    # written before that day, as an agenda's item ahead is.
    assert read(around(notice)) == [datetime(2026, 12, 6, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # A department's own works ahead, in its news: a road's, a pipe's, a bridge's, a dashboard's.
        ("Pemeliharaan Jalan Raya Pekayon pada 8 Desember 2026, Pengendara Diimbau Cari Jalur Alternatif", 8),
        ("Pemberitahuan Pemeliharaan Jaringan Pipa Distribusi 8 Desember 2026", 8),
        ("Pemeliharaan Jembatan Kali Malang 10 Desember 2026: Buka Tutup Arus", 10),
        ("Scheduled maintenance of Command Center dashboard on December 7, 2026", 7),
    ],
)
def test_a_maintenance_of_works_ahead_is_an_agendas_day(line: str, day: int) -> None:
    assert read(around(line), clocks=True) == [datetime(2026, 12, day, tzinfo=UTC)]


@pytest.mark.parametrize(
    "notice",
    [
        "Pemeliharaan Aplikasi SIPP pada 7 Desember 2026 pukul 22.00 WIB",
        "Scheduled system maintenance on December 7, 2026",
        "Pemeliharaan Website: Senin, 7 Desember 2026",
    ],
)
def test_the_sites_own_maintenance_ahead_is_no_content_date(notice: str) -> None:
    assert read(around(notice), clocks=True) == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # A news item about maintenance done: its day past is the post's.
        ("Pemeliharaan Jaringan Air Bersih di Puskesmas Bantargebang Selesai\n3 Desember 2026", datetime(2026, 12, 3)),
        ("Pemeliharaan sistem telah selesai pada 4 Desember 2026 pukul 04.00 WIB.", datetime(2026, 12, 4)),
        # An agenda's item ahead, no maintenance: read as an upcoming day (the page written at the earliest before it).
        ("Agenda: Rapat Evaluasi Kinerja Triwulan pada 9 Desember 2026", datetime(2026, 12, 9)),
    ],
)
def test_other_days_beside_the_words_stay_read(line: str, day: datetime) -> None:
    assert read(around(line)) == [day.replace(tzinfo=UTC)]


def post(stamp: str) -> str:
    """Return a news theme's home page of two posts, each stamped with ``stamp``'s markup."""
    posts = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="/news/{i}/">{title}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on">Posted on {stamp}</span> by admin</div>'
        "<p>The Health Office of Bekasi City held the event with community health centers.</p></article>"
        for i, title in enumerate(("Annual Health Report Released", "Free Vaccination at 42 Health Centers"))
    )
    return (
        '<html><head><title>Health Office of Bekasi City</title></head><body><nav><a href="/">Home</a>'
        f'<a href="/news/">News</a></nav><main>{posts}</main><footer>Bekasi City</footer></body></html>'
    )


@pytest.mark.parametrize(
    "stamp", ["3<sup>rd</sup> December 2026", "December 3<sup>rd</sup>, 2026", "3<sup>rd</sup> of December 2026"]
)
def test_an_ordinal_in_a_superscript_dates_the_post(stamp: str) -> None:
    page = parse_page(post(stamp), "https://dinkes.bekasikota.go.id/")
    assert read(page.dates.in_articles) == [datetime(2026, 12, 3, tzinfo=UTC)] * 2


@pytest.mark.parametrize("text", ["Juara 3\nrd\n2026", "Lantai 3\nrd\n2026 m2", "Tahap 2\nnd\nTahun 2026"])
def test_an_ordinal_without_a_month_is_no_date(text: str) -> None:
    assert read(text) == []


LATEST = NOW + timedelta(days=15)  # the last day an agenda's badge can be (``badge_evidence``)


@pytest.mark.parametrize(
    "widget",
    [
        "Hari Penting\n6 Desember\n: Hari Kesetiakawanan Sosial\n10 Desember\n: Hari Hak Asasi Manusia",
        "HARI PENTING BULAN INI\n09\nDES\nHari Antikorupsi Sedunia\n12\nDES\nHari Bela Negara",
        "Kalender Peringatan\n12 Des\nPeringatan Hari Bela Negara",
    ],
)
def test_an_observances_widgets_days_ahead_date_nothing(widget: str) -> None:
    assert dates.yearless_dates(widget, NOW, LATEST, clocks=True) == []


@pytest.mark.parametrize(
    ("widget", "day"),
    [
        ("Agenda\n09\nDES\nRapat Evaluasi Kinerja Triwulan\nAula Dinkes", 9),
        ("Agenda Kegiatan\n8 Des\nHari Ini Terakhir Pendaftaran Vaksinasi Lansia", 8),
        ("Agenda\n10 Des\nSosialisasi Hari Bebas Kendaraan Bermotor", 10),
    ],
)
def test_an_agendas_days_ahead_stay_read(widget: str, day: int) -> None:
    assert dates.yearless_dates(widget, NOW, LATEST, clocks=True) == [datetime(2026, 12, day, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("widget", "day"),
    [
        # Narrowed after a red team: an agenda's "Hari" and a capital are a weekday, a course's day, a working day,
        # or the department's own ceremony at a venue, not a widget of observances.
        ("Agenda Pimpinan\n07 Des\n- Hari Senin, Rapat Koordinasi Pimpinan pukul 09.00", 7),
        ("Agenda Pimpinan\n06 Des\n- Hari Kerja Terakhir Pengajuan Cuti Tahunan 2026", 6),
        ("Agenda Kegiatan\n07\nDes\nHARI KEDUA Bimtek SIPD Perencanaan\nHotel Horison", 7),
        ("Agenda\n06\nDes\nHari Pertama Vaksinasi Booster di Puskesmas", 6),
        ("Agenda Kegiatan\n09\nDes\nHari Terakhir Input Usulan Musrenbang\nDaring", 9),
        ("Agenda Kegiatan\n08\nDes\nPeringatan Hari Ibu ke-98 Tingkat Kota Bekasi\nStadion Patriot Candrabhaga", 8),
    ],
)
def test_an_agendas_days_of_hari_stay_read(widget: str, day: int) -> None:
    assert dates.yearless_dates(widget, NOW, LATEST, clocks=True) == [datetime(2026, 12, day, tzinfo=UTC)]


def test_observances_under_their_title_beside_an_agenda_date_nothing_but_the_agenda() -> None:
    text = (
        "Hari Besar Nasional\n10 Des\nHari Hak Asasi Manusia\n12 Des\nHari Bela Negara\n"
        "Agenda Kegiatan\n08 Des\nRapat Evaluasi Kinerja Triwulan\nAula Dinkes"
    )
    assert dates.yearless_dates(text, NOW, LATEST, clocks=True) == [datetime(2026, 12, 8, tzinfo=UTC)]
