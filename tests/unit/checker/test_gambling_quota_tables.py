"""Quota and queue tables read as "slot 88": a department page counts its slots, spam sells a brand.

A Puskesmas vaccination schedule or a Disdukcapil queue puts "Sisa slot" in one cell and the number
in the next, and the page's text reads them as one phrase ("Sisa slot 88"), which is also how spam
spells the brand slot88 apart. The spelled-apart brand is therefore a weak term (company needed, and
cleared by the words of a quota); the brand glued, or next to a word that sells, is still spam.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://puskesmas-bantargebang.bekasikota.go.id/"


def puskesmas(content: str) -> Site:
    """Return a Puskesmas site whose content, after the news list, holds ``content``."""
    return Site(name="UPTD Puskesmas Bantargebang", main_extra=f'<section class="layanan">{content}</section>')


def findings(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.evidence for f in defacement.scan(page) if f.code == "judi_online"}


VACCINATION = "<h2>Jadwal Vaksinasi Influenza Pekan Ini</h2>" + "".join(
    f'<table class="table table-bordered"><caption>{day}</caption><tr><th>Jam</th><td>08.00 - 11.00</td></tr>'
    f"<tr><th>Lokasi</th><td>Aula Puskesmas</td></tr><tr><th>Sisa slot</th><td>{left}</td></tr></table>"
    for day, left in (("Senin", 88), ("Rabu", 303), ("Jumat", 777))
)
INNOCENT = {
    "remaining-slots-cell": "<table><tr><td>Sisa slot</td><td>88</td></tr><tr><td>Terisi</td><td>12</td></tr></table>",
    "slot-header-cell": "<table><tr><th>Slot</th><td>88</td></tr><tr><th>Loket</th><td>3</td></tr></table>",
    "slot-rows": "<table>" + "".join(f"<tr><th>Slot</th><td>{n}</td></tr>" for n in (86, 87, 88, 89)) + "</table>",
    "vaccination-schedule": VACCINATION,
    "available-colon": "<p>Slot tersedia: 88</p>",
    "numbered-list": "<ol>" + "".join(f"<li>Slot {n}</li>" for n in range(1, 90)) + "</ol>",
    "people-count": "<p>Jumlah slot 88 orang untuk pemeriksaan lansia hari Kamis.</p>",
    "queue-hours": (
        "<h3>Antrian Daring Disdukcapil</h3><div class='row'><div class='col'>Slot</div>"
        "<div class='col'>777</div></div><p>Pendaftaran dibuka pukul 07.00 WIB.</p>"
    ),
}


@pytest.mark.parametrize("content", INNOCENT.values(), ids=INNOCENT.keys())
def test_a_count_of_slots_on_a_department_page_is_no_gambling_finding(content: str) -> None:
    assert findings(puskesmas(content)) == {}


@pytest.mark.parametrize(
    ("content", "location"),
    [
        ("<p>Daftar sekarang di slot88, dijamin menang!</p>", "visible"),
        ("<p>Main slot 88 gacor hari ini</p>", "visible"),
        ("<p>SLOT88 link alternatif resmi</p>", "visible"),
        ('<p><a href="https://slot88.example/">slot 88</a></p>', "link"),
    ],
)
def test_the_brand_glued_or_selling_next_to_a_quota_table_is_still_found(content: str, location: str) -> None:
    assert list(findings(puskesmas(VACCINATION + content))) == [("judi_online", location)]


def test_the_brand_hidden_next_to_a_quota_table_is_still_found() -> None:
    site = puskesmas(VACCINATION + '<div style="display:none">slot 88 maxwin, slot 777 gacor</div>')
    assert list(findings(site)) == [("judi_online", "hidden")]


def test_the_brand_spelled_apart_needs_a_word_that_sells() -> None:
    assert [term for _, term, _ in flagged("Sisa slot 88")] == []
    assert [term for _, term, _ in flagged("Slot 87 Slot 88 Slot 89")] == []
    assert {term for _, term, _ in flagged("slot 88 gacor")} == {"slot 88", "gacor"}
    assert [term for _, term, _ in flagged("slot88")] == ["slot88"]
