"""Lists that scale: the page asked for, the search text and the filters, read strictly from the
query string, and the page of rows to show. Any list page (the status board, the cycles, the
registry, an audit log) uses these with the ``pager`` and ``search`` macros of ``_lists.html``.

Queries take ``PageRequest.limit``/``offset`` and return one page plus the total (with
``count(*) OVER ()`` and ``read_page``, or, where the page can be read by index without reading
every row, as a ``Page`` with a separate count); nothing is cut off: every row is reachable page
by page. A page past the end is answered 404 with the list's real extent and a link to its last page.

A log that only grows (the audit log) pages by position instead (``Position``, ``KeysetPage``,
the ``keyset_pager`` macro): a page starts right after the last row of the one before, so rows
written meanwhile neither push a row onto the next page twice nor skip one, and a deep page
costs what the first does; such a list shows no total.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

PAGE_SIZES = (25, 50, 100, 200)
DEFAULT_SIZE = 50
MAX_SEARCH = 100
MAX_PAGE = 100_000


@dataclass(frozen=True)
class PageRequest:
    """Which page of a list is asked for (1-based) and how many rows it holds."""

    number: int = 1
    size: int = DEFAULT_SIZE

    @property
    def limit(self) -> int:
        return self.size

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


@dataclass(frozen=True)
class Page:
    """One page of rows, with the total that every page of the list holds."""

    rows: Sequence[Any]
    request: PageRequest
    total: int

    @property
    def number(self) -> int:
        return self.request.number

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.size))

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def first_row(self) -> int:
        return self.request.offset + 1 if self.rows else 0

    @property
    def last_row(self) -> int:
        return self.request.offset + len(self.rows)

    @property
    def past_end(self) -> bool:
        """Say whether the page asked for lies beyond the list's last page."""
        return self.number > self.pages

    def window(self, around: int = 2) -> list[int | None]:
        """Return the page numbers to link: the first, the last and those near this one; None is a gap."""
        near = set(range(self.number - around, self.number + around + 1)) | {1, self.pages}
        shown = sorted(n for n in near if 1 <= n <= self.pages)
        numbers: list[int | None] = []
        for n in shown:
            if numbers and n - (numbers[-1] or 0) > 1:
                numbers.append(None)
            numbers.append(n)
        return numbers


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True)
class Position:
    """Where a row stands in a list kept newest first: its time, then its reference (a tie-break)."""

    at: datetime
    ref: str

    @property
    def token(self) -> str:
        """Return the position as the query string carries it: microseconds since 1970, then the ref."""
        return f"{(self.at - _EPOCH) // _MICROSECOND}_{self.ref}"

    @classmethod
    def parse(cls, token: str | None) -> Position | None:
        """Read a position from the query string; anything odd is no position (the newest page)."""
        micros, _, ref = (token or "").partition("_")
        if not micros.isdigit() or not ref or len(ref) > 64 or not ref.isprintable():
            return None
        try:
            return cls(_EPOCH + int(micros) * _MICROSECOND, ref)
        except OverflowError:
            return None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Position:
        return cls(row["at"], row["ref"])


@dataclass(frozen=True)
class KeysetPage:
    """One page of a list read by position: its rows, and the positions that link the pages next to it."""

    rows: Sequence[Any]
    newer: Position | None  # the page before this one ends below this row; None: nothing newer to link
    older: Position | None  # the page after this one starts below this row; None: nothing older
    newest: bool = True  # this is the list's first page


def keyset_page(
    fetch: Callable[[int, Position | None, bool], Sequence[Mapping[str, Any]]],
    size: int,
    before: Position | None = None,
    after: Position | None = None,
) -> KeysetPage:
    """Read the page below ``before`` (or the page above ``after``, or the newest), one row more to see past it.

    ``fetch(limit, position, older)`` returns rows below ``position`` newest first when ``older``, or
    rows above it oldest first when not. A page above ``after`` that would not be full is the newest page.
    """
    if after is not None:
        rows = fetch(size + 1, after, False)
        if len(rows) > size:
            shown = list(reversed(rows[:size]))
            return KeysetPage(shown, Position.of(shown[0]), Position.of(shown[-1]), newest=False)
        before = None
    rows = fetch(size + 1, before, True)
    shown = list(rows[:size])
    newer = Position.of(shown[0]) if before is not None and shown else None
    older = Position.of(shown[-1]) if len(rows) > size else None
    return KeysetPage(shown, newer, older, newest=before is None)


def page_request(args: Mapping[str, str]) -> PageRequest:
    """Read ``halaman`` and ``per`` from the query string; anything odd falls back to the defaults."""
    number = _positive(args.get("halaman"), 1)
    size = _positive(args.get("per"), DEFAULT_SIZE)
    return PageRequest(min(number, MAX_PAGE), size if size in PAGE_SIZES else DEFAULT_SIZE)


def page_of(rows: Sequence[Mapping[str, Any]], request: PageRequest, total_column: str = "total") -> Page:
    """Return the page of ``rows`` whose every row carries the list's total in ``total_column``."""
    total = int(rows[0][total_column]) if rows else 0
    return Page(rows, request, total)


def read_page(fetch: Callable[[PageRequest], Sequence[Mapping[str, Any]]], request: PageRequest) -> Page:
    """Read the page asked for; past the last page, read the first as well, for the total to tell."""
    rows = fetch(request)
    if rows or request.number == 1:
        return page_of(rows, request)
    return Page(rows, request, page_of(fetch(PageRequest(1, request.size)), request).total)


def status(page: Page) -> int:
    """Return the HTTP status of a list page: 404 past the last page (which still says where it ends)."""
    return 404 if page.past_end else 200


def search_text(args: Mapping[str, str], name: str = "q") -> str | None:
    """Return the search text, stripped and bounded, or None when there is none."""
    text = " ".join(str(args.get(name) or "").split())[:MAX_SEARCH]
    return text or None


def choice(args: Mapping[str, str], name: str, allowed: Iterable[str]) -> str | None:
    """Return the chosen filter value if it is one of ``allowed``; None (no filter) otherwise."""
    value = args.get(name) or None
    return value if value in set(allowed) else None


def like_pattern(text: str | None) -> str | None:
    """Return an ILIKE pattern matching ``text`` anywhere, its wildcards taken literally."""
    if text is None:
        return None
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _positive(value: str | None, default: int) -> int:
    try:
        number = int(value or "")
    except ValueError:
        return default
    return number if number > 0 else default
