"""Dates session 23 found misread: relative stamps whose counts are spelled out past ten ("dua puluh menit lalu",
"sebelas hari lalu", "setengah jam lalu"), the older "silam" and Carbon's "kemarin lusa"; a letter's number
that ends like a date ("B/5/13/2026", "443.1/30/11/2026"); a two-digit year beside four-digit ones;
"Jum’at" as WordPress writes its apostrophe; a clock's labelled or icon's time ("Jam: 10:00:05", "⏰ 10:00");
a stamp over a theme's comment count. Each test holds look-alikes that keep their reading.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
TODAY = datetime(2026, 12, 2, tzinfo=UTC)


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def read(text: str, clocks: bool = False) -> list[datetime]:
    return dates.content_dates(text, NOW, clocks=clocks)


def news_list(stamps: list[str], top_bar: str = "Rabu, 2 Desember 2026") -> str:
    """Return a department's home page on a theme of bare ``<div>``s: a top bar, a menu, news items whose meta
    lines print ``stamps``, a sidebar and a footer."""
    items = "".join(
        f'<div class="item"><div class="judul"><a href="/berita/{i + 1}/">{title}</a></div>'
        f'<div class="meta">{stamp} · oleh Admin</div><div class="ringkas">Pemerintah Kota Bekasi melalui '
        "Dinas Kesehatan terus berupaya meningkatkan mutu pelayanan kepada masyarakat.</div></div>"
        for i, (stamp, title) in enumerate(
            zip(
                stamps,
                ("Rapat Koordinasi Stunting", "Posyandu Balita", "Vaksinasi Gratis", "Lomba Sekolah Sehat"),
                strict=False,
            )
        )
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi</title>'
        '<link rel="stylesheet" href="/css/app.css"></head><body>'
        f'<div class="atas"><div class="container"><div class="kiri">{top_bar}</div><div class="kanan">'
        '<a href="/login">Masuk</a></div></div></div><div class="menu"><a href="/">Beranda</a> <a href="/profil">'
        'Profil</a> <a href="/berita">Berita</a> <a href="/ppid">PPID</a></div>'
        f'<div class="container"><div class="kiri-konten"><div class="judul-bagian">Berita Terkini</div>{items}</div>'
        '<div class="samping"><div class="judul-kotak">Tautan</div><a href="https://www.bekasikota.go.id/">Pemkot'
        ' Bekasi</a></div></div><div class="kaki"><div>Jl. Jend. Ahmad Yani No. 1, Bekasi</div>'
        "<div>&copy; 2026 Dinas Kesehatan Kota Bekasi</div></div>"
        '<script src="/js/app.js"></script></body></html>'
    )


def page_date(html: str) -> datetime | None:
    found = [
        e.when
        for e in freshness.page_evidence(parse_page(html, "https://dinkes.bekasikota.go.id/"), NOW)
        if e.signal == "page_date"
    ]
    return found[0] if found else None


# --- relative stamps with counts spelled out ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("dua puluh menit lalu", timedelta(minutes=20)),
        ("sebelas hari lalu", timedelta(days=11)),
        ("dua belas jam yang lalu", timedelta(hours=12)),
        ("Tiga Puluh Lima Menit Yang Lalu", timedelta(minutes=35)),
        ("sembilan puluh sembilan menit yang lalu", timedelta(minutes=99)),
        ("Diposting dua puluh satu hari yang lalu oleh Admin", timedelta(days=21)),
        ("setengah jam lalu", timedelta(minutes=30)),
        ("satu setengah jam yang lalu", timedelta(minutes=90)),
        ("1 tahun, dua puluh hari yang lalu", timedelta(days=385)),
    ],
)
def test_counts_spelled_past_ten_are_read(text: str, ago: timedelta) -> None:
    assert read(text) == [NOW - ago]


def test_a_spelled_count_in_running_text_is_no_date() -> None:
    assert read("Rapat digelar dua puluh hari lalu di aula kantor wali kota bersama para camat dan lurah.") == []


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("kemarin lusa", timedelta(days=2)),  # Carbon's day before yesterday
        ("Kemarin Lusa, 14:20", timedelta(days=2)),
        ("kemarin dulu", timedelta(days=2)),
        ("2 hari silam", timedelta(days=2)),
        ("Diposting 3 jam silam oleh Admin", timedelta(hours=3)),
        ("sepekan silam", timedelta(days=7)),
        ("Jumat silam", timedelta(days=5)),
        ("Jum’at lalu pukul 09.30", timedelta(days=5)),  # WordPress's apostrophe
    ],
)
def test_the_older_and_carbons_relative_words_are_read(text: str, ago: timedelta) -> None:
    assert read(text) == [NOW - ago]


def test_a_counters_day_before_yesterday_and_a_sentences_silam_are_no_dates() -> None:
    assert read("Statistik\nHari ini\n12\nKemarin\n45\nKemarin Lusa\n30\nTotal\n1.204") == []
    assert read("Gedung itu dibangun 2 tahun silam oleh pemerintah kota dengan anggaran daerah.") == []


def test_a_stamp_with_its_time_over_a_comment_count_is_read() -> None:
    # JNews and Newspaper print the comment count after the date: a counter's row has no time.
    assert read("Rapat Koordinasi Stunting\noleh\nHumas\nKemarin, 14:20\n0\nPemerintah Kota Bekasi …") == [
        NOW - timedelta(days=1)
    ]


def test_a_counters_rows_over_their_numbers_are_no_dates() -> None:
    assert read("Pengunjung\nKemarin\n0\nHari ini\n12\nKemarin Lusa\n7") == []


# --- a letter's number that ends like a date ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nomor: B/5/13/2026",
        "Nomor: B/1/12/2026",
        "Nomor: 027/12/11/2026",
        "Surat Edaran No. 443.1/30/11/2026",
        "Nomor: 045.2/12/11/2026",
        "Nomor: B-12/11/2026",
        "Keputusan KEP-30-11-2026",
        "Undangan No. 800/28/Nov/2026",
    ],
)
def test_a_letters_number_is_no_date(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Nomor: 800/123/Diskominfo/2026 · 30 November 2026", day(11, 30)),
        ("027/1234/Bag.PBJ/XI/2026 · Senin, 30 November 2026", day(11, 30)),
        ("Tgl.30.11.2026", day(11, 30)),  # an abbreviation's full stop is no field of a number
        ("Tgl.30/11/2026", day(11, 30)),
        ("Senin,30/11/2026", day(11, 30)),
        ("Rapat (30/11/2026)", day(11, 30)),
        ("28/Nov/2026", day(11, 28)),
        ("Beranda/30 November 2026", day(11, 30)),
        ("Nomor: 30/11/2026", day(11, 30)),  # a date after the label, no field before it
    ],
)
def test_dates_beside_and_like_a_letters_number_are_read(text: str, when: datetime) -> None:
    assert read(text) == [when]


def test_a_list_of_letters_numbered_like_dates_does_not_date_a_stale_page() -> None:
    stamps = ["Nomor 443.1/30/11/2026 – 12 Mei 2026", "Nomor B/1/12/2026 – 04 Mei 2026"]
    assert page_date(news_list(stamps)) == day(5, 12)


# --- two-digit years beside four-digit ones ---------------------------------------------------------


@pytest.mark.parametrize("mark", ["-", "."])  # "/" was searched for beside four digits already
def test_a_two_digit_year_after_an_agreeing_days_name_is_read_beside_four_digit_years(mark: str) -> None:
    text = f"Kamis, 26{mark}11{mark}26 | 10:15\nSelasa, 12 Mei 2026"
    assert sorted(read(text)) == [day(5, 12), day(11, 26)]


def test_a_two_digit_year_without_an_agreeing_day_stays_unread_beside_four_digit_years() -> None:
    assert read("Rabu, 26-11-26\nHubungi 0821-2611-26\nVersi v26.11.26\nSelasa, 12 Mei 2026") == [day(5, 12)]


def test_a_texturized_fridays_two_digit_year_is_read() -> None:
    assert read("Jum’at, 27/11/26") == [day(11, 27)]


# --- a clock's labelled or icon's time ----------------------------------------------------------------


@pytest.mark.parametrize(
    "top_bar",
    [
        "Rabu, 2 Desember 2026 | Jam: 10:00:05",
        "Rabu, 02 Desember 2026 | Jam : 10:00:05 WIB",
        "Rabu, 2 Desember 2026 | Waktu: 10:00",
        "📅 Rabu, 2 Desember 2026 ⏰ 10:00 WIB",
        "Rabu, 2 Desember 2026 🕒 10:00:05",
    ],
)
def test_a_clocks_labelled_or_icons_time_makes_todays_date_a_clock(top_bar: str) -> None:
    assert read(top_bar, clocks=True) == []
    assert page_date(news_list(["Selasa, 12 Mei 2026", "Senin, 04 Mei 2026"], top_bar=top_bar)) == day(5, 12)


def test_another_days_date_with_a_labelled_time_is_read_outside_an_article() -> None:
    assert read("Senin, 30 November 2026 | Jam: 14:05 WIB", clocks=True) == [day(11, 30)]
