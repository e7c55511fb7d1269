"""Link addresses whose words are percent-encoded, as a spam kit writes a Chinese gambling path
(``/%E5%8D%9A%E5%BD%A9/`` is ``/博彩/``) or a space (``slot%20gacor``): read as a browser's address bar
shows them. A department's own encoded address ("/berita/pemkot%20bekasi") stays clean."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import spaced

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://dinkes.bekasikota.go.id/"


@pytest.mark.parametrize(
    ("address", "term"),
    [
        ("https://cp-888.example.cn/%E5%8D%9A%E5%BD%A9/%E7%99%BE%E5%AE%B6%E4%B9%90/", "博彩"),
        ("https://promo.example.xyz/daftar/slot%20gacor%20maxwin", "slot gacor"),
    ],
)
def test_a_hidden_farm_of_percent_encoded_addresses_is_found(address: str, term: str) -> None:
    farm = "".join(f'<a href="{address}?p={i}">&nbsp;</a>' for i in range(12))
    page = parse_page(department_page(Site(body_end=f'<div style="display:none">{farm}</div>')), URL)
    findings = defacement.scan(page)
    assert any(f.code == "judi_online" and term in f.evidence for f in findings), findings


def test_a_departments_own_encoded_addresses_stay_clean() -> None:
    links = (
        '<a href="/berita/pemkot%20bekasi%20gelar%20vaksinasi/">Vaksinasi</a>'
        '<a href="/unduh/Laporan%20Kinerja%202026.pdf">Laporan Kinerja</a>'
        '<a href="/cari?q=jadwal%20puskesmas">Cari jadwal</a>'
    )
    page = parse_page(department_page(Site(main_extra=f"<p>{links}</p>")), URL)
    assert defacement.scan(page) == ()


def test_an_address_spaced_is_read_as_the_address_bar_shows_it() -> None:
    assert spaced("https://x.example/%E5%8D%9A%E5%BD%A9/slot%20gacor") == "https:  x.example 博彩 slot gacor"
    assert spaced("https://x.example/%ZZ/") == "https:  x.example %ZZ "  # no escape: kept as it is
