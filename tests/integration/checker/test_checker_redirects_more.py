"""Script redirects split over the page's scripts and obfuscated, through a whole check.

A real HTTP server on 127.0.0.1 answers the department page; the injection keeps the address in an
obfuscator's string array in the head and uses it in the footer, only for search engines' robots, or
sets it with jQuery for visitors from a search engine. The theme's own scripts use the same forms
(``$(location).attr``, ``window['location']``) for a language switcher and a share button. No Kafka,
no PostgreSQL.
"""

from __future__ import annotations

from checker_servers import Reply, make_checker
from test_checker_redirects import (
    BUILDING_THEME,
    BUILT_ENCODED,
    BUILT_GAMBLING,
    SEARCH_REDIRECT,
    SHARE,
    app,
    check,
    hijacks,
)
from vendor_pages import Site, department_page

# The theme's language switcher and "back to top" link: jQuery and quoted names, on the site itself.
SWITCHER = """<script>
  jQuery(function ($) {
    var bahasa = localStorage.getItem('bahasa');
    if (bahasa === 'en' && location.pathname.indexOf('/en/') !== 0) {
      $(location).attr('href', '/en' + location.pathname);
    }
    $('#bahasa').on('change', function () { $(location).attr('href', '/' + this.value + '/'); });
    $('.ke-atas').attr('href', window['location']['pathname'] + '#atas');
  });
</script>"""
# What the attacker adds: the address and the names it needs in a string array in the head ...
ARRAY_IN_HEAD = f"""<script>
var _0x3e1f=['{BUILT_ENCODED}','location','href','userAgent'];
</script>"""
# ... and the redirect, for search engines' robots only, in the footer.
FOR_ROBOTS_IN_FOOTER = """<script>
(function(){if(/bot|google|baidu|bing|yandex/i.test(navigator[_0x3e1f[0x3]])){window[_0x3e1f[0x1]][_0x3e1f[0x2]]=atob(_0x3e1f[0x0]);}}());
</script>"""
CODES = ", ".join(str(ord(c)) for c in BUILT_GAMBLING)
# Or the numbers of the address in one script and jQuery's redirect for search engines' visitors in another.
CODES_IN_HEAD = f"<script>var _0x9a = [{CODES}];</script>"
JQUERY_FROM_SEARCH = """<script>
  var ref = document.referrer;
  if (ref.indexOf('google.') > -1 || ref.indexOf('bing.') > -1) {
    $(location).attr('href', String.fromCharCode.apply(null, _0x9a));
  }
</script>"""


def test_an_obfuscated_redirect_for_search_engines_robots_split_over_two_scripts_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    body_end = BUILDING_THEME + SWITCHER + FOR_ROBOTS_IN_FOOTER
    site.route("*", "/", Reply(200, department_page(Site(head=ARRAY_IN_HEAD, body_end=body_end))))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    [hijack] = hijacks(event)
    assert (hijack.severity, hijack.category, hijack.location) == ("kritis", "keamanan", "script")
    assert hijack.evidence == f"{SEARCH_REDIRECT} {BUILT_GAMBLING}"


def test_a_jquery_redirect_of_char_codes_kept_in_an_earlier_script_is_a_critical_hijack_unlike_the_switcher(site):  # type: ignore[no-untyped-def]
    checker, spec = make_checker(site.port), app(site.port)
    site.route("*", "/", Reply(200, department_page(Site(head=CODES_IN_HEAD, body_end=SHARE + SWITCHER))))
    assert check(checker, spec).findings == ()
    page = department_page(Site(head=CODES_IN_HEAD, body_end=SHARE + SWITCHER + JQUERY_FROM_SEARCH))
    site.route("*", "/", Reply(200, page))
    [hijack] = hijacks(check(checker, spec))
    assert (hijack.severity, hijack.location) == ("kritis", "script")
    assert hijack.evidence == f"{SEARCH_REDIRECT} {BUILT_GAMBLING}"
