"""A hosting's page for an account it suspended or whose bill is unpaid, and a shared server's for a domain no account
claims (session 36), in the pure core: Niagahoster's "Akun Ini Telah Ditangguhkan", Rumahweb's "Layanan hosting untuk
domain ini sedang ditangguhkan" (read as a parked domain's before: the hosting is suspended, not the domain), Jagoan
Hosting's "… sedang menunggu pembayaran", a bill unpaid, aaPanel's "the site has been stopped", Plesk's "suspended by
the administrator of this server", "Domain not configured". A department's page with the same words keeps its menu
and news and stays the application.
"""

from __future__ import annotations

import pytest
from page_kinds import assert_kind, kind_of


def _hosting(title: str, heading: str, said: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="topbar"><span class="logo">Hosting</span></div><div class="box"><h1>{heading}</h1><p>{said}</p>'
        '<a class="btn" href="https://my.hosting.example/">Client Area</a></div></body></html>'
    )


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        (
            _hosting("Akun Ditangguhkan", "Akun Ini Telah Ditangguhkan", "Hubungi penyedia layanan."),
            "Telah Ditangguhkan",
        ),
        (
            _hosting(
                "Layanan Ditangguhkan", "Layanan Hosting", "Layanan hosting untuk domain ini sedang ditangguhkan."
            ),
            "hosting untuk domain ini sedang ditangguhkan",
        ),
        (
            _hosting("Tidak Aktif", "Mohon Maaf", "Layanan hosting untuk website ini sedang menunggu pembayaran."),
            "menunggu pembayaran",
        ),
        (
            _hosting(
                "Menunggu Pembayaran", "Mohon Maaf", "Website ini dinonaktifkan sementara karena tagihan hosting."
            ),
            "karena tagihan",
        ),
        (_hosting("Tagihan", "Mohon Maaf", "Tagihan hosting belum dibayar."), "Tagihan hosting belum dibayar"),
        (_hosting("Site stopped", "Sorry, the site has been stopped", "Contact the administrator."), "stopped"),
        (
            _hosting("Suspended", "This domain has been suspended", "Suspended by the administrator of this server."),
            "administrator of this server",
        ),
        (
            _hosting("Domain not configured", "Domain not configured", "Add it to your account."),
            "Domain not configured",
        ),
        (_hosting("Hosting", "Website Sedang Tidak Aktif", "Hubungi penyedia layanan."), "Website Sedang Tidak Aktif"),
    ],
)
def test_a_hostings_page_for_a_lapsed_account_is_its_default_page(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_bawaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        (_hosting("Expired", "Hosting Expired", "The hosting plan for this website has expired."), "Hosting Expired"),
        (_hosting("Expired", "Sorry", "The hosting plan for this website has expired."), "plan for this website"),
        (_hosting("Hosting", "Batas Sumber Daya Tercapai", "Coba beberapa saat lagi."), "Batas Sumber Daya Tercapai"),
        (_hosting("Hosting", "Mohon Maaf", "Website ini dibekukan oleh penyedia hosting."), "dibekukan"),
        (_hosting("Hosting", "Mohon Maaf", "Akun hosting ini telah dinonaktifkan."), "telah dinonaktifkan"),
    ],
)
def test_a_hostings_page_for_an_expired_frozen_or_exhausted_account_is_its_default_page(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_bawaan", quoted)


def test_a_registrars_page_for_a_domain_in_its_grace_period_is_a_parked_domain() -> None:
    html = _hosting("Registrar", "Perhatian", "Domain ini telah memasuki masa tenggang. Perpanjang sekarang.")
    assert_kind(html, "domain_parkir", "masa tenggang")


def test_a_department_news_item_on_a_hosting_suspended_stays_the_application() -> None:
    menu = "".join(f'<li><a href="/{i}/">Menu {i}</a></li>' for i in range(30))
    html = (
        f'<html><head><title>Diskominfostandi</title></head><body><nav class="main-nav"><ul>{menu}</ul></nav><main>'
        "<article><h2>Layanan Hosting Ini Telah Ditangguhkan? Begini Cara Mengaktifkannya</h2><p>Jika akun ini telah"
        " ditangguhkan karena tagihan hosting belum dibayar, ajukan perpanjangan ke Diskominfostandi.</p></article>"
        "</main></body></html>"
    )
    assert kind_of(html).is_app


def test_an_applications_login_telling_its_user_the_account_is_suspended_stays_the_application() -> None:
    html = (
        '<!DOCTYPE html><html><head><title>Login - SIMPEG Kota Bekasi</title></head><body class="login-page">'
        '<div class="login-box"><div class="login-logo"><b>SIMPEG</b> Kota Bekasi</div><p class="login-box-msg">Masuk'
        ' untuk memulai sesi</p><div class="alert alert-danger">Akun ini telah ditangguhkan. Hubungi admin BKPSDM.'
        '</div><form method="post" action="/login"><input name="nip" placeholder="NIP"><input type="password"'
        ' name="password"><button type="submit">Masuk</button></form><a href="/lupa-password">Lupa password?</a>'
        "</div></body></html>"
    )
    assert kind_of(html).is_app
