"""What SEO cloakers print for Googlebot and phones that spells no word of gambling, and what departments'
vendors print that looks like it.

The cloaker's PHP keeps the department's page and changes one thing for search engines: its meta description
made a brand's ("KAISAR88 Situs Resmi Terpercaya No.1 di Indonesia"), or a paragraph of links to the brands'
sites put among the news, not after the footer. Its script for phones builds the brand's address from numbers
(``[104, 116, …].map(c => String.fromCharCode(c)).join("")``), minified as the kits ship it. Beside them: a
partner banner that shows three of its partners at random on each request, a mobile theme's block of store
and chat buttons, and the vendor's own scripts (a language switcher, a mobile site on the department's host,
Google Analytics and Tag Manager, a "back to top" button, a login that sends to the city's SSO).
"""

from __future__ import annotations

import random

from cloaked_pages import department

HOST = "dinkes.bekasikota.go.id"
OWN_DESCRIPTION = "Situs resmi Dinas Kesehatan Kota Bekasi, Pemerintah Kota Bekasi."
BRAND_DESCRIPTION = "KAISAR88 Situs Resmi Terpercaya No.1 di Indonesia"
BRAND = "https://pandawa77.com/"
# Brands whose names spell no word of gambling, and their sites.
BRANDS = (
    ("PANDAWA77", "https://pandawa77.com/"),
    ("MERPATI55", "https://merpati55.xyz/daftar"),
    ("CEMARA88", "https://cemara88.site/"),
    ("LANGIT777", "https://www.langit777.com/login"),
)
BRAND_DOMAINS = ("pandawa77.com", "merpati55.xyz", "cemara88.site", "langit777.com")


def with_description(page: str, description: str) -> str:
    """Return ``page`` with its meta description (and the Open Graph one, where it has it) made ``description``."""
    return page.replace(OWN_DESCRIPTION, description)


def open_graph(description: str = OWN_DESCRIPTION) -> str:
    """Return the Open Graph and Twitter metas Yoast SEO prints in the head."""
    return (
        '<meta property="og:locale" content="id_ID"><meta property="og:type" content="website">'
        '<meta property="og:title" content="Dinas Kesehatan Kota Bekasi">'
        f'<meta property="og:description" content="{description}">'
        '<meta property="og:site_name" content="Dinas Kesehatan Kota Bekasi">'
        '<meta name="twitter:card" content="summary_large_image">'
    )


def backlinks_paragraph() -> str:
    """Return the paragraph of brand links the cloaker puts among the news, dressed as a news item's."""
    links = " | ".join(f'<a href="{href}" rel="dofollow">{name}</a>' for name, href in BRANDS)
    return (
        '<article class="news-item"><div class="news-body"><h3 class="news-title">Mitra Layanan Digital</h3>'
        f"<p>Mitra resmi kami: {links}</p></div></article>"
    )


def with_backlinks_in_the_news(news: int = 6) -> str:
    """Return the department's page with the brand links among its news, before its pagination."""
    page = department(news=news)
    at = page.index('<nav class="pagination">')
    return page[:at] + backlinks_paragraph() + page[at:]


# The partners a banner plugin picks three of on each request (Pemkot's programmes and the banks it works with).
PARTNERS = (
    ("Bank BJB", "https://www.bankbjb.co.id/"),
    ("BPJS Kesehatan", "https://www.bpjs-kesehatan.go.id/"),
    ("Bank Mandiri", "https://www.bankmandiri.co.id/"),
    ("Telkom Indonesia", "https://www.telkom.co.id/"),
    ("Pegadaian", "https://www.pegadaian.co.id/"),
    ("PLN", "https://web.pln.co.id/"),
    ("Pertamina", "https://www.pertamina.com/"),
    ("Tokopedia", "https://www.tokopedia.com/"),
)


def partner_banner(chosen: random.Random) -> str:
    """Return a random three of the partners' banners, as the plugin prints them anew on each request."""
    banners = "".join(
        f'<a class="partner" href="{href}" target="_blank"><img src="/wp-content/uploads/mitra-{i}.png" alt="{name}">'
        f"<span>{name}</span></a>"
        for i, (name, href) in enumerate(chosen.sample(PARTNERS, 3))
    )
    return f'<section class="widget widget-mitra"><h3>Mitra Kami</h3><div class="partners">{banners}</div></section>'


# What a mobile theme shows phones alone: the app in the stores, and the chat and channel buttons.
MOBILE_BUTTONS = (
    '<div class="app-download"><p>Unduh aplikasi Bekasi Sehat:</p>'
    '<a href="https://play.google.com/store/apps/details?id=id.go.bekasikota.dinkes.sehat">Google Play</a>'
    '<a href="https://apps.apple.com/id/app/bekasi-sehat/id1534567890">App Store</a>'
    '<a href="https://appgallery.huawei.com/app/C107865321">AppGallery</a>'
    '<a href="https://wa.me/6281188899900?text=Halo%20Dinkes">WhatsApp Pengaduan</a>'
    '<a href="https://t.me/dinkeskotabekasi">Telegram</a>'
    '<a href="https://www.tiktok.com/@dinkeskotabekasi">TikTok</a></div>'
)

# A share bar a mobile theme adds under the news: each link names the page's own address.
SHARE_BAR = (
    '<div class="share-bar">Bagikan: '
    '<a href="https://telegram.me/share/url?url=https%3A%2F%2Fdinkes.bekasikota.go.id%2F">Telegram</a>'
    '<a href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fdinkes.bekasikota.go.id%2F">LINE</a>'
    '<a href="https://pinterest.com/pin/create/button/?url=https://dinkes.bekasikota.go.id/">Pinterest</a>'
    '<a href="https://www.reddit.com/submit?url=https://dinkes.bekasikota.go.id/">Reddit</a></div>'
)


def char_codes(address: str, shift: int = 0) -> str:
    return ",".join(str(ord(c) + shift) for c in address)


def phones_redirect(address: str = BRAND) -> str:
    """Return the kit's minified script that sends phones to the brand's site, its address made of numbers."""
    return (
        "<script>!function(){var e=navigator.userAgent||navigator.vendor||window.opera;"
        f"if(/Android|iPhone|iPad|iPod|Opera Mini/i.test(e)){{var t=[{char_codes(address)}];"
        'window.location.replace(t.map(function(n){return String.fromCharCode(n)}).join(""))}}();</script>'
    )


def search_visitors_redirect(address: str = BRAND) -> str:
    """Return the kit's script that sends visitors who come from a search engine on, its address shifted by one."""
    return (
        "<script>(function(){var r=document.referrer;if(r&&/google\\.|bing\\.|yahoo\\./i.test(r)){setTimeout(()=>{"
        f'location.href=[{char_codes(address, 1)}].map(c=>String.fromCharCode(c-1)).join("")}},300)}}}})();</script>'
    )


# The vendor's own scripts, minified as its theme ships them.
LANGUAGE_SWITCHER = (
    "<script>jQuery(function($){$('#pilih-bahasa').on('change',function(){var l=$(this).val();"
    "window.location.href='https://" + HOST + "/'+(l==='id'?'':l+'/')})});</script>"
)
OWN_MOBILE_SITE = (
    "<script>!function(){var u=navigator.userAgent;if(/Android|iPhone|iPod/i.test(u)&&"
    "location.hostname.indexOf('m.')!==0){var d=[" + char_codes(f"https://m.{HOST}/") + "];"
    "location.replace(d.map(function(c){return String.fromCharCode(c)}).join('')+location.pathname.slice(1))}}();"
    "</script>"
)
ANALYTICS = (
    '<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2KD1B9S"></script>'
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());"
    "gtag('config','G-7QX2KD1B9S',{page_location:location.href,page_referrer:document.referrer});</script>"
    "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
    "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
    "j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);"
    "})(window,document,'script','dataLayer','GTM-K7D2P9X');</script>"
)
BACK_TO_TOP = (
    '<a href="#" id="back-to-top" class="back-to-top">&uarr;</a>'
    "<script>jQuery(function($){$(window).scroll(function(){$(this).scrollTop()>300?$('#back-to-top').fadeIn():"
    "$('#back-to-top').fadeOut()});$('#back-to-top').click(function(e){e.preventDefault();"
    "$('html,body').animate({scrollTop:0},600);location.hash='#top'})});</script>"
)
SSO_LOGIN = (
    "<script>!function(){if(!document.cookie.match(/(^|;)\\s*sso_session=/)&&/\\/layanan\\//.test(location.pathname))"
    "{var b=[104,116,116,112,115,58,47,47].map(function(c){return String.fromCharCode(c)}).join('');"
    "window.location.href=b+'sso.bekasikota.go.id/auth/realms/bekasi/protocol/openid-connect/auth?client_id=dinkes"
    "&redirect_uri='+encodeURIComponent(location.href)}}();</script>"
)
VENDOR_SCRIPTS = (LANGUAGE_SWITCHER, OWN_MOBILE_SITE, ANALYTICS, BACK_TO_TOP, SSO_LOGIN)
