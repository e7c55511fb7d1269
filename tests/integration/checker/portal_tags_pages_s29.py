"""A busy portal's own navigation in gambling's words, and links that sell beside it.

``OWN_NAVIGATION``: each a whole department page (menu, news, sidebar, footer) whose links on its own host name the
gambling trade as its tags, categories and news items do: a Polres tag cloud ("Bandar Judi" to /tag/bandar-judi/,
with its count as the label), Lokomedia's tag pages (tag-situs-judi.html), a menu's category, a short headline linked
to its slug (its picture's and "Baca Selengkapnya" links too), a dated permalink. The address repeats
what the link says: no second evidence of what the visible text holds. ``SELLING_LINKS``: links that sell, beside the
same news: brands linked to their own sites, a parasite page among the site's uploads, brands as the site's tags;
each still found.
"""

from __future__ import annotations

from vendor_pages import Site, days_ago, department_page


def tag_cloud(tags: tuple[str, ...], address: str = "/tag/{}/") -> str:
    """Return a sidebar's tag cloud as WordPress prints it: each tag's link labelled with its count."""
    links = "".join(
        f'<a href="{address.format("-".join(tag.lower().split()))}" class="tag-cloud-link tag-link-{i}"'
        f' style="font-size: {10 + i % 4 * 3}pt;" aria-label="{tag} ({3 + i} item)">{tag}</a> '
        for i, tag in enumerate(tags)
    )
    cloud = f'<div class="tagcloud">{links}</div>'
    return f'<section class="widget widget_tag_cloud"><h3 class="widget-title">Tag</h3>{cloud}</section>'


def most_read(headline: str, slug: str) -> str:
    """Return the home page with ``headline`` first in its most read, linked to its own ``slug`` (its picture and its
    "Baca Selengkapnya" too)."""
    item = (
        f'<article class="popular-item"><a href="/{slug}/" class="thumb"><img src="/wp-content/uploads/thumb-1.jpg"'
        f' alt=""></a><h4><a href="/{slug}/">{headline}</a></h4><p>Kasus ditangani Satreskrim Polres Metro Bekasi'
        f' Kota.</p><a href="/{slug}/" class="more">Baca Selengkapnya &raquo;</a></article>'
    )
    widget = f'<section class="widget widget_popular"><h3 class="widget-title">Terpopuler</h3>{item}</section>'
    return department_page(Site(name="Humas Polres Metro Bekasi Kota", main_extra=widget))


POLRES_TAGS = ("Curanmor", "Narkoba", "Bandar Judi", "Lalu Lintas", "Tawuran")

OWN_NAVIGATION = {
    "polres-tag-cloud": department_page(Site(name="Humas Polres Metro Bekasi Kota", main_extra=tag_cloud(POLRES_TAGS))),
    "polres-tag-cloud-situs-judi": department_page(
        Site(name="Humas Polres Metro Bekasi Kota", main_extra=tag_cloud(("Situs Judi", "Narkoba", "Curanmor")))
    ),
    "lokomedia-tag-pages": department_page(
        Site(
            name="Polsek Rawalumbu",
            main_extra=tag_cloud(("bandar judi", "situs judi", "narkoba"), address="tag-{}.html"),
        )
    ),
    "menu-category": department_page(
        Site(
            name="Polres Metro Bekasi Kota",
            main_extra='<nav class="category-menu" aria-label="Kategori"><ul><li><a href="/kategori/curanmor">'
            'Curanmor</a></li><li><a href="/kategori/bandar-judi">Bandar Judi</a></li><li><a href="/kategori/'
            'narkoba">Narkoba</a></li><li><a href="/kategori/lalu-lintas">Lalu Lintas</a></li></ul></nav>',
        )
    ),
    "short-headline": most_read("Warga Tertipu Situs Judi", "warga-tertipu-situs-judi"),
    "dated-permalink": most_read("Awas Slot Gacor", f"{days_ago(0):%Y/%m/%d}/awas-slot-gacor"),
}

BRANDS = ("Slot88 Gacor", "Daftar Kaisar89", "Link Alternatif Hoki4D")

SELLING_LINKS = {
    "brands-linked-to-their-sites": department_page(
        Site(
            name="Humas Polres Metro Bekasi Kota",
            main_extra=tag_cloud(POLRES_TAGS) + tag_cloud(BRANDS, address="https://{}.xyz/"),
        )
    ),
    "parasite-among-uploads": department_page(
        Site(
            name="Humas Polres Metro Bekasi Kota",
            main_extra=tag_cloud(POLRES_TAGS) + tag_cloud(BRANDS, address="/wp-content/uploads/slot-gacor/{}/"),
        )
    ),
    "brands-as-tags": department_page(
        Site(name="Humas Polres Metro Bekasi Kota", main_extra=tag_cloud(POLRES_TAGS) + tag_cloud(BRANDS))
    ),
}
