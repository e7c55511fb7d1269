"""News of judi online that names the sellers' lures in a row, as police releases and a department's
own reports write them: a promoter arrested for "situs slot gacor maxwin", the Satgas blocking
"situs slot gacor terpercaya" fakes, a department's count of "iklan slot gacor maxwin" taken down.

None is an injection. A rule that read lures one right after another ("slot gacor maxwin") as spam
whatever news stands around them was tried, to find spam placed right after a campaign's headline
(which ends in no full stop); it flagged most of these, and was not kept (services/checker/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import gambling_literacy_pages as literacy
from vendor_pages import Site, department_page

URL = "https://diskominfo.bekasikota.go.id/"
REPORTS = [
    "Polres Metro Bekasi Kota menangkap seorang selebgram yang mempromosikan situs slot gacor maxwin melalui akun"
    " Instagram pribadinya. Pelaku dijerat Pasal 27 ayat (2) UU ITE dengan ancaman enam tahun penjara.",
    "Tersangka mengaku mendapat bayaran Rp5 juta per bulan untuk mengiklankan link slot gacor hari ini di media"
    " sosial. Polisi masih memburu bandar judi online yang membayarnya.",
    "Diskominfostandi Kota Bekasi telah menurunkan 1.250 konten judi online sepanjang 2026, sebagian besar berupa"
    " iklan slot gacor maxwin yang disisipkan ke situs-situs sekolah dan kelurahan.",
    "Warga diimbau tidak tergiur tawaran rtp slot gacor yang banyak beredar di media sosial. Judi online hanya"
    " merugikan keluarga.",
    "Kata-kata seperti slot gacor, maxwin dan scatter hitam kerap dipakai bandar untuk menjerat korban, terutama"
    " pelajar dan mahasiswa.",
    "Modus pelaku adalah menyebarkan pesan berantai berisi link daftar slot gacor lewat WhatsApp kepada nomor acak.",
    "Satgas Pemberantasan Judi Online memblokir ribuan situs slot gacor terpercaya palsu yang menipu warga dengan"
    " janji kemenangan besar.",
    "Sebanyak 12 situs pemerintah daerah di Jawa Barat disusupi konten judi slot gacor maxwin pada bulan lalu,"
    " menurut catatan Badan Siber dan Sandi Negara.",
]


@pytest.mark.parametrize("report", REPORTS, ids=range(len(REPORTS)))
def test_a_report_naming_the_lures_in_a_row_is_no_injection(report: str) -> None:
    assert list(flagged(report)) == []


def test_an_article_of_such_reports_in_a_department_page_is_clean() -> None:
    paragraphs = "".join(f"<p>{report}</p>" for report in REPORTS)
    article = (
        '<article class="single-post"><h1 class="entry-title">Diskominfostandi Perkuat Patroli Siber Judi Online'
        f'</h1><div class="entry-meta">Rabu, 2 Desember 2026 · Admin</div><div class="entry-content">{paragraphs}'
        "</div></article>"
    )
    page = parse_page(department_page(Site(name="Diskominfostandi Kota Bekasi", main=article)), URL)
    assert defacement.scan(page) == ()


@pytest.mark.parametrize("html", literacy.ARTICLES)
def test_a_departments_literacy_article_on_judi_online_is_clean(html: str) -> None:
    assert defacement.scan(parse_page(html, URL)) == ()
