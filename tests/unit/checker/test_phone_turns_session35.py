"""The phone view's turns: an Android's Chrome, then an iPhone's Safari, from one view to the next.

Kits that serve gambling to iPhones only were never seen by a view asking as an Android alone. The
turn is counted where the views' schedule is kept (``core.state``), so a restarted checker goes on
where it was; a finding is kept until the phone it was shown to sees the page clean.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pantau_checker.core.checks import cloaking
from pantau_checker.core.checks.base import NoSettings, Observed
from pantau_checker.core.page import parse_page
from pantau_checker.core.state import AppMemory, phone_due, remember_views
from pantau_checker.http import IPHONE_UA, MOBILE_UA
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url="https://dinkes.bekasikota.go.id/")
CODES = frozenset({"cloaking_seluler", "cloaking_googlebot"})
ANDROID = Finding("cloaking_seluler", "kritis", "hanya untuk ponsel Android dari pencarian Google: slot88", "seluler")
IPHONE = Finding("cloaking_seluler", "kritis", "hanya untuk ponsel iPhone dari pencarian Google: slot88", "seluler")
BEFORE = Finding("cloaking_seluler", "kritis", "hanya untuk ponsel dari pencarian Google: slot88", "seluler")


def test_the_phone_view_asks_as_an_android_first_then_as_an_iphone_by_turns() -> None:
    memory, turns = AppMemory(), []
    for hour in range(5):
        turns.append(phone_due(memory))
        memory = remember_views(memory, NOW + timedelta(hours=hour), (), CODES)
    assert turns == ["Android", "iPhone", "Android", "iPhone", "Android"]
    assert memory.views_taken == 5


def test_the_agents_are_a_current_androids_chrome_and_a_current_iphones_safari() -> None:
    assert "Android" in MOBILE_UA and "Chrome/" in MOBILE_UA and "iPhone" not in MOBILE_UA
    assert "iPhone OS 18_" in IPHONE_UA and "Version/18." in IPHONE_UA and "Mobile/" in IPHONE_UA
    assert "Safari/" in IPHONE_UA and "Android" not in IPHONE_UA and "Chrome" not in IPHONE_UA


def test_the_finding_names_the_phone_that_asked() -> None:
    page = parse_page("<html><head><title>Dinas Kesehatan</title></head><body><p>Layanan</p></body></html>", APP.url)
    spam = parse_page("<html><head><title>Dinas Kesehatan</title></head><body>situs toto slot88</body></html>", APP.url)
    for phone in ("Android", "iPhone"):
        (found,) = cloaking.judge_mobile(Observed(APP, page=page, mobile_page=spam, phone=phone), NoSettings())
        assert found.evidence.startswith(f"hanya untuk ponsel {phone} dari pencarian Google: ")
        assert found.location == "seluler"  # one finding for the follow-up, whichever phone saw it


def test_a_finding_is_kept_until_the_phone_it_was_shown_to_sees_the_page_clean() -> None:
    assert cloaking.other_phone((IPHONE,), (), "Android") == (IPHONE,)
    assert cloaking.other_phone((IPHONE,), (), "iPhone") == ()
    assert cloaking.other_phone((ANDROID,), (), "iPhone") == (ANDROID,)
    assert cloaking.other_phone((ANDROID,), (), "Android") == ()
    # Remembered before the turns, a finding names no phone: the Android's.
    assert cloaking.other_phone((BEFORE,), (), "iPhone") == (BEFORE,)
    assert cloaking.other_phone((BEFORE,), (), "Android") == ()
    # What this view found is reported, not both.
    assert cloaking.other_phone((IPHONE,), (ANDROID,), "Android") == ()
    googlebot = Finding("cloaking_googlebot", "kritis", "hanya untuk Googlebot: slot88", "googlebot")
    assert cloaking.other_phone((googlebot,), (), "Android") == ()
