"""A redirect whose ``location`` is written in escapes, read as the word is (``script_redirects``).

Kits hide the word a search for a redirect looks for: ``window["\\x6c\\x6f\\x63…"]["\\x68\\x72\\x65\\x66"] = "…"``,
the address written plainly or in escapes too, or an obfuscator's array holding the word so. A string written
wholly in escapes that spells a name is read as that name; the department's own scripts that escape theirs (a
theme's minified code) go where they went.
"""

from __future__ import annotations

import pytest

from pantau_checker.core.script_redirects import MOBILE, SCRIPT, script_targets

BRAND = "https://toto4dresmi.xyz/"
PHONES = "if(/Android|iPhone/i.test(navigator.userAgent))"


def hexed(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in text)


def unicoded(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


@pytest.mark.parametrize(
    "kit",
    [
        f'{PHONES}{{window["{hexed("location")}"]["{hexed("href")}"]="{BRAND}";}}',
        f'{PHONES}{{window["{hexed("location")}"]="{hexed(BRAND)}";}}',
        f"{PHONES}{{top['{unicoded('location')}'].replace('{BRAND}');}}",
        f'var _0x3f2a=["{hexed("location")}","{hexed(BRAND)}"];{PHONES}{{window[_0x3f2a[0]]=_0x3f2a[1];}}',
    ],
)
def test_location_written_in_escapes_is_read_as_the_word(kit: str) -> None:
    assert script_targets([kit]) == [(MOBILE, BRAND)]


def test_escaped_names_of_the_departments_own_scripts_go_where_they_went() -> None:
    own = [
        # A theme's minified code: its own pages, a string that spells no name, an escaped label.
        f'var a=["{hexed("location")}","{hexed("/beranda/")}"];if(!location.hash){{window[a[0]]=a[1]}}',
        f'var msg="{hexed("Selamat datang di situs kami!")}";document.title="{hexed("Beranda")}";',
        f'window["{hexed("location")}"]["{hexed("href")}"]="https://sso.bekasikota.go.id/login";',
    ]
    assert script_targets(own[:2]) == []  # no absolute address: the site's own page
    # The city's sign-on, which the hijack check knows as the government's.
    assert script_targets(own[2:]) == [(SCRIPT, "https://sso.bekasikota.go.id/login")]
