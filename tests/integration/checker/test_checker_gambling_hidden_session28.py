"""Gambling spam hidden by a stylesheet the browser reads past the few last ones, through a whole check
against a real HTTP server on 127.0.0.1 (session 28).

A WordPress site links its theme's ``style.css`` first and a dozen plugins' sheets after it: the injected
rule appended to the theme's sheet hides the farm all the same. So does a rule in a part the theme's sheet
``@import``s, one a ``<style>`` of the page imports, and one in a sheet linked under the page's ``<base href>``.
The same farm, shown by no sheet, is reported as visible: the stylesheets move a part from visible to hidden,
nothing else.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from checker_servers import FakeSite, Reply, make_checker
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec

HOST = "dinkes.bekasikota.go.id"
THEME_CSS = "/wp-content/themes/pemkot/style.css?ver=2.3.1"  # as department_page links it
CSS = {"Content-Type": "text/css"}
PLUGINS = (
    "/wp-includes/css/dist/block-library/style.min.css",
    "/wp-content/plugins/contact-form-7/includes/css/styles.css",
    "/wp-content/plugins/elementor/assets/css/frontend.min.css",
    "/wp-content/plugins/wp-statistics/assets/css/frontend.min.css",
    "/wp-content/plugins/popup-maker/assets/css/pum-site.min.css",
    "/wp-content/plugins/jetpack/css/jetpack.css",
    "/wp-content/plugins/tablepress/css/build/default.css",
    "/wp-content/uploads/elementor/css/post-12.css",
)
PLUGIN_LINKS = "".join(f"<link rel='stylesheet' href='{path}?ver=6.4.3' media='all' />" for path in PLUGINS)
THEME = "body{margin:0;color:#333}.site-header{background:#0b4f8a}.news-list{display:grid}.mt-1{margin-top:4px}"
HIDES = ".ft-mitra{position:absolute;left:-9999px;top:-9999px}"
FARM = (
    '<div class="ft-mitra">'
    + " ".join(
        f'<a href="https://{host}.xyz/">SLOT GACOR {host.upper()} toto macau rtp live</a>'
        for host in ("koitoto", "hokitoto", "kaisar88", "jpslot")
    )
    + "</div>"
)
PARTS = "/wp-content/themes/pemkot/parts/footer.css"
UPLOADED = "/wp-content/uploads/2024/03/ft.css"
BASED = "/wp-content/themes/pemkot/css/x.css"

# What the page links, and what each sheet says: where the rule that hides the farm is.
SITES = {
    "appended to the theme's sheet, a dozen plugins' after it": (PLUGIN_LINKS, {THEME_CSS: THEME + HIDES}),
    "in a part the theme's sheet imports": (
        PLUGIN_LINKS,
        {THEME_CSS: '@import url("parts/footer.css");\n' + THEME, PARTS: HIDES},
    ),
    "in a sheet the page's <style> imports": (f'<style>@import url("{UPLOADED}");</style>', {UPLOADED: HIDES}),
    "in a sheet linked under the page's <base href>": (
        '<base href="/wp-content/themes/pemkot/"><link rel="stylesheet" href="css/x.css">',
        {BASED: HIDES},
    ),
}


@pytest.fixture
def site() -> Iterator[FakeSite]:
    with FakeSite() as running:
        for path in PLUGINS:
            running.route("*", f"{path}?ver=6.4.3", Reply(200, ".wp-block{margin:0}.wpcf7 form{display:block}", CSS))
        yield running


def security_findings(site: FakeSite) -> dict[tuple[str, str], str]:
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    event = asyncio.run(make_checker(site.port).check(spec, None))
    assert event.availability == "aktif"
    return {(f.code, f.location): f.severity for f in event.findings if f.category == "keamanan"}


@pytest.mark.parametrize(("head", "sheets"), SITES.values(), ids=SITES.keys())
def test_a_farm_a_stylesheet_hides_is_hidden_wherever_the_browser_reads_the_rule(
    site: FakeSite, head: str, sheets: dict[str, str]
) -> None:
    site.route("*", "/", Reply(200, department_page(Site(head=head, body_end=FARM))))
    for path, css in sheets.items():
        site.route("*", path, Reply(200, css, CSS))
    found = security_findings(site)
    assert found.get(("judi_online", "hidden")) == "kritis"
    assert ("judi_online", "visible") not in found


def test_the_same_farm_shown_by_every_sheet_is_visible(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, department_page(Site(head=PLUGIN_LINKS, body_end=FARM))))
    site.route("*", THEME_CSS, Reply(200, '@import url("parts/footer.css");\n' + THEME, CSS))
    site.route("*", PARTS, Reply(200, ".ft-mitra{padding:8px 0;border-top:1px solid #ddd}", CSS))
    found = security_findings(site)
    assert ("judi_online", "visible") in found
    assert ("judi_online", "hidden") not in found
