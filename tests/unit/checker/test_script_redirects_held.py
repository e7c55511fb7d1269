"""Script redirects whose address the injection holds in an object, a template literal or a function's parameter.

Hijacked department sites carry the gambling address in a kit's config object (``var c = {u: "…"}``, read as
``c.u`` or ``c["u"]``), in a template literal with ``${…}`` (``https://${d}/daftar``) or as the argument of a
function called where it is written (``(function (u) {…})("https://…")``); each is read as the literal form
it stands for is, with the same kind and the same address. The other forms the injections use (bracket
access, ``document.location``, a loop, a timer's string, a function called at once, a meta refresh written)
were read before and stay read. What may have changed the value since, a parameter of the same name, a click
handler, or a script loaded by ``document.write`` (no navigation: its code is not the page's) give nothing.
"""

from __future__ import annotations

import pytest
from pantau_testing import HOSTILE_BUDGET_S
from unit.checker.test_script_redirects_built import GAMBLING, HOSTILE, SLOT_B64, VENDOR_SCRIPTS, b64, judged

from pantau_checker.core.script_redirects import MOBILE, SCRIPT, SEARCH, script_targets

HOST, PATH = "slot-gacor88.example", "/daftar?ref=dinkes"  # GAMBLING's
FROM_SEARCH = "var ref = document.referrer;\nif (/google|bing|yahoo/i.test(ref)) {{\n  {}\n}}"
FROM_PHONE = "if (/Android|iPhone|iPad/i.test(navigator.userAgent)) {{\n  {}\n}}"


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        # The address kept in an object literal, read by property.
        (f'var c={{u:"{GAMBLING}"}}; window.location.href=c.u;', SCRIPT),
        (f'var c = {{"u": "{GAMBLING}"}};\nlocation.replace(c["u"]);', SCRIPT),
        (
            f"const cfg = {{ delay: 1500, 'target': atob('{SLOT_B64}'), on: true }};\nlocation.href = cfg['target'];",
            SCRIPT,
        ),
        (f'var _k = {{a: {{b: "{GAMBLING}"}}}};\ntop.location = _k.a.b;', SCRIPT),
        (f'var c = {{h: "{HOST}"}};\nlocation.href = "https://" + c.h + "{PATH}";', SCRIPT),
        (f'var c = {{}};\nc.u = "{GAMBLING}";\nlocation.assign(c.u);', SCRIPT),
        (f'var c = {{u: "https://dinkes.bekasikota.go.id/"}};\nc.u = "{GAMBLING}";\nlocation.href = c.u;', SCRIPT),
        (f'var c = {{u: "{GAMBLING[::-1]}"}};\nlocation.href = c.u.split("").reverse().join("");', SCRIPT),
        (
            "var cfg = {\n  init: function () { return 1; },\n  list: [1, 2, {x: 'y'}],\n"
            f'  tujuan: "{GAMBLING}" // alamat\n}};\nsetTimeout(function () {{ location.href = cfg.tujuan; }}, 3000);',
            SCRIPT,
        ),
        # The address kept in an array, joined or indexed (read before; kept read).
        (f'var a = ["htt", "ps://", "{HOST}", "{PATH}"];\nlocation.replace(a.join(""));', SCRIPT),
        (f'var a = ["x", "{GAMBLING}"];\nlocation.href = a[1];', SCRIPT),
        # Template literals: with `${}` read as what they hold, and without.
        (f'var d = "{HOST}";\nlocation.href = `https://${{d}}{PATH}`;', SCRIPT),
        (f"location.href = `https://${{'{HOST}'}}{PATH}`;", SCRIPT),
        (f'var c = {{h: "{HOST}"}};\nlocation.href = `https://${{c.h}}{PATH}`;', SCRIPT),
        (f'var d = "{HOST}";\nlocation.replace(`${{`https://${{d}}`}}{PATH}`);', SCRIPT),
        (f'location.href = `https://${{atob("{b64(HOST)}")}}{PATH}`;', SCRIPT),
        (f"location.href = `{GAMBLING}`;", SCRIPT),
        # A function called where it is written, handed the address.
        (f'(function (u) {{ location.href = u; }})("{GAMBLING}");', SCRIPT),
        (
            "(function (w, u) { w.setTimeout(function () { location.replace(u); }, 2000); })"
            f'(window, "{GAMBLING}");',
            SCRIPT,
        ),
        (f'!function (u) {{ window.location.href = u; }}(atob("{SLOT_B64}"));', SCRIPT),
        (f'(function (u) {{ top.location = u; }}("{GAMBLING}"));', SCRIPT),
        (f'((u) => {{ location.href = u; }})("{GAMBLING}");', SCRIPT),
        (f'(function (u) {{ location.href = u; }}).call(this, "{GAMBLING}");', SCRIPT),
        (f'(function (d) {{ location.href = `https://${{d}}{PATH}`; }})("{HOST}");', SCRIPT),
        # With a test around them.
        (FROM_SEARCH.format(f'var c = {{u: "{GAMBLING}"}}; window.location.href = c.u;'), SEARCH),
        (FROM_SEARCH.format(f'var d = "{HOST}"; location.href = `https://${{d}}{PATH}`;'), SEARCH),
        (
            "(function (u) {\n"
            + FROM_SEARCH.format("setTimeout(function () { location.replace(u); }, 1500);")
            + f'\n}})(atob("{SLOT_B64}"));',
            SEARCH,
        ),
        (FROM_PHONE.format(f'var c = {{u: "{GAMBLING}"}}; location.href = c["u"];'), MOBILE),
    ],
)
def test_an_address_held_in_an_object_a_template_or_a_parameter_is_read_with_its_kind(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


def test_an_object_given_in_an_earlier_script_is_read_where_a_later_one_reads_its_property() -> None:
    scripts = [f'var _cfg = {{u: "{GAMBLING}", t: 2000}};', "gtag('js', new Date());", "location.href = _cfg.u;"]
    assert script_targets(scripts) == [(SCRIPT, GAMBLING)]


@pytest.mark.parametrize(
    ("held", "literal"),
    [
        (
            f'var c = {{u: "https://{HOST}/?r="}}; location.href = c.u + document.referrer;',
            f'location.href = "https://{HOST}/?r=" + document.referrer;',
        ),
        (
            f"location.href = `https://{HOST}/?r=${{document.referrer}}`;",
            f'location.href = "https://{HOST}/?r=" + document.referrer;',
        ),
        (
            "var d = location.host; location.href = `https://${d}/beranda`;",
            'location.href = "https://" + location.host;',
        ),
        (f"location.href = ` {GAMBLING}\\n`;", f'location.href = " {GAMBLING}\\n";'),
        (f"(function (u) {{ location.href = u; }})('//{HOST}/');", f"location.href = '//{HOST}/';"),
    ],
)
def test_a_held_address_comes_out_as_its_literal_form_does(held: str, literal: str) -> None:
    assert script_targets([held]) == script_targets([literal])


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        (f'window["location"]["href"] = "{GAMBLING}";', SCRIPT),
        (f"top['location'] = '{GAMBLING}';", SCRIPT),
        (f'self.location.assign("{GAMBLING}");', SCRIPT),
        (f'document.location = "{GAMBLING}";', SCRIPT),
        (f'for (var i = 0; i < 1; i++) {{ location.href = "{GAMBLING}"; }}', SCRIPT),
        (f"setTimeout(\"location.href='{GAMBLING}'\", 1000);", SCRIPT),
        (f'(function () {{ window.location.href = "{GAMBLING}"; }})();', SCRIPT),
        (f'document.write(\'<meta http-equiv="refresh" content="0;url={GAMBLING}">\');', SCRIPT),
    ],
)
def test_the_forms_read_before_stay_read(script: str, kind: str) -> None:
    assert script_targets([script]) == [(kind, GAMBLING)]


@pytest.mark.parametrize(
    "script",
    [
        # Given another value in a way not read, or perhaps not: the literal no longer says what it holds.
        f'var c = {{u: "{GAMBLING}"}};\nc[k] = tujuan;\nlocation.href = c.u;',
        f'var c = {{u: "{GAMBLING}"}};\nObject.assign(c, opsi);\nlocation.href = c.u;',
        f'var c = {{u: "https://dinkes.bekasikota.go.id/"}};\nif (x) {{ c.u = "{GAMBLING}"; }}\nlocation.href = c.u;',
        f'var c = {{a: {{b: "{GAMBLING}"}}}};\nc.a = lain;\nlocation.href = c.a.b;',
        f'var c = {{u: "{GAMBLING}", ...opsi}};\nlocation.href = c.u;',
        f'var c = {{u: "{GAMBLING}", get u() {{ return x; }}}};\nlocation.href = c.u;',
        # What the property is made into, or an object not written as a literal.
        f'var c = {{u: "{GAMBLING}"}};\nlocation.href = c.u.replace("slot", "x");',
        "var c = JSON.parse(atob(s));\nlocation.href = c.u;",
        # A parameter of the same name, or one of a function not called where it is written.
        f'var c = {{u: "{GAMBLING}"}};\nsetTimeout(function (c) {{ location.href = c.u; }}, 9);',
        f'var u = "{GAMBLING}";\nfunction pergi(u) {{ location.href = u; }}\npergi(tujuan);',
        f'var e = "{GAMBLING}";\ntry {{ mulai(); }} catch (e) {{ location.href = e; }}',
        f'foo(function (u) {{ location.href = u; }})("{GAMBLING}");',
        f'(function (u) {{ if (a) {{ u = "/"; }} location.href = u; }})("{GAMBLING}");',
        "(function (w, u) { location.href = u; })(window);",
        # A template whose host is the page's own, or unknown.
        "location.href = `https://${location.host}/beranda`;",
        "location.href = `https://${merek}.example/`;",
        # On a click.
        f'var c = {{u: "{GAMBLING}"}};\n$(".promo").on("click", function () {{ location.href = c.u; }});',
        f'(function (u) {{ $(".promo").on("click", function () {{ location.href = u; }}); }})("{GAMBLING}");',
        # A script loaded by what document.write writes: the page loads it, nothing sends the browser away.
        "document.write('<script src=\"https://cdn-brand.example/x.js\"></script>');",
    ],
)
def test_an_address_that_may_not_be_the_one_held_or_no_navigation_gives_nothing(script: str) -> None:
    assert script_targets([script]) == []


@pytest.mark.parametrize(
    "script",
    [
        # A theme's config objects and templates for other uses, and its own pages.
        "var wpApiSettings = {root: 'https://dinkes.bekasikota.go.id/wp-json/', nonce: 'a1b2c3'};\n"
        "fetch(`${wpApiSettings.root}wp/v2/posts?per_page=5`);",
        "var bagikan = {fb: 'https://www.facebook.com/sharer/sharer.php?u=', wa: 'https://wa.me/?text='};\n"
        "$('.share-fb').click(function () { window.open(bagikan.fb + encodeURIComponent(location.href), 'fb'); });\n"
        "$('.share-wa').on('click', function () {\n"
        "  location.href = `${bagikan.wa}${encodeURIComponent(document.title)}`;\n});",
        "var situs = {beranda: '/beranda/', kota: 'https://www.bekasikota.go.id/'};\n"
        "if (location.pathname === '/') { location.replace(situs.beranda); }",
        "(function (u) {\n  if (location.hash === '#lama') { location.replace(u + location.hash.slice(1)); }\n"
        "})('/arsip/');",
    ],
)
def test_a_themes_objects_and_templates_for_its_own_things_are_no_finding(script: str) -> None:
    assert judged(VENDOR_SCRIPTS + f"<script>{script}</script>") is None


def test_an_address_held_in_an_object_leads_to_a_critical_finding() -> None:
    script = f'<script>var _c = {{t: "{HOST}"}}; window.location.href = `https://${{_c.t}}{PATH}`;</script>'
    found = judged(VENDOR_SCRIPTS + script)
    assert found is not None
    assert (found.code, found.severity, found.location) == ("pengalihan_asing", "kritis", "script")
    assert found.evidence == f"skrip halaman mengalihkan pengunjung ke {GAMBLING}"


@pytest.mark.parametrize(
    "script",
    [
        "var c={" + "a:1," * HOSTILE + f'u:"{GAMBLING}"}};location.href=c.u;',
        "var c={u:" + "[" * HOSTILE + "};location.href=c.u;",
        f'var c={{u:"{GAMBLING}"}};location.href=c' + ".u" * HOSTILE,
        "x={};" * (HOSTILE // 5) + "location.href=x.u;" * 3000,
        "".join(f'var o{i}={{u:o{i - 1}.u+"x"}};' for i in range(1, 5000)) + "location.href=o4999.u;",
        "location.href=`" + "${" * HOSTILE,
        "location.href=`" + '${"a"}' * HOSTILE + "`",
        "(function(u){" * (HOSTILE // 13) + "location.href=u",
        "(function(u){" + "{}" * HOSTILE + f'location.href=u}})("{GAMBLING}")',
        "(function(u,v){location.href=v})(" + "[" * HOSTILE + ")",
    ],
    ids=[
        "properties",
        "brackets",
        "keys",
        "objects",
        "chained objects",
        "substitutions",
        "many substitutions",
        "nested functions",
        "blocks",
        "arguments",
    ],
)
@pytest.mark.timeout(HOSTILE_BUDGET_S)
def test_a_hostile_object_template_or_function_gives_nothing_and_quickly(script: str) -> None:
    assert script_targets([script]) == []
