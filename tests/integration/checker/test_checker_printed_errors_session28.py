"""Errors a page quotes are no printed errors (twenty-eighth round), through a whole check: a small application
that quotes one is aktif, not an error page, and a department's guide, forum, quiz or news that quotes one in its
code, between quotation marks or after words that introduce it has no finding. The same messages printed by the
application still count. Real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import error_pages_s28 as s28
import pytest
from checker_servers import assert_stand_in, served_yesterday
from error_pages import in_sidebar

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
