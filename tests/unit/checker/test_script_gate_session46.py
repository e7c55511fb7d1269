"""The scripts' gate (``script_redirects.script_targets``): a script whose timers are only handed functions (a clock's
``setInterval(tick, 1000)``) and that navigates by nothing else sends the page to neither the runner nor the
navigations' loop, and the scripts' words are found in one pass of their automaton. Pinned against the reading before
(kept here: the words searched one by one, every timer word sending the page to the runner), on the scripts a
department's vendor writes (a clock, a counter, a slider, a framework's settings) and on those that send the browser
away, and against the reading without any gate on random scripts."""

from __future__ import annotations

import random
from datetime import date
from itertools import islice

import pytest

from pantau_checker.core import page, script_redirects
from pantau_checker.core.script_redirects import (
    SCRIPT,
    _kind,
    _names_unescaped,
    _narrowed,
    _Reader,
    _Runner,
    _upgrade,
    script_targets,
)

_LAIN = "https://lain.go.id/"
_CLOCK = """
  function updateClock() { var d = new Date();
    document.querySelector('.jam-digital').textContent = d.toLocaleTimeString('id-ID') + ' WIB'; }
  setInterval(updateClock, 1000);
"""
_COUNTER = """
  // Penghitung pengunjung · “Dinas Kesehatan” © 2026
  var n = 0; var t = setTimeout(function () { n += 1; $('.counter').text(n); }, 500);
  window.setInterval(function(){ $('.marquee').css('left', $('.marquee').offset().left - 1); }, 30);
  clearInterval(t);
"""
_SLIDER = "jQuery(function($){ $('.slider').slick({autoplay:true, autoplaySpeed: 5000}); var o = $('#x').offset(); });"
_SETTINGS = 'var settings = {"ajaxurl":"/wp-admin/admin-ajax.php","offset":0,"judul":"Selamat datang di Bekasi"};'
_NO_WORDS = 'window.Laravel = {"csrfToken":"abc","locale":"id"};'

# Scripts whose timers are handed strings, or that navigate otherwise: each goes to the runner as before.
_NAVIGATING = [
    "setTimeout(\"location.replace('https://lain.go.id/nanti/')\", 3000);",
    "setTimeout('window.location.href=\"https://lain.go.id/kutip/\"', 10);",
    "setTimeout(`location.href = 'https://lain.go.id/templat/'`, 10);",
    "setTimeout ( \n 'location.href=\"https://lain.go.id/spasi/\"' , 1);",
    "setInterval(atob('bG9jYXRpb24uaHJlZiA9ICdodHRwczovL2xhaW4uZ28uaWQvYjY0Lyc7'), 1000);",
    "setTimeout(window.atob('bG9jYXRpb24uaHJlZiA9ICdodHRwczovL2xhaW4uZ28uaWQvYjY0Lyc7'), 1000);",
    "setTimeout(unescape('location.href%3D%22https%3A//lain.go.id/u/%22'), 5);",
    "setTimeout(String.fromCharCode(108,111,99,97,116,105,111,110,46,104,114,101,102,61,39,104,39), 5);",
    "setTimeout(decodeURIComponent('location.href%3D%27https%3A%2F%2Flain.go.id%2Fd%2F%27'), 5);",
    "setTimeout(function(){ location.href = 'https://lain.go.id/fungsi/'; }, 10);",
    "setInterval(tick, 1000); eval('window.location = \"https://lain.go.id/eval/\"');",
    "setInterval(tick, 1000); window.open('https://lain.go.id/', '_self');",
    "setInterval(tick, 1000); navigation.navigate('https://lain.go.id/baru/');",
    "setInterval(tick, 1000); var a = document.createElement('a'); a.href = 'https://lain.go.id/x/'; a.click();",
    'setInterval(tick, 1000); document.write(\'<meta http-equiv="refresh" content="0;url=/x/">\');',
    "setInterval(tick, 1000); new Function('location.href = \"https://lain.go.id/f/\"')();",
    # A timer's string after the twenty calls the runner reads: the runner passes it, as before.
    "setTimeout(f, 1);" * 25 + "setTimeout('location.href=\"https://lain.go.id/jauh/\"', 1);",
    "setTimeout(f, 1);" * 5 + "setTimeout('location.href=\"https://lain.go.id/dekat/\"', 1);",
    # Run as code, a string whose escapes make a lone surrogate: its words are searched one by one.
    'eval(\'var x = "\\ud800"; location.href = "https://lain.go.id/surogat/";\');',
    'setTimeout(\'var x = "\\udfff"; location.href = "https://lain.go.id/surogat2/";\', 1);',
    'window["\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e"] = "https://lain.go.id/escaped/"; setInterval(f, 9);',
]
# Scripts of a vendor's page that navigate nowhere: the gate stops them all.
_QUIET = [
    _CLOCK,
    _COUNTER,
    _SLIDER,
    _SETTINGS,
    _NO_WORDS,
    "",
    "setTimeoutX('jam'); resetInterval(tick); var setTimeout_ = 1; settings.set('a', 'b');",
    "window.setInterval(function () { document.title = 'Jam ' + new Date(); }, 1000);",
    "setTimeout(() => { $('.notif').fadeOut(); }, 4000); // “tutup” otomatis",
    "setTimeout(f, 1);" * 30,
    "var offset = 0; // • tidak ada pemanggilan",
]


def _old_words(code: str) -> frozenset[str]:
    return frozenset(word for word in script_redirects._WORDS if word in code)


def _old_may_navigate(words: frozenset[str]) -> bool:
    opens = "open" in words and not words.isdisjoint(script_redirects._WINDOWS)
    writes = not words.isdisjoint(script_redirects._WRITTEN)
    builds = "navigate" in words or "createElement" in words or writes
    return "location" in words or opens or builds or not words.isdisjoint(script_redirects._RUNS)


def _old_script_targets(scripts: list[str], gated: bool = True) -> list[tuple[str, str]]:
    """``script_targets`` before: every timer word sent the page to the runner (and without ``gated``, every page)."""
    found: list[tuple[str, str]] = []
    scripts = [
        _names_unescaped(code) if "\\" in code and ("\\x" in code or "\\u" in code) else code for code in scripts
    ]
    said = list(map(_old_words, scripts))
    if gated and not any(map(_old_may_navigate, said)):
        return found
    runner = _Runner(scripts, said)
    codes, contexts = runner.codes, runner.contexts
    left = script_redirects._MAX_ASSIGNMENTS
    reader = _Reader(codes)
    quoted = False
    for index, (code, words) in enumerate(zip(codes, runner.words, strict=True)):
        named = "location" in words
        quoted = quoted or (named and ("'location'" in code or '"location"' in code))
        opens, builds = script_redirects._opens(words), script_redirects._builds(words)
        if not named and not (quoted and "[" in code) and not opens and not builds:
            continue
        reader.index = index
        for start, read in islice(reader.navigations(code, words, quoted), left):
            left -= 1
            kind = _narrowed(contexts[index], _kind(code, start))
            address = read() if kind else ""
            if address and _upgrade(code, start, address):
                address = ""
            if reader.framed:
                kind, reader.framed = script_redirects.FRAME, False
            if address and (kind, address) not in found:
                found.append((kind, address))
        if left <= 0 or len(found) >= script_redirects._MAX_TARGETS:
            break
    return found[: script_redirects._MAX_TARGETS]


def _gate(scripts: list[str]) -> bool:
    codes = [_names_unescaped(c) if "\\" in c and ("\\x" in c or "\\u" in c) else c for c in scripts]
    return any(map(script_redirects._may_navigate_script, codes, map(script_redirects._words, codes)))


@pytest.mark.parametrize("code", _QUIET)
def test_a_vendors_quiet_script_is_stopped_at_the_gate(code: str) -> None:
    assert not _gate([code])
    assert script_targets([code]) == _old_script_targets([code]) == _old_script_targets([code], gated=False) == []
    # What the gate spares: the runner would run no string of it.
    runner = _Runner([code], [_old_words(code)])
    assert runner.codes == [code]


@pytest.mark.parametrize("code", _NAVIGATING)
def test_a_navigating_script_reads_as_before(code: str) -> None:
    assert _gate([code])
    expected = _old_script_targets([code])
    assert script_targets([code]) == expected
    assert script_targets([_CLOCK, code, _SLIDER]) == _old_script_targets([_CLOCK, code, _SLIDER])
    assert script_targets([code, _COUNTER]) == _old_script_targets([code, _COUNTER])


def test_the_navigating_scripts_send_the_browser_where_they_did() -> None:
    targets = script_targets(_NAVIGATING)
    assert targets == _old_script_targets(_NAVIGATING)
    assert (SCRIPT, f"{_LAIN}nanti/") in targets and (SCRIPT, f"{_LAIN}kutip/") in targets
    assert script_targets([_NAVIGATING[0]]) == [(SCRIPT, f"{_LAIN}nanti/")]
    assert script_targets([_NAVIGATING[4]]) == [(SCRIPT, f"{_LAIN}b64/")]
    # The string after twenty calls is not read (the runner's bound), the one after five is.
    assert script_targets([_NAVIGATING[16]]) == []
    assert script_targets([_NAVIGATING[17]]) == [(SCRIPT, f"{_LAIN}dekat/")]
    assert script_targets([_NAVIGATING[18]]) == [(SCRIPT, f"{_LAIN}surogat/")]


def test_the_vendors_page_with_its_clock_points_nowhere() -> None:
    html = f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan · Kota Bekasi</title></head><body>
<nav class="main-navigation"><ul class="menu"><li><a href="/">Beranda</a></li></ul></nav><main class="site-main">
<article class="post"><h2><a href="/berita/1/">Rapat Koordinasi “Bekasi Sehat”</a></h2>
<span class="tgl">5 Desember 2026</span> • <p>Dinas Kesehatan menyelenggarakan rapat.</p></article></main>
<footer><p>© 2026 Dinas Kesehatan Kota Bekasi</p><span class="jam-digital"></span></footer>
<script>{_NO_WORDS}</script><script>{_CLOCK}</script><script>{_COUNTER}</script></body></html>"""
    parsed = page.parse_page(html, "https://dinkes.bekasikota.go.id/", today=date(2026, 12, 6))
    assert parsed.pointers == ()
    assert len(parsed.scripts) == 3
    moved = html.replace(
        "setInterval(updateClock, 1000)", "setInterval('location.href=\"https://lain.go.id/pindah/\"', 1000)"
    )
    parsed = page.parse_page(moved, "https://dinkes.bekasikota.go.id/", today=date(2026, 12, 6))
    assert [(p.kind, p.href) for p in parsed.pointers] == [(SCRIPT, f"{_LAIN}pindah/")]


_WORD_TEXTS = [
    "opend",  # "open" and "pend" overlapping
    "xopendx_topen_selfset",
    "innerHTML html HTML",
    "locationlocation",
    "createElementnavigate",
    "Function eval write pend _parent",
    "é location • © “set”",
    "\U0001f600open\U0001f600",
    "\ud800 location",
    "x\udfff_self",
    "",
    "\x00write\x00",
]


@pytest.mark.parametrize("code", _WORD_TEXTS + _QUIET + _NAVIGATING)
def test_the_words_are_those_searched_one_by_one(code: str) -> None:
    words = script_redirects._words(code)
    assert words == _old_words(code)
    assert script_redirects._may_navigate(words) == _old_may_navigate(words)


def test_may_navigate_answers_as_before_for_every_set_of_words() -> None:
    every = script_redirects._WORDS
    for bits in range(1 << len(every)):
        words = frozenset(w for i, w in enumerate(every) if bits >> i & 1)
        assert script_redirects._may_navigate(words) == _old_may_navigate(words), words


_PIECES = [
    "setTimeout(",
    "setInterval(",
    "setTimeout (",
    "window.setTimeout(",
    "'location.href=\"https://lain.go.id/r/\"'",
    '"location.replace(\\"https://lain.go.id/q/\\")"',
    "`location.href='https://lain.go.id/t/'`",
    "atob('bG9jYXRpb24uaHJlZiA9ICdodHRwczovL2xhaW4uZ28uaWQvYjY0Lyc7')",
    "function(){ n++; }",
    "() => tick()",
    "tick",
    ", 1000);",
    ");",
    " ",
    "\n",
    "offset ",
    "location.href = '/z/';",
    "var jam = '10:30 WIB'; ",
    "// “Bekasi” © • ",
    "open('/w/', '_self');",
    "eval(",
    "document.write('<p>x</p>');",
    "\\u0041",
    "if (x) { ",
    "}",
    "$('.a').on('click', function(){ ",
]


def test_random_scripts_read_as_before_and_as_without_the_gate() -> None:
    rng = random.Random(46)
    stopped = 0
    for _ in range(600):
        scripts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 3))]
        found = script_targets(scripts)
        assert found == _old_script_targets(scripts), scripts
        if not _gate(scripts):
            stopped += 1
            assert found == _old_script_targets(scripts, gated=False) == [], scripts
        for code in scripts:
            assert script_redirects._words(code) == _old_words(code)
    assert 50 < stopped < 550  # both ways taken
