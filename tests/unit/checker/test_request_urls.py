"""The addresses a session parses once and keeps, and those it never keeps."""

from __future__ import annotations

from pantau_checker.http.session import _parsed_url, _request_url


def test_an_application_address_is_parsed_once() -> None:
    home = "https://dinkes.bekasikota.go.id/"
    assert _request_url(home) is _request_url(home)
    assert str(_request_url(home)) == home


def test_an_address_with_a_query_is_never_kept() -> None:
    # A GET login form sends its fields, the password among them, in the query.
    kept = _parsed_url.cache_info().currsize
    secret = "https://dinkes.bekasikota.go.id/masuk?username=admin&password=rahasia"
    assert _request_url(secret) == secret
    assert _parsed_url.cache_info().currsize == kept


def test_an_address_with_credentials_is_never_kept() -> None:
    kept = _parsed_url.cache_info().currsize
    secret = "https://admin:rahasia@dinkes.bekasikota.go.id/"
    assert _request_url(secret) == secret
    assert _parsed_url.cache_info().currsize == kept
