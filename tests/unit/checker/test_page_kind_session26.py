"""Hostings', registrars' and applications' pages in the application's place (``stand_in_pages_s26``).

Each stand-in here read as the application before, or a notice under a bare "503" as the server's error: a hosting's
page for a term that ran out worded with "untuk", a registrar's for a name never pointed at a hosting, a PHP
application that printed only its database's warning (and its die()), small notices of an update or a server move,
Laravel's maintenance page in Indonesian, a hosting's "technical difficulties", Afternic's "available for purchase".
Each comes with a department's page in the same words, which stays the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_s26 as s26

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, printed_error


@pytest.mark.parametrize(("html", "kind", "quoted", "look_alike"), s26.STAND_INS)
def test_a_stand_in_is_read_for_what_it_is_and_the_department_page_in_its_words_is_the_application(
    html: str, kind: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, kind, quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize("html", s26.LOOK_ALIKES)
def test_news_of_work_that_leaves_the_service_running_or_is_over_is_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(s26.LOGIN_UNDER_DEPRECATED, id="login-form-after-it"),
        pytest.param(s26.SPA_UNDER_DEPRECATED, id="a-scripts-shell-after-it"),
    ],
)
def test_a_warning_above_a_page_that_goes_on_is_printed_in_it_not_the_whole_page(html: str) -> None:
    found = printed_error(parse_page(html, "https://simpeg.bekasikota.go.id/"))
    assert found is not None and found.evidence.startswith("Deprecated:")
    assert not found.whole


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(s26.MYSQLI_WARNING_THEN_DIE, "Warning: mysqli_connect()", id="warning-then-die"),
        pytest.param(s26.PG_CONNECT_WARNING_ONLY, "Warning: pg_connect()", id="warning-alone"),
    ],
)
def test_a_database_warning_with_nothing_after_it_but_a_die_is_the_whole_page(html: str, quoted: str) -> None:
    found = printed_error(parse_page(html, "https://simpeg.bekasikota.go.id/"))
    assert found is not None and found.whole and not found.fatal
    assert found.evidence.startswith(quoted)


def test_a_dotnet_exception_printed_in_a_page_is_an_error_and_a_tutorial_quoting_one_is_not() -> None:
    def found(body: str) -> str | None:
        error = printed_error(parse_page(f"<html><body>{body}</body></html>", "https://simda.bekasikota.go.id/"))
        return error.evidence if error is not None else None

    printed = "<span id='lblError'>System.NullReferenceException: Object reference not set to an instance of an object."
    assert (found(printed + "</span>") or "").startswith("System.NullReferenceException: Object reference not set")
    assert found("<p>Jika muncul pesan System.NullReferenceException: Object reference, periksa variabel.</p>") is None
