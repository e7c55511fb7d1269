"""A post of today beside a pharmacies' duty rota from today (session 32), through a whole check against a real
HTTP server on 127.0.0.1: today's row of a schedule by day dates nothing, but the rota in a widget does not take
the day's article with it. A stale site with the same rota, and a page that is the rota itself (its rows in the
article), stay stale.

The pages are served without ``Last-Modified``; every date is counted back from the check's time (``NOW``) in
Bekasi (WIB), the day a post of today is printed with as well as the rota's first row.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from checker_servers import FakeSite, Reply, checked
from vendor_pages import Site, department_page, news_since, tanggal

# The check's time, pinned: a post of today and the rota's rows are of one WIB day at any hour of the run.
NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
WIB = timedelta(hours=7)
STALE_DAYS = [95, 130, 160, 190]
PHARMACIES = ("Kimia Farma Juanda", "K-24 Galaxy", "Century Summarecon", "Guardian Metropolitan", "Apotek Rakyat")


def _now() -> datetime:
    return NOW + WIB


def _rows() -> str:
    return "".join(
        f"<li>{tanggal(_now() + timedelta(days=k), with_weekday=True)}: Apotek {name}</li>"
        for k, name in enumerate(PHARMACIES)
    )


def _rota_widget() -> str:
    return f'<section class="widget"><h3>Apotek Piket 24 Jam</h3><ul>{_rows()}</ul></section>'


def _result(html: str) -> tuple[str, str | None]:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, html, {"Content-Type": "text/html; charset=UTF-8"}))
        event = checked(site, clock=lambda: NOW)
    return event.content.result, event.content.detail


def test_a_post_of_today_beside_a_rota_from_today_dates_the_page() -> None:
    page = department_page(Site(news=news_since([0, *STALE_DAYS], now=_now()), clock=_now(), main_extra=_rota_widget()))
    result, detail = _result(page)
    assert result == "update"
    assert f"{_now():%Y-%m-%d}" in (detail or "")


def test_a_stale_site_with_a_rota_from_today_stays_stale() -> None:
    page = department_page(Site(news=news_since(STALE_DAYS, now=_now()), clock=_now(), main_extra=_rota_widget()))
    assert _result(page)[0] == "tidak_update"


def test_a_rotas_own_page_of_rows_from_today_stays_stale() -> None:
    # The rota is the article: its first row of today is no post of today.
    rota = (
        '<article class="post type-page"><h1 class="entry-title">Jadwal Apotek Piket Kota Bekasi</h1>'
        f'<div class="entry-content"><p>Daftar apotek yang buka 24 jam pekan ini:</p><ul>{_rows()}</ul>'
        "<p>Jadwal dapat berubah sewaktu-waktu.</p></div></article>"
    )
    page = department_page(Site(news=news_since(STALE_DAYS, now=_now()), clock=_now(), main_extra=rota))
    assert _result(page)[0] == "tidak_update"
