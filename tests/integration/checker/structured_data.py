"""JSON-LD blocks as Yoast SEO writes them for a department's site, and as an SEO cloaker swaps them for Googlebot."""

from __future__ import annotations

import json

DEPARTMENT = "https://dinkes.bekasikota.go.id"


def yoast_graph(own: str = DEPARTMENT, publisher: str | None = None, name: str = "Dinas Kesehatan Kota Bekasi") -> str:
    """Return Yoast's ``@graph`` of the home page: the page, the site with its search, the organisation with its
    logo and social profiles. ``publisher``: another site's address for the organisation (a brand's)."""
    org = publisher or own
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": f"{own}/",
                "url": f"{own}/",
                "name": f"{name} - Melayani dengan Sepenuh Hati",
                "isPartOf": {"@id": f"{own}/#website"},
                "about": {"@id": f"{org}/#organization"},
                "datePublished": "2021-03-04T02:11:09+00:00",
                "dateModified": "2026-11-27T08:40:12+00:00",
                "breadcrumb": {"@id": f"{own}/#breadcrumb"},
                "inLanguage": "id",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{own}/#breadcrumb",
                "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Beranda"}],
            },
            {
                "@type": "WebSite",
                "@id": f"{own}/#website",
                "url": f"{own}/",
                "name": name,
                "description": "Situs resmi Dinas Kesehatan Kota Bekasi",
                "publisher": {"@id": f"{org}/#organization"},
                "potentialAction": [
                    {
                        "@type": "SearchAction",
                        "target": {"@type": "EntryPoint", "urlTemplate": f"{own}/?s={{search_term_string}}"},
                        "query-input": "required name=search_term_string",
                    }
                ],
                "inLanguage": "id",
            },
            {
                "@type": "Organization",
                "@id": f"{org}/#organization",
                "name": name,
                "url": f"{org}/",
                "logo": {"@type": "ImageObject", "url": f"{own}/wp-content/uploads/logo.png", "width": 512},
                "sameAs": [
                    "https://www.facebook.com/dinkeskotabekasi",
                    "https://www.instagram.com/dinkeskotabekasi/",
                    "https://www.youtube.com/@dinkeskotabekasi",
                    "https://x.com/dinkesbekasi",
                ],
            },
        ],
    }
    return f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>'


def brand_organization(brand: str = "KAISAR88", domain: str = "kaisar88.com") -> str:
    """Return the Organization a cloaker puts in Googlebot's page: the brand's name, logo and profiles, for the
    search result of the department's page."""
    org = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": brand,
        "alternateName": f"{brand} Situs Resmi",
        "url": f"https://{domain}/",
        "logo": f"https://{domain}/logo.webp",
        "sameAs": [f"https://t.me/{brand.lower()}official", f"https://linktr.ee/{brand.lower()}"],
    }
    return f'<script type="application/ld+json">{json.dumps(org)}</script>'
