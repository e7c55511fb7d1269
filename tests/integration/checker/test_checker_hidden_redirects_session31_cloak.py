"""Redirects a kit hides where the checker did not read them, through a whole cycle check.

A real HTTP server on 127.0.0.1 serves a department's page with a redirect to a gambling site put where a browser
still follows it: a refresh inside the head's ``<noscript>`` (every visitor and crawler that runs no script is sent
on). Beside each, the department's own: a ``<noscript>`` refresh to its page for browsers without JavaScript, or
to a page that tells the visitor to turn it on. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

from checker_servers import FakeSite, Reply
from test_checker_cloaking_views import by_agent, cycle_check, security
from vendor_pages import Site, department_page

BRAND = "https://toto4dresmi.xyz/"


def page(**knobs: object) -> Reply:
    return Reply(200, department_page(Site(**knobs)))  # type: ignore[arg-type]


def noscript_refresh(address: str) -> str:
    return f'<noscript><meta http-equiv="refresh" content="0;url={address}"></noscript>'


def test_a_refresh_to_a_brand_in_the_heads_noscript_is_a_critical_hijack(site: FakeSite) -> None:
    site.route("*", "/", lambda _r: page(head=noscript_refresh(BRAND)))
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "head")
    assert hijack.evidence == f"halaman mengalihkan pengunjung secara otomatis (meta refresh) ke {BRAND}"


def test_a_refresh_to_a_brand_in_the_heads_noscript_for_googlebot_alone_is_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(page, googlebot=lambda: page(head=noscript_refresh(BRAND))))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_googlebot"
    assert cloaking.evidence.endswith(f"(meta refresh) ke {BRAND}")


def test_a_noscript_refresh_to_the_sites_own_page_or_to_a_javascript_help_page_is_no_finding(site: FakeSite) -> None:
    for address in ("/no-js/", "https://www.enable-javascript.com/id/"):
        site.route("*", "/", lambda _r, to=address: page(head=noscript_refresh(to)))  # type: ignore[misc]
        assert security(cycle_check(site)) == []
    # Google Tag Manager's <noscript> frame in the body, as every tagged site has it.
    gtm = (
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7P2QZ" height="0" width="0" '
        'style="display:none;visibility:hidden"></iframe></noscript>'
    )
    site.route("*", "/", lambda _r: page(head=noscript_refresh("/no-js/"), body_top=gtm))
    assert security(cycle_check(site)) == []
