"""The sitemap check: gambling pages injected under subpaths, found among the sitemap's addresses; and so pages of
pornography or of other trades' spam (their slugs: /bokep-indo-terbaru/, /pinjaman-online-cepat-cair/)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from urllib.parse import unquote_plus, urlsplit

from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import Category

from ..term_scan import flagged_each, spaced
from .base import Check, NoSettings, Observed

CATEGORY: Category = "keamanan"
_MAX_URLS = 20_000  # the root's sitemap and, on a thorough check, those it and robots.txt lead to
_EXAMPLE_URLS = 3


# The code of the pages found under subpaths, by the code of what their addresses spell.
_SUBPATH_CODES = {
    "judi_online": "judi_online_subpath",
    "konten_pornografi": "konten_pornografi_subpath",
    "spam_tersisip": "spam_tersisip_subpath",
}


def scan_urls(urls: Iterable[str]) -> tuple[Finding, ...]:
    """Return a finding for gambling pages among a sitemap's ``urls`` (the first _MAX_URLS), and one for pages of
    pornography, and of other trades' spam."""
    read = list(islice(urls, _MAX_URLS))
    if not read:  # most attempts read no sitemap
        return ()
    words: dict[str, dict[int, set[str]]] = {}
    for index, code, term, _ in flagged_each(_url_text(url) for url in read):
        if code in _SUBPATH_CODES:
            words.setdefault(code, {}).setdefault(index, set()).add(term)
    return tuple(_finding(_SUBPATH_CODES[code], read, words[code]) for code in _SUBPATH_CODES if code in words)


def _finding(code: str, read: list[str], words: dict[int, set[str]]) -> Finding:
    found = set().union(*words.values())
    examples = [read[index][:150] for index in sorted(words)[:_EXAMPLE_URLS]]
    evidence = f"{', '.join(sorted(found)[:8])}: {'; '.join(examples)}"
    return Finding(code, "kritis", evidence[:500], "sitemap.xml", category=CATEGORY)


def judge(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Judge the addresses of the sitemap, when the attempt read one."""
    return scan_urls(seen.sitemap_urls)


def _url_text(url: str) -> str:
    # With its host: a sitemap robots.txt names on a gambling site's host is listed by its address alone.
    try:
        parts = urlsplit(url)
    except ValueError:
        return spaced(unquote_plus(url))
    return spaced(unquote_plus(f"{parts.hostname or ''} {parts.path} {parts.query}"))


CHECK = Check("sitemap_gambling", CATEGORY, tuple(_SUBPATH_CODES.values()), judge, NoSettings())
