"""Script redirects that put something in the page or run a string, the way judi online injections hide them.

A ``<meta http-equiv="refresh">`` written into the page (``document.write``, ``innerHTML +=``) or made as an
element and inserted, a link made and clicked, a form made and submitted, ``navigation.navigate``, and code
run from a string: ``setTimeout("…")``, ``eval(atob("…"))``, ``Function(…)()`` and Dean Edwards' packer,
whose payload is read with its numbered words put back. Read within bounds a hostile script cannot stretch,
while a theme's ad tags, share buttons, search form, downloads, analytics and packed plugins give nothing.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from pantau_testing import HOSTILE_BUDGET_S
from unit.checker.test_script_redirects_built import (
    GAMBLING,
    HOSTILE,
    SLOT_B64,
    URL,
    VENDOR_SCRIPTS,
    b64,
    char_codes,
    escaped,
    judged,
    percent,
)

from pantau_checker.core.script_redirects import MOBILE, SCRIPT, SEARCH, script_targets

# Dean Edwards' packer, as its base-62 output is written (the function is the packer's own, byte for byte).
UNPACKER = (
    "function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?String.fromCharCode(c+29)"
    ":c.toString(36))};if(!''.replace(/^/,String)){while(c--){d[e(c)]=k[c]||e(c)}k=[function(e){return d[e]}];"
    "e=function(){return'\\\\w+'};c=1};while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}"
    "return p}"
)
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def number(n: int, base: int = 62) -> str:
    return (number(n // base, base) if n >= base else "") + DIGITS[n % base]


def packed(code: str, base: int = 62) -> str:
    """Return ``code`` packed as the packer packs it: its words numbered by frequency, the list of them after."""
    words = [word for word, _ in Counter(re.findall(r"\w+", code, re.ASCII)).most_common()]
    numbers = {word: number(i, base) for i, word in enumerate(words)}
    payload = re.sub(r"\w+", lambda m: numbers[m[0]], code, flags=re.ASCII)
    payload = payload.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    listed = "|".join("" if numbers[word] == word else word for word in words)
    return f"eval({UNPACKER}('{payload}',{base},{len(words)},'{listed}'.split('|'),0,{{}}))"


META = f'<meta http-equiv="refresh" content="0;url={GAMBLING}">'
FROM_SEARCH = "var _0xr=document.referrer;if(_0xr.indexOf('google')>-1||_0xr.indexOf('bing')>-1){{{}}}"
FOR_ROBOTS = "if(/bot|google|baidu|bing|yandex|slurp/i.test(navigator.userAgent)){{{}}}"
FOR_PHONES = "if(/Android|webOS|iPhone|iPad|iPod|BlackBerry|Opera Mini/i.test(navigator.userAgent)){{{}}}"
# An injection's body as it is packed: the tests on the referrer and the browser's name are inside it.
INJECTION = (
    "var _r=document.referrer.toLowerCase(),_u=navigator.userAgent;\n"
    "if(/google|bing|yahoo|yandex|duckduckgo/.test(_r)||/bot|crawl|spider|slurp/i.test(_u)){\n"
    f'  setTimeout(function(){{window.location.replace(atob("{SLOT_B64}"))}},300)\n}}'
)


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        (f"document.write('{META}');", SCRIPT),
        (FROM_SEARCH.format(f"document.write(atob('{b64(META)}'));"), SEARCH),
        (
            "document.writeln(\"<META HTTP-EQUIV='Refresh' CONTENT='1; URL=\"+"
            f'String.fromCharCode({char_codes(GAMBLING)})+"\'>");',
            SCRIPT,
        ),
        (
            FOR_PHONES.format(
                "document.head.innerHTML+='<meta http-equiv=\\\"refresh\\\" content=\\\"0;url='+'https://slot-'"
                "+'gacor88.example/daftar?ref=dinkes'+'\\\">';"
            ),
            MOBILE,
        ),
        (
            "document.getElementsByTagName('head')[0].insertAdjacentHTML('beforeend','<meta content=\"0;url="
            f'{escaped(GAMBLING[:8])}{GAMBLING[8:]}" http-equiv="refresh">\');',
            SCRIPT,
        ),
        (
            f"var _0x5e=atob('{SLOT_B64}');jQuery(function($){{"
            + FOR_ROBOTS.format("$('head').append('<meta http-equiv=\"refresh\" content=\"0; url=\\''+_0x5e+'\\'\">');")
            + "});",
            SEARCH,
        ),
        # A script written with the markup runs as the page's.
        (
            FROM_SEARCH.format(
                f"document.write('<scr'+'ipt>window.location.replace(\"'+atob('{SLOT_B64}')+'\")</scr'+'ipt>');"
            ),
            SEARCH,
        ),
        (f"document.write(unescape('{percent(f'<script>top.location.href={GAMBLING!r};</script>')}'));", SCRIPT),
        # jQuery's .html() puts the markup in place of what the element held.
        (FOR_PHONES.format(f"$('head').html(atob('{b64(META)}'));"), MOBILE),
        (f"jQuery('#notif').html('{META}');", SCRIPT),
    ],
)
def test_a_meta_refresh_or_a_script_written_into_the_page_is_read_with_its_kind(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        # A meta refresh made as an element and put in the head.
        (
            "(function(){var _m=document.createElement('meta');_m.httpEquiv='refresh';"
            f"_m.content='0;url='+atob('{SLOT_B64}');document.getElementsByTagName('head')[0].appendChild(_m);}})();",
            SCRIPT,
        ),
        (
            f'var u = "{escaped(GAMBLING)}";\n'
            + FROM_SEARCH.format(
                'var m = document.createElement("META"); m.setAttribute("http-equiv", "Refresh");'
                ' m.setAttribute("content", "0; URL=" + u); document.head.prepend(m);'
            ),
            SEARCH,
        ),
        # A link made and clicked, in the page's own window.
        (
            FOR_ROBOTS.format(
                f"var a=document.createElement('a');a.href=atob('{SLOT_B64}');a.rel='noreferrer';"
                "document.body.appendChild(a);a.click();"
            ),
            SEARCH,
        ),
        (
            'setTimeout(function(){var l=document.createElement("a");'
            f'l.setAttribute("href",String.fromCharCode({char_codes(GAMBLING)}));l.target="_self";'
            "document.body.appendChild(l);l.click();},800);",
            SCRIPT,
        ),
        (FOR_PHONES.format(f"var _a=document.createElement('A');_a['href']='{GAMBLING}';_a.click();"), MOBILE),
        (
            f"var _e=document.createElement('a');_e.href=decodeURIComponent('{percent(GAMBLING)}');"
            "document.body.appendChild(_e);_e.dispatchEvent(new MouseEvent('click',{bubbles:true,view:window}));",
            SCRIPT,
        ),
        # A form made and submitted to another site.
        (
            FROM_SEARCH.format(
                f"var f=document.createElement('form');f.method='POST';f.action=atob('{SLOT_B64}');"
                "var i=document.createElement('input');i.type='hidden';i.name='asal';i.value=location.hostname;"
                "f.appendChild(i);document.body.appendChild(f);f.submit();"
            ),
            SEARCH,
        ),
        (
            f"window.addEventListener('load',function(){{var f=document.createElement('form');"
            f"f.setAttribute('action','{GAMBLING}');document.body.append(f);f.requestSubmit();}});",
            SCRIPT,
        ),
        # The Navigation API.
        (
            FOR_ROBOTS.format(
                f"if(window.navigation){{navigation.navigate(atob('{SLOT_B64}'),{{history:'replace'}});}}"
            ),
            SEARCH,
        ),
        (f'window.navigation.navigate("{escaped(GAMBLING)}");', SCRIPT),
    ],
)
def test_an_element_made_to_send_the_browser_away_is_read_with_its_kind(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


def test_the_pages_address_moved_to_another_host_is_read_as_that_hosts_root() -> None:
    script = FROM_SEARCH.format(f"location.hostname=atob('{b64('slot-gacor88.example')}');")
    assert script_targets([script]) == [(SEARCH, "//slot-gacor88.example/")]
    found = judged(VENDOR_SCRIPTS + f"<script>{script}</script>")
    assert found is not None
    assert found.evidence.endswith(" ke https://slot-gacor88.example/")
    # The site's own host, and a host the script does not know whole.
    assert judged(VENDOR_SCRIPTS + "<script>location.hostname = 'www.bekasikota.go.id';</script>") is None
    assert script_targets(["location.hostname = sub + '.bekasikota.go.id'; var h = location.host;"]) == []


def nested(code: str, times: int) -> str:
    for _ in range(times):
        code = f"eval(atob('{b64(code)}'));"
    return code


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        # A string handed to setTimeout or setInterval is code.
        (f"setTimeout(\"window.location='{GAMBLING}'\", 0);", SCRIPT),
        (FROM_SEARCH.format(f"setTimeout('{escaped(f'location.href={GAMBLING!r}')}',1000);"), SEARCH),
        (f"window.setInterval(atob('{b64(f'top.location.replace({GAMBLING!r})')}'),500);", SCRIPT),
        # eval and Function of a decoded string.
        (f"eval(atob('{b64(INJECTION)}'));", SEARCH),
        (f"Function(atob('{b64(f'window.location.href={GAMBLING!r}')}'))();", SCRIPT),
        (
            FOR_PHONES.format(f"new Function(decodeURIComponent('{percent(f'location.assign({GAMBLING!r})')}'))();"),
            MOBILE,
        ),
        (f"eval(decodeURIComponent('{percent(INJECTION)}'))", SEARCH),
        (f"window.eval(unescape('{percent(f'self.location={GAMBLING!r}')}'));", SCRIPT),
        (f"eval(String.fromCharCode({char_codes(f'location.href={GAMBLING!r}')}));", SCRIPT),
        (nested(f"location.href='{GAMBLING}'", 4), SCRIPT),
        # eval called indirectly, as minifiers and obfuscators write it (it runs in the global scope).
        (f"(0,eval)(atob('{b64(INJECTION)}'));", SEARCH),
        (f"(0, window.eval)(\"top.location.href='{GAMBLING}'\");", SCRIPT),
        (FOR_PHONES.format(f"window['eval'](atob('{b64(f'location.replace({GAMBLING!r})')}'))"), MOBILE),
        (f"(0,self[\"eval\"])(decodeURIComponent('{percent(f'location={GAMBLING!r}')}'));", SCRIPT),
        # Dean Edwards' packer: the tests inside its payload, or around its eval.
        (packed(INJECTION), SEARCH),
        (FROM_SEARCH.format(packed(f"window.location.href=atob('{SLOT_B64}')")), SEARCH),
        (
            packed(
                f"var _l=document.createElement('a');_l.href='{GAMBLING}';document.body.appendChild(_l);_l.click()", 36
            ),
            SCRIPT,
        ),
        (packed(f"document.write('{META}')", 10), SCRIPT),
        (nested(packed(INJECTION), 1), SEARCH),
    ],
)
def test_code_run_from_a_string_is_read_as_a_script_with_its_kind(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


def test_the_packers_payload_is_read_with_its_words_put_back_once() -> None:
    # The listed words are numbers too ("1", "a"): put back in one pass, as the packer's dictionary does.
    script = f"var a=1,b='{GAMBLING}';if(a==1){{location.href=b}}"
    assert script_targets([packed(script)]) == [(SCRIPT, GAMBLING)]


def test_a_known_beginning_of_a_written_refresh_counts_where_it_names_the_host_whole() -> None:
    known = "document.write('<meta http-equiv=\"refresh\" content=\"0;url=https://slot-gacor88.example/?r='+document.referrer+'\">');"
    assert script_targets([known]) == [(SCRIPT, "https://slot-gacor88.example/?r=")]
    assert (
        script_targets(
            ["document.write('<meta http-equiv=refresh content=\"0;url=https://slot-'+merek+'.example/\">');"]
        )
        == []
    )


def test_a_same_site_address_is_read_and_left_to_the_hijack_check() -> None:
    # The module knows no host: the link to the site's own report is read, and the check finds it no hijack.
    own = "https://dinkes.bekasikota.go.id/wp-content/uploads/2025/01/laporan-kinerja-2024.pdf"
    script = f"var a=document.createElement('a');a.href='{own}';document.body.appendChild(a);a.click();"
    assert script_targets([script]) == [(SCRIPT, own)]
    assert judged(VENDOR_SCRIPTS + f"<script>{script}</script>", URL) is None


# --- what a theme's own scripts write, make and run ---------------------------------------------------------

# A jQuery cookie plugin as themes ship it, packed.
COOKIE_PLUGIN = packed(
    "(function($){$.cookie=function(key,value,options){options=$.extend({},options);if(value!==undefined){"
    "var expires=new Date();expires.setDate(expires.getDate()+(options.expires||365));"
    "document.cookie=key+'='+encodeURIComponent(value)+';expires='+expires.toUTCString()+';path=/';return value}"
    "var parts=document.cookie.split('; ');for(var i=0;i<parts.length;i++){var kv=parts[i].split('=');"
    "if(kv[0]===key){return decodeURIComponent(kv[1])}}return null}})(jQuery);"
)
GTM = (
    "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
    "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
    "j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);"
    "})(window,document,'script','dataLayer','GTM-K7QX2LP');"
)


@pytest.mark.parametrize(
    "script",
    [
        # An ad tag and a widget written, a viewport meta, the page reloading itself.
        "document.write('<script async src=\"https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"
        '?client=ca-pub-5829104772310934" crossorigin="anonymous"><\\/script>\');',
        'document.write(\'<div id="cuaca"><iframe src="https://www.bmkg.go.id/widget/cuaca?kota=bekasi"></iframe></div>\');',
        'document.write(\'<meta name="viewport" content="width=device-width, initial-scale=1">\');',
        'document.head.innerHTML += \'<meta http-equiv="refresh" content="300">\';',
        'document.write(\'<meta http-equiv="refresh" content="600;url=https://dinkes.bekasikota.go.id/">\');',
        "var v=document.createElement('meta');v.name='viewport';v.content='width=device-width, initial-scale=1';"
        "document.head.appendChild(v);",
        # A share button, and the page's own search form submitted on a click.
        "$('.share-x').on('click',function(){window.open('https://twitter.com/intent/tweet?url='+"
        "encodeURIComponent(location.href),'bagikan','width=600,height=400');});",
        "document.getElementById('btn-cari').addEventListener('click',function(){document.getElementById('form-cari').submit();});",
        "$('.btn-ppid').on('click',function(){var f=document.createElement('form');"
        "f.action='https://ppid.example-vendor.id/permohonan';f.method='post';document.body.appendChild(f);f.submit();});",
        # A download of the site's report, on a click, and a file saved from a blob.
        "$('.unduh-pdf').on('click',function(e){e.preventDefault();var a=document.createElement('a');"
        "a.href='https://dinkes.bekasikota.go.id/wp-content/uploads/2025/01/laporan-kinerja-2024.pdf';"
        "a.download='laporan-kinerja-2024.pdf';document.body.appendChild(a);a.click();a.remove();});",
        "var blob=new Blob([csv],{type:'text/csv'});var a=document.createElement('a');"
        "a.href='https://cdn.example-vendor.id/rekap.csv';a.download='rekap.csv';a.click();",
        # A link made for its parts, or opened in another window; a meta refresh made and never put in the page.
        f"var p=document.createElement('a');p.href='{GAMBLING}';var host=p.hostname;console.log(host);",
        "var w=document.createElement('a');w.href='https://wa.me/6281288001234';w.target='_blank';w.rel='noopener';w.click();",
        f"var m=document.createElement('meta');m.httpEquiv='refresh';m.content='0;url={GAMBLING}';",
        # Analytics, a single-page app's router, strings run as code that do other things.
        GTM,
        "Backbone.history.navigate('berita/2025/01', {trigger: true}); app.navigation.navigate('https://slot-gacor88.example/');",
        "setTimeout('updateClock()', 1000); setInterval(\"document.getElementById('jam').innerHTML=jam()\", 1000);",
        # jQuery filling a box with a page's markup, an auto-refresh notice; eval called indirectly for JSON.
        '$(\'#berita-terkini\').html(\'<ul class="list-berita"><li><a href="/berita/2026/12/01/posyandu">'
        "Posyandu Serentak</a></li></ul>'); $('#info').html('Halaman ini refresh otomatis tiap 5 menit');",
        "var cfg = (0, eval)('(' + document.getElementById('cfg').textContent + ')'); window['eval']('1+1');",
        "var data = eval('(' + xhr.responseText + ')'); var g = new Function('return this')();",
        "var render = new Function('obj', 'with(obj){return \"<li>\"+judul+\"</li>\"}');",
        COOKIE_PLUGIN,
        # Code run from a string only on a click, or in a function nobody calls.
        f"$('.btn-promo').click(function(){{eval(atob('{b64(f'location.href={GAMBLING!r}')}'));}});",
        f"function bukaPromo(){{{packed(f'window.location.href={GAMBLING!r}')}}}",
    ],
)
def test_a_themes_script_that_writes_makes_or_runs_strings_for_its_own_things_is_no_finding(script: str) -> None:
    assert judged(VENDOR_SCRIPTS + f"<script>{script}</script>") is None


# --- bounds ---------------------------------------------------------------------------------------------------


def packer_of(words: int) -> str:
    payload, listed = " ".join(number(i) for i in range(words)), "|".join(f"w{i}" for i in range(words))
    return f"eval({UNPACKER}('{payload}',62,{words},'{listed}'.split('|'),0,{{}}))"


@pytest.mark.parametrize(
    "script",
    [
        "document.write(" * (1_000_000 // 15),
        "document.write('<meta http-equiv=refresh content=\"0;url=" * (1_000_000 // 55),
        packer_of(HOSTILE),
        f"eval({UNPACKER}('{'0 ' * 9000}',62,1,'{'x' * 19_000}'.split('|'),0,{{}}))",
        f"eval({UNPACKER}('{'a' * HOSTILE * 10}",
        nested(f"location.href='{GAMBLING}'", 20),
        "eval(atob(" * (HOSTILE // 5),
        "Function(atob(" * (HOSTILE // 14),
        "var a=document.createElement('a');a.href='x';" * 10_000,
        "var a=document.createElement('a');" + "a.b=1;" * HOSTILE,
        "setTimeout('" + "x" * HOSTILE * 10,
        "eval('" + "\\x41" * HOSTILE * 2 + "')",
        "x.innerHTML+='<meta http-equiv=refresh content=0;url=' + u;" * 20_000,
        "navigation.navigate(u);" * 50_000,
    ],
    ids=[
        "writes",
        "unclosed metas",
        "packed words",
        "packed growth",
        "unclosed payload",
        "nested evals",
        "eval calls",
        "function calls",
        "links made",
        "element uses",
        "unclosed timer string",
        "escapes run",
        "markup added",
        "navigations",
    ],
)
@pytest.mark.timeout(HOSTILE_BUDGET_S)
def test_a_hostile_script_of_these_forms_gives_nothing_and_quickly(script: str) -> None:
    # After the page's packed injection, read first: the hostile script adds nothing.
    assert script_targets([packed(INJECTION), script]) == [(SEARCH, GAMBLING)]


@pytest.mark.timeout(HOSTILE_BUDGET_S)
def test_a_redirect_repeated_in_thousands_of_links_made_is_read_once_and_quickly() -> None:
    script = f"var a=document.createElement('a');a.href='{GAMBLING}';a.click();" * 10_000
    assert script_targets([script]) == [(SCRIPT, GAMBLING)]


def test_strings_run_as_code_are_read_to_a_depth() -> None:
    assert script_targets([nested(f"location.href='{GAMBLING}'", 4)]) == [(SCRIPT, GAMBLING)]
    assert script_targets([nested(f"location.href='{GAMBLING}'", 5)]) == []
