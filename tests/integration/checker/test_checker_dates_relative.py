"""Content freshness of department pages whose themes print relative and abbreviated stamps: in
capitals, with a byline on their line, Carbon's "Hari ini pukul 08.15" and "Kemarin pukul 14.20",
"Kemarin sore" and "tadi pagi",
"28/Nov/2026", and a time-ago of two units ("1 tahun, 3 hari yang lalu"); through a whole check against
one real HTTP server on 127.0.0.1.

The checker's clock is fixed (``stamped_pages``: Wednesday 2 December 2026, 10:00 in Bekasi).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import stand_in_pages as pages
from checker_servers import FakeSite
from stamped_pages import NOW, STALE, freshness_now, stamped_page

# What only looks like content's dates on a stale page of bare <div>s: a top bar's stamps of the
# day (Carbon's today, the day's name short), a form's placeholder and a calendar widget.
TOP_BAR = '<div class="row"><span>Hari ini, 10:00 WIB</span> <span>Rab, 02/12/2026</span></div>'
FORM_AND_CALENDAR = (
    '<div class="widget"><h3>Cek Jadwal Vaksinasi</h3><form action="/jadwal/"><label>Tanggal lahir</label>'
    '<input type="text" name="tgl" placeholder="dd/mm/yyyy"><button type="submit">Cari</button></form></div>'
    '<div class="widget"><h3>Kalender</h3><table><caption>Desember 2026</caption><tr><th>Sen</th><th>Sel</th>'
    "<th>Rab</th></tr><tr><td>1</td><td>2</td><td>3</td></tr></table></div>"
)


@pytest.mark.parametrize(
    ("html", "result", "last_changed"),
    [
        pytest.param(
            stamped_page(["2 JAM YANG LALU", "3 Hari yang lalu", "2 Days Ago"]),
            "update",
            NOW - timedelta(hours=2),
            id="capitals",
        ),
        pytest.param(
            stamped_page(["Diposting 3 hari yang lalu oleh Admin", "oleh Humas | 5 hari yang lalu | Berita"]),
            "update",
            NOW - timedelta(days=3),
            id="bylines",
        ),
        pytest.param(
            stamped_page(["Hari ini pukul 08.15", "Kemarin pukul 14.20", "28/11/2026"]),
            "update",
            NOW,
            id="carbon-calendar-in-articles",
        ),
        pytest.param(
            stamped_page(["Hari ini, 08:15", "Kemarin, 14:20"], plain=True),
            "update",
            NOW - timedelta(days=1),
            id="carbon-calendar-outside-articles",
        ),
        pytest.param(
            stamped_page(["Kemarin sore", "Kemarin pagi, 08.15 WIB", "12 Mei 2026"], plain=True),
            "update",
            NOW - timedelta(days=1),
            id="yesterday-with-the-part-of-the-day",
        ),
        pytest.param(
            stamped_page(["Diposting tadi pagi oleh Admin", "Kemarin sore"]),
            "update",
            NOW,
            id="earlier-today-by-its-part",
        ),
        pytest.param(
            stamped_page(["28/Nov/2026", "Sen, 23 Nov 2026", "17/Nov/2026"]),
            "update",
            datetime(2026, 11, 28, tzinfo=UTC),
            id="month-between-slashes",
        ),
        pytest.param(
            stamped_page(
                ["12 Mei 2026 · 1.204 kali dibaca", "Sen, 04/Mei/2026"],
                plain=True,
                top=TOP_BAR,
                extra=FORM_AND_CALENDAR,
            ),
            "tidak_update",
            STALE,
            id="stale-with-clocks-copyright-placeholder-calendar",
        ),
        pytest.param(
            # A portal's own time-ago of two units: the year is part of it, not the days alone.
            stamped_page(["1 tahun, 3 hari yang lalu", "1 tahun, 1 bulan yang lalu", "2 tahun 5 hari yang lalu"]),
            "tidak_update",
            NOW - timedelta(days=365 + 3),
            id="time-ago-of-a-year-and-days",
        ),
        pytest.param(
            stamped_page(["2 hari, 3 jam yang lalu", "8 bulan 4 hari yang lalu"], plain=True),
            "update",
            NOW - timedelta(days=2, hours=3),
            id="time-ago-of-days-and-hours",
        ),
        pytest.param(
            pages.maintenance_id("Kamis, 3/Des/2026 pukul 08.00 WIB"), "tidak_diketahui", None, id="maintenance-notice"
        ),
    ],
)
def test_a_pages_relative_and_abbreviated_stamps_date_it_at_the_time_of_the_check(
    shared_site: FakeSite, html: str, result: str, last_changed: datetime | None
) -> None:
    assert freshness_now(shared_site, html) == (result, last_changed)
