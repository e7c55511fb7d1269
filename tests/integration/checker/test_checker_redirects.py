"""A government page that sends its visitors to a gambling site, through a whole check.

A real HTTP server on 127.0.0.1 answers the department page with 200 and a ``Refresh`` header
to the attacker's site, or with a line of script that sends visitors from a search engine there:
the page reads as always to anyone who types its address. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio

from checker_servers import Reply, make_checker
from vendor_pages import Site, department_page

from pantau_checker.probe import Checker
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked, Finding

HOST = "dinkes.bekasikota.go.id"
GAMBLING = "https://slot-gacor.example/daftar?ref=dinkes"
SHARE = """<script>
  jQuery(function ($) {
    $('.share-facebook').on('click', function () {
      window.open('https://www.facebook.com/sharer/sharer.php?u=' + encodeURIComponent(window.location.href));
    });
    $('.btn-wa').on('click', function () { window.location.href = 'https://wa.me/6281288001234'; });
  });
</script>"""
FROM_SEARCH = f"""<script>
  var ref = document.referrer.toLowerCase();
  if (ref.indexOf("google") > -1 || ref.indexOf("bing") > -1) {{
    window.location.href = "{GAMBLING}";
  }}
</script>"""


def app(port: int) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/")


def check(checker: Checker, spec: AppSpec) -> ApplicationChecked:
    return asyncio.run(checker.check(spec))


def hijacks(event: ApplicationChecked) -> list[Finding]:
    return [f for f in event.findings if f.code == "pengalihan_asing"]


def test_a_refresh_header_to_a_gambling_site_is_a_critical_hijack_and_leaves_with_the_header(site):  # type: ignore[no-untyped-def]
    page = department_page(Site(body_end=SHARE))
    refresh = {"Refresh": f"0; url={GAMBLING}"}
    site.route("*", "/", Reply(200, page, refresh))
    checker, spec = make_checker(site.port), app(site.port)
    event = check(checker, spec)
    assert event.availability == "aktif"
    [hijack] = hijacks(event)
    assert (hijack.severity, hijack.category, hijack.location) == ("kritis", "keamanan", "header")
    assert hijack.evidence == f"server mengalihkan pengunjung (header Refresh) ke {GAMBLING}"
    # The same bytes without the header: the page's analysis is reused, the header's pointer is not.
    site.route("*", "/", Reply(200, page))
    assert hijacks(check(checker, spec)) == []
    assert checker.pages.reused == 1


def test_a_script_sending_search_engines_visitors_to_a_gambling_site_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(body_end=SHARE + FROM_SEARCH))))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    [hijack] = hijacks(event)
    assert (hijack.severity, hijack.category, hijack.location) == ("kritis", "keamanan", "script")
    assert (
        hijack.evidence == f"skrip halaman mengalihkan pengunjung (hanya pengunjung dari mesin pencari) ke {GAMBLING}"
    )


def test_share_buttons_and_a_refresh_to_the_site_itself_are_no_finding_unlike_the_attackers_line(site):  # type: ignore[no-untyped-def]
    refresh = {"Refresh": f"600; url=http://{HOST}:{site.port}/"}
    checker, spec = make_checker(site.port), app(site.port)
    site.route("*", "/", Reply(200, department_page(Site(body_end=SHARE)), refresh))
    assert check(checker, spec).findings == ()
    mobile = f'<script>if (/Android|iPhone/i.test(navigator.userAgent)) {{ location.replace("{GAMBLING}"); }}</script>'
    site.route("*", "/", Reply(200, department_page(Site(body_end=SHARE + mobile)), refresh))
    [hijack] = hijacks(check(checker, spec))
    assert hijack.evidence == f"skrip halaman mengalihkan pengunjung (hanya pengunjung ponsel) ke {GAMBLING}"


def test_a_refresh_header_for_googlebot_only_is_cloaking(site):  # type: ignore[no-untyped-def]
    page = department_page(Site(body_end=SHARE))
    site.route(
        "*",
        "/",
        lambda r: Reply(
            200, page, {"Refresh": f"0; url={GAMBLING}"} if "Googlebot" in r.headers.get("User-Agent", "") else {}
        ),
    )
    event = check(make_checker(site.port), app(site.port))
    assert [(f.code, f.evidence) for f in event.findings] == [
        ("cloaking_googlebot", f"hanya untuk Googlebot: server mengalihkan pengunjung (header Refresh) ke {GAMBLING}")
    ]
