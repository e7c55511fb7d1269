"""Two-digit years of a news list's numeric stamps and the posts of an app's embedded data (session 31), in the
pure cores with the time of the check given.

"04/12/26" is read day first as a theme's ``strftime("%d/%m/%y")`` prints it, only as a list's stamp (two digits
each, nothing of a number before it, the stamp's end after it, two of them at least) and only in its year or the
next; an app's data gives the dates of the titled items of its lists, not its configuration's, its user's or an
agenda's.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates, embedded

NOW = datetime(2026, 12, 5, 1, 15, tzinfo=UTC)  # Saturday, 08.15 WIB


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        (("04/12/26", "28/11/26"), [day(12, 4), day(11, 28)]),
        (("04-12-26 08:15", "01-12-26 14:30"), [day(12, 4), day(12, 1)]),
        (("28/11/26 | Admin", "15/07/25 | Admin"), [day(11, 28), day(7, 15, 2025)]),
        (("04/12/26", "15/07/23"), [day(12, 4)]),  # three years back: it counts only in its year or the next
    ],
)
def test_a_news_lists_two_digit_years_are_read_day_first(stamps: tuple[str, str], expected: list[datetime]) -> None:
    text = "Berita Terbaru\n" + "".join(f"Pelatihan Kader Posyandu Tahap {i}\n{s}\n" for i, s in enumerate(stamps))
    assert dates.content_dates(text, NOW) == expected


def test_a_lone_two_digit_stamp_is_more_often_a_number() -> None:
    assert dates.content_dates("Pelatihan Kader Posyandu\n04/12/26\n", NOW) == []


@pytest.mark.parametrize(
    "line",
    [
        "No. 04/12/26",
        "Nomor: 27/11/26",
        "Telp. 021-88-12-26",
        "Nomor: 800/04/12/26 tentang Pasar",
        "v2.04.12.26",
        "4/12/26",  # a day of one digit: no theme's strftime stamp
        "skor 04-12-26 poin",
        "04.12.26",
    ],
)
def test_numbers_like_a_two_digit_date_are_no_date(line: str) -> None:
    # Beside a list's stamp (read), the number is not read.
    text = f"Berita Terbaru\nRapat Koordinasi\n01/12/26\nInformasi\n{line}\n"
    assert dates.content_dates(text, NOW) == []


def test_a_two_digit_stamp_is_not_a_date_of_the_text_alone() -> None:
    # ``dates_in_text`` does not know the time of the check that would bound its year.
    assert dates.dates_in_text("Berita\n04/12/26\n01/12/26\n") == []


def test_an_apps_data_gives_its_posts_dates_only() -> None:
    data = {
        "props": {
            "pageProps": {
                "posts": [
                    {"title": "Vaksinasi Campak", "published_at": "2026-12-04T08:15:00+07:00", "updated_at": "x"},
                    {"judul": "Pelatihan Kader", "tanggal": "2026-11-30"},
                ],
                "config": {"created_at": "2026-12-05T00:00:00Z", "title": "Situs"},
                "user": {"name": "Admin", "created_at": "2026-12-05"},
                "agenda": [{"judul": "Rapat", "tanggal": "2026-12-20"}],
                "kegiatan": [{"judul": "Senam", "tanggal": "2026-12-21", "lokasi": "Alun-alun"}],
            }
        }
    }
    script = f"window.__APP__ = {json.dumps(data)}; var x = {{foo: 1}};"
    assert embedded.post_dates([script]) == ["2026-12-04T08:15:00+07:00", "2026-11-30"]


def test_an_apps_data_that_is_no_json_gives_nothing() -> None:
    assert embedded.post_dates(["window.__NUXT__=(function(a,b){return {data:[{judul:a,tanggal:b}]}}('x','y'))"]) == []
