"""A warning's or a lesson's words worn beside a seller's sign-up, promise or chat, or beside a brand, clear no
gambling term (``term_scan._worn``); a report that names the brand it tells of, or the seller's words it quotes or
tells of, stays news (session 36)."""

from __future__ import annotations

import pytest

from pantau_checker.core import term_scan, terms


def flagged(text: str) -> list[str]:
    return [term for _, code, term, _ in term_scan.flagged_each([text], prose=True) if code == "judi_online"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Istilah seperti slot gacor dan maxwin dipakai untuk menjerat korban. Diskominfo mengajak orang tua"
            " mengenali istilah ini lewat literasi digital. Daftar sekarang dan klaim bonus new member 100%.",
            "bonus new member",
        ),
        ("Waspada Slot Gacor: Maxwin Hanyalah Mitos \u2013 Slot gacor maxwin hari ini di KAISAR88", "kaisar88"),
        ("Waspada Slot Gacor: Maxwin Hanyalah Mitos \u2013 Slot gacor maxwin hari ini di KAISAR88", "slot gacor"),
        ("Waspada jebakan judi online! Slot gacor maxwin hari ini hanya di GARUDA4D.", "slot gacor"),
        ("Stop judi online, literasi digital untuk semua. Slot gacor maxwin, login KAISAR88 sekarang.", "maxwin"),
        ("Kenali jebakan bandar lewat literasi digital, lalu hubungi admin kami untuk pola gacor maxwin.", "maxwin"),
        ("Sosialisasi bahaya judi online: slot gacor maxwin link resmi KAISAR88.", "slot gacor"),
        ("Jangan jadi korban, tolak situs abal-abal. Main slot gacor maxwin di KAISAR 88 sekarang.", "slot gacor"),
        ("Razia Judi Online Digelar Polisi \u2013 slot gacor maxwin hari ini di KAISAR88, daftar sekarang", "maxwin"),
    ],
)
def test_a_warning_worn_beside_a_sign_up_or_a_brand_clears_nothing(text: str, term: str) -> None:
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Polisi blokir situs KAISAR88 yang mempromosikan slot gacor dan maxwin kepada pelajar.",
        "Satreskrim Polres meringkus 12 tersangka. Mereka mengelola situs slot gacor GARUDA4D dengan omzet Rp2 miliar.",
        "12 tersangka diringkus polisi. Mereka mengelola situs slot gacor GARUDA4D.",
        "Waspada situs slot gacor KAISAR88 yang mencatut logo Pemkot Bekasi.",
        "Pengadilan Negeri Bekasi memvonis admin situs slot gacor KAISAR88 tiga tahun penjara.",
        "Pelaku mengirim link alternatif slot gacor lewat WhatsApp untuk menjerat korban.",
        'Tersangka mempromosikan situs KAISAR88 dengan kalimat "slot gacor pasti menang" di Instagram, kata Kapolres.',
        'Waspadai pesan yang menawarkan "link alternatif" slot gacor. Itu jebakan judi online.',
        "Tersangka mengajak pengikutnya daftar sekarang di situs slot gacor KAISAR88, kata Kapolres.",
        "Polres blokir 200 situs slot gacor, termasuk yang mengaku terdaftar Kominfo.",
        "Slot gacor, scatter hitam dan maxwin hanyalah mitos; bandar selalu menang dalam jangka panjang.",
        # a department's top bar run into its headline: its own service's "24 jam", "Login", "Hubungi Kami"
        "Layanan pengaduan tersedia 24 jam \u2022 Login \u2022 Hubungi Kami Berita Terkini Waspada Slot Gacor: Maxwin"
        " Hanyalah Mitos",
    ],
)
def test_a_report_naming_the_brand_or_the_sellers_words_stays_news(text: str) -> None:
    assert flagged(text) == []


def test_the_worn_warnings_are_words_of_news() -> None:
    assert set(terms.WORN_WARNINGS) <= set(terms.COUNTER_CONTEXT)
