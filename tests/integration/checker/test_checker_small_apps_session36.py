"""A department's small applications whose few words read like a stand-in's (``small_apps_pages_s36``), each checked
whole against a real HTTP server on 127.0.0.1 at a fixed time: a road office's board headed "Pemeliharaan", an admin's
"It works!" note under the site's menu, a stamp of today hours before the check; and the maintenance notices, Apache's
pages, clocks and page caches they must not hide (session 36)."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, check, make_checker
from small_apps_pages_s36 import ADMIN_NOTES, APACHE, BOARDS, CLOCKS, MAINTENANCE, STAMPED
from stamped_pages import NOW

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked


def checked_at_now(site: FakeSite, html: str) -> ApplicationChecked:
    """Serve ``html`` at the site's root and return one whole check of it at ``NOW``."""
    site.route("*", "/", Reply(200, html))
    app = AppSpec(id="opd-app", pd_id="opd", nama="Aplikasi OPD", url=f"http://app.bekasikota.go.id:{site.port}/")
    return check(make_checker(site.port, clock=lambda: NOW), app)


def verdict(event: ApplicationChecked) -> tuple[str | None, str | None, tuple[str, ...]]:
    return event.availability, event.reason, tuple(f.code for f in event.findings)


@pytest.mark.parametrize("html", [*BOARDS.values(), *ADMIN_NOTES.values()], ids=[*BOARDS, *ADMIN_NOTES])
def test_a_small_application_headed_like_a_stand_in_is_aktif(shared_site: FakeSite, html: str) -> None:
    assert verdict(checked_at_now(shared_site, html)) == ("aktif", None, ())


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        *(pytest.param(html, "dalam_pemeliharaan", id=name) for name, html in MAINTENANCE.items()),
        *(pytest.param(html, "halaman_bawaan", id=name) for name, html in APACHE.items()),
    ],
)
def test_the_stand_in_under_the_same_heading_is_still_found(shared_site: FakeSite, html: str, reason: str) -> None:
    assert verdict(checked_at_now(shared_site, html))[:2] == ("tidak_aktif", reason)


@pytest.mark.parametrize("html", STAMPED.values(), ids=STAMPED.keys())
def test_a_stamp_of_today_hours_before_the_check_is_fresh(shared_site: FakeSite, html: str) -> None:
    event = checked_at_now(shared_site, html)
    assert (event.availability, event.content.result) == ("aktif", "update")


@pytest.mark.parametrize("html", CLOCKS.values(), ids=CLOCKS.keys())
def test_a_stamp_of_the_moment_the_page_was_rendered_or_cached_dates_nothing(shared_site: FakeSite, html: str) -> None:
    event = checked_at_now(shared_site, html)
    assert (event.availability, event.content.result) == ("aktif", "tidak_diketahui")
