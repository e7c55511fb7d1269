"""The cheaper paths of the checker's date reading (session 40) against what the general one reads.

What the characters before a year read (``_window_read``) is kept from one text to the next: a page's items are read
again check after check. Only what those characters alone decide is kept; a calendar's caption after the year and a
limit's words further back are read in each text. ``_Limits.of`` is asked only where a limit's word starts within its
reach before a date, or where a countdown's words are in the text. The years and the two-digit years of the 2020s
after a month's name are found in one pass (``_years_and_twenties``): the dates read as where each has a pass of its
own.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates
from pantau_checker.core.dates import date_marks

# A department's home page: a top bar's clock, a news list, limits, ranges, a letter's number, a version, Drupal's
# stamp, a two-digit year, relative dates, a calendar's caption, a form's date, an event's day, an ISO day, a footer.
_PAGE = (
    "Beranda\nProfil\nBerita\nAgenda\nKontak\n"
    "Selasa, 8 Desember 2026 | 10:15:05 WIB\n"
    "Berita Terkini\n"
    "Wali Kota Bekasi Resmikan Puskesmas Rawat Inap di Bantargebang\n Sabtu, 5 Desember 2026\n · \nAdmin\n · \n"
    "120 kali dilihat\n"
    "Pendaftaran Tenaga Kesehatan Haji dibuka 1 - 12 Desember 2026, berlaku s.d. 31 Desember 2026.\n"
    "Batas akhir pengumpulan berkas: 15 Desember 2026\n"
    "Posted on November 28, 2026 by Admin\n"
    "Rapat Koordinasi Stunting 28 November – 5 Desember 2026\n"
    "Pemilihan Kepala Daerah 27 November 2026\n"
    "Nomor: B/5/13/2026 tentang Jadwal Layanan\n"
    "Versi aplikasi v2.11.2026\n"
    "Data per 30/11/2026 - 09:15\n"
    "Kamis, 26/11/26 Admin\n"
    "Kegiatan posyandu 3 hari yang lalu\n"
    "Dikirim 2 days ago\n"
    "Desember 2026\nSen\nSel\nRab\n"
    "Tgl. 04 Bln. Desember Thn. 2026\n"
    "Senin, 23 November 2026\n · \nAdmin\n"
    "Peringatan HUT Kota Bekasi ke-29, 10 Maret 2027\n"
    "Pelayanan Vaksinasi Gratis, Kamis, 3 Desember 2026 08:00 WIB\n"
    "2026-11-21 Rilis laporan\n"
    "© 2026 Dinas Kesehatan Kota Bekasi\n"
)
# What the reading before session 40 gave (each date, its span, a range's last day, a limit's "until").
_WRITTEN = [
    ("2026-12-08", 44, 59, None, False),
    ("2026-12-05", 161, 176, None, False),
    ("2026-12-12", 253, 269, None, False),
    ("2026-12-01", 253, 269, "2026-12-12", False),
    ("2026-11-28", 361, 378, None, False),
    ("2026-12-05", 428, 443, None, False),
    ("2026-11-28", 428, 443, "2026-12-05", False),
    ("2026-11-30", 562, 572, None, False),
    ("2026-12-04", 688, 714, None, False),
    ("2026-11-23", 722, 738, None, False),
    ("2026-12-03", 832, 847, None, False),
    ("2026-11-21", 858, 868, None, False),
    ("2026-11-26", 588, 596, None, False),
]


def _written(text: str, clocks: bool = False) -> list[tuple[str, int, int, str | None, bool]]:
    return [
        # The flag by its truth: since session 47 the limit itself, or None (``written_marks``).
        (found.date().isoformat(), start, end, last and last.date().isoformat(), bool(until))
        for found, start, end, last, until in date_marks(text, clocks).written
    ]


@pytest.fixture(autouse=True)
def _cold() -> None:
    dates._window_read.cache_clear()
    dates._WINDOW_READS.clear()


@pytest.mark.parametrize("clocks", [False, True])
def test_a_page_reads_as_before_cold_and_again(clocks: bool) -> None:
    assert _written(_PAGE, clocks) == _WRITTEN
    assert _written(_PAGE, clocks) == _WRITTEN  # its windows kept from the first reading
    assert [str(ago) for ago in date_marks(_PAGE, clocks).relative] == ["3 days, 0:00:00", "2 days, 0:00:00"]


def test_a_news_list_of_forty_items_reads_each_item_again_after_a_new_one() -> None:
    items = [
        f"Berita ke-{n} tentang pelayanan kesehatan di Kota Bekasi\n Kamis, {n % 28 + 1} November 2026\n · \nAdmin\n"
        for n in range(40)
    ]
    before = _written("".join(items))
    after = _written("Berita baru\n Sabtu, 5 Desember 2026\n · \nAdmin\n" + "".join(items))
    shift = len("Berita baru\n Sabtu, 5 Desember 2026\n · \nAdmin\n")
    assert len(before) == 40
    assert after[1:] == [(d, start + shift, end + shift, last, until) for d, start, end, last, until in before]


def test_a_calendars_caption_is_read_in_each_text_after_the_same_window() -> None:
    # The same characters before the year; only what follows it makes the first a calendar's caption.
    caption = "Jumlah pengunjung 3\nDesember 2026\nSen\nSel\nRab\n"
    dated = "Jumlah pengunjung 3\nDesember 2026\nRapat koordinasi kader posyandu\n"
    assert _written(caption) == []
    assert _written(dated) == [("2026-12-03", 18, 33, None, False)]
    dates._window_read.cache_clear()
    dates._WINDOW_READS.clear()
    assert _written(dated) == [("2026-12-03", 18, 33, None, False)]
    assert _written(caption) == []


def test_the_same_window_before_another_year_reads_that_year() -> None:
    assert _written("Rapat Kamis, 3 Desember 2026\n") == [("2026-12-03", 13, 28, None, False)]
    assert _written("Rapat Kamis, 3 Desember 2025\n") == [("2025-12-03", 13, 28, None, False)]


def test_a_limits_word_beyond_the_window_is_read_in_each_text() -> None:
    # More than ``_WINDOW`` characters back, within ``_LIMIT_REACH``: the windows are the same, the limits not.
    gap = " " * 30
    assert _written(f"Berlaku{gap}berkas lengkap paling 15 Desember 2026\n") == []
    text = f"Diumumkan{gap}berkas lengkap paling 15 Desember 2026\n"
    start = text.index("15 Desember")
    assert _written(text) == [("2026-12-15", start, start + 16, None, False)]


@pytest.mark.parametrize("spaces", range(50, 66))
def test_a_limits_word_counts_up_to_its_reach_before_the_date(spaces: int) -> None:
    text = "Berlaku" + " " * spaces + "15 Desember 2026\n"
    bound = len("Berlaku") + spaces <= dates._LIMIT_REACH
    assert _written(text) == ([] if bound else [("2026-12-15", 7 + spaces, 23 + spaces, None, False)])


def test_a_countdown_far_from_any_limits_word_bounds_its_day() -> None:
    text = "Pengumuman penting bagi warga\n27 Desember 2026\n07 Hari 03 Jam 20 Menit\nRapat, 3 Desember 2026\n"
    start = text.index("3 Desember")
    assert _written(text) == [("2026-12-03", start, start + 15, None, False)]


def test_an_until_label_before_a_date_ahead_marks_it() -> None:
    written = date_marks("Pendaftaran dibuka hingga 20 Desember 2026\n").written
    assert [(found, bool(until)) for found, _start, _end, _last, until in written] == [
        (datetime(2026, 12, 20, tzinfo=UTC), True)
    ]


def test_a_ranges_label_is_read_before_its_first_day() -> None:
    assert _written("Promo berlaku 1 - 15 Desember 2026\n") == []
    text = "Pameran 1 - 15 Desember 2026\n"
    start = text.index("15 Desember")
    assert _written(text) == [
        ("2026-12-15", start, start + 16, None, False),
        ("2026-12-01", start, start + 16, "2026-12-15", False),
    ]


def _general(
    monkeypatch: pytest.MonkeyPatch, text: str, clocks: bool = False
) -> list[tuple[str, int, int, str | None, bool]]:
    """Return what the reading gives where the years and the two-digit years are each looked for in a pass of its
    own (as a text of more than ``_ONE_PASS_YEARS`` of them is read)."""
    with monkeypatch.context() as patched:
        patched.setattr(
            dates, "_years_and_twenties", lambda text: ([year.start() for year in dates._YEAR.finditer(text)], None)
        )
        return _written(text, clocks)


def test_two_digit_years_found_with_the_years_read_as_in_a_pass_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    items = "".join(
        f"Rapat koordinasi kader posyandu ke-{n}\n{n % 28 + 1} Nov 26 | Admin\nKamis, {n % 28 + 1} November 2026\n"
        f"Nomor: 443/{n}/2026, 120 kali dilihat, 28 Nov 2026 pukul 20.26\n"
        for n in range(30)
    )
    text = _PAGE + items + "Jadwal 3 Des 27, 14:05 WIB\nLaporan 30 Nov 26.000 warga\nRegistrasi 5 Desember 202612\n"
    fast = _written(text)
    assert fast == _general(monkeypatch, text)
    assert ("2026-11-02", text.index("2 Nov 26"), text.index("2 Nov 26") + 8, None, False) in fast
    assert ("2027-12-03", text.index("3 Des 27"), text.index("3 Des 27") + 8, None, False) in fast


def test_two_digit_years_after_the_most_years_read_are_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # More years than ``MAX_CANDIDATES`` before the stamps, fewer matches than ``_ONE_PASS_YEARS``.
    text = "Arsip " + " ".join("2026" for _ in range(dates.MAX_CANDIDATES + 20)) + "\n"
    text += "".join(f"Berita ke-{n}\n{n + 1} Des 26 | Admin\n" for n in range(20))
    fast = _written(text)
    assert fast == _general(monkeypatch, text)
    assert len(fast) == 20


def test_a_text_of_more_years_than_one_pass_reads_them_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(f"Rapat {n % 28 + 1} Nov 26 | Admin, {n % 28 + 1} November 2026\n" for n in range(600))
    years, twenties = dates._years_and_twenties(text)
    assert twenties is None
    assert years == [year.start() for year in dates._YEAR.finditer(text)]
    written = _written(text)
    assert written == _general(monkeypatch, text)
    assert len(written) > dates.MAX_CANDIDATES
