"""Hosting-side pages in a department's place when its hosting or its domain lapses, through a check
(``hosting_lapse_pages_s36``): each is tidak_aktif for its own reason (a hosting's page ``halaman_bawaan``, a
registrar's or a parking service's ``domain_parkir``, a platform's with no site ``halaman_tidak_ditemukan``,
Cloudflare's ``galat_aplikasi``) and dates nothing; a department's page in their words stays aktif and update. A stale
site whose top bar prints its clock after "Waktu:", or whose statistics widget stamps today's data "Posisi data:",
stays tidak_update.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import hosting_lapse_pages_s36 as s36
import pytest
from checker_servers import Reply, assert_application, assert_stand_in, checked, make_checker, served_yesterday
from vendor_pages import Site, department_page, news_since, tanggal

from pantau_common.registry.model import AppSpec

STALE = (95, 110, 130, 160, 200, 240)


@pytest.mark.parametrize(
    ("html", "reason", "quoted"), [pytest.param(html, r, q, id=name) for html, r, q, name in s36.STAND_INS]
)
def test_a_hosting_or_registrar_page_in_the_sites_place_is_tidak_aktif_for_its_reason(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)


@pytest.mark.parametrize("html", [pytest.param(html, id=name) for html, name in s36.NEAR_MISSES])
def test_a_department_page_in_their_words_stays_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_application(served_yesterday(site, html))


def test_resource_limit_answered_with_508_is_down_for_its_status(site) -> None:  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(508, s36.RESOURCE_LIMIT))
    event = checked(site)
    assert (event.availability, event.reason, event.reason_detail) == ("tidak_aktif", "http_5xx", "HTTP 508")


def _stale(site, **knobs: str) -> str:  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(news=news_since(STALE), **knobs))))
    spec = AppSpec(
        id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://dinkes.bekasikota.go.id:{site.port}/"
    )
    return asyncio.run(make_checker(site.port, off=("cloaking",)).check(spec)).content.result


def test_a_stale_site_whose_clock_or_data_stamp_prints_today_stays_tidak_update(site) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC) + timedelta(hours=7)
    clock = f'<div class="clock-bar">Waktu: {tanggal(now, with_weekday=True)} {now:%H:%M:%S}</div>'
    stamp = (
        '<section class="widget"><h3 class="widget-title">Statistik Penduduk</h3><ul><li>Jumlah Penduduk: 2.543.676'
        f"</li><li>Laki-laki: 1.281.002</li></ul><p>Posisi data: {tanggal(now)}</p></section>"
    )
    assert _stale(site, body_top=clock) == "tidak_update"
    assert _stale(site, main_extra=stamp) == "tidak_update"
