"""An app's list items after a second red team (session 32): a post's keys whose words are an event's or a price's,
and a news list all of one day."""

from __future__ import annotations

import json

import pytest

from pantau_checker.core import embedded

HEADLINES = (
    "Wali Kota Bekasi Tinjau Pasar Murah di Kecamatan Bekasi Utara",
    "Sosialisasi Tera Ulang Timbangan bagi Pedagang Pasar Kranji",
)


def json_list(items: list[dict[str, object]]) -> str:
    return json.dumps({"data": {"$fH8x2kQ": items}})


@pytest.mark.parametrize(
    "item",
    [
        {"judul": HEADLINES[0], "slug": "tinjau-pasar", "tanggal_publish": "2026-12-05", "jam_terbit": "08:15"},
        {"judul": HEADLINES[0], "slug": "tinjau-pasar", "tgl_mulai_tayang": "2026-12-05"},
        {"judul": HEADLINES[0], "slug": "tinjau-pasar", "tanggal": "2026-12-05", "kategori_harga": "Pangan"},
    ],
    ids=["jam_terbit", "tgl_mulai_tayang", "kategori_harga"],
)
def test_a_posts_key_naming_its_publishing_or_category_keeps_it_a_post(item: dict[str, object]) -> None:
    assert embedded.post_dates([json_list([item])]) == ["2026-12-05"]


def test_a_news_list_of_today_with_pictures_and_headlines_is_posts() -> None:
    items = [
        {"id": 9 - i, "judul": t, "gambar": f"/storage/{i}.jpg", "tanggal": "2026-12-05"}
        for i, t in enumerate(HEADLINES)
    ]
    assert embedded.post_dates([json_list(items)]) == ["2026-12-05", "2026-12-05"]


@pytest.mark.parametrize(
    "items",
    [
        [
            {"judul": w, "ikon": "/i/1.png", "gambar": "/i/1.png", "tanggal": "2026-12-05"}
            for w in ("Cerah", "Hujan Ringan")
        ],
        [
            {"judul": f"Selamat Ulang Tahun Bapak {n} Saputra", "foto": f"/f/{n}.jpg", "tanggal": "2026-12-05"}
            for n in ("Ahmad", "Budi")
        ],
        [{"judul": t, "tanggal": "2026-12-05"} for t in HEADLINES],
    ],
    ids=["the weather with icons", "birthdays with photos", "headlines without pictures"],
)
def test_lists_of_one_days_entries_stay_no_posts(items: list[dict[str, object]]) -> None:
    assert embedded.post_dates([json_list(items)]) == []


@pytest.mark.parametrize(
    "item",
    [
        {"judul": "Rapat Koordinasi", "slug": "rapat", "tanggal": "2026-12-09", "jam_mulai": "09:00"},
        {"judul": "Pameran UMKM", "slug": "pameran", "tanggal_selesai_tayang": "2026-12-20"},
    ],
    ids=["an event's hours with a slug", "the end of a showing"],
)
def test_an_events_and_an_ends_keys_stay_no_posts(item: dict[str, object]) -> None:
    assert embedded.post_dates([json_list([item])]) == []
