"""An application's error view saying "Terjadi kesalahan sistem" (December 2026, sixteenth), and a help page that
explains the message under the same heading.

The error view of a small application (a Bootstrap card, an AdminLTE page) or of the theme's content column says its
error in a heading, "Maaf, terjadi kesalahan sistem." or "Terjadi Kesalahan Sistem", then asks the visitor to try
again: it had been read as the application, since only "kesalahan pada server" was known. A help page heads a
question with the message and explains when it shows ("Jika muncul pesan ini saat mengunggah berkas, …"): that is
the application's page, whichever error its heading names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from stand_in_pages_real_web import department
from vendor_pages import News, days_ago, news_since, tanggal


def _small(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css"></head>
<body class="bg-light">{body}<script src="/assets/vendor/jquery/jquery.min.js"></script></body></html>"""


CARD = _small(
    "e-Perizinan DPMPTSP Kota Bekasi",
    '<div class="container text-center mt-5"><img src="/assets/img/logo.png" width="80" alt="">'
    "<h4>Maaf, terjadi kesalahan sistem.</h4><p>Silakan coba lagi beberapa saat lagi.</p></div>",
)
ADMINLTE = _small(
    "SIMRAL Kota Bekasi",
    '<div class="error-page"><div class="error-content"><img src="/dist/img/error.svg" alt="">'
    "<h1>Terjadi Kesalahan Sistem</h1><p>Silakan hubungi administrator aplikasi.</p>"
    '<a href="/" class="btn btn-primary">Kembali</a></div></div>',
)
THEMED = department(
    main='<div class="error-page"><h2>Terjadi Kesalahan Sistem</h2><p>Mohon maaf, permintaan Anda tidak dapat diproses'
    " saat ini. Silakan coba beberapa saat lagi.</p></div>"
)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(CARD, "Maaf, terjadi kesalahan sistem.", id="bootstrap-card"),
        pytest.param(ADMINLTE, "Terjadi Kesalahan Sistem", id="adminlte-error-page"),
        pytest.param(THEMED, "Terjadi Kesalahan Sistem", id="theme-content-column"),
    ],
)
def test_an_error_view_saying_terjadi_kesalahan_sistem_is_galat_aplikasi(html: str, quoted: str) -> None:
    assert_kind(html, "galat_aplikasi", quoted)


_HELP = (
    "<h3>{heading}</h3><p>Jika muncul pesan ini saat mengunggah berkas, periksa ukuran berkas (maksimal 2 MB) lalu"
    " coba lagi.</p><h3>Sesi Berakhir</h3><p>Silakan login ulang dengan akun Anda.</p>"
)


@pytest.mark.parametrize("heading", ["Terjadi Kesalahan Sistem", "Terjadi Kesalahan Pada Server"])
@pytest.mark.parametrize("in_theme", [False, True], ids=["small-page", "theme"])
def test_a_help_page_explaining_the_message_under_its_heading_is_the_application(heading: str, in_theme: bool) -> None:
    help_text = _HELP.format(heading=heading)
    html = (
        department(main=f'<div class="faq">{help_text}</div>')
        if in_theme
        else _small("Bantuan e-Perizinan", f'<div class="container">{help_text}</div>')
    )
    assert kind_of(html).kind == "aplikasi"


def test_news_headlined_terjadi_kesalahan_sistem_is_the_application() -> None:
    news = [News(tanggal(days_ago(1), with_weekday=True), "Terjadi Kesalahan Sistem", "kesalahan-sistem-ppdb")]
    assert kind_of(department(news=news + news_since([3, 6, 9]))).kind == "aplikasi"
