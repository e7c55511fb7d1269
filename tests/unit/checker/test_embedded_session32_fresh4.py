"""An app's news items after a third red team (session 32): a post with its address or body and an incident's place
or its time under "waktu"; an event's items stay no posts."""

from __future__ import annotations

import json

import pytest

from pantau_checker.core import embedded

HEADLINE = "Dishub Tertibkan Parkir Liar di Jalan Juanda Bekasi Timur"


def json_list(items: list[dict[str, object]]) -> str:
    return json.dumps({"data": {"$fH8x2kQ": items}})


@pytest.mark.parametrize(
    "item",
    [
        {"judul": HEADLINE, "slug": "parkir-liar", "tanggal": "2026-12-04", "lokasi": "Bekasi Timur"},
        {"judul": HEADLINE, "isi": "Petugas…", "tanggal_publish": "2026-12-04", "tempat_kejadian": "Jl. Juanda"},
        {"judul": HEADLINE, "slug": "parkir-liar", "tanggal": "2026-12-04", "tempat": "Jl. Juanda"},
    ],
    ids=["lokasi", "tempat_kejadian", "tempat"],
)
def test_a_posts_place_keeps_it_a_post(item: dict[str, object]) -> None:
    assert embedded.post_dates([json_list([item])]) == ["2026-12-04"]


def test_a_posts_time_under_waktu_is_its_date() -> None:
    item = {"judul": HEADLINE, "slug": "parkir-liar", "waktu": "2026-12-04 09:00:00", "gambar": "/p.jpg"}
    assert embedded.post_dates([json_list([item])]) == ["2026-12-04 09:00:00"]


@pytest.mark.parametrize(
    "item",
    [
        {"judul": "Senam Sehat", "tanggal": "2026-12-21", "lokasi": "Alun-alun", "waktu": "06.00 WIB"},
        {"judul": "Rapat Koordinasi", "slug": "rapat", "tanggal": "2026-12-09", "lokasi": "Aula", "jam_mulai": "09:00"},
        {"judul": "Pasar Murah", "slug": "pasar-murah", "tanggal": "2026-12-09", "tempat_kegiatan": "Kecamatan"},
        {"judul": "Apel Pagi", "slug": "apel", "waktu": "08.00 WIB", "tanggal_mulai": "2026-12-09"},
    ],
    ids=["an event without a slug", "an event's hours with a slug", "an activity's place", "an event's start"],
)
def test_an_events_items_stay_no_posts(item: dict[str, object]) -> None:
    assert embedded.post_dates([json_list([item])]) == []
