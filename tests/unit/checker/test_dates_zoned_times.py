"""Times given in another zone than Bekasi's are read as the day they are in Bekasi (WIB, UTC+7): a post of
2 December 01:30 in Bekasi that WordPress or jQuery timeago gives in UTC ("2026-12-01T18:30:00Z") is of 2 December,
as the site writes it. A time in Bekasi's own zone, a date alone and a text keep their day."""

from __future__ import annotations

import pytest

from pantau_checker.core.page import parse_page

URL = "https://dinkes.bekasikota.go.id/"


def dated(stamp: str) -> str:
    """Return a news list whose first post is dated ``stamp`` (markup a script renders), the second in words."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi</title></head>'
        '<body><header><a href="/">Dinas Kesehatan</a><nav><a href="/">Beranda</a> <a href="/berita/">Berita</a>'
        '</nav></header><main><h2>Berita Terkini</h2><article class="post"><h3><a href="/posyandu/">Posyandu'
        f" Serentak di 56 Kelurahan</a></h3>{stamp}<p>Kader posyandu melayani warga.</p></article>"
        '<article class="post"><h3><a href="/rapat/">Rapat Koordinasi Stunting</a></h3><span class="tanggal">'
        "20 November 2026</span><p>Rapat dipimpin Sekretaris Daerah.</p></article></main>"
        "<footer><p>© 2026 Dinas Kesehatan Kota Bekasi</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        pytest.param('<time class="timeago" datetime="2026-12-01T18:30:00Z"></time>', "2026-12-02", id="time-utc"),
        pytest.param('<time datetime="2026-12-01T18:30:00+00:00"></time>', "2026-12-02", id="time-offset-zero"),
        pytest.param('<abbr class="timeago" title="2026-12-01T18:30:00Z"></abbr>', "2026-12-02", id="abbr-title-utc"),
        pytest.param('<span data-date="2026-12-01 18:30:00+0000"></span>', "2026-12-02", id="data-date-utc"),
        pytest.param('<time datetime="2026-12-01T23:30:00+07:00"></time>', "2026-12-01", id="time-in-wib"),
        pytest.param('<time datetime="2026-12-01">1 Desember 2026</time>', "2026-12-01", id="date-alone"),
    ],
)
def test_a_time_is_read_as_the_day_it_is_in_bekasi(stamp: str, day: str) -> None:
    found = parse_page(dated(stamp), URL).dates.in_articles
    assert day in found
    assert "T18:30" not in found
