"""The posts of an app's embedded data as the red team's apps write them (session 31), in the pure core: keys of a
family ("tgl_publish", "tanggalTerbit", "judul_berita", "perihal"), Unix seconds and milliseconds, Strapi 4's
"attributes"; and the lists whose items have a title and a date of today but are no posts (staff, weather, prayer
times, prices, logs), known by the list's key or by the items' fields."""

from __future__ import annotations

import json

import pytest

from pantau_checker.core import embedded

SECONDS = 1_796_346_900  # 2026-12-04T01:15:00Z, 08.15 in Bekasi


def dates_of(data: object) -> list[str]:
    return embedded.post_dates([json.dumps(data)])


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"judul_berita": "Pasar Murah", "tgl_publish": "2026-12-04 08:15:00"}, ["2026-12-04 08:15:00"]),
        ({"judulBerita": "Pasar Murah", "tanggalTerbit": "2026-12-04"}, ["2026-12-04"]),
        ({"perihal": "Undangan Rapat", "nomor": "800/12/Disdag", "tanggal_surat": "2026-12-04"}, ["2026-12-04"]),
        ({"title": "Pasar Murah", "created": SECONDS}, ["2026-12-04T01:15:00+00:00"]),
        ({"title": "Pasar Murah", "date_created": SECONDS * 1000}, ["2026-12-04T01:15:00+00:00"]),
        (
            {"id": 7, "attributes": {"judul": "Pasar Murah", "publishedAt": "2026-12-04T01:15:00.000Z"}},
            ["2026-12-04T01:15:00.000Z"],
        ),
    ],
)
def test_a_posts_date_is_read_under_keys_of_its_family(item: dict[str, object], expected: list[str]) -> None:
    assert dates_of({"props": {"data": [item]}}) == expected


@pytest.mark.parametrize(
    "item",
    [
        {"title": "Pasar Murah", "updated_at": "2026-12-05", "updatedAt": SECONDS, "date_modified": "2026-12-05"},
        {"title": "Pasar Murah", "created_by": SECONDS, "createdBy": "admin", "tanggal_lahir": "1980-12-05"},
        {"title": "Pasar Murah", "tanggal_berakhir": "2026-12-20", "tgl_expired": "2026-12-31"},
        {"title": "Pasar Murah", "created": 1234, "date": True},  # no moment of 2000 to 2099
    ],
)
def test_a_date_of_the_family_that_is_no_posts_dates_nothing(item: dict[str, object]) -> None:
    assert dates_of({"posts": [item]}) == []


TODAY = "2026-12-05T01:00:00.000000Z"


@pytest.mark.parametrize(
    "data",
    [
        {"pegawai": [{"name": "Budi", "title": "Kepala Seksi", "created_at": TODAY}]},
        {"pejabat": {"data": [{"nama": "Sari", "judul": "Kabid", "tanggal": TODAY}]}},  # a paginator's page
        {"items": [{"name": "Budi", "title": "Kepala Seksi", "created_at": TODAY}]},  # a name and a job's title
        {"items": [{"nama": "Sari", "jabatan": "Staf", "judul": "Profil", "tanggal": TODAY}]},
        {"cuaca": [{"title": "Cerah Berawan", "tanggal": "2026-12-06"}]},
        {"data": [{"title": "Hujan Ringan", "date": "2026-12-06", "suhu": "27-33"}]},
        {"sholat": [{"title": "Subuh", "tanggal": "2026-12-05"}]},
        {"data": [{"judul": "Maghrib", "tanggal": "2026-12-05"}]},
        {"hargaKomoditas": [{"judul": "Beras Medium", "tanggal": "2026-12-05"}]},
        {"data": [{"judul": "Cabai Merah", "tanggal": "2026-12-05", "harga": 45000}]},
        {"activity_log": [{"title": "Login berhasil", "created_at": TODAY}]},
        {"data": [{"title": "Login berhasil", "created_at": TODAY, "ip": "10.1.1.5"}]},
        {"notifications": [{"title": "Pesan baru", "created_at": TODAY}]},
    ],
)
def test_a_list_of_titled_and_dated_items_that_are_no_posts_dates_nothing(data: dict[str, object]) -> None:
    assert dates_of({"props": data}) == []


@pytest.mark.parametrize(
    "data",
    [
        {"blogPosts": [{"title": "Pasar Murah", "author": {"name": "Admin", "email": "a@b.id"}, "date": TODAY}]},
        {"posts": [{"name": "pasar-murah", "title": "Pasar Murah", "slug": "pasar-murah", "date": TODAY}]},
        {"katalog": [{"judul": "Pasar Murah", "tanggal": TODAY}]},  # "katalog" and "blog" say no "log"
        {"kegiatan": {"data": [{"judul": "Senam Bersama", "slug": "senam", "created_at": TODAY}]}},
    ],
)
def test_posts_beside_an_authors_name_or_under_words_holding_such_a_word_are_read(data: dict[str, object]) -> None:
    assert dates_of({"props": data}) == [TODAY]
