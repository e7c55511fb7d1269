"""The page's freshness evidence read with fewer passes: the links' dated addresses split once for both kinds of
permalinks (``freshness._dated_paths``), and the newest of a page's dates taken at once where none is ahead
(``freshness.page_date_evidence``). Each is pinned against the code it replaced, kept here as the reference."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import suppress
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pantau_checker.core import freshness
from pantau_checker.core.dates import wib_day
from pantau_checker.core.freshness import Evidence, month_permalinks, page_date_evidence, permalink_dates
from pantau_checker.core.page import Page, parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import News, Site, department_page, news_since, tanggal

HOST = "dinkes.bekasikota.go.id"
NOW = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)


# --- the references: the code before -------------------------------------------------------------------------------


def _own_dated_paths_before(page: Page, host: str, pattern: re.Pattern[str]) -> Iterator[tuple[re.Match[str], str]]:
    for link in page.links[: freshness._MAX_PERMALINKS]:
        if "/20" not in link.href:
            continue
        parts = urlsplit(link.href)
        dated = pattern.fullmatch(parts.path)
        if dated is not None and (parts.hostname or "").removeprefix("www.") == host:
            yield dated, parts.path


def permalink_dates_before(page: Page, host: str) -> list[datetime]:
    found = []
    for dated, _ in _own_dated_paths_before(page, host.removeprefix("www."), freshness._PERMALINK):
        with suppress(ValueError):
            found.append(datetime(int(dated[1]), int(dated[2]), int(dated[3]), tzinfo=UTC))
    return found


def month_permalinks_before(page: Page, host: str) -> list[datetime]:
    return [
        datetime(int(dated[1]), int(dated[2]), 1, tzinfo=UTC)
        for dated, path in _own_dated_paths_before(page, host.removeprefix("www."), freshness._MONTH_PERMALINK)
        if path not in page.dates.side_paths
    ]


def page_date_evidence_before(
    dates: Sequence[datetime], now: datetime, in_articles: Sequence[datetime] = ()
) -> Evidence | None:
    first_ahead = freshness._first_day_ahead(now)
    today = first_ahead.date() - timedelta(days=1)
    upcoming = [d for d in dates if first_ahead <= d <= first_ahead - freshness._DAY + freshness._UPCOMING]
    daily = freshness._daily({d.date() for d in upcoming}, today)
    local = wib_day(now)
    todays = {today, local} if local != today and daily and any(d.date() == today for d in dates) else {today}
    first_row = bool(daily) and (
        not any(d.date() in todays for d in in_articles) or any(d.date() in daily for d in in_articles)
    )
    past = freshness.newest(
        "page_date", (d for d in dates if d < first_ahead and not (first_row and d.date() in todays)), now
    )
    ahead = max((d for d in upcoming if d.date() not in daily), default=None)
    if ahead is None or (past is not None and past.when >= ahead - freshness._UPCOMING):
        return past
    written = ahead - freshness._UPCOMING
    detail = (
        f"tanggal mendatang di halaman {ahead.date().isoformat()}, ditulis paling cepat {written.date().isoformat()}"
    )
    return Evidence("page_date", written, detail)


# --- pages ---------------------------------------------------------------------------------------------------------


def _page(news: list[News], main_extra: str = "", body_end: str = "") -> Page:
    html = department_page(Site(news=news, main_extra=main_extra, body_end=body_end, clock=NOW + timedelta(hours=7)))
    return parse_page(html, f"https://{HOST}/")


def _wordpress_news() -> list[News]:
    """A WordPress list of "day and name" and "month and name" permalinks, with an archive's and a sidebar's."""
    items = news_since([1, 3, 6, 9, 14, 20], now=NOW)
    slugs = [
        "2026/12/04/rapat-koordinasi-stunting",
        "2026/12/02/vaksinasi-gratis-di-42-puskesmas",
        "2026/11/rapat-evaluasi-kinerja-triwulan",
        "2026/11/26/peringatan-hari-kesehatan-nasional",
        "2026/02/31/tanggal-yang-tidak-ada",  # a 31st of a short month: no day
        "2026/11/21/",  # a day's archive
    ]
    return [News(item.when, item.headline, slug) for item, slug in zip(items, slugs, strict=True)]


_OTHER_LINKS = (
    '<ul class="sidebar"><li><a href="https://www.dinkes.bekasikota.go.id/2026/12/03/posyandu-balita/">'
    "Posyandu • Balita</a></li>"
    '<li><a href="https://antaranews.com/2026/12/05/berita-nasional/">Antara “Berita”</a></li>'
    '<li><a href="/2026/12/">Arsip Desember 2026</a></li>'
    '<li><a href="/2026/10/laporan-tahunan.html">Laporan © 2026</a></li>'
    '<li><a href="/?s=2026/12/01/cari">Cari</a></li>'
    '<li><a href="/unduh/formulir.pdf">Formulir Pendaftaran</a></li></ul>'
)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_page(news_since([1, 3, 6, 9], now=NOW)), id="no dated address"),
        pytest.param(_page(_wordpress_news()), id="wordpress permalinks"),
        pytest.param(_page(_wordpress_news(), main_extra=_OTHER_LINKS), id="other hosts and archives"),
        pytest.param(_page([], body_end=_OTHER_LINKS), id="footer links only"),
    ],
)
@pytest.mark.parametrize("host", [HOST, f"www.{HOST}", "antaranews.com", "bekasikota.go.id", ""])
def test_permalinks_as_before(page: Page, host: str) -> None:
    assert permalink_dates(page, host) == permalink_dates_before(page, host)
    assert month_permalinks(page, host) == month_permalinks_before(page, host)


def test_permalinks_read_on_a_wordpress_page() -> None:
    page = _page(_wordpress_news(), main_extra=_OTHER_LINKS)
    days = [datetime(2026, m, d, tzinfo=UTC) for m, d in ((12, 4), (12, 2), (11, 26)) for _image_and_title in range(2)]
    assert permalink_dates(page, HOST) == [*days, datetime(2026, 12, 3, tzinfo=UTC)]
    months = [datetime(2026, 11, 1, tzinfo=UTC)] * 2 + [datetime(2026, 10, 1, tzinfo=UTC)]
    assert month_permalinks(page, HOST) == months


def test_links_split_once_for_both_permalinks(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(_wordpress_news(), main_extra=_OTHER_LINKS)
    dated = sum("/20" in link.href for link in page.links)
    calls = []
    monkeypatch.setattr(freshness, "urlsplit", lambda url: calls.append(url) or urlsplit(url))
    permalink_dates(page, HOST)
    month_permalinks(page, HOST)
    permalink_dates(page, "antaranews.com")
    assert len(calls) == dated > 0


def test_no_dated_link_splits_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(news_since([1, 3, 6, 9], now=NOW))
    monkeypatch.setattr(freshness, "urlsplit", lambda url: pytest.fail(f"split {url}"))
    assert permalink_dates(page, HOST) == month_permalinks(page, HOST) == []


# --- page_date_evidence --------------------------------------------------------------------------------------------


def _midnight(now: datetime, days: int) -> datetime:
    return datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=days)


def _cases() -> Iterator[tuple[datetime, list[datetime], list[datetime]]]:
    """Checks' times over a day and its night (WIB and WIT ahead of UTC), with lists of dates: past ones, today's,
    upcoming ones, a day-by-day rota, ones too far ahead, stamps with a time, and instants in other zones."""
    rng = random.Random(42)
    wib = timezone(timedelta(hours=7))
    for hour in (0, 5, 14, 15, 16, 17, 21, 23):
        now = NOW.replace(hour=hour, minute=rng.choice((0, 29, 59)))
        yield now, [], []
        for _ in range(40):
            offsets = rng.sample(range(-400, 30), rng.randint(1, 25))
            dates = [_midnight(now, k) for k in offsets]
            if rng.random() < 0.3:  # a week's rota from today or tomorrow
                dates += [_midnight(now, k) for k in range(rng.choice((0, 1)), rng.randint(2, 8))]
            if rng.random() < 0.3:  # a stamp with its time, maybe of a moment just ahead
                dates.append(now + timedelta(minutes=rng.randint(-3000, 3000)))
            if rng.random() < 0.2:  # the same instant in WIB, after the newest in UTC: the first of them is taken
                newest = max(dates)
                dates += [newest.astimezone(wib), newest]
            rng.shuffle(dates)
            in_articles = rng.sample(dates, rng.randint(0, len(dates)))
            yield now, dates, in_articles


@pytest.mark.parametrize(("now", "dates", "in_articles"), list(_cases()))
def test_page_date_evidence_as_before(now: datetime, dates: list[datetime], in_articles: list[datetime]) -> None:
    found, before = page_date_evidence(dates, now, in_articles), page_date_evidence_before(dates, now, in_articles)
    assert found == before
    assert found is None or found.when.tzinfo is before.when.tzinfo  # type: ignore[union-attr]


def test_page_date_evidence_of_a_news_list() -> None:
    """A vendor's list of dated news, none ahead: the newest is the evidence."""
    days = [_midnight(NOW, -k) for k in (1, 3, 6, 9, 14)]
    found = page_date_evidence(days, NOW, days)
    assert found == Evidence("page_date", days[0], f"tanggal di halaman {days[0].date().isoformat()}")
    assert tanggal(days[0]) in department_page(Site(news=news_since([1], now=NOW), clock=NOW))


def test_page_date_evidence_of_a_moment_beyond_the_slack() -> None:
    """A stamp ahead of the check by more than its slack, yet before the first day ahead in WIT (the clock of a
    server in WIT read as UTC), is no evidence: the newest of the others is."""
    now = NOW.replace(hour=16)  # 01:00 WIT: the first day ahead is the day after tomorrow in UTC
    ahead = now + freshness._FUTURE_SLACK + timedelta(hours=2)
    assert ahead < freshness._first_day_ahead(now)
    past = _midnight(now, -2)
    assert page_date_evidence([ahead, past], now) == page_date_evidence_before([ahead, past], now)
    assert page_date_evidence([ahead, past], now).when == past  # type: ignore[union-attr]
    assert page_date_evidence([ahead], now) is None


def test_page_date_evidence_of_a_rota_from_today() -> None:
    """Days ahead (a rota) still take the slower reading: today's row is not the page's date."""
    now = NOW.replace(hour=3)
    rota = [_midnight(now, k) for k in range(0, 6)]
    past = _midnight(now, -10)
    assert page_date_evidence([past, *rota], now) == page_date_evidence_before([past, *rota], now)
    assert page_date_evidence([past, *rota], now).when == past  # type: ignore[union-attr]
