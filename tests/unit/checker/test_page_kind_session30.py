"""The eleventh round's pages in the application's place (``stand_in_pages_s30``), and the department's in their words.

Each stand-in here read as the application before, or for another reason: Tomcat's whole first page, Angie's, a
new site's page of CloudPanel, DirectAdmin, Webuzo, ispmanager, CyberPanel and Hestia, Django's welcome in Indonesian,
Strapi's first page; a hosting's page for a site it switched off (read as maintenance) or whose term ran out (read as
the domain's); Exabytes' parking page, a parked domain's refresh or script to its lander, ParkingCrew's lander drawn
by its script; Cloudflare's older error layout; a letter of a network repair; an application retired at its address.
Each comes with a department's page in the same words, which stays the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_s30 as s30
from vendor_pages import days_ago, tanggal

from pantau_checker.core.page_kind import PageKind


@pytest.mark.parametrize(
    ("html", "kind", "quoted", "look_alike"),
    [pytest.param(html, kind, quoted, look_alike, id=name) for html, kind, quoted, look_alike, name in s30.STAND_INS],
)
def test_a_stand_in_is_read_for_what_it_is_and_the_department_page_in_its_words_is_the_application(
    html: str, kind: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, kind, quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize("html", s30.LOOK_ALIKES)
def test_news_a_guide_and_login_pages_announcing_work_or_retirement_are_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


@pytest.mark.parametrize(
    "script",
    [
        pytest.param('window.location.replace("https://dinkes.bekasikota.go.id/portal/");', id="to-its-new-address"),
        pytest.param('window.location.href="https://ww2.bekasikota.go.id/dinkes/";', id="to-a-numbered-host"),
    ],
)
def test_an_empty_page_that_sends_its_visitor_to_the_departments_own_address_is_not_a_parked_domain(
    script: str,
) -> None:
    html = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><script>{script}</script>'
    html += "</body></html>"
    assert kind_of(html).kind != "domain_parkir"


def test_an_application_left_under_its_frameworks_title_and_heading_with_many_links_is_the_application() -> None:
    # Tomcat's page is told by its title and a sentence under it; a department's application that kept the
    # framework's title and heading over its own menu of forty-odd services says nothing more of the framework.
    services = "".join(f'<li><a href="/layanan/{i}">Layanan perizinan nomor {i}</a></li>' for i in range(1, 46))
    html = (
        "<!DOCTYPE html><html><head><title>Welcome to CodeIgniter</title></head><body><h1>Welcome to CodeIgniter</h1>"
        f"<p>Sistem Informasi Perizinan DPMPTSP Kota Bekasi. Pilih layanan:</p><ul>{services}</ul>"
        f"<p>Diperbarui {tanggal(days_ago(1))}</p></body></html>"
    )
    assert kind_of(html) == PageKind("aplikasi")
