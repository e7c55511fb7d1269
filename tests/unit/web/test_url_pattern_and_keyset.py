"""The per-page URL patterns write what url_for writes; positions survive the query string; a page
read by position links exactly the pages next to it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask, request, url_for

from pantau_web.lists import KeysetPage, Position, keyset_page
from pantau_web.views import url_pattern


@pytest.fixture
def app() -> Flask:
    app = Flask(__name__)
    app.add_url_rule("/aplikasi/<app_id>", "show", lambda app_id: "")
    app.add_url_rule("/aplikasi/<app_id>/status", "status", lambda app_id: "")
    app.add_url_rule("/registri", "index", lambda: "")
    return app


@pytest.mark.parametrize("value", ["app-0001", "dinkes", "a b", "ü x?y#z&", "100%", "a.b_c~d"])
def test_a_pattern_writes_the_address_url_for_writes(app: Flask, value: str) -> None:
    with app.test_request_context("/"):
        for endpoint, name in (("show", "app_id"), ("status", "app_id"), ("index", "pd")):
            built = url_pattern(endpoint, name)(value)
            assert built == url_for(endpoint, **{name: value}) or _same_target(app, built, endpoint, name, value)


def _same_target(app: Flask, built: str, endpoint: str, name: str, value: str) -> bool:
    """url_for leaves some characters as they are that the pattern escapes: both reach the same view."""
    with app.test_request_context(built):
        found = request.args.get(name) if "?" in built else (request.view_args or {}).get(name)
        return request.endpoint == endpoint and found == value


def test_a_position_goes_through_the_query_string_unchanged() -> None:
    at = datetime(2025, 3, 1, 8, 0, 0, 123457, tzinfo=UTC)
    position = Position(at, "a0000000000000000042")
    assert Position.parse(position.token) == position
    for odd in (None, "", "x", "12", "12_", "_a", "-1_a", "1.5_a", "9" * 30 + "_a", "1_a\nb"):
        assert Position.parse(odd) is None


ROWS = [{"at": datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=n // 2), "ref": f"a{n:03d}"} for n in range(23)]


def fetch(limit: int, position: Position | None, older: bool) -> list[dict[str, object]]:
    """Serve ROWS as the database does: below a position newest first, or above it oldest first."""

    def key(row: dict[str, object]) -> tuple[object, object]:
        return row["at"], row["ref"]

    ordered = sorted(ROWS, key=key, reverse=older)
    if position is not None:
        mark = (position.at, position.ref)
        ordered = [r for r in ordered if (key(r) < mark if older else key(r) > mark)]
    return ordered[:limit]


def walk(page: KeysetPage, direction: str) -> list[KeysetPage]:
    pages = [page]
    while (mark := getattr(pages[-1], direction)) is not None:
        after = mark if direction == "newer" else None
        before = mark if direction == "older" else None
        pages.append(keyset_page(fetch, 5, before=before, after=after))
    return pages


def test_pages_by_position_hold_every_row_once_forward_and_back() -> None:
    forward = walk(keyset_page(fetch, 5), "older")
    assert [r for p in forward for r in p.rows] == sorted(ROWS, key=lambda r: (r["at"], r["ref"]), reverse=True)
    assert [len(p.rows) for p in forward] == [5, 5, 5, 5, 3]
    assert forward[0].newest and forward[0].newer is None and not forward[1].newest
    back = walk(forward[-1], "newer")
    assert [p.rows for p in reversed(back)] == [p.rows for p in forward]
    assert back[-1].newest  # a page above the second that would not be full is the first page


def test_a_page_past_the_oldest_row_is_empty_and_not_the_newest() -> None:
    page = keyset_page(fetch, 5, before=Position(datetime(2000, 1, 1, tzinfo=UTC), "a"))
    assert page.rows == [] and page.older is None and page.newer is None and not page.newest
