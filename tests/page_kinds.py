"""Helpers shared by the checker's unit tests of what stands in the application's place (``core.page_kind``)."""

from __future__ import annotations

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, classify

URL = "https://dinkes.bekasikota.go.id/"


def kind_of(html: str, status: int = 200, url: str = URL) -> PageKind:
    """Return what the page at ``url`` is, answered with ``status``."""
    return classify(parse_page(html, url), status)


def assert_kind(html: str, kind: str, quoted: str, url: str = URL) -> None:
    """Assert that the page is of ``kind``, and that its detail quotes ``quoted``."""
    found = kind_of(html, url=url)
    assert found.kind == kind, found
    assert quoted in found.detail, found
