"""The audit log page by page, by position: every event exactly once and in order, forward and
back, whatever is written meanwhile, with rows that share a time and come from several sources."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from flask.testing import FlaskClient

from pantau_common.settings import Settings

pytestmark = pytest.mark.integration

EVENTS = 130
SIZE = 25
T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def log_rows(settings: Settings, first: int, count: int) -> None:
    """Write ``count`` audit rows ``sasaran-<n>``, three to a time, newest the highest n, and one
    registry change at each of those times (its own source, the same instant)."""
    with psycopg.connect(settings.database_url) as conn:
        for n in range(first, first + count):
            at = T0 + timedelta(minutes=n // 3)
            conn.execute(
                "INSERT INTO audit_log (at, kind, actor_name, target, detail)"
                " VALUES (%s, 'masuk_gagal', 'tamu', %s, '')",
                (at, f"sasaran-{n}"),
            )
            if n % 3 == 0:
                conn.execute(
                    "INSERT INTO registry_history (entity, entity_id, pd_id, change, source, after, at)"
                    " VALUES ('aplikasi', %s, 'dinkes', 'diubah', 'impor', '{}', %s)",
                    (f"reg-{n}", at),
                )


def targets(page: str) -> list[str]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"(sasaran-\d+|reg-\d+)", body)


def link(page: str, testid: str) -> str | None:
    found = re.search(rf'href="([^"]+)"(?: rel="\w+")? data-testid="{testid}"', page)
    return html.unescape(found[1]) if found else None


def walk(client: FlaskClient, start: str, testid: str) -> list[list[str]]:
    """Follow the ``testid`` link from page to page; return each page's events."""
    pages, address = [], start
    while address is not None:
        page = client.get(address)
        assert page.status_code == 200
        pages.append(targets(page.text))
        address = link(page.text, testid)
    return pages


def expected(newest: int) -> list[str]:
    """Return every event from ``newest`` down, as the page orders them: time, then the source's ref."""
    shown = []
    for minute in range(newest // 3, -1, -1):
        rows = [f"sasaran-{n}" for n in range(minute * 3 + 2, minute * 3 - 1, -1) if n <= newest]
        shown += [f"reg-{minute * 3}", *rows] if minute * 3 <= newest else rows  # 'r…' sorts above 'a…'
    return shown


@pytest.fixture
def logged(settings: Settings, people: dict[str, int]) -> None:
    log_rows(settings, 0, EVENTS)


def test_every_event_is_on_exactly_one_page_in_order(client: FlaskClient, auth: object, logged: None) -> None:
    auth.login("kabid")  # type: ignore[attr-defined]
    pages = walk(client, f"/audit?jenis=&per={SIZE}&q=sasaran", "next")
    everything = walk(client, f"/audit?per={SIZE}", "next")
    seen = [t for p in everything for t in p]
    assert [t for t in seen if t.startswith(("sasaran", "reg"))] == expected(EVENTS - 1)
    assert [t for p in pages for t in p] == [t for t in expected(EVENTS - 1) if t.startswith("sasaran")]
    assert all(len(p) == SIZE for p in pages[:-1]) and 0 < len(pages[-1]) <= SIZE


def test_going_back_shows_the_same_pages(client: FlaskClient, auth: object, logged: None) -> None:
    auth.login("kabid")  # type: ignore[attr-defined]
    forward = walk(client, f"/audit?per={SIZE}&q=sasaran", "next")
    last = client.get(f"/audit?per={SIZE}&q=sasaran")
    for _ in range(len(forward) - 1):
        last = client.get(link(last.text, "next"))  # type: ignore[arg-type]
    back = walk(client, link(last.text, "prev"), "prev")  # type: ignore[arg-type]
    assert list(reversed(back)) == forward[:-1]
    assert 'data-testid="prev"' not in client.get(f"/audit?per={SIZE}").text


def test_events_written_meanwhile_neither_repeat_nor_hide_a_row(
    client: FlaskClient, auth: object, logged: None, settings: Settings
) -> None:
    auth.login("kabid")  # type: ignore[attr-defined]
    first = client.get(f"/audit?per={SIZE}&q=sasaran").text
    log_rows(settings, EVENTS, 40)  # newer than everything shown
    rest = walk(client, link(first, "next"), "next")  # type: ignore[arg-type]
    seen = targets(first) + [t for p in rest for t in p]
    assert seen == [t for t in expected(EVENTS - 1) if t.startswith("sasaran")]
    newest = walk(client, f"/audit?per={SIZE}&q=sasaran", "next")
    assert [t for p in newest for t in p] == [t for t in expected(EVENTS + 39) if t.startswith("sasaran")]


def test_an_odd_or_stale_position_falls_back_plainly(client: FlaskClient, auth: object, logged: None) -> None:
    auth.login("kabid")  # type: ignore[attr-defined]
    newest = targets(client.get(f"/audit?per={SIZE}").text)
    for odd in ("x", "12_", "_a1", "99999999999999999999999_a1", "-5_a1"):
        answer = client.get(f"/audit?per={SIZE}&sebelum={odd}&sesudah={odd}")
        assert answer.status_code == 200 and targets(answer.text) == newest
    past = client.get(f"/audit?per={SIZE}&sebelum=0_a0")
    assert past.status_code == 200 and "Tidak ada peristiwa lagi" in past.text and link(past.text, "newest")
    above = client.get(f"/audit?per={SIZE}&sesudah={10**17}_a0")  # nothing newer: the newest page
    assert targets(above.text) == newest and 'data-testid="newest"' not in above.text
