"""A time-ago of two or more units, as portals' own helpers print it ("1 tahun, 3 hari yang lalu",
"8 bulan 4 hari lalu", "1 year, 3 days ago"): its larger units are part of it.

Read by its last unit alone, a post of a year ago was three days old, and a stale site was fresh.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core.dates import content_dates

NOW = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("1 tahun, 3 hari yang lalu", timedelta(days=368)),
        ("1 tahun 3 hari lalu", timedelta(days=368)),
        ("1 tahun dan 3 hari yang lalu", timedelta(days=368)),
        ("8 bulan 4 hari yang lalu oleh Admin", timedelta(days=244)),
        ("Diperbarui 1 tahun 2 bulan yang lalu", timedelta(days=425)),
        ("2 bulan 1 minggu yg lalu", timedelta(days=67)),
        ("2 hari, 3 jam yang lalu", timedelta(days=2, hours=3)),
        ("1 year, 3 days ago", timedelta(days=368)),
        ("2 years, 1 month ago", timedelta(days=760)),
        ("1 year and 2 months ago", timedelta(days=425)),
        ("setahun 2 bulan lalu", timedelta(days=425)),
    ],
)
def test_a_time_ago_of_several_units_is_their_sum(text: str, ago: timedelta) -> None:
    assert content_dates(text, NOW) == [NOW - ago]


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        # A headline ending in an amount, and the time-ago on the next line.
        ("Imunisasi bagi bayi usia 2 bulan\n3 hari yang lalu", timedelta(days=3)),
        # A count that is no time, and "beberapa" that is no amount.
        ("Dibaca 3 kali, 2 hari yang lalu", timedelta(days=2)),
        ("beberapa tahun 3 hari lalu", timedelta(days=3)),
        # Units from the smaller up are no time-ago of one: the last is read, as before.
        ("3 jam 2 hari lalu", timedelta(days=2)),
        ("3 hari yang lalu", timedelta(days=3)),
    ],
)
def test_what_is_no_larger_unit_of_the_same_time_ago_is_not_added(text: str, ago: timedelta) -> None:
    assert content_dates(text, NOW) == [NOW - ago]
