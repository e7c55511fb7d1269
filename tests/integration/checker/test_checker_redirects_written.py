"""Script redirects packed, written into the page or made as elements, through a whole check.

A real HTTP server on 127.0.0.1 answers the department page. The theme's own scripts write an ad tag,
load Google Tag Manager, ship a packed jQuery plugin, submit the search form and download a report on a
click; the attacker adds a packed redirect for search engines, a meta refresh written from base64 for
phones, or a link made and clicked from a string handed to ``setTimeout``. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import base64

from checker_servers import Reply, make_checker
from test_checker_redirects import BUILDING_THEME, BUILT_GAMBLING, SEARCH_REDIRECT, SHARE, app, check, hijacks
from unit.checker.test_script_redirects_written import COOKIE_PLUGIN, GTM, packed
from vendor_pages import Site, department_page


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# The theme's scripts: an ad tag written, Tag Manager, a packed cookie plugin, the search form and a report's
# download on a click.
THEME = f"""<script>{GTM}</script>
<script>document.write('<ins class="adsbygoogle" data-ad-client="ca-pub-5829104772310934"></ins>'
  + '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"><\\/script>');</script>
<script>{COOKIE_PLUGIN}</script>
<script>
  jQuery(function ($) {{
    $('#btn-cari').on('click', function () {{ document.getElementById('form-cari').submit(); }});
    $('.unduh-laporan').on('click', function (e) {{
      e.preventDefault();
      var a = document.createElement('a');
      a.href = $(this).data('berkas');
      a.download = 'laporan-kinerja-2024.pdf';
      document.body.appendChild(a);
      a.click();
      a.remove();
    }});
    if ($.cookie('setuju_cookie')) {{ $('#cookie-banner').hide(); }}
  }});
</script>"""
# What the attacker adds: the redirect packed, its tests on the referrer and the robots' names inside.
INJECTION = (
    "var _r=document.referrer.toLowerCase(),_u=navigator.userAgent;"
    "if(/google|bing|yahoo|yandex/.test(_r)||/bot|crawl|spider|slurp/i.test(_u)){"
    f"setTimeout(function(){{window.location.replace(atob('{b64(BUILT_GAMBLING)}'))}},300)}}"
)
PACKED_FOR_SEARCH = f"<script>\n{packed(INJECTION)}\n</script>"
META = f'<meta http-equiv="refresh" content="0;url={BUILT_GAMBLING}">'
WRITTEN_FOR_PHONES = f"""<script>
if (/Android|webOS|iPhone|iPad|iPod|BlackBerry|Opera Mini/i.test(navigator.userAgent)) {{
  document.write(atob('{b64(META)}'));
}}
</script>"""
CLICKED = (
    "var _l=document.createElement('a');_l.href='" + BUILT_GAMBLING + "';_l.rel='noreferrer';"
    "document.body.appendChild(_l);_l.click();"
)
CLICKED_FROM_SEARCH = f"""<script>
var _0xr = document.referrer;
if (_0xr.indexOf('google.') > -1 || _0xr.indexOf('bing.') > -1) {{ setTimeout(atob('{b64(CLICKED)}'), 1500); }}
</script>"""
MOBILE_REDIRECT = "skrip halaman mengalihkan pengunjung (hanya pengunjung ponsel) ke"


def test_a_packed_redirect_for_search_engines_is_a_critical_hijack_unlike_the_themes_packed_plugin(site):  # type: ignore[no-untyped-def]
    checker, spec = make_checker(site.port), app(site.port)
    site.route("*", "/", Reply(200, department_page(Site(body_end=BUILDING_THEME + SHARE + THEME))))
    assert check(checker, spec).findings == ()
    site.route("*", "/", Reply(200, department_page(Site(body_end=BUILDING_THEME + SHARE + THEME + PACKED_FOR_SEARCH))))
    event = check(checker, spec)
    assert event.availability == "aktif"
    [hijack] = hijacks(event)
    assert (hijack.severity, hijack.category, hijack.location) == ("kritis", "keamanan", "script")
    assert hijack.evidence == f"{SEARCH_REDIRECT} {BUILT_GAMBLING}"


def test_a_meta_refresh_written_from_base64_for_phones_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    page = department_page(Site(head=WRITTEN_FOR_PHONES, body_end=SHARE + THEME))
    site.route("*", "/", Reply(200, page))
    [hijack] = hijacks(check(make_checker(site.port), app(site.port)))
    assert (hijack.severity, hijack.location) == ("kritis", "script")
    assert hijack.evidence == f"{MOBILE_REDIRECT} {BUILT_GAMBLING}"


def test_a_link_made_and_clicked_from_a_timers_string_for_search_engines_visitors_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(body_end=THEME + CLICKED_FROM_SEARCH))))
    [hijack] = hijacks(check(make_checker(site.port), app(site.port)))
    assert (hijack.severity, hijack.location) == ("kritis", "script")
    assert hijack.evidence == f"{SEARCH_REDIRECT} {BUILT_GAMBLING}"


# A minifier's indirect eval of the injection in base64, beside the theme's jQuery filling its boxes with .html().
INDIRECT_EVAL = f"<script>!function(){{(0,eval)(atob('{b64(INJECTION)}'))}}();</script>"
FILLS_BOXES = """<script>
jQuery(function ($) {
  $('#jam-digital').html(new Date().toLocaleTimeString('id-ID'));
  $('#info-refresh').html('<small>Halaman ini refresh otomatis setiap 5 menit</small>');
});
</script>"""


def test_an_indirect_eval_of_a_redirect_for_search_engines_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    checker, spec = make_checker(site.port), app(site.port)
    site.route("*", "/", Reply(200, department_page(Site(body_end=THEME + FILLS_BOXES))))
    assert check(checker, spec).findings == ()
    site.route("*", "/", Reply(200, department_page(Site(body_end=THEME + FILLS_BOXES + INDIRECT_EVAL))))
    [hijack] = hijacks(check(checker, spec))
    assert (hijack.severity, hijack.location) == ("kritis", "script")
    assert hijack.evidence == f"{SEARCH_REDIRECT} {BUILT_GAMBLING}"
