"""One parse of an HTML page into the parts the classifiers look at.

Hidden content (CSS-hidden or off-screen elements) is separated from visible text, because
gambling spam is injected where visitors do not see it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|"
    r"(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}\s*(?:px|em|rem|%)|"
    r"font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])|"
    r"(?:height|width|max-height)\s*:\s*[01](?:px)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
_HIDDEN_CLASS_RULE = re.compile(r"([.#])([\w-]+)\s*\{([^}]*)\}")
_NON_CONTENT = "script, style, noscript, template, svg"
# Parts of a page that change on every visit without the content changing.
_VOLATILE = re.compile(
    r"clock|jam|waktu|counter|visitor|pengunjung|statistik|banner|carousel|slider|"
    r"marquee|iklan|advert|ads|csrf|token|captcha|random|today|hari-ini|current-date",
    re.IGNORECASE,
)
_MAX_HIDDEN = 2000  # a hostile page cannot make the scan quadratic
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class Page:
    title: str
    metas: tuple[tuple[str, str], ...]  # (name, content)
    visible_text: str
    hidden_texts: tuple[str, ...]
    links: tuple[Link, ...]
    hidden_links: tuple[Link, ...]
    feed_urls: tuple[str, ...]
    time_values: tuple[str, ...]  # <time datetime> and article:*_time metas
    main_text: str  # visible main content without volatile parts, for fingerprinting


def parse_page(html: str, base_url: str) -> Page:
    """Parse ``html`` once into title, metas, visible and hidden text, links and feed links."""
    tree = HTMLParser(html)
    hidden_nodes = _hidden_nodes(tree)
    hidden_links = tuple(_links(hidden_nodes, base_url))
    hidden_texts = tuple(t for t in (_text(n) for n in hidden_nodes) if t)
    for node in hidden_nodes:
        node.decompose()
    for node in tree.css(_NON_CONTENT):
        node.decompose()
    head = _head_facts(tree, base_url)
    body = tree.body
    visible = _text(body) if body is not None else ""
    links = tuple(_links(tree.css("a[href]"), base_url))
    return Page(
        title=head[0],
        metas=head[1],
        visible_text=visible,
        hidden_texts=hidden_texts,
        links=links,
        hidden_links=hidden_links,
        feed_urls=head[2],
        time_values=head[3],
        main_text=_main_text(tree),
    )


def _hidden_nodes(tree: HTMLParser) -> list[Node]:
    classes, ids = _hidden_selectors(tree)
    found: list[Node] = []
    for node in tree.css("body [style], body [hidden], body [class], body [id]"):
        attrs = node.attributes
        style = attrs.get("style") or ""
        node_classes = set((attrs.get("class") or "").split())
        if "hidden" in attrs or _HIDING_STYLE.search(style) or node_classes & classes or (attrs.get("id") or "") in ids:
            found.append(node)
    return _outermost(found)


def _hidden_selectors(tree: HTMLParser) -> tuple[set[str], set[str]]:
    classes: set[str] = set()
    ids: set[str] = set()
    for style in tree.css("style"):
        for kind, name, body in _HIDDEN_CLASS_RULE.findall(style.text() or ""):
            if _HIDING_STYLE.search(body):
                (classes if kind == "." else ids).add(name)
    ids.discard("")
    return classes, ids


def _outermost(nodes: list[Node]) -> list[Node]:
    chosen = {n.mem_id for n in nodes}
    result = []
    for node in nodes[:_MAX_HIDDEN]:
        parent = node.parent
        while parent is not None and parent.mem_id not in chosen:
            parent = parent.parent
        if parent is None:
            result.append(node)
    return result


def _head_facts(
    tree: HTMLParser, base_url: str
) -> tuple[str, tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]:
    title_node = tree.css_first("title")
    title = _squash(title_node.text()) if title_node is not None else ""
    metas, times = [], []
    for meta in tree.css("meta[content]"):
        name = (meta.attributes.get("name") or meta.attributes.get("property") or "").lower()
        content = meta.attributes.get("content") or ""
        if name:
            metas.append((name, content))
        if name.endswith(("published_time", "modified_time")) or name in ("date", "dc.date"):
            times.append(content)
    times.extend(t.attributes.get("datetime") or "" for t in tree.css("time[datetime]"))
    feeds = tuple(
        urljoin(base_url, link.attributes.get("href") or "")
        for link in tree.css("link[rel=alternate][href]")
        if (link.attributes.get("type") or "").lower() in _FEED_TYPES
    )
    return title, tuple(metas), feeds, tuple(t for t in times if t)


def _links(nodes: list[Node], base_url: str) -> list[Link]:
    anchors: list[Node] = []
    for node in nodes:
        if node.tag == "a" and node.attributes.get("href"):
            anchors.append(node)
        anchors.extend(node.css("a[href]") if node.tag != "a" else [])
    return [Link(_text(a), urljoin(base_url, a.attributes.get("href") or "")) for a in anchors]


def _main_text(tree: HTMLParser) -> str:
    root = tree.css_first("main, article, #content, .content") or tree.body
    if root is None:
        return ""
    for node in root.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _VOLATILE.search(marker):
            node.decompose()
    return _text(root)


def _text(node: Node | None) -> str:
    return _squash(node.text(separator=" ")) if node is not None else ""


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())
