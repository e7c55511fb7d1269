"""Glued names in capitals that a person's or a shop's may be (MAWARTOTO, DEWAJP, HOKIJAYA88) found only with a kit's
mark beside them, a lone hidden "Slot" to a gambling site's domain, a kit's slides beside a shown one, and a linked
sheet's ``right:9999px``; through a whole check against a real HTTP server on 127.0.0.1 (session 32)."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_marked_names_pages_s32 import CLEAN, SPAM
from test_checker_gambling_hidden_session31 import BOOTSTRAP, CSS, FARM, RAZIA, THEME_CSS
from test_checker_gambling_session23 import app, security
from vendor_pages import Site, department_page


@pytest.mark.parametrize(("html", "found"), SPAM.values(), ids=SPAM.keys())
def test_a_kits_names_beside_its_mark_are_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_a_departments_names_partners_and_slots_have_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"


SHEETS = {
    "right-9999px": (FARM, True, ".ft-mitra{position:absolute;right:9999px;top:0}"),
    "right-99999px-fixed": (FARM, True, ".ft-mitra{position:fixed;right: 99999px}"),
    "a-flyout-opening-to-the-left": (
        f'<div class="flyout"><ul class="flyout-list">{RAZIA}</ul></div>',
        False,
        ".flyout{position:absolute;right:200%;top:0;width:240px}",
    ),
    "a-badge-at-the-right": (
        f'<div class="badge-kanan"><ul>{RAZIA}</ul></div>',
        False,
        ".badge-kanan{position:absolute;right:999px;top:0}",
    ),
}


@pytest.mark.parametrize(("html", "hidden", "rule"), SHEETS.values(), ids=SHEETS.keys())
def test_a_box_placed_ten_thousand_pixels_right_of_its_edge_is_hidden(  # type: ignore[no-untyped-def]
    shared_site, html: str, hidden: bool, rule: str
) -> None:
    shared_site.route("*", "/", Reply(200, department_page(Site(main_extra=html))))
    shared_site.route("*", THEME_CSS, Reply(200, BOOTSTRAP + rule, CSS))
    found = security(check(make_checker(shared_site.port), app(shared_site.port)))
    assert (found.get(("judi_online", "hidden")) == "kritis") is hidden
    assert (("judi_online", "visible") in found) is ("koitoto" in html and not hidden)
