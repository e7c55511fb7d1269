"""Stand-ins the eleventh round found read as the application, or for the wrong reason, and the department's pages
in their words.

- Default pages: Tomcat's whole first page (its menu to its documentation makes it larger than a stand-in), Angie's
  (nginx's fork), a new site's page of CloudPanel, DirectAdmin, Webuzo, ispmanager, CyberPanel and Hestia, Django's
  welcome in Indonesian ("Instalasi berjalan dengan sukses!"), Strapi's first page.
- A hosting's page for a site it switched off ("dinonaktifkan oleh penyedia layanan hosting", read as maintenance;
  "dinonaktifkan sementara karena masa aktif layanan telah berakhir") or whose term ran out ("Layanan hosting untuk
  domain ini telah habis masa berlakunya", read as the domain's).
- Parked: Exabytes' page for a domain it registered, a parked domain's page that sends its visitor to Sedo or to its
  lander at "ww25." by a refresh or a script, ParkingCrew's lander drawn by its script.
- Cloudflare's older error layout ("Origin DNS error | <host> | Cloudflare") served with 200.
- A letter that the application cannot be used during a network repair ("layanan aplikasi e-SAKIP untuk sementara
  tidak dapat digunakan"), and an application retired at its address ("aplikasi e-SKP tidak digunakan lagi").
- A page of the portal headed "Halaman belum tersedia" where the application should be.

Each comes with a department's page in the same words, which is the application. ``LOOK_ALIKES`` adds a login page
announcing the day its application will be retired, and one announcing a night of work to come.
"""

from __future__ import annotations

from stand_in_pages_s27 import opd_cms_page, opd_news, small_notice
from stand_in_pages_s29 import small_news, small_portal
from vendor_pages import days_ago, tanggal


def _plain(title: str, body: str, lang: str = "en", head: str = "") -> str:
    """Return a page a server, a panel or a hosting writes: a title, a few lines, a little style."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>{head}
<style>body{{font-family:system-ui,Arial,sans-serif;background:#f4f6fb;color:#2d3748;text-align:center}}</style>
</head><body>{body}</body></html>"""


# --- default pages -------------------------------------------------------------------------------------------------

_TOMCAT_LINKS = "".join(
    f'<li><a href="{href}">{label}</a></li>'
    for label, href in (
        ("Security Considerations How-To", "/docs/security-howto.html"),
        ("Manager Application How-To", "/docs/manager-howto.html"),
        ("Clustering/Session Replication How-To", "/docs/cluster-howto.html"),
        ("Tomcat Setup", "/docs/setup.html"),
        ("First Web Application", "/docs/appdev/"),
        ("Realms &amp; AAA", "/docs/realm-howto.html"),
        ("JDBC DataSources", "/docs/jndi-datasource-examples-howto.html"),
        ("Examples", "/examples/"),
        ("Servlet Specifications", "https://wiki.apache.org/tomcat/Specifications"),
        ("Tomcat Versions", "https://wiki.apache.org/tomcat/TomcatVersions"),
        ("Release Notes", "/docs/RELEASE-NOTES.txt"),
        ("Changelog", "/docs/changelog.html"),
        ("Migration Guide", "https://tomcat.apache.org/migration.html"),
        ("Security Notices", "https://tomcat.apache.org/security.html"),
        ("Tomcat Documentation", "/docs/"),
        ("Tomcat Configuration", "/docs/config/"),
        ("Tomcat Wiki", "https://cwiki.apache.org/confluence/display/TOMCAT"),
        ("Tomcat FAQ", "https://cwiki.apache.org/confluence/display/TOMCAT/FAQ"),
        ("tomcat-announce", "https://tomcat.apache.org/lists.html#tomcat-announce"),
        ("tomcat-users", "https://tomcat.apache.org/lists.html#tomcat-users"),
        ("taglibs-user", "https://tomcat.apache.org/lists.html#taglibs-user"),
        ("tomcat-dev", "https://tomcat.apache.org/lists.html#tomcat-dev"),
        ("Servlets Examples", "/examples/servlets/"),
        ("JSP Examples", "/examples/jsp/"),
        ("WebSocket Examples", "/examples/websocket/"),
        ("Tomcat Connectors", "https://tomcat.apache.org/connectors-doc/"),
        ("Tomcat Native", "https://tomcat.apache.org/native-doc/"),
        ("Wiki", "https://wiki.apache.org/tomcat/FrontPage"),
        ("Mailing Lists", "https://tomcat.apache.org/lists.html"),
        ("Find Help", "https://tomcat.apache.org/findhelp.html"),
    )
)
# Tomcat's ROOT application as it ships: a menu, its version as the title and heading, some forty links.
TOMCAT_FULL = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8" /><title>Apache Tomcat/10.1.28</title>
<link href="favicon.ico" rel="icon" type="image/x-icon" /><link href="tomcat.css" rel="stylesheet" type="text/css" />
</head><body><div id="wrapper">
<div id="navigation" class="curved container"><span id="nav-home"><a href="https://tomcat.apache.org/">Home</a></span>
<span id="nav-hosts"><a href="/docs/">Documentation</a></span><span id="nav-config"><a
href="/docs/config/">Configuration
</a></span><span id="nav-examples"><a href="/examples/">Examples</a></span><span id="nav-wiki"><a
href="https://cwiki.apache.org/confluence/display/TOMCAT/">Wiki</a></span><span id="nav-lists"><a
href="https://tomcat.apache.org/lists.html">Mailing Lists</a></span><span id="nav-help"><a
href="https://tomcat.apache.org/findhelp.html">Find Help</a></span><br class="separator" /></div>
<div id="asf-box"><h1>Apache Tomcat/10.1.28</h1></div>
<div id="upper" class="curved container"><div id="congrats" class="curved container">
<h2>If you're seeing this, you've successfully installed Tomcat. Congratulations!</h2></div>
<div id="notice"><img id="tomcat-logo" src="tomcat.svg" alt="[tomcat logo]" /><div id="tasks">
<h3>Recommended Reading:</h3><h4><a href="/docs/security-howto.html">Security Considerations How-To</a></h4></div></div>
<div id="actions"><div class="button"><a class="container shadow" href="/manager/status"><span>Server Status</span></a>
</div><div class="button"><a class="container shadow" href="/manager/html"><span>Manager App</span></a></div>
<div class="button"><a class="container shadow" href="/host-manager/html"><span>Host
Manager</span></a></div></div></div>
<div id="middle" class="curved container"><h3>Developer Quick Start</h3><ul>{_TOMCAT_LINKS}</ul></div>
<div id="lower"><div id="low-manage"><h3>Managing Tomcat</h3><p>For security, access to the manager webapp is
restricted. Users are defined in: <code>$CATALINA_HOME/conf/tomcat-users.xml</code></p><p>In Tomcat 10.1 access to the
manager application is split between different users.</p></div></div>
<p class="copyright">Copyright &copy;1999-2026 Apache Software Foundation. All Rights
Reserved</p></div></body></html>"""
ANGIE = _plain(
    "Welcome to Angie!",
    """<h1>Welcome to Angie!</h1><p>If you see this page, Angie is successfully installed and working. Further
configuration is required for the web server, reverse proxy, API gateway, load balancer, content cache, or other
features.</p><p>For online documentation and support please refer to <a href="https://angie.software/">angie.software
</a>.<br/>To engage with the community please visit <a href="https://community.angie.software/">community.angie.software
</a>.</p><p><em>Thank you for using Angie.</em></p>""",
)
CLOUDPANEL = _plain(
    "sipd.bekasikota.go.id",
    """<div class="box"><img src="https://www.cloudpanel.io/assets/images/logo.svg" alt="CloudPanel" width="180">
<h1>Site is ready!</h1><p>sipd.bekasikota.go.id has been created with CloudPanel.</p><p>Replace this file
<code>/home/sipd/htdocs/sipd.bekasikota.go.id/index.html</code> with your own application.</p></div>""",
)
DIRECTADMIN = _plain(
    "Welcome to dinsos.bekasikota.go.id!",
    """<div class="card"><h1>Welcome to dinsos.bekasikota.go.id!</h1><p>If you are seeing this page, the domain has been
set up correctly on a server managed by DirectAdmin.</p><p>The owner of this site can upload files into the
<b>public_html</b> directory using FTP or the File Manager to replace this page.</p><p><a
href="https://www.directadmin.com">Powered by DirectAdmin</a></p></div>""",
)
WEBUZO = _plain(
    "Webuzo - Site Created",
    """<div class="box"><img src="https://webuzo.com/images/logo.png" alt="Webuzo"><h2>Website Created
Successfully!</h2>
<p>Congratulations, your website <b>disdik.bekasikota.go.id</b> has been successfully created with Webuzo.</p><p>This is
a default index page. You can upload your website files in <b>/home/disdik/public_html</b> or install an app using the
Apps Installer.</p></div>""",
)
ISPMANAGER = _plain(
    "Welcome!",
    """<div class="wrap"><h1>Welcome!</h1><p>The website <b>bappeda.bekasikota.go.id</b> was created successfully.</p>
<p>You can upload your website files to the <code>/var/www/www-root/data/www/bappeda.bekasikota.go.id</code>
directory.</p><p class="footer">ispmanager</p></div>""",
)
CYBERPANEL = _plain(
    "CyberPanel - Website Created",
    """<section class="hero"><img src="https://cyberpanel.net/wp-content/uploads/2023/logo.svg" alt="CyberPanel">
<h1>Your website is live!</h1><p>This website was created using CyberPanel. Upload your files to
<code>/home/dinkop.bekasikota.go.id/public_html</code> to replace this page.</p><a
href="https://cyberpanel.net/docs/">Documentation</a></section><footer>Powered by CyberPanel &amp;
OpenLiteSpeed</footer>""",
)
HESTIA_NEW_DOMAIN = _plain(
    "dishub.bekasikota.go.id &mdash; Coming Soon",
    """<main class="page"><div class="page-inner"><h1 class="page-title">dishub.bekasikota.go.id</h1><p
class="page-text">
This site is currently under construction. Please check back soon.</p><p class="page-text page-text-small">Powered by
<a href="https://hestiacp.com/" target="_blank" rel="noopener">Hestia Control Panel</a></p></div></main>""",
)
DJANGO_WELCOME_ID = _plain(
    "Instalasi berjalan dengan sukses! Selamat!",
    """<header><a class="logo" href="https://www.djangoproject.com/">Django</a><p>View <a
href="https://docs.djangoproject.com/en/5.1/releases/">release notes</a> for Django 5.1</p></header><main>
<h1>Instalasi berjalan dengan sukses! Selamat!</h1><p>Anda melihat halaman ini karena <a
href="https://docs.djangoproject.com/en/5.1/ref/settings/#debug">DEBUG=True</a> berada di berkas pengaturan Anda
dan Anda
belum mengkonfigurasi URL apapun.</p></main><footer><a href="https://docs.djangoproject.com/en/5.1/"><h2>Django
Documentation</h2><p>Topics, references, &amp; how-to’s</p></a><a
href="https://www.djangoproject.com/community/"><h2>Django
Community</h2><p>Connect, get help, or contribute</p></a></footer>""",
    lang="id",
)
STRAPI_FIRST_PAGE = _plain(
    "Strapi",
    """<section class="wrapper"><h1><img class="logo" src="https://strapi.io/assets/strapi-logo-light.svg"/></h1><div
class="informations"><div><span class="environment">development</span><p>The server is running successfully.</p></div>
<div><p><strong>Node.js:</strong> v20.18.0</p><p><strong>Strapi:</strong> v4.25.13</p></div></div></section><section
class="wrapper bottom-lines"><div class="text-admin-panel"><p>Create your first administrator 💻 by going to the
administration panel at:</p><div class="admin-panel-link"><a href="/admin">http://localhost:1337/admin</a></div></div>
</section>""",
)

# --- hostings ------------------------------------------------------------------------------------------------------

NIAGAHOSTER_SWITCHED_OFF = _plain(
    "Website Sedang Tidak Dapat Diakses",
    """<div class="wrap"><img src="https://www.niagahoster.co.id/assets/images/logo-niagahoster.svg" alt="Niagahoster">
<h1>Website Sedang Tidak Dapat Diakses</h1><p>Website ini untuk sementara dinonaktifkan oleh penyedia layanan hosting.
</p><p>Jika Anda adalah pemilik website, silakan login ke <a href="https://panel.niagahoster.co.id">Member Area</a>
untuk
melihat status layanan Anda.</p></div>""",
    lang="id",
)
RUMAHWEB_TERM_ENDED = _plain(
    "Website Tidak Aktif",
    """<img src="https://www.rumahweb.com/assets/img/logo-rumahweb.png" alt="Rumahweb" width="200"><h2>Mohon maaf,
website
ini sedang tidak aktif</h2><p>Website ini dinonaktifkan sementara karena masa aktif layanan telah berakhir atau terdapat
pelanggaran ketentuan layanan.</p><p>Pemilik website dapat menghubungi Rumahweb Indonesia melalui <a
href="https://www.rumahweb.com/kontak">halaman kontak</a>.</p>""",
    lang="id",
)
HOSTING_PAST_ITS_TERM = _plain(
    "Hosting Expired",
    """<center><h1>Hosting Expired</h1><p>Layanan hosting untuk domain ini telah habis masa berlakunya dan sedang
menunggu
perpanjangan.</p><p>Silakan hubungi administrator website.</p></center>""",
    lang="id",
)

# --- parked domains ------------------------------------------------------------------------------------------------

EXABYTES_PARKED = _plain(
    "Selamat Datang - Exabytes Indonesia",
    """<div class="park"><img src="https://www.exabytes.co.id/images/logo.png" alt="Exabytes"><h1>Selamat! Domain
<b>dlh-bekasi.com</b> Anda sudah aktif.</h1><p>Halaman ini adalah halaman parkir sementara dari Exabytes Indonesia.
Website belum dipasang pada domain ini.</p><p>Butuh hosting? <a href="https://www.exabytes.co.id/hosting">Lihat paket
hosting Exabytes</a></p></div>""",
    lang="id",
)
SEDO_REFRESH = (
    '<html><head><meta http-equiv="refresh" content="0;url=https://www.sedo.com/search/details/?partnerid=324561&amp;'
    "language=e&amp;domain=bappeda-bekasi.com&amp;origin=sales_lander_1&amp;utm_medium=Parking&amp;utm_campaign=offerpage"
    '"></head><body></body></html>'
)
WW25_SCRIPT = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><script type="text/javascript">'
    'window.location.replace("http://ww25.dinkes-bekasi.com/?subid1=20261205-0112-22a1-b3c4-d5e6f7a8b9c0");</script>'
    "</body></html>"
)
PARKINGCREW_LANDER = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
    'initial-scale=1"><title>disdukcapil-bekasi.com&nbsp;-&nbsp;disdukcapil bekasi Resources and Information.</title>'
    '<link rel="stylesheet" href="//img.sedoparking.com/templates/bg/NameSilo/style.css">'
    '<script type="text/javascript" src="//www.google.com/adsense/domains/caf.js"></script></head>'
    '<body><div id="main"><div id="header"><h1>'
    'disdukcapil-bekasi.com</h1></div><div id="content"><div id="relatedlinks"></div><div id="ads"></div></div><div '
    'id="footer"><a href="#" onclick="showPolicy()">Privacy Policy</a></div></div><script type="text/javascript">var '
    'parkingData={"domain":"disdukcapil-bekasi.com","template":"NameSilo","tid":"8744"};</script></body></html>'
)

# --- Cloudflare ----------------------------------------------------------------------------------------------------


def _cloudflare(code: str, name: str, happened: str) -> str:
    """Return Cloudflare's older error page for an origin it cannot reach, as it serves it (here with 200)."""
    return f"""<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head><title>{name} | sipd.bekasikota.go.id | Cloudflare</title><meta charset="UTF-8" />
<meta name="robots" content="noindex, nofollow" /><link rel="stylesheet" id="cf_styles-css"
href="/cdn-cgi/styles/cf.errors.css" />
</head><body><div id="cf-wrapper"><div id="cf-error-details" class="cf-error-details-wrapper">
<div class="cf-wrapper cf-header cf-error-overview"><h1><span class="cf-error-type" data-translate="error">Error</span>
<span class="cf-error-code">{code}</span><small class="heading-ray-id">Ray ID: 8ed5b2c4fd7c3f21 &bull; 2026-12-04
09:21:33
UTC</small></h1><h2 class="cf-subheadline" data-translate="error_desc">{name}</h2></div><div
class="cf-section cf-wrapper">
<div class="cf-columns two"><div class="cf-column"><h2 data-translate="what_happened">What
happened?</h2><p>{happened}</p>
</div><div class="cf-column"><h2 data-translate="what_can_i_do">What can I do?</h2><p><strong>If you are a visitor of
this website:</strong><br />Please try again in a few minutes.</p></div></div></div>
<div class="cf-error-footer cf-wrapper"><p class="text-13"><span class="cf-footer-item">Cloudflare Ray ID: <strong>
8ed5b2c4fd7c3f21</strong></span> <span class="cf-footer-item"><span>Performance &amp; security by</span> <a
rel="noopener noreferrer" href="https://www.cloudflare.com/5xx-error-landing" id="brand_link">Cloudflare</a></span></p>
</div></div></div></body></html>"""


CLOUDFLARE_ORIGIN_DNS = _cloudflare(
    "1016",
    "Origin DNS error",
    "You've requested a page on a website (sipd.bekasikota.go.id) that is on the <a "
    'href="https://www.cloudflare.com/5xx-error-landing/">Cloudflare</a> network. Cloudflare is currently unable to '
    "resolve your requested domain (sipd.bekasikota.go.id).",
)
CLOUDFLARE_WEB_SERVER_DOWN = _cloudflare(
    "521",
    "Web server is down",
    "The web server is not returning a connection. As a result, the web page is not displaying.",
)

# --- an application off for a while, or retired ---------------------------------------------------------------------

NETWORK_REPAIR_LETTER = _plain(
    "Layanan Terganggu",
    f"""<div class="notice"><h2>PEMBERITAHUAN</h2><p>Sehubungan dengan adanya perbaikan jaringan fiber optik di
Pusat Data Pemerintah Kota Bekasi, layanan aplikasi e-SAKIP untuk sementara tidak dapat digunakan. Layanan akan
kembali normal setelah perbaikan selesai.</p><p>Bekasi, {tanggal(days_ago(1))}<br>Kepala Diskominfostandi</p></div>""",
    lang="id",
)
E_SKP_RETIRED = _plain(
    "e-SKP BKPSDM",
    f"""<h3>PENGUMUMAN</h3><p>Mulai {tanggal(days_ago(4))} aplikasi e-SKP tidak digunakan lagi. Penilaian kinerja ASN
dilakukan melalui aplikasi e-Kinerja BKN di <a href="https://kinerja.bkn.go.id">kinerja.bkn.go.id</a>.</p>""",
    lang="id",
)

# A page of the department's portal for an address with nothing in it yet, where the application's root should be.
NOT_YET_IN_PORTAL = opd_cms_page(
    "Halaman belum tersedia",
    '<p>Konten untuk halaman ini belum tersedia. Silakan kembali ke <a href="/">beranda</a>.</p>',
)

# --- the department's pages in the same words ------------------------------------------------------------------------

SERVER_MIGRATION_NEWS = opd_news(
    "Diskominfostandi Pindahkan Aplikasi ke Angie dan Tomcat Baru",
    "<p>Tim infrastruktur memindahkan aplikasi kepegawaian ke server baru berbasis Angie dan Apache Tomcat/10.1. "
    "Setelah pemasangan, halaman Welcome to Angie! sempat tampil beberapa menit sebelum aplikasi dipasang.</p>"
    "<p>Perpindahan selesai tanpa gangguan layanan.</p>",
)
PANEL_TRAINING_NEWS = small_news(
    "Bimtek Pengelola Website: Membuat Situs Baru di CloudPanel dan CyberPanel",
    "<p>Peserta mempraktikkan pembuatan situs baru. Setelah situs dibuat, panel menampilkan tulisan bahwa situs "
    "has been created with CloudPanel, lalu peserta mengunggah berkas ke folder public_html.</p>",
)
HOSTING_NOTICE_NEWS = opd_news(
    "Website Kelurahan Sempat Dinonaktifkan Penyedia Hosting",
    "<p>Website ini untuk sementara dinonaktifkan oleh penyedia layanan hosting karena tagihan terlambat dibayar. "
    "Diskominfostandi telah memindahkannya ke Pusat Data Pemerintah Kota Bekasi.</p>",
)
PARKING_POLICY_PAGE = opd_cms_page(
    "Kebijakan Domain Perangkat Daerah",
    "<p>Perangkat daerah wajib memakai subdomain bekasikota.go.id. Domain komersial yang tidak diperpanjang dapat "
    "diparkir oleh registrar seperti Exabytes atau dijual kembali melalui Sedo.</p><p>Daftar subdomain resmi dapat "
    'dilihat pada <a href="/ppid/daftar-subdomain">halaman daftar subdomain</a>.</p>',
)
CLOUDFLARE_GUIDE = small_portal(
    "Panduan: Arti Pesan Galat Cloudflare",
    f"""<h1 class="h3">Arti Pesan Galat Cloudflare</h1><p class="small text-muted">{tanggal(days_ago(2))}</p><p>Jika
aplikasi menampilkan Origin DNS error atau Web server is down, server aplikasi sedang tidak terjangkau. Laporkan ke
helpdesk melalui e-Ticketing.</p>""",
)
NETWORK_REPAIR_NEWS = opd_news(
    "Perbaikan Jaringan Fiber Optik Pusat Data Selesai",
    "<p>Sehubungan dengan adanya perbaikan jaringan fiber optik, layanan aplikasi e-SAKIP untuk sementara tidak dapat "
    "digunakan pada Kamis malam. Kini layanan sudah normal kembali.</p>",
)
COMPLAINTS_PAGE_NEWS = opd_news(
    "Halaman Pengaduan Belum Tersedia, Warga Diminta Gunakan SP4N-LAPOR",
    "<p>Halaman pengaduan di website kelurahan belum tersedia. Sementara itu warga dapat menyampaikan pengaduan "
    "melalui SP4N-LAPOR atau datang langsung ke kantor kelurahan.</p>",
)
E_SKP_LOGIN_ANNOUNCING = small_notice(
    "e-SKP BKPSDM Kota Bekasi",
    f"""<h4>e-SKP BKPSDM</h4><div class="alert alert-warning">Mulai {tanggal(days_ago(-26))} aplikasi e-SKP tidak
digunakan
lagi. Penilaian kinerja ASN dilakukan melalui aplikasi e-Kinerja BKN.</div><form method="post" action="/login"><input
class="form-control" name="nip" placeholder="NIP"><input class="form-control" type="password" name="password"
placeholder="Kata sandi"><button class="btn btn-primary" type="submit">Masuk</button></form><p class="small">Diperbarui
{tanggal(days_ago(1))}</p>""",
)
E_SAKIP_LOGIN_ANNOUNCING = small_notice(
    "e-SAKIP Kota Bekasi",
    f"""<h4>e-SAKIP</h4><div class="alert alert-info">Layanan aplikasi e-SAKIP untuk sementara tidak dapat
digunakan pada
{tanggal(days_ago(-3))} pukul 20.00&ndash;23.00 WIB karena pemeliharaan jaringan.</div><form method="post"
action="/login"><input class="form-control" name="username" placeholder="Username"><input class="form-control"
type="password" name="password" placeholder="Kata sandi"><button class="btn btn-primary" type="submit">Masuk</button>
</form><p class="small">Diperbarui {tanggal(days_ago(1))}</p>""",
)

STAND_INS = [
    (TOMCAT_FULL, "halaman_bawaan", "Apache Tomcat/10.1.28", SERVER_MIGRATION_NEWS, "tomcat-full"),
    (ANGIE, "halaman_bawaan", "Welcome to Angie!", SERVER_MIGRATION_NEWS, "angie"),
    (CLOUDPANEL, "halaman_bawaan", "created with CloudPanel", PANEL_TRAINING_NEWS, "cloudpanel"),
    (DIRECTADMIN, "halaman_bawaan", "managed by DirectAdmin", PANEL_TRAINING_NEWS, "directadmin"),
    (WEBUZO, "halaman_bawaan", "created with Webuzo", PANEL_TRAINING_NEWS, "webuzo"),
    (ISPMANAGER, "halaman_bawaan", "was created successfully", PANEL_TRAINING_NEWS, "ispmanager"),
    (CYBERPANEL, "halaman_bawaan", "created using CyberPanel", PANEL_TRAINING_NEWS, "cyberpanel"),
    (HESTIA_NEW_DOMAIN, "halaman_bawaan", "Hestia Control Panel", PANEL_TRAINING_NEWS, "hestia"),
    (DJANGO_WELCOME_ID, "halaman_bawaan", "Instalasi berjalan dengan sukses", SERVER_MIGRATION_NEWS, "django-id"),
    (STRAPI_FIRST_PAGE, "halaman_bawaan", "Create your first administrator", SERVER_MIGRATION_NEWS, "strapi"),
    (NIAGAHOSTER_SWITCHED_OFF, "halaman_bawaan", "penyedia layanan hosting", HOSTING_NOTICE_NEWS, "switched-off"),
    (RUMAHWEB_TERM_ENDED, "halaman_bawaan", "website ini sedang tidak", HOSTING_NOTICE_NEWS, "rumahweb-term-ended"),
    (HOSTING_PAST_ITS_TERM, "halaman_bawaan", "Layanan hosting untuk domain ini", HOSTING_NOTICE_NEWS, "hosting-term"),
    (EXABYTES_PARKED, "domain_parkir", "Anda sudah aktif", PARKING_POLICY_PAGE, "exabytes"),
    (SEDO_REFRESH, "domain_parkir", "https://www.sedo.com/search/details/", PARKING_POLICY_PAGE, "sedo-refresh"),
    (WW25_SCRIPT, "domain_parkir", "http://ww25.dinkes-bekasi.com/?subid1=", PARKING_POLICY_PAGE, "ww25-script"),
    (PARKINGCREW_LANDER, "domain_parkir", "adsense/domains/caf.js", PARKING_POLICY_PAGE, "parkingcrew-lander"),
    (CLOUDFLARE_ORIGIN_DNS, "galat_aplikasi", "Origin DNS error | sipd", CLOUDFLARE_GUIDE, "cloudflare-1016"),
    (CLOUDFLARE_WEB_SERVER_DOWN, "galat_aplikasi", "Web server is down | sipd", CLOUDFLARE_GUIDE, "cloudflare-521"),
    (NETWORK_REPAIR_LETTER, "dalam_pemeliharaan", "e-SAKIP untuk sementara", NETWORK_REPAIR_NEWS, "network-repair"),
    (E_SKP_RETIRED, "halaman_tidak_ditemukan", "e-SKP tidak digunakan lagi", E_SKP_LOGIN_ANNOUNCING, "e-skp-retired"),
    (NOT_YET_IN_PORTAL, "halaman_tidak_ditemukan", "Halaman belum tersedia", COMPLAINTS_PAGE_NEWS, "not-yet-in-portal"),
]

LOOK_ALIKES = [
    SERVER_MIGRATION_NEWS,
    PANEL_TRAINING_NEWS,
    HOSTING_NOTICE_NEWS,
    PARKING_POLICY_PAGE,
    CLOUDFLARE_GUIDE,
    NETWORK_REPAIR_NEWS,
    COMPLAINTS_PAGE_NEWS,
    E_SKP_LOGIN_ANNOUNCING,
    E_SAKIP_LOGIN_ANNOUNCING,
]
