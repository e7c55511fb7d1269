"""Printed errors of the twenty-eighth round, on the pure core: an error a page quotes in its code, between a
writer's quotation marks or after words that introduce it is no printed error; the same printed is."""

from __future__ import annotations

import pytest
from unit.checker.test_printed_errors_more import MENU, NEWS, URL

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import printed_error


def page(part: str) -> str:
    """Return a department's page with ``part`` in its sidebar."""
    return (
        "<html><head><title>Dinas Kesehatan Kota Bekasi</title></head><body>"
        f'<nav><ul class="menu">{MENU}</ul></nav><main>{NEWS}</main>'
        f'<aside class="sidebar"><h3>Catatan</h3>{part}</aside>'
        "<footer><p>&copy; 2026 Dinas Kesehatan Kota Bekasi</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "part",
    [
        pytest.param("<pre><code>SQLSTATE[HY000] [2002] Connection refused</code></pre>", id="pre-code"),
        pytest.param("<p>Sempat muncul <em>Unknown column 'tgl' in 'field list'</em> kemarin.</p>", id="em"),
        pytest.param("<p>Galat “Access denied for user 'sipd'@'localhost'” sudah teratasi.</p>", id="curly-quotes"),
        pytest.param("<p>Saat login keluar tulisan SQLSTATE[23000] Duplicate entry, kenapa?</p>", id="keluar-tulisan"),
        pytest.param("<p>fix: Table 'portal.tb_slider' doesn't exist setelah migrasi</p>", id="commit-fix"),
        pytest.param("<p>Soal 1. ORA-12541: TNS:no listener. Jelaskan!</p>", id="quiz"),
    ],
)
def test_an_error_the_page_quotes_is_not_printed(part: str) -> None:
    assert printed_error(parse_page(page(part), URL)) is None


@pytest.mark.parametrize(
    "part",
    [
        pytest.param("<div class='alert alert-danger'>SQLSTATE[HY000] [2002] Connection refused</div>", id="alert"),
        pytest.param("<p>Error: Unknown column 'tgl' in 'field list'</p>", id="error-label"),
        pytest.param('<p>{"error":"SQLSTATE[HY000] [2002] Connection refused"}</p>', id="json-straight-quotes"),
    ],
)
def test_the_same_error_printed_is(part: str) -> None:
    error = printed_error(parse_page(page(part), URL))
    assert error is not None and not error.whole
