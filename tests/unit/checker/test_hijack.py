"""The hijack check: a tag that sends search engines or visitors to someone else's site."""

from __future__ import annotations

import pytest
from integration.checker.vendor_pages import Site, department_page

from pantau_checker.core.checks import CHECKS, Observed, judge_all, switched
from pantau_checker.core.checks.hijack import CHECK, HijackSettings
from pantau_checker.core.page import Pointer, parse_page
from pantau_common.registry.model import AppSpec

URL = "https://dinkes.bekasikota.go.id/"
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=URL)
# Yoast and the AMP plugin write these into every WordPress page's head.
OWN_HEAD = (
    '<link rel="canonical" href="https://dinkes.bekasikota.go.id/" />\n'
    '<link rel="amphtml" href="https://dinkes.bekasikota.go.id/amp/" />\n'
    '<link rel="alternate" type="application/rss+xml" title="Dinkes &raquo; Feed" '
    'href="https://dinkes.bekasikota.go.id/feed/" />'
)


def judged(head: str, url: str = URL) -> tuple[str, str, str] | None:
    """Return (code, severity, evidence) of the page's hijack finding, or None."""
    page = parse_page(department_page(Site(head=head)), url)
    found = CHECK.judge(Observed(AppSpec(id="a", pd_id="p", nama="A", url=url), page=page), HijackSettings())
    return (found[0].code, found[0].severity, found[0].evidence) if found else None


@pytest.mark.parametrize(
    ("head", "severity", "quoted"),
    [
        # The AMP hijack: the government page's AMP version is the attacker's gambling page.
        (
            OWN_HEAD.replace("https://dinkes.bekasikota.go.id/amp/", "https://dinkes-bekasi.pages.dev/slot-gacor/"),
            "kritis",
            "versi AMP halaman (rel=amphtml) berada di https://dinkes-bekasi.pages.dev/slot-gacor/",
        ),
        (
            '<meta http-equiv="refresh" content="0; URL=\'https://gacor88.xyz/?ref=dinkes\'">',
            "kritis",
            "ke https://gacor88.xyz/?ref=dinkes",
        ),
        (
            OWN_HEAD.replace(
                'rel="canonical" href="https://dinkes.bekasikota.go.id/"',
                'rel="canonical" href="//situsgacor.com/dinkes"',
            ),
            "tinggi",
            "salinan (rel=canonical) dari https://situsgacor.com/dinkes",
        ),
        ('<link rel="AmpHTML" href="http://103.21.44.9/amp/">', "kritis", "http://103.21.44.9/amp/"),
    ],
)
def test_a_tag_pointing_to_another_site_is_a_finding_quoting_it(head: str, severity: str, quoted: str) -> None:
    found = judged(head)
    assert found is not None and found[:2] == ("pengalihan_asing", severity)
    assert quoted in found[2]


@pytest.mark.parametrize(
    "head",
    [
        OWN_HEAD,
        '<link rel="canonical" href="/profil/" /><link rel="amphtml" href="?amp=1" />',
        '<link rel="canonical" href="https://www.bekasikota.go.id/dinkes/" />',  # the city's portal: same domain
        '<link rel="canonical" href="https://dinkes.go.id/" />',  # another government domain
        '<meta http-equiv="refresh" content="300">',  # reloads itself every five minutes
        '<meta http-equiv="refresh" content="0;url=/beranda/">',
        '<link rel="amphtml" href="javascript:void(0)">',
        '<link rel="alternate" hreflang="en" href="https://translate.goog/dinkes" />',  # not a pointer kind
    ],
)
def test_a_page_pointing_to_itself_or_to_the_government_is_no_finding(head: str) -> None:
    assert judged(head) is None


def test_the_pointers_are_read_wherever_the_tags_are_and_made_absolute() -> None:
    html = department_page(
        Site(
            body_end='<link rel="amphtml" href="https://amp.x.web.id/"><meta http-equiv="Refresh" content="5;https://y.id/">'
        )
    )
    page = parse_page(html, URL)
    assert Pointer("amphtml", "https://amp.x.web.id/") in page.pointers
    assert Pointer("refresh", "https://y.id/") in page.pointers
    assert Pointer("canonical", URL) not in page.pointers  # the page has no canonical of its own


def test_the_allowed_suffixes_are_the_domain_checks() -> None:
    head = '<link rel="amphtml" href="https://dinkes.bekasikab.go.id/amp/">'
    page = parse_page(department_page(Site(head=head)), URL)
    strict = CHECK.judge(Observed(APP, page=page), HijackSettings(allowed_suffixes=("bekasikota.go.id",)))
    assert [f.code for f in strict] == ["pengalihan_asing"]
    assert CHECK.judge(Observed(APP, page=page), HijackSettings()) == ()


def test_the_hijack_comes_with_the_other_findings_and_can_be_switched_off() -> None:
    head = '<link rel="amphtml" href="https://dinkes-bekasi.pages.dev/">'
    seen = Observed(APP, page=parse_page(department_page(Site(head=head)), URL))
    assert [f.code for f in judge_all(switched(CHECKS), seen)] == ["pengalihan_asing"]
    assert judge_all(switched(CHECKS, off=["hijack"]), seen) == ()
