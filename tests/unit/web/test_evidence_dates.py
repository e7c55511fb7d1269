"""A finding's evidence as a page shows it: the checker's ISO days and months of a stale content read as
Indonesians write dates, the way the nota dinas writes them."""

from __future__ import annotations

import pytest

from pantau_web.views import evidence


@pytest.mark.parametrize(
    ("detail", "shown"),
    [
        (
            "tanggal di halaman 2026-07-09; umur 149 hari, batas 30 hari",
            "tanggal di halaman 9 Juli 2026; umur 149 hari, batas 30 hari",
        ),
        (
            "tanggal di alamat tautan berita bulan 2026-03; umur 270 hari, batas 30 hari",
            "tanggal di alamat tautan berita bulan Maret 2026; umur 270 hari, batas 30 hari",
        ),
        (
            "isi utama tidak berubah sejak 2025-12-01, batas 30 hari",
            "isi utama tidak berubah sejak 1 Desember 2025, batas 30 hari",
        ),
        (
            "header Last-Modified 2026-01-31; umur 308 hari, batas 90 hari",
            "header Last-Modified 31 Januari 2026; umur 308 hari, batas 90 hari",
        ),
    ],
)
def test_a_stale_contents_evidence_dates_read_in_indonesian(detail: str, shown: str) -> None:
    assert evidence(detail, "tidak_update") == shown


def test_a_findings_quoted_text_is_shown_as_the_page_wrote_it() -> None:
    quoted = "slot gacor 2026-12-05: “RTP LIVE 2026-12-05 maxwin”"
    assert evidence(quoted, "judi_online_tersembunyi") == quoted
