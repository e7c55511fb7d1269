"""A department's home page whose news items print given stamps, checked at a fixed time.

The checker's clock is fixed (Wednesday 2 December 2026, 10:00 in Bekasi), so that a page can print
its stamps as literals, the way a site prints them. ``conftest.shared_site`` serves them, one site a module.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from checker_servers import FakeSite, Reply, make_checker
from vendor_pages import HEADLINES, News, Site, department_page

from pantau_common.registry.model import AppSpec

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
STALE = datetime(2026, 5, 12, tzinfo=UTC)


def stamped_page(stamps: list[str], plain: bool = False, top: str = "", extra: str = "") -> str:
    """Return a department's home page whose news items print ``stamps``, its clock at ``NOW``."""
    news = [News(stamp, HEADLINES[i], f"berita-{i + 1}") for i, stamp in enumerate(stamps)]
    site = Site(
        news=news,
        clock=NOW + timedelta(hours=7),
        copyright_year=2026,
        plain_markup=plain,
        body_top=top,
        main_extra=extra,
    )
    return department_page(site)


def freshness_now(site: FakeSite, html: str) -> tuple[str, datetime | None]:
    """Serve ``html`` and return the content result and last change of one check of it at ``NOW``."""
    site.route("*", "/", Reply(200, html))
    app = AppSpec(
        id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://dinkes.bekasikota.go.id:{site.port}/"
    )
    event = asyncio.run(make_checker(site.port, off=("cloaking",), clock=lambda: NOW).check(app))
    return event.content.result, event.content.last_changed
