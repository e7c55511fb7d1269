"""A protection in the application's place: a bot challenge, a web application firewall or a rate limiter answered.

A department's site behind Cloudflare, Sucuri, Imunify360, Imperva, Anubis, LiteSpeed's reCAPTCHA, aaPanel's
firewall and the like may answer the checker, and not a browser, with a challenge ("Just a moment...") or a
block page: the site works, the checker cannot see it. Only a vendor's own marks tell it (a header such as
``cf-mitigated``, its page's title, its challenge script, its reference id), never the status alone: a plain 403 of
nginx or Apache, a 503 maintenance notice, a CDN's "origin is down" page (Cloudflare 521/522,
Sucuri's 502) are the application's own answer and keep their reason.

A rate limiter is the one protection that the status alone tells. 429 Too Many Requests (RFC 6585)
is a server that is up refusing this client's rate, and only that: an application that is down
answers 5xx or nothing, never 429. So a 429 is a rate limit with a page or without one, and its
detail quotes the ``Retry-After``; a retry at once would only count against the same limit
(``availability.worth_retrying``). Its page names the limiter when it can (Cloudflare's "Error
1015 You are being rate limited" with its Ray ID, nginx's own page, the page of a vendor above);
else the limiter is the site's own (limit_req under a custom page, Laravel's throttle, a WordPress
plugin's ``wp_die``). One 429 turns everyone away, not the checker: Cloudflare's 1027, "This
website has been temporarily rate limited", when the site's plan ran out; it keeps its HTTP
reason. A 503 is never taken for a rate limit: nginx's ``limit_req`` answers 503 by default, but
so does every site that is down.

The country's block list may answer for a site too: an Internet provider's landing page for a site
on TRUST+ Positif ("Internet Positif"), which no one in Indonesia can open; the detail says to look for
gambling pages and to ask Komdigi to lift the block once they are gone (``diblokir_daftar_blokir``).
A landing page is a notice with a link or two: the site's own 404 under its menu, listing its news on the
block list, is the site's.

The checker's own network may refuse a site too: FortiGate's web filter answers with its page and
the site's FortiGuard category, and a department's site rated "Gambling" there has most likely been
injected with gambling spam; the detail says to look.

A 200 challenge (Sucuri's, Imunify360's, LiteSpeed's, F5's rejection) is small and names itself in its title:
a 200 answer is read further only when it is small and its title is one of theirs or it has none
(Imperva's challenge, a frame over the window), so a healthy check pays a length test and a title
read (about 2 µs; the title is sought past an inlined critical stylesheet). An error status is read whole (its
first ``_HEAD`` bytes). A vendor's page is a bare notice (no menu, a link or two): where its words could be quoted
by a department's page (a helpdesk's FAQ, its 404's sidebar, a footer's badge), the rule asks for that too.
The detail quotes nothing of the page but a short id (a Ray ID, a support ID)
that the vendor's support asks for, and a limiter's ``Retry-After`` only as seconds or a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from html import unescape

from .dates import wib_date

_TOO_MANY_REQUESTS = 429
_HEAD = 16_384  # the vendors' marks sit near the start: titles, scripts, the reference line
_SMALL = 32_768  # the largest 2xx answer read for a challenge (theirs are a few kilobytes)
# The titles of the 200 challenge and block pages (Imunify360, Sucuri, F5, DDoS-Guard, BitNinja, LiteSpeed…), in
# lower case: a 200 answer is read further only under one of them, so a healthy page costs a title.
_OK_TITLES = re.compile(
    rb"one moment, please|you are being redirected|request rejected|ddos-guard|bitninja|just a moment"
    rb"|captcha|security check|browser integrity|access denied|web filter violation|web page blocked"
    rb"|internet ?positif|internet ?baik|trust\+? ?positif|laman ?labuh|diblokir|tidak dapat diakses"
    rb"|not a bot|security checkpoint|bot verification|pardon our interruption|request blocked"
    rb"|tidak bisa diakses|access blocked"
)
# A provider titles its landing page "Peringatan" too, but so does a CSIRT's warning or a department's notice: under
# that title alone a page is read further only when it carries the provider's own marks (its host, its name).
_WARNING_TITLE = b"peringatan"
_PROVIDER_MARKS = re.compile(
    rb"internetpositif|trustpositif|internetbaik|telkom|indihome|indosat|smartfren|xl ?axiata|biznet|first ?media"
    rb"|myrepublic|iconnet",
    re.IGNORECASE,
)
# A vendor's page is a notice: no site menu, a link or two ("[Go Back]", the vendor's site). A department's page
# quoting a vendor's words (a helpdesk's FAQ, its own 404 listing one, a footer badge) sits under its menu.
_NOTICE_LINKS_MAX = 3


@dataclass(frozen=True)
class Protection:
    """Which protection answered, whether it asks a browser to prove itself or refuses, its reference."""

    vendor: str  # "" for a rate limiter that no page names: the site's own
    challenge: bool  # a challenge a browser passes (anti-bot); else a refusal (a WAF's rule, a rate limit)
    reference: str | None = None  # a short id from the vendor ("Ray ID 8c1f…"), labelled
    where: str = ""  # where the allowance is made, when not at the vendor's own console
    limited: bool = False  # a rate limiter's 429: the checker asked too often, no rule refused it
    retry_after: str | None = None  # the limiter's Retry-After as an official reads it ("60 detik")
    what: str = ""  # what kind of protection, where neither a challenge nor a WAF ("filter web jaringan")
    # The country's block list answered: the site is out of everyone's reach, not the checker's alone.
    listed: bool = False

    @property
    def detail(self) -> str:
        """Return what an official reads: what blocked the checker, and what to do."""
        if self.limited:
            return self._limited_detail()
        if self.listed:
            return (
                f"diblokir {self.vendor} {self.what}: situs tidak dapat dibuka dari internet Indonesia, "
                "baik oleh masyarakat maupun pemeriksa Pantau; periksa judi online atau konten terlarang lain "
                "di situs, bersihkan, lalu ajukan normalisasi ke Komdigi (aduankonten.id)"
            )
        what = self.what or ("tantangan anti-bot" if self.challenge else "firewall aplikasi web (WAF)")
        ref = f" ({self.reference})" if self.reference else ""
        where = self.where or f"di {self.vendor}"
        return (
            f"diblokir {what} {self.vendor}{ref}; situs mungkin berjalan di peramban, tetapi pemeriksa "
            f"Pantau tidak dapat melihatnya: izinkan alamat IP dan user-agent pemeriksa Pantau {where}"
        )

    def _limited_detail(self) -> str:
        who = f" {self.vendor}" if self.vendor else ""
        ref = f" ({self.reference})" if self.reference else ""
        wait = f" (Retry-After: {self.retry_after})" if self.retry_after else ""
        where = self.where or f"di {self.vendor}"
        return (
            f"diblokir pembatas laju permintaan (rate limit){who}{ref}: situs membatasi permintaan pemeriksa Pantau"
            f"{wait}; izinkan alamat IP dan user-agent pemeriksa Pantau {where}"
        )


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: Mapping[str, str]  # names in lower case
    head: bytes  # the body's start, in lower case

    @property
    def server(self) -> str:
        """The Server header in lower case; searched, not compared: a proxy may list its own before it."""
        return self.headers.get("server", "").lower()

    def has(self, *marks: bytes) -> bool:
        return any(mark in self.head for mark in marks)


def recognise(status: int, headers: Mapping[str, str], body: bytes) -> Protection | None:
    """Return the protection that answered in the application's place, if one did.

    ``headers`` is case-insensitive (httpx's) or has its names in lower case.
    """
    if status < 400 and not _may_challenge(status, body):
        return None
    answer = _Answer(status, {k.lower(): v for k, v in headers.items()}, body[:_HEAD].lower())
    if status == _TOO_MANY_REQUESTS:
        return _rate_limit(answer)
    return _vendor(answer)


def _vendor(answer: _Answer) -> Protection | None:
    for vendor in _VENDORS:
        found = vendor(answer)
        if found is not None:
            return found
    return None


def _may_challenge(status: int, body: bytes) -> bool:
    """Tell whether a 2xx or 3xx answer may be a challenge; a 200 under another title is not (the cheap test)."""
    if len(body) > _SMALL:
        return False
    if status != 200:  # AWS WAF's challenge answers 202: rare enough to read whole
        return True
    title = _title(body)
    # Imperva's challenge has no title: a small page without one is rare enough to read whole.
    if title == _WARNING_TITLE:
        return _PROVIDER_MARKS.search(body) is not None
    return not title or _OK_TITLES.search(title) is not None


def _title(body: bytes) -> bytes:
    """Return the title's text in lower case, b"" when there is none or it is empty.

    Sought in the whole (small) body: an inlined critical stylesheet (Autoptimize, LiteSpeed Cache) puts
    kilobytes before the title of a healthy page, and a page taken for untitled would be read whole.
    """
    start = body.find(b"<title")
    if start < 0:
        start = body.find(b"<TITLE")
    close = body.find(b">", start, start + 200) if start >= 0 else -1
    end = body.find(b"</", close, close + 200) if close > 0 else -1
    return body[close + 1 : end].strip().lower() if end > 0 else b""


def _notice(answer: _Answer, links: int = _NOTICE_LINKS_MAX) -> bool:
    """Tell whether the page is a bare notice, as a vendor's is: no ``<nav>``, at most ``links`` links."""
    return b"<nav" not in answer.head and answer.head.count(b"<a ") <= links


def _reference(answer: _Answer, pattern: re.Pattern[bytes], label: str) -> str | None:
    found = pattern.search(answer.head)
    return f"{label} {found[1].decode('ascii')}" if found else None


_TAGS = rb"\s*(?:<[^>]{0,80}>\s*){0,6}"  # a label and its value apart in a table's cells
_CF_RAY_HEADER = re.compile(r"^([0-9a-f]{16})\b")
_CF_RAY_BODY = re.compile(rb"(?:ray id:" + _TAGS + rb"|cray:\s*')([0-9a-f]{16})")


def _via_cloudflare(answer: _Answer) -> bool:
    return "cf-ray" in answer.headers or "cloudflare" in answer.server


def _cloudflare(answer: _Answer) -> Protection | None:
    # Cloudflare challenges and blocks with 403 or 503 (its header says so since 2023); a 200 quoting its words
    # is an article. Not /cdn-cgi/challenge-platform/ alone: Cloudflare's bot detection adds its script
    # (``__CF$cv$params``, ``/cdn-cgi/challenge-platform/h/b/scripts/jsd/``) to every page it passes, the origin's
    # own 403, 503 and maintenance notice included; nor the title "Just a moment...", which a department's own
    # notice may bear. A challenge carries its options (``_cf_chl_opt``; ``cf_chl_`` tokens, "cf-browser-verification"
    # before 2022). Its words count only in its own markup: a site's 404 or 500 may list an article that quotes them.
    refused = _via_cloudflare(answer) and answer.status >= 400
    # The department's own proxy in front may drop Cloudflare's headers: its challenge's options and script
    # still name it, on a bare page.
    proxied = (
        answer.status >= 400
        and answer.has(b"_cf_chl_opt")
        and answer.has(b"/cdn-cgi/challenge-platform/h/")
        and _notice(answer)
    )
    challenge = (
        proxied
        or answer.headers.get("cf-mitigated", "").lower() == "challenge"
        or (refused and answer.has(b"cf_chl_", b"cf-browser-verification"))
    )
    blocked = (
        refused
        and answer.has(b"sorry, you have been blocked", b"used cloudflare to restrict access")
        and answer.has(b"cf-error-details", b"cf-wrapper")
    )
    if not (challenge or blocked):
        return None
    where = "di Cloudflare (Security > WAF: aturan Skip atau IP Access Rules)"
    return Protection("Cloudflare", challenge, _cloudflare_ray(answer), where)


def _cloudflare_ray(answer: _Answer) -> str | None:
    header = _CF_RAY_HEADER.match(answer.headers.get("cf-ray", "").lower())
    if header:
        return f"Ray ID {header[1]}"
    return _reference(answer, _CF_RAY_BODY, "Ray ID")


_SUCURI_BLOCK_ID = re.compile(rb"block id:" + _TAGS + rb"([a-z]{2,6}[0-9]{1,4})\b")


def _sucuri(answer: _Answer) -> Protection | None:
    if answer.has(b"sucuri_cloudproxy_js"):
        return Protection("Sucuri Website Firewall", True, where="di dasbor Sucuri (Whitelisted IPs)")
    if answer.status >= 400 and answer.has(
        b"access denied - sucuri website firewall", b"sucuri website firewall - access"
    ):
        found = _SUCURI_BLOCK_ID.search(answer.head)
        ref = f"Block ID {found[1].decode('ascii').upper()}" if found else None
        return Protection("Sucuri Website Firewall", False, ref, "di dasbor Sucuri (Whitelisted IPs)")
    return None


_VIA_HOSTING = "melalui penyedia hosting (daftar putih/whitelist {name})"


def _imunify360(answer: _Answer) -> Protection | None:
    where = _VIA_HOSTING.format(name="Imunify360")
    # Its refusal comes with 403; a 200 quoting it is a help page.
    if answer.status >= 400 and answer.has(b"access denied by imunify360"):
        return Protection("Imunify360", False, where=where)
    if "imunify360-webshield" in answer.server or answer.has(b"/z0f76a1d14fd21a8fb5fd0d03e0fdc3d3cedae52f"):
        return Protection("Imunify360", True, where=where)
    return None


def _litespeed(answer: _Answer) -> Protection | None:
    # LiteSpeed Web Server's reCAPTCHA (Hostinger's shared hosting, QUIC.cloud): 200 from LiteSpeed, 403 from
    # Hostinger's CDN, its form posting to the server's own path, whatever proxy is in front.
    if not answer.has(b"/.lsrecap/recaptcha", b"lsrecaptcha-form"):
        return None
    where = "di pengaturan reCAPTCHA LiteSpeed Web Server (melalui penyedia hosting)"
    return Protection("LiteSpeed", True, where=where)


# aaPanel/BT Panel's Nginx firewall, common on departments' VPS, refuses with ngx_lua_waf's page, in Chinese.
_BT_WAF_MARKS = ("已被网站管理员设置拦截".encode(), "<title>网站防火墙</title>".encode())


def _bt_panel(answer: _Answer) -> Protection | None:
    if answer.status < 400 or not answer.has(*_BT_WAF_MARKS):
        return None
    where = "di daftar putih IP firewall Nginx aaPanel/BT Panel (atau ipWhitelist ngx_lua_waf)"
    return Protection("aaPanel/BT (ngx_lua_waf)", False, where=where)


def _ddos_guard(answer: _Answer) -> Protection | None:
    # Its page's own marks, whatever the status: DDoS-Guard sets its Server header on every answer it passes, the
    # application's own 404 and maintenance notice included, and may put its check's image
    # (/.well-known/ddos-guard/check) in them: its challenge's script or its page's title, not any of its paths.
    if not answer.has(b"/.well-known/ddos-guard/js-challenge", b"<title>ddos-guard</title>"):
        return None
    return Protection("DDoS-Guard", True)


_F5_SUPPORT_ID = re.compile(rb"your support id is:?" + _TAGS + rb"([0-9]{6,24})")
_F5_COOKIE_SCRIPT = re.compile(rb'document\.cookie\s*=\s*["\']ts[0-9a-f]{6}')
_F5_COOKIE_HEADER = re.compile(r"(?:^|[\s,])ts[0-9a-f]{6}[0-9a-z_]*=")


def _f5_asm(answer: _Answer) -> Protection | None:
    # Its support ID with its number, on a bare notice: a helpdesk's FAQ or a site's 404 quoting the rejection
    # sits under the site's menu. The notice says it rejected the request, or is the bot defence's script page
    # that sets F5's TS cookie (TS01…, TS<hex>027) and reloads, or loads its /TSPD/ script. Not F5's cookie in a
    # Set-Cookie header alone: F5 sets it on every answer, a helpdesk's ticket number included; with it, the
    # bot defence's own words in its ``noscript``.
    support = _reference(answer, _F5_SUPPORT_ID, "support ID")
    if support is None or not _notice(answer):
        return None
    rejected = answer.has(b"the requested url was rejected")
    bot_defence = (
        answer.has(b"/tspd/")
        or _F5_COOKIE_SCRIPT.search(answer.head) is not None
        or (
            _F5_COOKIE_HEADER.search(answer.headers.get("set-cookie", "").lower()) is not None
            and answer.has(b"enable javascript to view the page content")
        )
    )
    if not (rejected or bot_defence):
        return None
    return Protection("F5 BIG-IP ASM", bot_defence and not rejected, support, "di kebijakan F5 BIG-IP ASM")


# Its check's own words and script; not "Protected by BitNinja", a badge a host puts on its customers' own pages.
_BITNINJA_MARKS = (b"browser integrity", b"integritas peramban", b"/.bitninja/", b"bitninja-browser-integrity")


def _bitninja(answer: _Answer) -> Protection | None:
    # Its own page is a bare notice with its check's words or script, or its captcha server's header; a badge
    # "Protected by BitNinja" sits on a site's maintenance notice, its own 403, its login box and its footer.
    own = "bitninja" in answer.server or answer.has(*_BITNINJA_MARKS)
    if not (own and answer.has(b"bitninja") and _notice(answer)):
        return None
    return Protection("BitNinja", True, where=_VIA_HOSTING.format(name="BitNinja"))


def _infinityfree(answer: _Answer) -> Protection | None:
    # iFastNet's free hosting (InfinityFree, byet.host) answers a first visit with a script that computes its
    # __test cookie with slowAES and reloads: a browser passes, the checker runs no script. Free hosting allows
    # no exception.
    if not (answer.has(b"slowaes.decrypt") and answer.has(b"__test=") and answer.has(b"/aes.js")):
        return None
    if not _notice(answer):
        return None
    where = "(hosting gratis ini tidak menyediakan pengecualian: pindahkan situs ke server Pemkot)"
    return Protection("iFastNet/InfinityFree", True, where=where)


def _siteground(answer: _Answer) -> Protection | None:
    # SiteGround's bot check answers 202 with a page that only refreshes to its captcha under
    # /.well-known/sgcaptcha/, and marks the answer with its ``sg-captcha`` header. A visitor's browser follows it
    # and passes; the checker would land on the captcha. Its header, or its refresh on a bare notice.
    if "sg-captcha" not in answer.headers and not (answer.has(b"/.well-known/sgcaptcha/") and _notice(answer, 0)):
        return None
    return Protection("SiteGround", True, where=_VIA_HOSTING.format(name="SiteGround: Security > Bot Protection"))


_EVENT_ID = re.compile(rb"event id:?" + _TAGS + rb"([0-9a-f][0-9a-f-]{5,40})\b")


def _barracuda(answer: _Answer) -> Protection | None:
    # Barracuda's block page, with 200 (and its session cookie) or an error status.
    cookie = "barra_counter_session" in answer.headers.get("set-cookie", "").lower()
    if not (cookie or answer.status >= 400) or not answer.has(b"barracuda"):
        return None
    if not (answer.has(b"request was rejected", b"requested url was rejected") and _notice(answer)):
        return None
    return Protection("Barracuda WAF", False, _reference(answer, _EVENT_ID, "Event ID"), "di kebijakan Barracuda WAF")


_RADWARE_CASE = re.compile(rb"case number:?" + _TAGS + rb"([0-9][0-9-]{5,40})")


def _radware(answer: _Answer) -> Protection | None:
    if not (answer.has(b"unauthorized activity has been detected") and answer.has(b"case number")):
        return None
    if not _notice(answer):
        return None
    return Protection("Radware", False, _reference(answer, _RADWARE_CASE, "Case Number"), "di kebijakan Radware")


_NINJA_INCIDENT = re.compile(rb"incident id:?" + _TAGS + rb"\[?\s*(?:<b>)?#?([0-9]{5,12})")


def _ninjafirewall(answer: _Answer) -> Protection | None:
    # NinjaFirewall (a WordPress firewall) titles its refusal with its name.
    if answer.status < 400 or not answer.has(b"<title>ninjafirewall:"):
        return None
    ref = _reference(answer, _NINJA_INCIDENT, "incident ID")
    return Protection("NinjaFirewall", False, ref, "di pengaturan NinjaFirewall situs WordPress")


def _safeline(answer: _Answer) -> Protection | None:
    # SafeLine (Chaitin) names itself in its Server header or at its page's foot, and its page, a bare notice,
    # gives its event id: where an admin labels the Server header, the application's own 404 and 503 carry it too.
    if answer.status < 400:
        return None
    named = "safeline" in answer.server or answer.has(b"safeline")
    if not (named and answer.has(b"event id") and _notice(answer)):
        return None
    return Protection("SafeLine WAF", False, _reference(answer, _EVENT_ID, "Event ID"), "di kebijakan SafeLine WAF")


def _alibaba(answer: _Answer) -> Protection | None:
    # Alibaba Cloud WAF refuses with 405 and its page's images from errors.aliyun.com.
    if answer.status < 400 or not answer.has(b"errors.aliyun.com"):
        return None
    if not (answer.has(b"has been blocked", b"potential threats") and _notice(answer)):
        return None
    return Protection("Alibaba Cloud WAF", False, where="di Alibaba Cloud WAF (daftar putih IP)")


_AWS = "di AWS WAF (IP set yang diizinkan)"


def _aws_waf(answer: _Answer) -> Protection | None:
    if "x-amzn-waf-action" in answer.headers:
        return Protection("AWS WAF", True, where=_AWS)
    if answer.status != 403:
        return None
    if "awselb" in answer.server or (answer.has(b"generated by cloudfront") and answer.has(b"request blocked")):
        return Protection("AWS WAF", False, where=_AWS)
    return None


def _modsecurity(answer: _Answer) -> Protection | None:
    if answer.status not in (403, 406) or not answer.has(b"mod_security", b"modsecurity"):
        return None
    return Protection("ModSecurity", False, where="di aturan ModSecurity server atau penyedia hosting")


_AKAMAI_REFERENCE = re.compile(r"reference #?([0-9a-f]{1,4}(?:\.[0-9a-f]{1,16}){2,4})")


def _akamai(answer: _Answer) -> Protection | None:
    if answer.status < 400 or not answer.has(b"access denied"):
        return None
    if "akamaighost" not in answer.server and not answer.has(b"edgesuite&#46;net", b"edgesuite.net"):
        return None
    found = _AKAMAI_REFERENCE.search(unescape(answer.head.decode("ascii", "replace")))
    return Protection("Akamai", False, f"Reference #{found[1]}" if found else None)


def _wordfence(answer: _Answer) -> Protection | None:
    # Its page is a bare notice signed at its foot ("Generated by Wordfence at …"); a site's own 404 listing an
    # article on Wordfence's wording sits under its menu, and its maintenance notice may quote the words unsigned.
    if answer.status < 400 or not answer.has(b"generated by wordfence") or not _notice(answer):
        return None
    if not answer.has(
        b"your access to this site has been limited",
        b"your access to this service has been temporarily limited",
        b"access from your area has been temporarily limited",
        b"potentially unsafe operation",
    ):
        return None
    return Protection("Wordfence", False, where="di pengaturan Wordfence situs WordPress (Allowlisted IP Addresses)")


_FORTIWEB_ATTACK_ID = re.compile(rb"attack id:" + _TAGS + rb"([0-9]{6,12})")


_IMPERVA_INCIDENT = re.compile(rb"incident(?: id:|_id=)" + _TAGS + rb"([0-9]{6,24}-[0-9]{6,24})")
_IMPERVA = "di Imperva (Security Settings: daftar IP yang diizinkan)"


def _imperva(answer: _Answer) -> Protection | None:
    # Its bot challenge "Pardon Our Interruption" is titled so, with its resource or its X-Iinfo header, and says
    # why in its own words: a department's maintenance notice behind Imperva may bear the title alone.
    if (
        answer.has(b"<title>pardon our interruption")
        and answer.has(b"made us think you were a bot")
        and (answer.has(b"/_incapsula_resource") or "x-iinfo" in answer.headers)
    ):
        return Protection("Imperva", True, None, _IMPERVA)
    # Imperva (Incapsula) adds its script to healthy pages too: only its incident id tells its own answer.
    incident = _reference(answer, _IMPERVA_INCIDENT, "Incident ID")
    if incident is None or not (answer.has(b"incapsula", b"imperva") or "x-iinfo" in answer.headers):
        return None
    # "Request unsuccessful": the frame of its challenge; "blocked by our security service": its WAF's block.
    challenge = answer.has(b"request unsuccessful") and not answer.has(b"blocked by our security service")
    return Protection("Imperva", challenge, incident, _IMPERVA)


def _anubis(answer: _Answer) -> Protection | None:
    # Anubis (Techaro) weighs each browser with a proof of work before the site: the checker runs no script.
    if not (answer.has(b"anubis") and answer.has(b"techaro", b"not a bot")):
        return None
    return Protection("Anubis", True, where="di kebijakan bot Anubis (botPolicies: aturan ALLOW)")


def _vercel(answer: _Answer) -> Protection | None:
    mitigated = answer.headers.get("x-vercel-mitigated", "").strip().lower()
    if mitigated not in ("challenge", "deny"):
        return None
    return Protection("Vercel Firewall", mitigated == "challenge", where="di Vercel (Firewall: aturan Bypass)")


def _azure_waf(answer: _Answer) -> Protection | None:
    if answer.status != 403:
        return None
    front_door = "x-azure-ref" in answer.headers and answer.has(b"the request is blocked")
    if not (front_door or answer.has(b"microsoft-azure-application-gateway")):
        return None
    where = "di kebijakan WAF Azure (aturan kustom yang mengizinkan)"
    return Protection("Azure Front Door" if front_door else "Azure Application Gateway", False, where=where)


def _fortiweb(answer: _Answer) -> Protection | None:
    if answer.status < 400 or not (answer.has(b"web page blocked") and answer.has(b"attack id")):
        return None
    return Protection("FortiWeb", False, _reference(answer, _FORTIWEB_ATTACK_ID, "Attack ID"))


# FortiGate's web filter on the checker's own network, refusing a site by its FortiGuard category. A
# department's site rated "Gambling" there has most likely been injected with gambling spam.
_FORTIGUARD_CATEGORY = re.compile(rb"category:?" + _TAGS + rb"([a-z][a-z &/,.-]{1,40}?)\s*<")


def _fortigate_web_filter(answer: _Answer) -> Protection | None:
    if not answer.has(b"violation of your internet usage policy", b"to have the rating of this web page re-evaluated"):
        return None
    found = _FORTIGUARD_CATEGORY.search(answer.head)
    category = found[1].decode("ascii").strip().title() if found else None
    where = "di FortiGate (Web Filter: pengecualian URL)"
    if category and "gambl" in category.lower():
        where += "; periksa juga judi online di situs"
    reference = f"kategori {category}" if category else None
    return Protection("FortiGate", False, reference, where, what="filter web jaringan")


# Indonesia's block list (TRUST+ Positif, kept by Komdigi, once Kominfo: "Internet Positif"). An Internet
# provider answers for a listed site with its landing page ("laman labuh"), to everyone on its network, or
# sends the browser to it. A department's site is listed most often because it was injected with gambling
# pages. The page names the programme and says the site the browser asked for is blocked. Not the address of its
# complaints alone: go.id pages carry the badge "Laporkan konten negatif ke aduankonten.id".
_BLOCK_LIST_MARKS = (
    b"internetpositif",
    b"internet positif",
    b"trustpositif",
    b"trust+ positif",
    b"trust positif",
    b"internetbaik",
    b"internet baik",
    b"lamanlabuh",
    b"laman labuh",
)
_BLOCKED_WORDS = (b"diblokir", b"blokir", b"tidak dapat diakses", b"tidak bisa diakses")
# What a landing page says of the site asked for; a site's own 404 says "halaman" of its page, its maintenance
# notice speaks of its work.
_SITE_BLOCKED = (
    b"situs ini diblokir",
    b"situs ini termasuk",
    b"akses ke situs ini",
    b"situs yang anda tuju",
    b"situs yang anda kunjungi",
    b"situs yang ingin anda",
)
# A landing page is a notice with a link or two; a page with the site's menu and news (its 404, its error page
# listing an article on the block list) is the site's own.
_LANDING_LINKS_MAX = 8
# A site's menu is not always a <nav>: Bootstrap's <div class="navbar">, a theme's "menu" list, a <header> of links
# (a landing page's <header> holds its logo only).
_MENU = re.compile(rb'<nav|class="[^"]*\b(?:navbar|menu)\b|<header\b(?:(?!</header>).)*?<a ', re.DOTALL)
# Where a sentence ends, for the one that says the site is blocked.
_SENTENCE_ENDS = re.compile(rb"[.!?<>]")
_SENTENCE_MAX = 400  # bytes sought back for its start


_BLOCK_LIST_WHAT = "melalui TRUST+ Positif (Internet Positif)"
# Over HTTPS the provider's server cannot show the site's certificate: the handshake meets its own, for the
# landing page's host (internetpositif.id, a provider's "internetbaik" or "lamanlabuh" host), and fails.
_BLOCK_LIST_HOSTS = ("internetpositif", "internet-positif", "trustpositif", "internetbaik", "aduankonten", "lamanlabuh")


def _block_list(answer: _Answer) -> Protection | None:
    if not (answer.has(*_BLOCK_LIST_MARKS) and answer.has(*_BLOCKED_WORDS) and answer.has(*_SITE_BLOCKED)):
        return None
    if not _notice(answer, _LANDING_LINKS_MAX) or _MENU.search(answer.head) is not None:
        return None
    if not _named_beyond_the_sentence(answer.head):
        return None
    return Protection("Komdigi", False, what=_BLOCK_LIST_WHAT, listed=True)


def _named_beyond_the_sentence(head: bytes) -> bool:
    """Tell whether the programme is named beyond a sentence that says the site is blocked.

    A landing page is the programme's: it names it in its title, its logo, its links, or says the site is blocked in
    a sentence of its own ("Situs yang Anda tuju tidak bisa diakses") beside the one that names the programme. A
    department's page quotes the programme in one sentence ("Jika muncul laman Internet Positif yang menyatakan situs
    ini diblokir, laporkan…" in its 404's help line, a CSIRT's warning of the sites it lists).
    """
    for phrase in _SITE_BLOCKED:
        at = head.find(phrase)
        if at < 0:
            continue
        window = max(0, at - _SENTENCE_MAX)
        start = max((m.end() for m in _SENTENCE_ENDS.finditer(head, window, at)), default=window)
        end = _SENTENCE_ENDS.search(head, at)
        rest = head[:start] + (head[end.start() :] if end else b"")
        if any(mark in rest for mark in _BLOCK_LIST_MARKS):
            return True
    return False


def listed_by_certificate(names: Sequence[str], host: str) -> Protection | None:
    """Return the block list's protection when the certificate a failed handshake met is its landing page's.

    ``names`` are the host names of that certificate, read without verifying it; ``host`` the one asked for.
    A certificate for ``host`` is the site's own, whatever its name (it failed for another reason).
    """
    host = host.lower()
    lowered = [name.lower() for name in names]
    if any(name == host or (name.startswith("*.") and host.endswith(name[1:])) for name in lowered):
        return None
    landings = [name.removeprefix("*.") for name in lowered if any(mark in name for mark in _BLOCK_LIST_HOSTS)]
    if not landings:
        return None
    landing = min(landings, key=len)  # "internetpositif.id" of its names, not "www.internetpositif.id"
    return Protection("Komdigi", False, what=f"melalui TRUST+ Positif (sertifikat {landing})", listed=True)


# --- rate limiters: any 429 (see the module's docstring) -------------------------------------------

_SITES_OWN_LIMITER = (
    "di pembatas laju server atau aplikasinya (mis. limit_req nginx, throttle Laravel, plugin keamanan)"
)
_RETRY_SECONDS = re.compile(r"[0-9]{1,9}")


def _rate_limit(answer: _Answer) -> Protection | None:
    """Return the rate limiter that answered 429: the one its page names, else the site's own."""
    if _cloudflare_plan_spent(answer):
        return None
    found = _cloudflare_1015(answer) or _nginx_429(answer) or _vendor(answer)
    if found is not None and found.challenge:
        return found  # a challenge a browser passes, whatever its status
    limiter = found or Protection("", False, where=_SITES_OWN_LIMITER)
    return replace(limiter, limited=True, retry_after=_retry_after(answer.headers.get("retry-after", "")))


def _cloudflare_plan_spent(answer: _Answer) -> bool:
    # Error 1027: the site's Workers plan ran out, and Cloudflare turns every visitor away, not the checker.
    return _via_cloudflare(answer) and answer.has(b"this website has been temporarily rate limited")


def _cloudflare_1015(answer: _Answer) -> Protection | None:
    if not (_via_cloudflare(answer) and answer.has(b"you are being rate limited")):
        return None
    where = "di Cloudflare (Security > WAF: Rate limiting rules)"
    return Protection("Cloudflare", False, _cloudflare_ray(answer), where)


def _nginx_429(answer: _Answer) -> Protection | None:
    # nginx's own page for limit_req_status 429 (or limit_conn_status 429), its name at the foot.
    if not (answer.has(b"<title>429 too many requests</title>") and answer.has(b"<center>nginx")):
        return None
    return Protection("nginx", False, where="di konfigurasi limit_req nginx")


def _retry_after(value: str) -> str | None:
    """Return a Retry-After as an official reads it: its seconds, or its date in WIB; None when absent or garbled."""
    value = value.strip()
    if _RETRY_SECONDS.fullmatch(value):
        return f"{int(value)} detik"
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return wib_date(when, with_time=True)  # "-0000" (no zone): a date in UTC that says nothing of its source's


# Each vendor's own marks; the order matters only where a page could carry two (none known).
_VENDORS: tuple[Callable[[_Answer], Protection | None], ...] = (
    _cloudflare,
    _sucuri,
    _imunify360,
    _litespeed,
    _bt_panel,
    _ddos_guard,
    _barracuda,
    _f5_asm,
    _bitninja,
    _infinityfree,
    _siteground,
    _radware,
    _ninjafirewall,
    _safeline,
    _alibaba,
    _aws_waf,
    _modsecurity,
    _akamai,
    _wordfence,
    _fortiweb,
    _imperva,
    _anubis,
    _vercel,
    _azure_waf,
    _fortigate_web_filter,
    _block_list,
)
