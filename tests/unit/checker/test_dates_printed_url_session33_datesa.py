"""A date in the path of a URL printed as text is no date of the page's (session 33).

A stale site's widget whose fetch failed prints PHP's warning with the URL it asked for, today's date in its path
("file_get_contents(https://api.myquran.com/v2/sholat/jadwal/1203/2026/12/05): Failed to open stream"): the day it
asked for, not one the department wrote. The same date written as a date, or beside a URL, is still read.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pantau_checker.core.dates import dates_in_text


def test_a_date_in_a_printed_urls_path_is_not_read() -> None:
    warning = (
        "Jadwal Sholat\nWarning:  file_get_contents(https://api.myquran.com/v2/sholat/jadwal/1203/2026/12/05): "
        "Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable"
    )
    assert dates_in_text(warning) == []
    assert dates_in_text("Gagal mengambil data dari https://api.myquran.com/v2/sholat/jadwal/1203/2026/12/05") == []


def test_a_date_written_as_such_beside_a_url_is_read() -> None:
    assert dates_in_text("Diunggah 2026/12/05 oleh Admin") == [datetime(2026, 12, 5, tzinfo=UTC)]
    assert dates_in_text("Tanggal: 2026/12/05 | https://bekasikota.go.id/") == [datetime(2026, 12, 5, tzinfo=UTC)]
    assert dates_in_text("Sumber: https://bekasikota.go.id/berita/ (5 Desember 2026)") == [
        datetime(2026, 12, 5, tzinfo=UTC)
    ]


def test_a_posts_printed_source_url_keeps_its_date() -> None:
    """Narrowed after a red team: a post's source printed as text, no fetch failed, names the post's own day."""
    assert dates_in_text("sumber: https://bekasikota.go.id/2026/12/04/pemkot-bekasi-salurkan-bansos/") == [
        datetime(2026, 12, 4, tzinfo=UTC)
    ]
    assert dates_in_text("Dikutip dari https://news.detik.com/berita/d-7654321/2026/12/04/banjir") == [
        datetime(2026, 12, 4, tzinfo=UTC)
    ]
