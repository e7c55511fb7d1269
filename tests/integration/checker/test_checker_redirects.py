"""A government page that sends its visitors to a gambling site, through a whole check.

A real HTTP server on 127.0.0.1 answers the department page with 200 and a ``Refresh`` header
to the attacker's site, or with a line of script that sends visitors from a search engine there
(its address written out, or built at run time); the page reads as always to anyone who types its
address. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import base64

from checker_servers import Reply, check, make_checker
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked, Finding

HOST = "dinkes.bekasikota.go.id"
GAMBLING = "https://slot-gacor.example/daftar?ref=dinkes"
# What a redirect for search engines (their robots, or the visitors they send) is reported as.
SEARCH_REDIRECT = "skrip halaman mengalihkan pengunjung (hanya mesin pencari dan pengunjung dari mesin pencari) ke"
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
    assert hijack.evidence == f"{SEARCH_REDIRECT} {GAMBLING}"


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


# --- an address the injected script builds at run time ------------------------------------------
# Injections hide the address from a search for "http": ``atob`` of base64, ``String.fromCharCode``
# of numbers, literals joined with ``+``, kept in a variable and used after a delay.

BUILT_GAMBLING = "https://slot-gacor88.example/daftar?ref=dinkes"
BUILT_ENCODED = base64.b64encode(BUILT_GAMBLING.encode()).decode()
SCHEME_AND_HOST = ", ".join(str(ord(c)) for c in "https://slot-")
# The theme's own scripts: a WhatsApp button whose number is kept in base64, a slideshow whose options
# are, an API address joined from parts and fetched, a share window, a language switcher on change.
BUILDING_THEME = """<script>
  jQuery(function ($) {
    var nomor = atob('NjI4MTI4ODAwMTIzNA==');
    var teks = encodeURIComponent('Halo Dinkes, saya ingin bertanya tentang ' + document.title);
    $('.wa-float').attr('href', 'https://api.whatsapp.com/send?phone=' + nomor + '&text=' + teks);
    var opsi = JSON.parse(atob($('#slider').data('opsi') || 'eyJpbnRlcnZhbCI6NTAwMCwicGF1c2UiOiJob3ZlciJ9'));
    $('#slider').carousel(opsi);
    var api = 'https://' + 'api.bekasikota.go.id' + '/v1/' + 'cuaca?kota=bekasi';
    fetch(api).then(function (r) { return r.json(); }).then(function (d) { $('.cuaca').text(d.suhu + ' C'); });
    $('.share-fb').click(function () {
      window.open('https://www.facebook.com/sharer/sharer.php?u=' + encodeURIComponent(location.href), 'fb');
    });
    $('#bahasa').on('change', function () {
      window.location.href = 'https://translate.google.com/translate?sl=id&tl=' + this.value + '&u=' + location.href;
    });
  });
  if (location.hostname.indexOf('www.') === 0) {
    location.replace('https://' + location.hostname.slice(4) + location.pathname);
  }
</script>"""
# What the attacker adds: the address kept in base64 and used after a delay, for search-engine visitors only.
BUILT_FROM_SEARCH = f"""<script>
var _0x4f1a = atob("{BUILT_ENCODED}");
var _0x22c7 = document.referrer.toLowerCase();
if (/google|bing|yahoo|duckduckgo/.test(_0x22c7)) {{
  setTimeout(function () {{ window.location.href = _0x4f1a; }}, 1200);
}}
</script>"""
# ... or joined from numbers and pieces, for everyone.
BUILT_JOINED = f"""<script>
window.location.replace(String.fromCharCode({SCHEME_AND_HOST}) + "gacor" + "88.example/daftar?ref=" + 'dinkes');
</script>"""


def test_an_atob_address_sent_to_search_engines_visitors_after_a_delay_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(body_end=BUILDING_THEME + BUILT_FROM_SEARCH))))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    [hijack] = hijacks(event)
    assert (hijack.severity, hijack.category, hijack.location) == ("kritis", "keamanan", "script")
    assert hijack.evidence == f"{SEARCH_REDIRECT} {BUILT_GAMBLING}"


def test_an_address_joined_from_char_codes_and_pieces_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(body_end=BUILDING_THEME + BUILT_JOINED))))
    [hijack] = hijacks(check(make_checker(site.port), app(site.port)))
    assert (hijack.severity, hijack.location) == ("kritis", "script")
    assert hijack.evidence == f"skrip halaman mengalihkan pengunjung ke {BUILT_GAMBLING}"


def test_a_theme_that_decodes_and_joins_addresses_for_other_uses_has_no_finding(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(body_end=BUILDING_THEME))))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    assert event.findings == ()
