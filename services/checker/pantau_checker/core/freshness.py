"""Content freshness: gather dated evidence from several signals and decide update/tidak_update.

Signals: dates in the page's text (``core.dates``: absolute and relative, zoned so that a clock in
the top bar, a copyright line or a date in the site's header or footer is not content; a list's
calendar badges without a year, whose guessed year yields to a main content unchanged since before
it), article and Open Graph metas, JSON-LD, the WordPress REST API's latest posts, sitemap ``lastmod``, RSS/Atom
entries, the ``Last-Modified`` header, and a change in a normalised fingerprint of the main
content. The newest credible date decides; a date in the future is not credible, nor a machine
date stamped at the moment of the request, nor one stamp a sitemap's writer puts on every entry.
An upcoming date the page shows (next week's agenda) dates it at the earliest day it was likely
written; one further ahead dates nothing, nor do the days of a schedule by day (a duty rota, a queue's quota of
each service day), nor the end of a limit ("Berlaku s.d. …", "Batas akhir:
…") or the day of an event fixed long before (an election's, a countdown's), which ``core.dates``
leaves out: their announcement may be months old. A ``Last-Modified`` that the page's posts, its page cache's
comment or its feed belie, and a meta's bare date of today above older posts, are a cache's or a template's stamp.
The signal that decided is recorded.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urlsplit

import feedparser
from lxml import etree

from pantau_contracts.status import ContentFreshness, Freshness
from pantau_contracts.vocabulary import FRESHNESS_EVIDENCE_LABELS

from . import json_ld
from ._selectors import TextWords, WordSet, dated_hrefs, words_without
from .dates import (
    MAX_CANDIDATES,
    UPCOMING,
    Marks,
    content_dates,
    date_marks,
    dates_in_text,
    list_years,
    marked_dates,
    month_first_stamps,
    wib_day,
    yearless_dates,
)
from .page import Page, derived
from .records import made_at_once
from .text import utf8_and_others

_MAX_SITEMAP_ENTRIES = 5000
MAX_FEED_BYTES = 256_000  # of a feed, read for its dates (``feed_dates``)
_FUTURE_SLACK = timedelta(days=1)
# How far ahead an agenda or announcement lists what is to come: an upcoming date on the page was
# written at the earliest this long before it. A date further ahead (a validity, a plan) dates nothing.
_UPCOMING = UPCOMING
_DAY = timedelta(days=1)
# UTC to WIT, the easternmost of Indonesia's times: a page's day after the day it is there is ahead everywhere.
_EAST_OF_UTC = timedelta(hours=9)
# The badges whose days a feed's entries of an earlier year must all have to belie their guessed year: one or two
# are a yearly observance's as often ("01 Des Hari AIDS Sedunia"), a list's of old posts are several.
_BELYING_BADGES = 3
# A page with a date this recent is not read for calendar badges without a year (the rare page that
# needs them pays for the look): one could date it a day or two later, which decides nothing.
_RECENT = timedelta(days=2)
# Days of a page's dated items that, all well before its ``Last-Modified``, belie the header (``_last_modified``);
# of its posts (its articles' or its list's items' dates), fewer do; on a page a CMS renders, one post does.
_DATED_ITEMS = 3
_DATED_POSTS = 2
# The generators of the systems that render a page at each request (``<meta name="generator">``): they send no
# ``Last-Modified``, and one in front of them (a page cache, a CDN) dates its copy, not the content.
_RENDERING_SYSTEMS = ("wordpress", "joomla", "drupal", "blogger")
# Days after today, each the next working day of the one before, that make a schedule by day (``_daily``).
_DAILY_DAYS = 3
_WEEKEND = (5, 6)
# A page that writes the time it was rendered into a meta or a header says nothing of its content.
_RENDER_STAMP = timedelta(minutes=10)
# UTC, and the zones of Indonesia (WIB, WITA, WIT): a time written without its zone is read as UTC.
_LOCAL_OFFSETS = tuple(timedelta(hours=h) for h in (0, 7, 8, 9))
_BULK_MODIFIED = 3  # a WordPress API's posts that, all modified at one second, were modified in bulk
_ONE_STAMP_ENTRIES = 5  # a sitemap's entries that, all dated at the same moment, are dated by its writer
# What the fingerprint ignores, in bytes: ASCII digits and date punctuation become spaces (UTF-8
# keeps ASCII bytes apart); str.split also splits on \x1c-\x1f, bytes.split does not. The same
# pass lowers the ASCII capitals.
_VOLATILE_BYTES = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/.,-\x1c\x1d\x1e\x1f", b"abcdefghijklmnopqrstuvwxyz" + b" " * 19
)
_ASCII = bytes(range(128))
_CAPITAL_SIGMA = "\u03a3"
# The words of a date, which the fingerprint leaves out with its digits: a stamp of today's date
# in a page without a marked main content ("Rabu, 2 Desember 2026" in its top bar) would change
# the fingerprint every day and make a stale page look updated. Lower case, as the pass reads them.
_DATE_WORDS = frozenset(
    word.encode()
    for word in (
        "senin selasa rabu kamis jumat jum'at sabtu minggu ahad sen sel rab kam jum sab min "
        "januari februari pebruari febuari maret april mei juni juli agustus september oktober november "
        "nopember desember jan feb peb mar apr jun jul agu agt ags agus sep sept okt nov nop des "
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
        "january february march may june july august october december aug oct dec "
        "muharram muharam safar rabiul rabiulawal rabiulakhir jumadil jumadilawal jumadilakhir rajab "
        "syaban sya'ban ramadhan ramadan syawal dzulqaidah dzulqa'dah zulkaidah dzulhijjah zulhijah awal akhir "
        "st nd rd th h m"  # what is left of "1st", "2nd" once the digits are gone; "1448 H", "2026 M"
    ).split()
) | frozenset(
    # WordPress curls the apostrophe (wptexturize): "Jum’at" in a date above the content would change the
    # fingerprint on Fridays, and a stale page would read as updated twice a week.
    word.encode()
    for word in ("jum’at", "sya’ban", "dzulqa’dah")
)
_DATE_WORD_SET = WordSet(_DATE_WORDS)  # the same, found by their bytes in the compiled pass
_FINGERPRINT_WORDS = TextWords(_VOLATILE_BYTES, _DATE_WORD_SET)  # the same pass, read from the text's characters
# Fingerprints are stored per application: a new way of computing them is a new version, and the
# first fingerprint of a new version is a baseline, not a change (``state.remember_fingerprint``).
FINGERPRINT_VERSION = "4"  # 3: the short day names ("Rab, 2 Des 2026") left out too; 4: "Jum’at" curled
_META_DATES = frozenset(
    {
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "dc.date.created",
        "dc.date.modified",
        "dcterms.date",
        "dcterms.issued",
        "dcterms.modified",
        "dcterms.created",
        "datepublished",  # schema.org microdata: <meta itemprop="dateModified" content="…">
        "datemodified",
    }
)
_META_DATE_ENDINGS = ("published_time", "modified_time", "updated_time")
_JSON_LD_KEYS = ("datePublished", "dateModified")
_MAX_WP_POSTS = 20
# A post's address as WordPress writes it: the day its path starts with, and its name (no file's) after it. Not an
# event's, a camera's or a download's day under a path of its own (/events/2026/12/05/…, /download/2026/12/05/x.pdf).
_PERMALINK = re.compile(r"/(20\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/[^/.]+/?")
_MAX_PERMALINKS = 1000  # links of a page read for them
# A post's address as WordPress's "month and name" permalinks and Blogger write it: its month, and its name after it
# (``/2026/12/rapat-koordinasi/``, ``/2026/12/rapat-koordinasi.html``). Not a month's archive (``/2026/12/``) nor a
# day's (``/2026/12/04/``, a calendar widget's): a name is more than digits.
_MONTH_PERMALINK = re.compile(r"/(20\d\d)/(0[1-9]|1[0-2])/(?=[^/.]*[^/.\d])[^/.]+(?:/|\.html)?")
_WP_POSTS = "wp/v2/posts?per_page=5&_fields=date_gmt,modified_gmt"
# The messages PHP prints before the API's answer where a plugin is out of date and the host shows errors:
# "<br />\n<b>Deprecated</b>:  Creation of dynamic property … in <b>/home/…/x.php</b> on line <b>33</b><br />\n".
_PHP_MESSAGES = re.compile(
    rb"(?:\s*(?:<br\s*/?>\s*)?(?:<b>)?(?:Deprecated|Notice|Warning|Strict Standards)(?:</b>)?:[^\n]{0,2000}?"
    rb" on line (?:<b>)?\d+(?:</b>)?(?:<br\s*/?>)?)+"
)


@dataclass(frozen=True)
class Sitemap:
    lastmods: tuple[datetime, ...]
    urls: tuple[str, ...]  # the <loc> addresses, pages or (in an index) other sitemaps


@made_at_once  # two or more a check: each field's ``object.__setattr__`` cost some 16 k instructions a construction
@dataclass(frozen=True)
class Evidence:
    signal: str  # a key of FRESHNESS_EVIDENCE_LABELS: page_date, metadata, json_ld, wp_json, feed, ...
    when: datetime
    detail: str
    # A calendar badge's date without its year ("28 Nov"): its year is the latest that is not ahead,
    # which a page left as it was a year ago would also give.
    year_guessed: bool = False
    # With ``year_guessed``: every badge's date, as guessed (``without_belied_years``).
    badges: tuple[datetime, ...] = ()
    # A month's, at its first day (``month_permalinks``): the content is of some day of it.
    month: bool = False
    # A ``Last-Modified`` that the month of the page's posts' addresses belies where that month decides (``decide``).
    month_belied: bool = False


def page_evidence(page: Page, now: datetime, last_modified: str | None = None, host: str = "") -> list[Evidence]:
    """Return the evidence the page itself gives: its dates, metas, JSON-LD, the dates in the addresses of its
    links to its own posts on ``host`` (where given), and ``Last-Modified``."""
    in_articles, elsewhere = _zone_dates(page, now)
    dates = in_articles + elsewhere
    ahead, top = _first_day_ahead(now), max(dates, default=None)
    written = _written(dates, now, in_articles, ahead, top)
    # The page's dates read once for the rest: where none is ahead (most pages), every article's date is a post's,
    # and the newest, of the last ``_RECENT``, leaves the badges unread (``badge_evidence``).
    posts = in_articles if top is None or top < ahead else [d for d in in_articles if d < ahead]
    badge = (
        None
        if top is not None and now - _RECENT <= top < ahead
        else badge_evidence(page, dates, now, articles_dated=bool(in_articles))
    )
    # Most pages have no dated meta, no JSON-LD and no link to a dated address: none of their signals' work is done.
    metas, linked = meta_dates(page.metas), host and derived(page, "dated_paths", _dated_paths)
    permalink = newest("permalink", permalink_dates(page, host), now) if linked else None
    found = (
        written,
        badge,
        newest("metadata", _not_rendered(unstamped(metas, now), posts, now), now) if metas else None,
        newest("json_ld", unstamped(json_ld_dates(page.dates.json_ld), now), now) if page.dates.json_ld else None,
        permalink,
        _last_modified(last_modified, page, host, dates, posts, written, now),
    )
    dated = [e for e in found if e is not None]
    # The month of the posts' addresses, for a page that no date of its own nor of a post's address dates (the
    # badges' evidence is the page's dates' too).
    if linked and written is None and badge is None and permalink is None:
        month = _month_evidence(page, host, now)
        dated += [month] if month is not None else []
    return dated


def month_permalinks(page: Page, host: str) -> list[datetime]:
    """Return the first days of the months that the addresses of the page's links to its own posts on ``host``
    name: WordPress's "month and name" permalinks and Blogger's (``/2026/12/rapat-koordinasi.html``), which a theme
    that prints no date still links. A month's archive and another site's posts are not the site's posts."""
    return derived(page, f"month_permalinks {host}", lambda p: _month_permalinks(p, host.removeprefix("www.")))


def _month_permalinks(page: Page, host: str) -> list[datetime]:
    return [
        datetime(int(dated[1]), int(dated[2]), 1, tzinfo=UTC)
        for dated, path in _own_dated_paths(page, host, _MONTH_PERMALINK)
        if path not in page.dates.side_paths  # a "Terpopuler" sidebar's: not the page's list
    ]


def _own_dated_paths(page: Page, host: str, pattern: re.Pattern[str]) -> Iterator[tuple[re.Match[str], str]]:
    """Yield the match of ``pattern`` and the path of each of the page's links to ``host`` whose path it matches."""
    for path, link_host in derived(page, "dated_paths", _dated_paths):
        dated = pattern.fullmatch(path)
        if dated is not None and link_host == host:
            yield dated, path


def _dated_paths(page: Page) -> list[tuple[str, str]]:
    """Return the path and the host (without "www.") of each of the page's links whose address holds "/20": those
    that may name a day or a month of this century, split once for both kinds of permalinks."""
    found = []
    for href in dated_hrefs(page.links, _MAX_PERMALINKS):  # compiled: the "2"s by memchr; most links are not dated
        parts = urlsplit(href)
        found.append((parts.path, (parts.hostname or "").removeprefix("www.")))
    return found


def _month_evidence(page: Page, host: str, now: datetime) -> Evidence | None:
    """Return the newest month of the page's own posts' addresses, as evidence of a page that dates nothing better:
    its content is of that month, and ``decide`` reads it only where the whole month is on one side of the limit."""
    found = newest("permalink", month_permalinks(page, host), now)
    if found is None:
        return None
    label = FRESHNESS_EVIDENCE_LABELS["permalink"]
    return replace(found, detail=f"{label} bulan {found.when:%Y-%m}", month=True)


def _month_after(when: datetime) -> datetime:
    return datetime(when.year + when.month // 12, when.month % 12 + 1, 1, tzinfo=UTC)


def permalink_dates(page: Page, host: str) -> list[datetime]:
    """Return the days that the addresses of the page's links to its own posts on ``host`` name: WordPress's
    "day and name" permalinks (``/2026/12/03/rapat-koordinasi/``), which a theme that prints no date still links.

    A day's archive (``/2026/12/03/`` alone, a calendar widget's) and another site's posts (a news agency's feed)
    are not the site's posts.
    """
    return derived(page, f"permalink_dates {host}", lambda p: _permalink_dates(p, host.removeprefix("www.")))


def _permalink_dates(page: Page, host: str) -> list[datetime]:
    found = []
    for dated, _ in _own_dated_paths(page, host, _PERMALINK):
        with suppress(ValueError):  # a 31st of a short month
            found.append(datetime(int(dated[1]), int(dated[2]), int(dated[3]), tzinfo=UTC))
    return found


def _last_modified(
    value: str | None,
    page: Page,
    host: str,
    dates: Sequence[datetime],
    posts: Sequence[datetime],
    written: Evidence | None,
    now: datetime,
) -> Evidence | None:
    """Return the ``Last-Modified`` header as evidence, unless the page's dated items belie it.

    A page cache (WP Fastest Cache, WP Super Cache, a CDN) serves its copy as a file written anew every
    few hours: its ``Last-Modified`` is the copy's, not the content's; where the copy ends with the cache's
    comment (``Page.cached_copy``), the header dates nothing. A page that dates a list of items
    (``_DATED_ITEMS``), or two posts (``_DATED_POSTS``: its articles' or its list's items' dates, ``posts``),
    the newest well before that header, was not changed then: a new item would be dated. So do one post, or two
    days, on a page a CMS renders at each request (``_RENDERING_SYSTEMS``), where nothing but a cache sends the
    header. A static page of a date or two that are no posts' (a regulation's number and day) is still dated by it.
    On such a page, links to its posts on ``host`` whose addresses name their month (``month_permalinks``), the
    newest of a month ended well before the header, belie it as dated posts do, where that month decides
    (``Evidence.month_belied``: a month across the limit, of posts that may be of its last days, does not). One
    post belies it only where the page's headlines are few (``DateSources.headlines``): a sticky post of months
    ago above a list of undated news is no sign that the list is as old.
    """
    when = http_date(value)
    # Not one stamped at the request's moment (``unstamped``), nor one ahead (``newest``).
    if when is None or page.cached_copy or when > now + _FUTURE_SLACK or _stamped(when, now):
        return None
    found = _dated("last_modified", when)
    months = month_permalinks(page, host) if host and _rendered(page) else []
    if len(months) >= _DATED_POSTS and found.when - _month_after(max(months)) > _RECENT:
        if written is not None and found.when - written.when <= _RECENT:
            return found
        return replace(found, month_belied=True)
    if written is None or found.when - written.when <= _RECENT:
        return found
    days, post_days = len({d.date() for d in dates}), len({d.date() for d in posts})
    listed = days >= _DATED_ITEMS or post_days >= _DATED_POSTS
    # One dated post stands for the page's posts where it heads most of them: not a sticky "Sambutan Kepala Dinas"
    # or "Pengumuman" of months ago above a list of undated news.
    one_post = post_days and page.dates.headlines <= post_days * _DATED_POSTS
    return None if listed or ((one_post or days >= _DATED_POSTS) and _rendered(page)) else found


def _rendered(page: Page) -> bool:
    """Return whether the page names, as its generator, a system that renders it at each request."""
    return any(
        name == "generator" and value.strip().lower().startswith(_RENDERING_SYSTEMS) for name, value in page.metas
    )


def _not_rendered(dates: list[datetime], posts: Sequence[datetime], now: datetime) -> list[datetime]:
    """Leave out a metadata's bare date of the last ``_RECENT`` where the page's posts are older: a template that
    writes ``date('Y-m-d')`` into its ``DC.date.modified`` stamps the day of the request, as one with the time
    stamps its moment (``unstamped``). A page of no dated posts updated today may still say so.
    """
    if not posts:
        return dates
    newest_post = max(posts)
    return [d for d in dates if not (_bare(d) and now - d < _RECENT and d - newest_post > _RECENT)]


def _bare(when: datetime) -> bool:
    return not (when.hour or when.minute or when.second)


def page_dates(page: Page, now: datetime) -> list[datetime]:
    """Return the dates the page shows: every one in its articles, the rest's unless a clock."""
    in_articles, elsewhere = _zone_dates(page, now)
    return in_articles + elsewhere


def _zone_dates(page: Page, now: datetime) -> tuple[list[datetime], list[datetime]]:
    in_articles, elsewhere = derived(page, "date_marks", _date_marks)
    posts = marked_dates(in_articles, now)
    return posts, marked_dates(elsewhere, now)


def _date_marks(page: Page) -> tuple[Marks, Marks]:
    # Read once per page: an unchanged page's dates are only resolved against each check's time.
    zones = page.dates
    month_first = month_first_stamps(page.metas, page.visible_text)
    # A page cache's signed copy prints the time it was built as a stamp of today: only the others' are the content's.
    elsewhere = date_marks(zones.elsewhere, True, month_first, stamps=not page.cached_copy)
    return date_marks(zones.in_articles, month_first=month_first), elsewhere


def badge_evidence(
    page: Page, dates: Sequence[datetime], now: datetime, articles_dated: bool = False
) -> Evidence | None:
    """Return the evidence of the page's calendar badges without a year, if newer than its ``dates``'.

    A page with a date of the last ``_RECENT`` is not read for them: they could decide nothing; nor
    are its articles if they are dated (``articles_dated``): a badge there repeats their dates.
    """
    recent, ahead = now - _RECENT, _first_day_ahead(now)
    if any(recent <= d < ahead for d in dates):
        return None
    zones, latest = page.dates, now + _FUTURE_SLACK + _UPCOMING
    badges = yearless_dates(zones.elsewhere, now, latest, clocks=True)
    if zones.in_articles and not articles_dated:
        # The heading of a list of articles ("Berita 2025") is outside them: its year, if one heads the page's lists.
        years = {year for _at, year in list_years(zones.elsewhere)}
        badges += yearless_dates(zones.in_articles, now, latest, heading_year=years.pop() if len(years) == 1 else None)
    found = page_date_evidence([*dates, *badges], now) if badges else None
    if found is None:
        return None
    written = page_date_evidence(dates, now)
    if written is not None and written.when >= found.when:
        return None
    return replace(found, detail=f"{found.detail} (tanpa tahun)", year_guessed=True, badges=tuple(badges))


def page_date_evidence(
    dates: Sequence[datetime], now: datetime, in_articles: Sequence[datetime] = ()
) -> Evidence | None:
    """Return the newest of the page's dates as evidence; an upcoming one as the earliest day it was written.

    An agenda of next week's events was written at the earliest ``_UPCOMING`` before them; a date
    further ahead (a validity, a plan) dates nothing: the earliest day it was written is still to come.
    (A deadline's or a validity's end just ahead is not among ``dates``: ``core.dates.date_marks``.)
    Tomorrow is upcoming too (a duty roster's, a maintenance's night, "Jadwal Posyandu Besok"), once it is
    tomorrow in WIT as well; where the days ahead are a schedule by day (``_daily``), today is its first day, and
    dates nothing either: a page's days are read at midnight UTC, and its date of today, up to 9 hours
    ahead of UTC, is no date to come. An article's date of today (of ``in_articles``, the dates among them) is a
    post of today all the same where the schedule is elsewhere (none of its days is an article's): a widget's rota
    beside the day's news.
    """
    return _written(dates, now, in_articles, _first_day_ahead(now), max(dates, default=None))


def _written(
    dates: Sequence[datetime],
    now: datetime,
    in_articles: Sequence[datetime],
    first_ahead: datetime,
    top: datetime | None,
) -> Evidence | None:
    """Return ``page_date_evidence`` of ``dates``, whose newest is ``top``, at ``now``, whose first day ahead is
    ``first_ahead``: ``page_evidence`` has both already."""
    if top is None or top < first_ahead:
        # None ahead (most pages): no schedule, no upcoming date, the newest is the evidence (if not future).
        return (
            _dated("page_date", top)
            if top is not None and top <= now + _FUTURE_SLACK
            else newest("page_date", dates, now)
        )
    today = first_ahead.date() - timedelta(days=1)
    # Up to ``_UPCOMING`` after today (WIT's, the latest): the earliest day such a date was written is never ahead.
    upcoming = [d for d in dates if first_ahead <= d <= first_ahead - _DAY + _UPCOMING]
    daily = _daily({d.date() for d in upcoming}, today)
    # A schedule by day from today ("Sabtu, 5 Desember: Apotek …" first of a week's rota): today is its first row.
    # Today is WIT's; from 22:00 to midnight in Bekasi, WIT is a day on, and a rota printed from Bekasi's today
    # begins the day before it, its row of WIT's today next.
    local = wib_day(now)
    todays = {today, local} if local != today and daily and any(d.date() == today for d in dates) else {today}
    # Unless the rota is elsewhere than the articles, one of which is of today: a post of today.
    first_row = bool(daily) and (
        not any(d.date() in todays for d in in_articles) or any(d.date() in daily for d in in_articles)
    )
    past = newest("page_date", (d for d in dates if d < first_ahead and not (first_row and d.date() in todays)), now)
    ahead = max((d for d in upcoming if d.date() not in daily), default=None)
    if ahead is None or (past is not None and past.when >= ahead - _UPCOMING):
        return past
    written = ahead - _UPCOMING
    detail = (
        f"tanggal mendatang di halaman {ahead.date().isoformat()}, ditulis paling cepat {written.date().isoformat()}"
    )
    return Evidence("page_date", written, detail)


def _daily(days: set[date], today: date) -> set[date]:
    """Return the days of a schedule by day among a page's ``days`` ahead: the next ``_DAILY_DAYS`` or more working
    days after ``today``, each the next of the one before (a weekend between them or not).

    A queue's quota of each service day, a pharmacies' duty rota, a week's prayer times: a script or a table
    made once prints them every day, and they say nothing of when the page was written. An agenda's events are
    days apart, and start when they are planned.
    """
    run, previous = [], today
    for day in sorted(days):
        if not _next_working_day(previous, day):
            break
        run.append(day)
        previous = day
    return set(run) if len(run) >= _DAILY_DAYS else set()


def _next_working_day(previous: date, day: date) -> bool:
    gap = (day - previous).days
    return gap >= 1 and all((previous + timedelta(days=k)).weekday() in _WEEKEND for k in range(1, gap))


def _first_day_ahead(now: datetime) -> datetime:
    """Return the first day that is ahead everywhere in Indonesia at ``now``, at midnight UTC as a page's days are
    read: the day after the day it is in WIT."""
    return _day_after((now + _EAST_OF_UTC).date())


@lru_cache(maxsize=4)
def _day_after(day: date) -> datetime:
    # Asked three times a check: a datetime made with its zone by keyword, and a timedelta, cost some 10 k
    # instructions; the day changes once a day.
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + _DAY


def meta_dates(metas: Iterable[tuple[str, str]]) -> list[datetime]:
    """Return the dates of ``article:*_time``, ``og:updated_time`` and Dublin Core date metas."""
    values = (v for name, v in metas if name in _META_DATES or name.endswith(_META_DATE_ENDINGS))
    return [d for d in map(parse_date, values) if d]


def json_ld_dates(scripts: Iterable[str]) -> list[datetime]:
    """Return the ``datePublished``/``dateModified`` of JSON-LD blocks, Yoast's ``@graph`` included."""
    found = [d for d in map(parse_date, json_ld.strings(scripts, _JSON_LD_KEYS)) if d]
    return found[:MAX_CANDIDATES]


def wp_posts_url(api_root: str) -> str:
    """Return the address of the latest posts' dates under a WordPress REST API root."""
    if "rest_route=" in api_root:  # a site without pretty permalinks: ?rest_route=/
        path, query = _WP_POSTS.split("?")
        return f"{api_root.rstrip('/')}/{path}&{query}"
    return f"{api_root.rstrip('/')}/{_WP_POSTS}"


def wp_posts_dates(raw: bytes) -> list[datetime]:
    """Return the dates of the posts a WordPress REST API listed (``date_gmt``, ``modified_gmt``), past the
    messages PHP printed before them (``_PHP_MESSAGES``)."""
    messages = _PHP_MESSAGES.match(raw) if raw[:1] != b"[" else None
    try:
        posts = json.loads(raw[messages.end() :] if messages else raw)
    except (ValueError, RecursionError):
        return []
    if not isinstance(posts, list):
        return []
    listed = [p for p in posts[:_MAX_WP_POSTS] if isinstance(p, dict)]
    published = _parsed(p.get("date_gmt") for p in listed)
    modified = _parsed(p.get("modified_gmt") for p in listed)
    # Posts of months apart all modified at one second were modified by a bulk edit or a plugin's update of
    # every post (a category renamed, a field added): that second is no post's content.
    if len(modified) >= _BULK_MODIFIED and len(set(modified)) == 1 and len(set(published)) > 1:
        modified = []
    return published + modified


def _parsed(values: Iterable[object]) -> list[datetime]:
    return [d for d in (parse_date(v) for v in values if isinstance(v, str)) if d]


def parse_date(value: str) -> datetime | None:
    """Parse one date string in any format the signals use; return an aware UTC datetime."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = dates_in_text(value)
        return found[0] if found else http_date(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@lru_cache(maxsize=4096)
def http_date(value: str | None) -> datetime | None:
    """Parse an HTTP date header (``Last-Modified``); a static page sends the same one every check."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_sitemap(xml: bytes) -> Sitemap:
    """Return the ``lastmod`` dates and ``loc`` addresses of a sitemap or sitemap index."""
    try:
        root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except etree.XMLSyntaxError:
        return Sitemap((), ())
    values = root.xpath("//*[local-name()='lastmod']/text()")
    lastmods = tuple(d for d in (parse_date(str(v)) for v in values[:_MAX_SITEMAP_ENTRIES]) if d)
    urls = tuple(str(v).strip() for v in root.xpath("//*[local-name()='loc']/text()")[:_MAX_SITEMAP_ENTRIES])
    return Sitemap(lastmods, urls)


def sitemap_lastmods(xml: bytes) -> list[datetime]:
    """Return the ``lastmod`` dates of a sitemap or sitemap index."""
    return list(read_sitemap(xml).lastmods)


def feed_dates(raw: bytes) -> list[datetime]:
    """Return the publication/update dates of the RSS or Atom entries in the feed's first ``MAX_FEED_BYTES``.

    A feed lists its newest entries first, and a WordPress feed of ten is some tens of KB.
    feedparser reads a megabyte in 1.7 s, one of nested elements (a hostile site's) in 6.5 s, and
    an XML parser that stops at the cut in a looser one: the rest would hold the worker, not date it.
    """
    parsed = feedparser.parse(raw[:MAX_FEED_BYTES])
    found = []
    for entry in parsed.entries[:MAX_CANDIDATES]:
        for key in ("updated_parsed", "published_parsed"):
            # ``in`` first: feedparser's get() maps a missing updated_parsed to published_parsed
            # with a DeprecationWarning; the published date is read in its own turn anyway.
            struct = entry.get(key) if key in entry else None
            if struct:
                year, month, day, hour, minute, second = struct[:6]
                found.append(datetime(year, month, day, hour, minute, second, tzinfo=UTC))
    return found


def newest(signal: str, dates: Iterable[datetime], now: datetime, detail: str = "") -> Evidence | None:
    """Return the newest credible (not future) date of one signal as evidence."""
    latest = now + _FUTURE_SLACK
    credible = [d for d in dates if d <= latest]
    if not credible:
        return None
    when = max(credible)
    return Evidence(signal, when, detail) if detail else _dated(signal, when)


def _dated(signal: str, when: datetime) -> Evidence:
    """Return ``when`` as the evidence of ``signal``, detailed by its label and the day."""
    return Evidence(signal, when, f"{FRESHNESS_EVIDENCE_LABELS.get(signal, signal)} {when.date().isoformat()}")


def without_belied_years(
    evidence: list[Evidence], dates: Sequence[datetime], every_badge: bool = False
) -> list[Evidence]:
    """Return ``evidence`` without the calendar badge's date whose guessed year ``dates`` belie: the site's list of
    posts with their years (its feed's entries, its REST API's posts) has the badge's day and month in an earlier
    year, and nothing near the badge's date. The badges ("30 Nov") are then those posts', a year old or more.
    (Not a sitemap's: its dates are the pages' last edits, which a list of badges of this year may share.)

    With ``every_badge`` (a feed's entries: the posts of any kind, of the news as of the rest), ``_BELYING_BADGES``
    badges or more, each of them on a day of an entry: a department posts about the same day every year ("01 Des
    Peringatan Hari AIDS Sedunia"), and one badge's day in last year's feed proves nothing of its year.
    """
    guessed = next((e for e in evidence if e.year_guessed), None)
    if guessed is None or not dates or max(dates) >= guessed.when - _UPCOMING:
        return evidence
    # An entry's time in UTC is on the next day in Indonesia from 17:00 (WIB) on: either day is the badge's.
    days = {(d.month, d.day) for d in dates} | {((d + _EAST_OF_UTC).month, (d + _EAST_OF_UTC).day) for d in dates}
    badges = set(guessed.badges) if every_badge else {guessed.when}
    if len(badges) < (_BELYING_BADGES if every_badge else 1) or any((b.month, b.day) not in days for b in badges):
        return evidence
    return [e for e in evidence if e is not guessed]


def of_entries(dates: Sequence[datetime]) -> list[datetime]:
    """Return the dates of a sitemap's or a feed's entries, or none where one stamp dates every entry.

    A sitemap or a feed that a script writes on each request, or a cache keeps, gives every entry the
    same date (the moment it ran, or today's date): that is when it was written, not when any page
    changed. A site's pages are not all edited at the same second.
    """
    if len(dates) >= _ONE_STAMP_ENTRIES and len(set(dates)) == 1:
        return []
    return list(dates)


def unstamped(dates: Iterable[datetime], now: datetime) -> list[datetime]:
    """Leave out the times stamped at the moment of the request (a dynamic page's or sitemap's), in UTC or in
    Indonesia's local time written without its zone (PHP's ``date('Y-m-d H:i:s')`` in WIB, read as UTC: seven
    hours ahead; WITA's eight, WIT's nine).

    A bare date (midnight) stays: a page updated today may well say so.
    """
    return [d for d in dates if not _stamped(d, now)]


def _stamped(when: datetime, now: datetime) -> bool:
    if _bare(when):
        return False
    return any(abs(now + offset - when) <= _RENDER_STAMP for offset in _LOCAL_OFFSETS)


def fingerprint(main_text: str) -> str:
    """Return a fingerprint of the main content that ignores case, digits (clocks, counters), punctuation
    and the words of dates (``_DATE_WORDS``), prefixed with its version ("2:")."""
    # The words are read from the text's characters in one compiled pass, where each character beyond ASCII reads as
    # itself (``_normal``): a text of one or two bytes a character whose characters beyond ASCII have no case and are
    # no digit or space, as a page's bullets, quotation marks and "©". Any other is encoded and mapped first.
    read = None if _CAPITAL_SIGMA in main_text else _FINGERPRINT_WORDS.words(main_text)
    words = read[0] if read is not None and all(map(_as_itself, read[1])) else _mapped_words(main_text)
    return f"{FINGERPRINT_VERSION}:{hashlib.sha256(words).hexdigest()[:32]}"


def _mapped_words(main_text: str) -> bytes:
    """Return the words of ``main_text`` that ``fingerprint`` hashes, its characters beyond ASCII mapped
    (``_normal``) in its UTF-8."""
    # str.lower maps character by character in Python's tables; the translate of the bytes lowers
    # ASCII in C, and the handful of distinct characters beyond it are mapped one by one (UTF-8
    # keeps them apart; none maps to an ASCII capital). A capital sigma's lowercase depends on where
    # the word ends: such a text is lowered whole. The main text's UTF-8 and characters are read once,
    # with the page's sketch (``utf8_and_others``).
    if _CAPITAL_SIGMA in main_text:
        raw = main_text.lower().encode()
        others = frozenset(raw.translate(None, _ASCII).decode())
    else:
        raw, others = utf8_and_others(main_text)
    for char in others:
        normal = _normal(char)
        if normal != char:
            raw = raw.replace(char.encode(), normal.encode())
    return words_without(raw, _VOLATILE_BYTES, _DATE_WORD_SET)  # a bytes object for each word costs the most


def fingerprint_version(value: str) -> str:
    """Return the version of a stored fingerprint: "1" for those from before versions were written."""
    version, colon, _ = value.partition(":")
    return version if colon else "1"


@lru_cache(maxsize=1024)
def _as_itself(char: str) -> bool:
    """Return whether the fingerprint reads a character beyond ASCII as itself (``_normal``)."""
    return _normal(char) == char


def _normal(char: str) -> str:
    """Return a character beyond ASCII as the fingerprint reads it: lowercase, a digit or a space as a space."""
    return "".join(" " if c.isdecimal() or c.isspace() else c for c in char.lower())


def decide(
    evidence: Sequence[Evidence],
    now: datetime,
    max_age_days: int,
    fingerprint_changed_at: datetime | None = None,
    unchanged_since: datetime | None = None,
) -> ContentFreshness:
    """Decide freshness from the newest evidence; fall back on the fingerprint.

    A fingerprint change dates the content; a fingerprint unchanged for longer than the
    maximum age proves the content is at least that old. A calendar badge's date, its year
    guessed, is not taken where the main content is unchanged since before it: it is a year older.
    """
    # A month of the posts' addresses that decides nothing (one across the limit) belies no header either.
    undecided_month = any(e.month and _undecided(e, now, max_age_days) for e in evidence)
    dated = [
        e
        for e in _weighed(evidence)
        if e.when <= now + _FUTURE_SLACK
        and not _belied(e, unchanged_since)
        and not _undecided(e, now, max_age_days)
        and not (e.month_belied and not undecided_month)
    ]
    if fingerprint_changed_at is not None:
        dated.append(Evidence("fingerprint", fingerprint_changed_at, FRESHNESS_EVIDENCE_LABELS["fingerprint"]))
    if not dated:
        return _undated(now, max_age_days, unchanged_since)
    best = max(dated, key=lambda e: e.when)
    age = (now - best.when).days
    result: Freshness = "update" if age <= max_age_days else "tidak_update"
    detail = f"{best.detail}; umur {max(age, 0)} hari, batas {max_age_days} hari"
    return ContentFreshness(result, best.signal, best.when, detail)


def _weighed(evidence: Sequence[Evidence]) -> Sequence[Evidence]:
    """Leave out a ``Last-Modified`` well after the newest entry of the site's feed: the feed lists what the site
    published, and a page cache or a CDN that wrote its copy of the page since publishes nothing. (Not the
    sitemap's: it is read on some checks only, and a hand-made one is left as it was made.)"""
    feed = max((e.when for e in evidence if e.signal == "feed"), default=None)
    if feed is None:
        return evidence
    return [e for e in evidence if e.signal != "last_modified" or e.when - feed <= _RECENT]


def _undecided(evidence: Evidence, now: datetime, max_age_days: int) -> bool:
    """Return whether a month's evidence (``Evidence.month``) decides nothing: its first day is past the limit, and
    its last is not. A post of this month is at most as old as the month; one of a month ended before the limit is
    older than it."""
    if not evidence.month or (now - evidence.when).days <= max_age_days:
        return False
    return (now - _month_after(evidence.when)).days < max_age_days


def _belied(evidence: Evidence, unchanged_since: datetime | None) -> bool:
    """Return whether a guessed year is belied by a main content unchanged since before that date."""
    # A news item of that day would have changed the content's words: the badge is a year older.
    return evidence.year_guessed and unchanged_since is not None and unchanged_since < evidence.when - _FUTURE_SLACK


def _undated(now: datetime, max_age_days: int, unchanged_since: datetime | None) -> ContentFreshness:
    if unchanged_since is not None and (now - unchanged_since).days > max_age_days:
        detail = f"isi utama tidak berubah sejak {unchanged_since.date().isoformat()}, batas {max_age_days} hari"
        return ContentFreshness("tidak_update", "fingerprint", None, detail)
    return ContentFreshness("tidak_diketahui", None, None, "tidak ada bukti tanggal")


def warm_up() -> None:
    """Run the date scan once, so that the first check pays for nothing a later one does not."""
    # Each way a relative word is written has its expression, compiled when a page first holds it.
    stamps = (
        "Senin, 23 November 2026 10:00 · 3 hari yang lalu\n2 JAM YANG LALU\nHari ini pukul 08.15\nKemarin\nBaru saja"
    )
    text = f"{stamps}\n{stamps.lower()}\n2 Days ago\nyesterday\nYesterday"
    # A text of Latin-1 is searched in bytes, any other as a str: each has its expressions.
    for page in (text, f"{text}\n— Senin lalu pukul 10.00"):
        content_dates(page, datetime(2026, 11, 23, tzinfo=UTC))
