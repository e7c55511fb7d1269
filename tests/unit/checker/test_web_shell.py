"""The web shell's panel read from a page's opening (``defacement.web_shell``)."""

from __future__ import annotations

import sys
from pathlib import Path

from pantau_checker.core.checks.defacement import web_shell
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from shell_pages_s38 import CLEAN, CSIRT_PAGE, alfa, cmd_output, indoxploit, titled


def test_a_panel_is_named_by_the_shell_its_title_names() -> None:
    found = web_shell(parse_page(alfa(), "http://dishub.bekasikota.go.id/"))
    assert found is not None
    assert found.evidence.startswith("web shell (pintu belakang) tampil di halaman (alfa team): \u201cUname : Linux")


def test_a_panel_under_the_departments_title_is_named_by_its_banner() -> None:
    found = web_shell(parse_page(titled(indoxploit()), "http://dishub.bekasikota.go.id/"))
    assert found is not None and "(indoxploit)" in found.evidence


def test_a_commands_output_on_a_bare_page_is_a_shell() -> None:
    assert web_shell(parse_page(cmd_output(), "http://dishub.bekasikota.go.id/")) is not None


def test_an_advisory_quoting_a_panels_lines_as_code_is_none() -> None:
    assert web_shell(parse_page(CSIRT_PAGE, "http://csirt.bekasikota.go.id/")) is None


def test_indicators_listed_as_code_under_a_bare_heading_are_none() -> None:
    html = (
        "<html><head><title>IoC Web Shell</title></head><body><h2>Indikator</h2><ul><li><code>Uname: Linux</code></li>"
        "<li><code>User: www-data (33)</code></li><li><code>Safe Mode: OFF</code></li><li><code>Disable Functions:"
        " NONE</code></li></ul></body></html>"
    )
    assert web_shell(parse_page(html, "http://csirt.bekasikota.go.id/")) is None


def test_an_advisory_leading_to_a_panels_lines_in_pre_is_none() -> None:
    assert web_shell(parse_page(CLEAN["csirt-advisory-pre"], "http://csirt.bekasikota.go.id/")) is None


def test_phpinfo_is_no_shell() -> None:
    assert web_shell(parse_page(CLEAN["phpinfo"], "http://dishub.bekasikota.go.id/")) is None
