"""Where a department page's head says the page is, served to every visitor, through a whole check.

A hacked page's head may keep its canonical and change where else it says the page is: its ``og:url`` (the
address a share and a search result show), an ``hreflang`` version of it, or the JSON-LD of its site, page or
organisation (a brand's Organization, a WebSite with its search box on the brand's host). The brands' domains
("kaisar88.com") spell no word of gambling, and every visitor gets the same head, so no cloaking check tells:
the hijack check reads those addresses as it reads a canonical. Beside them, the heads a department's vendor
writes: Yoast's metas and graph (its social profiles, a logo on a CDN), Polylang's versions on the province's
and the city's sites and on the city's tourism site it links to, a news item's JSON-LD citing ANTARA, the city's
GovernmentOrganization, Jetpack's short link and a feed on FeedBurner. A real HTTP server on 127.0.0.1; no
Kafka, no PostgreSQL.
"""

from __future__ import annotations

import json

import pytest
from checker_servers import FakeSite, Reply, checked
from structured_data import brand_organization, yoast_graph
from vendor_pages import Site, days_ago, department_page

from pantau_contracts.status import Finding

OWN = "https://dinkes.bekasikota.go.id"


def yoast_metas(address: str = f"{OWN}/", site_name: str = "Dinas Kesehatan Kota Bekasi") -> str:
    """Return the Open Graph and Twitter metas Yoast SEO prints in a home page's head."""
    return (
        '<meta property="og:locale" content="id_ID">\n<meta property="og:type" content="website">\n'
        '<meta property="og:title" content="Beranda - Dinas Kesehatan Kota Bekasi">\n'
        '<meta property="og:description" content="Situs resmi Dinas Kesehatan Kota Bekasi">\n'
        f'<meta property="og:url" content="{address}">\n<meta property="og:site_name" content="{site_name}">\n'
        f'<meta property="og:image" content="{OWN}/wp-content/uploads/2023/01/logo-dinkes.png">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
    )


def polylang(*versions: tuple[str, str]) -> str:
    """Return the ``hreflang`` versions a translation plugin prints in the head."""
    return "".join(f'<link rel="alternate" href="{address}" hreflang="{lang}" />\n' for lang, address in versions)


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def searchable_website(host: str) -> str:
    """Return a WebSite with its search box (a sitelinks search box in the results) on ``host``."""
    return ld(
        {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": "KOITOTO",
            "url": f"https://{host}/",
            "potentialAction": {
                "@type": "SearchAction",
                "target": f"https://{host}/?s={{search_term_string}}",
                "query-input": "required name=search_term_string",
            },
        }
    )


def antara_news_item() -> str:
    """Return the JSON-LD of a news item the department took from ANTARA, naming it as the publisher."""
    day = days_ago(2)
    return ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Kemenkes Perluas Imunisasi Rutin Lengkap ke Seluruh Puskesmas",
            "datePublished": day.isoformat(),
            "isBasedOn": "https://www.antaranews.com/berita/4512345/kemenkes-perluas-imunisasi-rutin-lengkap",
            "mainEntityOfPage": {"@type": "WebPage", "@id": f"{OWN}/berita/kemenkes-perluas-imunisasi/"},
            "author": {"@type": "Organization", "name": "ANTARA", "url": "https://www.antaranews.com/"},
            "publisher": {
                "@type": "Organization",
                "name": "ANTARA News",
                "url": "https://www.antaranews.com/",
                "logo": {"@type": "ImageObject", "url": "https://cdn.antaranews.com/img/antaranews-logo.png"},
            },
        }
    )


def city_government() -> str:
    """Return the city's GovernmentOrganization, as the city's theme prints it, its logo on a CDN."""
    return ld(
        {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "name": "Pemerintah Kota Bekasi",
            "url": "https://www.bekasikota.go.id/",
            "logo": "https://cdn.jsdelivr.net/gh/pemkotbekasi/assets@1.2/logo-kota-bekasi.png",
            "sameAs": ["https://id.wikipedia.org/wiki/Kota_Bekasi", "https://www.instagram.com/pemkotbekasi/"],
        }
    )


VENDOR_HEAD = (
    f'<link rel="canonical" href="{OWN}/">\n'
    '<link rel="alternate" type="application/rss+xml" title="Dinkes &raquo; Feed" '
    'href="https://feeds.feedburner.com/DinkesKotaBekasi">\n'
    "<link rel='shortlink' href='https://wp.me/P9xK2l-2'>\n"
)


def page_with(head: str) -> str:
    return department_page(Site(head=VENDOR_HEAD + head))


def hijack(site: FakeSite, head: str) -> list[Finding]:
    site.route("*", "/", Reply(200, page_with(head)))
    return [f for f in checked(site).findings if f.code == "pengalihan_asing"]


@pytest.mark.parametrize(
    ("head", "evidence"),
    [
        (
            yoast_metas("https://kaisar88.com/"),
            "alamat halaman bagi mesin pencari (og:url) berada di https://kaisar88.com/",
        ),
        (
            yoast_metas("https://koitoto.xyz/", site_name="KOITOTO"),
            "alamat halaman bagi mesin pencari (og:url) berada di https://koitoto.xyz/",
        ),
        (
            polylang(("id", f"{OWN}/"), ("id-ID", "https://kaisar88.com/")),
            "versi bahasa lain halaman (hreflang) berada di https://kaisar88.com/",
        ),
        (
            yoast_metas() + brand_organization(),
            "data terstruktur halaman (JSON-LD) menyatakan situsnya di https://kaisar88.com/",
        ),
        (
            yoast_metas() + yoast_graph(publisher="https://kaisar88.com"),
            "data terstruktur halaman (JSON-LD) menyatakan situsnya di https://kaisar88.com/",
        ),
        (
            yoast_metas() + searchable_website("koitoto.xyz"),
            "data terstruktur halaman (JSON-LD) menyatakan situsnya di https://koitoto.xyz/",
        ),
    ],
    ids=["og-url", "og-url-site-name", "hreflang", "organization", "yoast-publisher", "website-search"],
)
def test_a_head_that_says_the_page_is_on_a_brands_site_is_a_hijack(site: FakeSite, head: str, evidence: str) -> None:
    [found] = hijack(site, head)
    assert (found.severity, found.location) == ("tinggi", "head")  # as a canonical there is
    assert found.evidence == evidence


@pytest.mark.parametrize(
    "head",
    [
        yoast_metas() + yoast_graph(),  # its profiles on the social networks, its logo on its own host
        yoast_metas("https://www.dinkes.bekasikota.go.id/"),  # its own www variant
        yoast_metas("http://dinkes.bekasikota.go.id/"),
        polylang(
            ("id", f"{OWN}/"),
            ("en", "https://en.bekasikota.go.id/dinkes/"),
            ("su", "https://jabarprov.go.id/su/"),
            ("x-default", f"{OWN}/"),
        ),
        polylang(("en", "https://dinkes-bekasikota-go-id.translate.goog/?_x_tr_sl=id&_x_tr_tl=en")),
        yoast_metas() + yoast_graph() + antara_news_item(),
        yoast_metas() + city_government(),
        # What vendors leave in a head: the theme's demo, the staging host, the old domain, a template's example,
        # the vendor as the site's organisation, a translation service's versions.
        yoast_metas("https://demo.themeforest-preview.net/portal-news/"),
        yoast_metas("http://localhost/dinkes/"),
        yoast_metas("https://dinkes-staging.cvmediakreatif.my.id/"),
        polylang(("en", "https://dinkesbekasi.web.id/en/"), ("x-default", "https://dinkesbekasi.com/")),
        ld({"@context": "https://schema.org", "@type": "WebSite", "url": "https://example.com/", "name": "Portal"}),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": "CV Media Kreatif",
                "url": "https://cvmediakreatif.com/",
            }
        ),
        polylang(("en", "https://en.dinkes-bekasikota.weglot.io/")),
    ],
    ids=[
        "yoast",
        "www",
        "http",
        "government-versions",
        "translation-proxy",
        "antara-news-item",
        "city-government",
        "theme-demo",
        "localhost",
        "staging",
        "old-domains",
        "template-example",
        "vendor-organisation",
        "translation-service",
    ],
)
def test_a_vendors_head_on_its_own_and_the_governments_sites_is_no_hijack(site: FakeSite, head: str) -> None:
    assert hijack(site, head) == []


def test_a_version_in_english_on_a_sister_site_the_page_links_to_is_no_hijack_unless_the_link_is_hidden(
    site: FakeSite,
) -> None:
    versions = polylang(("id", f"{OWN}/"), ("en", "https://visitbekasi.id/en/dinkes/"))
    sister = '<p class="wisata"><a href="https://visitbekasi.id/">Wisata Kota Bekasi</a></p>'
    site.route("*", "/", Reply(200, department_page(Site(head=VENDOR_HEAD + versions, main_extra=sister))))
    assert [f for f in checked(site).findings if f.code == "pengalihan_asing"] == []
    # A brand's link hidden beside its version is a link farm's, not a sister site's.
    farm = '<div style="display:none"><a href="https://kaisar88.com/">KAISAR88</a></div>'
    versions = polylang(("id", f"{OWN}/"), ("id-ID", "https://kaisar88.com/"))
    site.route("*", "/", Reply(200, department_page(Site(head=VENDOR_HEAD + versions, body_end=farm))))
    [found] = [f for f in checked(site).findings if f.code == "pengalihan_asing"]
    assert found.evidence == "versi bahasa lain halaman (hreflang) berada di https://kaisar88.com/"
