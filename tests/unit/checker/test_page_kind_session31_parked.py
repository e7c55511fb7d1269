"""Registries', hostings' and platforms' pages in the application's place, worded as a prober found them (session 31).

PANDI's page for a suspended name (headed "Domain Ditangguhkan", "… untuk sementara ditangguhkan (suspend) oleh
PANDI", "Domain dalam status serverHold"), a seller's "Domain premium ini tersedia untuk dibeli", a hosting's
"Hosting untuk website ini telah kedaluwarsa", Jagoan Hosting's page of a domain connected and nothing uploaded,
Heroku's new app, IIS's start page rewritten in Indonesian: each read as the application before. Each comes with a
department's page in the same words, which stays the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page, news_since

from pantau_checker.core.page_kind import PageKind

_STYLE = (
    "<style>body{font-family:Arial,sans-serif;background:#f4f6f9;color:#333}"
    ".box{max-width:640px;margin:80px auto}</style>"
)


def _notice(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{_STYLE}</head>'
        f'<body><div class="box">{body}</div></body></html>'
    )


PANDI_SUSPENDED = _notice(
    "Domain Ditangguhkan",
    '<img src="https://pandi.id/logo.png" alt="PANDI"><h1>Domain Ditangguhkan</h1><p>Nama domain '
    "<strong>dinkesbekasi.id</strong> untuk sementara ditangguhkan (suspend) oleh Pengelola Nama Domain Internet "
    "Indonesia (PANDI) sesuai ketentuan yang berlaku.</p><p>Untuk informasi lebih lanjut silakan hubungi "
    '<a href="mailto:support@pandi.id">support@pandi.id</a>.</p>',
)
PANDI_NO_PARENTHESES = _notice(
    "Domain Ditangguhkan",
    "<h1>Domain Ditangguhkan</h1><p>Nama domain dinkesbekasi.id untuk sementara ditangguhkan oleh PANDI sesuai "
    "ketentuan yang berlaku.</p>",
)
PANDI_HEADING_ONLY = _notice(
    "Domain Ditangguhkan",
    '<h1>Domain Ditangguhkan</h1><p>Silakan hubungi <a href="mailto:support@pandi.id">support@pandi.id</a>.</p>',
)
PANDI_SERVER_HOLD = _notice(
    "Server Hold",
    "<h1>Domain dalam status serverHold</h1><p>Domain ini sedang dalam status serverHold oleh registri .id (PANDI). "
    "Situs tidak dapat diakses sampai status dicabut.</p>",
)
PREMIUM_FOR_SALE = _notice(
    "dinkes-bekasi.com",
    "<h1>dinkes-bekasi.com</h1><p>Domain premium ini tersedia untuk dibeli. Harga nego.</p>"
    '<p>WhatsApp: <a href="https://wa.me/6281234567890">0812-3456-7890</a></p>',
)
HOSTING_EXPIRED = _notice(
    "Hosting Kedaluwarsa",
    "<h1>Hosting untuk website ini telah kedaluwarsa</h1><p>Silakan hubungi pemilik website.</p>",
)
HOSTING_SERVICE_EXPIRED = _notice(
    "Layanan Kedaluwarsa",
    "<h1>Layanan Kedaluwarsa</h1><p>Layanan hosting untuk domain ini sudah kedaluwarsa. Silakan lakukan perpanjangan "
    "agar website kembali aktif.</p>",
)
JAGOAN_CONNECTED = _notice(
    "Jagoan Hosting",
    '<img src="/jh-logo.svg" alt="Jagoan Hosting"><h1>Hosting sudah aktif!</h1><p>Domain dinkesbekasi.id sudah '
    "terhubung dengan layanan Jagoan Hosting. Upload website Anda sekarang.</p>"
    '<p><a href="https://www.jagoanhosting.com/tutorial">Tutorial</a></p>',
)
HEROKU_NEW_APP = _notice(
    "Heroku | Welcome to your new app!",
    "<h1>Heroku | Welcome to your new app!</h1><p>Refer to the "
    '<a href="https://devcenter.heroku.com/">documentation</a> if you need help deploying.</p>',
)
IIS_INDONESIAN = _notice(
    "Selamat Datang",
    "<h1>Selamat Datang</h1><p>Server IIS telah berhasil dipasang. Situs ini belum memiliki konten.</p>"
    '<p><img src="iisstart.png" alt="Internet Information Services"></p>',
)


def _department(main: str) -> str:
    """A department's page with its menu, sidebar and footer, ``main`` among its news."""
    return department_page(Site(news=news_since((2, 6, 11, 19, 27)), main_extra=main))


# The department's pages in the same words: a FAQ of its own domain and hosting, guidance to other offices.
PANDI_FAQ = _department(
    "<section><h2>Tanya Jawab Domain</h2><p>Apa artinya bila muncul halaman Domain Ditangguhkan? Artinya nama domain "
    "untuk sementara ditangguhkan oleh PANDI karena data pendaftar belum lengkap. Domain dalam status serverHold "
    "tidak dapat diakses sampai status dicabut.</p></section>"
)
HOSTING_FAQ = _department(
    "<section><h2>Perpanjangan Layanan</h2><p>Bila muncul tulisan Hosting untuk website ini telah kedaluwarsa, "
    "hubungi Bidang Aplikasi Informatika. Domain premium ini tersedia untuk dibeli adalah tulisan penjual domain, "
    "bukan milik pemerintah. Server IIS telah berhasil dipasang di pusat data kota.</p></section>"
)


@pytest.mark.parametrize(
    ("html", "kind", "quoted"),
    [
        pytest.param(PANDI_SUSPENDED, "domain_parkir", "ditangguhkan (suspend) oleh", id="pandi-suspended"),
        pytest.param(PANDI_NO_PARENTHESES, "domain_parkir", "ditangguhkan oleh PANDI", id="pandi-no-parentheses"),
        pytest.param(PANDI_HEADING_ONLY, "domain_parkir", "Domain Ditangguhkan", id="pandi-heading-only"),
        pytest.param(PANDI_SERVER_HOLD, "domain_parkir", "status serverHold", id="pandi-server-hold"),
        pytest.param(PREMIUM_FOR_SALE, "domain_parkir", "tersedia untuk dibeli", id="premium-for-sale"),
        pytest.param(HOSTING_EXPIRED, "halaman_bawaan", "telah kedaluwarsa", id="hosting-expired"),
        pytest.param(HOSTING_SERVICE_EXPIRED, "halaman_bawaan", "sudah kedaluwarsa", id="hosting-service-expired"),
        pytest.param(JAGOAN_CONNECTED, "halaman_bawaan", "Jagoan Hosting", id="jagoan-connected"),
        pytest.param(HEROKU_NEW_APP, "halaman_bawaan", "Welcome to your new app", id="heroku-new-app"),
        pytest.param(IIS_INDONESIAN, "halaman_bawaan", "Server IIS telah berhasil dipasang", id="iis-indonesian"),
    ],
)
def test_a_registrys_a_hostings_or_a_platforms_page_is_read_for_what_it_is(html: str, kind: str, quoted: str) -> None:
    assert_kind(html, kind, quoted)


@pytest.mark.parametrize("html", [pytest.param(PANDI_FAQ, id="pandi-faq"), pytest.param(HOSTING_FAQ, id="hosting-faq")])
def test_a_departments_page_in_the_same_words_is_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")
