"""A page that only sends the browser on within its site: where the visitor lands.

Many department sites answer their root with a page nobody reads: a ``<meta http-equiv="refresh">``
to ``/portal/``, ``window.location.href = "home"`` in a script, a ``Refresh`` header on a blank page. The
application is where it leads, and a session follows it there as it follows a 3xx (``Session.fetch``'s
``landing``), so that a broken, stale or defaced portal is judged, not its signpost. Only a page that is
nothing else is followed: small, with a few words to read, no form and no frame, sending the browser soon (a
refresh within ten seconds) and without a condition (not only phones, search engines' visitors or a click) to
an address on its own site. A redirect to another site, or to an address on its own that spells gambling (a
page planted there), stays what the page is judged by (a hijack, a pointer).

Old sites frame their application instead: a ``<frameset>`` of a banner and the content (FrontPage's and
Dreamweaver's templates, a hosting panel's domain forwarding), a root that is one ``<iframe>`` of ``/app/``. The
visitor reads the frame; so the frame on its own site, the frameset's content (its ``*`` share, else the one
named so, else the last) or the page's only iframe beside next to no words, is followed as a refresh is.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .checks.hijack import spells_gambling
from .markup import parse_html
from .script_redirects import refresh_target

_MAX_BYTES = 32_768  # a signpost is small; a department's page is not
_MAX_WORDS = 300  # characters of visible text: "Mohon tunggu, Anda dialihkan ke portal … klik di sini"
# A refresh later than this is a page read meanwhile (a maintenance notice that tries again), not a signpost.
_MAX_DELAY_S = 10.0
_MENTIONS = re.compile(rb"(?i)refresh|location|<i?frame\b")
_FRAME_ONLY = 200  # characters of visible text beside an iframe, below which the iframe is the page (as ``page``)
_CONTENT_NAMES = re.compile(r"(?i)main|content|isi|utama|konten|body|tengah")
# An iframe drawn at no size or hidden by its style: loaded, never seen (a tracker's, or an injected one).
_UNSEEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?:width|height)\s*:\s*[01](?:px)?\s*(?:;|$)")
# `location = "…"`, `window.location.href = '…'`, `location.replace("…")`, `document.location.assign('…')`.
_ASSIGNED = re.compile(
    r"""\blocation\s*(?:\.\s*href\s*)?=(?!=)\s*(["'])([^"'\s<>\\]{1,500})\1"""
    r"""|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(["'])([^"'\s<>\\]{1,500})\3"""
)
# Before the assignment in its script: a test, or a function that runs when called (a button's).
_CONDITIONAL = re.compile(r"\bif\s*\(|\belse\b|\bswitch\b|\bcatch\b|\?|&&|\|\||\bfunction\s+[\w$]+\s*\(")
_DECLARED = re.compile(r"\b(?:var|let|const)\s+\Z")  # a variable of that name (`var location = "Bekasi"`)
# Anywhere in its script: what it is sent only for (a phone, a search engine's visitor, a click).
_FOR_SOME = re.compile(
    r"userAgent|referrer|screen\s*\.|innerWidth|matchMedia|Storage|cookie|click|submit|key(?:up|down|press)"
    r"|touch|mouse|pointer",
    re.IGNORECASE,
)


def may_send_on(body: bytes, refresh: str) -> bool:
    """Return whether a page's bytes (and its ``Refresh`` header) may be a signpost: most pages are not, by a
    look at their length and their bytes."""
    return len(body) <= _MAX_BYTES and (bool(refresh) or _MENTIONS.search(body) is not None)


def landing_target(html: str, refresh: str, url: str) -> str | None:
    """Return the address on its own site that a page (``html`` at ``url``, with its ``Refresh`` header) which
    is only a redirect sends the browser to, or None."""
    tree = parse_html(html)
    if tree.css_first("form") is not None:
        return None
    framed = tree.css_first("frameset, iframe") is not None
    found = _framed(tree) if framed else _refreshed(refresh) or _meta_refresh(tree) or _scripted(tree)
    target = urljoin(url, found) if found else ""
    if not target or not _on_site(target, url) or len(_words(tree)) > (_FRAME_ONLY if framed else _MAX_WORDS):
        return None
    # A gambling page planted on the site (/wp-content/uploads/slot-gacor/) is no landing: the sign to it is a
    # hijack, read on the page itself (``checks.hijack``) whatever the planted page answers.
    return None if spells_gambling(target) else target


def _refreshed(content: str) -> str:
    delay, _, _ = content.partition(";")
    try:
        soon = float(delay.strip() or 0) <= _MAX_DELAY_S
    except ValueError:
        return ""
    return refresh_target(content) if soon else ""


def _meta_refresh(tree: LexborHTMLParser) -> str:
    for meta in tree.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").strip().lower() == "refresh":
            return _refreshed(meta.attributes.get("content") or "")
    return ""


def _framed(tree: LexborHTMLParser) -> str:
    """Return the address of the frame that is the page's content: a frameset's, or its only iframe shown."""
    frameset = tree.css_first("frameset")
    if frameset is not None:
        return _content_frame(frameset)
    iframes = [f for f in tree.css("iframe[src]") if not _unseen(f)]
    return (iframes[0].attributes.get("src") or "").strip() if len(iframes) == 1 else ""


def _content_frame(frameset: LexborNode) -> str:
    """Return the src of a frameset's content frame: the one its rows or columns give the rest (``*``), else the
    one named as content, else the last (a banner or a menu comes first)."""
    frames = [f for f in frameset.css("frame[src]") if (f.attributes.get("src") or "").strip()]
    if not frames:
        return ""
    shares = (frameset.attributes.get("rows") or frameset.attributes.get("cols") or "").split(",")
    children = [c for c in frameset.iter() if c.tag in ("frame", "frameset")]
    rest = [i for i, share in enumerate(shares) if share.strip() == "*"]
    by_share = children[rest[0]] if len(rest) == 1 and len(children) == len(shares) else None
    named = [f for f in frames if _CONTENT_NAMES.search(f.attributes.get("name") or "")]
    if by_share is not None and by_share.tag == "frame":
        return (by_share.attributes.get("src") or "").strip()
    chosen = named[0] if named else frames[-1]
    return (chosen.attributes.get("src") or "").strip()


def _unseen(frame: LexborNode) -> bool:
    attrs = frame.attributes
    style = attrs.get("style") or ""
    return attrs.get("width") in ("0", "1") or attrs.get("height") in ("0", "1") or _UNSEEN.search(style) is not None


def _scripted(tree: LexborHTMLParser) -> str:
    codes = [script.text() for script in tree.css("script:not([src])")]
    body = tree.body
    if body is not None:
        codes.append(body.attributes.get("onload") or "")
    for code in codes:
        if _FOR_SOME.search(code):
            continue
        for found in _ASSIGNED.finditer(code):
            start = found.start()
            if _CONDITIONAL.search(code, 0, start) is None and _DECLARED.search(code, max(0, start - 8), start) is None:
                return found[2] or found[4]
    return ""


def _words(tree: LexborHTMLParser) -> str:
    """Return the text a visitor reads on the page (its scripts taken out of ``tree``)."""
    body = tree.body
    if body is None:
        return ""
    tree.strip_tags(["script", "style", "noscript", "template"])
    return " ".join(body.text(separator=" ").split())


def _on_site(target: str, here: str) -> bool:
    there, home = urlsplit(target), urlsplit(here)
    if there.scheme not in ("http", "https") or urldefrag(target)[0] == urldefrag(here)[0]:
        return False  # elsewhere, or the page itself again (a reload)
    return _bare(there.hostname) == _bare(home.hostname)


def _bare(host: str | None) -> str:
    return (host or "").removeprefix("www.")
