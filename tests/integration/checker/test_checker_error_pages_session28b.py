"""Error pages of the twenty-eighth round's second part, through a whole check: frameworks' and platforms' whole
error pages, PHP's fatal errors and a database's warnings where the content should be, warnings a minifier printed
without their newline; and the department's pages that use the same words. Real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import error_pages_s28b as s28b
import pytest
from checker_servers import assert_stand_in, served_yesterday
from error_pages import department, in_sidebar, stopped_in_content, stopped_in_sidebar

CODE = "galat_aplikasi_tampil"


def _printed(event) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.evidence for f in event.findings if f.code == CODE]


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(s28b.SLIM_ERROR, "Slim Application Error", id="slim"),
        pytest.param(s28b.YII2_DEBUG, "yii\\base\\ErrorException", id="yii2-debug"),
        pytest.param(s28b.LARAVEL_500_ID, "Kesalahan Server", id="laravel-500-indonesian"),
        pytest.param(s28b.WP_REDIS, "Error establishing a Redis connection", id="wordpress-redis"),
        pytest.param(s28b.WP_NO_MYSQL, "missing the MySQL extension", id="wordpress-without-mysqli"),
        pytest.param(s28b.MOODLE_READ_ERROR, "Error reading from database", id="moodle-database-in-its-theme"),
        pytest.param(s28b.COLDFUSION_ERROR, "Error Executing Database Query", id="coldfusion"),
        pytest.param(s28b.GO_PANIC, "http: panic serving 10.0.0.4:51234: runtime error", id="go-panic"),
    ],
)
def test_a_frameworks_whole_error_page_is_galat_aplikasi(site, html: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "galat_aplikasi", quoted)


def test_a_go_panic_in_a_widget_is_a_finding(site) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, in_sidebar(s28b.GO_PANIC_WIDGET))
    assert event.availability == "aktif"
    [evidence] = _printed(event)
    said = "http: panic serving 10.0.0.4:51234: runtime error: invalid memory address or nil pointer dereference"
    assert evidence == f"\u201c{said}\u201d"


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(s28b.GO_PANIC_GUIDE, id="go-guide-quotes-a-panic-in-its-code"),
        pytest.param(s28b.MOODLE_NEWS, id="moodle-news-tells-of-a-database-error"),
        pytest.param(s28b.PPDB_SERVER_NEWS, id="small-app-heads-news-of-a-server-error"),
    ],
)
def test_a_page_that_tells_of_such_an_error_is_aktif_without_a_finding(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason) == ("aktif", None)
    assert _printed(event) == []


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        pytest.param(
            s28b.FATAL_ARGUMENT_COUNT, "Uncaught ArgumentCountError: Too few arguments", id="message-with-on-line"
        ),
        pytest.param(s28b.DEPRECATED_THEN_FATAL, "Fatal error: Uncaught TypeError", id="deprecated-then-fatal"),
        pytest.param(s28b.PDO_LONG_TRACE, "Uncaught PDOException: could not find driver", id="long-stack-trace"),
        pytest.param(s28b.MYSQLI_SOCKET_WARNING, "mysqli::__construct(): (HY000/2002)", id="connection-warning"),
        pytest.param(s28b.MYSQLI_DENIED_AND_DIE, "mysqli_connect(): (HY000/1045)", id="connection-warning-and-die"),
    ],
)
def test_an_error_that_stopped_the_page_where_its_content_is_galat_aplikasi(site, printed: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, stopped_in_content(printed))
    assert_stand_in(event, "galat_aplikasi", quoted)
    assert "Deprecated" not in (event.reason_detail or "")


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        # The news rendered: the sidebar stopped, or the page went on after the message.
        pytest.param(stopped_in_sidebar(s28b.PDO_LONG_TRACE), "Uncaught PDOException", id="long-trace-in-sidebar"),
        pytest.param(stopped_in_sidebar(s28b.DEPRECATED_THEN_FATAL), "Deprecated: Creation", id="warnings-in-sidebar"),
        pytest.param(in_sidebar(s28b.MYSQLI_DENIED_AND_DIE), "mysqli_connect()", id="connection-warning-in-widget"),
        # An old application's warnings above a page that rendered whole.
        pytest.param(department(body_top=s28b.DEPRECATED_ONLY), "Deprecated: Creation", id="warnings-above-the-page"),
        pytest.param(in_sidebar(s28b.CANT_CONNECT), "Can't connect to MySQL server", id="cant-connect-in-widget"),
    ],
)
def test_an_error_in_a_page_that_rendered_is_a_finding(site, html: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason) == ("aktif", None)
    [evidence] = _printed(event)
    assert quoted in evidence


def test_a_connection_error_is_quoted_to_its_errno_not_into_the_next_widget(site) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, in_sidebar(s28b.CANT_CONNECT))
    assert _printed(event) == ["\u201cCan't connect to MySQL server on 'localhost' (10061)\u201d"]


def test_a_warning_a_minifier_printed_without_its_newline_is_a_finding(site) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, s28b.minified(in_sidebar(s28b.UNDEFINED_WARNING)))
    assert event.availability == "aktif"
    [evidence] = _printed(event)
    assert evidence.startswith("\u201cWarning: Undefined variable $agenda in /var/www/html/application/views/")


def test_a_minified_write_up_that_quotes_a_warning_in_its_sentence_has_no_finding(site) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, s28b.TRAINING_QUOTES_WARNING)
    assert event.availability == "aktif"
    assert _printed(event) == []
