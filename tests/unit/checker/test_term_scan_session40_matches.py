"""The term scan's matches as tuples: values that cannot be changed, read by name, placed and quoted as before on a
department's page with and without an injection."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import department_page

from pantau_checker.core import term_scan
from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page

_URL = "https://dinkes.bekasikota.go.id/"
_INJECTED = '<div style="display:none"><a href="https://kaisar89.xyz/">slot gacor maxwin hari ini</a></div>'


def test_a_match_is_a_value_that_cannot_change() -> None:
    match = term_scan.Match("slot gacor", "strong", 3, 13)
    assert (match.term, match.kind, match.start, match.end, match.part) == ("slot gacor", "strong", 3, 13, 0)
    assert match == term_scan.Match("slot gacor", "strong", 3, 13, 0)
    with pytest.raises(AttributeError):
        match.start = 4  # type: ignore[misc]


def test_matches_are_placed_in_their_texts_and_quoted() -> None:
    texts = ["Sosialisasi IKD di kelurahan", "Daftar slot gacor maxwin hari ini", "Berita terbaru"]
    found = list(term_scan.flagged_each(texts))
    quoted = "Daftar slot gacor maxwin hari ini"
    assert found == [(1, "judi_online", term, quoted) for term in ("daftar slot", "slot gacor", "maxwin")]


@pytest.mark.parametrize("injected", [False, True])
def test_a_department_pages_scan_finds_what_it_holds(injected: bool) -> None:
    html = department_page()
    if injected:
        html = html.replace("</body>", f"{_INJECTED}</body>")
    findings = defacement.scan(parse_page(html, _URL))
    found = {(f.code, f.location) for f in findings}
    assert found == ({("judi_online", "hidden")} if injected else set())
