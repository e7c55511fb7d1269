"""Lists that scale: the page asked for, the search text and the filters, read strictly from the
query string, and the page of rows to show. Any list page (the status board, the cycles, the
registry, an audit log) uses these with the ``pager`` and ``search`` macros of ``_lists.html``.

Queries take ``PageRequest.limit``/``offset`` and return one page plus the total (e.g. with
``count(*) OVER ()``); nothing is cut off: every row is reachable page by page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
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


def page_request(args: Mapping[str, str]) -> PageRequest:
    """Read ``halaman`` and ``per`` from the query string; anything odd falls back to the defaults."""
    number = _positive(args.get("halaman"), 1)
    size = _positive(args.get("per"), DEFAULT_SIZE)
    return PageRequest(min(number, MAX_PAGE), size if size in PAGE_SIZES else DEFAULT_SIZE)


def page_of(rows: Sequence[Mapping[str, Any]], request: PageRequest, total_column: str = "total") -> Page:
    """Return the page of ``rows`` whose every row carries the list's total in ``total_column``."""
    total = int(rows[0][total_column]) if rows else 0
    return Page(rows, request, total)


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
