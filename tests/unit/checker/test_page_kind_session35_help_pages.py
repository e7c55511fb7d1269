"""A help page headed by the error it explains (December 2026, sixteenth, read again).

"Terjadi Kesalahan Sistem" heads an application's error view; a help page or an FAQ heads a question with the same
words and says, first thing, what the message means or comes of ("Pesan ini muncul saat …", "Biasanya terjadi karena
…", "Saat mengisi formulir, tampilan ini berarti …"): the application's page. An error view's own comfort ("Biasanya
hanya sementara") or its note that the error was sent on ("Pesan kesalahan telah dikirim …") keeps it an error view.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from stand_in_pages_real_web import department

_MORE = "<h3>Akun Terkunci</h3><p>Setelah lima kali salah kata sandi, akun terkunci 30 menit.</p>"


@pytest.mark.parametrize(
    "explained",
    [
        pytest.param("Pesan ini muncul saat server sedang sibuk atau sesi Anda berakhir.", id="pesan-ini-muncul"),
        pytest.param("Biasanya terjadi karena koneksi terputus saat mengunggah berkas.", id="biasanya-terjadi"),
        pytest.param("Saat mengisi formulir, tampilan ini berarti data belum tersimpan.", id="tampilan-ini-berarti"),
        pytest.param("This message appears when your session has expired.", id="english"),
    ],
)
@pytest.mark.parametrize("heading", ["Terjadi Kesalahan Sistem", "An error occurred"])
def test_a_help_page_saying_what_the_message_means_is_the_application(heading: str, explained: str) -> None:
    html = department(main=f'<div class="faq"><h3>{heading}</h3><p>{explained} Silakan coba lagi.</p>{_MORE}</div>')
    assert kind_of(html).kind == "aplikasi"


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("Biasanya hanya sementara. Silakan coba beberapa saat lagi.", id="comfort"),
        pytest.param("Pesan kesalahan telah dikirim ke administrator. Silakan coba lagi.", id="sent-on"),
        pytest.param("Kesalahan ini telah dicatat. Silakan hubungi administrator.", id="logged"),
    ],
)
def test_an_error_view_saying_more_of_its_error_stays_galat_aplikasi(said: str) -> None:
    html = department(main=f'<div class="error-page"><h1>Terjadi Kesalahan Sistem</h1><p>{said}</p></div>')
    assert_kind(html, "galat_aplikasi", "Terjadi Kesalahan Sistem")
