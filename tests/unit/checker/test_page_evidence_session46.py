"""The page's evidence reading its dates once: ``freshness.page_evidence`` takes the newest of the page's dates and the
first day ahead once (``_written``), takes the articles' dates as the posts where none is ahead, leaves the badges
unread where the newest is recent, does no work for a signal the page lacks (no dated meta, no JSON-LD, no dated
link), and reads ``Last-Modified`` without the lists ``newest`` and ``unstamped`` made of it. Each is pinned against
the code it replaced (kept below as the reference) on pages written the way a department's vendor writes them, at
times on each side of the days' limits, and on the edges of each fast path."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from pantau_checker.core import freshness
from pantau_checker.core.freshness import (
    _DATED_ITEMS,
    _DATED_POSTS,
    _FUTURE_SLACK,
    _RECENT,
    _UPCOMING,
    FRESHNESS_EVIDENCE_LABELS,
    Evidence,
    _daily,
    _first_day_ahead,
    _month_after,
    _month_evidence,
    _not_rendered,
    _rendered,
    _zone_dates,
    badge_evidence,
    http_date,
    json_ld_dates,
    meta_dates,
    month_permalinks,
    permalink_dates,
    unstamped,
    wib_day,
)
from pantau_checker.core.page import Page, parse_page

# --- the code replaced, as it was ---


def _old_newest(signal: str, dates: Iterable[datetime], now: datetime, detail: str = "") -> Evidence | None:
    latest = now + _FUTURE_SLACK
    credible = [d for d in dates if d <= latest]
    if not credible:
        return None
    when = max(credible)
    label = FRESHNESS_EVIDENCE_LABELS.get(signal, signal)
    return Evidence(signal, when, detail or f"{label} {when.date().isoformat()}")


def _old_page_date_evidence(
    dates: Sequence[datetime], now: datetime, in_articles: Sequence[datetime] = ()
) -> Evidence | None:
    first_ahead = _first_day_ahead(now)
    top = max(dates, default=None)
    if top is None or top < first_ahead:
        return _old_newest("page_date", (top,) if top is not None and top <= now + _FUTURE_SLACK else dates, now)
    today = first_ahead.date() - timedelta(days=1)
    upcoming = [d for d in dates if first_ahead <= d <= first_ahead - timedelta(days=1) + _UPCOMING]
    daily = _daily({d.date() for d in upcoming}, today)
    local = wib_day(now)
    todays = {today, local} if local != today and daily and any(d.date() == today for d in dates) else {today}
    first_row = bool(daily) and (
        not any(d.date() in todays for d in in_articles) or any(d.date() in daily for d in in_articles)
    )
    past = _old_newest(
        "page_date", (d for d in dates if d < first_ahead and not (first_row and d.date() in todays)), now
    )
    ahead = max((d for d in upcoming if d.date() not in daily), default=None)
    if ahead is None or (past is not None and past.when >= ahead - _UPCOMING):
        return past
    written = ahead - _UPCOMING
    detail = (
        f"tanggal mendatang di halaman {ahead.date().isoformat()}, ditulis paling cepat {written.date().isoformat()}"
    )
    return Evidence("page_date", written, detail)


def _old_last_modified(
    value: str | None,
    page: Page,
    host: str,
    dates: Sequence[datetime],
    posts: Sequence[datetime],
    written: Evidence | None,
    now: datetime,
) -> Evidence | None:
    when = http_date(value)
    found = _old_newest("last_modified", unstamped([when] if when is not None else [], now), now)
    if found is None or page.cached_copy:
        return None
    months = month_permalinks(page, host) if host and _rendered(page) else []
    if len(months) >= _DATED_POSTS and found.when - _month_after(max(months)) > _RECENT:
        if written is not None and found.when - written.when <= _RECENT:
            return found
        return freshness.replace(found, month_belied=True)
    if written is None or found.when - written.when <= _RECENT:
        return found
    days, post_days = len({d.date() for d in dates}), len({d.date() for d in posts})
    listed = days >= _DATED_ITEMS or post_days >= _DATED_POSTS
    one_post = post_days and page.dates.headlines <= post_days * _DATED_POSTS
    return None if listed or ((one_post or days >= _DATED_POSTS) and _rendered(page)) else found


def _old_page_evidence(page: Page, now: datetime, last_modified: str | None = None, host: str = "") -> list[Evidence]:
    in_articles, elsewhere = _zone_dates(page, now)
    dates = in_articles + elsewhere
    written = _old_page_date_evidence(dates, now, in_articles)
    ahead = _first_day_ahead(now)
    posts = [d for d in in_articles if d < ahead]
    found = (
        written,
        badge_evidence(page, dates, now, articles_dated=bool(in_articles)),
        _old_newest("metadata", _not_rendered(unstamped(meta_dates(page.metas), now), posts, now), now),
        _old_newest("json_ld", unstamped(json_ld_dates(page.dates.json_ld), now), now),
        _old_newest("permalink", permalink_dates(page, host), now) if host else None,
        _old_last_modified(last_modified, page, host, dates, posts, written, now),
    )
    dated = [e for e in found if e is not None]
    if host and not any(e.signal in ("page_date", "permalink") for e in dated):
        month = _month_evidence(page, host, now)
        dated += [month] if month is not None else []
    return dated


# --- pages as a department's vendor writes them ---

_HOST = "dinkes.bekasikota.go.id"
_MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
_DAYS = "Senin Selasa Rabu Kamis Jum’at Sabtu Minggu".split()
_WIB = timezone(timedelta(hours=7))


def _written_day(day: date) -> str:
    return f"{_DAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _vendor_page(
    news: Sequence[date] = (),
    *,
    links: str = "day",
    link_host: str = _HOST,
    generator: str = "WordPress 6.4.3",
    metas: Sequence[str] = (),
    json_ld: str = "",
    agenda: Sequence[date] = (),
    badges: Sequence[int] = (),
    badge_month: str = "Nov",
    cached: bool = False,
    plain_headlines: int = 0,
) -> str:
    """A department's home page: a top bar with the day and a clock, a menu, ``news`` as dated posts (their links
    to ``link_host`` by the day, the month or neither), an agenda of days to come, calendar badges without a year,
    headlines without a date, a footer with "©"; its generator, metas and JSON-LD in the head."""
    items = []
    for n, day in enumerate(news, 1):
        slug = f"rapat-koordinasi-bekasi-sehat-{n}"
        path = {
            "day": f"/{day:%Y/%m/%d}/{slug}/",
            "month": f"/{day:%Y/%m}/{slug}.html",
            "none": f"/berita/{slug}/",
        }[links]
        href = f"https://{link_host}{path}"
        items.append(
            f'<article class="post hentry"><h2 class="entry-title"><a href="{href}">Rapat Koordinasi “Bekasi Sehat”'
            f' ke-{n}</a></h2><div class="entry-meta"><span class="tgl">{_written_day(day)}</span> • '
            f'<span class="jam">08.{n % 60:02d} WIB</span> • {n * 7} kali dilihat</div><p>Dinas Kesehatan '
            f'menyelenggarakan rapat koordinasi ke-{n}. <a href="{href}">Selengkapnya »</a></p></article>'
        )
    items += [
        f'<article class="post"><h2 class="entry-title"><a href="/berita/info-{n}/">Info layanan ke-{n}</a></h2>'
        "<p>Layanan kesehatan gratis bagi warga.</p></article>"
        for n in range(plain_headlines)
    ]
    side = ""
    if agenda:
        rows = "".join(f"<li>{_written_day(day)}: Posyandu Balita RW {k:02d}</li>" for k, day in enumerate(agenda, 1))
        side += f'<aside class="widget agenda"><h3>Agenda Kegiatan</h3><ul>{rows}</ul></aside>'
    if badges:
        rows = "".join(f'<li><span class="tgl">{d} {badge_month}</span> Kegiatan posyandu {d}</li>' for d in badges)
        side += f'<aside class="widget kegiatan"><h3>Kegiatan</h3><ul>{rows}</ul></aside>'
    head = f'<meta name="generator" content="{generator}">' if generator else ""
    head += "".join(metas)
    head += f'<script type="application/ld+json">{json_ld}</script>' if json_ld else ""
    tail = "\n<!-- Dynamic page generated in 0.412 seconds. -->\n<!-- Cached page generated by WP-Super-Cache -->"
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan · Kota Bekasi</title>
{head}</head><body><div class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span> ·
<span class="jam-digital">10:30:00 WIB</span></div><header class="site-header"><nav><ul class="menu">
<li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li><li><a href="/berita/">Berita</a></li>
<li><a href="/layanan/">Layanan</a></li></ul></nav></header><main id="main" class="site-main">
<h1>Berita Terkini</h1>{"".join(items)}</main><div class="sidebar">{side}</div><footer class="site-footer">
<p>© 2026 Dinas Kesehatan Kota Bekasi · “Melayani dengan hati” · Jl. Jend. Ahmad Yani No. 1</p></footer>
</body></html>{tail if cached else ""}"""


_TODAY = date(2026, 12, 6)


def _days_before(*offsets: int) -> list[date]:
    return [_TODAY - timedelta(days=k) for k in offsets]


_PAGES = {
    "news, a day old": _vendor_page(_days_before(*range(1, 80, 2))),
    "news, today's": _vendor_page(_days_before(0, 1, 3, 8)),
    "news, months old": _vendor_page(_days_before(70, 75, 90, 120)),
    "news by the month, months old": _vendor_page(_days_before(70, 75, 90, 120), links="month"),
    "news by the month, no generator": _vendor_page(_days_before(70, 95), links="month", generator=""),
    "news by the month, another site's": _vendor_page(_days_before(70, 95), links="month", link_host="antara.co.id"),
    "news undated, linked by the month": _vendor_page([], links="month", plain_headlines=3).replace(
        "<main", '<div class="arsip"><a href="/2026/09/rapat-a.html">a</a><a href="/2026/10/rapat-b/">b</a></div><main'
    ),
    "badges, posts linked by the month": _vendor_page([], links="month", badges=(1, 2, 4), badge_month="Des").replace(
        "<main", '<div class="arsip"><a href="/2026/09/rapat-a.html">a</a><a href="/2026/10/rapat-b/">b</a></div><main'
    ),
    "one old post above undated news": _vendor_page(_days_before(60), plain_headlines=8),
    "one old post, few headlines": _vendor_page(_days_before(60), plain_headlines=1),
    "an old post, links to no dated address": _vendor_page(_days_before(40, 41, 45), links="none"),
    "no dates at all": _vendor_page([], links="none", plain_headlines=4),
    "no dates, no generator": _vendor_page([], links="none", generator="Joomla! - Open Source"),
    "an agenda ahead": _vendor_page(_days_before(5, 9), agenda=[_TODAY + timedelta(days=3)]),
    "an agenda ahead, old posts": _vendor_page(_days_before(25, 29), agenda=[_TODAY + timedelta(days=3)]),
    "a daily rota ahead": _vendor_page(
        _days_before(20, 30), agenda=[_TODAY + timedelta(days=k) for k in (0, 1, 2, 3, 4)]
    ),
    "an agenda far ahead": _vendor_page(_days_before(50), agenda=[_TODAY + timedelta(days=90)]),
    "an agenda ahead in the articles": _vendor_page([*_days_before(45), _TODAY + timedelta(days=2)]),
    "badges without a year": _vendor_page(_days_before(40), badges=(20, 24, 28), links="none"),
    "badges only": _vendor_page([], badges=(2, 28), links="none"),
    "a page cache's copy": _vendor_page(_days_before(3, 9, 12), cached=True),
    "dated metas": _vendor_page(
        _days_before(30, 31),
        metas=(
            '<meta property="article:modified_time" content="2026-12-04T09:00:00+07:00">',
            '<meta name="DC.date.modified" content="2026-12-06">',
            '<meta property="og:updated_time" content="2026-12-06T03:29:50+00:00">',
        ),
    ),
    "a bare meta date of today above old posts": _vendor_page(
        _days_before(40, 42), metas=('<meta name="dcterms.modified" content="2026-12-06">',)
    ),
    "JSON-LD": _vendor_page(
        _days_before(12),
        json_ld='{"@graph": [{"@type": "WebPage", "datePublished": "2026-11-30", "dateModified": "2026-12-03"}]}',
    ),
    "JSON-LD of no date": _vendor_page(_days_before(12), json_ld='{"@type": "Organization", "name": "Dinkes"}'),
    "a future date": _vendor_page([*_days_before(3), _TODAY + timedelta(days=400)]),
}

_NOWS = (
    datetime(2026, 12, 6, 3, 30, tzinfo=UTC),
    datetime(2026, 12, 6, 10, 30, tzinfo=_WIB),
    datetime(2026, 12, 6, 15, 30, tzinfo=UTC),  # already the 7th in WIT: the first day ahead is the 8th
    datetime(2026, 12, 6, 22, 30, tzinfo=_WIB),
    datetime(2026, 12, 8, 1, tzinfo=UTC),
    datetime(2026, 12, 9, 23, 59, tzinfo=UTC),
)


def _last_modifieds(now: datetime) -> tuple[str | None, ...]:
    utc = now.astimezone(UTC)
    return (
        None,
        "",
        "kemarin",
        format_datetime(utc - timedelta(seconds=40), usegmt=True),  # stamped at the request's moment
        format_datetime(utc + timedelta(hours=7), usegmt=True).replace("GMT", "+0000"),  # a WIB stamp read as UTC
        format_datetime(utc - timedelta(hours=5), usegmt=True),
        format_datetime(utc - timedelta(days=2), usegmt=True),
        "Sat, 05 Dec 2026 00:00:00 GMT",  # a bare date
        "Sun, 01 Nov 2026 10:00:00 GMT",  # before most posts
        format_datetime(utc + timedelta(days=3), usegmt=True),  # ahead
        "Sun, 06 Dec 2026 10:15:00",  # no zone
    )


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple[Page, Page]]:
    """Each page parsed twice: the new code and the reference each read a page of their own."""
    url = f"https://{_HOST}/"
    return {name: (parse_page(html, url), parse_page(html, url)) for name, html in _PAGES.items()}


@pytest.mark.parametrize("name", list(_PAGES))
def test_a_vendors_page_evidence_as_before(name: str, parsed: dict[str, tuple[Page, Page]]) -> None:
    new_page, old_page = parsed[name]
    for now in _NOWS:
        for last_modified in _last_modifieds(now):
            for host in ("", _HOST, f"www.{_HOST}", "antara.co.id"):
                new = freshness.page_evidence(new_page, now, last_modified, host)
                old = _old_page_evidence(old_page, now, last_modified, host)
                assert repr(new) == repr(old), (now, last_modified, host)
                assert [type(e) for e in new] == [Evidence] * len(new)


def test_the_pages_take_each_path() -> None:
    """The pages above reach each way through the evidence, of the fast paths and around them."""
    url = f"https://{_HOST}/"
    now = _NOWS[0]
    fresh = format_datetime(now - timedelta(hours=5), usegmt=True)
    signals = {
        name: [e.signal for e in freshness.page_evidence(parse_page(html, url), now, fresh, _HOST)]
        for name, html in _PAGES.items()
    }
    assert signals["news, a day old"] == ["page_date", "permalink", "last_modified"]
    assert signals["news, months old"] == ["page_date", "permalink"]  # the header belied by the posts
    assert signals["news by the month, months old"] == ["page_date", "last_modified"]
    month_belied = freshness.page_evidence(parse_page(_PAGES["news by the month, months old"], url), now, fresh, _HOST)
    assert month_belied[-1].month_belied
    assert signals["news undated, linked by the month"] == ["last_modified", "permalink"]  # the month's, last
    assert signals["no dates at all"] == ["last_modified"]
    assert signals["a page cache's copy"] == ["page_date", "permalink"]
    assert signals["dated metas"] == ["page_date", "metadata", "permalink"]
    assert signals["a bare meta date of today above old posts"] == ["page_date", "permalink"]
    assert signals["JSON-LD"] == ["page_date", "json_ld", "permalink"]
    assert signals["JSON-LD of no date"] == ["page_date", "permalink"]
    assert signals["badges only"] == ["page_date", "last_modified"]
    assert signals["badges, posts linked by the month"] == ["page_date", "last_modified"]  # no month: the badges'
    badges = freshness.page_evidence(parse_page(_PAGES["badges without a year"], url), now, None, _HOST)
    assert [e.year_guessed for e in badges] == [False, True]
    agenda = freshness.page_evidence(parse_page(_PAGES["an agenda ahead, old posts"], url), now, None, _HOST)
    assert agenda[0].detail.startswith("tanggal mendatang")
    agenda = freshness.page_evidence(parse_page(_PAGES["an agenda ahead"], url), now, None, _HOST)
    assert agenda[0].detail == "tanggal di halaman 2026-12-01"  # a post newer than the agenda's writing
    stamped = format_datetime(now - timedelta(seconds=40), usegmt=True)
    assert [e.signal for e in freshness.page_evidence(parse_page(_PAGES["no dates at all"], url), now, stamped)] == []


def test_no_host_no_month() -> None:
    """Without the page's host, its posts' months are not read: not even those of links of no host either."""
    html = _PAGES["news undated, linked by the month"].replace('href="/2026/', 'href="file:///2026/')
    page = parse_page(html, f"https://{_HOST}/")
    assert len(freshness.month_permalinks(page, "")) == 2  # the links' host is "" as well
    for now in _NOWS:
        new = freshness.page_evidence(page, now, None, "")
        assert repr(new) == repr(_old_page_evidence(parse_page(html, f"https://{_HOST}/"), now, None, "")) == "[]"


def test_an_upcoming_post_is_no_post() -> None:
    """Where a date is ahead, the articles' dates before the first day ahead are the posts: an article's date to come
    does not make a meta's bare date of today a template's stamp."""
    html = _vendor_page(
        [*_days_before(45), _TODAY + timedelta(days=2)], metas=('<meta name="dcterms.modified" content="2026-12-06">',)
    )
    now = datetime(2026, 12, 6, 3, 30, tzinfo=UTC)
    url = f"https://{_HOST}/"
    new = freshness.page_evidence(parse_page(html, url), now, None, _HOST)
    assert repr(new) == repr(_old_page_evidence(parse_page(html, url), now, None, _HOST))
    assert "metadata" not in [e.signal for e in new]  # the one post is 45 days old: the meta's date is a stamp
    # Nor, with the post to come counted as one, would the header be belied by fewer posts.
    old_header = "Sun, 01 Nov 2026 10:00:00 GMT"
    for last_modified in (old_header, format_datetime(now - timedelta(days=1), usegmt=True)):
        a = freshness.page_evidence(parse_page(html, url), now, last_modified, _HOST)
        assert repr(a) == repr(_old_page_evidence(parse_page(html, url), now, last_modified, _HOST))


def test_the_badges_read_only_where_no_date_is_recent() -> None:
    url = f"https://{_HOST}/"
    for offset, read in ((0, False), (1, False), (2, False), (3, True), (30, True)):
        html = _vendor_page(_days_before(offset, 60), badges=(1, 2, 4), badge_month="Des", links="none")
        now = datetime(2026, 12, 6, 3, 30, tzinfo=UTC)
        new = freshness.page_evidence(parse_page(html, url), now, None, _HOST)
        assert repr(new) == repr(_old_page_evidence(parse_page(html, url), now, None, _HOST))
        assert any(e.year_guessed for e in new) is read, offset


# --- the functions alone, on dates of every kind ---


def _random_dates(rng: random.Random, now: datetime) -> list[datetime]:
    zones = (UTC, _WIB, timezone(timedelta(hours=9)), timezone(timedelta(hours=-5)))
    found = []
    for _ in range(rng.choice((0, 1, 2, 3, 5, 12, 40))):
        hours = rng.choice((0, 0, 0, rng.randrange(24)))
        day = now.date() + timedelta(days=rng.randrange(-90, 12))
        found.append(datetime(day.year, day.month, day.day, hours, tzinfo=rng.choice(zones)))
    if found and rng.random() < 0.2:  # the same moment twice, in two zones: which one is the newest's
        found.append(found[0].astimezone(rng.choice(zones)))
    rng.shuffle(found)
    return found


def _nows(rng: random.Random, count: int) -> list[datetime]:
    start = datetime(2026, 12, 1, tzinfo=UTC)
    nows = [start + timedelta(minutes=rng.randrange(0, 60 * 24 * 20)) for _ in range(count)]
    # Each hour of a day, in UTC and in WIB: the first day ahead moves at 15:00 UTC.
    nows += [start + timedelta(hours=h) for h in range(24)]
    nows += [(start + timedelta(hours=h, minutes=59, seconds=59)).astimezone(_WIB) for h in range(24)]
    return nows


def test_page_date_evidence_as_before() -> None:
    rng = random.Random(46)
    for now in _nows(rng, 300):
        for _ in range(8):
            dates = _random_dates(rng, now)
            in_articles = [d for d in dates if rng.random() < 0.6]
            new = freshness.page_date_evidence(dates, now, in_articles)
            assert repr(new) == repr(_old_page_date_evidence(dates, now, in_articles)), (now, dates)
            assert repr(freshness.page_date_evidence(dates, now)) == repr(_old_page_date_evidence(dates, now))


def test_page_date_evidence_at_the_limits() -> None:
    now = datetime(2026, 12, 6, 15, 30, tzinfo=UTC)  # the 7th in WIT: the first day ahead is the 8th at 00:00 UTC
    first_ahead = _first_day_ahead(now)
    assert first_ahead == datetime(2026, 12, 8, tzinfo=UTC)
    latest = now + _FUTURE_SLACK
    for top in (
        first_ahead - timedelta(microseconds=1),  # after now's slack, before the first day ahead: not credible
        latest + timedelta(seconds=1),
        latest,
        latest - timedelta(seconds=1),
        first_ahead,
        first_ahead + timedelta(days=3),
    ):
        for rest in ([], [datetime(2026, 12, 1, tzinfo=UTC)], [datetime(2026, 12, 7, 10, tzinfo=_WIB)]):
            dates = [*rest, top]
            new = freshness.page_date_evidence(dates, now, dates)
            assert repr(new) == repr(_old_page_date_evidence(dates, now, dates)), (top, rest)
    assert freshness.page_date_evidence([first_ahead - timedelta(hours=1)], now) is None
    assert freshness.page_date_evidence([], now) is None


def test_newest_as_before() -> None:
    rng = random.Random(461)
    for now in _nows(rng, 100):
        dates = _random_dates(rng, now)
        for signal in ("page_date", "metadata", "last_modified", "sitemap", "no_such_signal"):
            for detail in ("", "lain"):
                new = freshness.newest(signal, dates, now, detail)
                assert repr(new) == repr(_old_newest(signal, dates, now, detail))
                assert repr(freshness.newest(signal, iter(dates), now, detail)) == repr(new)


def test_last_modified_as_before() -> None:
    rng = random.Random(462)
    url = f"https://{_HOST}/"
    pages = [
        parse_page(_PAGES[name], url)
        for name in (
            "news by the month, months old",
            "one old post above undated news",
            "one old post, few headlines",
            "no dates, no generator",
            "a page cache's copy",
            "news, a day old",
        )
    ]
    for now in _nows(rng, 60):
        for page in pages:
            for value in _last_modifieds(now):
                for host in ("", _HOST):
                    dates = _random_dates(rng, now)
                    posts = [d for d in dates if rng.random() < 0.5]
                    written = freshness.page_date_evidence(dates, now) if rng.random() < 0.8 else None
                    new = freshness._last_modified(value, page, host, dates, posts, written, now)
                    old = _old_last_modified(value, page, host, dates, posts, written, now)
                    assert repr(new) == repr(old), (now, value, host, dates, posts, written)


def test_a_stamped_header_dates_nothing() -> None:
    """The bench's case: nginx's Last-Modified of a file written moments before; and each zone of Indonesia's."""
    page = parse_page(_PAGES["news, a day old"], f"https://{_HOST}/")
    now = datetime(2026, 12, 6, 20, 54, 40, tzinfo=UTC)
    dates = _zone_dates(page, now)[0]
    for hours in (0, 7, 8, 9):
        for seconds in (-600, -40, 0, 40, 600):
            value = format_datetime(now + timedelta(hours=hours, seconds=seconds), usegmt=True)
            assert freshness._last_modified(value, page, _HOST, dates, dates, None, now) is None
    value = format_datetime(now - timedelta(seconds=601), usegmt=True)
    found = freshness._last_modified(value, page, _HOST, dates, dates, None, now)
    assert found is not None and found.detail == "header Last-Modified 2026-12-06"
