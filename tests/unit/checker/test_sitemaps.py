"""Where a site's other sitemaps are: the lines of its robots.txt, the entries of an index."""

from __future__ import annotations

import gzip

from pantau_checker.core.sitemaps import MAX_UNPACKED_BYTES, further, listed, named_in_robots, unpacked

BASE = "https://dinkes.bekasikota.go.id/sitemap.xml"


def test_the_sitemap_lines_of_a_robots_txt_are_read_however_written() -> None:
    robots = (
        "\ufeffSitemap: https://dinkes.bekasikota.go.id/sitemap_index.xml\r\n"
        "User-agent: *\r\nDisallow: /wp-admin/\r\n"
        "sitemap:/wp-content/uploads/seo/sitemap.xml   # added 2026-10\r\n"
        "SITEMAP : https://slot-gacor.example/sitemap.xml\r\n"
        "Sitemap:\r\n"
        "Disallow: /sitemap-lama.xml\r\n"
    ).encode()
    assert named_in_robots(robots, BASE) == [
        "https://dinkes.bekasikota.go.id/sitemap_index.xml",
        "https://dinkes.bekasikota.go.id/wp-content/uploads/seo/sitemap.xml",
        "https://slot-gacor.example/sitemap.xml",
    ]


def test_a_robots_txt_that_is_no_text_names_nothing() -> None:
    assert named_in_robots(b"\x89PNG\r\n\x1a\n\x00\x00", BASE) == []
    assert named_in_robots(b"", BASE) == []


def test_an_indexs_entries_are_sitemaps_and_a_urlsets_pages_are_not() -> None:
    urls = [
        "https://dinkes.bekasikota.go.id/post-sitemap.xml",
        "https://dinkes.bekasikota.go.id/wp-sitemap-posts-post-1.xml",
        "https://dinkes.bekasikota.go.id/berita/vaksinasi-anak/",
        "https://dinkes.bekasikota.go.id/sitemap.xml?page=2",
        "https://dinkes.bekasikota.go.id/arsip/laporan.XML",
    ]
    assert listed(urls) == [urls[0], urls[1], urls[3], urls[4]]


def test_a_round_reads_on_to_the_sites_own_sitemaps_robots_txt_first_and_judges_the_others_by_address() -> None:
    robots = [
        "https://www.dinkes.bekasikota.go.id/wp-content/uploads/seo/sitemap.xml",
        "https://slot-gacor.example/sitemap.xml",
        BASE,
    ]
    index = [f"https://dinkes.bekasikota.go.id/post-sitemap{n}.xml" for n in range(1, 12)]
    found = further(BASE, robots, [*index, "https://dinkes.bekasikota.go.id/berita/"])
    assert found.own == [robots[0], *index[:7]]  # the root's itself not again; a bounded few
    assert found.foreign == ["https://slot-gacor.example/sitemap.xml"]


def test_an_indexs_gzipped_entries_are_sitemaps_too() -> None:
    urls = [
        "https://disdik.bekasikota.go.id/sitemap-berita-1.xml.gz",
        "https://disdik.bekasikota.go.id/unduhan/jadwal-ppdb.pdf.gz",
        "https://disdik.bekasikota.go.id/SITEMAP.XML.GZ",
    ]
    assert listed(urls) == [urls[0], urls[2]]


def test_a_gzipped_sitemap_is_unpacked_and_any_other_body_kept() -> None:
    xml = b'<?xml version="1.0"?><urlset><url><loc>https://disdik.bekasikota.go.id/berita/</loc></url></urlset>'
    assert unpacked(gzip.compress(xml)) == xml
    assert unpacked(xml) == xml
    assert unpacked(b"") == b""


def test_a_broken_or_bomb_gzip_unpacks_to_nothing() -> None:
    assert unpacked(b"\x1f\x8b\x08\x00garbage-not-deflate") == b""
    bomb = gzip.compress(b"<urlset>" + b" " * (MAX_UNPACKED_BYTES + 1024) + b"</urlset>")
    assert len(bomb) < 100_000  # a small file that unpacks beyond the bound
    assert unpacked(bomb) == b""
