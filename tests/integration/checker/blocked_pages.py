"""Bot challenges, firewall blocks and rate limits as their vendors serve them, and the application's own refusals.

Each ``Shape`` is one answer: its status, its headers and its page as the vendor prints it, with
what the checker should tell of it (the vendor, a challenge or a block or a rate limit, the short
id quoted). The refusals of the application itself (nginx's and Apache's 403, a maintenance notice
with 503, nginx's limit_req with its default 503, a CDN's "the origin is down" page, Cloudflare's
429 for a site whose plan ran out) carry no vendor: they keep their HTTP reason. Shared by the
unit tests of ``core.blocked`` and the whole-check tests.
"""

# ruff: noqa: E501
# (the pages are kept as their vendors print them, long lines and all)

from __future__ import annotations

from dataclasses import dataclass, field

from stand_in_pages import LARAVEL_DOWN
from stand_in_pages_real_web import NAME, THEME_MAINTENANCE, department

CLIENT_IP = "203.0.113.7"  # the checker's address, as the block pages print it back
CF_RAY = "8e3f1b2c4d5a6978"


@dataclass(frozen=True)
class Shape:
    """One answer in the application's place; ``vendor`` is None for the application's own refusal.

    A rate limit that no page names (the site's own) has the vendor "".
    """

    id: str
    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)
    vendor: str | None = None
    challenge: bool = False
    reference: str | None = None  # the labelled id the detail quotes ("Ray ID …")
    limited: bool = False  # a rate limiter's 429


_CF_HEADERS = {
    "Server": "cloudflare",
    "CF-RAY": f"{CF_RAY}-CGK",
    "Cache-Control": "private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
    "Expires": "Thu, 01 Jan 1970 00:00:01 GMT",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "SAMEORIGIN",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_CF_STYLE = (
    "<style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;"
    'color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",'
    "Arial,sans-serif}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:"
    "8rem auto;max-width:60rem;padding-left:1.5rem}@media (width <= 720px){.main-content{margin-top:4rem}}.h2{"
    "font-size:1.5rem;font-weight:500;line-height:2.25rem}.footer{font-size:.75rem;line-height:1.125rem;margin:0 "
    "auto;max-width:60rem;padding-left:1.5rem;width:100%}.footer-inner{border-top:1px solid #d9d9d9;padding-bottom:"
    '1rem;padding-top:1rem}.clearfix:after{clear:both;content:"";display:table}.ray-id{text-align:center}'
    ".ray-id code{font-family:monaco,courier,monospace}.text-center{text-align:center}</style>"
)


def _cf_chl_opt(host: str, ray: str, kind: str) -> str:
    return (
        "<script>(function(){window._cf_chl_opt={cvId: '3',cZone: \""
        + host
        + "\",cType: '"
        + kind
        + "',cRay: '"
        + ray
        + "',cH: 'Xl1hV8dJ0u2cQ4Gm.KqLZ9yPs3rW6tB5vN7oE1fI-1733104691-1.2.1.1-q0Wc',cUPMDTk: \"\\/?__cf_chl_tk="
        "m4Rk2VdQ9eJ7Lp1xA8sC3uH6yN0gT5bZ-1733104691-1.0.1.1-7WfX\",cFPWv: 'g',cITimeS: '1733104691',cTTimeMs: "
        "'1000',cMTimeMs: '390000',cTplC: 0,cTplV: 5,cTplB: 'cf',cK: \"\",fa: \"\\/?__cf_chl_f_tk=m4Rk2VdQ9eJ7Lp1x"
        'A8sC3uH6yN0gT5bZ-1733104691-1.0.1.1-7WfX",md: "Hk3.9bQ_xZ1vR7mL0pW5sT2nC8dF4gJ6yE",cRq: {ru: '
        "'aHR0cHM6Ly9kaXNkdWtjYXBpbC5iZWthc2lrb3RhLmdvLmlkLw==',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: "
        "'Vq2k9TzR8wYb3nX1mC7dL0pF5sH4gJ6e',t: 'MTczMzEwNDY5MS4wMDAwMDA=',cT: Math.floor(Date.now() / 1000),m: "
        "'pW5sT2nC8dF4gJ6yE1vR7mL0',i1: 'QmFzZTY0SVY=',i2: 'SW5pdFZlY3Rvcg==',zh: 'Zm9vYmFy',uh: 'dWhoYXNo',hh: "
        "'aGhoYXNo'}};var cpo = document.createElement('script');cpo.src = "
        "'/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=" + ray + "';window._cf_chl_opt.cOgUHash = "
        "location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery"
        " = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length"
        ").indexOf('?') !== -1 ? '?' : location.search;if (window.history && window.history.replaceState) {var ogU = "
        "location.pathname + window._cf_chl_opt.cOgUQuery + window._cf_chl_opt.cOgUHash;history.replaceState(null, "
        'null, "\\/?__cf_chl_rt_tk=m4Rk2VdQ9eJ7Lp1xA8sC3uH6yN0gT5bZ-1733104691-1.0.1.1-7WfX" + '
        "window._cf_chl_opt.cOgUHash);cpo.onload = function() {history.replaceState(null, null, ogU);}}"
        "document.getElementsByTagName('head')[0].appendChild(cpo);}());</script>"
    )


def _cf_error_head(title: str) -> str:
    """Return the start of Cloudflare's error and block pages up to their stylesheet, under ``title``."""
    return f"""<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if IE 7]>    <html class="no-js ie7 oldie" lang="en-US"> <![endif]-->
<!--[if IE 8]>    <html class="no-js ie8 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>
<title>{title}</title>
<meta charset="UTF-8" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />"""


def _cf_error_footer(ray: str) -> str:
    """Return the foot of Cloudflare's error and block pages: the Ray ID, the visitor's address behind a button."""
    return f"""      <div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
        <p class="text-13">
          <span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">{ray}</strong></span>
          <span class="cf-footer-separator sm:hidden">&bull;</span>
          <span id="cf-footer-item-ip" class="cf-footer-item hidden sm:block sm:mb-1">
            Your IP:
            <button type="button" id="cf-footer-ip-reveal" class="cf-footer-ip-reveal-btn">Click to reveal</button>
            <span class="hidden" id="cf-footer-ip">{CLIENT_IP}</span>
            <span class="cf-footer-separator sm:hidden">&bull;</span>
          </span>
          <span class="cf-footer-item sm:block sm:mb-1"><span>Performance &amp; security by</span> <a rel="noopener noreferrer" href="https://www.cloudflare.com/5xx-error-landing" id="brand_link" target="_blank">Cloudflare</a></span>
        </p>
      </div><!-- /.error-footer -->"""


# Cloudflare's managed challenge since 2023: 403, cf-mitigated: challenge, a page that says nothing but
# "Enable JavaScript and cookies to continue" and loads the challenge platform.
CLOUDFLARE_MANAGED = Shape(
    "cloudflare-managed",
    403,
    '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" '
    'content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" '
    'content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1">'
    + _CF_STYLE
    + '<meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main">'
    '<div class="main-content"><noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and '
    "cookies to continue</span></div></noscript></div></div>"
    + _cf_chl_opt("disdukcapil.bekasikota.go.id", CF_RAY, "managed")
    + "</body></html>",
    {**_CF_HEADERS, "cf-mitigated": "challenge", "Permissions-Policy": "accelerometer=(),camera=(),microphone=()"},
    "Cloudflare",
    True,
    f"Ray ID {CF_RAY}",
)

# The 2022 interstitial, 503 before cf-mitigated existed: "Checking if the site connection is secure".
CLOUDFLARE_CHECKING = Shape(
    "cloudflare-checking",
    503,
    '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" '
    'content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow"><meta name="viewport" '
    'content="width=device-width,initial-scale=1"><link href="/cdn-cgi/styles/challenges.css" rel="stylesheet">'
    '</head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name'
    '-title h1"><img class="heading-favicon" src="/favicon.ico" alt="Icon for bapenda.bekasikota.go.id" '
    'onerror="this.onerror=null;this.parentNode.removeChild(this)">bapenda.bekasikota.go.id</h1><h2 id="challenge-'
    'running" class="h2">Checking if the site connection is secure</h2><noscript><div id="challenge-error-title">'
    '<div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="'
    'challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript><div id="trk_jschal'
    '_js" style="display:none;background-image:url(\'/cdn-cgi/images/trace/managed/nojs/transparent.gif?ray='
    '7a1b2c3d4e5f6a7b\')"></div><div id="challenge-body-text" class="core-msg spacer">bapenda.bekasikota.go.id '
    "needs to review the security of your connection before proceeding.</div></div></div>"
    + _cf_chl_opt("bapenda.bekasikota.go.id", "7a1b2c3d4e5f6a7b", "managed")
    + '<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper">'
    '<div class="ray-id">Ray ID: <code>7a1b2c3d4e5f6a7b</code></div></div><div class="text-center" id="footer-text">'
    'Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source='
    'challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>',
    {**_CF_HEADERS, "CF-RAY": "7a1b2c3d4e5f6a7b-SIN"},
    "Cloudflare",
    True,
    "Ray ID 7a1b2c3d4e5f6a7b",
)

CLOUDFLARE_BLOCKED_RAY = "8e3f1b2c4d5a6979"
# A WAF rule's block: "Attention Required! | Cloudflare", "Sorry, you have been blocked", the Ray ID at the foot.
CLOUDFLARE_BLOCKED = Shape(
    "cloudflare-blocked",
    403,
    f"""{_cf_error_head("Attention Required! | Cloudflare")}
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/cf.errors.css" />
<!--[if lt IE 9]><link rel="stylesheet" id='cf_styles-ie-css' href="/cdn-cgi/styles/cf.errors.ie.css" /><![endif]-->
<style>body{{margin:0;padding:0}}</style>
<script>
  if (!navigator.cookieEnabled) {{
    window.addEventListener('DOMContentLoaded', function () {{
      var cookieEl = document.getElementById('cookie-alert');
      cookieEl.style.display = 'block';
    }})
  }}
</script>
</head>
<body>
  <div id="cf-wrapper">
    <div class="cf-alert cf-alert-error cf-cookie-error" id="cookie-alert" data-translate="enable_cookies">Please enable cookies.</div>
    <div id="cf-error-details" class="cf-error-details-wrapper">
      <div class="cf-wrapper cf-header cf-error-overview">
        <h1 data-translate="block_headline">Sorry, you have been blocked</h1>
        <h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access</span> bekasikota.go.id</h2>
      </div><!-- /.header -->
      <div class="cf-section cf-highlight">
        <div class="cf-wrapper">
          <div class="cf-screenshot-container cf-screenshot-full">
            <span class="cf-no-screenshot error"></span>
          </div>
        </div>
      </div><!-- /.captcha-container -->
      <div class="cf-section cf-wrapper">
        <div class="cf-columns two">
          <div class="cf-column">
            <h2 data-translate="blocked_why_headline">Why have I been blocked?</h2>
            <p data-translate="blocked_why_detail">This website is using a security service to protect itself from online attacks. The action you just performed triggered the security solution. There are several actions that could trigger this block including submitting a certain word or phrase, a SQL command or malformed data.</p>
          </div>
          <div class="cf-column">
            <h2 data-translate="blocked_resolve_headline">What can I do to resolve this?</h2>
            <p data-translate="blocked_resolve_detail">You can email the site owner to let them know you were blocked. Please include what you were doing when this page came up and the Cloudflare Ray ID found at the bottom of this page.</p>
          </div>
        </div>
      </div><!-- /.section -->
{_cf_error_footer(CLOUDFLARE_BLOCKED_RAY)}
    </div><!-- /#cf-error-details -->
  </div><!-- /#cf-wrapper -->
  <script>
    window._cf_translation = {{}};
  </script>
</body>
</html>
""",
    {**_CF_HEADERS, "CF-RAY": f"{CLOUDFLARE_BLOCKED_RAY}-CGK"},
    "Cloudflare",
    False,
    f"Ray ID {CLOUDFLARE_BLOCKED_RAY}",
)

_SUCURI_HEADERS = {
    "Server": "Sucuri/Cloudproxy",
    "X-Sucuri-ID": "14013",
    "X-XSS-Protection": "1; mode=block",
    "X-Frame-Options": "SAMEORIGIN",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "upgrade-insecure-requests;",
}
SUCURI_BLOCKED = Shape(
    "sucuri-blocked",
    403,
    f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<link rel="stylesheet" href="https://cdn.sucuri.net/sucuri-firewall-block.css" />
<meta name="viewport" content="width=device-width, user-scalable=no, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0">
<title>Sucuri WebSite Firewall - Access Denied</title>
<link href="https://fonts.googleapis.com/css?family=Open+Sans:400,300,600,700" rel="stylesheet" type="text/css">
</head>
<body>
<div id="main-container">
<header class="app-header clearfix">
<div class="wrap">
<a href="https://www.sucuri.net/?utm_source=firewall_block" class="logo"></a>
<span class="logo-neartext">Website Firewall</span>
<a href="https://sucuri.net/?utm_source=firewall_block" class="site-link">Back to sucuri.net</a>
</div>
</header>
<section class="app-content access-denied clearfix"><div class="box center width-max-940"><h1 class="brand-font font-size-xtra no-margin"><i class="icon-circle-red"></i>Access Denied - Sucuri Website Firewall</h1>
<p class="medium-text code-snippet">If you are the site owner (or you manage this site), please whitelist your IP or if you think this block is an error please <a href="https://support.sucuri.net/?utm_source=firewall_block" class="color-green underline">open a support ticket</a> and make sure to include the block details (displayed in the box below), so we can assist you in troubleshooting the issue. </p><h2>Block details:
<table class="property-table overflow-break-all line-height-16">
<tr>
<td>Your IP:</td>
<td><span>{CLIENT_IP}</span></td>
</tr>
<tr><td>URL:</td>
<td><span>bappeda.bekasikota.go.id/</span></td>
</tr>
<tr>
<td>Your Browser: </td>
<td><span>Mozilla/5.0 (compatible; PantauChecker/1.0)</span></td>
</tr>
<tr><td>Block ID:</td>
<td><span>BNP005</span></td>
</tr>
<tr>
<td>Block reason:</td>
<td><span>Bad bot access attempt.</span></td>
</tr>
<tr>
<td>Time:</td>
<td><span>2026-12-02 01:58:11</span></td>
</tr>
<tr>
<td>Server ID:</td>
<td><span>14013</span></td></tr>
</table>
</h2></div>
</section>
<footer>
<span>&copy; 2026 Sucuri Inc. All rights reserved.</span>
<span id="privacy-policy"><a href="https://sucuri.net/privacy-policy?utm_source=firewall_block" target="_blank" rel="nofollow noopener">Privacy</a></span>
</footer>
</div>
</body>
</html>
""",
    _SUCURI_HEADERS,
    "Sucuri Website Firewall",
    False,
    "Block ID BNP005",
)

# Sucuri's JavaScript challenge: 200, a script that sets a cookie and reloads the page.
SUCURI_CHALLENGE = Shape(
    "sucuri-challenge",
    200,
    "<html><title>You are being redirected...</title>\n<noscript>Javascript is required. Please enable javascript "
    "before you are allowed to see this page.</noscript>\n<script>var s={},u,c,U,r,i,l=0,a,e=eval,w=String."
    "fromCharCode,sucuri_cloudproxy_js='',S='bz0nNicgKyAnYScuc2xpY2UoMCwxKSArICI0IiArICI1IiArICdkJyArICJlc3VjdXIiLmNoYX"
    "JBdCgwKSsiZiIgKyAnMicuc2xpY2UoMCwxKTtkb2N1bWVudC5jb29raWU9J3N1Y3VyaV9jbG91ZHByb3h5X3V1aWRfNGZkNjdiYjBjPScrbysnO3"
    "BhdGg9LzttYXgtYWdlPTg2NDAwJzsgbG9jYXRpb24ucmVsb2FkKCk7';L=S.length;U=0;r='';var A='ABCDEFGHIJKLMNOPQRSTUVWXYZabc"
    "defghijklmnopqrstuvwxyz0123456789+/';for(u=0;u<64;u++){s[A.charAt(u)]=u;}for(i=0;i<L;i++){c=s[S.charAt(i)];U="
    "(U<<6)+c;l+=6;while(l>=8){((a=(U>>>(l-=8))&0xff)||(i<(L-2)))&&(r+=w(a));}}e(r);</script></html>\n",
    {**_SUCURI_HEADERS, "X-Sucuri-ID": "17008", "Cache-Control": "no-cache, no-store"},
    "Sucuri Website Firewall",
    True,
)

# Imunify360's WebShield, on the cPanel servers of most Indonesian shared hosts: its JavaScript
# check for a greylisted address, and its anti-bot module's refusal.
IMUNIFY360_CHALLENGE = Shape(
    "imunify360-challenge",
    200,
    """<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="robots" content="noindex, nofollow">
    <title>One moment, please...</title>
    <style>
    body { background: #F6F7F8; color: #303131; font-family: sans-serif; margin-top: 45vh; text-align: center; }
    h1 { font-size: 20px; font-weight: normal; }
    </style>
</head>
<body>
    <h1>Please wait while your request is being verified...</h1>
    <form id="wsidchk-form" style="display:none;" action="/z0f76a1d14fd21a8fb5fd0d03e0fdc3d3cedae52f" method="GET">
    <input type="hidden" id="wsidchk" name="wsidchk"/>
    </form>
    <script>
    (function(){
        var west=+((+!+[]+!![]+!![]+!![])+(+!+[]+!![]+!![]+!![]+!![]+!![]+[])+(+!+[]+!![]+!![])),
            east=+((+!+[])+(+!+[]+!![]+!![]+!![]+!![]+[])+(+![]+[])),
            x=function(){try{return !!window.addEventListener;}catch(e){return !!0;} },
            y=function(y,z){x() ? document.addEventListener('DOMContentLoaded',y,z) : document.attachEvent('onreadystatechange',y);};
        y(function(){
            document.getElementById('wsidchk').value = west + east;
            document.getElementById('wsidchk-form').submit();
        }, false);
    })();
    </script>
</body>
</html>
""",
    {"Server": "imunify360-webshield/1.21", "Cache-Control": "no-cache, no-store, must-revalidate"},
    "Imunify360",
    True,
)
IMUNIFY360_BLOCKED = Shape(
    "imunify360-blocked",
    403,
    '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Access denied</title>\n</head>\n<body>\n'
    "<p>Access denied by Imunify360 bot-protection. IPs used for automation should be whitelisted</p>\n"
    "</body>\n</html>\n",
    {"Server": "imunify360-webshield/1.21"},
    "Imunify360",
    False,
)

DDOS_GUARD = Shape(
    "ddos-guard",
    403,
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>DDoS-Guard</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
html,body{height:100%;margin:0}body{background:#fff;color:#2b2b2b;font:15px/1.5 Arial,sans-serif}
#content{display:flex;flex-direction:column;justify-content:center;min-height:100%;text-align:center}
.footer{color:#9a9a9a;font-size:12px;padding:20px}
</style>
</head>
<body>
<div id="content">
<div class="wrap">
<h1 id="title">Checking your browser before accessing <span>kecamatan-bekasiutara.bekasikota.go.id</span></h1>
<p id="description">This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
</div>
<div class="footer"><a href="https://ddos-guard.net/" target="_blank" rel="noopener">DDoS protection by DDoS-Guard</a></div>
</div>
<script src="/.well-known/ddos-guard/js-challenge/index.js"></script>
</body>
</html>
""",
    {"Server": "ddos-guard", "Cache-Control": "no-store", "Set-Cookie": "__ddg1_=Rk3v9QmZ2Lx7; Path=/; HttpOnly"},
    "DDoS-Guard",
    True,
)

F5_SUPPORT_ID = "14687402939123456789"
# BIG-IP ASM's default blocking page, served with 200 unless the policy says otherwise.
F5_ASM = Shape(
    "f5-asm",
    200,
    "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with "
    f"your administrator.<br><br>Your support ID is: {F5_SUPPORT_ID}<br><br><a href='javascript:history.back();'>"
    "[Go Back]</a></body></html>",
    {"Cache-Control": "no-cache", "Pragma": "no-cache", "Set-Cookie": "TS01a2b3c4=01f3e6a9b2c4d5; Path=/"},
    "F5 BIG-IP ASM",
    False,
    f"support ID {F5_SUPPORT_ID}",
)

MODSECURITY_406 = Shape(
    "modsecurity-406",
    406,
    "<head><title>Not Acceptable!</title></head><body><h1>Not Acceptable!</h1><p>An appropriate representation of "
    "the requested resource could not be found on this server. This error was generated by Mod_Security.</p>"
    "</body></html>",
    {"Server": "Apache"},
    "ModSecurity",
    False,
)
MODSECURITY_403 = Shape(
    "modsecurity-403",
    403,
    """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>403 Forbidden</title>
</head><body>
<h1>Forbidden</h1>
<p>You don't have permission to access this resource.</p>
<p>The request was rejected by the server's security rules (mod_security).</p>
<hr>
<address>Apache Server at dpmptsp.bekasikota.go.id Port 443</address>
</body></html>
""",
    {"Server": "Apache"},
    "ModSecurity",
    False,
)

AKAMAI_REFERENCE = "18.5c3e1002.1733104691.2a6b9c1"
AKAMAI = Shape(
    "akamai",
    403,
    """<HTML><HEAD>
<TITLE>Access Denied</TITLE>
</HEAD><BODY>
<H1>Access Denied</H1>
\x20
You don't have permission to access "http&#58;&#47;&#47;portal&#46;bekasikota&#46;go&#46;id&#47;" on this server.<P>
Reference&#32;&#35;18&#46;5c3e1002&#46;1733104691&#46;2a6b9c1
<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;5c3e1002&#46;1733104691&#46;2a6b9c1</P>
</BODY>
</HTML>
""",
    {"Server": "AkamaiGHost", "Mime-Version": "1.0", "Content-Type": "text/html", "Cache-Control": "max-age=0"},
    "Akamai",
    False,
    f"Reference #{AKAMAI_REFERENCE}",
)

AWS_WAF_ALB = Shape(
    "aws-waf-alb",
    403,
    "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n"
    "</body>\r\n</html>\r\n",
    {"Server": "awselb/2.0"},
    "AWS WAF",
    False,
)
AWS_WAF_CLOUDFRONT = Shape(
    "aws-waf-cloudfront",
    403,
    """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>403 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
Request blocked.
We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.
<BR clear="all">
If you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.
<BR clear="all">
<HR noshade size="1px">
<PRE>
Generated by cloudfront (CloudFront)
Request ID: Qm3rQ0a8s1nT0d2Yk8oJ9pZtW5vX7cB4eF6gH1iL2mN3oP4qR5sT6u==
</PRE>
<ADDRESS>
</ADDRESS>
</BODY></HTML>""",
    {
        "Server": "CloudFront",
        "Content-Type": "text/html",
        "X-Cache": "Error from cloudfront",
        "Via": "1.1 5e1c2b3a4d.cloudfront.net (CloudFront)",
        "X-Amz-Cf-Pop": "CGK50-P1",
        "X-Amz-Cf-Id": "Qm3rQ0a8s1nT0d2Yk8oJ9pZtW5vX7cB4eF6gH1iL2mN3oP4qR5sT6u==",
    },
    "AWS WAF",
    False,
)
# AWS WAF's Challenge action: 202 with x-amzn-waf-action, an empty title and the token script.
AWS_WAF_CHALLENGE = Shape(
    "aws-waf-challenge",
    202,
    """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title></title>
    <style>
        body { font-family: "Arial"; }
        #loading-state { text-align: center; margin-top: 30vh; }
    </style>
    <script>
    window.awsWafCookieDomainList = [];
    window.gokuProps = {
        "key":"AQIDAHjcYu/GjX+QlghicBgQ/7bFaQZ+m5FKCMDnO+vTbNg96AFxYk2mZ9Qe3pL7r1sV0xTn",
        "iv":"D549wQFYsAAABLCA",
        "context":"p7X1exb3Qf0Zk9WmR2cL8vN5sT1yH4gJ6dE0aB"
    };
    </script>
    <script src="https://5c2a9e1f7b3d.ap-southeast-3.token.awswaf.com/5c2a9e1f7b3d/7e4b1c9a2d5f/challenge.js"></script>
</head>
<body>
    <div id="loading-state">Verifying your connection&hellip;</div>
    <script>
    AwsWafIntegration.saveReferrer();
    AwsWafIntegration.checkForceRefresh().then((forceRefresh) => {
        if (forceRefresh) {
            AwsWafIntegration.forceRefreshToken().then(() => { window.location.reload(true); });
        } else {
            AwsWafIntegration.getToken().then(() => { window.location.reload(true); });
        }
    });
    </script>
    <noscript><h1>JavaScript is disabled</h1>In order to continue, you need to verify that you're not a robot.</noscript>
</body>
</html>
""",
    {"x-amzn-waf-action": "challenge", "Cache-Control": "no-store, max-age=0"},
    "AWS WAF",
    True,
)

WORDFENCE = Shape(
    "wordfence",
    503,
    """<!DOCTYPE html>
<html>
<head>
	<meta charset="UTF-8">
	<title>Your access to this site has been limited by the site owner</title>
	<style>
	html{font-size:100%}body{background-color:#fff;color:#2d2d2d;font-family:Roboto,"Helvetica Neue",sans-serif}
	.container{max-width:800px;margin:0 auto;padding:2rem}.generated{color:#999;font-size:.8rem}
	</style>
</head>
<body>
<div class="container">
	<h1>Your access to this site has been limited by the site owner</h1>
	<p>Your access to this service has been limited. (HTTP response code 503)</p>
	<p>If you think you have been blocked in error, contact the owner of this site for assistance.</p>
	<div class="about">
		<h2 class="h3">Block Technical Data</h2>
		<table border="0" cellspacing="0" cellpadding="0">
			<tr><th class="reason">Block Reason:</th><td class="reason">Access from your area has been temporarily limited for security reasons.</td></tr>
			<tr><th class="time">Time:</th><td class="time">Wed, 2 Dec 2026 1:58:11 GMT</td></tr>
		</table>
	</div>
	<p class="generated"><em>Generated by Wordfence at Wed, 2 Dec 2026 1:58:11 GMT.<br>Your computer's time: <script>document.write(new Date().toUTCString());</script>.</em></p>
</div>
</body>
</html>
""",
    {"Server": "LiteSpeed", "Retry-After": "600", "X-Powered-By": "PHP/8.1.27"},
    "Wordfence",
    False,
)

# BitNinja, on several Indonesian shared hosts: its browser integrity check for a greylisted address.
BITNINJA = Shape(
    "bitninja",
    200,
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Browser Integrity Check</title>
<style>
body{{background:#f3f5f9;font-family:"Open Sans",Arial,sans-serif;color:#333}}
.box{{max-width:640px;margin:12vh auto;background:#fff;border-radius:6px;padding:32px;box-shadow:0 2px 8px rgba(0,0,0,.1)}}
.footer{{font-size:12px;color:#888;margin-top:24px}}
</style>
</head>
<body>
<div class="box">
<h1>This site is protected by BitNinja</h1>
<p>We have detected suspicious activity from your IP address ({CLIENT_IP}). Please wait while your browser is
checked; you will be redirected to the requested page in 5 seconds.</p>
<noscript><p>Please enable JavaScript to pass the browser integrity check.</p></noscript>
<div id="bic-progress"></div>
<p class="footer">Browser integrity check by <a href="https://bitninja.io/" rel="nofollow">BitNinja.IO</a> &middot; server security</p>
</div>
<script src="/.bitninja/bic.js?v=2.45"></script>
</body>
</html>
""",
    {"Cache-Control": "no-cache", "Server": "BitNinja Captcha Server"},
    "BitNinja",
    True,
)

FORTIWEB_ATTACK_ID = "20000051"
FORTIWEB = Shape(
    "fortiweb",
    403,
    f"""<html><head><title>Web Page Blocked</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="initial-scale=1.0">
<style>
body{{font-family:Helvetica,Arial,sans-serif;background:#f2f2f2}}.main{{margin:60px auto;width:70%;background:#fff;padding:24px}}
h1{{color:#c00;font-size:22px}}
</style></head>
<body><div class="main"><h1>Web Page Blocked!</h1>
<p>The page cannot be displayed. Please contact the administrator for additional information.</p>
<p>URL: sipd.bekasikota.go.id/</p>
<p>Client IP: {CLIENT_IP}</p>
<p>Attack ID: {FORTIWEB_ATTACK_ID}</p>
<p>Message ID: 000000118972</p>
</div></body></html>
""",
    {},
    "FortiWeb",
    False,
    f"Attack ID {FORTIWEB_ATTACK_ID}",
)

# FortiGate's web filter on the checker's own network, as FortiOS 7 prints its replacement message: a
# department's site it rates "Gambling" (most likely injected with gambling spam), with 403.
FORTIGATE_WEB_FILTER = Shape(
    "fortigate-web-filter",
    403,
    f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Web Filter Violation</title>
<style>body{{margin:0;font:1.2em "Segoe UI",Arial,sans-serif;background:#e8e8e8}}.inner{{max-width:800px;margin:5% auto;
background:#fff;padding:20px 40px}}h1{{font-size:1.6em;color:#c4161c}}table{{margin-top:20px}}td{{padding:4px 10px}}</style>
</head><body><div class="inner"><h1>Web Page Blocked</h1>
<p>You have tried to access a web page which is in violation of your internet usage policy.</p>
<table><tr><td><b>URL</b></td><td>simpeg.bekasikota.go.id/</td></tr>
<tr><td><b>Category</b></td><td>Gambling</td></tr>
<tr><td><b>User name</b></td><td></td></tr><tr><td><b>Group name</b></td><td></td></tr>
<tr><td><b>Client IP</b></td><td>{CLIENT_IP}</td></tr></table>
<p>To have the rating of this web page re-evaluated <a href="https://www.fortiguard.com/faq/wfratingsubmit">please
click here</a>.</p></div></body></html>
""",
    {"Content-Type": "text/html; charset=UTF-8"},
    "FortiGate",
    False,
    "kategori Gambling",
)
# The same filter's page under an older FortiOS, served with 200, for a category a policy refuses.
FORTIGATE_WEB_FILTER_200 = Shape(
    "fortigate-web-filter-200",
    200,
    """<html><head><title>Web Filter Violation</title></head><body><div class="main"><h2>Web Page Blocked!</h2>
<p>You have tried to access a web page which is in violation of your internet usage policy.</p>
<p>URL: e-arsip.bekasikota.go.id/</p><p>Category: Newly Observed Domain</p>
<p>To have the rating of this web page re-evaluated please click here.</p></div></body></html>
""",
    {},
    "FortiGate",
    False,
    "kategori Newly Observed Domain",
)

# --- the country's block list: an Internet provider's landing page for a site on TRUST+ Positif ---------

# A fixed-line provider's landing page ("Internet Positif"), served with 200 in the site's place.
INTERNET_POSITIF = Shape(
    "internet-positif",
    200,
    """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Internet Positif</title><link rel="icon" href="/assets/img/favicon.png">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/lamanlabuh.css">
</head><body class="bg-light"><div class="container py-5">
<header class="text-center mb-4"><img src="/assets/img/logo-internet-positif.png" alt="Internet Positif" height="64">
</header><main class="card shadow-sm mx-auto" style="max-width:720px"><div class="card-body p-4">
<h1 class="h3 text-danger">Mohon Maaf</h1>
<p>Situs yang Anda tuju tidak dapat diakses karena terindikasi memuat konten negatif yang melanggar peraturan
perundang-undangan.</p>
<p>Apabila Anda merasa situs ini seharusnya dapat diakses, silakan ajukan permohonan normalisasi melalui
<a href="https://aduankonten.id">aduankonten.id</a> atau surel ke aduankonten@komdigi.go.id.</p>
</div></main>
<footer class="text-center small text-muted mt-4">Internet Sehat, Internet Positif &middot; Kementerian Komunikasi
dan Digital Republik Indonesia</footer></div>
<script src="/assets/js/jquery.min.js"></script></body></html>
""",
    {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"},
    "Komdigi",
)
# A mobile operator's landing page, with 403, naming the block list and the regulation.
INTERNET_BAIK = Shape(
    "internet-baik",
    403,
    """<html><head><meta name="viewport" content="width=device-width"><title>Internet BAIK</title>
<style>body{font-family:Helvetica,Arial,sans-serif;text-align:center;color:#333}h2{color:#e0001b}</style></head>
<body><img src="/img/internetbaik.png" alt="Internet BAIK" width="200"><h2>Situs ini diblokir</h2>
<p>Akses ke situs ini diblokir karena tercantum dalam daftar TRUST+ Positif, sesuai Peraturan Menteri Komunikasi dan
Informatika Nomor 5 Tahun 2020.</p><p>Informasi lebih lanjut: <a href="https://aduankonten.id">aduankonten.id</a></p>
</body></html>
""",
    {"Content-Type": "text/html"},
    "Komdigi",
)
LISTED = (INTERNET_POSITIF, INTERNET_BAIK)

# --- rate limiters: a 429, with its Retry-After when the limiter sends one ----------------------------

CF_1015_RAY = "8e3f1b2c4d5a6981"
# Cloudflare's rate limiting rule: 429, its 1xxx error page "Error 1015 You are being rate limited".
CLOUDFLARE_1015 = Shape(
    "cloudflare-1015",
    429,
    f"""{_cf_error_head("Access denied | disdukcapil.bekasikota.go.id used Cloudflare to restrict access")}
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />
</head>
<body>
<div id="cf-wrapper">
  <div class="cf-alert cf-alert-error cf-cookie-error hidden" id="cookie-alert" data-translate="enable_cookies">Please enable cookies.</div>
  <div id="cf-error-details" class="p-0">
    <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-15 antialiased">
      <h1 class="inline-block md:block mr-2 md:mb-2 font-light text-60 md:text-3xl text-black-dark leading-tight">
        <span data-translate="error">Error</span>
        <span>1015</span>
      </h1>
      <span class="inline-block md:block heading-ray-id font-mono text-15 lg:text-sm lg:leading-relaxed">Ray ID: {CF_1015_RAY} &bull;</span>
      <span class="inline-block md:block heading-ray-id font-mono text-15 lg:text-sm lg:leading-relaxed">2026-12-02 01:58:11 UTC</span>
      <h2 class="text-gray-600 leading-1.3 text-3xl lg:text-2xl font-light">You are being rate limited</h2>
    </header>
    <section class="w-240 lg:w-full mx-auto mb-8 lg:px-8">
      <div id="what-happened-section" class="w-1/2 md:w-full">
        <h2 class="text-3xl leading-tight font-normal mb-4 text-black-dark antialiased" data-translate="what_happened">What happened?</h2>
        <p>The owner of this website (disdukcapil.bekasikota.go.id) has banned you temporarily from accessing this website.</p>
      </div>
    </section>
{_cf_error_footer(CF_1015_RAY)}
    <script>(function(){{function d(){{var b=a.getElementById("cf-footer-item-ip"),c=a.getElementById("cf-footer-ip-reveal");b&&"classList"in b&&(b.classList.remove("hidden"),c.addEventListener("click",function(){{c.classList.add("hidden");a.getElementById("cf-footer-ip").classList.remove("hidden")}}))}}var a=document;document.addEventListener&&a.addEventListener("DOMContentLoaded",d)}})();</script>
  </div>
</div>
</body>
</html>
""",
    {**_CF_HEADERS, "CF-RAY": f"{CF_1015_RAY}-CGK", "Content-Type": "text/html; charset=UTF-8"},
    "Cloudflare",
    False,
    f"Ray ID {CF_1015_RAY}",
    limited=True,
)

_NGINX_429 = (
    "<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n<center><h1>429 Too Many Requests"
    "</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"
)
# nginx's own page for limit_req_status 429, with the Retry-After its server block adds (add_header … always).
NGINX_429 = Shape("nginx-429", 429, _NGINX_429, {"Server": "nginx/1.24.0", "Retry-After": "120"}, "nginx", limited=True)

# Laravel's throttle middleware: its "429 | Too Many Requests" view, Retry-After and the rate limit headers.
LARAVEL_429 = Shape(
    "laravel-429",
    429,
    LARAVEL_DOWN.replace("Service Unavailable", "Too Many Requests").replace(">503<", ">429<"),
    {
        "Server": "nginx",
        "Cache-Control": "no-cache, private",
        "Retry-After": "60",
        "X-RateLimit-Limit": "60",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "1796176751",
        "Set-Cookie": "laravel_session=eyJpdiI6IlF3ZXJ0eSIsInZhbHVlIjoiIn0%3D; path=/; httponly; samesite=lax",
    },
    "",
    limited=True,
)

# A WordPress security plugin's throttle: wp_die() with 429 and a Retry-After as a date.
WORDPRESS_429 = Shape(
    "wordpress-429",
    429,
    """<!DOCTYPE html>
<html lang="id">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>Terlalu Banyak Permintaan &lsaquo; Dinas Kesehatan Kota Bekasi</title>
	<style type="text/css">
	html { background: #f1f1f1; }
	body { background: #fff; border: 1px solid #ccd0d4; color: #444; font-family: -apple-system, sans-serif; margin: 2em auto; padding: 1em 2em; max-width: 700px; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><h1>Terlalu banyak permintaan</h1><p>Alamat IP Anda mengirim terlalu banyak permintaan dalam waktu singkat dan untuk sementara dibatasi. Silakan coba lagi beberapa menit lagi.</p></div>
</body>
</html>
""",
    {"Server": "Apache", "Retry-After": "Wed, 02 Dec 2026 02:08:11 GMT", "X-Powered-By": "PHP/8.1.27"},
    "",
    limited=True,
)

# The vendor's own 429 view in the department's theme (Laravel's errors/429.blade.php), no Retry-After.
THEMED_429 = Shape(
    "themed-429",
    429,
    department(
        main="""<article class="page"><h2 class="entry-title">429 &ndash; Terlalu Banyak Permintaan</h2>
<p>Mohon maaf, permintaan dari perangkat Anda terlalu sering. Tunggu sebentar, lalu muat ulang halaman ini.</p>
<p><a class="btn btn-primary" href="/">Kembali ke Beranda</a></p></article>"""
    ),
    {"Server": "nginx", "Cache-Control": "no-cache, private"},
    "",
    limited=True,
)

# A bare 429 with no page at all: a gateway's limiter in front of the application.
BARE_429 = Shape("bare-429", 429, "", {"Content-Type": "text/plain"}, "", limited=True)

IMPERVA_INCIDENT = "727000380078215396-291133045082669317"
# Imperva (Incapsula) before a ministry-hosted application: its challenge, a frame over the window
# that loads its CAPTCHA, served with 200 and no title.
IMPERVA_CHALLENGE = Shape(
    "imperva-challenge",
    200,
    f"""<html style="height:100%"><head><META NAME="ROBOTS" CONTENT="NOINDEX, NOFOLLOW"><meta name="format-detection" content="telephone=no"><meta name="viewport" content="initial-scale=1.0"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"></head><body style="margin:0px;height:100%"><iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=24&xinfo=5-54041350-0%200NNN%20RT%281764730800391%20197%29%20q%280%20-1%20-1%20-1%29%20r%280%20-1%29&incident_id={IMPERVA_INCIDENT}&edet=12&cinfo=0e000000&rpinfo=0" frameborder=0 width="100%" height="100%" marginheight="0px" marginwidth="0px">Request unsuccessful. Incapsula incident ID: {IMPERVA_INCIDENT}</iframe></body></html>""",
    {"X-Iinfo": "5-54041350-0 0NNN RT(1764730800391 197) q(0 -1 -1 -1) r(0 -1)", "X-CDN": "Imperva"},
    "Imperva",
    True,
    f"Incident ID {IMPERVA_INCIDENT}",
)

IMPERVA_BLOCK_INCIDENT = "571000110012345678-120554786930376211"
# Its WAF's block page (Error 15: a rule matched), with 403.
IMPERVA_BLOCKED = Shape(
    "imperva-blocked",
    403,
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Access denied</title>
<style>
body{{font-family:"Segoe UI",Arial,sans-serif;background:#fff;color:#404040;margin:0}}
.error-header{{background:#f5f5f5;padding:40px 10%}}.error-header h1{{font-size:44px;font-weight:300;margin:0}}
.error-body{{padding:20px 10%}}.info-row{{font-size:14px;line-height:24px}}
</style>
</head>
<body>
<div class="error-header">
  <h1>Access denied</h1>
  <p class="error-code">Error 15</p>
  <p class="error-host">sipd.bekasikota.go.id</p>
  <p class="error-time">2026-12-03 03:00:41 UTC</p>
</div>
<div class="error-body">
  <h2>What happened?</h2>
  <p>This request was blocked by our security service</p>
  <div class="info-row">Your IP: {CLIENT_IP}</div>
  <div class="info-row">Proxy IP: 45.60.12.34 (ID 10571-100)</div>
  <div class="info-row">Incident ID: {IMPERVA_BLOCK_INCIDENT}</div>
</div>
<footer><p>Powered by <a href="https://www.imperva.com/" target="_blank" rel="noopener">Imperva</a></p></footer>
</body>
</html>
""",
    {"X-Iinfo": "13-110554786-0 0NNN RT(1764730841000 0) q(0 -1 -1 -1) r(0 -1) B15(4,200,0)", "X-CDN": "Imperva"},
    "Imperva",
    False,
    f"Incident ID {IMPERVA_BLOCK_INCIDENT}",
)

# Anubis (Techaro), put before a department's portal against the scrapers of AI companies: a proof
# of work in the browser, with 200.
ANUBIS = Shape(
    "anubis",
    200,
    """<!doctype html>
<html lang="en">
<head>
<title>Making sure you&#39;re not a bot!</title>
<link rel="stylesheet" href="/.within.website/x/xess/xess.min.css?cachebuster=v1.21.3">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="noindex,nofollow">
<style>body,html{height:100%;display:flex;justify-content:center;align-items:center;margin-left:auto;margin-right:auto}.centered-div{text-align:center}#status{font-variant-numeric:tabular-nums}</style>
<script id="anubis_version" type="application/json">"v1.21.3"</script>
<script id="anubis_challenge" type="application/json">{"rules":{"algorithm":"fast","difficulty":4,"report_as":4},"challenge":"9f1c2e4b7a6d5c3e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6"}</script>
<script id="anubis_base_prefix" type="application/json">""</script>
</head>
<body id="top">
<main>
<h1 id="title" class="centered-div">Making sure you&#39;re not a bot!</h1>
<div class="centered-div">
<img id="image" style="width:100%;max-width:256px;" src="/.within.website/x/cmd/anubis/static/img/pensive.webp?cacheBuster=v1.21.3">
<p id="status">Loading...</p>
<script async type="module" src="/.within.website/x/cmd/anubis/static/js/main.mjs?cacheBuster=v1.21.3"></script>
<div id="progress" role="progressbar" aria-labelledby="status"><div class="bar-inner"></div></div>
<details>
<summary>Why am I seeing this?</summary>
<p>You are seeing this because the administrator of this website has set up Anubis to protect the server against the scourge of AI companies aggressively scraping websites.</p>
</details>
<noscript><p>Sadly, you must enable JavaScript to get past this challenge.</p></noscript>
</div>
<footer><div class="centered-div"><p>Protected by <a href="https://github.com/TecharoHQ/anubis">Anubis</a> From <a href="https://techaro.lol">Techaro</a>. Made with ❤️ in 🇨🇦.</p></div></footer>
</main>
</body>
</html>
""",
    {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"},
    "Anubis",
    True,
)

# Vercel's Security Checkpoint before a vendor's Next.js application: a challenge served with 429.
VERCEL_CHECKPOINT = Shape(
    "vercel-checkpoint",
    429,
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vercel Security Checkpoint</title><style>html{height:100%}body{margin:0;height:100%;display:flex;align-items:center;justify-content:center;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",sans-serif;background:#000;color:#ededed}.card{max-width:380px;text-align:center}.spinner{margin:24px auto;width:24px;height:24px}</style></head><body><div class="card"><div class="spinner"></div><h1>We&#39;re verifying your browser</h1><p>Website owner? Click <a href="https://vercel.link/security-checkpoint">here</a> to fix</p><noscript>Enable JavaScript to continue</noscript></div><script src="/.well-known/vercel/security/static/challenge.v2.min.js" async></script></body></html>""",
    {"x-vercel-mitigated": "challenge", "x-vercel-id": "sin1::lpqbd-1764730841000-7f3a9c2e1b4d", "Server": "Vercel"},
    "Vercel Firewall",
    True,
)

# Azure Front Door's WAF refusing the checker (a custom rule on its address range), with 403.
AZURE_FRONT_DOOR = Shape(
    "azure-front-door",
    403,
    """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>Web App - Unavailable</title>
<style type="text/css">html{height:100%;width:100%}body{background:#efefef;font-family:"Segoe UI",Tahoma,sans-serif}#main{padding-top:8%;text-align:center}h2{font-size:34px;font-weight:300;color:#333}</style>
</head>
<body>
<div id="main"><h2>The request is blocked.</h2><p>0LM0wZwAAAAD3x9HkKx1RR6mP9cW0gA3oU0lOMjIxMDYwNjEzMDQ3ADlkNGMxNzdmLTg0ZmUtNGE4Yy1hOTQ3LTk2ZjZjNTQ4Y2YxYQ==</p></div>
</body>
</html>
""",
    {"x-azure-ref": "20261203T030041Z-17c8f5c9d5dkq7x4hC1SINmf2c00000001qg000000004t5a", "X-Cache": "CONFIG_NOCACHE"},
    "Azure Front Door",
    False,
)

# Azure Application Gateway's WAF (OWASP rules), its own 403 page.
AZURE_APPLICATION_GATEWAY = Shape(
    "azure-application-gateway",
    403,
    """<html>
<head><title>403 Forbidden</title></head>
<body>
<center><h1>403 Forbidden</h1></center>
<hr><center>Microsoft-Azure-Application-Gateway/v2</center>
</body>
</html>
""",
    {"Server": "Microsoft-Azure-Application-Gateway/v2"},
    "Azure Application Gateway",
    False,
)

RATE_LIMITED = (CLOUDFLARE_1015, NGINX_429, LARAVEL_429, WORDPRESS_429, THEMED_429, BARE_429)

BLOCKED = (
    CLOUDFLARE_MANAGED,
    CLOUDFLARE_CHECKING,
    CLOUDFLARE_BLOCKED,
    SUCURI_BLOCKED,
    SUCURI_CHALLENGE,
    IMUNIFY360_CHALLENGE,
    IMUNIFY360_BLOCKED,
    DDOS_GUARD,
    F5_ASM,
    MODSECURITY_406,
    MODSECURITY_403,
    AKAMAI,
    AWS_WAF_ALB,
    AWS_WAF_CLOUDFRONT,
    AWS_WAF_CHALLENGE,
    WORDFENCE,
    BITNINJA,
    FORTIWEB,
    FORTIGATE_WEB_FILTER,
    FORTIGATE_WEB_FILTER_200,
    IMPERVA_CHALLENGE,
    IMPERVA_BLOCKED,
    ANUBIS,
    VERCEL_CHECKPOINT,
    AZURE_FRONT_DOOR,
    AZURE_APPLICATION_GATEWAY,
    *RATE_LIMITED,
)

# --- the application's own refusals: they keep their HTTP reason ----------------------------------

NGINX_403 = Shape(
    "nginx-403",
    403,
    "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n"
    "<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n",
    {"Server": "nginx/1.24.0"},
)
APACHE_403 = Shape(
    "apache-403",
    403,
    """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>403 Forbidden</title>
</head><body>
<h1>Forbidden</h1>
<p>You don't have permission to access this resource.</p>
<hr>
<address>Apache/2.4.58 (Ubuntu) Server at simpeg.bekasikota.go.id Port 80</address>
</body></html>
""",
    {"Server": "Apache/2.4.58 (Ubuntu)"},
)
IIS_403 = Shape(
    "iis-403",
    403,
    """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>403 - Forbidden: Access is denied.</title>
<style type="text/css">
body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
#header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;font-family:"trebuchet MS", Verdana, sans-serif;color:#FFF;
background-color:#555555;}
</style>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>403 - Forbidden: Access is denied.</h2>
  <h3>You do not have permission to view this directory or page using the credentials that you supplied.</h3>
 </fieldset></div>
</div>
</body>
</html>
""",
    {"Server": "Microsoft-IIS/10.0", "X-Powered-By": "ASP.NET"},
)
# The origin's own 403 through Cloudflare: Cloudflare's headers, nothing of its challenge.
ORIGIN_403_THROUGH_CLOUDFLARE = Shape(
    "origin-403-via-cloudflare",
    403,
    NGINX_403.body,
    {**_CF_HEADERS, "CF-Cache-Status": "DYNAMIC"},
)
WORDPRESS_MAINTENANCE = Shape(
    "wordpress-maintenance",
    503,
    """<!DOCTYPE html>
<html lang="id">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>Pemeliharaan</title>
	<style type="text/css">
	html { background: #f1f1f1; }
	body { background: #fff; border: 1px solid #ccd0d4; color: #444; font-family: -apple-system, sans-serif; margin: 2em auto; padding: 1em 2em; max-width: 700px; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><h1>Untuk sementara tidak tersedia karena sedang dalam perawatan terjadwal. Silakan kembali dalam semenit.</h1></div>
</body>
</html>
""",
    {"Server": "Apache", "Retry-After": "600", "X-Powered-By": "PHP/8.1.27"},
)
THEMED_MAINTENANCE = Shape(
    "themed-maintenance",
    503,
    department(main=THEME_MAINTENANCE.format(name=NAME)),
    {"Server": "nginx", "Retry-After": "3600"},
)
CLOUDFLARE_521 = Shape(
    "cloudflare-521",
    521,
    f"""<!DOCTYPE html>
<html class="no-js" lang="en-US">
<head>
<title>dishub.bekasikota.go.id | 521: Web server is down</title>
<meta charset="UTF-8" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />
</head>
<body>
<div id="cf-wrapper">
  <div id="cf-error-details" class="p-0">
    <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">
      <h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl text-black-dark leading-tight mr-2">
        <span class="inline-block">Web server is down</span>
        <span class="code-label">Error code 521</span>
      </h1>
      <div>Visit <a href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_521&amp;utm_campaign=dishub.bekasikota.go.id" target="_blank" rel="noopener noreferrer">cloudflare.com</a> for more information.</div>
    </header>
    <div class="w-240 lg:w-full mx-auto mb-8 lg:px-8">
      <div class="clearfix">
        <div class="w-1/2 md:w-full float-left pr-6 md:pb-10 md:pr-0 leading-relaxed">
          <h2 class="text-3xl font-normal leading-1.3 mb-4">What happened?</h2>
          <p>The web server is not returning a connection. As a result, the web page is not displaying.</p>
        </div>
        <div class="w-1/2 md:w-full float-left leading-relaxed">
          <h2 class="text-3xl font-normal leading-1.3 mb-4">What can I do?</h2>
          <h3 class="text-15 font-semibold mb-2">If you are a visitor of this website:</h3>
          <p class="mb-6">Please try again in a few minutes.</p>
          <h3 class="text-15 font-semibold mb-2">If you are the owner of this website:</h3>
          <p><span>Contact your hosting provider letting them know your web server is not responding.</span></p>
        </div>
      </div>
    </div>
    <div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
      <p class="text-13">
        <span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">{CF_RAY}</strong></span>
        <span class="cf-footer-separator sm:hidden">&bull;</span>
        <span class="cf-footer-item sm:block sm:mb-1"><span>Performance &amp; security by</span> <a rel="noopener noreferrer" href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_521&amp;utm_campaign=dishub.bekasikota.go.id" id="brand_link" target="_blank">Cloudflare</a></span>
      </p>
    </div>
  </div>
</div>
</body>
</html>
""",
    _CF_HEADERS,
)
SUCURI_502 = Shape(
    "sucuri-502",
    502,
    """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<link rel="stylesheet" href="https://cdn.sucuri.net/sucuri-firewall-block.css" />
<title>Sucuri WebSite Firewall - Unable to connect to the origin</title>
</head>
<body>
<div id="main-container">
<section class="app-content clearfix"><div class="box center width-max-940"><h1 class="brand-font font-size-xtra no-margin">Error 502 - Bad Gateway</h1>
<p class="medium-text code-snippet">The Sucuri Website Firewall is not able to connect to the origin server (hosting) of this site.
If you are the site owner, please check that your hosting server is up and accepting connections.</p>
</div></section>
</div>
</body>
</html>
""",
    _SUCURI_HEADERS,
)
CLOUDFRONT_504 = Shape(
    "cloudfront-504",
    504,
    AWS_WAF_CLOUDFRONT.body.replace("403 ERROR", "504 Gateway Timeout ERROR").replace(
        "Request blocked.\n",
        "CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin "
        "closed the connection.\n",
    ),
    {k: v for k, v in AWS_WAF_CLOUDFRONT.headers.items()},
)
AKAMAI_503 = Shape(
    "akamai-503",
    503,
    "<HTML><HEAD><TITLE>Service Unavailable</TITLE></HEAD><BODY><H1>Service Unavailable - Zero size object</H1>"
    "The server is temporarily unable to service your request.  Please try again later.<P>\nReference&#32;&#35;15"
    "&#46;5c3e1002&#46;1733104691&#46;2a6b9c1\n</BODY></HTML>\n",
    {"Server": "AkamaiGHost", "Content-Type": "text/html"},
)

# nginx's limit_req with its default status: a 503 like any site that is down, and taken for one.
NGINX_LIMIT_REQ_503 = Shape(
    "nginx-limit-req-503",
    503,
    "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service "
    "Temporarily Unavailable</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n",
    {"Server": "nginx/1.24.0"},
)
# Cloudflare's 1027: the site's Workers plan ran out and every visitor gets 429, not only the checker.
CLOUDFLARE_1027 = Shape(
    "cloudflare-1027",
    429,
    f"""<!doctype html>
<html class="no-js" lang="en-US">
<head>
<title>This website has been temporarily rate limited | layanan.bekasikota.go.id | Cloudflare</title>
<meta charset="UTF-8" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/cf.errors.css" />
</head>
<body>
<div id="cf-wrapper">
  <div id="cf-error-details" class="cf-error-details-wrapper">
    <div class="cf-wrapper cf-header cf-error-overview">
      <h1><span class="cf-error-type" data-translate="please check back later">Please check back later</span></h1>
      <h2 class="cf-subheadline">Error 1027</h2>
    </div>
    <div class="cf-section cf-wrapper">
      <p><strong>This website has been temporarily rate limited</strong></p>
      <p class="cf-error-description">You cannot access this site because the owner has reached their plan limits. Check back later once traffic has gone down.</p>
      <p class="cf-error-description">If you are owner of this website, prevent this from happening again by upgrading your plan on the <a href="https://dash.cloudflare.com/?account=workers/plans" target="_blank">Cloudflare Workers dashboard</a>.</p>
    </div>
    <div class="cf-error-footer cf-wrapper">
      <p><span class="cf-footer-item">Cloudflare Ray ID: {CF_RAY}</span> <span class="cf-footer-separator">&bull;</span>
      <span class="cf-footer-item">2026-12-02 01:58:11 UTC</span> <span class="cf-footer-separator">&bull;</span>
      <span class="cf-footer-item"><span>Runs on </span><a rel="noopener noreferrer" href="https://workers.cloudflare.com?utm_source=error_footer" id="brand_link" target="_blank">Cloudflare Workers</a></span></p>
    </div>
  </div>
</div>
</body>
</html>
""",
    {**_CF_HEADERS, "Content-Type": "text/html"},
)

# Azure App Service's own page for a web app its owner stopped: the application's refusal, no WAF's.
AZURE_APP_STOPPED = Shape(
    "azure-app-stopped",
    403,
    """<!DOCTYPE html><html><head><title>Web App - Unavailable</title>
<style type="text/css">body{font-family:"Segoe UI",Tahoma,sans-serif;background:#fff}.main{margin:10% auto;width:60%}</style></head>
<body><div class="main"><h1>Error 403 - This web app is stopped.</h1>
<p>The web app you have attempted to reach is currently stopped and does not accept any requests. Please try
to reload the page or visit it again soon.</p><p>If you are the web app administrator, please find the common
403 error scenarios and resolution <a href="https://go.microsoft.com/fwlink/?linkid=2095007">here</a>.</p></div></body></html>""",
    {
        "x-azure-ref": "20261203T030041Z-17c8f5c9d5dkq7x4hC1SINmf2c00000001qg000000004t5b",
        "Server": "Microsoft-IIS/10.0",
    },
)
OWN_REFUSALS = (
    AZURE_APP_STOPPED,
    NGINX_403,
    APACHE_403,
    IIS_403,
    ORIGIN_403_THROUGH_CLOUDFLARE,
    CLOUDFLARE_521,
    SUCURI_502,
    CLOUDFRONT_504,
    AKAMAI_503,
    NGINX_LIMIT_REQ_503,
    CLOUDFLARE_1027,
)
# The application's own maintenance notice, served with 503 as WordPress and a department's theme serve it.
OWN_MAINTENANCE = (WORDPRESS_MAINTENANCE, THEMED_MAINTENANCE)

# --- the application's own pages that use a protection's words or sit behind one ------------------

_JSD = (
    "<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement"
    "('script');d.innerHTML=\"window.__CF$cv$params={r:'8e3f1b2c4d5a6980',t:'MTczMzEwNDY5MS4wMDAwMDA='};var a="
    "document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document"
    ".getElementsByTagName('head')[0].appendChild(a);\";b.getElementsByTagName('head')[0].appendChild(d)}}if("
    "document.body){var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style"
    ".top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);c()}})();"
    "</script>"
)
_MENU = (
    '<nav class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Beranda</a></li><li><a href="'
    '/profil/">Profil</a></li><li><a href="/layanan/">Layanan</a></li><li><a href="/berita/">Berita</a></li><li>'
    '<a href="/ppid/">PPID</a></li><li><a href="/kontak/">Kontak</a></li></ul></nav>'
)
_RELATED = "".join(
    f'<li><a href="/berita/{slug}/">{title}</a> <span class="posted-on">{day} November 2026</span></li>'
    for slug, title, day in (
        ("literasi-digital-kecamatan", "Literasi Digital untuk Kader Kecamatan", 28),
        ("sertifikat-tls-situs-opd", "Seluruh Situs OPD Kini Memakai Sertifikat TLS", 24),
        ("pelatihan-admin-web", "Pelatihan Admin Web Perangkat Daerah Angkatan III", 19),
    )
)
# Diskominfo's article on the Cloudflare check, on its own site behind Cloudflare (its script at the end).
ARTICLE_ON_THE_CHALLENGE = Shape(
    "article-on-the-challenge",
    200,
    f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mengapa Muncul Halaman Captcha &#8220;Just a moment...&#8221;? &#8211; Diskominfo Kota Bekasi</title>
<link rel="stylesheet" href="/wp-content/themes/opd/style.css?ver=2.3.1">
</head>
<body class="post-template-default single single-post">
<header class="site-header"><p class="site-title"><a href="/">Diskominfo Kota Bekasi</a></p>{_MENU}</header>
<main id="main" class="site-main">
<article class="post type-post status-publish">
<h1 class="entry-title">Mengapa Muncul Halaman Captcha &#8220;Just a moment...&#8221;?</h1>
<div class="entry-meta"><span class="posted-on">30 November 2026</span> oleh Admin Diskominfo</div>
<div class="entry-content">
<p>Sejak situs pemerintah kota dilindungi Cloudflare, sebagian warga melihat halaman bertuliskan
&#8220;Checking if the site connection is secure&#8221; sebelum situs terbuka. Halaman itu memeriksa
peramban Anda; tunggu beberapa detik dan situs akan tampil.</p>
<p>Bila muncul &#8220;Sorry, you have been blocked&#8221;, catat Ray ID di bagian bawah halaman dan
laporkan ke Diskominfo melalui layanan pengaduan.</p>
</div>
</article>
<aside class="widget"><h2 class="widget-title">Berita Terkait</h2><ul>{_RELATED}</ul></aside>
</main>
<footer class="site-footer"><p>&copy; 2026 Dinas Komunikasi dan Informatika Kota Bekasi. Jl. Jend. A. Yani No. 1, Bekasi.</p></footer>
{_JSD}
</body>
</html>
""",
    {**_CF_HEADERS, "CF-Cache-Status": "DYNAMIC"},
)
# A small application's login page under a security word in its title.
LOGIN_WITH_CAPTCHA = Shape(
    "login-with-captcha",
    200,
    f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Login dengan Captcha &ndash; SIMPEG Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/adminlte.min.css">
</head>
<body class="hold-transition login-page">
<header>{_MENU}</header>
<div class="login-box">
<div class="login-logo"><a href="/"><b>SIMPEG</b> Kota Bekasi</a></div>
<div class="card"><div class="card-body login-card-body">
<p class="login-box-msg">Masuk untuk memulai sesi Anda</p>
<form action="/login" method="post">
<input type="text" class="form-control" name="nip" placeholder="NIP">
<input type="password" class="form-control" name="password" placeholder="Kata sandi">
<img src="/captcha/default?k=8c1f" alt="captcha"><input type="text" name="captcha" placeholder="Kode captcha">
<button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>
<h2>Pengumuman</h2><ul>{_RELATED}</ul>
</div></div>
</div>
<footer class="main-footer"><strong>&copy; 2026 BKPSDM Kota Bekasi.</strong> Sistem Informasi Manajemen Kepegawaian.</footer>
</body>
</html>
""",
    {"Server": "nginx", "Set-Cookie": "ci_session=9f2c1a; path=/; HttpOnly"},
)
# Diskominfo's page on reporting gambling sites to the block list: its own words, under its own title.
REPORTING_GUIDE = Shape(
    "reporting-guide",
    200,
    """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Lapor Konten Negatif | Diskominfostandi Kota
Bekasi</title></head><body><nav><a href="/">Beranda</a> <a href="/layanan">Layanan</a> <a href="/kontak">Kontak</a></nav>
<main><h1>Lapor Konten Negatif</h1><p>Temukan situs judi online? Laporkan ke aduankonten.id agar situs tersebut
diblokir melalui TRUST+ Positif. Situs pemerintah yang tersisipi judi online segera kami bersihkan.</p>
<form action="/lapor" method="post"><label>Alamat situs</label><input name="url"><button>Kirim</button></form></main>
<footer>&copy; 2026 Diskominfostandi Kota Bekasi</footer></body></html>
""",
)
# A small page of the application behind Imperva, which adds its script to every page it serves.
IMPERVA_HEALTHY = Shape(
    "imperva-healthy",
    200,
    """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<script type="text/javascript" src="/_Incapsula_Resource?SWJIYLWA=719d34d31c8e3a6e6fffd425f7e032f3"></script></head>
<body><div class="login-box"><img src="/img/logo-bekasi.png" alt="Logo Kota Bekasi"><h2>SIMPEG Kota Bekasi</h2>
<form method="post" action="/login"><label>NIP</label><input name="nip"><label>Kata Sandi</label>
<input type="password" name="password"><button type="submit">Masuk</button></form>
<p class="small">&copy; 2026 BKPSDM Kota Bekasi &middot; Incident? Hubungi helpdesk 112</p></div></body></html>""",
    {"X-Iinfo": "4-8843021-8843022 NNNN CT(0 0 0) RT(1764730841000 12) q(0 0 0 -1) r(1 1) U5", "X-CDN": "Imperva"},
)
# A Next.js application on Vercel, answering as itself.
VERCEL_HEALTHY = Shape(
    "vercel-healthy",
    200,
    """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title></title><script src="/_next/static/chunks/main-app.js" async></script></head><body><div id="__next"></div></body></html>""",
    {"x-vercel-id": "sin1::iad1::lpqbd-1764730841000-7f3a9c2e1b4d", "x-vercel-cache": "HIT", "Server": "Vercel"},
)

APP_PAGES = (ARTICLE_ON_THE_CHALLENGE, LOGIN_WITH_CAPTCHA, REPORTING_GUIDE, IMPERVA_HEALTHY, VERCEL_HEALTHY)
