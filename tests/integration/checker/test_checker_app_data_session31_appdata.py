"""The posts of a single-page app's embedded data, as the red team's apps write them (session 31), through a whole
check against a real HTTP server on 127.0.0.1.

A fresh app is dated whatever the family of its keys ("judul_berita" and "tgl_publish", "perihal" and
"tanggal_surat" of an e-office's letters), Unix seconds ("created": 1764900000) or Strapi 4's "attributes"; a stale
app stays stale beside its lists of today that are no posts although their items have a title and a date: its staff
(a name beside a job's "title"), the weather of the days ahead, the prayer times, the market's prices, an activity
log. The pages are served without ``Last-Modified``, so that the data's dates decide.
"""

from __future__ import annotations

from datetime import UTC

import pytest
from test_checker_dates_session28 import HEADLINES
from test_checker_dates_session31 import FRESH_DAYS, STALE_DAYS, ago, next_shell, posts, result


def _fresh_news() -> dict[str, list[dict[str, object]]]:
    """Fresh news lists with no key of the earlier rounds' names."""
    return {
        "indonesian-keys": [
            {"id": i, "judul_berita": title, "tgl_publish": f"{ago(d):%Y-%m-%d} 08:15:00"}
            for i, (d, title) in enumerate(zip(FRESH_DAYS, HEADLINES, strict=False))
        ],
        "unix-seconds": [
            {"id": i, "title": title, "created": int(ago(d).astimezone(UTC).timestamp())}
            for i, (d, title) in enumerate(zip(FRESH_DAYS, HEADLINES, strict=False))
        ],
        "unix-milliseconds": [
            {"id": i, "judul": title, "tanggalPublish": int(ago(d).timestamp()) * 1000}
            for i, (d, title) in enumerate(zip(FRESH_DAYS, HEADLINES, strict=False))
        ],
        "e-office-letters": [
            {"id": i, "nomor": f"800/{120 + i}/Disdag", "perihal": title, "tanggal_surat": f"{ago(d):%Y-%m-%d}"}
            for i, (d, title) in enumerate(zip(FRESH_DAYS, HEADLINES, strict=False))
        ],
    }


@pytest.mark.parametrize("shape", ["indonesian-keys", "unix-seconds", "unix-milliseconds", "e-office-letters"])
def test_an_apps_fresh_posts_under_keys_of_any_family_date_it(shape: str) -> None:
    assert result(next_shell(_fresh_news()[shape])) == "update"


def test_strapis_posts_under_their_attributes_date_the_app() -> None:
    news = [
        {"id": i, "attributes": {"judul": title, "slug": f"b-{i}", "publishedAt": f"{ago(d):%Y-%m-%dT01:15:00.000Z}"}}
        for i, (d, title) in enumerate(zip(FRESH_DAYS, HEADLINES, strict=False))
    ]
    assert result(next_shell([], {"artikel": {"data": news, "meta": {"pagination": {"page": 1, "total": 42}}}})) == (
        "update"
    )


def _today(hour: int = 1) -> str:
    return f"{ago(0):%Y-%m-%d}T0{hour}:00:00.000000Z"


NOT_POSTS: dict[str, dict[str, object]] = {
    "staff-with-job-titles": {
        "pegawai": [
            {"id": i, "name": name, "title": job, "created_at": _today()}
            for i, (name, job) in enumerate([("Budi", "Kepala Seksi"), ("Sari", "Staf Pelaksana")])
        ]
    },
    "staff-under-a-paginator": {
        "items": {"data": [{"id": 1, "nama": "Andi", "jabatan": "Kepala Bidang", "title": "Kabid", "tgl": _today()}]}
    },
    "weather-ahead": {
        "cuaca": [
            {"title": sky, "tanggal": f"{ago(-k):%Y-%m-%d}", "suhu": "27-33"}
            for k, sky in enumerate(["Cerah Berawan", "Hujan Ringan", "Berawan"])
        ]
    },
    "prayer-times": {
        "sholat": [{"title": name, "tanggal": f"{ago(0):%Y-%m-%d}"} for name in ("Subuh", "Dzuhur", "Ashar", "Maghrib")]
    },
    "prayer-times-under-data": {
        "data": [{"judul": name, "date": f"{ago(0):%Y-%m-%d}"} for name in ("Subuh", "Dzuhur", "Ashar", "Maghrib")]
    },
    "market-prices": {
        "harga": [
            {"judul": item, "tanggal": f"{ago(0):%Y-%m-%d}", "harga": price}
            for item, price in [("Beras Medium", 12500), ("Cabai Merah", 45000), ("Minyak Goreng", 17000)]
        ]
    },
    "activity-log": {
        "activity_log": [
            {"id": 900 + i, "title": "Login berhasil", "created_at": _today(i), "ip": "10.1.1.5"} for i in range(3)
        ]
    },
}


@pytest.mark.parametrize("extra", NOT_POSTS.values(), ids=NOT_POSTS.keys())
def test_a_stale_apps_lists_of_today_that_are_no_posts_leave_it_stale(extra: dict[str, object]) -> None:
    stale = posts(STALE_DAYS, "published_at", lambda d: f"{d:%Y-%m-%dT08:15:00+07:00}")
    assert result(next_shell(stale, extra)) == "tidak_update"


def test_a_stale_apps_unix_seconds_and_ids_keep_it_stale() -> None:
    # An id of ten digits is no date; a post's "updated" of today is an edit, not a post.
    news = [
        {
            "id": 1_764_000_000 + i,
            "title": title,
            "created": int(ago(d).timestamp()),
            "updated": int(ago(0).timestamp()),
        }
        for i, (d, title) in enumerate(zip(STALE_DAYS, HEADLINES, strict=False))
    ]
    assert result(next_shell(news)) == "tidak_update"
