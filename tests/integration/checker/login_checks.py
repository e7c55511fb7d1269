"""What the whole-check login tests assert of an event and of the requests a site saw."""

from __future__ import annotations

import json
from collections.abc import Callable

from checker_servers import FakeSite, Request
from login_apps_real_web import EMAIL, PASSWORD, USER

from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked

WRONG = "salah-sekali"  # the wrong password the tests store as a secret
Secret = Callable[[str], str]  # the ``secret`` fixture: stores a value, returns its reference


def posts(site: FakeSite) -> list[Request]:
    return [r for r in site.requests if r.method == "POST"]


def assert_logged_in(event: ApplicationChecked) -> None:
    assert (event.availability, event.login.result, event.login.reason) == ("aktif", "berhasil", None)


def refusal(event: ApplicationChecked) -> str:
    """Return the reason of a refused login, having checked that no credential is published."""
    assert (event.availability, event.reason, event.login.result) == ("tidak_aktif", "login_gagal", "gagal")
    published = json.dumps(to_jsonable(event))
    assert WRONG not in published and PASSWORD not in published
    assert USER not in (event.login.reason or "") and EMAIL not in (event.login.reason or "")
    return event.login.reason or ""
