"""A script redirect whose address the script builds at run time, the way gambling injections hide it.

``atob``, ``String.fromCharCode``, ``\\x``/``\\u`` escapes, ``decodeURIComponent``/``unescape``,
concatenation and variables: read without running anything, within bounds a hostile script cannot
stretch; a theme's own scripts that build addresses for other uses give nothing.
"""

from __future__ import annotations

import base64

import pytest
from integration.checker.vendor_pages import Site, department_page

from pantau_checker.core.checks import Observed
from pantau_checker.core.checks.hijack import CHECK, HijackSettings
from pantau_checker.core.page import parse_page
from pantau_checker.core.script_redirects import MOBILE, SCRIPT, SEARCH, script_targets
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

URL = "https://dinkes.bekasikota.go.id/"
GAMBLING = "https://slot-gacor88.example/daftar?ref=dinkes"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def char_codes(text: str, hex_from: int = 10**9) -> str:
    """Return ``text`` as the arguments of ``String.fromCharCode``, in hex from the ``hex_from``th on."""
    return ", ".join(f"0x{ord(c):x}" if i >= hex_from else str(ord(c)) for i, c in enumerate(text))


def escaped(text: str, form: str = "\\x{:02x}") -> str:
    return "".join(form.format(ord(c)) for c in text)


def percent(text: str) -> str:
    return "".join(f"%{ord(c):02X}" for c in text)


UNICODE_ESCAPED = escaped(GAMBLING, "\\u{:04x}")
CONFIG = b64('{"judul": "Dinas Kesehatan", "tujuan": "https://slot-gacor88.example/"}')
FROM_SEARCH = "var ref = document.referrer.toLowerCase();\nif (/google|bing|yahoo/.test(ref)) {{\n  {}\n}}"
FROM_PHONE = "if (/Android|iPhone|iPad|Opera Mini/i.test(navigator.userAgent)) {{\n  {}\n}}"


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        (f'window.location.href = atob("{b64(GAMBLING)}");', SCRIPT),
        (f"location.replace(window.atob('{b64(GAMBLING)}'));", SCRIPT),
        (f'location.href = /* iklan */ atob(\n  "{b64(GAMBLING)}" // tujuan\n) // selesai', SCRIPT),
        (f"window.location = String.fromCharCode({char_codes(GAMBLING)});", SCRIPT),
        (f"location.assign(String.fromCharCode({char_codes(GAMBLING, hex_from=8)}));", SCRIPT),
        (f'location.href = "{escaped(GAMBLING[:8])}{GAMBLING[8:]}";', SCRIPT),
        (f"location.href = '{UNICODE_ESCAPED}';", SCRIPT),
        (f'location.href = "\\u{{68}}ttps:\\/\\/{GAMBLING[8:]}";', SCRIPT),
        (f'location.href = decodeURIComponent("{percent(GAMBLING[:12])}{GAMBLING[12:]}");', SCRIPT),
        (f"top.location.href = unescape('{percent(GAMBLING)}');", SCRIPT),
        ('location.href = "https://" + "slot-gacor" + "88.example/" + "daftar?ref=dinkes";', SCRIPT),
        ('location.replace(["https:", "", "slot-gacor88.example", "daftar?ref=dinkes"].join("/"));', SCRIPT),
        ("location.href = `https://slot-gacor88.example/daftar?ref=dinkes`;", SCRIPT),
        (
            f'location.href = atob("{b64("https://")}") + String.fromCharCode({char_codes("slot-gacor88")})'
            ' + (".example/" + `daftar?ref=dinkes`);',
            SCRIPT,
        ),
        (f'var u = atob("{b64(GAMBLING)}");\nwindow.location.href = u;', SCRIPT),
        (f"const _0x3f2a = String.fromCharCode({char_codes(GAMBLING)}); location.replace(_0x3f2a)", SCRIPT),
        ('let a = "https://", b = "slot-gacor88.example/daftar?ref=dinkes";\nlocation.href = a + b;', SCRIPT),
        (f'var u;\nu = "{GAMBLING[:20]}";\nu += "{GAMBLING[20:]}";\nlocation.href = u;', SCRIPT),
        (f'var u = atob("{b64(GAMBLING)}");\nsetTimeout(function () {{ location.href = u; }}, 3000);', SCRIPT),
        (f'var u = atob("{b64(GAMBLING)}");\nsetTimeout(() => location.replace(u), 3000);', SCRIPT),
        (f'var u = atob("{b64(GAMBLING)}");\nsetTimeout(function pergi() {{ location.href = u; }}, 3000);', SCRIPT),
        (f'window.addEventListener("load", function () {{ location.href = atob("{b64(GAMBLING)}"); }});', SCRIPT),
        (FROM_SEARCH.format(f'window.location.href = atob("{b64(GAMBLING)}");'), SEARCH),
        (FROM_SEARCH.format(f"location.replace(String.fromCharCode({char_codes(GAMBLING)}));"), SEARCH),
        (
            f'var u = atob("{b64(GAMBLING)}");\n'
            + FROM_SEARCH.format("setTimeout(function () { top.location = u; }, 1500);"),
            SEARCH,
        ),
        (FROM_PHONE.format('location.href = "https://slot-" + "gacor88.example/daftar?ref=dinkes";'), MOBILE),
        (FROM_PHONE.format(f'location.href = "{escaped(GAMBLING)}";'), MOBILE),
    ],
)
def test_an_address_built_at_run_time_is_read_with_its_kind(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


def test_a_known_beginning_counts_where_it_names_the_host_whole() -> None:
    known = (
        'var u = "https://slot-gacor88.example/daftar?ref=" + encodeURIComponent(document.title); location.href = u;'
    )
    assert script_targets([known]) == [(SCRIPT, "https://slot-gacor88.example/daftar?ref=")]
    assert script_targets(["location.href = String.fromCharCode(104, 116, 116, 112, 58, 47, 47) + host;"]) == []
    assert script_targets(['location.href = "https://slot-" + merek + ".example/";']) == []


def test_a_protocol_relative_address_decoded_is_read_and_leads_to_a_critical_finding() -> None:
    script = f'<script>window.location.href = atob("{b64("//slot-gacor88.example/")}");</script>'
    found = judged(VENDOR_SCRIPTS + script)
    assert found is not None
    assert (found.code, found.severity, found.location) == ("pengalihan_asing", "kritis", "script")
    assert found.evidence == "skrip halaman mengalihkan pengunjung ke https://slot-gacor88.example/"


# --- what a theme's own scripts build, and the redirects a visitor's hand starts ------------------------

# A department theme's scripts: gtag, a cookie banner, a WhatsApp share button, a jQuery plugin that
# reads its options from base64, a language switcher, a search form, and a legacy hash redirect.
VENDOR_SCRIPTS = """
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XK2PL4QZ1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8XK2PL4QZ1', { 'page_location': window.location.href, 'page_path': location.pathname });
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
  (i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  })(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-10442871-3', 'auto'); ga('send', 'pageview');
</script>
<script>
  (function () {
    var banner = document.getElementById('cookie-banner');
    if (document.cookie.indexOf('setuju_cookie=1') > -1) { banner.style.display = 'none'; return; }
    document.getElementById('cookie-setuju').addEventListener('click', function () {
      document.cookie = 'setuju_cookie=1; path=/; max-age=' + 60 * 60 * 24 * 365;
      window.location.href = window.location.pathname;
    });
    document.getElementById('cookie-kebijakan').addEventListener('click', function () {
      window.location.href = 'https://' + 'www.bekasikota.go.id' + '/kebijakan-privasi/';
    });
  })();
</script>
<script>
  jQuery(function ($) {
    var pesan = encodeURIComponent(document.title + ' ' + window.location.href);
    var waUrl = 'https://api.whatsapp.com/send?text=' + pesan;
    $('.wa-share').attr('href', waUrl);
    $('.wa-float').on('click', function () { window.location.href = 'https://wa.me/' + '6281288001234'; });
    $('.share-fb').click(function () {
      window.open('https://www.facebook.com/sharer/sharer.php?u=' + encodeURIComponent(location.href), 'fb');
    });
    $('#bahasa').change(function () { window.location.href = 'https://translate.google.com/translate?u=' + pesan; });
    $('#cari-google').submit(function () {
      location.href = 'https://www.google.com/search?q=site:dinkes.bekasikota.go.id+' + $(this).find('input').val();
      return false;
    });
  });
</script>
<script>
  /*! jquery.slideshow.js v1.4 | options in data-config (base64) */
  (function ($) {
    $.fn.slideshow = function () {
      return this.each(function () {
        var cfg = JSON.parse(atob($(this).data('config') || 'eyJzcGVlZCI6NDAwMCwiYXV0byI6dHJ1ZX0='));
        var api = 'https://' + 'cdn.jsdelivr.net' + '/npm/slick-carousel@1.8.1/slick/';
        $.ajax({ url: api + 'slick.min.js', dataType: 'script', cache: true });
        if (location.hash === '#slide-' + cfg.start) { $(this).addClass('mulai'); }
      });
    };
  })(jQuery);
  if (location.hash.indexOf('#!/') === 0) { location.replace('/' + location.hash.slice(3)); }
  if (top !== self) { top.location = self.location; }
  if (location.protocol !== 'https:') { location.replace('https:' + location.href.substring(5)); }
</script>
"""
SLOT_B64 = b64(GAMBLING)


def judged(body_end: str, url: str = URL) -> Finding | None:
    """Return the hijack finding of a department page with ``body_end``, or None."""
    page = parse_page(department_page(Site(body_end=body_end)), url)
    found = CHECK.judge(Observed(AppSpec(id="a", pd_id="p", nama="A", url=url), page=page), HijackSettings())
    return found[0] if found else None


def test_a_themes_own_scripts_give_no_pointer_though_they_build_addresses() -> None:
    page = parse_page(department_page(Site(body_end=VENDOR_SCRIPTS)), URL)
    assert len(page.scripts) >= 4
    assert page.pointers == ()
    assert judged(VENDOR_SCRIPTS) is None


@pytest.mark.parametrize(
    "script",
    [
        # atob for a configuration, a concatenated address handed to fetch, $.ajax, window.open or an image.
        f'var cfg = JSON.parse(atob("{CONFIG}")); document.title = cfg.judul; fetch(cfg.tujuan);',
        'fetch("https://" + "api.slot-gacor88.example" + "/v1/hit?u=" + encodeURIComponent(location.href));',
        '$.ajax({ url: "https://" + "slot-gacor88.example/api", data: { from: location.href } });',
        f'window.open(atob("{SLOT_B64}"), "_blank");',
        f'var img = new Image(); img.src = String.fromCharCode({char_codes(GAMBLING)}) + "&u=" + location.href;',
        # A foreign address in a variable used only for a share link.
        f'var bagikan = "{escaped("https://twitter.com/intent/tweet?url=")}" + encodeURIComponent(location.href);\n'
        'document.querySelector(".share-x").href = bagikan;',
        # Decoded to a path of the site, or to its own or the city's address.
        f'location.href = atob("{b64("/beranda/")}");',
        f'location.replace(atob("{b64("https://dinkes.bekasikota.go.id/beranda/")}"));',
        'location.href = "https://" + "www.bekasikota.go.id" + "/dinkes/";',
        # The redirect built inside a click handler or a named function nobody calls.
        f'$(".btn-daftar").on("click", function () {{ location.href = atob("{SLOT_B64}"); }});',
        'document.getElementById("promo").addEventListener("click", () => {\n'
        f"  var u = String.fromCharCode({char_codes(GAMBLING)});\n  location.href = u;\n}});",
        f'function bukaPromo() {{ window.location.href = "{escaped(GAMBLING)}"; }}',
        # Addresses it cannot know, and a www or https redirect of the site itself.
        'location.href = "https://" + location.host + "/beranda/";',
        'location.replace("https://www." + location.hostname + location.pathname);',
        f'location.href = atob(window.tujuan || "{SLOT_B64}".slice(0));',
        f'location.href = atob("{SLOT_B64}").split("").reverse().join("");',
        # A variable given the address in another function is not the one seen where it is used.
        f'function siapkan() {{ var u = atob("{SLOT_B64}"); prefetch(u); }}\nsiapkan();\nvar u = tujuan;\n'
        "location.href = u;",
        f'!function(){{var e=atob("{SLOT_B64}");n(e)}}();function r(e){{window.location.href=e}}r(x);',
        # Decoded text that is no address.
        f'location.href = atob("{b64("javascript:void(0)")}");',
        f'location.href = "{escaped("https://slot-gacor88.example/")}\\x00bonus";',
        'location.href = "https://slot gacor88.example/";',
        'location.href = atob("!!bukan base64!!");',
        'location.href = unescape("%68%74%74%70%73%3A%2F%2F") + domain;',
    ],
)
def test_an_address_built_for_something_else_or_on_a_click_is_no_finding(script: str) -> None:
    assert judged(VENDOR_SCRIPTS + f"<script>{script}</script>") is None


def test_a_decoded_address_is_read_as_a_browser_reads_it() -> None:
    assert script_targets([f'location.href = " {GAMBLING[:20]}\\n{GAMBLING[20:]}\\r\\n";']) == [(SCRIPT, GAMBLING)]
    assert script_targets(['location.href = "https://slot-gacor88.example/?q=" + "a b";']) == []
    pairs = script_targets([f"location.href = String.fromCharCode({char_codes(GAMBLING)}, 0xd83c, 0xdfb0, 0xd83c);"])
    assert pairs == [(SCRIPT, f"{GAMBLING}\U0001f3b0\ufffd")]


# --- bounds: a hostile script gives up, never works longer ------------------------------------------------

HOSTILE = 100_000
LONG = f"{GAMBLING}&{'a' * HOSTILE}"  # an address padded past any bound


@pytest.mark.parametrize(
    "script",
    [
        "location.href = " + "+" * HOSTILE,
        "location.href = " + "(" * HOSTILE,
        "location.href = " + "atob(" * (HOSTILE // 5),
        "location.href = " + "[" * HOSTILE,
        "location.href = " + "/**/" * (HOSTILE // 4) + f'"{GAMBLING}"',
        'location.href = "' + "\\x41" * (HOSTILE // 4) + '";',
        "xu=1;" * (HOSTILE // 10) + "location.href=u;" * 3000,
        "".join(f'var a{i} = a{i - 1} + "x";' for i in range(1, 5000)) + "location.href = a4999;",
    ],
    ids=["plus signs", "parentheses", "atob calls", "brackets", "comments", "escapes", "assignments", "variables"],
)
def test_a_hostile_expression_gives_nothing(script: str) -> None:
    assert script_targets([script]) == []


@pytest.mark.parametrize(
    "script",
    [
        f'location.href = "{GAMBLING}" + "&"' + ' + "a"' * (HOSTILE // 6),
        f'location.href = "{LONG}',
        f"location.href = String.fromCharCode({char_codes(LONG[: HOSTILE // 5])});",
        f'location.href = atob("{b64(LONG)}");',
        f'location.href = "{escaped(LONG[: HOSTILE // 4])}";',
        f'location.href = decodeURIComponent("{percent(LONG[: HOSTILE // 3])}");',
    ],
    ids=["concatenation", "unclosed literal", "char codes", "base64", "escapes", "percent escapes"],
)
def test_a_long_address_gives_its_beginning_only(script: str) -> None:
    [(kind, address)] = script_targets([script])
    assert kind == SCRIPT and address.startswith(f"{GAMBLING}&aaa") and len(address) <= 500


def test_the_variables_looked_up_for_a_page_are_few() -> None:
    script = "".join(
        f'var u{i} = atob("{b64(f"https://slot{i}.example/")}"); location.href = u{i};\n' for i in range(40)
    )
    found = script_targets([script] * 3)
    assert 0 < len(found) < 10
    assert found[0] == (SCRIPT, "https://slot0.example/")
