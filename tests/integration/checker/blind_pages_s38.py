"""Pages of a blind sweep (session 38): sites written as vendors write them before the checker's rules were read,
kept here where the checker misread them.

``spring_security``: a Spring Boot application's Thymeleaf login page, whose layout carries the session's token in
``<meta name="_csrf">`` and the header its script sends it in in ``<meta name="_csrf_header">``, and whose form has no
hidden field. Spring Security takes the token from that header or from the ``_csrf`` parameter, and refuses a post
without either (403); a wrong password goes back to ``/login?error``.

``laravel_welcome_with_auth``: Laravel 5.8 to 7's welcome page left in the application's place after ``make:auth``
(laravel/ui), whose links over the framework's name are "Login" and "Register", or "Home" for a visitor signed in.

``wordpress_sample_in_theme``: a department's WordPress in the theme its vendor set up (Astra: a menu of the
department's pages with their submenus, a sidebar, a footer with its address, a cookie notice and a chat button)
whose only post is still WordPress's sample "Hello world!", dated the day it was installed; and the same site once
its news went up above the sample post, which is then the site's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from checker_servers import Reply, Request
from framework_pages import LARAVEL_WELCOME_5
from login_apps_s37 import VendorApp, card, error_box, plain_form
from vendor_pages import tanggal

_SPRING_HEAD = '<meta name="_csrf" content="{token}"/><meta name="_csrf_header" content="{header}"/>'
SPRING_REFUSAL = "Username atau password salah."
_SPRING_DASHBOARD = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Beranda | SI-PARKIR</title>
</head><body><nav class="navbar"><span class="brand">SI-PARKIR Dinas Perhubungan</span>
<form action="/logout" method="post"><button type="submit" class="btn btn-link">Keluar</button></form></nav>
<div class="container"><h3>Pendapatan Retribusi Parkir</h3><table class="table"><tr><th>Titik</th><th>Hari ini</th>
</tr><tr><td>Jl. Ahmad Yani</td><td>Rp 4.250.000</td></tr><tr><td>Summarecon</td><td>Rp 2.100.000</td></tr></table>
</div><footer class="small">&copy; 2026 Dinas Perhubungan Kota Bekasi</footer></body></html>"""


@dataclass
class SpringApp(VendorApp):
    """A ``VendorApp`` guarded as Spring Security guards a post: the session's token in the header ``header`` or in
    the ``_csrf`` parameter, else 403."""

    header: str = "X-CSRF-TOKEN"
    took: list[str] = field(default_factory=list)  # where each accepted post carried the token: header or field

    def _login(self, request: Request, sent: dict[str, str]) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        headers = {name.lower(): value for name, value in request.headers.items()}
        if self.header.lower() in headers:  # Spring reads the header first, and only it where it is sent
            self.took.append("header" if headers[self.header.lower()] == session["token"] else "")
        else:
            self.took.append("field" if request.value("_csrf") == session["token"] else "")
        if not self.took[-1]:
            self.posts.append(request)
            return Reply(403, '{"status":403,"error":"Forbidden","path":"/login"}', cookies=cookies)
        return super()._login(request, sent)


def spring_security(header: str = "X-CSRF-TOKEN") -> SpringApp:
    """SI-PARKIR: Spring Boot with Thymeleaf, the token only in the layout's metas; back to ``/login?error``."""
    head = _SPRING_HEAD.replace("{header}", header)
    return SpringApp(
        card("SI-PARKIR", plain_form(action="/login"), head=head),
        _SPRING_DASHBOARD,
        error_box(SPRING_REFUSAL),
        session_cookie="JSESSIONID",
        landing_path="/",
        header=header,
    )


def laravel_welcome_with_auth(links: str) -> str:
    """Return Laravel 6's welcome view as it renders with the auth scaffolding's ``links`` at its top right."""
    return _LARAVEL_WELCOME_AUTH.replace("{links}", links)


LOGIN_REGISTER = '<a href="/login">Login</a>\n                        <a href="/register">Register</a>'
HOME = '<a href="/home">Home</a>'
# The same view as Laravel 5's (framework_pages), the auth scaffolding's links at its top right.
_LARAVEL_WELCOME_AUTH = LARAVEL_WELCOME_5.replace(
    "            .title {",
    "            .top-right { position: absolute; right: 10px; top: 18px; }\n            .title {",
).replace(
    '<div class="flex-center position-ref full-height">\n',
    '<div class="flex-center position-ref full-height">\n'
    '                <div class="top-right links">\n                        {links}\n                </div>\n',
)


SAMPLE_POST = {
    "en": ("Hello world!", "Welcome to WordPress. This is your first post. Edit or delete it, then start writing!"),
    "id": (
        "Halo dunia!",
        "Selamat datang di WordPress. Ini adalah pos pertama Anda. Sunting atau hapus, kemudian mulai menulis!",
    ),
}
_NEWS = (
    (1, "rapat-koordinasi-kader-posyandu", "Rapat Koordinasi Kader Posyandu Se-Kota Bekasi"),
    (4, "vaksinasi-lanjutan-di-12-puskesmas", "Vaksinasi Lanjutan Digelar di 12 Puskesmas"),
    (9, "sosialisasi-germas-di-kecamatan-bekasi-utara", "Sosialisasi GERMAS di Kecamatan Bekasi Utara"),
)
_SUBMENUS = {
    "Profil": ("Visi dan Misi", "Struktur Organisasi", "Tugas dan Fungsi", "Profil Pejabat"),
    "Layanan": ("Puskesmas", "Rumah Sakit", "Perizinan Kesehatan", "Pengaduan", "Ambulans Gratis"),
    "Informasi": ("Berita", "Pengumuman", "Agenda", "Galeri", "Unduhan"),
    "PPID": ("Informasi Berkala", "Informasi Serta Merta", "Informasi Setiap Saat", "Permohonan Informasi"),
}


def wordpress_sample_in_theme(now: datetime, locale: str = "id", news: bool = False) -> str:
    """Return the department's WordPress home page (WIB ``now``): the sample post alone, or below ``news``."""
    headline, words = SAMPLE_POST[locale]
    posts = (
        [
            _post(now - timedelta(days=age), slug, title, "Kegiatan ini dihadiri jajaran Dinas Kesehatan.")
            for age, slug, title in _NEWS
        ]
        if news
        else []
    )
    posts.append(_post(now - timedelta(days=12 if news else 0), "hello-world", headline, words, post_id=1))
    menu = "".join(
        f'<li class="menu-item menu-item-has-children"><a href="/{name.lower()}/">{name}</a><ul class="sub-menu">'
        + "".join(
            f'<li class="menu-item"><a href="/{name.lower()}/{item.lower().replace(" ", "-")}/">{item}</a></li>'
            for item in items
        )
        + "</ul></li>"
        for name, items in _SUBMENUS.items()
    )
    return _ASTRA.format(menu=menu, posts="".join(posts), year=now.year, locale=locale)


def _post(day: datetime, slug: str, title: str, excerpt: str, post_id: int = 0) -> str:
    number = post_id or 100 + len(slug)
    return f"""<article id="post-{number}" class="post-{number} post type-post status-publish format-standard hentry
 category-uncategorized ast-article-post"><div class="ast-post-format- blog-layout-1"><div class="post-content">
<h2 class="entry-title" itemprop="headline"><a href="/{day:%Y/%m/%d}/{slug}/" rel="bookmark">{title}</a></h2>
<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span class="published"
 itemprop="datePublished">{tanggal(day)}</span></span> / Oleh <span class="author vcard">admin</span></div></header>
<div class="ast-excerpt-container ast-blog-single-element"><p>{excerpt}</p></div></div></div></article>"""


_ASTRA = """<!DOCTYPE html>
<html lang="{locale}">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Kesehatan Kota Bekasi</title>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css">
<meta name="generator" content="WordPress 6.7.1"></head>
<body class="home blog wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3">
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled">
<div class="ast-container"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/logo-dinkes.png" alt="Dinas Kesehatan Kota Bekasi"></a>
<p class="site-title"><a href="/" rel="home">Dinas Kesehatan Kota Bekasi</a></p></div>
<nav class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu">
<li class="menu-item current-menu-item"><a href="/">Beranda</a></li>{menu}
<li class="menu-item"><a href="/kontak/">Kontak</a></li></ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">{posts}</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><input type="search" name="s" placeholder="Cari ...">
</form></aside><aside class="widget widget_text"><h2 class="widget-title">Layanan Darurat</h2><div class="textwidget">
<p>Ambulans Gratis 119 / (021) 8841 7788, 24 jam.</p></div></aside><aside class="widget widget_nav_menu">
<h2 class="widget-title">Tautan</h2><ul><li><a href="https://www.bekasikota.go.id">Portal Kota Bekasi</a></li>
<li><a href="https://www.kemkes.go.id">Kementerian Kesehatan</a></li><li><a href="https://lapor.go.id">SP4N LAPOR!</a>
</li></ul></aside></div></div></div></div>
<footer class="site-footer"><div class="site-primary-footer-wrap"><div class="ast-builder-grid-row">
<p>Dinas Kesehatan Kota Bekasi<br>Jl. Pramuka No. 1, Marga Jaya, Bekasi Selatan, Kota Bekasi 17141<br>
Telp. (021) 8841 5678 &middot; dinkes@bekasikota.go.id</p></div></div><div class="site-below-footer-wrap">
<div class="ast-footer-copyright"><p>Hak Cipta &copy; {year} Dinas Kesehatan Kota Bekasi</p></div></div></footer></div>
<div id="cookie-law-info-bar"><span>Situs ini menggunakan cookie. <a href="/kebijakan-privasi/">Kebijakan Privasi</a>
<a role="button" class="cli_action_button">Terima</a></span></div>
<a class="wa-chat" href="https://wa.me/6281211112222">Chat Admin</a>
</body></html>
"""
