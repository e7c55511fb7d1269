"""Script redirects written the other ways injections write them.

``String.fromCharCode.apply``, ``location["href"]`` and ``window["location"]``, jQuery's
``$(location).attr("href", …)``, a test of the browser's name for search engines' robots, an address
kept in one inline script and used in a later one, and an obfuscator's string array indexed with
numbers: read within the same bounds, while a theme's own scripts that use these forms for other
things give nothing.
"""

from __future__ import annotations

import pytest
from unit.checker.test_script_redirects_built import (
    GAMBLING,
    HOSTILE,
    LONG,
    SLOT_B64,
    VENDOR_SCRIPTS,
    b64,
    char_codes,
    judged,
)

from pantau_checker.core.script_redirects import SCRIPT, SEARCH, script_targets

CODES = char_codes(GAMBLING)
FROM_SEARCH = "var ref = document.referrer.toLowerCase();\nif (/google|bing|yahoo/.test(ref)) {{\n  {}\n}}"
FOR_ROBOTS = "if (/bot|google|baidu|bing|msn|duckduckbot|teoma|slurp|yandex/i.test(navigator.userAgent)) {{\n  {}\n}}"


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        # The numbers handed to String.fromCharCode as an array.
        (f"window.location.href = String.fromCharCode.apply(null, [{CODES}]);", SCRIPT),
        (f"location.replace(String.fromCharCode.apply(String, [\n  {CODES}\n]));", SCRIPT),
        (f"var _0x2f = [{CODES}];\nwindow.location = String.fromCharCode.apply(null, _0x2f);", SCRIPT),
        (f"top.location.href = String.fromCharCode.call(null, {CODES});", SCRIPT),
        (f"location.assign(String.fromCharCode(...[{CODES}]));", SCRIPT),
        (f"self.location.href = String.fromCharCode.apply(null, [{CODES}]);", SCRIPT),
        (f"document.location.assign(String.fromCharCode.apply(this, [{CODES}]));", SCRIPT),
        (FROM_SEARCH.format(f"location.href = String.fromCharCode.apply(null, [{CODES}]);"), SEARCH),
        # `location` and its members by their quoted names.
        (f'location["href"] = atob("{SLOT_B64}");', SCRIPT),
        (f"window['location']['href'] = '{GAMBLING}';", SCRIPT),
        (f'window["location"] = "{GAMBLING}";', SCRIPT),
        (f"window['location'].replace('{GAMBLING}');", SCRIPT),
        (f'document["location"]["assign"](atob("{SLOT_B64}"));', SCRIPT),
        (f"window['top']['location'].href = '{GAMBLING}';", SCRIPT),
        (f'self["location"].replace(atob("{SLOT_B64}"));', SCRIPT),
        (FROM_SEARCH.format(f"top['location']['href'] = '{GAMBLING}';"), SEARCH),
        # jQuery's way of setting it.
        (f"var url = '{GAMBLING}';\n$(location).attr('href', url);", SCRIPT),
        (f'jQuery(function ($) {{ $(window.location).attr("href", atob("{SLOT_B64}")); }});', SCRIPT),
        (FROM_SEARCH.format(f'$(location).prop("href", "{GAMBLING}");'), SEARCH),
        # window.open told to open in the page's own window, or its top one.
        (f'window.open("{GAMBLING}", "_self");', SCRIPT),
        (f"setTimeout(function () {{ window.top.open(atob('{SLOT_B64}'), '_top'); }}, 1500);", SCRIPT),
        (FROM_SEARCH.format(f'open("{GAMBLING}", "_parent");'), SEARCH),
    ],
)
def test_a_redirect_written_another_way_is_read_with_its_kind(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


@pytest.mark.parametrize(
    "script",
    [
        f"var url = '{GAMBLING}';\n" + FOR_ROBOTS.format("window.location.href = url;"),
        f"var url = '{GAMBLING}';\n" + FOR_ROBOTS.format("$(location).attr('href', url);"),
        "var ua = navigator.userAgent.toLowerCase();\n"
        'if (ua.indexOf("googlebot") > -1 || ua.indexOf("baiduspider") > -1) {\n'
        f'  location.replace(atob("{SLOT_B64}"));\n}}',
    ],
)
def test_a_redirect_for_search_engines_robots_only_is_read_as_one_for_search_engines(script: str) -> None:
    assert script_targets([script]) == [(SEARCH, GAMBLING)]


def test_a_phones_only_redirect_stays_one_though_the_page_names_google_nearby() -> None:
    script = (
        "gtag('config', 'G-8XK2PL4QZ1', { 'linker': { 'domains': ['google.co.id'] } });\n"
        f"if (/Android|iPhone|iPad/i.test(navigator.userAgent)) {{ location.replace('{GAMBLING}'); }}"
    )
    assert script_targets([script]) == [("script_mobile", GAMBLING)]


# --- an address kept in one inline script and used in a later one --------------------------------------

# The theme's scripts between the two halves of the injection: analytics and a cookie banner.
BETWEEN = [
    "window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n"
    "gtag('js', new Date());\ngtag('config', 'G-8XK2PL4QZ1', { 'page_path': location.pathname });",
    "(function () {\n  var banner = document.getElementById('cookie-banner');\n"
    "  if (document.cookie.indexOf('setuju_cookie=1') > -1) { banner.style.display = 'none'; }\n})();",
]


@pytest.mark.parametrize(
    ("first", "last", "kind"),
    [
        (f'var _0x4f1a = atob("{SLOT_B64}");', "window.location.href = _0x4f1a;", SCRIPT),
        (f'var _0x4f1a = atob("{SLOT_B64}");', "top.location = _0x4f1a;", SCRIPT),
        (f'var _0x4f1a = atob("{SLOT_B64}");', "document.location.assign(_0x4f1a);", SCRIPT),
        (
            'var tujuan = "https://slot-" + "gacor88.example";\nvar jalur = "/daftar?ref=dinkes";',
            FROM_SEARCH.format("setTimeout(function () { location.replace(tujuan + jalur); }, 1500);"),
            SEARCH,
        ),
        (f"const _k = [{CODES}];", "location.href = String.fromCharCode.apply(null, _k);", SCRIPT),
        (f"let u = '{GAMBLING[:20]}';", f"u += '{GAMBLING[20:]}';\n$(location).attr('href', u);", SCRIPT),
        # An obfuscator's array in the head, read (not bound) in the footer before it is used.
        (
            f"var _0x3e1f=['{b64(GAMBLING)}','location','href','userAgent'];",
            "(function(){if(/bot|google|baidu/i.test(navigator[_0x3e1f[0x3]])){"
            "window[_0x3e1f[0x1]][_0x3e1f[0x2]]=atob(_0x3e1f[0x0]);}}());",
            SEARCH,
        ),
    ],
)
def test_a_variable_given_its_value_in_an_earlier_script_is_read(first: str, last: str, kind: str) -> None:
    assert script_targets([first, *BETWEEN, last]) == [(kind, GAMBLING)]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        # Given inside a function of the earlier script: not the page's global.
        (f'function siapkan() {{ var u = atob("{SLOT_B64}"); fetch(u); }}', "location.href = u;"),
        (f'if (window.promo) {{ var u = "{GAMBLING}"; }}', "location.href = u;"),
        # The later script's own `u`: a parameter, or a value it gives it.
        (f'var u = atob("{SLOT_B64}"); fetch(u);', "function pergi(u) { location.href = u; }\npergi(tujuan);"),
        (f'var u = atob("{SLOT_B64}");', "var u = document.querySelector('a.beranda').href;\nlocation.href = u;"),
        # Used for the share button only, or set on a click.
        (
            f'var bagikan = "{GAMBLING}";',
            "$('.share-x').attr('href', bagikan);\n"
            "$('.btn-promo').on('click', function () { location.href = bagikan; });",
        ),
    ],
)
def test_a_variable_of_an_earlier_script_that_is_not_the_one_used_gives_nothing(first: str, last: str) -> None:
    assert script_targets([first, *BETWEEN, last]) == []


# --- an obfuscator's string array ---------------------------------------------------------------------

_B64 = b64(GAMBLING)


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        (f"var _0x1a2b=['{_B64}','location'];window[_0x1a2b[1]]=atob(_0x1a2b[0]);", SCRIPT),
        (f"var _0x1a2b=['{_B64}','location','href'];window[_0x1a2b[0x1]][_0x1a2b[0x2]]=atob(_0x1a2b[0x0]);", SCRIPT),
        (f"var _0x1a2b=['href','{_B64}'];location[_0x1a2b[0x0]]=atob(_0x1a2b[0x1]);", SCRIPT),
        (f"var _0x5c=['replace','{_B64}'];window['location'][_0x5c[0]](atob(_0x5c[1]));", SCRIPT),
        (f"var _0x7d=['{_B64}'];document.location.assign(atob(_0x7d[0]));", SCRIPT),
        (f"var _0x7d=['{_B64}'];self.location=atob(_0x7d[0x0]);", SCRIPT),
        (
            f"var _0x1a2b=['{_B64}','location','href','referrer','test'];"
            "(function(){var _0x4c1d=document[_0x1a2b[0x3]];if(/google|bing|yahoo/i[_0x1a2b[0x4]](_0x4c1d)){"
            "setTimeout(function(){window[_0x1a2b[0x1]][_0x1a2b[0x2]]=atob(_0x1a2b[0x0]);},0x3e8);}}());",
            SEARCH,
        ),
    ],
)
def test_an_obfuscators_string_array_indexed_with_numbers_is_read(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


def test_an_array_the_obfuscator_turns_round_at_run_time_is_not_read_by_its_written_places() -> None:
    # Turned round once, the array is ['location', 'https://dinkes…', 'https://slot…']: the line sets a
    # property of the window named after the site's address, and sends no one anywhere.
    script = (
        f"var _0x2c=['{GAMBLING}','location','https://dinkes.bekasikota.go.id/'];"
        "(function(_0x1,_0x2){var _0x3=function(_0x4){while(--_0x4){_0x1['push'](_0x1['shift']());}};"
        "_0x3(++_0x2);}(_0x2c,0x1));window[_0x2c[1]]=_0x2c[0];"
    )
    assert script_targets([script]) == []


# --- what a theme's own scripts do with the same forms ------------------------------------------------

WA = "https://api.whatsapp.com/send?phone=6281288001234"


@pytest.mark.parametrize(
    "script",
    [
        # A language switcher and a search robot's AMP version on the site itself.
        "$('#bahasa').val(document.documentElement.lang);\n"
        "if (location.search.indexOf('lang=en') > -1) { $(location).attr('href', '/en' + location.pathname); }",
        "$(location).attr('href', 'https://dinkes.bekasikota.go.id/en/beranda/');",
        "if (/googlebot/i.test(navigator.userAgent)) { location.href = 'https://dinkes.bekasikota.go.id/amp/'; }",
        # Reading the address, and setting a link's or a map's.
        "var kini = $(location).attr('href');\n$('.share-wa').attr('href', 'https://wa.me/?text=' + kini);",
        "var peta = {};\npeta['location'] = 'https://maps.google.com/?q=Dinkes+Kota+Bekasi';\nrender(peta);",
        f"$('.wa-float').attr('href', String.fromCharCode.apply(null, [{char_codes(WA)}]));",
        f"document.title = String.fromCharCode.apply(null, [{char_codes('Dinas Kesehatan')}]);",
        # A window beside the page (a share button, a chat), a request opened, a click's own window.
        "window.open('https://wa.me/6281234567890?text=Halo%20Dinkes', '_blank', 'noopener');",
        "var xhr = new XMLHttpRequest();\nxhr.open('GET', '/wp-json/wp/v2/posts?per_page=5', true);\nxhr.send();",
        f"document.getElementById('daftar').onclick = function () {{ window.open(atob('{SLOT_B64}'), '_self'); }};",
        "peta.open('https://maps.google.com/?q=Dinkes+Kota+Bekasi', '_self');",
        # A click handler's jQuery redirect.
        f"$('.btn-daftar').on('click', function () {{ $(location).attr('href', atob('{SLOT_B64}')); }});",
        # An obfuscated analytics widget: its array names `location`, reads it and sends a beacon.
        "var _0xab=['hostname','location','indexOf','https://www.google-analytics.com/collect','hash','#atas'];"
        "if(window[_0xab[1]][_0xab[0]][_0xab[2]]('go.id')>-1){navigator.sendBeacon(_0xab[3]);}"
        "window[_0xab[1]][_0xab[4]]=_0xab[5];",
    ],
)
def test_a_themes_script_using_these_forms_for_its_own_things_is_no_finding(script: str) -> None:
    assert judged(VENDOR_SCRIPTS + f"<script>{script}</script>") is None


def test_a_variable_set_in_a_themes_script_and_redirected_to_on_a_click_is_no_finding() -> None:
    theme = f'<script>var waUrl = "{WA}";</script>'
    later = "<script>$('.wa-float').click(function () { window['location']['href'] = waUrl; });</script>"
    assert judged(theme + VENDOR_SCRIPTS + later) is None


# --- bounds ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        "location.href = String.fromCharCode.apply(null, [" + "1," * HOSTILE,
        "location.href = String.fromCharCode.apply(null, " + "[" * HOSTILE,
        'window["location"]["href"] = x;' * (HOSTILE // 30),
        "$(location).attr('href', u);" * (HOSTILE // 28),
        "var a=['x','location'];" + "window[a[1]]=a[0];" * (HOSTILE // 18),
        "var a=['location'," + "'x'," * (HOSTILE // 4) + f"'{GAMBLING}'];window[a[0]]=a[{HOSTILE // 4 + 1}];",
        "var a=[" + "'" + "x" * 1000 + "'," * 200 + "'location'];window[a[200]]='" + GAMBLING + "';",
        "window[" * (HOSTILE // 7) + "'location'",
        "location[a[1]];" * (HOSTILE // 15) + "var a=['x','href'];",
        "x.open(1);" * (HOSTILE // 10) + f"window.open('{GAMBLING}', '_self');",
    ],
    ids=[
        "codes",
        "brackets",
        "quoted names",
        "jquery",
        "array uses",
        "array past its bound",
        "long elements",
        "unclosed brackets",
        "element reads",
        "opened past the bound",
    ],
)
def test_a_hostile_script_in_these_forms_gives_nothing(script: str) -> None:
    assert script_targets([script]) == []


def test_a_long_address_from_an_array_of_codes_gives_its_beginning_only() -> None:
    [(kind, address)] = script_targets(
        [f"location.href = String.fromCharCode.apply(null, [{char_codes(LONG[:5000])}]);"]
    )
    assert kind == SCRIPT and address.startswith(f"{GAMBLING}&aaa") and len(address) <= 500


def test_the_earlier_scripts_looked_into_are_few() -> None:
    earlier = [f'var u{i} = atob("{b64(f"https://slot{i}.example/")}");' for i in range(29)]
    last = "".join(f"location.href = u{i};\n" for i in range(29))
    found = script_targets([*earlier, last])
    assert 0 < len(found) < 10
    assert found[0] == (SCRIPT, "https://slot0.example/")
