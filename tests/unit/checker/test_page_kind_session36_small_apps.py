"""A department's small application headed like a stand-in is the application (session 36): a road office's board
headed "Pemeliharaan" over the works it lists (a table of roads with their progress and days, a list of street
lamps, cards of drains, a table of vehicles' upkeep), an admin's note headed "It works!" under the site's menu. The
same heading over a notice that the application is closed (its progress bar and window too), and Apache's own "It
works!" page, are still the stand-ins."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from small_apps_pages_s36 import ADMIN_NOTES, APACHE, BOARDS, MAINTENANCE


@pytest.mark.parametrize("html", [*BOARDS.values(), *ADMIN_NOTES.values()], ids=[*BOARDS, *ADMIN_NOTES])
def test_a_small_application_headed_like_a_stand_in_is_the_application(html: str) -> None:
    assert kind_of(html).kind == "aplikasi"


@pytest.mark.parametrize("html", MAINTENANCE.values(), ids=MAINTENANCE.keys())
def test_the_same_heading_over_a_notice_is_maintenance(html: str) -> None:
    assert_kind(html, "dalam_pemeliharaan", "emeliharaan")


@pytest.mark.parametrize("html", APACHE.values(), ids=APACHE.keys())
def test_apaches_own_page_is_a_default_page(html: str) -> None:
    assert_kind(html, "halaman_bawaan", "It works")
