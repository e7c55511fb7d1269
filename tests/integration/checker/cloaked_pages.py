"""Where hacked department sites send Googlebot and phones, and where innocent ones send them.

The department's page is ``vendor_pages``'. Beside it: an app's page in Google Play and in Apple's App
Store (a department's own app, and a gambling app listed under another name), a short link's hop, a
gambling site's page as its framework serves it to a crawler (a shell its scripts fill in, no word of
gambling in its markup) and as a plain landing page, and the department's own page on its vendor's host.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from vendor_pages import Site, department_page, news_since

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
HOST = "dinkes.bekasikota.go.id"
OWN_APP = "id.go.bekasikota.dinkes.sehat"
# A gambling app in a store hides its trade in its package name; its store page in its title.
GAMBLING_APP = "com.slotgacor.maxwin.resmi"
GAMBLING_APP_TITLE = "Slot Gacor Maxwin 777 - Situs Slot Online Terpercaya"


def department(news: int = 6, **knobs: object) -> str:
    """Return the department's home page with ``news`` recent news items."""
    days = [1, 3, 6, 9, 14, 20, 27, 33][:news]
    return department_page(Site(news=news_since(days, now=NOW), clock=NOW, **knobs))  # type: ignore[arg-type]


def mobile_theme() -> str:
    """Return the page as the department's mobile theme serves it: WPtouch's menu, three news."""
    return department(
        news=3,
        head='<link rel="stylesheet" href="/wp-content/plugins/wptouch/themes/bauhaus/style.css">',
        body_top='<div id="wptouch-menu" class="wptouch-menu"><a href="/">Beranda</a></div>',
    )


def play_store(package: str, title: str, developer: str, about: str) -> str:
    """Return an app's page in Google Play, as it answers a phone (its scripts trimmed)."""
    address = f"https://play.google.com/store/apps/details?id={package}"
    return f"""<!doctype html><html lang="id" dir="ltr"><head><meta charset="utf-8">
<title>{escape(title)} - Aplikasi di Google Play</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(about)}">
<meta property="og:title" content="{escape(title)} - Aplikasi di Google Play">
<meta property="og:url" content="{address}">
<link rel="canonical" href="{address}&amp;hl=id">
<link rel="alternate" hreflang="en" href="{address}&amp;hl=en">
<link rel="alternate" hreflang="id" href="{address}&amp;hl=id">
<link rel="stylesheet" href="https://www.gstatic.com/_/boq-play/_/ss/k=boq-play.PlayStoreUi.PHlA.L.B1.O/am=ZQ">
<script nonce="n1">window['ppConfig'] = {{productName: 'PlayStoreUi', deleteIsEnforced: false}};</script>
<script nonce="n1">var AF_initDataKeys = ["ds:0", "ds:1"]; var AF_dataServiceRequests = {{}};</script>
</head><body><header class="zQTmif"><a href="/store/games?hl=id">Game</a> <a href="/store/apps?hl=id">Aplikasi</a>
<a href="/store/movies?hl=id">Film &amp; TV</a> <a href="/store/books?hl=id">Buku</a></header>
<main><h1 itemprop="name"><span>{escape(title)}</span></h1>
<div class="Vbfug"><a href="/store/apps/dev?id=5837214409381">{escape(developer)}</a></div>
<div class="ClM7O">10 rb+ Download</div><div class="g1rdde">Rating 3+</div>
<button aria-label="Instal">Instal</button>
<section><h2>Tentang aplikasi ini</h2><div class="bARER">{escape(about)}</div>
<div class="xg1aie">Diperbarui pada 18 Nov 2026</div></section>
<section><h2>Keamanan data</h2><p>Keamanan dimulai dengan memahami cara developer mengumpulkan dan membagikan
data Anda.</p></section></main>
<footer><a href="https://play.google.com/about/play-terms/">Persyaratan Layanan</a>
<a href="https://policies.google.com/privacy">Privasi</a></footer></body></html>"""


def own_app_in_play() -> str:
    return play_store(
        OWN_APP,
        "Bekasi Sehat",
        "Dinas Kesehatan Kota Bekasi",
        "Aplikasi resmi Dinas Kesehatan Kota Bekasi: antrean puskesmas, jadwal vaksinasi dan pengaduan layanan.",
    )


def gambling_app_in_play() -> str:
    return play_store(
        GAMBLING_APP,
        GAMBLING_APP_TITLE,
        "Maxwin Studio",
        "Daftar slot gacor hari ini, RTP live tertinggi, deposit pulsa tanpa potongan.",
    )


# A framework's page as it answers a crawler: the gambling site's words are in its scripts' bundle only.
GAMBLING_SHELL = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Memuat...</title>
<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/static/css/main.4f2c9a1e.css">
<script defer="defer" src="/static/js/main.9b7e3d21.js"></script></head>
<body><noscript>Aktifkan JavaScript untuk membuka halaman ini.</noscript><div id="root"></div></body></html>"""

GAMBLING_LANDING = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>RAJAZEUS88 : Situs Slot Gacor Hari Ini Gampang Maxwin Terpercaya</title>
<meta name="description" content="Daftar situs slot gacor terbaru, RTP live tertinggi, deposit pulsa tanpa potongan.">
<link rel="canonical" href="https://rajazeus88.example/"><link rel="amphtml" href="https://rajazeus88-amp.example/">
</head><body><header><img src="/logo.png" alt="RAJAZEUS88"><a href="/daftar" class="btn">DAFTAR</a>
<a href="/login" class="btn">LOGIN</a></header><main><h1>Situs Slot Gacor Hari Ini</h1>
<p>Nikmati permainan slot online dengan RTP live tertinggi, bonus new member 100% dan deposit via DANA.</p>
</main><footer>&copy; 2026 RAJAZEUS88</footer></body></html>"""


def apple_refusal() -> str:
    """Return what Apple's edge answers a client it will not serve."""
    return "<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1></body></html>"


def vendor_mirror(port: int) -> str:
    """Return the department's page as its vendor's mobile site serves it, under the vendor's host."""
    own = f"http://dinkes-bekasi.web.id:{port}/"
    return department(
        news=3,
        head=f'<link rel="canonical" href="{own}"><link rel="manifest" href="/manifest.json">',
        body_top='<div class="app-bar"><a href="/">Beranda</a> <a href="/layanan/">Layanan</a></div>',
    )


def store_redirect_script(target: str) -> str:
    """Return the script a vendor adds so that phones go to the department's app."""
    return (
        "<script>\n  (function () {\n    var ua = navigator.userAgent || '';\n"
        "    if (/Android|iPhone|iPad/i.test(ua) && !sessionStorage.getItem('tetap-di-web')) {\n"
        f"      window.location.href = '{target}';\n    }}\n  }})();\n</script>"
    )


def hreflangs(*versions: tuple[str, str]) -> str:
    """Return the ``hreflang`` alternates a translation plugin (Polylang, WPML) prints in the head."""
    return "".join(f'<link rel="alternate" hreflang="{lang}" href="{address}">' for lang, address in versions)


def english(port: int) -> str:
    """Return the department's English version, where a language plugin sends a client it takes for foreign."""
    own = f"http://{HOST}:{port}"
    return department(
        name="Health Office of Bekasi City",
        lang="en",
        head=hreflangs(("id", f"{own}/"), ("en", f"{own}/en/"), ("x-default", f"{own}/")),
    )


# What a cookie plugin adds for a first visit, and a campaign banner its A/B test shows one visitor in two.
COOKIE_BANNER = (
    '<div id="cookie-law-info-bar" class="cli-bar-container"><span>Situs ini menggunakan cookie untuk '
    'meningkatkan pengalaman Anda. <a role="button" id="cookie_action_close_header" class="cli_action_button">'
    "Setuju</a></span></div>"
)
CAMPAIGN_BANNER = (
    '<div class="banner-kampanye" data-variant="b"><a href="/layanan/jadwal-vaksinasi/">'
    '<img src="/wp-content/uploads/2026/11/banner-imunisasi-b.jpg" alt="Bulan Imunisasi Anak Nasional 2026"></a></div>'
)

# reCAPTCHA in front of the site, for a client its firewall finds suspicious (a Googlebot not from Google).
CAPTCHA = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Verifikasi Keamanan</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body><div class="box"><h1>Verifikasi bahwa Anda bukan robot</h1>
<form method="post" action="/__verify"><div class="g-recaptcha" data-sitekey="6LcQx2IpAAAAAB3mQe"></div>
<button type="submit">Lanjutkan</button></form><p>ID insiden: 7f3a9c</p></div></body></html>"""


def amp(port: int) -> str:
    """Return the page as its AMP plugin serves it to phones: the site's own canonical, AMP's scripts."""
    return department(
        news=4,
        head=(
            f'<link rel="canonical" href="http://{HOST}:{port}/">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js">'
            "</script>"
        ),
    )
