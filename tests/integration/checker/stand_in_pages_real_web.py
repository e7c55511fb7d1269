"""Pages in an application's place as the real web serves them, and real pages that look like them.

Each stand-in is written the way its product prints it (title, headings, footer, inline styles,
its languages), including the hard ones: a default page under a custom title, a maintenance notice
or a "not found" page inside the site's own theme with its menu, footer and a sidebar of dated
news, a parked domain with many ad links, a listing with the dates of its files. The look-alikes
are an application's own pages that use the same words: news about road repairs, a tutorial on
HTTP status codes, a document archive, a footer naming the web server.

``portal_page`` is a second department theme next to ``vendor_pages.department_page``: the site's
name in an ``<h1>`` in the header (as many themes print it on every page), a sidebar of recent
news with dates, a footer saying what it runs on.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from vendor_pages import Site, days_ago, department_page, tanggal

NAME = "Dinas Kesehatan Kota Bekasi"
TAGLINE = "Melayani dengan Sepenuh Hati"
HOME_TITLE = f"{NAME} – {TAGLINE}"  # WordPress's title of a home page: the site's name and its tagline
LEFT_MENU = (
    '<aside class="sidebar-left"><h2 class="widget-title">Menu Layanan</h2><ul><li><a href="/antrean/">Antrean'
    ' Puskesmas</a></li><li><a href="/rujukan/">Rujukan Online</a></li></ul></aside>'
)
_RECENT = (
    "Posyandu Balita Serentak di 12 Kecamatan",
    "Vaksinasi HPV untuk Pelajar SD Kelas 5",
    "Jadwal Layanan Puskesmas Selama Libur Nasional",
    "Pemeriksaan Kesehatan Gratis bagi Lansia",
    "Rapat Koordinasi Penanganan Stunting",
)
_MENU = (
    "Beranda",
    "Profil",
    "Visi Misi",
    "Struktur Organisasi",
    "Pejabat",
    "Layanan",
    "Puskesmas",
    "Rumah Sakit",
    "Perizinan",
    "Ambulans",
    "Berita",
    "Pengumuman",
    "Agenda",
    "Galeri",
    "Unduhan",
    "PPID",
    "Regulasi",
    "SOP",
    "Survei Kepuasan",
    "Kontak",
)


@dataclass(frozen=True)
class Portal:
    """A department portal around ``main``: its header, menu, sidebar of dated news and footer."""

    main: str
    title: str = f"{NAME} – Pemerintah Kota Bekasi"
    site_h1: bool = True  # the site's name in an <h1> in the header, before the content's own headings
    tagline_h2: bool = False  # and its tagline in an <h2> (Twenty Twelve and the themes made from it)
    left: str = ""  # a sidebar before the content, in the markup's order
    footer_extra: str = ""
    lang: str = "id"
    top: str = ""  # above the header: a banner, or what PHP printed before the page


def portal_page(p: Portal) -> str:
    """Return a whole department page in a second common theme (the site's name as its first heading)."""
    brand = f'<h1 class="site-title"><a href="/">{NAME}</a></h1>' if p.site_h1 else f'<p class="site-title">{NAME}</p>'
    tag = "h2" if p.tagline_h2 else "p"
    menu = "".join(f'<li><a href="/{m.lower().replace(" ", "-")}/">{m}</a></li>' for m in _MENU)
    recent = "".join(
        f'<li><a href="/berita/{i}/">{escape(h)}</a> <span class="post-date">{tanggal(days_ago(2 + 3 * i))}</span></li>'
        for i, h in enumerate(_RECENT)
    )
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)}</title>
<link rel="stylesheet" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style>.site-header{{background:#0a4d8c}} .widget-title{{font-size:1.1em}}</style>
</head>
<body class="wp-theme-astra">
{p.top}
<div class="top-bar"><span class="tanggal">{tanggal(days_ago(0), with_weekday=True)}</span>
  <span>pengaduan@bekasikota.go.id &middot; (021) 88397963</span></div>
<header id="masthead" class="site-header">
  <div class="site-branding"><img src="/wp-content/uploads/logo-kota-bekasi.png" alt="Logo">{brand}
    <{tag} class="site-description">{TAGLINE}</{tag}></div>
  <nav id="site-navigation" class="main-navigation"><ul class="menu">{menu}</ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
{p.left}<div id="primary" class="content-area">{p.main}</div>
<aside id="secondary" class="widget-area">
  <section class="widget"><h3 class="widget-title">Berita Terbaru</h3><ul>{recent}</ul></section>
  <section class="widget"><h3 class="widget-title">Kategori</h3><ul>
    <li><a href="/kategori/berita/">Berita</a></li><li><a href="/kategori/pengumuman/">Pengumuman</a></li>
    <li><a href="/kategori/artikel/">Artikel Kesehatan</a></li></ul></section>
  <section class="widget"><h3 class="widget-title">Cari</h3>
    <form role="search" action="/"><input type="search" name="s"><button>Cari</button></form></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer">
  <div class="footer-widgets"><p><strong>{NAME}</strong><br>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan</p>
    <p><a href="https://www.instagram.com/dinkeskotabekasi/">Instagram</a>
    <a href="https://www.youtube.com/@dinkeskotabekasi">YouTube</a></p></div>
  <div class="site-info">&copy; 2026 {NAME}. Hak Cipta Dilindungi. {p.footer_extra}</div>
</footer>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4"></script>
</body>
</html>
"""


def small(title: str, body: str, lang: str = "en", head: str = "") -> str:
    """Return a standalone page as a server, a panel or a plugin writes it."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n{head}'
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# --- web servers' and hosting panels' default pages -----------------------------------------------

# The nginx welcome page under the title a vendor gave the server block, before it deployed the app.
NGINX_CUSTOM_TITLE = small(
    "SIMPEG BKPSDM Kota Bekasi",
    "<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\n"
    "working. Further configuration is required.</p>\n<p>For online documentation and support please refer to\n"
    '<a href="http://nginx.org/">nginx.org</a>.<br/>\nCommercial support is available at\n'
    '<a href="http://nginx.com/">nginx.com</a>.</p>\n<p><em>Thank you for using nginx.</em></p>',
    head="<style>\nhtml { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\n"
    "font-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n",
)
NGINX_DEBIAN_OLD = small(
    "Welcome to nginx on Debian!",
    "<h1>Welcome to nginx on Debian!</h1>\n<p>If you see this page, the nginx web server is successfully installed"
    " and working on Debian. Further configuration is required.</p>\n<p>For online documentation and support"
    ' please refer to <a href="http://nginx.org/">nginx.org</a></p>\n<p>Please use the <tt>reportbug</tt> tool to'
    " report bugs in the nginx package with Debian. However, check <a"
    ' href="http://bugs.debian.org/cgi-bin/pkgreport.cgi?ordering=normal;archive=0;src=nginx;repeatmerged=0">'
    "existing bug reports</a> before reporting a new bug.</p>\n<p><em>Thank you for using debian and nginx.</em></p>",
)
RHEL_HTTPD = small(
    "Test Page for the HTTP Server on Red Hat Enterprise Linux",
    '<h1>Red Hat Enterprise Linux <strong>Test Page</strong></h1>\n<div class="content"><div class="content-middle">'
    "<p>This page is used to test the proper operation of the HTTP server after it has been installed. If you can"
    " read this page, it means that the HTTP server installed at this site is working properly.</p></div><hr/>"
    '<div class="content-columns"><div class="content-column-left"><h2>If you are a member of the general'
    " public:</h2><p>The fact that you are seeing this page indicates that the website you just visited is either"
    " experiencing problems, or is undergoing routine maintenance.</p></div><div class='content-column-right'>"
    "<h2>If you are the website administrator:</h2><p>You may now add content to the webroot directory. Note that"
    " until you do so, people visiting your website will see this page, and not your content.</p>"
    "<p>For systems using the Apache HTTP Server: You may now add content to the directory <tt>/var/www/html/</tt>."
    " Note that until you do so, people visiting your website will see this page, and not your content. To prevent"
    " this page from ever being used, follow the instructions in the file <tt>/etc/httpd/conf.d/welcome.conf</tt>."
    '</p></div></div></div><div class="logos"><a href="http://httpd.apache.org/"><img src="/icons/apache_pb3.png"'
    ' alt="[ Powered by Apache ]"/></a></div>',
)
CENTOS7_HTTPD = small(
    "Apache HTTP Server Test Page powered by CentOS",
    '<div class="jumbotron text-center"><div class="container"><h1>Testing 123..</h1><p class="lead">This page is'
    " used to test the proper operation of the <a href='http://apache.org'>Apache HTTP server</a> after it has been"
    " installed. If you can read this page it means that this site is working properly. This server is powered by"
    " <a href='http://centos.org'>CentOS</a>.</p></div></div><div class='main'><div class='container'><div"
    " class='row'><div class='col-sm-6'><h2>Just visiting?</h2><p class='lead'>The website you just visited is"
    " either experiencing problems or is undergoing routine maintenance.</p></div><div class='col-sm-6'><h2>Are"
    " you the Administrator?</h2><p>You should add your website content to the directory <tt>/var/www/html/</tt>."
    "</p></div></div></div></div>",
)
IIS85 = small(
    "Microsoft Internet Information Services 8",
    '<div id="container"><a href="http://go.microsoft.com/fwlink/?linkid=66138&amp;clcid=0x409">'
    '<img src="iis-85.png" alt="IIS" width="960" height="600" /></a></div>',
    head="<style>body{color:#000000;background-color:#1E1E1E;margin:0;} #container{margin-left:auto;}</style>",
)
IIS7 = small(
    "IIS7",
    '<div id="container"><a href="http://go.microsoft.com/fwlink/?linkid=66138&amp;clcid=0x409">'
    '<img src="welcome.png" alt="IIS7" width="571" height="411" /></a></div>',
)
OPENLITESPEED = small(
    "Welcome to OpenLiteSpeed",
    '<div class="banner"><img src="/img/ols-logo.svg" alt="OpenLiteSpeed"></div><div class="container">'
    "<h1>Congratulations</h1><p>You have successfully installed the OpenLiteSpeed Web Server!</p>"
    "<p>This is the default page of OpenLiteSpeed. You can <a href='/docs/'>read the documentation</a>,"
    " visit the <a href='https://openlitespeed.org/'>OpenLiteSpeed website</a>, or log in to the"
    " <a href=':7080'>WebAdmin Console</a>.</p></div>",
)
CADDY = small(
    "Caddy works!",
    '<div class="stack"><img class="logo" src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="Caddy">'
    '<h1>Congratulations! <span class="emoji">🙌</span></h1><h2>Your web server is working. Now make it work'
    " for you. 💪</h2><p>Caddy is ready to serve your site over HTTPS:</p><ol><li>Point your domain's A/AAAA DNS"
    " records at this machine.</li><li>Upload your site's files to <code>/var/www/html</code>.</li><li>Edit your"
    " Caddyfile at <code>/etc/caddy/Caddyfile</code></li></ol><p><a href='https://caddyserver.com/docs/'>"
    "Caddy documentation</a></p></div>",
)
TOMCAT10 = small(
    "Apache Tomcat/10.1.19",
    "<div id='wrapper'><div id='navigation' class='curved container'><span id='nav-home'><a"
    " href='https://tomcat.apache.org/'>Home</a></span><span id='nav-hosts'><a href='/docs/'>Documentation</a>"
    "</span><span id='nav-config'><a href='/docs/config/'>Configuration</a></span><span id='nav-examples'><a"
    " href='/examples/'>Examples</a></span><span id='nav-wiki'><a href='https://cwiki.apache.org/confluence/display"
    "/TOMCAT/'>Wiki</a></span><span id='nav-lists'><a href='https://tomcat.apache.org/lists.html'>Mailing Lists"
    "</a></span><span id='nav-help'><a href='https://tomcat.apache.org/findhelp.html'>Find Help</a></span><br"
    " class='separator' /></div><div id='asf-box'><h1>Apache Tomcat/10.1.19</h1></div><div id='upper'"
    " class='curved container'><div id='congrats' class='curved container'><h2>If you're seeing this, you've"
    " successfully installed Tomcat. Congratulations!</h2></div></div></div>",
)
CPANEL_SUSPENDED = small(
    "Account Suspended",
    '<div class="container"><div class="main"><h1>Account Suspended</h1><p>This Account has been suspended.</p>'
    "<p>Contact your hosting provider for more information.</p></div>"
    '<div class="footer"><img src="/img-sys/server_misconfigured.png" alt="">Copyright &copy; 2026 cPanel, L.L.C.'
    "</div></div>",
    head='<link rel="stylesheet" href="/cgi-sys/css/suspended.css">',
)
PLESK_OBSIDIAN = small(
    "Domain Default page",
    '<div class="page-container"><div class="header"><a href="https://www.plesk.com"><img src="img/logo.svg"'
    ' alt="Plesk"></a></div><div class="main"><h2>Domain Default page</h2><p>This page was generated'
    " automatically by Plesk. If you are the owner of this website, you can replace it with your own content.</p>"
    "<p>Log in to Plesk and create your website with WordPress, upload files, or use one of the other options.</p>"
    '<p><a href="https://docs.plesk.com/">Plesk Documentation</a> &middot; <a href="https://talk.plesk.com/">'
    "Plesk Forum</a></p></div></div>",
)
PLESK_ID = small(
    "Halaman Default Domain",
    '<div class="page-container"><div class="main"><h2>Halaman Default Domain</h2><p>Halaman ini dibuat secara'
    " otomatis oleh Plesk. Jika Anda pemilik situs web ini, Anda dapat menggantinya dengan konten Anda sendiri.</p>"
    '<p><a href="https://docs.plesk.com/">Dokumentasi Plesk</a></p></div></div>',
    lang="id",
)
DIRECTADMIN = small(
    "Welcome!",
    "<table width='100%' height='100%'><tr><td align='center'><h1>Welcome!</h1><p>This is the default index.html"
    " page that is distributed with <b>DirectAdmin</b>.</p><p>If you are seeing this page, it means that your site"
    " is set up, and that you can now upload your web site files to the public_html directory.</p><p>You can delete"
    " this file when you are ready.</p><p><a href='https://www.directadmin.com/'>DirectAdmin</a></p></td></tr>"
    "</table>",
)
AAPANEL_CUSTOM = small(
    "dinkes.bekasikota.go.id",
    '<div class="container"><h1>Congratulations, the site is created successfully! </h1><h3>This is the default'
    " index.html, this page is automatically generated by the system</h3><ul><li>The html of this page is in the"
    " website root directory</li><li>You can modify, delete or overwrite this page</li></ul></div>",
)
HOSTINGER_PARKED = small(
    "Parked Domain name on Hostinger DNS system",
    '<div class="container"><img src="https://hpanel.hostinger.com/img/logo.svg" alt="Hostinger"><h1>Congratulations!'
    "</h1><h2>Your domain dinkes-bekasi.com is active</h2><p>This domain is parked free of charge with Hostinger DNS"
    " system. Add a website to this domain in hPanel to get it online.</p><p><a href='https://www.hostinger.co.id/'>"
    "Hostinger</a> &middot; <a href='https://hpanel.hostinger.com/'>hPanel</a></p></div>",
)
NIAGAHOSTER_DEFAULT = small(
    "Niagahoster | Website Anda Sudah Aktif",
    '<div class="wrap"><img src="https://www.niagahoster.co.id/assets/images/logo.svg" alt="Niagahoster">'
    "<h1>Selamat! Website Anda sudah aktif</h1><p>Halaman ini adalah halaman default hosting Anda. Silakan unggah"
    " file website Anda ke folder public_html melalui File Manager atau FTP untuk mengganti halaman ini.</p>"
    "<p><a href='https://www.niagahoster.co.id/kb/'>Knowledge Base</a> &middot; <a"
    " href='https://panel.niagahoster.co.id/'>Member Area</a></p></div>",
    lang="id",
)
RUMAHWEB_DEFAULT = small(
    "Rumahweb Indonesia - Default Page",
    "<div class='box'><img src='https://www.rumahweb.com/assets/img/logo-rumahweb.png' alt='Rumahweb'><h1>Website"
    " Sedang Dalam Pembangunan</h1><p>Domain ini telah aktif dan di-hosting di Rumahweb Indonesia. Pemilik website"
    " dapat mengunggah file website ke direktori public_html.</p><p>&copy; 2026 <a"
    " href='https://www.rumahweb.com/'>Rumahweb Indonesia</a></p></div>",
    lang="id",
)
IDCLOUDHOST_DEFAULT = small(
    "Default Web Page - IDCloudHost",
    "<div class='container'><h1>Halaman Default</h1><p>Website ini di-hosting di IDCloudHost. Silakan upload file"
    " website Anda ke direktori public_html untuk mengganti halaman ini.</p><p><a"
    " href='https://idcloudhost.com/'>IDCloudHost</a></p></div>",
    lang="id",
)

# --- soft 404s ------------------------------------------------------------------------------------

THEME_404_ID = """<section class="error-404 not-found">
  <div class="error-code" aria-hidden="false"><h1 class="page-title">404</h1></div>
  <h2>Halaman yang Anda cari tidak ditemukan</h2>
  <p>Halaman mungkin telah dipindahkan, dihapus, atau alamat yang Anda ketik salah. Silakan kembali ke
  <a href="/">beranda</a> atau gunakan menu pencarian.</p>
  <form role="search" action="/"><input type="search" name="s" placeholder="Cari…"><button>Cari</button></form>
</section>"""
# The site's title kept, a bare "404" as the content's heading and the sentence after it.
THEME_404_BARE = """<div class="container text-center py-5"><h1 class="display-1">404</h1>
<p class="lead">Oops! Halaman yang Anda cari tidak ada atau sudah dipindahkan.</p>
<a class="btn btn-primary" href="/">Kembali ke Beranda</a></div>"""
LARAVEL_404 = small(
    "Not Found",
    '<div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center sm:pt-0">'
    '<div class="max-w-xl mx-auto sm:px-6 lg:px-8"><div class="flex items-center pt-8 sm:justify-start sm:pt-0">'
    '<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">404</div>'
    '<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Not Found</div></div></div></div>',
    head="<style>body{font-family:ui-sans-serif,system-ui,sans-serif}</style>",
)
CODEIGNITER3_404 = small(
    "404 Page Not Found",
    '<div id="container"><h1>404 Page Not Found</h1><p>The page you requested was not found.</p></div>',
    head="<style type='text/css'>::selection { background-color: #E13300; color: white; }"
    " #container { margin: 10px; border: 1px solid #D0D0D0; }</style>",
)
CODEIGNITER4_404 = small(
    "404 Page Not Found",
    '<div class="wrap"><h1>404 - File Not Found</h1><p>Sorry! Cannot seem to find the page you were looking for.'
    "</p></div>",
)
EXPRESS_CANNOT_GET = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n'
    "<pre>Cannot GET /</pre>\n</body>\n</html>\n"
)
NEXT_404 = small(
    "404: This page could not be found",
    '<div style="font-family:system-ui;height:100vh;text-align:center;display:flex;flex-direction:column;'
    'align-items:center;justify-content:center"><div><h1 class="next-error-h1">404</h1><div style="display:'
    'inline-block"><h2>This page could not be found.</h2></div></div></div>',
)

# --- maintenance notices ---------------------------------------------------------------------------

THEME_MAINTENANCE = """<article class="page"><h2 class="entry-title">Website Sedang Dalam Perbaikan</h2>
<p>Mohon maaf atas ketidaknyamanannya. Dalam rangka peningkatan layanan, website {name} sedang kami perbarui
dan pemeliharaan dijadwalkan selesai pada 3 Desember 2026 pukul 17.00 WIB.</p>
<p>Untuk layanan darurat hubungi Call Center 112.</p></article>"""
# Notices in the theme's main column, under its header, menu and sidebar, as a department's vendor puts
# one up: no heading the checker knew on a whole page, or a sentence that names the site.
THEME_NOTICES = {
    "site-being-updated": """<section class="maintenance text-center py-5"><h1>Situs Sedang Diperbarui</h1>
<p>Kami sedang memperbarui sistem untuk meningkatkan layanan. Silakan kembali beberapa saat lagi.</p></section>""",
    "named-site-under-repair": """<div class="card notice"><div class="card-body"><h2>Pemberitahuan</h2>
<p>Website Dinas Kesehatan Kota Bekasi sedang dalam perbaikan dan akan kembali normal pada 5 Desember 2026.</p>
<p>Informasi layanan darurat: Call Center 112.</p></div></div>""",
    "service-unavailable-server-upgrade": """<div class="alert alert-warning"><h1>Maaf, layanan sedang tidak
tersedia</h1><p>Kami sedang melakukan peningkatan server. Terima kasih atas kesabaran Anda.</p></div>""",
    "back-soon-until-three": """<h1>Kami Akan Segera Kembali!</h1><p>Situs sedang dalam pemeliharaan terjadwal
hingga pukul 15.00 WIB.</p>""",
    "estimate-of-the-end": """<div class="card"><div class="card-body"><h3>Sistem Sedang Dalam Pemeliharaan</h3>
<p>Estimasi selesai: Kamis, 3 Desember 2026 pukul 17.00 WIB</p></div></div>""",
    "server-repair-heading": """<h1>Perbaikan Server</h1><p>Saat ini website tidak dapat diakses sementara
waktu.</p>""",
    "an-apology-with-bila-before-it": """<h1>Pemberitahuan</h1><p>Mohon maaf bila mengganggu, website sedang dalam
perbaikan hingga pukul 15.00 WIB.</p>""",
    "routine-care-under-an-apology": """<h1>Mohon Maaf</h1><p>Website sedang dalam perawatan rutin. Silakan
kunjungi kembali nanti.</p>""",
}
# What a check quotes of each notice.
THEME_NOTICE_QUOTES = {
    "site-being-updated": "Situs Sedang Diperbarui",
    "named-site-under-repair": "Website Dinas Kesehatan Kota Bekasi sedang dalam perbaikan",
    "service-unavailable-server-upgrade": "Maaf, layanan sedang tidak tersedia",
    "back-soon-until-three": "Kami Akan Segera Kembali",
    "estimate-of-the-end": "Sistem Sedang Dalam Pemeliharaan",
    "server-repair-heading": "Perbaikan Server",
    "routine-care-under-an-apology": "Website sedang dalam perawatan rutin",
    "an-apology-with-bila-before-it": "website sedang dalam perbaikan",
}
# A department's own short pages in the same theme that speak of repairs, but not of the site.
THEME_REPAIR_PAGES = {
    "a-pump-repaired": """<article><h1>Perbaikan Pompa Air di Kelurahan Margahayu</h1><time datetime="2026-12-01">1
Desember 2026</time><p>Petugas sedang melakukan perbaikan pompa air di Kelurahan Margahayu. Warga diminta
menampung air.</p></article>""",
    "street-lights-service": """<article><h1>Layanan Pengaduan PJU</h1><p>Dinas Perkimtan sedang melakukan
pemeliharaan lampu penerangan jalan umum di 12 kecamatan. Laporkan lampu mati melalui formulir di bawah.</p><a
href="/pengaduan/">Formulir pengaduan</a></article>""",
    "a-road-under-repair": """<h1>Jalan Ahmad Yani</h1><p>Jalan Ahmad Yani sedang dalam perbaikan hingga 10
Desember 2026.</p>""",
    "the-site-updated-already": """<h1>Selamat Datang</h1><p>Website kami telah selesai diperbarui. Terima kasih
atas kesabaran Anda selama pemeliharaan.</p>""",
    "an-application-upgraded-while-running": """<h1>Aplikasi SIPKD Sedang Ditingkatkan</h1><p>Aplikasi SIPKD
sedang dalam proses peningkatan kapasitas server; layanan tetap berjalan normal.</p>""",
    "contact-page-for-when-the-site-is-down": """<h1>Kontak</h1><p>Jika website sedang dalam perbaikan, silakan
hubungi Call Center 112 atau datang ke kantor kami di Jl. Pramuka No. 1.</p>""",
    "help-for-when-the-application-is-down": """<h1>Bantuan</h1><p>Apabila aplikasi sedang dalam pemeliharaan,
pengajuan dapat dilakukan secara manual di loket pelayanan.</p>""",
    "a-queue-with-a-feature-to-come": """<h1>Antrean Online</h1><p>Sistem antrean online sedang dalam
pengembangan fitur baru. Silakan ambil nomor antrean di bawah.</p><form action="/antre"><button>Ambil
nomor</button></form>""",
}
# A theme's "not found" headed by its code, or under a bare heading, in words the checker did not know.
# A server error where the content goes, the theme still around it: an application that catches its
# error and renders its own error view in the site's layout (Laravel's errors/500.blade.php extending
# layouts.app, CodeIgniter's show_error in the template), answered with 200.
THEME_ERRORS = {
    "laravel-error-view-in-the-layout": """<div class="container py-5 text-center"><h1 class="display-4">500 |
Server Error</h1><p class="lead">Maaf, terjadi kesalahan pada server kami.</p><a href="/" class="btn
btn-primary">Kembali ke Beranda</a></div>""",
    "an-error-card": """<div class="card shadow-sm"><div class="card-body text-center"><h3 class="text-danger">Terjadi
Kesalahan</h3><p>Maaf, halaman tidak dapat ditampilkan saat ini. Silakan coba beberapa saat lagi.</p></div></div>""",
    "a-busy-server": """<section class="error-section"><h2>Server Sedang Sibuk</h2><p>Silakan muat ulang halaman
dalam beberapa menit.</p></section>""",
}
THEME_ERROR_QUOTES = {
    "laravel-error-view-in-the-layout": "500 | Server Error",
    "an-error-card": "Terjadi Kesalahan",
    "a-busy-server": "Server Sedang Sibuk",
}
# The department's own short pages that speak of errors: a correction, a form to report wrong data, and
# the list of an application's error codes.
THEME_ERROR_PAGES = {
    "a-correction": """<article><h1>Ralat Pengumuman Seleksi</h1><p>Terjadi kesalahan penulisan tanggal pada
pengumuman seleksi tenaga kesehatan. Tanggal yang benar adalah 5 Desember 2026.</p></article>""",
    "report-wrong-data": """<h1>Laporkan Kesalahan Data</h1><p>Menemukan kesalahan data penerima bantuan? Laporkan
melalui formulir berikut.</p><form action="/lapor" method="post"><input name="nik"><textarea
name="isi"></textarea><button>Kirim</button></form>""",
    "error-codes": """<h1>Kode Kesalahan Aplikasi SIMPEG</h1><ul><li>E01: NIP tidak ditemukan</li><li>E02: Kata
sandi salah</li><li>E03: Sesi berakhir, silakan masuk kembali</li></ul>""",
}
# A "not found" in the theme's content column under a heading of any words, its sentence below it.
THEME_NOT_FOUND_NOTICES = {
    "under-a-notice-heading": """<div class="panel panel-default"><div class="panel-heading"><h3>Pemberitahuan</h3>
</div><div class="panel-body"><p>Halaman yang Anda minta tidak tersedia atau sudah dipindahkan.</p></div></div>""",
    "under-an-error-card-heading": """<div class="card"><div class="card-header"><h4>Error</h4></div><div
class="card-body">Halaman tidak ditemukan. Silakan periksa kembali alamat yang Anda tuju.</div></div>""",
}
THEME_NOT_FOUND_QUOTES = {
    "under-a-notice-heading": "Halaman yang Anda minta tidak tersedia",
    "under-an-error-card-heading": "Halaman tidak ditemukan.",
}
# The department's short pages whose sentence says something was not found, or is no longer there.
THEME_NOTHING_FOUND_PAGES = {
    "no-search-results": """<h2>Hasil Pencarian</h2><p>Tidak ditemukan hasil untuk "vaksin lansia".</p><form
action="/cari"><input name="q"><button>Cari</button></form>""",
    "an-old-form-replaced": """<h2>Pengumuman</h2><p>Halaman pendaftaran lama tidak tersedia lagi; gunakan formulir
baru di bawah.</p><form action="/daftar"><input name="nik"><button>Daftar</button></form>""",
    "no-data-for-the-period": "<h2>Data Vaksinasi</h2><p>Data tidak ditemukan untuk periode ini.</p>",
}
THEME_404_CANNOT_REACH = (
    '<div class="error-page"><h1>404 - Halaman tidak dapat diakses</h1><a href="/">Beranda</a></div>'
)
THEME_NOTHING_AT_THIS_ADDRESS = """<h1>Tidak Ditemukan</h1><p>Maaf, tidak ada yang ditemukan di alamat ini.</p>
<a href="/">Kembali ke beranda</a>"""
SEEDPROD_COMING_SOON = small(
    "Dinas Kesehatan Kota Bekasi",
    '<div id="sp-page" class="sp-el-section"><img src="/wp-content/uploads/2026/11/logo-dinkes.png" alt="Logo">'
    '<h1 class="sp-css-target">Get Ready, Something Really Cool Is Coming Soon!</h1><p>Our new website is on its'
    " way. Sign up to be notified when we launch.</p><form><input type='email' name='email'"
    " placeholder='Email'><button>Notify Me</button></form></div>",
    head='<link rel="stylesheet" href="/wp-content/plugins/coming-soon/public/css/tailwind.min.css?ver=6.15.21">',
)
WP_MAINTENANCE_MODE = small(
    "Dinas Kesehatan Kota Bekasi",
    '<div class="wrap"><h1>Maintenance mode is on</h1><h2>Site will be available soon. Thank you for your patience!'
    "</h2></div>",
    head="<meta name='robots' content='noindex, nofollow'>",
)
MAINTENANCE_EN_CUSTOM = small(
    "SIMPEG Kota Bekasi",
    "<div class='notice'><img src='/img/logo.png' alt='logo'><p>We are currently performing scheduled maintenance."
    " We should be back online shortly.</p></div>",
)
MAINTENANCE_ID_CUSTOM = small(
    "E-Kinerja Kota Bekasi",
    "<div class='notice'><img src='/img/logo.png' alt='logo'><p>Mohon maaf, kami sedang melakukan pemeliharaan"
    " server. Layanan akan kembali normal pada 3 Desember 2026.</p></div>",
    lang="id",
)
LARAVEL11_DOWN = small(
    "Service Unavailable",
    '<div class="relative flex items-top justify-center min-h-screen bg-gray-100"><div class="max-w-xl mx-auto">'
    '<div class="flex items-center pt-8"><div class="px-4 text-lg text-gray-500 border-r border-gray-400'
    ' tracking-wider">503</div><div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">'
    "Service Unavailable</div></div></div></div>",
)

# --- directory listings ----------------------------------------------------------------------------

NGINX_LISTING_ROOT = """<html>
<head><title>Index of /</title></head>
<body>
<h1>Index of /</h1><hr><pre><a href="../">../</a>
<a href="assets/">assets/</a>                                            14-Mar-2026 09:12                   -
<a href="uploads/">uploads/</a>                                          01-Dec-2026 08:30                   -
<a href="vendor/">vendor/</a>                                            30-Nov-2026 23:00                   -
<a href=".env.backup">.env.backup</a>                                        28-Nov-2026 10:41                1204
<a href="composer.json">composer.json</a>                                      28-Nov-2026 10:41                 912
<a href="db_simpeg_2026-11-30.sql">db_simpeg_2026-11-30.sql</a>                  30-Nov-2026 23:59    84211340
</pre><hr></body>
</html>
"""
TOMCAT_LISTING = small(
    "Directory Listing For [/]",
    "<h1>Directory Listing For [/]</h1><hr class='line'><table width='100%' cellspacing='0' cellpadding='5'"
    " align='center'><tr><td align='left'><font size='+1'><strong>Filename</strong></font></td><td"
    " align='center'><font size='+1'><strong>Size</strong></font></td><td align='right'><font size='+1'><strong>"
    "Last Modified</strong></font></td></tr><tr><td align='left'>&nbsp;&nbsp;<a href='/laporan/'><tt>laporan/</tt>"
    "</a></td><td align='right'><tt>&nbsp;</tt></td><td align='right'><tt>Tue, 01 Dec 2026 08:30:12 GMT</tt></td>"
    "</tr><tr><td align='left'>&nbsp;&nbsp;<a href='/WEB-INF.zip'><tt>WEB-INF.zip</tt></a></td><td"
    " align='right'><tt>2.1 mb</tt></td><td align='right'><tt>Mon, 30 Nov 2026 23:00:00 GMT</tt></td></tr></table>"
    "<hr class='line'><h3>Apache Tomcat/9.0.85</h3>",
)
# Jetty's listing (a Java application's server with its default servlet listing the folder).
JETTY_LISTING = small(
    "Directory: /",
    '<h1 class="title">Directory: /</h1><table class="listing"><thead><tr><th class="name"><a href="?C=N&amp;O=D">'
    'Name</a></th><th class="lastmodified"><a href="?C=M&amp;O=A">Last Modified</a></th><th class="size"><a'
    ' href="?C=S&amp;O=A">Size</a></th></tr></thead><tbody><tr><td class="name"><a href="/laporan/">laporan/</a>'
    '</td><td class="lastmodified">Dec 1, 2026, 8:30:12 AM</td><td class="size">-</td></tr><tr><td class="name"><a'
    ' href="/simpeg.war">simpeg.war</a></td><td class="lastmodified">Nov 30, 2026, 11:00:00 PM</td><td class="size">'
    "48,213 KB</td></tr></tbody></table>",
)
LITESPEED_LISTING = small(
    "Index of /uploads",
    "<h1>Index of /uploads</h1><table><tr><th>Name</th><th>Last modified</th><th>Size</th></tr>"
    "<tr><td><a href='/'>Parent Directory</a></td><td></td><td>-</td></tr>"
    "<tr><td><a href='2026/'>2026/</a></td><td>01-Dec-2026 08:30</td><td>-</td></tr></table>"
    "<address>Proudly Served by LiteSpeed Web Server at dinkes.bekasikota.go.id Port 443</address>",
)

# --- errors instead of the page --------------------------------------------------------------------

SYMFONY_PROD = small(
    "An Error Occurred: Internal Server Error",
    '<div class="container"><h1>Oops! An Error Occurred</h1><h2>The server returned a "500 Internal Server'
    ' Error".</h2><p>Something is broken. Please let us know what you were doing when this error occurred. We will'
    " fix it as soon as possible. Sorry for any inconvenience caused.</p></div>",
)
# Symfony's debug page (APP_DEBUG left on): a link for every frame of its stack trace.
SYMFONY_DEBUG = small(
    "SQLSTATE[HY000] [2002] Connection refused (500 Internal Server Error)",
    "<header><div class='container'><h1 class='logo'>Symfony Exception</h1><div class='help-link'><a"
    " href='https://symfony.com/doc/6.4/index.html'>Symfony Docs</a></div></div></header><div"
    " class='exception-summary'><div class='exception-metadata'><h2 class='exception-hierarchy'><a"
    " href='#trace-box-1'>PDOException</a> &gt; <a href='#trace-box-2'>ConnectionException</a></h2><h2"
    " class='exception-http'>HTTP 500 Internal Server Error</h2></div><div class='exception-message-wrapper'><h1"
    " class='break-long exception-message'>An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection"
    " refused</h1></div></div><div class='tab-navigation'><a href='#'>Exceptions 2</a><a href='#'>Logs 4</a><a"
    " href='#'>Stack Traces 2</a></div>"
    + "".join(
        f"<div class='trace-line'><a href='#trace-box-{i}'>in <abbr title='/var/www/html/vendor/doctrine/dbal/src/"
        f"Driver/PDO/Connection.php'>Connection.php</abbr> line {30 + i}</a></div>"
        for i in range(14)
    ),
)
YII_DB_EXCEPTION = small(
    "Database Exception – yii\\db\\Exception",
    '<div class="header"><h1><span>Database Exception</span> – <span>yii\\db\\Exception</span></h1>'
    "<h2>SQLSTATE[HY000] [2002] Connection refused</h2><div class='previous'><span class='arrow'>&crarr;</span>"
    "<h2><span>Caused by:</span> <span>PDOException</span></h2><h3>SQLSTATE[HY000] [2002] Connection refused</h3>"
    "<p>in /var/www/html/vendor/yiisoft/yii2/db/Connection.php at line 722</p></div></div>",
)
WP_DB_ERROR_ID = small(
    "Galat Basis Data",
    '<div class="wp-die-message"><h1>Galat saat membuat koneksi basis data</h1></div>',
    lang="id",
    head="<meta name='robots' content='max-image-preview:large, noindex, follow' />",
)
WHOOPS_LARAVEL5 = small(
    "Whoops! There was an error.",
    "<div class='Whoops container'><div class='stack-container'><div class='frames-container'><div class='frame'>"
    "<span class='frame-index'>12</span><div class='frame-method-info'>Illuminate\\Database\\Connectors\\Connector"
    "<span class='frame-call'>-&gt;createConnection</span></div></div></div><div class='exception'><h3"
    " class='exc-title'>PDOException</h3><p class='exc-message'>SQLSTATE[HY000] [2002] Connection refused</p></div>"
    "</div></div>",
)
MYSQL_DIE = small(
    "SIAKAD",
    "Koneksi database gagal: SQLSTATE[HY000] [2002] No such file or directory",
    lang="id",
)
CODEIGNITER_PHP_ERROR_ONLY = small(
    "",
    '<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;"><h4>A PHP Error was encountered</h4>'
    "<p>Severity: Warning</p><p>Message:  mysqli::real_connect(): (HY000/2002): Connection refused</p><p>Filename:"
    " mysqli/mysqli_driver.php</p><p>Line Number: 203</p></div>"
    '<div id="container"><h1>A Database Error Occurred</h1><p>Unable to connect to your database server using the'
    " provided settings.</p><p>Filename: core/Loader.php</p><p>Line Number: 396</p></div>",
)

# --- parked and expired domains --------------------------------------------------------------------


def parked_with_ads(domain: str = "dinkes-bekasi.com", ads: int = 60) -> str:
    """Return a registrar's parking page: the domain, a sale banner and a wall of sponsored links."""
    topics = ("Asuransi Kesehatan", "Rumah Sakit", "Klinik Gigi", "Obat Herbal", "Dokter Online", "Cek Lab")
    links = "".join(
        f'<li><a href="/?tn=ads&amp;q={topics[i % len(topics)].replace(" ", "+")}+{i}">'
        f"{topics[i % len(topics)]} {i}</a></li>"
        for i in range(ads)
    )
    return small(
        f"{domain} | Domain For Sale",
        f'<div class="header"><h1>{domain}</h1><p class="sale">Domain ini mungkin dijual. <a'
        f' href="https://www.afternic.com/forsale/{domain}">Hubungi pemilik</a></p></div><div class="ads"><h2>'
        f"Tautan Terkait</h2><ul>{links}</ul></div><div class='footer'>2026 Copyright. All Rights Reserved."
        ' <a href="/privacy">Privacy Policy</a></div>',
        lang="id",
    )


GODADDY_FORSALE = small(
    "dinkes-bekasi.com - Domain For Sale",
    "<div id='root'><header><img src='https://img1.wsimg.com/logo.svg' alt='GoDaddy'></header><main><h1>"
    "dinkes-bekasi.com</h1><h2>Get this domain</h2><p>Pay the full USD $2,999 now, or pay over time.</p>"
    "<a href='https://www.godaddy.com/domainsearch/find?domainToCheck=dinkes-bekasi.com'>Buy now</a></main></div>",
)
EXPIRED_REGISTRAR_ID = small(
    "Domain Tidak Aktif",
    "<div class='box'><h1>Masa aktif domain ini telah habis</h1><p>Domain <b>simpel-bekasi.com</b> sudah tidak aktif"
    " sejak 14 November 2026. Segera lakukan perpanjangan agar website dan email Anda dapat diakses kembali.</p>"
    "<p><a href='https://member.rumahweb.com/'>Perpanjang sekarang</a></p></div>",
    lang="id",
)

# --- the application's own pages that look like the above ------------------------------------------

ROAD_NEWS = """<article class="post"><h1 class="entry-title">Sedang Dalam Perbaikan, Jalan Cut Meutia Ditutup
Sebagian hingga 3 Desember</h1><div class="entry-meta"><time datetime="2026-11-30">30 November 2026</time></div>
<p>Dinas Bina Marga dan Sumber Daya Air melakukan perbaikan jalan di ruas Jalan Cut Meutia. Website resmi dan
layanan pengaduan tetap berjalan normal; warga dapat melaporkan jalan rusak melalui aplikasi.</p>
<p>Perbaikan dijadwalkan selesai pada 3 Desember 2026. Pengendara diminta menggunakan jalur alternatif.</p>
</article>"""
HTTP_TUTORIAL = f"""<article class="post"><h1 class="entry-title">Mengenal Kode Status HTTP untuk Pengelola
Website OPD</h1><p>Diterbitkan <time datetime="{days_ago(8):%Y-%m-%d}">{tanggal(days_ago(8))}</time></p>
<h2>200 OK</h2><p>Permintaan berhasil dan halaman ditampilkan.</p>
<h2>404 Not Found</h2><p>Halaman tidak ditemukan: alamatnya salah atau halaman telah dihapus.</p>
<h2>500 Internal Server Error</h2><p>Terjadi galat di server aplikasi.</p>
<h2>503 Service Unavailable</h2><p>Server sedang sibuk atau dalam pemeliharaan.</p></article>"""
JDIH_ARCHIVE = """<div class="archive"><h1>Index of / Arsip Produk Hukum</h1>
<p>Arsip peraturan daerah dan peraturan wali kota Kota Bekasi, menurut tahun terbit.</p>
<table class="table"><tr><th>Nomor</th><th>Judul</th><th>Tanggal</th></tr>
<tr><td>Perda 5/2026</td><td><a href="/dokumen/perda-5-2026.pdf">Pajak Daerah</a></td><td>2 November 2026</td></tr>
<tr><td>Perwal 41/2026</td><td><a href="/dokumen/perwal-41-2026.pdf">SOP Layanan</a></td><td>20 Oktober 2026</td></tr>
</table></div>"""
IN_DEVELOPMENT_SECTION = """<article><h1 class="entry-title">Layanan Online</h1>
<p>Daftar layanan daring Dinas Kesehatan Kota Bekasi.</p><ul><li><a href="/antrean/">Antrean Puskesmas</a></li>
<li><a href="/rujukan/">Rujukan Online</a></li></ul>
<h2>Telekonsultasi</h2><p>Halaman ini sedang dalam pengembangan. Sementara itu, gunakan layanan Call Center 112.</p>
</article>"""
ERRORS_FAQ = """<article><h1 class="entry-title">Tanya Jawab: Kendala Mengakses Website dan Aplikasi</h1>
<h2>Mengapa muncul tulisan "Halaman tidak ditemukan"?</h2><p>Alamat yang diketik salah atau halaman telah
dipindahkan. Gunakan menu pencarian.</p><h2>Apa arti "Error establishing a database connection"?</h2>
<p>Server basis data sedang tidak dapat dihubungi. Laporkan ke Diskominfostandi.</p><h2>Website sedang dalam
perbaikan, kapan selesai?</h2><p>Jadwal pemeliharaan diumumkan di menu Pengumuman.</p></article>"""
COMING_SOON_BANNER = (
    '<div class="banner-layanan"><h2>Coming Soon: Layanan Antrean Online Puskesmas</h2>'
    "<p>Mulai Januari 2027 warga dapat mengambil nomor antrean dari rumah.</p></div>"
)


def java_login(footer: str = "Powered by Apache Tomcat/9.0.85") -> str:
    """Return a Java application's login page whose footer names the server it runs on."""
    return small(
        "Login - SIMBADA Kota Bekasi",
        '<div class="login-box"><img src="/simbada/img/logo.png" alt="Logo"><h1>SIMBADA</h1><p>Sistem Informasi'
        " Manajemen Barang Daerah</p><form method='post' action='/simbada/j_security_check'><input name='j_username'"
        " placeholder='NIP'><input type='password' name='j_password'><button>Masuk</button></form><a"
        f" href='/simbada/lupa-sandi'>Lupa kata sandi?</a><p class='footer'>&copy; 2026 BPKAD Kota Bekasi &middot;"
        f" {footer}</p></div>",
        lang="id",
    )


LARAVEL_BREEZE_LOGIN = small(
    "Laravel",
    '<div class="min-h-screen flex flex-col sm:justify-center items-center pt-6 sm:pt-0 bg-gray-100"><div><a'
    ' href="/"><img src="/images/logo-pemkot.png" alt="Logo" class="w-20 h-20"></a></div><div class="w-full'
    ' sm:max-w-md mt-6 px-6 py-4 bg-white shadow-md"><form method="POST" action="https://e-arsip.bekasikota.go.id'
    '/login"><input type="hidden" name="_token" value="k3Jd8"><div><label for="email">Email</label><input'
    ' id="email" type="email" name="email" required autofocus></div><div class="mt-4"><label for="password">'
    'Password</label><input id="password" type="password" name="password" required></div><div class="block mt-4">'
    '<label for="remember_me"><input id="remember_me" type="checkbox" name="remember"><span>Remember me</span>'
    '</label></div><div class="flex items-center justify-end mt-4"><a href="https://e-arsip.bekasikota.go.id/'
    'forgot-password">Forgot your password?</a><button type="submit">Log in</button></div></form></div></div>',
)


def department(**knobs: object) -> str:
    """Return ``vendor_pages.department_page`` with the given ``Site`` knobs."""
    return department_page(Site(**knobs))  # type: ignore[arg-type]


NEWS_LIST = "".join(
    f'<article class="post"><h2 class="entry-title"><a href="/berita/{i}/">{escape(h)}</a></h2>'
    f'<div class="entry-meta"><span class="posted-on">{tanggal(days_ago(1 + 4 * i))}</span></div>'
    "<p>Dinas Kesehatan Kota Bekasi menyelenggarakan kegiatan ini bersama puskesmas dan kader di"
    " seluruh kecamatan.</p></article>"
    for i, h in enumerate(_RECENT)
)
