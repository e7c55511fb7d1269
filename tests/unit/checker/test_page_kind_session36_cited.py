"""A department's small application that cites a stand-in's words is the application (session 36): an API reference
whose example is what its PHP client prints ("<pre><code>PHP Fatal error:  Uncaught GuzzleHttp\\…"), an LMS lesson on
nginx whose shell transcript or condition says "Welcome to nginx!", a help article that tells what to do "Jika muncul
tulisan Error 404 Halaman Tidak Ditemukan", a quiz that asks what "SQLSTATE[23000]: … Duplicate entry" and "Fatal
error: Uncaught PDOException" mean. The stand-ins in those words are still found: PHP's own fatal error after
the reference's examples, the quiz's database down, nginx's page under the LMS's title, the help centre's own 404."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from honest_words_pages_s36 import APPS, DEFAULT_KITS, ERROR_KITS, NOT_FOUND_KITS


def _app(name: str, old: str = "", new: str = "") -> str:
    return APPS[name].replace(old, new)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(_app("satudata-api-reference"), id="api-reference-uncaught-in-code"),
        pytest.param(_app("lms-nginx-hardening-lesson"), id="lms-lesson-q-and-code"),
        pytest.param(
            _app("lms-nginx-hardening-lesson", "<q>Welcome to nginx!</q>", "Welcome to nginx!"), id="lms-condition"
        ),
        pytest.param(
            _app("lms-nginx-hardening-lesson", "Jika tampil <q>Welcome to nginx!</q>,", "Jika tampil halaman bawaan,"),
            id="lms-shell-transcript",
        ),
        pytest.param(_app("helpdesk-error-404-article"), id="help-article-if-error-404-appears"),
        pytest.param(_app("lms-quiz-sqlstate"), id="quiz-asks-what-the-errors-mean"),
    ],
)
def test_a_small_application_that_cites_a_stand_ins_words_is_the_application(html: str) -> None:
    assert kind_of(html).kind == "aplikasi"


@pytest.mark.parametrize(
    ("html", "kind", "quoted"),
    [
        pytest.param(
            ERROR_KITS["satudata-api-reference-then-real-fatal-error"],
            "galat_aplikasi",
            "Uncaught PDOException",
            id="real-fatal-after-the-examples",
        ),
        pytest.param(ERROR_KITS["lms-quiz-real-sqlstate"], "galat_aplikasi", "SQLSTATE[HY000]", id="quiz-db-down"),
        pytest.param(
            DEFAULT_KITS["nginx-default-text-under-the-lms-title"],
            "halaman_bawaan",
            "nginx web server is successfully installed",
            id="nginx-text-under-the-lms-title",
        ),
        pytest.param(
            NOT_FOUND_KITS["helpdesk-error-404-page"], "halaman_tidak_ditemukan", "tidak ditemukan", id="help-404"
        ),
    ],
)
def test_the_stand_ins_in_those_words_are_still_found(html: str, kind: str, quoted: str) -> None:
    assert_kind(html, kind, quoted)
