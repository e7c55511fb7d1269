"""Content freshness: gather dated evidence from several signals and decide update/tidak_update.

Signals: dates in the page (Indonesian and ISO formats, <time>, article metas, htmldate),
sitemap ``lastmod``, RSS/Atom entries, the ``Last-Modified`` header, and a change in a
normalised fingerprint of the main content. The newest credible date decides; a date in the
future is not credible. The signal that decided is recorded.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache

import dateparser
import feedparser
from lxml import etree

from pantau_contracts.status import ContentFreshness, Freshness

_MONTHS = (
    r"januari|jan|februari|pebruari|feb|maret|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|"
    r"agustus|august|agu|agt|aug|september|sept|sep|oktober|october|okt|oct|november|nopember|"
    r"nov|nop|desember|december|des|dec"
)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),\s+(\d{{4}})\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_MAX_CANDIDATES = 500
_MAX_SITEMAP_ENTRIES = 5000
_FUTURE_SLACK = timedelta(days=1)
_VOLATILE_TEXT = re.compile(r"\d+|[:/.,-]")


@dataclass(frozen=True)
class Sitemap:
    lastmods: tuple[datetime, ...]
    urls: tuple[str, ...]  # the <loc> addresses, pages or (in an index) other sitemaps


@dataclass(frozen=True)
class Evidence:
    signal: str  # page_date, sitemap, feed, last_modified, fingerprint
    when: datetime
    detail: str


def dates_in_text(text: str) -> list[datetime]:
    """Return the dates written in ``text`` (Indonesian, English, dd/mm/yyyy and ISO formats)."""
    found: list[datetime] = []
    for match in _DAY_MONTH_YEAR.finditer(text, 0, len(text)):
        found.extend(_named(match.group(0)))
        if len(found) > _MAX_CANDIDATES:
            break
    for match in _MONTH_DAY_YEAR.finditer(text):
        found.extend(_named(match.group(0)))
    for day, month, year in _NUMERIC.findall(text)[:_MAX_CANDIDATES]:
        found.extend(_ymd(int(year), int(month), int(day)))
    for value in _ISO.findall(text)[:_MAX_CANDIDATES]:
        found.extend(_ymd(int(value[0]), int(value[1]), int(value[2])))
    return found


def parse_date(value: str) -> datetime | None:
    """Parse one date string in any format the signals use; return an aware UTC datetime."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = dates_in_text(value)
        return found[0] if found else _dateparser(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def http_date(value: str | None) -> datetime | None:
    """Parse an HTTP date header (``Last-Modified``)."""
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
    """Return the publication/update dates of RSS or Atom entries."""
    parsed = feedparser.parse(raw)
    found = []
    for entry in parsed.entries[:_MAX_CANDIDATES]:
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
    credible = [d for d in dates if d <= now + _FUTURE_SLACK]
    if not credible:
        return None
    when = max(credible)
    return Evidence(signal, when, detail or f"{signal} {when.date().isoformat()}")


def fingerprint(main_text: str) -> str:
    """Return a fingerprint of the main content that ignores digits (clocks, counters) and punctuation."""
    normal = " ".join(_VOLATILE_TEXT.sub(" ", main_text.lower()).split())
    return hashlib.sha256(normal.encode()).hexdigest()[:32]


def decide(
    evidence: Sequence[Evidence],
    now: datetime,
    max_age_days: int,
    fingerprint_changed_at: datetime | None = None,
    unchanged_since: datetime | None = None,
) -> ContentFreshness:
    """Decide freshness from the newest evidence; fall back on the fingerprint.

    A fingerprint change dates the content; a fingerprint unchanged for longer than the
    maximum age proves the content is at least that old.
    """
    dated = [e for e in evidence if e.when <= now + _FUTURE_SLACK]
    if fingerprint_changed_at is not None:
        dated.append(Evidence("fingerprint", fingerprint_changed_at, "isi utama berubah"))
    if not dated:
        return _undated(now, max_age_days, unchanged_since)
    best = max(dated, key=lambda e: e.when)
    age = (now - best.when).days
    result: Freshness = "update" if age <= max_age_days else "tidak_update"
    detail = f"{best.detail}; umur {max(age, 0)} hari, batas {max_age_days} hari"
    return ContentFreshness(result, best.signal, best.when, detail)


def _undated(now: datetime, max_age_days: int, unchanged_since: datetime | None) -> ContentFreshness:
    if unchanged_since is not None and (now - unchanged_since).days > max_age_days:
        detail = f"isi utama tidak berubah sejak {unchanged_since.date().isoformat()}, batas {max_age_days} hari"
        return ContentFreshness("tidak_update", "fingerprint", None, detail)
    return ContentFreshness("tidak_diketahui", None, None, "tidak ada bukti tanggal")


def warm_up() -> None:
    """Load dateparser's language data now rather than in the middle of the first check."""
    _dateparser("23 November 2026")


@lru_cache(maxsize=4096)
def _named(text: str) -> tuple[datetime, ...]:
    parsed = _dateparser(text)
    return (parsed,) if parsed else ()


def _dateparser(text: str) -> datetime | None:
    parsed = dateparser.parse(
        text,
        languages=["id", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
            "STRICT_PARSING": True,
        },
    )
    # A written day is taken as that calendar day, like the numeric formats.
    return parsed.replace(tzinfo=UTC) if parsed else None


def _ymd(year: int, month: int, day: int) -> tuple[datetime, ...]:
    try:
        return (datetime(year, month, day, tzinfo=UTC),)
    except ValueError:
        return ()
