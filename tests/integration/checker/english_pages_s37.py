"""Bekasi's pages in English, and the rarer dates of its Indonesian pages, fresh and stale (session 37).

The city runs a few sites in English or in both languages: DPMPTSP's investment portal ("Invest in Bekasi", a
Bootstrap theme with a language switch), the smart-city portal's ``/en/`` pages (Laravel, Carbon's English
``diffForHumans``), a tourism site on WordPress (Astra, posts in ``<article>``) and a hospital's English page (RSUD's
CodeIgniter site). Each prints its posts' dates the way its theme or its vendor's locale does: "December 3rd, 2026",
"3rd December 2026", "Dec. 3, 2026", "Thursday, 3 December 2026 10:15 AM", "2026/12/03", "03.12.2026",
"3-Dec-2026", "December 3, 2026 at 10:15 am", "Posted on 3 December 2026 by admin", "Updated: 3 days ago", "an hour
ago", "yesterday at 10:15", "last week", "2h", Indonesian short months ("3 Agt 2026", "3 Nop 2026", "3 Peb 2026"),
"3 Desember 2026 pukul 10.15 WIB", "sejam yang lalu", "kemarin sore", a Hijri day beside the Gregorian one, numeric
dates that a US-configured WordPress writes month first, and ``<time datetime>`` with and without its zone.

Each kind in two states where it has them: ``FRESH`` (its newest post within the month: aktif, update, dated by that
post) and ``STALE`` (its newest post months old: aktif, tidak_update, dated by that post). ``STAND_INS``: English
pages served in an application's place with status 200 (a theme's 404, "Coming soon", "We'll be back soon!", "Site
is under construction", "This site is temporarily unavailable"), each with the reason and the words quoted; and
honest pages whose news uses the same words ("The new terminal is coming soon") are in ``FRESH``. All at ``NOW``
(Friday 4 December 2026, 10:00 in Bekasi); the application's freshness limit is the default 30 days.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)  # Friday 4 December 2026, 10:00 WIB

Post = tuple[str, str]  # a title and the date line its theme prints (markup)

_EXCERPT_EN = (
    "The Bekasi City Government continues to improve public services and the ease of doing business for investors "
    "and residents alike, with integrated licensing, better roads and new public facilities across the city."
)
_EXCERPT_ID = (
    "Pemerintah Kota Bekasi terus meningkatkan pelayanan publik bagi warga melalui berbagai program prioritas yang "
    "dilaksanakan bersama perangkat daerah dan masyarakat di seluruh kecamatan."
)


def invest_page(posts: tuple[Post, ...], lang: str = "en") -> str:
    """Return DPMPTSP's "Invest in Bekasi" home page: a top bar with the language switch, the menu, a hero, the
    sectors, the latest news (each a card with the date line of ``posts``), the licensing figures and a footer."""
    cards = "".join(
        f"<div class='col-md-4'><div class='card news-card'><img class='card-img-top' src='/uploads/news/{i + 1}.jpg'"
        f" alt=''><div class='card-body'><div class='news-meta'><i class='far fa-calendar-alt'></i> {line}</div>"
        f"<h5 class='card-title'><a href='/{lang}/news/{210 - i}'>{title}</a></h5><p class='card-text'>"
        f"{_EXCERPT_EN[:140]}&hellip;</p><a class='btn btn-link' href='/{lang}/news/{210 - i}'>Read more &rarr;</a>"
        "</div></div></div>"
        for i, (title, line) in enumerate(posts)
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Invest in Bekasi | DPMPTSP Kota Bekasi</title>
<meta name="description" content="Official investment portal of Bekasi City: opportunities, incentives, licensing.">
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="/assets/css/style.css">
</head><body>
<div class="topbar"><div class="container d-flex justify-content-between"><span><i class="fas fa-phone"></i>
(021) 8897 0154 &nbsp; <i class="fas fa-envelope"></i> investasi@bekasikota.go.id</span>
<span class="lang"><a href="/id/">ID</a> | <a class="active" href="/en/">EN</a></span></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white sticky-top"><div class="container">
<a class="navbar-brand" href="/{lang}/"><img src="/assets/img/logo-invest.png" alt="Invest in Bekasi"></a>
<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/{lang}/">Home</a></li>
<li class="nav-item"><a class="nav-link" href="/{lang}/why-bekasi">Why Bekasi</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">Opportunities</a><div class="dropdown-menu">
<a class="dropdown-item" href="/{lang}/sector/industry">Industry</a><a class="dropdown-item"
href="/{lang}/sector/property">Property</a><a class="dropdown-item" href="/{lang}/sector/logistics">Logistics</a>
</div></li>
<li class="nav-item"><a class="nav-link" href="/{lang}/incentives">Incentives</a></li>
<li class="nav-item"><a class="nav-link" href="/{lang}/licensing">Licensing (OSS)</a></li>
<li class="nav-item"><a class="nav-link" href="/{lang}/news">News</a></li>
<li class="nav-item"><a class="nav-link" href="/{lang}/contact">Contact</a></li></ul></div></nav>
<section class="hero"><div class="container"><h1>Invest in Bekasi</h1><p>A city of 2.6 million people on the
Jakarta&ndash;Cikampek corridor, 25 minutes from the capital by toll road and LRT.</p>
<a class="btn btn-primary" href="/{lang}/opportunities">Explore opportunities</a></div></section>
<section class="sectors"><div class="container"><h2>Leading Sectors</h2><div class="row">
<div class="col-md-3"><h4>Manufacturing</h4><p>Industrial estates with ready land and utilities.</p></div>
<div class="col-md-3"><h4>Trade &amp; Services</h4><p>Malls, markets and a growing middle class.</p></div>
<div class="col-md-3"><h4>Property</h4><p>Transit-oriented development around LRT stations.</p></div>
<div class="col-md-3"><h4>Logistics</h4><p>Direct access to Tanjung Priok and the Cikarang dry port.</p></div>
</div></div></section>
<section class="news"><div class="container"><h2 class="section-title">Latest News</h2><div class="row">{cards}</div>
<a class="btn btn-outline-primary" href="/{lang}/news">All news</a></div></section>
<section class="figures"><div class="container"><div class="row">
<div class="col"><span class="count">1,284</span><p>Business licences issued (NIB)</p></div>
<div class="col"><span class="count">IDR 7.9 T</span><p>Realised investment</p></div>
<div class="col"><span class="count">56</span><p>Investment projects on offer</p></div></div></div></section>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-6"><h5>DPMPTSP Kota Bekasi</h5>
<p>Gedung Mall Pelayanan Publik, Jl. Chairil Anwar No. 1, Bekasi Timur, West Java 17113</p></div>
<div class="col-md-6"><h5>Office Hours</h5>
<p>Monday &ndash; Thursday 08:00 &ndash; 16:00, Friday 08:00 &ndash; 16:30</p>
</div></div><p class="copy">&copy; 2026 Investment and One-Stop Integrated Services Agency of Bekasi City. All rights
reserved.</p></div></footer><script src="/assets/vendor/jquery/jquery.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script></body></html>"""


def smart_city_page(posts: tuple[Post, ...], updated: str = "") -> str:
    """Return the smart-city portal's ``/en/`` page (Laravel): the menu, the six dimensions, the news list (each
    item with the stamp of ``posts``, Carbon's English), ``updated`` under the list, and a footer."""
    items = "".join(
        f"<li class='news-item'><a href='/en/news/{i + 88}-smart-city'><img src='/storage/news/{i + 88}.jpg' alt=''>"
        f"<div class='news-body'><h4>{title}</h4><span class='news-date'><i class='icon-clock'></i> {line}</span>"
        f"</div></a></li>"
        for i, (title, line) in enumerate(posts)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="csrf-token" content="f2Jt0sV7XqLz1bW8aP4kN9mR6cY3eD5hG0iU2oQ1">
<title>Bekasi Smart City &ndash; Patriot Cerdas</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/css/app.css?id=4d7a9c1e" rel="stylesheet"></head><body class="lang-en"><div id="app">
<header class="site-header"><a class="brand" href="/en">
<img src="/images/logo-smartcity.svg" alt="Bekasi Smart City"></a>
<nav class="main-nav"><a href="/en">Home</a><a href="/en/about">About</a><a href="/en/dimensions">Smart Dimensions</a>
<a href="/en/apps">City Apps</a><a href="/en/open-data">Open Data</a><a href="/en/news">News</a>
<a href="/en/contact">Contact</a></nav><div class="lang-switch"><a href="/id">Bahasa Indonesia</a> &middot;
<a class="active" href="/en">English</a></div></header>
<main class="content"><section class="dimensions"><h2>Six Smart Dimensions</h2><ul class="grid">
<li>Smart Governance</li><li>Smart Branding</li><li>Smart Economy</li><li>Smart Living</li><li>Smart Society</li>
<li>Smart Environment</li></ul></section>
<section class="news-list"><h2>News &amp; Updates</h2><ul>{items}</ul>{updated}
<a class="more" href="/en/news">More news</a></section>
<section class="apps"><h2>City Apps</h2><ul class="grid"><li><a href="https://lapor.bekasikota.go.id">Lapor Patriot</a>
</li><li><a href="https://sipp.bekasikota.go.id">Public Service Information</a></li><li><a
href="https://cctv.bekasikota.go.id">City CCTV</a></li></ul></section></main>
<footer class="site-footer"><p>Diskominfostandi Kota Bekasi &middot; Jl. Jend. Ahmad Yani No. 1, Bekasi 17141</p>
<p>&copy; 2026 Bekasi Smart City. All rights reserved.</p></footer></div>
<script src="/js/app.js?id=9b3e1f20"></script></body></html>"""


def tourism_page(posts: tuple[Post, ...], lang: str = "en-US") -> str:
    """Return "Visit Bekasi", Disparbud's WordPress site on Astra: the posts in ``<article>``, each with the
    ``entry-meta`` markup of ``posts``, a sidebar of categories and upcoming events, and a footer."""
    articles = "".join(
        f"<article class='post-{740 - i} post type-post status-publish format-standard has-post-thumbnail "
        f"ast-article-post' id='post-{740 - i}'><div class='ast-post-format- blog-layout-1'><div class='post-content"
        f" ast-col-md-12'><div class='ast-blog-featured-section post-thumb'><img src='/wp-content/uploads/2026/"
        f"visit-{i + 1}.jpg' alt=''></div><header class='entry-header'><h2 class='entry-title'><a href='/"
        f"{title.lower().replace(' ', '-')[:40]}/' rel='bookmark'>{title}</a></h2><div class='entry-meta'>{line}"
        f"</div></header><div class='ast-excerpt-container'><p>{_EXCERPT_EN}</p></div><p class='read-more'><a "
        f"class='ast-button' href='/{title.lower().replace(' ', '-')[:40]}/'>Read More &raquo;</a></p></div></div>"
        "</article>"
        for i, (title, line) in enumerate(posts)
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visit Bekasi &#8211; Discover the Patriot City</title><meta name='robots' content='index, follow' />
<link rel='stylesheet' id='astra-theme-css-css'
href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3'
media='all' /><meta name="generator" content="WordPress 6.6.2" /></head>
<body class="home blog ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3">
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
<div class="site-branding"><span class="site-title"><a href="/" rel="home">Visit Bekasi</a></span>
<p class="site-description">Discover the Patriot City</p></div><nav class="main-header-bar-navigation">
<ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item">
<a href="/destinations/">Destinations</a></li><li class="menu-item"><a href="/culinary/">Culinary</a></li>
<li class="menu-item"><a href="/events/">Events</a></li><li class="menu-item"><a href="/stay/">Where to Stay</a></li>
<li class="menu-item"><a href="/getting-here/">Getting Here</a></li><li class="menu-item"><a href="/id/">ID</a></li>
</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><div class="ast-row">{articles}</div>
<nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span>
<a class="page-numbers" href="/page/2/">2</a><a class="next page-numbers" href="/page/2/">Next &rarr;</a></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>
<li class="cat-item"><a href="/category/culinary/">Culinary</a></li><li class="cat-item"><a
href="/category/culture/">Culture</a></li><li class="cat-item"><a href="/category/nature/">Nature</a></li></ul></aside>
<aside class="widget widget_text"><h2 class="widget-title">Plan Your Visit</h2><div class="textwidget"><p>Tourist
Information Centre, Stadion Patriot Candrabhaga, open daily 09:00&ndash;17:00.</p></div></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-small-footer-section">
Copyright &copy; 2026 Visit Bekasi &middot; Dinas Pariwisata dan Kebudayaan Kota Bekasi | Powered by
<a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></footer></div>
<script src='/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3' id='astra-theme-js-js'></script>
</body></html>"""


def hospital_page(posts: tuple[Post, ...], lang: str = "en") -> str:
    """Return RSUD's English page (CodeIgniter): the menu, the services, the news column (each with the date line
    of ``posts``), the emergency number and a footer."""
    news = "".join(
        f"<div class='media news'><img class='mr-3' src='/assets/uploads/berita/thumb_{i + 1}.jpg' alt=''>"
        f"<div class='media-body'><h5 class='mt-0'><a href='/{lang}/news/read/{512 - i}'>{title}</a></h5>"
        f"<small class='text-muted'>{line}</small><p>{_EXCERPT_EN[:120]}&hellip;</p></div></div>"
        for i, (title, line) in enumerate(posts)
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>RSUD dr. Chasbullah Abdulmadjid Kota Bekasi</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet"
href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/rsud.css"></head><body>
<div class="top-info"><div class="container">Emergency (IGD) 24 hours: (021) 8841 4222 &middot;
<a href="/id/">Bahasa Indonesia</a> | <a href="/{lang}/">English</a></div></div>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/{lang}/">
<img src="/assets/img/logo-rsud.png" alt="RSUD Kota Bekasi"></a><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/{lang}/">Home</a></li><li class="nav-item"><a class="nav-link"
href="/{lang}/profile">Profile</a></li><li class="nav-item">
<a class="nav-link" href="/{lang}/services">Services</a></li>
<li class="nav-item"><a class="nav-link" href="/{lang}/doctors">Doctors</a></li><li class="nav-item"><a class="nav-link"
href="/{lang}/news">News</a></li><li class="nav-item"><a class="nav-link" href="/{lang}/contact">Contact</a></li></ul>
</div></nav>
<div class="container main"><div class="row"><div class="col-md-8"><h3 class="section">Hospital News</h3>{news}
<a href="/{lang}/news" class="btn btn-sm btn-success">News archive</a></div>
<div class="col-md-4"><div class="card"><div class="card-header">Our Services</div><ul class="list-group">
<li class="list-group-item">Emergency Unit (IGD)</li><li class="list-group-item">Outpatient Clinics</li>
<li class="list-group-item">Inpatient Care</li><li class="list-group-item">Haemodialysis</li>
<li class="list-group-item">Medical Check-Up</li></ul></div><div class="card mt-3"><div class="card-header">Visiting
Hours</div><div class="card-body">Daily 11:00&ndash;13:00 and 17:00&ndash;19:00</div></div></div></div></div>
<footer class="footer"><div class="container">Jl. Pramuka No. 55, Marga Jaya, Bekasi Selatan, Kota Bekasi 17141
&middot; &copy; 2026 RSUD dr. Chasbullah Abdulmadjid Kota Bekasi</div></footer>
<script src="/assets/js/jquery.min.js"></script></body></html>"""


def portal_id_page(posts: tuple[Post, ...]) -> str:
    """Return a department's Indonesian portal (a local vendor's PHP theme): the menu, the news list (each with the
    date line of ``posts``), a sidebar of links and the footer."""
    news = "".join(
        f"<div class='berita-item'><div class='thumb'><img src='/upload/berita/{330 - i}.jpg' alt=''></div>"
        f"<div class='isi'><h4><a href='/berita/detail/{330 - i}'>{title}</a></h4><div class='tanggal'>"
        f"<i class='fa fa-calendar'></i> {line}</div><p>{_EXCERPT_ID}</p></div></div>"
        for i, (title, line) in enumerate(posts)
    )
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Dinas Perdagangan dan Perindustrian Kota Bekasi</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/css/style.css">
</head><body><div class="header"><div class="container"><img src="/assets/img/logo.png" alt="Logo Kota Bekasi">
<h1>Dinas Perdagangan dan Perindustrian</h1><span>Pemerintah Kota Bekasi</span></div></div>
<div class="menu"><div class="container"><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>
<li><a href="/berita">Berita</a></li><li><a href="/pasar">Pasar</a></li><li><a href="/ikm">IKM</a></li>
<li><a href="/ppid">PPID</a></li><li><a href="/kontak">Kontak</a></li></ul></div></div>
<div class="container konten"><div class="row"><div class="col-md-8"><h3 class="judul">Berita Terkini</h3>{news}
<a class="btn btn-default" href="/berita">Indeks Berita</a></div><div class="col-md-4"><div class="panel">
<div class="panel-heading">Tautan</div><ul><li><a href="https://bekasikota.go.id">Portal Kota Bekasi</a></li>
<li><a href="https://oss.go.id">OSS RBA</a></li><li><a href="https://sp2kp.kemendag.go.id">SP2KP Kemendag</a></li>
</ul></div></div></div></div>
<div class="footer"><div class="container">Jl. Ir. H. Juanda No. 100, Bekasi Timur, Kota Bekasi<br>
Hak Cipta &copy; 2026 Disperindag Kota Bekasi</div></div></body></html>"""


def _titles(lines: tuple[str, ...], titles: tuple[str, ...]) -> tuple[Post, ...]:
    return tuple(zip(titles, lines, strict=False))


INVEST_NEWS = (
    "Bekasi Opens One-Stop Investment Desk at the Public Service Mall",
    "Mayor Meets Japanese Investors on the Cikarang&ndash;Bekasi Industrial Corridor",
    "Business Licensing Outreach for Micro Enterprises in Bantargebang",
    "Investment Realisation Reaches IDR 7.9 Trillion",
)
SMART_NEWS = (
    "Lapor Patriot Complaint App Adds WhatsApp Channel",
    "Smart Street Lighting Pilot Covers 12 Kilometres of Jalan Ahmad Yani",
    "City Hackathon Crowns Flood Early-Warning Team",
    "Open Data Portal Publishes 2026 Population Figures",
)
TOURISM_NEWS = (
    "Five Places to Try Nasi Uduk in Bekasi",
    "Bekasi Culture Festival Returns to Alun-Alun",
    "A Weekend at Situ Rawa Gede",
    "Heritage Walk: The Gedung Juang 45",
)
HOSPITAL_NEWS = (
    "RSUD Opens a New Cardiac Catheterisation Laboratory",
    "Free Health Screening for the Elderly",
    "Blood Donation Drive with PMI Kota Bekasi",
    "Hospital Earns Plenary Accreditation",
)
PORTAL_NEWS = (
    "Operasi Pasar Murah Jelang Natal dan Tahun Baru",
    "Pelatihan Kemasan Produk bagi IKM Kota Bekasi",
    "Tera Ulang Timbangan Pedagang Pasar Baru Bekasi",
    "Revitalisasi Pasar Kranji Memasuki Tahap Akhir",
)

_FRESH_DAYS = (date(2026, 12, 3), date(2026, 11, 27), date(2026, 11, 18), date(2026, 11, 2))
_STALE_DAYS = (date(2026, 8, 3), date(2026, 7, 20), date(2026, 7, 2), date(2026, 6, 15))
_MONTHS_EN = "January February March April May June July August September October November December".split()
_MONTHS_ID = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
_DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DAYS_ID = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _en(day: date) -> str:
    return _MONTHS_EN[day.month - 1]


def _short_en(day: date) -> str:
    return _en(day)[:3]


# The date lines of each theme's locale and format, as PHP's date() or Carbon prints them.
FORMATS: dict[str, Callable[[date], str]] = {
    "F-jS-Y": lambda d: f"{_en(d)} {_ordinal(d.day)}, {d.year}",
    "jS-F-Y": lambda d: f"{_ordinal(d.day)} {_en(d)} {d.year}",
    "M.-j-Y": lambda d: f"{_short_en(d)}. {d.day}, {d.year}",
    "l-j-F-Y-time": lambda d: f"{_DAYS_EN[d.weekday()]}, {d.day} {_en(d)} {d.year} 10:15 AM",
    "d-M-Y-H:i": lambda d: f"{d.day:02d} {_short_en(d)} {d.year} 10:15",
    "Y/m/d": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "d.m.Y": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "j-M-Y": lambda d: f"{d.day}-{_short_en(d)}-{d.year}",
    "F-j-Y": lambda d: f"{_en(d)} {d.day}, {d.year}",
    "F-j-Y-at": lambda d: f"{_en(d)} {d.day}, {d.year} at 10:15 am",
    "posted-on-by": lambda d: f"Posted on {d.day} {_en(d)} {d.year} by admin",
    "sup-ordinal": lambda d: f"{d.day}<sup>{_ordinal(d.day)[-2:]}</sup> {_en(d)} {d.year}",
    "time-zoned": lambda d: f"<time datetime='{d.isoformat()}T10:15:00+07:00'>{_short_en(d)} {d.day}</time>",
    "time-unzoned": lambda d: f"<time datetime='{d.isoformat()}T10:15'>{_short_en(d)} {d.day}</time>",
    "time-utc": lambda d: f"<time datetime='{d.isoformat()}T03:15:00Z'>{_short_en(d)} {d.day}, {d.year}</time>",
}
FORMATS_ID: dict[str, Callable[[date], str]] = {
    "D-j-M-Y": lambda d: f"{_DAYS_ID[d.weekday()]}, {d.day} {_MONTHS_ID[d.month - 1][:3]} {d.year}",
    "j-M-Y-agt": lambda d: f"{d.day} {'Agt' if d.month == 8 else _MONTHS_ID[d.month - 1][:3]} {d.year}",
    "j-M-Y-agu": lambda d: f"{d.day} {'Agu' if d.month == 8 else _MONTHS_ID[d.month - 1][:3]} {d.year}",
    "j-M-Y-sept": lambda d: f"{d.day} {'Sept' if d.month == 9 else _MONTHS_ID[d.month - 1][:3]} {d.year}",
    "j-M-Y-nop": lambda d: f"{d.day} {'Nop' if d.month == 11 else _MONTHS_ID[d.month - 1][:3]} {d.year}",
    "j-M-Y-peb": lambda d: f"{d.day} {'Peb' if d.month == 2 else _MONTHS_ID[d.month - 1][:3]} {d.year}",
    "d/m/y": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    "pukul-wib": lambda d: f"{d.day} {_MONTHS_ID[d.month - 1]} {d.year} pukul 10.15 WIB",
    "hijri": lambda d: f"{d.day} {_MONTHS_ID[d.month - 1]} {d.year} M / 12 Jumadil Akhir 1448 H",
    "d/m/Y": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
}

_SITES: dict[str, tuple[Callable[[tuple[Post, ...]], str], tuple[str, ...]]] = {
    "invest": (invest_page, INVEST_NEWS),
    "smart-city": (smart_city_page, SMART_NEWS),
    "tourism": (tourism_page, TOURISM_NEWS),
    "hospital": (hospital_page, HOSPITAL_NEWS),
    "portal-id": (portal_id_page, PORTAL_NEWS),
}


def site_page(site: str, lines: Iterable[str]) -> str:
    """Return ``site``'s page listing its news with the date lines ``lines``, newest first."""
    build, titles = _SITES[site]
    return build(tuple(zip(titles, lines, strict=False)))


def _dated(site: str, fmt: Callable[[date], str], days: Iterable[date]) -> str:
    return site_page(site, (fmt(day) for day in days))


def _by_format() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Return each English format on one of the English sites and on the tourism site, and each Indonesian one on
    the portal, fresh and stale, with the day of its newest post."""
    fresh, stale = {}, {}
    english = ("invest", "smart-city", "tourism", "hospital")
    for index, (name, fmt) in enumerate(FORMATS.items()):
        for site in dict.fromkeys((english[index % len(english)], "tourism")):
            fresh[f"{site}-{name}"] = (_dated(site, fmt, _FRESH_DAYS), "2026-12-03")
            stale[f"{site}-{name}"] = (_dated(site, fmt, _STALE_DAYS), "2026-08-03")
    for name, fmt in FORMATS_ID.items():
        fresh[f"portal-id-{name}"] = (_dated("portal-id", fmt, _FRESH_DAYS), "2026-12-03")
        stale[f"portal-id-{name}"] = (_dated("portal-id", fmt, _STALE_DAYS), "2026-08-03")
    return fresh, stale


_FRESH_FORMATS, _STALE_FORMATS = _by_format()
# The rarer short months as the newest post's: "3 Sept", "3 Nop" (31 days before ``NOW``, past the limit), "3 Peb".
_SHORT_MONTHS = {
    "portal-id-sept": (("3 Sept 2026", "20 Agu 2026"), "2026-09-03"),
    "portal-id-nop": (("3 Nop 2026", "20 Okt 2026"), "2026-11-03"),
    "portal-id-peb": (("3 Peb 2026", "20 Jan 2026"), "2026-02-03"),
}
# Relative stamps, the newest first, over older ones: the smart city's Carbon in English, the portal's in Indonesian.
_OLDER_EN = ("2 weeks ago", "3 weeks ago", "1 month ago")
_OLDER_ID = ("2 minggu yang lalu", "3 minggu yang lalu", "1 bulan yang lalu")
_RELATIVE_EN = {
    "Updated: 3 days ago": "2026-12-01",
    "an hour ago": "2026-12-04",
    "a day ago": "2026-12-03",
    "yesterday at 10:15": "2026-12-03",
    "Yesterday at 10:15 AM": "2026-12-03",
    "last week": "2026-11-27",
    "just now": "2026-12-04",
    "Updated 5 hours ago": "2026-12-03",  # 05:00 WIB, the evening before in UTC
    "5 mins ago": "2026-12-04",
    "2 hours ago": "2026-12-04",
}
_RELATIVE_ID = {
    "1 jam lalu": "2026-12-04",
    "sejam yang lalu": "2026-12-04",
    "semenit lalu": "2026-12-04",
    "baru saja": "2026-12-04",
    "seminggu yang lalu": "2026-11-27",
    "kemarin sore": "2026-12-03",
    "tadi pagi": "2026-12-04",
}


def _us(day: date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


# A banner of the site's over its own list of dated news: the site, not a notice in its place.
_BANNER_SOON = (
    "<div class='alert alert-info'>Our new website is coming soon! Some pages may be temporarily unavailable.</div>"
)
_BANNER_BACK = (
    "<div class='alert alert-warning'>We'll be back soon with a new look. This English page is under construction."
    "</div>"
)


def _with_banner(html: str, banner: str) -> str:
    for opening in (
        '<div class="container main">',
        '<main id="main" class="site-main">',
        '<div class="container konten">',
    ):
        html = html.replace(opening, opening + banner)
    return html


_HONEST_NEWS = (
    "The New Bekasi Bus Terminal Is Coming Soon",
    "We'll Be Back Soon With Night Market Season Two",
    "Site Under Construction: Progress at the New City Hall Annex",
    "E-Licensing Service Temporarily Unavailable During Server Migration on Sunday",
)

FRESH: dict[str, tuple[str, str]] = {
    **_FRESH_FORMATS,
    "portal-id-nop-within-the-month": (
        site_page("portal-id", ("24 Nop 2026", "18 Nop 2026", "2 Nop 2026")),
        "2026-11-24",
    ),
    **{f"smart-city-{line}": (site_page("smart-city", (line, *_OLDER_EN)), day) for line, day in _RELATIVE_EN.items()},
    **{f"portal-id-{line}": (site_page("portal-id", (line, *_OLDER_ID)), day) for line, day in _RELATIVE_ID.items()},
    "tourism-m/d/Y-us": (site_page("tourism", map(_us, _FRESH_DAYS)), "2026-12-03"),
    "invest-news-in-a-stand-in's-words": (
        invest_page(tuple(zip(_HONEST_NEWS, map(FORMATS["F-j-Y-at"], _FRESH_DAYS), strict=True))),
        "2026-12-03",
    ),
    "hospital-banner-coming-soon": (
        _with_banner(_dated("hospital", FORMATS["M.-j-Y"], _FRESH_DAYS), _BANNER_SOON),
        "2026-12-03",
    ),
    "portal-id-banner-coming-soon": (
        _with_banner(_dated("portal-id", FORMATS_ID["pukul-wib"], _FRESH_DAYS), _BANNER_SOON),
        "2026-12-03",
    ),
    "tourism-banner-coming-soon": (
        _with_banner(_dated("tourism", FORMATS["M.-j-Y"], _FRESH_DAYS), _BANNER_SOON),
        "2026-12-03",
    ),
}
STALE: dict[str, tuple[str, str]] = {
    **_STALE_FORMATS,
    **{name: (site_page("portal-id", lines), day) for name, (lines, day) in _SHORT_MONTHS.items()},
    "smart-city-months-ago": (site_page("smart-city", ("Updated: 4 months ago", "5 months ago")), "2026-08-06"),
    "portal-id-sebulan-lalu": (site_page("portal-id", ("sebulan lalu", "2 bulan yang lalu")), "2026-10-20"),
    "tourism-m/d/Y-us": (site_page("tourism", map(_us, _STALE_DAYS)), "2026-08-03"),
    "hospital-banner-be-back-soon": (
        _with_banner(_dated("hospital", FORMATS["M.-j-Y"], _STALE_DAYS), _BANNER_BACK),
        "2026-08-03",
    ),
    "portal-id-banner-be-back-soon": (
        _with_banner(_dated("portal-id", FORMATS_ID["pukul-wib"], _STALE_DAYS), _BANNER_BACK),
        "2026-08-03",
    ),
    "tourism-banner-be-back-soon": (
        _with_banner(_dated("tourism", FORMATS["M.-j-Y"], _STALE_DAYS), _BANNER_BACK),
        "2026-08-03",
    ),
}


def _bare(title: str, body: str) -> str:
    """Return a plugin's or a hosting's page in the site's place: a title and a centred box, no menu."""
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font-family:Arial,sans-serif;text-align:center;background:#f5f5f5}}.box{{margin:10% auto;max-width:640px}}
</style></head><body><div class="box">{body}</div></body></html>"""


_RECENT_POSTS = (
    "<aside class='widget widget_recent_entries'><h2 class='widget-title'>Recent Posts</h2><ul><li><a "
    "href='/nasi-uduk/'>"
    "Five Places to Try Nasi Uduk in Bekasi</a><span class='post-date'>December 3, 2026</span></li><li><a "
    "href='/festival/'>Bekasi Culture Festival Returns</a><span class='post-date'>November 27, 2026</span></li></ul>"
    "</aside>"
)
# Astra's 404 (underscores' words), served with 200 by a caching plugin, its sidebar's recent posts dated.
_ASTRA_404 = (
    tourism_page(())
    .replace("Visit Bekasi &#8211; Discover the Patriot City</title>", "Page not found &#8211; Visit Bekasi</title>")
    .replace(
        '<div class="ast-row"></div>',
        '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Oops! That page can'
        '&rsquo;t be found.</h1></header><div class="page-content"><p>It looks like nothing was found at '
        "this location. "
        'Maybe try one of the links below or a search?</p><form role="search" method="get" class="search-form" '
        'action="/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s"><input '
        'type="submit" class="search-submit" value="Search"></form></div></section>',
    )
    .replace('<div class="sidebar-main">', '<div class="sidebar-main">' + _RECENT_POSTS)
)
STAND_INS: dict[str, tuple[str, str, str]] = {
    "astra-404-with-recent-posts": (_ASTRA_404, "halaman_tidak_ditemukan", "Page not found"),
    "twenty-twenty-404": (
        _bare(
            "Page not found &#8211; Invest in Bekasi",
            "<h1 class='entry-title'>Page Not Found</h1><p>The page you were looking for could not be found. It might "
            "have been removed, renamed, or did not exist in the first place.</p><form role='search' method='get' "
            "action='/'><input type='search' name='s'><input type='submit' value='Search'></form>",
        ),
        "halaman_tidak_ditemukan",
        "Page not found",
    ),
    "seedprod-coming-soon": (
        _bare(
            "Coming Soon - Invest in Bekasi",
            "<img src='/wp-content/uploads/logo.png' alt=''><h1>Coming Soon</h1><p>Our new investment portal is "
            "launching soon. Stay tuned!</p><p><a href='mailto:investasi@bekasikota.go.id'>investasi@bekasikota.go.id"
            "</a></p>",
        ),
        "dalam_pemeliharaan",
        "Coming Soon",
    ),
    "elementor-coming-soon": (
        _bare(
            "Invest in Bekasi &#8211; Coming Soon",
            "<div class='elementor-widget-container'><h2 class='elementor-heading-title'>Something big is coming soon"
            "</h2></div><div class='elementor-countdown-wrapper'><span class='elementor-countdown-digits'>12</span> "
            "<span class='elementor-countdown-label'>Days</span></div><p>Subscribe to get notified when we launch.</p>"
            "<form><input type='email' placeholder='Your email'><button>Notify me</button></form>",
        ),
        "dalam_pemeliharaan",
        "Coming Soon",
    ),
    "we-will-be-back-soon": (
        _bare(
            "Maintenance",
            "<h1>We&rsquo;ll be back soon!</h1><p>Sorry for the inconvenience but we&rsquo;re performing some "
            "maintenance at the moment. If you need to you can always <a href='mailto:#'>contact us</a>, otherwise "
            "we&rsquo;ll be back online shortly!</p><p>&mdash; The Team</p>",
        ),
        "dalam_pemeliharaan",
        "Maintenance",
    ),
    "wp-maintenance-mode": (
        _bare(
            "Invest in Bekasi",
            "<h1>Invest in Bekasi</h1><h2>Maintenance mode is on</h2><p>Site will be available soon. Thank you for "
            "your patience!</p>",
        ),
        "dalam_pemeliharaan",
        "Maintenance mode is on",
    ),
    "under-construction": (
        _bare(
            "Visit Bekasi | Under Construction",
            "<h1>Site is under construction</h1><p>We are working hard to bring you a new experience. Please "
            "check back "
            "later.</p><div class='social'><a href='https://instagram.com/visitbekasi'>Instagram</a></div>",
        ),
        "dalam_pemeliharaan",
        "Under Construction",
    ),
    "temporarily-unavailable": (
        _bare(
            "Site Temporarily Unavailable",
            "<h1>This site is temporarily unavailable</h1><p>Please try again later.</p>",
        ),
        "halaman_bawaan",
        "Site Temporarily Unavailable",
    ),
    "technical-difficulties": (
        _bare(
            "Temporarily Unavailable",
            "<h1>Temporarily Unavailable</h1><p>The website that you're trying to reach is having technical "
            "difficulties and is currently unavailable.</p><p>We are aware of the issue and are working hard to fix "
            "it. Thank you for your patience.</p>",
        ),
        "dalam_pemeliharaan",
        "technical difficulties",
    ),
}


# Widgets and notices of the English pages that print a day by themselves, each put on the stale page of three sites:
# none dates it. (A data's "as of" yesterday and next week's event do, as in Indonesian: left out.)
_ENGLISH_WIDGETS = {
    "today-is": "<div class='today'>Today is Friday, December 4, 2026</div>",
    "last-updated-today": "<p class='updated'>Last updated: December 4, 2026</p>",
    "page-generated": "<p>Page generated on December 4, 2026 at 10:00 in 0.0213 seconds</p>",
    "countdown": "<div class='countdown'><h4>Countdown to Bekasi's 29th Anniversary</h4><p>March 10, 2027</p></div>",
    "valid-until": (
        "<div class='promo'><h4>Investment Incentive</h4><p>50% BPHTB reduction, valid until December 31, "
        "2026</p></div>"
    ),
    "deadline": "<div class='call'><h4>Call for Investment Proposals</h4><p>Deadline: December 10, 2026</p></div>",
    "registration-closes": (
        "<div class='call'><h4>Bekasi Expo Exhibitors</h4><p>Registration closes on December 10, 2026</p></div>"
    ),
    "weather": "<div class='weather'><h4>Bekasi Weather</h4><p>Friday, December 4, 2026</p><p>31°C "
    "Partly cloudy</p></div>",
    "event-far-ahead": (
        "<div class='events'><h4>Upcoming Events</h4><ul><li>January 20, 2027 &ndash; Bekasi Investment Forum</li></ul>"
        "</div>"
    ),
    "prayer-times": (
        "<div class='prayer'><h4>Prayer Times Bekasi</h4><p>Friday, 4 December 2026 / 23 Jumada al-Ula 1448 AH</p>"
        "<p>Fajr 04:05 Dhuhr 11:42 Asr 15:08 Maghrib 17:58 Isha 19:12</p></div>"
    ),
    "exchange-rate": (
        "<div class='kurs'><h4>Exchange Rate</h4><p>USD/IDR 15,870 &middot; Updated December 4, 2026 08:00</p></div>"
    ),
    "gold-price": (
        "<div class='gold'><h4>Gold Price Today</h4><p>Antam 1 g: IDR 1,512,000</p>"
        "<p>Updated: December 4, 2026 08:30 WIB</p></div>"
    ),
    "air-quality": (
        "<div class='aqi'><h4>Air Quality</h4><p>AQI 112 Unhealthy for sensitive groups</p>"
        "<p>Updated 4 Dec 2026, 07:00</p></div>"
    ),
    "visitors": (
        "<div class='counter'><h4>Visitors</h4><p>Today: 128</p><p>Total: 84,221</p><p>Last visit: 2 minutes ago</p>"
        "</div>"
    ),
    "tweets": (
        "<div class='feed'><h4>Tweets by @investbekasi</h4><p>Bekasi opens new licensing desk</p><p>2h</p>"
        "<p>Join our forum</p><p>1d</p></div>"
    ),
    "last-login": "<div><p>Last login: December 4, 2026 09:55</p></div>",
}
_WIDGET_PLACES = {
    "invest": '<section class="figures">',
    "tourism": '<aside class="widget widget_categories">',
    "hospital": '<div class="card mt-3">',
}


def _with_widget(site: str, widget: str) -> str:
    place = _WIDGET_PLACES[site]
    return _dated(site, FORMATS["F-j-Y"], _STALE_DAYS).replace(place, widget + place)


STALE.update(
    {
        f"{site}-stale-with-{name}": (_with_widget(site, widget), "2026-08-03")
        for name, widget in _ENGLISH_WIDGETS.items()
        for site in _WIDGET_PLACES
    }
)
