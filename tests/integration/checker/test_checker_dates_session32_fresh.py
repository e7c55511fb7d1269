"""A news list's dotted stamps of two-digit years (session 32), through a whole check against a real HTTP server on
127.0.0.1: a theme that prints ``strftime("%d.%m.%y")`` ("04.12.26", "04.12.26 08.15") dates its page like the
slashed and hyphened stamps of the earlier round, fresh as `update` and stale as `tidak_update`; the dotted numbers
beside a stale list (a build's version, a clock's time with seconds, a phone's, a server's address, a price) leave
it stale, however often they are printed. The pages are served without ``Last-Modified``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from test_checker_dates_session28 import site_page
from test_checker_dates_session31 import FRESH_DAYS, STALE_DAYS, ago, result, short_years, short_years_result

DOTTED: dict[str, Callable[[datetime], str]] = {
    "dots": lambda d: f"{d:%d.%m.%y}",
    "dots and a time": lambda d: f"{d:%d.%m.%y %H.%M}",
    "a byline after it": lambda d: f"{d:%d.%m.%y} | Admin",
}


@pytest.mark.parametrize("printed", DOTTED.values(), ids=DOTTED.keys())
@pytest.mark.parametrize(("days", "expected"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_a_news_list_of_dotted_two_digit_years_dates_the_page(
    printed: Callable[[datetime], str], days: tuple[int, ...], expected: str
) -> None:
    assert short_years_result(days, printed) == expected


DOTTED_LOOK_ALIKES = {
    "a build's version": f"<p>SIPASAR v{ago(0):%d.%m.%y} &middot; Build {ago(1):%d.%m.%y}</p>",
    "a version's word": f"<p>Versi aplikasi: {ago(0):%d.%m.%y}</p>",
    "a clock's label": f"<p>Jam server: {ago(0):%d.%m.%y}</p>",
    "a clock's zone": f"<p>Sinkronisasi terakhir {ago(0):%d.%m.%y} WIB</p>",
    "a phone": f"<p>Layanan pengaduan: 0812.{ago(0):%d.%m.%y} (WA)</p>",
    "a server's address": f"<p>Server: 10.{ago(0):%d.%m.%y} / 10.{ago(1):%d.%m.%y}</p>",
    "prices": "<p>Beras medium Rp 12.500 / kg, minyak goreng Rp 15.700 / liter</p>",
}


@pytest.mark.parametrize("look_alike", DOTTED_LOOK_ALIKES.values(), ids=DOTTED_LOOK_ALIKES.keys())
def test_dotted_numbers_like_dates_beside_a_stale_list_leave_it_stale(look_alike: str) -> None:
    stale = short_years(STALE_DAYS, lambda d: f"{d:%d.%m.%Y}")
    assert result(site_page(stale + look_alike * 2)) == "tidak_update"  # twice: as a list's stamps would be


def test_one_dotted_stamp_beside_slashed_ones_is_not_read() -> None:
    # The slashed stamps are the list's; one dotted number beside them is as often a version's.
    stale = short_years(STALE_DAYS, lambda d: f"{d:%d/%m/%y}")
    assert result(site_page(stale + f"<p>Rilis {ago(0):%d.%m.%y}</p>")) == "tidak_update"
