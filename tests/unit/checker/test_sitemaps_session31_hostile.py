"""The sitemaps a robots.txt names: a thousand decoys before an intruder's do not hide it."""

from __future__ import annotations

from pantau_checker.core.sitemaps import MORE_SITEMAPS, further

BASE = "https://dinkes.bekasikota.go.id/sitemap.xml"
SITE = "https://dinkes.bekasikota.go.id"
INTRUDER = f"{SITE}/wp-content/uploads/slot/sitemap.xml"


def test_an_intruders_sitemap_named_after_a_thousand_decoys_at_the_root_is_read() -> None:
    robots = [*(f"{SITE}/sm{i}.xml" for i in range(999)), INTRUDER]
    found = further(BASE, robots, [])
    assert INTRUDER in found.own
    assert len(found.own) == MORE_SITEMAPS


def test_decoys_in_many_folders_still_leave_a_bounded_few() -> None:
    robots = [*(f"{SITE}/d{i}/sitemap.xml" for i in range(999)), INTRUDER]
    assert len(further(BASE, robots, []).own) == MORE_SITEMAPS


def test_a_sites_own_sitemaps_at_its_root_are_read_as_they_are_listed() -> None:
    robots = [f"{SITE}/sitemap_index.xml"]
    index = [f"{SITE}/{kind}-sitemap.xml" for kind in ("post", "page", "category", "post_tag", "author", "berita")]
    index += [f"{SITE}/post-sitemap{n}.xml" for n in range(2, 6)]
    assert further(BASE, robots, index).own == [*robots, *index][:MORE_SITEMAPS]
