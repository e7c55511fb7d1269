"""Nuxt's two unread shapes of an app's data in the pure core (session 32): Nuxt 3's flattened payload (devalue's
list of values holding their members' indexes) revived before its posts are read, and Nuxt 2's state written as a
function's call read by a small reader of its literals; and the blocks that are neither (a plain list of posts, a
chart's points, a script that calls anything else), read as before or not at all."""

from __future__ import annotations

import json

import pytest

from pantau_checker.core import embedded

# A Nuxt 3 payload: root, data, the fetched list, two posts (a shared category), a Set, a Date of Nuxt's reducer.
NUXT3 = [
    ["ShallowReactive", 1],
    {"data": 2, "state": 14, "once": 15, "serverRendered": 16, "path": 17},
    {"$fK3q9ZbXw1": 3},
    {"data": 4, "meta": 13},
    [5, 10],
    {"id": 6, "judul": 7, "kategori": 8, "published_at": 9},
    212,
    "Pasar Murah Jelang Natal",
    "Berita Dinas",
    "2026-12-04T08:15:00.000000Z",
    {"id": 11, "judul": 12, "kategori": 8, "tanggal": 18},
    211,
    "Sosialisasi Tera Ulang Timbangan",
    {"total": 6},
    {},
    ["Set"],
    False,
    "/",
    ["Date", "2026-12-01T02:00:00.000Z"],
]

NUXT2 = (
    'window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{berita:[{id:212,judul:"Pasar Murah",'
    'kategori:a,tanggal:"2026-12-04 08:15:00",gambar:"\\u002Fstorage\\u002F1.jpg"},{id:211,judul:"Tera Ulang",'
    "kategori:a,tanggal:d,aktif:!0,draft:void 0}]}],fetch:{},error:b,state:{user:b},serverRendered:c,"
    'routePath:"\\u002F"}}("Berita Dinas",null,true,"2026-12-01 10:00:00"));'
)


def test_a_nuxt3_payload_is_revived_and_its_posts_dates_read() -> None:
    assert embedded.post_dates([json.dumps(NUXT3)]) == ["2026-12-04T08:15:00.000000Z", "2026-12-01T02:00:00.000Z"]


def test_a_nuxt3_payload_of_an_older_release_with_a_plain_root_is_revived() -> None:
    plain = [{"data": 1}, {"berita": 2}, [3], {"judul": 4, "published_at": 5}, "Pasar Murah", "2026-12-04"]
    assert embedded.post_dates([json.dumps(plain)]) == ["2026-12-04"]


def test_a_nuxt3_payloads_cycle_and_bad_indexes_read_as_nothing() -> None:
    cyclic = [["Reactive", 1], {"self": 1, "lost": 99, "gone": -1, "berita": 2}, [1]]
    assert embedded.post_dates([json.dumps(cyclic)]) == []


@pytest.mark.parametrize(
    "data",
    [
        [{"id": 1, "judul": "Pasar Murah", "published_at": "2026-12-04"}],  # a plain list of posts
        [{"judul": "Pasar Murah", "published_at": "2026-12-04"}, {"judul": "Tera", "published_at": "2026-12-01"}],
    ],
)
def test_a_plain_list_of_posts_is_read_as_it_is(data: list[object]) -> None:
    assert embedded.post_dates([json.dumps(data)]) == [item["published_at"] for item in data]  # type: ignore[index]


def test_a_charts_points_are_no_flattened_payload() -> None:
    assert not embedded._is_flattened([[1, 2], [2, 5], [3, 4]])
    assert not embedded._is_flattened([{"x": 1, "y": 7}, {"x": 2, "y": 9}])


def test_nuxt2s_state_as_a_call_is_read_with_its_arguments() -> None:
    assert embedded.post_dates([NUXT2]) == ["2026-12-04 08:15:00", "2026-12-01 10:00:00"]


def test_nuxt2s_state_called_after_its_parenthesis_is_read() -> None:
    called = NUXT2.replace('}}("Berita', '}})("Berita')
    assert embedded.post_dates([called]) == ["2026-12-04 08:15:00", "2026-12-01 10:00:00"]


@pytest.mark.parametrize(
    "script",
    [
        NUXT2.replace("kategori:a", "kategori:window.kat", 1),  # an expression, not a literal
        NUXT2.replace("}]}],fetch", "}]}],fetch:", 1),  # broken
        NUXT2[: len(NUXT2) // 2],  # cut short
        "window.__NUXT__=(function(){var s=document.title;return {judul:s}}());",
    ],
)
def test_a_script_that_is_no_literal_state_dates_nothing(script: str) -> None:
    assert embedded.post_dates([script]) == []
