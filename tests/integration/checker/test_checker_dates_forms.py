"""Content freshness of department pages whose themes print dates in the forms the reader got wrong:
glued ("Selasa,1Desember2026"), Moment's English calendar ("Last Monday at 2:30 PM"), "minggu
kemarin" and "bulan kemarin", a formal date's words; and stale pages whose widgets only look like
content dates (a visitor counter's "Minggu Lalu" row, a calendar widget's caption after a counter's
number, a top bar's "Rabu, 2 Desember 2026 M"); through a whole check against one real HTTP server on
127.0.0.1.

The checker's clock is fixed (Wednesday 2 December 2026, 10:00 in Bekasi), so that the pages can
print their stamps as literals, the way a site prints them.
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


@pytest.fixture(scope="module")
def shared_site() -> Iterator[FakeSite]:
    """Return one plain-HTTP site for the module's checks, each serving its own page in turn."""
    with FakeSite() as running:
        yield running


def vendor_page(stamps: list[str], plain: bool = False, top: str = "", extra: str = "") -> str:
    """Return a department's home page whose news items print ``stamps``, its clock at ``NOW``."""
    news = [News(stamp, HEADLINES[i], f"berita-{i + 1}") for i, stamp in enumerate(stamps)]
    site = Site(
        news=news,
        clock=NOW + timedelta(hours=7),
        copyright_year=2026,
        plain_markup=plain,
        body_top=top,
        main_extra=extra,
    )
    return department_page(site)


# A stale page's widgets of bare <div>s, outside its news: a top bar's date of today with its era, a
# visitor counter with last week's and last month's rows, and a calendar of this month after the
# counter's "Online" number.
TOP_BAR = '<div class="row"><span>Beranda</span> <span>Rabu, 2 Desember 2026 M</span></div>'
COUNTER_AND_CALENDAR = (
    '<div class="widget"><h3>Statistik Pengunjung</h3><ul><li><span>Hari ini</span> <span>12</span></li>'
    "<li><span>Minggu Lalu</span> <span>2.304</span></li><li><span>Bulan Lalu</span> <span>10.221</span></li>"
    "<li>Online: 1</li></ul></div>"
    '<div class="widget"><table><caption>Desember 2026</caption><tr>'
    + "".join(f"<th>{d}</th>" for d in ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"))
    + "</tr><tr><td>1</td><td>2</td><td>3</td></tr></table></div>"
)


@pytest.mark.parametrize(
    ("html", "result", "last_changed"),
    [
        pytest.param(
            vendor_page(
                ["12 Mei 2026 · 1.204 kali dibaca", "4 Mei 2026"], plain=True, top=TOP_BAR, extra=COUNTER_AND_CALENDAR
            ),
            "tidak_update",
            STALE,
            id="stale-with-counter-calendar-and-top-bar-of-today",
        ),
        pytest.param(
            vendor_page(["Selasa,1Desember2026", "30Nov2026", "12 Mei 2026"]),
            "update",
            datetime(2026, 12, 1, tzinfo=UTC),
            id="glued-dates",
        ),
        pytest.param(
            vendor_page(["Last Monday at 2:30 PM", "12 Mei 2026"]),
            "update",
            NOW - timedelta(days=2),
            id="moments-last-weekday-in-english",
        ),
        pytest.param(
            vendor_page(["Diposting minggu kemarin oleh Admin", "12 Mei 2026"]),
            "update",
            NOW - timedelta(days=7),
            id="last-week-not-yesterday",
        ),
        pytest.param(
            vendor_page(["Diposting bulan kemarin oleh Admin", "12 Mei 2026"]),
            "tidak_update",
            STALE,
            id="last-month-is-no-yesterday",
        ),
        pytest.param(
            vendor_page(["tanggal 30 bulan November tahun 2026", "12 Mei 2026"], plain=True),
            "update",
            datetime(2026, 11, 30, tzinfo=UTC),
            id="formal-date",
        ),
    ],
)
def test_a_pages_date_forms_date_it_as_they_mean(
    shared_site: FakeSite, html: str, result: str, last_changed: datetime | None
) -> None:
    shared_site.route("*", "/", Reply(200, html))
    app = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{shared_site.port}/")
    event = asyncio.run(make_checker(shared_site.port, off=("cloaking",), clock=lambda: NOW).check(app))
    assert (event.content.result, event.content.last_changed) == (result, last_changed)
