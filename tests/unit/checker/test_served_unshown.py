"""A page's HTML sent under a type no browser shows as a page, in the pure core: what it is and why, in Indonesian."""

from __future__ import annotations

from pantau_checker.core.page_kind import served_unshown


def test_html_sent_as_plain_text_is_an_error_whose_code_a_visitor_sees() -> None:
    kind = served_unshown("text/plain")
    assert kind.kind == "galat_aplikasi"
    assert "text/plain" in kind.detail and "menampilkan kode HTML-nya" in kind.detail


def test_html_sent_as_a_file_is_an_error_a_visitor_downloads() -> None:
    kind = served_unshown("application/octet-stream")
    assert kind.kind == "galat_aplikasi"
    assert "application/octet-stream" in kind.detail and "mengunduhnya sebagai berkas" in kind.detail
