"""The thirteenth round's dotted stamps and Nuxt readers narrowed after a red team (session 32), in the pure cores:
a dotted stamp counts only under its post's title and where no dotted number at a line's start is other than a
date; an app's list of one day's entries or of events by its keys' words holds no posts; Nuxt 2's state with
statements before its return, as a literal, with NaN, Infinity and Array(n) is read."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates, embedded

NOW = datetime(2026, 12, 5, 1, 15, tzinfo=UTC)  # Saturday, 08.15 WIB


def day(month: int, number: int) -> datetime:
    return datetime(2026, month, number, tzinfo=UTC)


def test_dotted_stamps_under_their_posts_titles_are_read() -> None:
    text = "Berita Terbaru\nPelatihan Kader Posyandu Tahap Satu\n04.12.26\nRapat Koordinasi Penanganan Banjir\n28.11.26"
    assert dates.content_dates(text, NOW) == [day(12, 4), day(11, 28)]


@pytest.mark.parametrize(
    "text",
    [
        "Pos Pantau\nJam\nBendung Bekasi\n14.11.26\nPondok Gede Permai\n14.10.31\nCikeas\n14.09.28\n",
        "Kode SOP\nNama SOP\n01.12.26\nSOP Pelayanan Izin Reklame\n02.12.26\nSOP Pelayanan PBG\n",
        # Titles of four words, but one of the column's numbers is no date: a race's times.
        "Muhammad Rizky Ananda Putra\n01.12.26\nDedi Supriadi Nugroho Saputra\n02.11.25\nAgus Prayitno\n00.38.21\n",
    ],
    ids=["a gauge's times", "codes", "a race's times"],
)
def test_dotted_numbers_of_a_tables_cells_are_no_dates(text: str) -> None:
    assert dates.content_dates(text, NOW) == []


@pytest.mark.parametrize(
    "item",
    [
        {"judul": "Rapat Koordinasi", "tanggal": "2026-12-09", "jam_mulai": "09:00"},
        {"judul": "Cerah Berawan", "tanggal": "2026-12-05 07:00:00", "suhu_min": 24},
        {"title": "Beras Medium", "tanggal": "2026-12-05", "hargaSekarang": 12800},
        {"judul": "Pendaftaran Pelatihan", "slug": "pelatihan", "tanggal_tutup": "2026-12-11"},
        {"title": "Dhuhur", "date": "2026-12-05"},
        {"title": "Isya'", "date": "2026-12-05"},
    ],
    ids=["an event's hours", "the weather", "a price", "a closing date", "a prayer", "a prayer's apostrophe"],
)
def test_an_items_compound_keys_and_a_prayers_spellings_make_it_no_post(item: dict[str, object]) -> None:
    assert embedded.post_dates([json_list([item])]) == []


def json_list(items: list[dict[str, object]]) -> str:
    return json.dumps({"data": {"$fH8x2kQ": items}})


def test_a_list_of_one_days_entries_without_a_posts_body_holds_no_posts() -> None:
    birthdays = [{"title": f"Selamat Ulang Tahun {name}", "date": "2026-12-05"} for name in ("Ahmad", "Siti")]
    assert embedded.post_dates([json_list(birthdays)]) == []


def test_posts_of_one_day_with_their_addresses_are_posts() -> None:
    posts = [{"judul": title, "slug": title.lower(), "tanggal": "2026-12-05"} for title in ("Apel Pagi", "Rapat")]
    assert embedded.post_dates([json_list(posts)]) == ["2026-12-05", "2026-12-05"]


def test_a_post_date_of_an_event_word_stays_a_post_date() -> None:
    post = {"judul": "Apel Pagi", "slug": "apel-pagi", "waktu_terbit": "2026-12-04 08:00"}
    assert embedded.post_dates([json_list([post])]) == ["2026-12-04 08:00"]


NUXT2_STATES = [
    'window.__NUXT__=(function(a,b){a.judul="Apel Pagi";a.tanggal="2026-12-04";return {data:[{headline:a,'
    'berita:[a,{judul:"Rapat",tanggal:"2026-12-01"}]}],error:b}}({},null));',
    'window.__NUXT__={data:[{berita:[{judul:"Apel Pagi",tanggal:"2026-12-04"},{judul:"Rapat",tanggal:"2026-12-01"}]}],'
    "serverRendered:!0};",
    'window.__NUXT__=(function(a){return {data:[{berita:[{judul:"Apel Pagi",tanggal:"2026-12-04"},{judul:"Rapat",'
    'tanggal:"2026-12-01"}],stat:{rating:NaN,naik:Infinity,turun:-Infinity},slider:Array(3)}],error:a}}(null));',
]


@pytest.mark.parametrize("state", NUXT2_STATES, ids=["statements", "a literal", "NaN, Infinity, Array(n)"])
def test_nuxt2_states_in_more_shapes_are_read(state: str) -> None:
    assert sorted(embedded.post_dates([state])) == ["2026-12-01", "2026-12-04"]


@pytest.mark.parametrize(
    "state",
    [
        'window.__NUXT__=(function(a){a[0]="x";return {data:[]}}([]));',  # a list's member set: unread
        "window.__NUXT__=(function(a){return {pola:/^\\d+$/}}(null));",  # a regular expression
        "window.__NUXT__=(function(a){return {n:Array(foo)}}(null));",
    ],
)
def test_nuxt2_states_of_other_shapes_fail_whole(state: str) -> None:
    assert embedded.post_dates([state]) == []
