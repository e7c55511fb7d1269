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


@pytest.mark.parametrize(
    "notice",
    [
        'var ua = window.navigator.userAgent; if (ua.indexOf("MSIE ") > 0 || !!ua.match(/Trident.*rv\\:11\\./)) '
        '{ window.location.href = "https://www.google.com/intl/id_id/chrome/"; }',
        'if (/*@cc_on!@*/false || !!document.documentMode) { window.location = "https://www.google.co.id/chrome/"; }',
        'if (navigator.userAgent.indexOf("Trident") !== -1) '
        '{ window.location.replace("https://bestvpn.org/outdatedbrowser/id"); }',
        'if (navigator.userAgent.indexOf("MSIE") !== -1) { window.location = "https://www.whatbrowser.org/intl/id/"; }',
        f'{IE}{{window.location.href = "https://updatemybrowser.org/";}}',
        f'{IE}{{window.location.href = "https://www.apple.com/safari/";}}',
        f'{IE}{{window.location.href = "https://support.google.com/chrome/answer/95346?hl=id";}}',
        "var isIE = /MSIE |Trident\\//.test(navigator.userAgent) || !!document.documentMode;\n"
        'if (isIE) { location.href = "https://browsehappy.com/"; }',
    ],
)
def test_the_common_upgrade_pages_of_google_apple_and_the_outdated_browser_project_are_no_redirect(
    notice: str,
) -> None:
    assert script_targets([notice]) == []


def test_a_browser_makers_page_that_sends_on_or_an_ie_test_that_is_not_the_redirects_condition_is_read() -> None:
    # Dot segments and a query naming another site lead off Google's browser page.
    dotted = "if (window.ActiveXObject) {"
    dotted += ' location.href = "https://www.google.com/chrome/../url?q=https://kaisar88.vip/"; }'
    assert script_targets([dotted]) == [(SCRIPT, "https://www.google.com/chrome/../url?q=https://kaisar88.vip/")]
    sent_on = f'{IE}{{location.href = "https://support.google.com/chrome/?continue=kaisar88.vip";}}'
    assert script_targets([sent_on]) == [(SCRIPT, "https://support.google.com/chrome/?continue=kaisar88.vip")]
    # "… || true" sends every visitor; a negated test every browser but Internet Explorer; a test before, not around.
    everyone = 'if (window.ActiveXObject || "ActiveXObject" in window || true) {'
    everyone += ' location.href = "https://browsehappy.com/"; }'
    assert script_targets([everyone]) == [(SCRIPT, "https://browsehappy.com/")]
    others = 'if (navigator.userAgent.indexOf("MSIE") === -1) { location.href = "https://browsehappy.com/"; }'
    assert script_targets([others]) == [(SCRIPT, "https://browsehappy.com/")]
    before = 'var ie = /MSIE/.test(navigator.userAgent); location.href = "https://browsehappy.com/";'
    assert script_targets([before]) == [(SCRIPT, "https://browsehappy.com/")]
