"""Errors a page quotes are no printed errors (twenty-eighth round), through a whole check: a small application
that quotes one is aktif, not an error page, and a department's guide, forum, quiz or news that quotes one in its
code, between quotation marks or after words that introduce it has no finding. The same messages printed by the
application still count. Real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import error_pages_s28 as s28
import pytest
from checker_servers import assert_stand_in, served_yesterday
from error_pages import in_sidebar, stopped_in_content

CODE = "galat_aplikasi_tampil"


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(s28.PPDB_FAQ_QUESTION, id="small-app-faq-asks-of-an-error"),
        pytest.param(s28.PPDB_HELP_QUOTED, id="small-app-help-quotes-an-error"),
        pytest.param(s28.PPDB_CHANGELOG, id="small-app-changelog-names-a-fixed-error"),
        pytest.param(s28.GITEA_EXPLORE, id="gitea-commit-messages-fixing-errors"),
        pytest.param(s28.API_DOCS, id="api-documentation-json-example"),
        pytest.param(s28.SDK_TROUBLESHOOTING, id="sdk-troubleshooting-you-will-get"),
    ],
)
def test_a_small_application_that_quotes_an_error_is_aktif_without_a_finding(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason) == ("aktif", None)
    assert [f for f in event.findings if f.code == CODE] == []


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(s28.FORUM_QUESTION, id="forum-dapat-error-ini"),
        pytest.param(s28.OUTAGE_NEWS, id="news-disambut-tulisan"),
        pytest.param(s28.ORACLE_QUIZ, id="quiz-soal-1"),
        pytest.param(s28.README_LABELS, id="readme-error-label-in-code"),
        pytest.param(s28.MIGRATION_NEWS, id="news-error-in-em"),
        pytest.param(s28.PENTEST_REPORT, id="pentest-report-error-in-code"),
        pytest.param(s28.SQL_ELEARNING, id="elearning-mysql-prompt-in-pre-code"),
        pytest.param(s28.JAVA_NOTES, id="notes-log-akan-berisi"),
    ],
)
def test_a_department_post_that_quotes_an_error_has_no_finding(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert event.availability == "aktif"
    assert [f for f in event.findings if f.code == CODE] == []


def test_the_same_errors_printed_by_the_application_still_count(site) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, in_sidebar("<p>SQLSTATE[HY000] [2002] Connection refused</p>"))
    assert event.availability == "aktif"
    [finding] = [f for f in event.findings if f.code == CODE]
    assert "SQLSTATE[HY000] [2002] Connection refused" in finding.evidence
    assert_stand_in(served_yesterday(site, s28.JAVA_PRINTED), "galat_aplikasi", "CommunicationsException")


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        pytest.param(s28.GONE_AWAY, "MySQL server has gone away", id="mysql-gone-away"),
        pytest.param(s28.LOST_CONNECTION, "Lost connection to MySQL server during query", id="mysql-lost-connection"),
        pytest.param(s28.DEADLOCK, "Deadlock found when trying to get lock", id="mysql-deadlock"),
        pytest.param(s28.PG_PASSWORD, 'password authentication failed for user "sipd"', id="postgresql-password"),
        pytest.param(s28.PSYCOPG, "psycopg2.OperationalError: FATAL", id="psycopg"),
        pytest.param(s28.GO_DIAL, "dial tcp 127.0.0.1:5432: connect: connection refused", id="go-dial"),
        pytest.param(s28.KOHANA, "Database_Exception [ 2002 ]: Connection refused", id="kohana"),
        pytest.param(s28.ELASTICSEARCH, "NoNodesAvailableException: No alive nodes", id="elasticsearch"),
        pytest.param(s28.SESSION_UNKNOWN, "No space left on device (28) in Unknown on line 0", id="php-in-unknown"),
        pytest.param(s28.CI3_UNCAUGHT, "An uncaught Exception was encountered", id="codeigniter3-uncaught"),
    ],
)
def test_a_database_or_runtime_error_in_a_widget_is_a_finding(site, printed: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, in_sidebar(printed))
    assert event.availability == "aktif"
    [finding] = [f for f in event.findings if f.code == CODE]
    assert quoted in finding.evidence


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param("MySQL server has gone away", "MySQL server has gone away", id="mysql-gone-away-alone"),
        pytest.param(s28.GO_DIAL_ALONE, "dial tcp 127.0.0.1:5432", id="go-dial-alone"),
        pytest.param(s28.SQLSRV_PRINT_R, "[SQLSTATE] => 08001", id="sqlsrv-errors-print-r-alone"),
        pytest.param(stopped_in_content(s28.SQLSRV_PRINT_R), "[SQLSTATE] => 08001", id="sqlsrv-errors-in-content"),
        pytest.param(s28.CI3_UNCAUGHT, "An uncaught Exception was encountered", id="codeigniter3-uncaught-alone"),
        pytest.param(
            stopped_in_content(s28.CI3_UNCAUGHT),
            "An uncaught Exception was encountered",
            id="codeigniter3-uncaught-with-backtrace-in-content",
        ),
    ],
)
def test_such_an_error_where_the_page_should_be_is_galat_aplikasi(site, html: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "galat_aplikasi", quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(s28.GO_TUTORIAL, id="go-tutorial-quotes-dial-tcp"),
        pytest.param(s28.GONE_AWAY_NEWS, id="news-quotes-gone-away"),
    ],
)
def test_a_post_that_names_such_an_error_has_no_finding(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert event.availability == "aktif"
    assert [f for f in event.findings if f.code == CODE] == []
