"""The page's links whose addresses hold "/20" found by a compiled search (``_selectors.dated_hrefs``, read by
``freshness._dated_paths``): the "2"s by ``memchr`` and the characters around each compared, where a Python loop
asked ``"/20" in link.href`` of each link. Pinned against that loop, kept here as the reference, on a vendor's
pages and on addresses of one, two and four bytes a character."""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from unit.checker.test_evidence_session42 import NOW, _page, _wordpress_news

from pantau_checker.core import freshness
from pantau_checker.core._selectors import dated_hrefs
from pantau_checker.core.page import Link, Page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import news_since

# --- the references: the code before -------------------------------------------------------------------------------


def dated_hrefs_before(links: Sequence[Link], limit: int) -> list[str]:
    return [link.href for link in links[:limit] if "/20" in link.href]


def dated_paths_before(page: Page) -> list[tuple[str, str]]:
    found = []
    for link in page.links[: freshness._MAX_PERMALINKS]:
        if "/20" in link.href:
            parts = urlsplit(link.href)
            found.append((parts.path, (parts.hostname or "").removeprefix("www.")))
    return found


# --- pages ---------------------------------------------------------------------------------------------------------


# Addresses beyond ASCII: Latin-1 (one byte a character), the euro's and curly quotes' (two), an emoji's (four).
_WIDE_LINKS = (
    '<ul class="sidebar">'
    '<li><a href="https://www.dinkes.bekasikota.go.id/2026/12/03/posyandu-balita/">Posyandu • Balita</a></li>'
    '<li><a href="/berita/kegiatan-café/2026/12/">Café “Sehat”</a></li>'
    '<li><a href="/unduh/tarif-€/2025/11/retribusi.html">Tarif € 2025</a></li>'
    '<li><a href="/galeri/🎉/2026/12/04/hut-kota/">HUT Kota 🎉</a></li>'
    '<li><a href="/galeri/🎉/foto-kegiatan/">Foto • Kegiatan</a></li>'
    '<li><a href="/berita/“sorotan”/">Sorotan © Dinkes</a></li>'
    '<li><a href="https://antaranews.com/2026/12/05/berita-nasional/">Antara “Berita”</a></li>'
    '<li><a href="/?s=2026/12/01/cari">Cari</a></li>'
    '<li><a href="/unduh/formulir-2020.pdf">Formulir 2020</a></li>'
    '<li><a href="/20">Dua puluh</a></li></ul>'
)
_FOOTER = '<footer><p>© 2026 Dinas Kesehatan • Kota Bekasi</p><a href="/kontak/">Kontak “Kami”</a></footer>'


def _many_links(count: int) -> str:
    """A tag cloud of ``count`` links, every seventh dated, around the limit of links read."""
    rows = (
        f'<a href="/tag/{i}/">Tag {i}</a>' if i % 7 else f'<a href="/2026/11/{i % 28 + 1:02d}/pos-{i}/">Pos {i}</a>'
        for i in range(count)
    )
    return f'<div class="tagcloud">{"".join(rows)}</div>'


PAGES = [
    pytest.param(lambda: _page(news_since([1, 3, 6, 9], now=NOW)), id="no dated address"),
    pytest.param(lambda: _page(_wordpress_news()), id="wordpress permalinks"),
    pytest.param(lambda: _page(_wordpress_news(), main_extra=_WIDE_LINKS, body_end=_FOOTER), id="beyond ascii"),
    pytest.param(lambda: _page([], body_end=_WIDE_LINKS), id="footer links only"),
    pytest.param(lambda: _page(_wordpress_news(), body_end=_many_links(1100)), id="more links than read"),
]


@pytest.mark.parametrize("make", PAGES)
def test_dated_paths_as_before(make) -> None:  # type: ignore[no-untyped-def]
    page = make()
    assert freshness._dated_paths(page) == dated_paths_before(page)
    for limit in (0, 1, 5, 40, freshness._MAX_PERMALINKS, 5000):
        assert dated_hrefs(page.links, limit) == dated_hrefs_before(page.links, limit)


def test_dated_paths_of_a_page_beyond_ascii() -> None:
    page = _page(_wordpress_news(), main_extra=_WIDE_LINKS, body_end=_FOOTER)
    hrefs = [href for href, _ in freshness._dated_paths(page)]
    assert "/berita/kegiatan-café/2026/12/" in hrefs
    assert "/unduh/tarif-€/2025/11/retribusi.html" in hrefs
    assert "/galeri/🎉/2026/12/04/hut-kota/" in hrefs
    assert "/20" in hrefs
    assert "/galeri/🎉/foto-kegiatan/" not in hrefs
    assert "/unduh/formulir-2020.pdf" not in hrefs  # "-2020": no "/" before it


def test_the_links_read_end_at_the_limit() -> None:
    page = _page([], body_end=_many_links(1100))
    found = dated_hrefs(page.links, freshness._MAX_PERMALINKS)
    assert found == dated_hrefs_before(page.links, freshness._MAX_PERMALINKS)
    assert len(page.links) > freshness._MAX_PERMALINKS
    assert len(found) < len(dated_hrefs(page.links, len(page.links)))


@pytest.mark.parametrize(
    "href",
    [
        "",
        "/",
        "/2",
        "/20",
        "/200",
        "20/",
        "2/0",
        "//20",
        "/2/20",
        "/21/20",
        "/ 20",
        "/２０",  # full-width digits: not ASCII's
        "\\20",
        "x/2",
        "é/20",
        "é/2",
        "€/20",
        "€/2",
        "€/",
        "🎉/20",
        "🎉/2",
        "🎉/0",
        "/20🎉",
        "https://dinkes.bekasikota.go.id/2026/12/03/posyandu/",
        "https://dinkes.bekasikota.go.id/berita/posyandu-2026/",
    ],
)
def test_one_address_as_before(href: str) -> None:
    links = [Link("Berita • Terkini", href)]
    assert dated_hrefs(links, 10) == dated_hrefs_before(links, 10)
    assert dated_hrefs(tuple(links), 10) == dated_hrefs_before(links, 10)


def test_random_addresses_as_before() -> None:
    rng = random.Random(43)
    alphabet = ["/", "/", "2", "2", "0", "0", "1", "a", ".", "é", "€", "“", "🎉"]
    links = [Link("x", "".join(rng.choices(alphabet, k=rng.randint(0, 12)))) for _ in range(5000)]
    found = dated_hrefs(links, len(links))
    assert found == dated_hrefs_before(links, len(links))
    assert 0 < len(found) < len(links)
    for limit in (0, 1, 100, 4999):
        assert dated_hrefs(links, limit) == dated_hrefs_before(links, limit)


def test_the_addresses_are_the_links_own() -> None:
    href = "/2026/12/04/rapat/"
    (found,) = dated_hrefs([Link("Rapat", href)], 10)
    assert found is href


@pytest.mark.parametrize("links", [[("Rapat",)], [("Rapat", "/2026/", "x")], ["/2026/"], [Link("Rapat", None)]])  # type: ignore[arg-type]
def test_what_is_no_link_is_refused(links: list[object]) -> None:
    with pytest.raises(TypeError):
        dated_hrefs(links, 10)  # type: ignore[arg-type]
