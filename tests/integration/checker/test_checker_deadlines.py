"""Content freshness of department pages that show a date just ahead: a stale page's deadline, validity,
election or countdown banner leaves it stale; a page's agenda of next week, or its fresh news beside a
registration banner, leaves it updated; through a whole check against one real HTTP server on 127.0.0.1.

The checker's clock is fixed (Wednesday 2 December 2026, 10:00 in Bekasi), so that the pages can
print their dates as literals, the way a site prints them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from checker_servers import FakeSite, Reply, make_checker
from vendor_pages import HEADLINES, News, Site, department_page

from pantau_common.registry.model import AppSpec

HOST = "dinkes.bekasikota.go.id"
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
STALE = datetime(2026, 5, 12, tzinfo=UTC)
STALE_NEWS = ["Selasa, 12 Mei 2026", "Senin, 4 Mei 2026"]


@pytest.fixture(scope="module")
def shared_site() -> Iterator[FakeSite]:
    """Return one plain-HTTP site for the module's checks, each serving its own page in turn."""
    with FakeSite() as running:
        yield running


def vendor_page(stamps: list[str], top: str = "", extra: str = "") -> str:
    """Return a department's home page whose news items print ``stamps``, its clock at ``NOW``."""
    news = [News(stamp, HEADLINES[i], f"berita-{i + 1}") for i, stamp in enumerate(stamps)]
    site = Site(news=news, clock=NOW + timedelta(hours=7), copyright_year=2026, body_top=top, main_extra=extra)
    return department_page(site)


def sidebar(*items: str) -> str:
    return (
        '<aside class="widget widget-pengumuman"><h3>Pengumuman</h3><ul>'
        + "".join(f"<li>{i}</li>" for i in items)
        + "</ul></aside>"
    )


@pytest.mark.parametrize(
    ("html", "result", "last_changed"),
    [
        pytest.param(
            vendor_page(
                STALE_NEWS,
                extra=sidebar(
                    "Pendaftaran dibuka hingga 10 Desember 2026",
                    "Berlaku s.d. 15 Desember 2026",
                    "Batas akhir pengumpulan: 12 Desember 2026",
                    "Paling lambat 9 Desember 2026",
                ),
            ),
            "tidak_update",
            STALE,
            id="stale-with-deadlines-in-its-sidebar",
        ),
        pytest.param(
            vendor_page(STALE_NEWS, extra=sidebar("<span>Promo berakhir</span> <span>14 Desember</span>")),
            "tidak_update",
            STALE,
            id="stale-with-a-promo-ending-without-its-year",
        ),
        pytest.param(
            vendor_page(STALE_NEWS, top='<div class="ticker">Pemilihan Kepala Daerah 9 Desember 2026</div>'),
            "tidak_update",
            STALE,
            id="stale-with-an-election-in-a-running-text",
        ),
        pytest.param(
            vendor_page(
                STALE_NEWS,
                top='<div class="countdown"><h4>Festival Patriot</h4><p>12 Desember 2026</p>'
                "<span>10</span> Hari <span>03</span> Jam <span>20</span> Menit</div>",
            ),
            "tidak_update",
            STALE,
            id="stale-with-a-countdown",
        ),
        pytest.param(
            vendor_page(STALE_NEWS, extra=sidebar("Sertifikat ISO 9001:2015 berlaku hingga 28 November 2026")),
            "tidak_update",
            STALE,
            id="stale-with-a-validity-just-ended",
        ),
        pytest.param(
            vendor_page(
                STALE_NEWS,
                extra='<aside class="widget"><h3>Agenda</h3><ul>'
                "<li>Agenda: Senin, 7 Desember 2026 Rapat Koordinasi Stunting</li>"
                "<li>Rabu, 9 Desember 2026 – Bimbingan Teknis SPBE</li></ul></aside>",
            ),
            "update",
            datetime(2026, 11, 25, tzinfo=UTC),
            id="an-agenda-of-next-week",
        ),
        pytest.param(
            vendor_page(
                ["Selasa, 1 Desember 2026", *STALE_NEWS],
                extra=sidebar("Pendaftaran PPDB dibuka hingga 10 Desember 2026"),
            ),
            "update",
            datetime(2026, 12, 1, tzinfo=UTC),
            id="fresh-news-beside-a-registration-banner",
        ),
    ],
)
def test_a_date_ahead_dates_a_page_only_as_an_agendas(
    shared_site: FakeSite, html: str, result: str, last_changed: datetime
) -> None:
    shared_site.route("*", "/", Reply(200, html))
    app = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{shared_site.port}/")
    event = asyncio.run(make_checker(shared_site.port, off=("cloaking",), clock=lambda: NOW).check(app))
    assert (event.content.result, event.content.last_changed) == (result, last_changed)
