"""What an official reads of a fetch that failed in an unexpected way: words, never an exception's class name."""

from __future__ import annotations

import pytest

from pantau_checker.core.availability import from_status
from pantau_checker.http.errors import classify
from pantau_checker.http.session import FetchError, _redirect_target


@pytest.mark.parametrize(
    "exc", [OverflowError("getsockaddrarg: port must be 0-65535."), ValueError("bad"), KeyError("x")]
)
def test_an_unexpected_failure_names_no_exception_class(exc: Exception) -> None:
    error = classify(exc)
    assert error.kind == "other"
    assert error.detail == "galat tak terduga saat mengambil halaman"


def test_a_redirect_to_a_port_beyond_65535_is_an_invalid_address() -> None:
    with pytest.raises(FetchError) as raised:
        _redirect_target("http://dinkes.bekasikota.go.id/", "http://dinkes.bekasikota.go.id:99999/")
    assert raised.value.detail == "server mengalihkan ke alamat yang tidak sah: http://dinkes.bekasikota.go.id:99999/"


def test_a_redirect_within_the_site_is_followed_as_it_was() -> None:
    assert _redirect_target("http://dinkes.bekasikota.go.id/", "/beranda/?page=1") == (
        "http://dinkes.bekasikota.go.id/beranda/?page=1"
    )
    assert _redirect_target("http://dinkes.bekasikota.go.id/", "https://dinkes.bekasikota.go.id:8443/") == (
        "https://dinkes.bekasikota.go.id:8443/"
    )


@pytest.mark.parametrize("status", [999, 600, 0, 99])
def test_a_status_no_http_class_holds_is_no_server_error(status: int) -> None:
    verdict = from_status(status)
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", "galat_lain")
    assert verdict.detail == f"server menjawab dengan kode status tak dikenal HTTP {status}"


@pytest.mark.parametrize(("status", "reason"), [(500, "http_5xx"), (599, "http_5xx"), (404, "http_4xx"), (200, None)])
def test_the_statuses_http_knows_keep_their_reasons(status: int, reason: str | None) -> None:
    assert from_status(status).reason == reason
