"""The thirteenth round's stand-ins left before, and the department's pages in their words, through a check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200 (``stand_in_pages_s32``): a theme's 404
drawn as a picture, and one under a bare "Tidak Ditemukan", in the portal's frame; an admin template's 403 view at the
root; Tiny File Manager open without its login. Each is tidak_aktif for its reason; the look-alikes (a search for
nothing, a guide with a screenshot, a gallery, a guide to uploading, a FAQ, the manager's login) are aktif and update.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s32 as s32
from checker_servers import assert_application, assert_stand_in, served_yesterday


@pytest.mark.parametrize(
    ("html", "reason", "quoted"),
    [pytest.param(html, reason, quoted, id=name) for html, reason, quoted, name in s32.STAND_INS],
)
def test_a_stand_in_left_before_is_tidak_aktif_for_its_reason(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)


@pytest.mark.parametrize("html", s32.LOOK_ALIKES)
def test_a_search_a_guide_a_gallery_a_faq_and_the_managers_login_stay_aktif_and_update(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    assert_application(served_yesterday(site, html))
