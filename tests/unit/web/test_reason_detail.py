"""A down reason as a page shows it: its label, then what the checker saw, without saying it twice."""

from __future__ import annotations

import pytest

from pantau_web.views import reason_detail


@pytest.mark.parametrize(
    ("reason", "detail", "shown"),
    [
        # The checker's detail starts with the label's own words: only what follows is shown.
        (
            "halaman_bawaan",
            "halaman bawaan server web, hosting atau kerangka aplikasi: \u201cWelcome to nginx!\u201d",
            "\u201cWelcome to nginx!\u201d",
        ),
        # A detail that says more than the label stays whole.
        (
            "galat_aplikasi",
            "kode sumber PHP dikirim apa adanya: server tidak menjalankan PHP",
            "kode sumber PHP dikirim apa adanya: server tidak menjalankan PHP",
        ),
        ("dalam_pemeliharaan", "pemberitahuan pemeliharaan: \u201cSitus sedang dalam perbaikan\u201d", None),
        ("diblokir_pelindung", "Sucuri/Cloudproxy memblokir pemeriksa (Block ID: BNP005)", None),
        ("koneksi_ditolak", None, ""),
        (None, "halaman bawaan server web: x", None),
    ],
)
def test_a_reasons_detail_is_shown_without_repeating_its_label(
    reason: str | None, detail: str | None, shown: str | None
) -> None:
    assert reason_detail(detail, reason) == (detail if shown is None else shown)
