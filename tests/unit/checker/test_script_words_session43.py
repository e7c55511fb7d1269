"""The scripts' words looked for once each (``script_redirects._words``): the gate, the runner of the strings run as
code and the navigations' loop read one set of each code's words where each searched the code again; pinned against
the searches before and the addresses the reading before found, on the scripts a department's vendor writes (a
clock, a framework's settings, a slider) and on those that send the browser away."""

from __future__ import annotations

from datetime import date

import pytest

from pantau_checker.core import page, script_redirects
from pantau_checker.core.script_redirects import SCRIPT, SEARCH, script_targets

_CLOCK = """<script>
  function updateClock() { var d = new Date();
    document.querySelector('.jam-digital').textContent = d.toLocaleTimeString('id-ID') + ' WIB'; }
  setInterval(updateClock, 1000);
</script>"""


def _vendor_page(head: str = "", body: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan · Kota Bekasi</title>
<link rel="canonical" href="https://dinkes.bekasikota.go.id/">{head}</head><body class="home blog">
<div class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span> <span class="jam-digital">10:30:00</span>
</div><nav class="main-navigation"><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a>
</li></ul></nav><main class="site-main"><article class="post"><h2><a href="/berita/1/">Rapat Koordinasi “Bekasi
Sehat”</a></h2><span class="tgl">5 Desember 2026</span> • <p>Dinas Kesehatan menyelenggarakan rapat.</p></article>
{body}</main><footer class="site-footer"><p>© 2026 Dinas Kesehatan Kota Bekasi</p></footer>{_CLOCK}</body></html>"""


def _vendor_parse(html: str) -> page.Page:
    return page.parse_page(html, "https://dinkes.bekasikota.go.id/", today=date(2026, 12, 6))


def _windows_before(code: str) -> bool:
    return "open" in code and any(name in code for name in script_redirects._WINDOWS)


def _builds_before(code: str) -> bool:
    return "navigate" in code or "createElement" in code or any(w in code for w in script_redirects._WRITTEN)


def _may_navigate_before(code: str) -> bool:
    runs = any(literal in code for literal in script_redirects._RUNS)
    return "location" in code or _windows_before(code) or _builds_before(code) or runs


_SCRIPTS = [
    'window.Laravel = {"csrfToken":"abc","locale":"id"};',
    _CLOCK.removeprefix("<script>").removesuffix("</script>"),
    "jQuery(function($){ $('.slider').slick({autoplay:true}); var o = $('#x').offset(); });",
    "window.location.href = 'https://lain.go.id/beranda/';",
    "window.open('https://lain.go.id/', '_self');",
    "window.open('https://lain.go.id/', '_blank');",
    "x_topen('a')",  # a window's name and "open" run together
    "navigation.navigate('https://lain.go.id/baru/');",
    "var a = document.createElement('a'); a.href = 'https://lain.go.id/x/'; a.click();",
    'document.write(\'<meta http-equiv="refresh" content="0;url=/x/">\');',
    "el.innerHTML += '<iframe src=\"https://lain.go.id/x/\">';",
    "$('#box').append('<p>Halo</p>'); $('#b').html('x');",
    "eval('window.location = \"https://lain.go.id/eval/\"');",
    "setTimeout(\"location.replace('https://lain.go.id/nanti/')\", 3000);",
    "setTimeout(function(){ location.href = 'https://lain.go.id/fungsi/'; }, 10);",
    "new Function('location.href = \"https://lain.go.id/f/\"')();",
    "var s = ['location', 'href']; window[s[0]][s[1]] = 'https://lain.go.id/arr/';",
    'window["\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e"] = "https://lain.go.id/escaped/";',
    "var t = '\\u0041 \\\\ biasa';",
    'window["\\u006c\\u006f\\u0063\\u0061\\u0074\\u0069\\u006f\\u006e"]["href"] = "https://lain.go.id/u/";',
    "if (/bot|google/i.test(navigator.userAgent)) { location.href = 'https://judi.example/'; }",
    "eval(atob('bG9jYXRpb24uaHJlZiA9ICdodHRwczovL2xhaW4uZ28uaWQvYjY0Lyc7'));",
    "// Kantor · “Bekasi” © 2026\nvar salam = 'Selamat datang';",
    "",
]


@pytest.mark.parametrize("code", _SCRIPTS)
def test_the_words_answer_as_the_searches_of_the_script(code: str) -> None:
    words = script_redirects._words(code)
    assert words == {word for word in script_redirects._WORDS if word in code}
    assert script_redirects._may_navigate(words) == _may_navigate_before(code)
    assert script_redirects._opens(words) == _windows_before(code)
    assert script_redirects._builds(words) == _builds_before(code)
    assert script_redirects._writes(words) == any(w in code for w in script_redirects._WRITTEN)
    assert script_redirects._runs_strings(words) == any(w in code for w in script_redirects._RUNS)


def test_the_words_are_every_one_a_reading_asks_about() -> None:
    asked = {"location", "open", "navigate", "createElement"}
    asked |= {*script_redirects._WINDOWS, *script_redirects._WRITTEN, *script_redirects._RUNS}
    assert set(script_redirects._WORDS) == asked and len(script_redirects._WORDS) == len(asked)


# What each script alone sends the browser to, as the reading before this one found it (each script's words sought
# again by each of its readings).
_LAIN = "https://lain.go.id/"
_TARGETS = {
    3: [(SCRIPT, f"{_LAIN}beranda/")],
    4: [(SCRIPT, _LAIN)],
    7: [(SCRIPT, f"{_LAIN}baru/")],
    8: [(SCRIPT, f"{_LAIN}x/")],
    12: [(SCRIPT, f"{_LAIN}eval/")],
    13: [(SCRIPT, f"{_LAIN}nanti/")],
    14: [(SCRIPT, f"{_LAIN}fungsi/")],
    15: [(SCRIPT, f"{_LAIN}f/")],
    16: [(SCRIPT, f"{_LAIN}arr/")],
    17: [(SCRIPT, f"{_LAIN}escaped/")],
    19: [(SCRIPT, f"{_LAIN}u/")],
    20: [(SEARCH, "https://judi.example/")],
    21: [(SCRIPT, f"{_LAIN}b64/")],
}


@pytest.mark.parametrize("index", range(len(_SCRIPTS)))
def test_each_script_sends_the_browser_where_it_did(index: int) -> None:
    assert script_targets([_SCRIPTS[index]]) == _TARGETS.get(index, [])
    assert script_targets([_SCRIPTS[1], _SCRIPTS[index]]) == _TARGETS.get(index, [])  # after the clock


def test_the_scripts_together_send_the_browser_where_they_did() -> None:
    assert script_targets(_SCRIPTS) == [
        target for index in (3, 4, 7, 8, 12, 13, 14, 15, 16, 17) for target in _TARGETS[index]
    ]
    assert script_targets([_SCRIPTS[4], _SCRIPTS[5]]) == [(SCRIPT, _LAIN)]


def test_each_code_run_has_its_own_words() -> None:
    # The codes the strings run (eval's, a timer's string, a packer's) are read by their own words, not their script's.
    scripts = [_SCRIPTS[1], _SCRIPTS[12], _SCRIPTS[13], _SCRIPTS[15], _SCRIPTS[21], _SCRIPTS[9]]
    runner = script_redirects._Runner(scripts, [script_redirects._words(code) for code in scripts])
    assert len(runner.codes) > len(scripts)  # strings run
    assert runner.words == [script_redirects._words(code) for code in runner.codes]
    assert script_targets(scripts) == [target for index in (12, 13, 15, 21) for target in _TARGETS[index]]


def test_the_vendor_page_points_where_its_scripts_go() -> None:
    parsed = _vendor_parse(_vendor_page(head="<script>window.dataLayer = window.dataLayer || [];</script>"))
    assert [p.kind for p in parsed.pointers] == ["canonical"]
    moved = _vendor_parse(
        _vendor_page(body="<script>if (true) { location.replace('https://lain.go.id/pindah/'); }</script>")
    )
    assert moved.pointers[1:] == (page.Pointer(SCRIPT, f"{_LAIN}pindah/"),)
