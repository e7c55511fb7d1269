"""Content freshness of department pages that show a date just ahead: a stale page's deadline, validity,
election or countdown banner leaves it stale; a page's agenda of next week, or its fresh news beside a
registration banner, leaves it updated; through a whole check against one real HTTP server on 127.0.0.1.

The checker's clock is fixed (``stamped_pages``: Wednesday 2 December 2026, 10:00 in Bekasi).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from checker_servers import FakeSite
from stamped_pages import STALE, freshness_now, stamped_page

STALE_NEWS = ["Selasa, 12 Mei 2026", "Senin, 4 Mei 2026"]


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
            stamped_page(
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
            stamped_page(STALE_NEWS, extra=sidebar("<span>Promo berakhir</span> <span>14 Desember</span>")),
            "tidak_update",
            STALE,
            id="stale-with-a-promo-ending-without-its-year",
        ),
        pytest.param(
            stamped_page(STALE_NEWS, top='<div class="ticker">Pemilihan Kepala Daerah 9 Desember 2026</div>'),
            "tidak_update",
            STALE,
            id="stale-with-an-election-in-a-running-text",
        ),
        pytest.param(
            stamped_page(
                STALE_NEWS,
                top='<div class="countdown"><h4>Festival Patriot</h4><p>12 Desember 2026</p>'
                "<span>10</span> Hari <span>03</span> Jam <span>20</span> Menit</div>",
            ),
            "tidak_update",
            STALE,
            id="stale-with-a-countdown",
        ),
        pytest.param(
            stamped_page(STALE_NEWS, extra=sidebar("Sertifikat ISO 9001:2015 berlaku hingga 28 November 2026")),
            "tidak_update",
            STALE,
            id="stale-with-a-validity-just-ended",
        ),
        pytest.param(
            stamped_page(
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
            stamped_page(
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
    assert freshness_now(shared_site, html) == (result, last_changed)
