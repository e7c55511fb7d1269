"""The per-process caches of the session cookie's signature checks and of the CSRF tokens (pantau_web.auth)."""

from __future__ import annotations

import time

import pytest
from itsdangerous import URLSafeTimedSerializer
from werkzeug.wrappers import Response

from pantau_web.auth import CsrfTokens, VerifiedCookies, vary_on_cookie

KEYS = ("the app's secret",)


def test_a_kept_cookie_gives_its_data_and_signing_time_read_only():
    cookies = VerifiedCookies()
    cookies.put(KEYS, "cookie-a", {"user_id": 7, "version": 2, "csrf_token": "s"}, 1_700_000_000)
    data, signed_at = cookies.get(KEYS, "cookie-a")
    assert dict(data) == {"user_id": 7, "version": 2, "csrf_token": "s"} and signed_at == 1_700_000_000
    with pytest.raises(TypeError):
        data["user_id"] = 1  # type: ignore[index]


def test_a_cookie_is_found_only_by_its_exact_text_and_keys():
    cookies = VerifiedCookies()
    cookies.put(KEYS, "cookie-a", {"user_id": 7}, 1)
    assert cookies.get(KEYS, "cookie-a; other=1") is None and cookies.get(KEYS, "cookie-A") is None
    assert cookies.get(("another secret",), "cookie-a") is None


def test_the_data_kept_is_a_copy_of_what_was_put():
    cookies = VerifiedCookies()
    data = {"user_id": 7}
    cookies.put(KEYS, "cookie-a", data, 1)
    data["user_id"] = 8
    assert cookies.get(KEYS, "cookie-a")[0]["user_id"] == 7  # type: ignore[index]


def test_a_session_holding_a_list_is_not_kept_but_still_returned():
    cookies = VerifiedCookies()
    flashes = {"user_id": 7, "_flashes": [["info", "Tersimpan."]]}
    data, signed_at = cookies.put(KEYS, "cookie-a", flashes, 1)
    assert dict(data) == flashes and signed_at == 1
    assert cookies.get(KEYS, "cookie-a") is None and len(cookies) == 0


def test_a_cookie_header_longer_than_the_bound_is_not_kept():
    cookies = VerifiedCookies(max_text=100)
    cookies.put(KEYS, "session=abc; " + "x" * 100, {"user_id": 7}, 1)
    assert len(cookies) == 0


def test_the_cookies_start_again_empty_past_their_bound():
    cookies = VerifiedCookies(max_entries=3)
    for n in range(3):
        cookies.put(KEYS, f"cookie-{n}", {"n": n}, 1)
    assert len(cookies) == 3
    cookies.put(KEYS, "cookie-3", {"n": 3}, 1)
    assert len(cookies) == 1 and cookies.get(KEYS, "cookie-3") is not None


def at(monkeypatch: pytest.MonkeyPatch, now: float) -> None:
    """Set the clock everyone reads (the cache and itsdangerous's signer) to ``now``."""
    monkeypatch.setattr(time, "time", lambda: now)


def flask_wtf_token(key: str, secret: str) -> str:
    return URLSafeTimedSerializer(key, salt="wtf-csrf-token").dumps(secret)  # as Flask-WTF's generate_csrf


def test_a_token_is_flask_wtfs_and_signed_once_within_a_second(monkeypatch):
    tokens = CsrfTokens()
    at(monkeypatch, 1_700_000_000.1)
    first = tokens.token("key", "secret-a")
    assert first == flask_wtf_token("key", "secret-a")
    at(monkeypatch, 1_700_000_000.9)
    assert tokens.token("key", "secret-a") is first


def test_a_new_second_signs_a_new_token(monkeypatch):
    tokens = CsrfTokens()
    at(monkeypatch, 1_700_000_000.9)
    first = tokens.token("key", "secret-a")
    at(monkeypatch, 1_700_000_001.0)
    second = tokens.token("key", "secret-a")
    assert second != first and second == flask_wtf_token("key", "secret-a")
    _, signed = URLSafeTimedSerializer("key", salt="wtf-csrf-token").loads(second, return_timestamp=True)
    assert signed.timestamp() == 1_700_000_001


def test_each_secret_and_key_has_its_own_token(monkeypatch):
    tokens = CsrfTokens()
    at(monkeypatch, 1_700_000_000.5)
    a, b, c = tokens.token("key", "secret-a"), tokens.token("key", "secret-b"), tokens.token("other", "secret-a")
    assert len({a, b, c}) == 3
    assert (a, b, c) == (
        flask_wtf_token("key", "secret-a"),
        flask_wtf_token("key", "secret-b"),
        flask_wtf_token("other", "secret-a"),
    )


def test_a_token_signed_across_a_second_boundary_is_not_kept(monkeypatch):
    tokens = CsrfTokens()
    readings = iter([1_700_000_000.99, 1_700_000_001.0])
    monkeypatch.setattr(time, "time", lambda: next(readings, 1_700_000_001.0))
    tokens.token("key", "secret-a")  # the cache read 1_700_000_000, the signer (or the check after it) the next
    at(monkeypatch, 1_700_000_000.999)  # back in that second (a test's clock): nothing was kept for it
    assert tokens.token("key", "secret-a") == flask_wtf_token("key", "secret-a")


def test_the_tokens_start_again_empty_past_their_bound(monkeypatch):
    tokens = CsrfTokens(max_entries=2)
    at(monkeypatch, 1_700_000_000.5)
    for secret in ("a", "b", "c"):
        tokens.token("key", secret)
    assert len(tokens) == 1


@pytest.mark.parametrize(
    ("before", "after"),
    [(None, "Cookie"), ("Accept-Encoding", "Accept-Encoding, Cookie"), ("cookie", "cookie")],
)
def test_a_response_varies_on_the_cookie_as_werkzeug_adds_it(before, after):
    ours, werkzeugs = Response(), Response()
    for response in (ours, werkzeugs):
        if before:
            response.headers["Vary"] = before
    vary_on_cookie(ours)
    werkzeugs.vary.add("Cookie")
    assert ours.headers.getlist("Vary") == werkzeugs.headers.getlist("Vary") == [after]
