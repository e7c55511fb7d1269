"""Old sites' notices that send Internet Explorer to a newer browser are no redirect of an attacker's.

A department's old theme tests for Internet Explorer and sends it to Browse Happy, to Microsoft's page of Edge
(``microsoft-edge:`` first, go.microsoft.com as the fallback) or to a browser's maker. What it sends elsewhere, or
sends every visitor there, is read as before.
"""

from __future__ import annotations

import pytest

from pantau_checker.core.script_redirects import MOBILE, SCRIPT, script_targets

IE = r"if(/MSIE |Trident\//.test(navigator.userAgent))"


@pytest.mark.parametrize(
    "notice",
    [
        f'{IE}{{window.location.href="https://browsehappy.com/";}}',
        f'{IE}{{window.location="microsoft-edge:"+window.location.href;'
        'setTimeout(function(){window.location="https://go.microsoft.com/fwlink/?linkid=2135547"},1)}',
        'var isIE = !!document.documentMode;\nif (isIE) { location.replace("https://www.microsoft.com/id-id/edge"); }',
        "if (window.ActiveXObject || 'ActiveXObject' in window) {\n"
        '  window.location.href = "https://www.google.com/chrome/";\n}',
        f'{IE}{{location.href="https://www.mozilla.org/id/firefox/new/";}}',
        'if (navigator.userAgent.indexOf("MSIE") > -1) { top.location = "https://browser-update.org/update.html"; }',
    ],
)
def test_internet_explorer_sent_to_a_newer_browser_is_no_redirect(notice: str) -> None:
    assert script_targets([notice]) == []


def test_the_same_test_sending_elsewhere_or_an_upgrade_page_for_everyone_is_read_as_before() -> None:
    # Internet Explorer sent to a gambling site, or to Google's pages other than its browser's.
    assert script_targets([f'{IE}{{location.href="https://kaisar88.vip/";}}']) == [(SCRIPT, "https://kaisar88.vip/")]
    assert script_targets([f'{IE}{{location.href="https://www.google.com/search?q=slot";}}']) == [
        (SCRIPT, "https://www.google.com/search?q=slot")
    ]
    # No test for Internet Explorer: every visitor (or a phone's) sent to the maker's page is still read.
    assert script_targets(['location.href="https://browsehappy.com/";']) == [(SCRIPT, "https://browsehappy.com/")]
    phones = 'if(/Android|iPhone/i.test(navigator.userAgent)){location.href="https://www.microsoft.com.kaisar88.vip/";}'
    assert script_targets([phones]) == [(MOBILE, "https://www.microsoft.com.kaisar88.vip/")]
