"""Script redirects whose address is made of numbers mapped to characters, or of base64 of UTF-8, as the kits
minify them; beside a theme's own scripts that map numbers to characters for other things.
"""

from __future__ import annotations

import base64

import pytest

from pantau_checker.core.script_redirects import MOBILE, SCRIPT, SEARCH, script_targets

GAMBLING = "https://pandawa77.com/daftar?ref=dinkes"
OWN = "https://dinkes.bekasikota.go.id/"


def codes(text: str, shift: int = 0, xor: int = 0) -> str:
    return ",".join(str((ord(c) + shift) ^ xor) for c in text)


CODES = codes(GAMBLING)
BACKWARDS = codes(GAMBLING[::-1])
FROM_SEARCH = "var r=document.referrer;if(/google\\.|bing\\./i.test(r)){{{}}}"
FOR_PHONES = "/Android|iPhone/i.test(navigator.userAgent)&&({})"
UTF8_B64 = base64.b64encode(GAMBLING.encode()).decode()


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        (f'location.href=[{CODES}].map(c => String.fromCharCode(c)).join("");', SCRIPT),
        (f"window.location.replace([{CODES}].map((c)=>String.fromCharCode(c)).join(''))", SCRIPT),
        (f'top.location.href=[{CODES}].map(function(n){{return String.fromCharCode(n)}}).join("")', SCRIPT),
        (f'location.assign([{CODES}].map(c=>{{return String.fromCharCode(c);}}).join(""))', SCRIPT),
        (f'var t=[{CODES}];window.location.href=t.map(function(e){{return String.fromCharCode(e)}}).join("")', SCRIPT),
        (f'const u=[{CODES}].map(c=>String.fromCharCode(c)).join("");setTimeout(()=>location.replace(u),1500)', SCRIPT),
        (f'location.href=[{codes(GAMBLING, shift=3)}].map(c=>String.fromCharCode(c-3)).join("")', SCRIPT),
        (
            f'location.href=[{codes(GAMBLING, xor=23)}].map(function(c){{return String.fromCharCode(c^23)}}).join("")',
            SCRIPT,
        ),
        (f'location.href=[{BACKWARDS}].reverse().map(c=>String.fromCharCode(c)).join("")', SCRIPT),
        (f'location.href=[{BACKWARDS}].map(c=>String.fromCharCode(c)).reverse().join("")', SCRIPT),
        (f'var a=[{BACKWARDS}];location.href=a.reverse().map(c=>String.fromCharCode(c)).join("")', SCRIPT),
        (f'location.href=decodeURIComponent(escape(atob("{UTF8_B64}")))', SCRIPT),
        (f'window.location.replace(decodeURIComponent(escape(window.atob("{UTF8_B64}"))));', SCRIPT),
        (FROM_SEARCH.format(f'location.href=[{CODES}].map(c=>String.fromCharCode(c)).join("")'), SEARCH),
        (FOR_PHONES.format(f"window.location.href=[{CODES}].map(c=>String.fromCharCode(c)).join('')"), MOBILE),
    ],
)
def test_a_redirect_to_an_address_made_of_numbers_mapped_to_characters_is_read(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


def test_an_array_of_numbers_kept_in_an_earlier_script_is_read_where_a_later_one_maps_it() -> None:
    later = 'jQuery(function(){window.location.href=_k.map(c=>String.fromCharCode(c)).join("")})'
    scripts = [f"var _k=[{CODES}];", later]
    assert script_targets(scripts) == [(SCRIPT, GAMBLING)]


def test_a_known_beginning_made_of_numbers_counts_where_it_names_the_host_whole() -> None:
    script = (
        f"location.href=[{codes('https://pandawa77.com/?r=')}].map(c=>String.fromCharCode(c)).join('')+location.host"
    )
    assert script_targets([script]) == [(SCRIPT, "https://pandawa77.com/?r=")]


@pytest.mark.parametrize(
    "script",
    [
        # The function maps another name than its parameter, or its block returns nothing: not the characters.
        f'location.href=[{CODES}].map(c=>String.fromCharCode(d)).join("")',
        f'location.href=[{CODES}].map(c=>{{String.fromCharCode(c)}}).join("")',
        # Mapped, not joined: an array.
        f"location.href=[{CODES}].map(c=>String.fromCharCode(c))",
        # A chart's labels and a captcha's characters, mapped from numbers: no address.
        "var l=[65,66,67].map(c=>String.fromCharCode(c)).join('');document.getElementById('kode').textContent=l;",
        f"var k=[{codes(OWN)}].map(c=>String.fromCharCode(c)).join('');$('#tautan').attr('href',k);",
        # A click sends the visitor there.
        f"$('#mitra').on('click',function(){{location.href=[{CODES}].map(c=>String.fromCharCode(c)).join('')}})",
        # Text escaped for a query, not decoded.
        'location.href="https://dinkes.bekasikota.go.id/cari?q="+escape(document.getElementById("q").value)',
    ],
)
def test_numbers_mapped_to_characters_that_send_no_one_away_give_nothing(script: str) -> None:
    assert [target for target in script_targets([script]) if "pandawa77" in target[1]] == []


def test_the_departments_own_mobile_site_and_sso_made_of_numbers_are_read_as_its_own() -> None:
    mobile = (
        "if(/Android/i.test(navigator.userAgent))"
        f"{{location.replace([{codes(OWN)}].map(c=>String.fromCharCode(c)).join(''))}}"
    )
    sso = (
        "window.location.href=[104,116,116,112,115,58,47,47].map(function(c){return String.fromCharCode(c)}).join('')"
        "+'sso.bekasikota.go.id/auth?client_id=dinkes&redirect_uri='+encodeURIComponent(location.href)"
    )
    assert script_targets([mobile]) == [(MOBILE, OWN)]
    assert script_targets([sso]) == [(SCRIPT, "https://sso.bekasikota.go.id/auth?client_id=dinkes&redirect_uri=")]
