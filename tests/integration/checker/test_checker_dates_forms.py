"""Content freshness of department pages whose themes print dates in the forms the reader got wrong:
glued ("Selasa,1Desember2026"), Moment's English calendar ("Last Monday at 2:30 PM"), "minggu
kemarin" and "bulan kemarin", a formal date's words; and stale pages whose widgets only look like
content dates (a visitor counter's "Minggu Lalu" row, a calendar widget's caption after a counter's
number, a top bar's "Rabu, 2 Desember 2026 M"); through a whole check against one real HTTP server on
127.0.0.1.

The checker's clock is fixed (``stamped_pages``: Wednesday 2 December 2026, 10:00 in Bekasi).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from checker_servers import FakeSite
from stamped_pages import NOW, STALE, freshness_now, stamped_page

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
            stamped_page(
                ["12 Mei 2026 · 1.204 kali dibaca", "4 Mei 2026"], plain=True, top=TOP_BAR, extra=COUNTER_AND_CALENDAR
            ),
            "tidak_update",
            STALE,
            id="stale-with-counter-calendar-and-top-bar-of-today",
        ),
        pytest.param(
            stamped_page(["Selasa,1Desember2026", "30Nov2026", "12 Mei 2026"]),
            "update",
            datetime(2026, 12, 1, tzinfo=UTC),
            id="glued-dates",
        ),
        pytest.param(
            stamped_page(["Last Monday at 2:30 PM", "12 Mei 2026"]),
            "update",
            NOW - timedelta(days=2),
            id="moments-last-weekday-in-english",
        ),
        pytest.param(
            stamped_page(["Diposting minggu kemarin oleh Admin", "12 Mei 2026"]),
            "update",
            NOW - timedelta(days=7),
            id="last-week-not-yesterday",
        ),
        pytest.param(
            stamped_page(["Diposting bulan kemarin oleh Admin", "12 Mei 2026"]),
            "tidak_update",
            STALE,
            id="last-month-is-no-yesterday",
        ),
        pytest.param(
            stamped_page(["tanggal 30 bulan November tahun 2026", "12 Mei 2026"], plain=True),
            "update",
            datetime(2026, 11, 30, tzinfo=UTC),
            id="formal-date",
        ),
    ],
)
def test_a_pages_date_forms_date_it_as_they_mean(
    shared_site: FakeSite, html: str, result: str, last_changed: datetime | None
) -> None:
    assert freshness_now(shared_site, html) == (result, last_changed)
