"""The rules behind the checker's reading of Bekasi's English pages (session 37).

"Registration closes on 10 December 2026", "Closing date: …", "Due date: …", "no later than …" end a limit, as
"Deadline:" and "Batas akhir:" do: the date dates nothing. An update's relative stamp an hour or more before the check
("Updated 5 hours ago", "Diperbarui 3 jam yang lalu") is the item's content's, as its written-out stamp of today is;
within the hour ("Updated just now"), or as the site's own last update ("Last updated: …", "Update terakhir: …"), it
is still the server's clock. An English data widget titled "Exchange Rate", "Gold Price Today" or "Air Quality" is a
machine's part, as "Kurs" is.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core.dates import content_dates, date_marks, marked_dates
from pantau_checker.core.machine_parts import machine_parts

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)  # Friday 4 December 2026, 10:00 in Bekasi


def outside_articles(text: str) -> list[datetime]:
    """Return the dates ``text`` gives outside an article, its update stamps read as a page's are."""
    return marked_dates(date_marks(text, clocks=True, stamps=True), NOW)


@pytest.mark.parametrize(
    "text",
    [
        "Bekasi Expo Exhibitors\nRegistration closes on December 10, 2026",
        "Call for proposals. Closing date: 10 December 2026",
        "Retribution invoice. Due date: December 10, 2026",
        "Submit your documents no later than Thursday, 10 December 2026",
        "Registration closes on August 10, 2026",
    ],
    ids=["closes-ahead", "closing-date", "due-date", "no-later-than", "closed-past"],
)
def test_an_english_limits_date_dates_nothing(text: str) -> None:
    assert content_dates(text, NOW) == []


def test_a_post_about_a_registration_that_closes_keeps_its_own_date() -> None:
    text = "Registration for Bekasi Expo Opens\nDecember 3, 2026\nRegistration closes on December 10, 2026"
    assert content_dates(text, NOW) == [datetime(2026, 12, 3, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("Smart Street Lighting Pilot\nUpdated 5 hours ago", timedelta(hours=5)),
        ("Jadwal Pelayanan\nDiperbarui 3 jam yang lalu", timedelta(hours=3)),
        ("Open Data Portal\nUpdated: 2 hours ago", timedelta(hours=2)),
    ],
)
def test_an_updates_relative_stamp_an_hour_or_more_before_the_check_is_the_contents(text: str, ago: timedelta) -> None:
    assert outside_articles(text) == [NOW - ago]


@pytest.mark.parametrize(
    "text",
    [
        "Last updated: just now",
        "Terakhir diperbarui: 2 menit yang lalu",
        "Last updated: 5 hours ago",
        "Update terakhir: 3 jam yang lalu",
        "Hari ini: 5 jam yang lalu",
    ],
)
def test_the_sites_last_update_or_one_within_the_hour_stays_the_servers_clock(text: str) -> None:
    assert outside_articles(text) == []


@pytest.mark.parametrize(
    ("title", "reading"),
    [("Exchange Rate", "USD/IDR 15,870"), ("Gold Price Today", "Antam 1 g: IDR 1,512,000"), ("Air Quality", "AQI 112")],
)
def test_an_english_data_widget_is_a_machines_part(title: str, reading: str) -> None:
    html = (
        f"<div class='col'><div class='widget'><h4>{title}</h4><p>{reading}</p>"
        "<p>Updated December 4, 2026 08:00</p></div></div>"
    )
    body = LexborHTMLParser(html).body
    assert body is not None
    parts = machine_parts(body, body.css(".widget"), "invest.bekasikota.go.id", False)
    assert [" ".join(node.text(separator=" ").split()) for node in parts] == [
        f"{title} {reading} Updated December 4, 2026 08:00"
    ]
