"""More pages in an application's place as the real web serves them, and real pages that look like them.

Next to ``stand_in_pages_real_web``: IIS's start page under the vendor's title (nothing but its
picture linked to Microsoft), Express's "Cannot GET /", a theme's bare "404" or "Halaman tidak
ditemukan" after a left sidebar's widgets, IIS and ASP.NET "not found" pages framed as a
"Server Error", XAMPP's "Object not found!", Spring Boot's fallback page for a 404, Yii 2's error
inside the application's layout, PHP-CGI's "No input file specified.", Caddy 2's and Laragon's
first pages, tengine's, an Indonesian hosting's page for an empty public_html or a site "belum
tersedia", WordPress's installer (no wp-config.php yet, or not installed), cPanel's "Sorry!"
page and Plesk's suspended site under a custom title, a registrar's page naming the expired
domain or parking it, a site "sedang dibangun", a system being upgraded or renewed ("sedang
dalam proses upgrade", "peningkatan sistem", "sedang diperbarui", "temporarily unavailable due
to scheduled maintenance"), Laravel 5's "Be right back.", Cloudflare's pages for an origin it
cannot reach, Rails' 500 and WordPress's critical error, a PHP application's "Gagal terhubung ke
database" or "Koneksi ke database gagal!", an application's PHP or ASP.NET code sent as it is (its
handler lost), a site switched off ("Website ini sementara dinonaktifkan") or "untuk sementara
tidak dapat diakses", "sedang offline", a hosting account ready without a site, a domain not
renewed ("belum diperpanjang"), Django's "Bad Request (400)" and nginx's plain HTTP on its TLS
port, each served with 200 (by a proxy in front, or a server set up wrong).

The look-alikes are a department's or an application's own pages with the same words: a tutorial
quoting "Cannot GET /", a tutorial on Cloudflare's errors, an asset application's "Pemeliharaan"
module, a statistics block headed "404" after a sidebar, a search without a result, news of a
website being rebuilt, of an expired certificate, of a road or an application being repaired or
upgraded, a tutorial on installing WordPress, an IIS-hosted login page, a login page whose help
names a failed connection, a login page announcing maintenance to come, a contact form's "Kami akan
segera kembali menghubungi Anda", news of sites switched off.
"""

from __future__ import annotations

from stand_in_pages import IIS
from stand_in_pages_real_web import LEFT_MENU, Portal, department, portal_page, small
from vendor_pages import days_ago, tanggal

# --- default pages --------------------------------------------------------------------------------

# IIS 10's iisstart.htm, its title changed to the application's before the application was deployed.
IIS10_VENDOR_TITLE = IIS.replace(
    "<title>IIS Windows Server</title>", "<title>SIMDA Keuangan - BPKAD Kota Bekasi</title>"
)
CADDY2_VENDOR_TITLE = small(
    "e-Office Kota Bekasi",
    '<div class="stack"><img class="logo" src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="Caddy">'
    "<h1>Congratulations!<br>Your web server is working. Now make it work for you. \U0001f4aa</h1>"
    "<p>Caddy is ready to serve your site over HTTPS:</p><ol><li>Point your domain's A/AAAA DNS records at this"
    " machine.</li><li>Upload your site's files to <code>/var/www/html</code>.</li><li>Edit your Caddyfile at"
    " <code>/etc/caddy/Caddyfile</code>: change the <code>:80</code> to your domain name, change the site root"
    " to <code>/var/www/html</code>.</li><li>Reload the configuration: <code>systemctl reload caddy</code></li>"
    '</ol><p>Visit <a href="https://caddyserver.com/docs/">Caddy\'s documentation</a> to learn more.</p></div>',
    head="<style>body{font-family:Inter,sans-serif;background:#f1f4f5}</style>",
)
LARAGON_INDEX = small(
    "Laragon",
    '<div class="container"><div class="content"><div class="title" title="Laragon">Laragon</div>'
    '<div class="info"><br />Apache/2.4.54 (Win64) OpenSSL/1.1.1q PHP/8.1.10<br />PHP version: 8.1.10'
    ' <span><a title="phpinfo()" href="/?q=info">info</a></span><br />Document Root: C:/laragon/www<br /></div>'
    '<div class="opt"><div><a title="Getting Started" href="https://laragon.org/docs">Getting Started</a></div>'
    "</div></div></div>",
    head="<style>html,body{height:100%} .title{font-size:96px}</style>",
)
# cPanel's defaultwebpage.cgi, its title replaced by the site's name in a reseller's template.
CPANEL_SORRY_SITE_TITLE = small(
    "Dinas Perhubungan Kota Bekasi",
    '<div class="container"><div class="row"><div class="col-md-12"><h1>Sorry!</h1><p class="lead">If you are'
    " the owner of this website, please contact your hosting provider: <a"
    ' href="mailto:webmaster@dishub-bekasi.com">webmaster@dishub-bekasi.com</a></p><p>It is possible you have'
    " reached this page because:</p><ul><li><b>The IP address has changed.</b> The IP address for this domain may"
    " have changed recently. Check your DNS settings to verify that the domain is set up correctly.</li><li><b>"
    "There has been a server misconfiguration.</b> You must verify that your hosting provider has the correct IP"
    " address configured for your Apache settings and DNS records.</li><li><b>The site may have moved to a"
    " different server.</b> The IP address for this domain may have changed recently.</li></ul></div></div></div>"
    '<footer><a href="https://cpanel.net" target="cpanel">Copyright &copy; 2026 cPanel, L.L.C.</a></footer>',
)
PLESK_SUSPENDED = small(
    "Website is suspended",
    '<div class="page-container"><div class="header"><img src="/img/plesk-logo.svg" alt="Plesk"></div>'
    "<h1>Website is suspended</h1><p>This website is suspended. If you are the website owner, please contact"
    " your hosting provider.</p></div>",
)

# --- soft 404s ------------------------------------------------------------------------------------

# A theme whose left sidebar (its widgets' titles are headings) comes before the content in the markup.
LEFT_WIDGETS = (
    '<aside class="sidebar-left"><section class="widget"><h2 class="widget-title">Layanan Online</h2><ul>'
    '<li><a href="/antrean/">Antrean Puskesmas</a></li><li><a href="/rujukan/">Rujukan Online</a></li>'
    '<li><a href="/sik/">Surat Izin Kerja</a></li></ul></section><section class="widget"><h2'
    ' class="widget-title">Tautan Terkait</h2><ul><li><a href="https://www.bekasikota.go.id/">Pemerintah Kota'
    ' Bekasi</a></li><li><a href="https://www.kemkes.go.id/">Kementerian Kesehatan</a></li></ul></section></aside>'
)
BARE_404_SENTENCE = (
    '<div class="error-404 text-center"><h1 class="display-1">404</h1><p>Halaman tidak ditemukan.</p>'
    '<a class="btn btn-primary" href="/">Kembali ke Beranda</a></div>'
)
BARE_NOT_FOUND_HEADING = (
    '<section class="error-404"><h1 class="page-title">Halaman Tidak Ditemukan</h1><p>Silakan kembali ke'
    ' <a href="/">beranda</a> atau gunakan pencarian di atas.</p></section>'
)
SIDEBAR_404 = portal_page(Portal(main=BARE_404_SENTENCE, left=LEFT_MENU))
# The theme's title for every page it cannot name: the site's name in its header heading is not part of it.
SIDEBAR_404_OTHER_TITLE = portal_page(Portal(main=BARE_404_SENTENCE, left=LEFT_MENU, title="Beranda – Dinkes"))
SIDEBAR_404_NO_SITE_HEADING = portal_page(Portal(main=BARE_NOT_FOUND_HEADING, left=LEFT_WIDGETS, site_h1=False))
DEPARTMENT_SIDEBAR_404 = department(main=LEFT_WIDGETS + BARE_404_SENTENCE)
EXPRESS_CANNOT_GET_PATH = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n'
    "<pre>Cannot GET /sipd/</pre>\n</body>\n</html>\n"
)
# ASP.NET's page for a missing page when customErrors is off: a "Server Error" that says "not found".
ASPNET_NOT_FOUND = small(
    "The resource cannot be found.",
    "<span><H1>Server Error in '/simda' Application.<hr width=100% size=1 color=silver></H1><h2> <i>The resource"
    ' cannot be found.</i> </h2></span><font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif "><b>'
    " Description: </b>HTTP 404. The resource you are looking for (or one of its dependencies) could have been"
    " removed, had its name changed, or is temporarily unavailable. &nbsp;Please review the following URL and make"
    " sure that it is spelled correctly.<br><br><b> Requested URL: </b>/simda/Default.aspx<br><br><hr width=100%"
    " size=1 color=silver><b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET"
    " Version:4.8.4667.0</font>",
)
IIS_NOT_FOUND = small(
    "404 - File or directory not found.",
    '<div id="header"><h1>Server Error</h1></div><div id="content"><div class="content-container"><fieldset>'
    "<h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have been removed, had"
    " its name changed, or is temporarily unavailable.</h3></fieldset></div></div>",
    head="<style type='text/css'>body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;"
    "background:#EEEEEE;}</style>",
)
XAMPP_OBJECT_NOT_FOUND = small(
    "Object not found!",
    "<h1>Object not found!</h1><p>The requested URL was not found on this server. If you entered the URL manually"
    " please check your spelling and try again.</p><p>If you think this is a server error, please contact the <a"
    ' href="mailto:postmaster@localhost">webmaster</a>.</p><h2>Error 404</h2><address><a href="/">localhost</a><br>'
    "<span>Apache/2.4.58 (Win64) OpenSSL/3.1.3 PHP/8.2.12</span></address>",
)
# Yii 2's site/error inside the application's own layout: the layout's title is the error's name.
YII2_NOT_FOUND_IN_LAYOUT = department(
    title="Not Found (#404)",
    main='<div class="site-error"><h1>Not Found (#404)</h1><div class="alert alert-danger">Halaman tidak'
    " ditemukan.</div><p>Galat di atas terjadi ketika server web memproses permintaan Anda.</p><p>Hubungi kami"
    " bila menurut Anda ini adalah galat server. Terima kasih.</p></div>",
)
# PHP run as CGI (shared hosting) for a script that is not there: the whole answer is one line.
PHP_CGI_NO_INPUT_FILE = "No input file specified.\n"
SPRING_WHITELABEL_404 = (
    "<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are"
    " seeing this as a fallback.</p><div id='created'>Wed Dec 02 10:01:22 WIB 2026</div><div>There was an"
    " unexpected error (type=Not Found, status=404).</div></body></html>"
)

# --- maintenance ----------------------------------------------------------------------------------

SEDANG_DIBANGUN = small(
    "Dinas Pendidikan Kota Bekasi",
    '<div class="wrapper"><img src="/assets/img/logo-disdik.png" alt="Disdik"><h1>Website Sedang Dibangun</h1>'
    "<p>Website resmi Dinas Pendidikan Kota Bekasi akan segera dapat diakses. Untuk informasi PPDB hubungi"
    " (021) 8841234.</p></div>",
    lang="id",
)

# Laravel 5's page while the application is down for maintenance ("php artisan down").
LARAVEL5_BE_RIGHT_BACK = small(
    "Be right back.",
    '<div class="container"><div class="content"><div class="title">Be right back.</div></div></div>',
    head="<link href='https://fonts.googleapis.com/css?family=Lato:100' rel='stylesheet' type='text/css'>"
    "<style>html, body { height: 100%; } .title { font-size: 72px; margin-bottom: 40px; }</style>",
)

# A notice that the system is being upgraded or renewed, as an operator writes it by hand in front of
# the application: "upgrade", "peningkatan sistem", "sedang diperbarui", "sedang ada pemeliharaan server".
SISTEM_UPGRADE = small(
    "SIPADU Kota Bekasi",
    '<div class="box text-center"><img src="/assets/img/logo-sipadu.png" alt="SIPADU" width="120"><h2>Sistem'
    " sedang dalam proses upgrade</h2><p>Layanan akan kembali normal pada pukul 15.00 WIB. Terima kasih atas"
    ' pengertiannya.</p><p class="small">Bantuan: <a href="https://wa.me/6281100000000">WhatsApp Helpdesk</a></p>'
    "</div>",
    lang="id",
)
PENINGKATAN_SISTEM = small(
    "E-Retribusi Kota Bekasi",
    '<div class="container"><div class="card"><div class="card-body"><h3>Mohon maaf, kami sedang melakukan'
    " peningkatan sistem</h3><p>Silakan akses kembali setelah pukul 13.00 WIB. Pembayaran retribusi tetap dapat"
    " dilakukan di loket Bapenda.</p></div></div><footer>&copy; 2026 Bapenda Kota Bekasi</footer></div>",
    lang="id",
)
SEDANG_DIPERBARUI = small(
    "Disdukcapil Kota Bekasi",
    '<div class="wrapper"><img src="/img/logo-pemkot.png" alt="Pemerintah Kota Bekasi"><h1>Website sedang'
    " diperbarui</h1><p>Untuk sementara, layanan administrasi kependudukan dapat diajukan melalui aplikasi"
    ' Alpukat Betul.</p><p><a href="https://alpukatbetul.bekasikota.go.id/">alpukatbetul.bekasikota.go.id</a>'
    "</p></div>",
    lang="id",
)
PEMELIHARAAN_SERVER = small(
    "SIMPEG BKPSDM",
    '<div class="notice"><h2>Aplikasi untuk sementara tidak dapat diakses</h2><p>Sedang ada pemeliharaan server'
    " oleh Diskominfostandi Kota Bekasi. Mohon maaf atas ketidaknyamanannya.</p></div>",
    lang="id",
)
UNAVAILABLE_DUE_TO_MAINTENANCE = small(
    "E-Office Kota Bekasi",
    '<main class="center"><h1>Temporarily unavailable</h1><p>The website is temporarily unavailable due to'
    " scheduled maintenance. Please try again in a few minutes.</p></main>",
)
UPGRADING_OUR_SYSTEM = small(
    "Bekasi Open Data",
    '<section class="hero"><h1>We are upgrading our system</h1><p>The portal will be back online shortly. Thank'
    " you for your patience.</p></section>",
)

# Off the air for a while, said without the word "perbaikan" in the heading.
TEMPORARILY_INACCESSIBLE_ID = small(
    "Dinas Pertanian Kota Bekasi",
    '<div style="text-align:center;padding-top:12%"><img src="/images/logo-kota-bekasi.png" alt="Kota Bekasi"'
    ' width="96"><h2>Mohon maaf, website ini untuk sementara tidak dapat diakses.</h2><p>Untuk informasi layanan'
    " Dinas Pertanian silakan hubungi (021) 88954512 atau datang langsung ke kantor kami.</p><p><small>Diskominfostandi"
    " Kota Bekasi</small></p></div>",
    lang="id",
)
INACCESSIBLE_FOR_MAINTENANCE_ID = small(
    "SIPP Kota Bekasi",
    '<div class="wrap"><h1>Pemberitahuan</h1><p>Aplikasi SIPP tidak dapat diakses sementara karena pemeliharaan rutin'
    " hingga pukul 17.00 WIB. Pengajuan yang sudah dikirim tetap tersimpan.</p><p>Terima kasih atas"
    " pengertiannya.</p></div>",
    lang="id",
)
SITE_OFFLINE_ID = small(
    "Sedang Offline - Portal Data Kota Bekasi",
    '<main class="offline"><h1>Situs sedang offline</h1><p>Kami akan segera kembali. Terima kasih atas kesabaran'
    ' Anda.</p><p><a href="https://www.instagram.com/pemkotbekasi/">@pemkotbekasi</a></p></main>',
    lang="id",
)

# An Indonesian hosting's first page for an account whose public_html is still empty.
HOSTING_FIRST_PAGE_ID = small(
    "Website Berhasil Dibuat",
    '<div class="container"><img src="/default/img/hosting-logo.svg" alt="Hosting" height="40"><div class="card">'
    "<h1>Selamat, website Anda telah berhasil dibuat!</h1><p>Halaman ini ditampilkan karena belum ada file di"
    " folder public_html. Upload website Anda melalui File Manager di panel hosting atau dengan FTP.</p><ul><li><a"
    ' href="https://panel.hosting.co.id/">Masuk ke panel</a></li><li><a href="https://kb.hosting.co.id/upload">'
    "Panduan upload website</a></li></ul></div></div>",
    lang="id",
)
WEBSITE_BELUM_TERSEDIA = small(
    "dishub.bekasikota.go.id",
    '<div class="placeholder"><h1>Website belum tersedia</h1><p>Pemilik domain belum mengunggah website ke server'
    " ini.</p></div>",
    lang="id",
)
TENGINE = small(
    "Welcome to tengine!",
    "<h1>Welcome to tengine!</h1>\n<p>If you see this page, the tengine web server is successfully installed and\n"
    "working. Further configuration is required.</p>\n<p>For online documentation and support please refer to\n<a"
    ' href="http://tengine.taobao.org/">tengine.taobao.org</a>.</p>\n<p><em>Thank you for using tengine.</em></p>',
)
# WordPress unpacked without its wp-config.php, and with it but not installed: the installer, open to anyone.
_WP_HEAD = (
    '<meta name="robots" content="noindex,nofollow">\n<link rel="stylesheet" id="install-css"'
    ' href="/wp-admin/css/install.min.css?ver=6.7.1" media="all">\n'
)
WORDPRESS_NO_CONFIG = small(
    "WordPress &rsaquo; Error",
    '<p id="logo">WordPress</p>\n<p>There doesn&#8217;t seem to be a <code>wp-config.php</code> file. It is needed'
    ' before the installation can continue.</p><p>Need more help? <a href="https://developer.wordpress.org/advanced-'
    'administration/wordpress/wp-config/">Read the support article on <code>wp-config.php</code></a>.</p><p>You can'
    " create a <code>wp-config.php</code> file through a web interface, but this doesn&#8217;t work for all server"
    ' setups. The safest way is to manually create the file.</p><p class="step"><a href="/wp-admin/setup-config.php"'
    ' class="button button-large">Create a Configuration File</a></p>',
    head=_WP_HEAD,
)
WORDPRESS_INSTALL_ID = small(
    "WordPress &rsaquo; Instalasi",
    '<p id="logo">WordPress</p>\n<h1>Selamat Datang</h1><p>Selamat datang di proses instalasi WordPress lima menit'
    " yang terkenal! Cukup isi informasi di bawah ini dan Anda akan segera menggunakan platform penerbitan pribadi"
    ' yang paling mudah diperluas dan canggih di dunia.</p><h2>Informasi yang dibutuhkan</h2><form id="setup"'
    ' method="post" action="install.php?step=2"><input name="weblog_title" type="text" id="weblog_title">'
    '<input name="user_name" type="text" id="user_login"><input type="password" name="admin_password">'
    '<input type="submit" name="Submit" id="submit" class="button button-large" value="Instal WordPress"></form>',
    lang="id",
    head=_WP_HEAD,
)

# An application's own code sent as it is: the server was moved or upgraded and lost its PHP handler (or
# an IIS its ASP.NET one), so it serves index.php as a file. The code holds the database's password.
PHP_SOURCE = """<?php
session_start();
require_once __DIR__ . '/config/koneksi.php';
$db = mysqli_connect('10.10.5.21', 'simpeg_app', 'Simpeg#Bks2026', 'db_simpeg');
if (!$db) {
    die('Koneksi gagal: ' . mysqli_connect_error());
}
$berita = mysqli_query($db, "SELECT judul, slug, tanggal FROM berita ORDER BY tanggal DESC LIMIT 10");
$judul = 'SIMPEG BKPSDM Kota Bekasi';
?>
<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title><?php echo $judul; ?></title>
<link rel="stylesheet" href="assets/css/style.css"></head>
<body>
<nav class="navbar"><a href="index.php">Beranda</a> <a href="login.php">Masuk</a></nav>
<main class="container">
<?php while ($row = mysqli_fetch_assoc($berita)) : ?>
  <article><h3><a href="berita.php?slug=<?= $row['slug'] ?>"><?= htmlspecialchars($row['judul']) ?></a></h3>
  <time><?= date('d F Y', strtotime($row['tanggal'])) ?></time></article>
<?php endwhile; ?>
</main>
<footer>&copy; <?= date('Y') ?> BKPSDM Kota Bekasi</footer>
</body>
</html>
"""
ASPX_SOURCE = """\ufeff<%@ Page Language="C#" AutoEventWireup="true" CodeBehind="Default.aspx.cs"
    Inherits="Simda.Default" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
    protected void Page_Load(object sender, EventArgs e) {
        var conn = new SqlConnection("Server=10.10.5.30;Database=SIMDA;User Id=sa;Password=Simda@2026;");
    }
</script>
<!DOCTYPE html>
<html><head runat="server"><title>SIMDA Keuangan</title></head>
<body><form id="form1" runat="server"><asp:Label ID="lblJudul" runat="server" Text="SIMDA Keuangan" /></form></body>
</html>
"""

# A PHP application without a framework, its database down: what its connection script dies with.
DB_DOWN_DIE_ID = "Gagal terhubung ke database: Connection refused"
DB_DOWN_ALERT_ID = small(
    "E-Retribusi Kota Bekasi",
    '<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css"><div class="container mt-5"><div'
    ' class="alert alert-danger" role="alert"><strong>Koneksi ke database gagal!</strong> Silakan hubungi'
    " administrator Bapenda Kota Bekasi.</div></div>",
    lang="id",
)

# A site switched off by its hosting or by the city's administrator, and a hosting's page for an
# account that is ready but has no site yet.
SITE_DISABLED_ID = small(
    "Website Dinonaktifkan",
    '<style>body{background:#f4f6f9;font-family:"Source Sans Pro",Arial,sans-serif}.box{max-width:560px;margin:10%'
    ' auto;background:#fff;border-top:4px solid #c0392b;padding:32px}</style><div class="box"><img'
    ' src="/cgi-sys/images/logo-hosting.png" alt="Hosting" height="36"><h1>Website ini sementara dinonaktifkan</h1>'
    "<p>Layanan website untuk domain ini sedang dihentikan sementara. Jika Anda pemilik website, silakan hubungi"
    ' administrator hosting melalui <a href="mailto:support@hosting.co.id">support@hosting.co.id</a>.</p></div>',
    lang="id",
)
HOSTING_ACCOUNT_READY = small(
    "Default Page - Hosting account is now ready",
    '<div class="container text-center"><div class="row"><div class="col"><div class="animated fadeIn"><svg'
    ' class="icon-large success" viewBox="0 0 24 24"><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>'
    '<h1>Your hosting account is now ready</h1><p class="description-text">This page is shown because no website'
    ' has been uploaded yet. Upload your files to the public_html folder to replace it.</p><p class="footer">'
    "Powered by the hosting control panel</p></div></div></div></div>",
)

# --- parked and expired domains -------------------------------------------------------------------

EXPIRED_NAMED_ID = small(
    "dishub-bekasi.com",
    '<div class="notice"><img src="/img/registrar-logo.png" alt="Registrar"><h1>dishub-bekasi.com telah'
    " kedaluwarsa</h1><p>Domain ini telah melewati masa aktif. Jika Anda pemilik domain, segera lakukan"
    ' perpanjangan melalui <a href="https://member.registrar.co.id/">area member</a> sebelum domain dihapus.</p>'
    "</div>",
    lang="id",
)

PARKED_AT_REGISTRAR_ID = small(
    "dishub-bekasi.com",
    '<div class="parked"><h1>Domain ini diparkir</h1><p>dishub-bekasi.com terdaftar melalui registrar kami dan'
    ' belum memiliki website.</p><p><a href="https://www.registrar.co.id/domain">Cari domain Anda</a></p></div>',
    lang="id",
)

# Joomla's page for an address whose component is gone (a menu item left after an extension was removed).
JOOMLA_COMPONENT_NOT_FOUND = small(
    "Error: 404 Component not found",
    '<div class="container"><h1 class="page-header">404 - Component not found</h1><p>You may not be able to visit'
    " this page because of:</p><ol><li>an <strong>out-of-date bookmark/favourite</strong></li><li>a <strong>mistyped"
    ' address</strong></li></ol><p><a href="/index.php">Home Page</a></p></div>',
)
# SLiMS (the library system of many an Indonesian library) with its database down.
SLIMS_DATABASE_DOWN = small(
    "SLiMS | Perpustakaan Daerah Kota Bekasi",
    '<div class="alert alert-danger">Error Connecting to Database. Please check your configuration</div>',
    lang="id",
)
# A registrar's pages, in Indonesian and English, for a domain not renewed, suspended, or registered with
# nothing on it yet.
EXPIRED_YOURS_ID = small(
    "dishub-bekasi.com",
    '<div class="box"><img src="/img/logo-registrar.png" alt=""><h1>Domain Anda telah kadaluarsa</h1><p>Segera'
    ' perpanjang domain Anda melalui <a href="https://member.registrar.co.id/">member area</a> sebelum masa tenggang'
    " berakhir.</p></div>",
    lang="id",
)
SUSPENDED_BY_REGISTRY_ID = small(
    "Domain Ditangguhkan",
    "<div class='box'><h1>Domain ini ditangguhkan</h1><p>Domain ini telah ditangguhkan oleh PANDI karena data"
    " registran tidak lengkap. Pemilik domain dapat melengkapi dokumen melalui registrar.</p></div>",
    lang="id",
)
JUST_REGISTERED_ID = small(
    "dishub-bekasi.com",
    "<div class='box'><h1>Domain dishub-bekasi.com berhasil didaftarkan</h1><p>Domain ini terdaftar di Rumahweb"
    " Indonesia. Website belum tersedia.</p></div>",
    lang="id",
)
REGISTERED_THROUGH_ID = small(
    "dishub-bekasi.com",
    "<div class='box'><h1>Domain ini sudah terdaftar</h1><p>dishub-bekasi.com telah didaftarkan melalui Niagahoster."
    "</p></div>",
    lang="id",
)
PENDING_RENEWAL = small(
    "dishub-bekasi.com",
    "<p>This domain is pending renewal or has expired. Please contact the domain provider with questions.</p>",
)
# News on the department's small site of its own domain, in the same words: the application.
GO_ID_REGISTERED_NEWS = small(
    "Berita – Diskominfostandi",
    '<nav><a href="/">Beranda</a> <a href="/berita/">Berita</a></nav><article><h1>Domain kelurahan.bekasikota.go.id'
    " berhasil didaftarkan</h1><p>Setiap kelurahan kini memiliki situs resmi di bawah bekasikota.go.id. Domain"
    " judi online yang meniru nama kelurahan telah ditangguhkan atas permintaan Diskominfostandi.</p></article>",
    lang="id",
)
NOT_RENEWED_ID = small(
    "Domain Tidak Aktif",
    '<div class="wrapper"><header><img src="/assets/img/registrar.svg" alt="Registrar" height="32"></header><main>'
    "<h1>Domain tidak aktif</h1><p>Domain ini belum diperpanjang oleh pemiliknya. Jika Anda pemilik domain,"
    ' silakan lakukan perpanjangan melalui <a href="https://member.registrar.co.id/">panel member</a> agar website'
    " dan email kembali aktif.</p></main><footer>&copy; 2026 Registrar Domain Indonesia</footer></div>",
    lang="id",
)

# --- errors instead of the page -------------------------------------------------------------------


def cloudflare(code: int, what: str, happened: str) -> str:
    """Return Cloudflare's page for an origin it cannot reach, as a proxy behind it serves it with 200."""
    return small(
        f"dinkes.bekasikota.go.id | {code}: {what}",
        '<div id="cf-wrapper"><div id="cf-error-details" class="p-0"><header class="mx-auto pt-10 lg:pt-6'
        ' lg:px-8 w-240 lg:w-full mb-8"><h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl'
        f' text-black-dark leading-tight mr-2"><span class="inline-block">{what}</span><span class="code-label">'
        f'Error code {code}</span></h1><div>Visit <a href="https://www.cloudflare.com/5xx-error-landing?utm_source'
        f'=errorcode_{code}" target="_blank">cloudflare.com</a> for more information.</div><div class="mt-3">'
        '2026-12-02 03:01:22 UTC</div></header><div class="my-8 bg-gradient-gray"><div id="cf-browser-status">'
        '<span>You</span><h3>Browser</h3><span class="text-green-success">Working</span></div><div'
        ' id="cf-cloudflare-status"><span>Jakarta</span><h3>Cloudflare</h3><span class="text-green-success">'
        'Working</span></div><div id="cf-host-status" class="cf-error-source"><span>dinkes.bekasikota.go.id</span>'
        '<h3>Host</h3><span class="text-red-error">Error</span></div></div><div class="w-240 lg:w-full mx-auto'
        ' mb-8 lg:px-8"><div class="w-1/2 md:w-full float-left pr-6"><h2 class="text-3xl">What happened?</h2>'
        f'<p>{happened}</p></div><div class="w-1/2 md:w-full float-left"><h2 class="text-3xl">What can I do?</h2>'
        "<h3>If you are a visitor of this website:</h3><p>Please try again in a few minutes.</p><h3>If you are the"
        " owner of this website:</h3><p>Contact your hosting provider letting them know your web server is not"
        ' responding.</p></div></div><div class="cf-error-footer"><p><span>Cloudflare Ray ID: <strong>'
        "8ed1c2a3b4d5e6f7</strong></span> &bull; <span>Performance &amp; security by <a"
        ' href="https://www.cloudflare.com/5xx-error-landing" id="brand_link">Cloudflare</a></span></p></div>'
        "</div></div>",
    )


CLOUDFLARE_521 = cloudflare(
    521,
    "Web server is down",
    "The web server is not returning a connection. As a result, the web page is not displaying.",
)
CLOUDFLARE_522 = cloudflare(
    522, "Connection timed out", "The initial connection between Cloudflare's network and the origin server timed out."
)
RAILS_500 = small(
    "We're sorry, but something went wrong (500)",
    '<div class="dialog"><div><h1>We\'re sorry, but something went wrong.</h1></div><p>If you are the application'
    " owner check the logs for more information.</p></div>",
)
# Django in production refusing a host name it was not set up for (ALLOWED_HOSTS), and nginx given
# plain HTTP on its TLS port: each its whole page, served on with 200 by a proxy in front.
DJANGO_BAD_REQUEST = (
    '<!doctype html>\n<html lang="en">\n<head>\n  <title>Bad Request (400)</title>\n</head>\n<body>\n'
    "  <h1>Bad Request (400)</h1><p></p>\n</body>\n</html>\n"
)
NGINX_PLAIN_HTTP_TO_HTTPS = (
    "<html>\r\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\r\n<body>\r\n"
    "<center><h1>400 Bad Request</h1></center>\r\n<center>The plain HTTP request was sent to HTTPS port</center>\r\n"
    "<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"
)
WP_CRITICAL_ERROR = small(
    "WordPress &rsaquo; Error",
    '<div class="wp-die-message"><p>There has been a critical error on this website.</p><p><a'
    ' href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting'
    " WordPress.</a></p></div>",
    head="<meta name='robots' content='max-image-preview:large, noindex, follow' />",
)

# --- the application's own pages with the same words ----------------------------------------------

EXPRESS_TUTORIAL = """<article class="post"><h1 class="entry-title">Menjalankan Aplikasi Node.js di Server
Diskominfostandi</h1><p>Diterbitkan <time datetime="2026-11-25">25 November 2026</time></p>
<p>Jika aplikasi belum memiliki rute untuk alamat utama, Express menampilkan tulisan Cannot GET / dengan judul
Error. Tambahkan rute <code>app.get('/')</code> sebelum alamat aplikasi diumumkan.</p>
<h2>Cannot GET /</h2><p>Artinya rute untuk alamat itu belum dibuat.</p></article>"""
CLOUDFLARE_TUTORIAL = """<article class="post"><h1 class="entry-title">Mengenal Kode Galat Cloudflare</h1>
<p>Situs OPD yang memakai Cloudflare dapat menampilkan halaman galat berikut.</p>
<h2>521: Web server is down</h2><p>Server asal mati atau menolak koneksi Cloudflare.</p>
<h2>522: Connection timed out</h2><p>Server asal terlalu lambat menjawab.</p></article>"""


def asset_maintenance_module() -> str:
    """Return an asset application's module "Pemeliharaan" (servicing of the city's vehicles): its own title."""
    menu = "".join(
        f'<li><a href="/simbada/{m.lower()}">{m}</a></li>'
        for m in ("Beranda", "Pengadaan", "Penerimaan", "Inventaris", "Pemeliharaan", "Penghapusan", "Laporan")
    )
    rows = "".join(
        f"<tr><td>{i}</td><td>{plate}</td><td>{what}</td><td>{tanggal(days_ago(n))}</td><td>Rp {cost}</td></tr>"
        for i, (plate, what, n, cost) in enumerate(
            (
                ("B 1234 KBK", "Servis berkala 40.000 km", 17, "1.250.000"),
                ("B 1870 KBK", "Ganti ban dan spooring", 14, "3.400.000"),
                ("B 2011 KBK", "Perbaikan AC kabin", 8, "950.000"),
            ),
            start=1,
        )
    )
    return small(
        "Pemeliharaan | SIMBADA Kota Bekasi",
        f'<nav class="navbar"><a class="brand" href="/simbada/">SIMBADA</a><ul class="nav">{menu}</ul>'
        '<a href="/simbada/logout">Keluar</a></nav><div class="container"><h1>Pemeliharaan Barang</h1>'
        '<p>Riwayat pemeliharaan kendaraan dinas BPKAD.</p><a class="btn" href="/simbada/pemeliharaan/tambah">'
        "Tambah</a><table class='table'><tr><th>No</th><th>Nomor Polisi</th><th>Pekerjaan</th><th>Tanggal</th>"
        f"<th>Biaya</th></tr>{rows}</table></div>",
        lang="id",
    )


STATS_AFTER_SIDEBAR = portal_page(
    Portal(
        main='<section class="statistik"><h2>404</h2><p>Pegawai aktif</p><h2>12</h2><p>Puskesmas</p></section>'
        '<article class="post"><h2 class="entry-title"><a href="/berita/hpv/">Vaksinasi HPV untuk Pelajar</a></h2>'
        "<p>Dinas Kesehatan menyelenggarakan vaksinasi HPV di sekolah dasar.</p></article>",
        left=LEFT_MENU,
    )
)
SEARCH_WITHOUT_RESULT_SIDEBAR = portal_page(
    Portal(
        main="<h1>Hasil Pencarian: perda 2030</h1><p>Dokumen tidak ditemukan. Coba kata kunci lain.</p>",
        left=LEFT_WIDGETS,
        title="Hasil Pencarian – Dinas Kesehatan Kota Bekasi",
    )
)
TUTORIAL_AFTER_SIDEBAR = portal_page(
    Portal(
        main="<article><h1>Mengenal Kode Status HTTP</h1><p>Kode status menjelaskan jawaban server.</p><h2>404</h2>"
        "<p>Not Found: halaman tidak ditemukan.</p><h2>Halaman Tidak Ditemukan</h2><p>Pesan yang sama.</p></article>",
        left=LEFT_WIDGETS,
        title="Mengenal Kode Status HTTP – Dinas Kesehatan Kota Bekasi",
    )
)
# The article's date and author linked under its title, as most WordPress themes print them.
TUTORIAL_WITH_LINKED_META = portal_page(
    Portal(
        main='<article class="post"><h1 class="entry-title">Mengenal Kode Status HTTP</h1><div class="entry-meta">'
        '<a href="/2026/11/27/"><time datetime="2026-11-27">27 November 2026</time></a> <a href="/author/admin/">'
        "Admin Dinkes</a></div><p>Kode status menjelaskan jawaban server kepada peramban.</p><h2>404 Page Not"
        " Found</h2><p>Alamat salah atau halaman telah dihapus.</p><h2>500 Internal Server Error</h2><p>Terjadi"
        " galat di server aplikasi.</p></article>",
        left=LEFT_MENU,
        title="Mengenal Kode Status HTTP – Dinas Kesehatan Kota Bekasi",
    )
)
ARCHIVE_ITEM_TITLED_NOT_FOUND = portal_page(
    Portal(
        main='<h1 class="page-title">Kategori: Tips Pengelola Website</h1><article class="post"><h2'
        ' class="entry-title"><a href="/artikel/halaman-tidak-ditemukan/">Halaman Tidak Ditemukan</a></h2><p>Apa'
        " yang perlu dilakukan pengelola website OPD ketika pengunjung melaporkan tautan yang rusak.</p></article>",
        left=LEFT_MENU,
        title="Tips Pengelola Website – Dinas Kesehatan Kota Bekasi",
    )
)
REBUILT_WEBSITE_NEWS = small(
    "Berita – Diskominfostandi",
    '<nav><a href="/">Beranda</a> <a href="/berita/">Berita</a></nav><article><h1>Website Dinas Pendidikan Sedang'
    " Dibangun Ulang</h1><p>Dinas Pendidikan membangun ulang websitenya; layanan PPDB tetap berjalan.</p></article>",
    lang="id",
)
CERTIFICATE_NEWS = small(
    "Berita – Diskominfostandi",
    '<nav><a href="/">Beranda</a> <a href="/berita/">Berita</a></nav><article><h1>Sertifikat bekasikota.go.id'
    " telah kedaluwarsa</h1><p>Sertifikat keamanan diperbarui pukul 09.00 WIB.</p></article>",
    lang="id",
)
IIS_HOSTED_LOGIN = small(
    "SIMDA Keuangan - BPKAD Kota Bekasi",
    '<div class="login"><h1>SIMDA Keuangan</h1><form method="post" action="/simda/Login.aspx"><input name="user">'
    '<input type="password" name="pass"><button>Masuk</button></form><a'
    ' href="http://go.microsoft.com/fwlink/?linkid=66138&amp;clcid=0x409">IIS</a></div>',
    lang="id",
)

# News of a road, a drainage system or a named application being repaired or upgraded: the content.
ROAD_WORKS_NEWS = small(
    "Berita – Dinas Bina Marga",
    '<nav><a href="/">Beranda</a> <a href="/berita/">Berita</a> <a href="/layanan/">Layanan</a></nav><article>'
    "<h1>Jalan Siliwangi sedang ada perbaikan, pengendara diminta lewat Jalan Cut Meutia</h1><p>Sistem drainase"
    " sedang diperbaiki hingga 10 Desember 2026.</p></article>",
    lang="id",
)
APPLICATION_UPGRADE_NEWS = small(
    "Berita – Diskominfostandi",
    '<nav><a href="/">Beranda</a> <a href="/berita/">Berita</a></nav><article><h1>Aplikasi Alpukat Betul sedang'
    " ditingkatkan, kini bisa mengurus akta kelahiran</h1><p>Website Disdukcapil sedang diperbarui secara bertahap"
    " tanpa mengganggu layanan.</p></article>",
    lang="id",
)
TUTORIAL_INSTALLING_WORDPRESS = department(
    main='<article class="post"><h1 class="entry-title">Panduan Membuat Website Kelurahan dengan WordPress</h1><p'
    ' class="meta">Diposting 2 Desember 2026 oleh Bidang Aplikasi Informatika</p><p>Setelah berkas WordPress diunggah'
    " ke folder public_html, buka alamat website Anda. Bila muncul pesan bahwa berkas wp-config.php belum ada, pilih"
    " Create a Configuration File dan isi nama basis data, pengguna dan kata sandinya.</p><p>Selesaikan instalasi"
    " hari itu juga: halaman instalasi yang dibiarkan terbuka dapat diambil alih orang lain.</p></article>"
)
# An application's own small login page whose help names a failed connection: the application.
LOGIN_WITH_CONNECTION_HELP = small(
    "SIMPEG BKPSDM Kota Bekasi",
    '<div class="login-box"><h1>SIMPEG</h1><form method="post" action="/login"><input name="nip"'
    ' placeholder="NIP"><input type="password" name="password" placeholder="Kata sandi"><button>Masuk</button>'
    '</form><p class="help">Jika koneksi ke database gagal atau halaman tidak merespons, hubungi admin BKPSDM di'
    " ext. 214.</p></div>",
    lang="id",
)

# A working login page that announces maintenance to come; a contact form's thanks; a news list
# about a website switched off: the application's own pages.
LOGIN_ANNOUNCING_MAINTENANCE = small(
    "SIPP Kota Bekasi",
    '<div class="alert alert-warning">Pemberitahuan: aplikasi tidak dapat diakses sementara karena pemeliharaan pada'
    ' Sabtu, 5 Desember 2026 pukul 22.00&ndash;24.00 WIB.</div><div class="login-box"><h1>SIPP</h1><form'
    ' method="post" action="/login"><input name="nip" placeholder="NIP"><input type="password" name="password"'
    ' placeholder="Kata sandi"><button>Masuk</button></form></div>',
    lang="id",
)
CONTACT_THANKS = small(
    "Kontak - Dinas Pertanian Kota Bekasi",
    '<nav><a href="/">Beranda</a> <a href="/kontak/">Kontak</a></nav><div class="alert alert-success"><h1>Pesan'
    " terkirim</h1><p>Terima kasih telah menghubungi Dinas Pertanian. Kami akan segera kembali menghubungi Anda"
    " melalui email.</p></div>",
    lang="id",
)
SITE_SWITCHED_OFF_NEWS = small(
    "Berita – Diskominfostandi",
    '<nav><a href="/">Beranda</a> <a href="/berita/">Berita</a></nav><article><h1>Diskominfostandi menonaktifkan'
    " 12 subdomain yang tidak dikelola</h1><p>Pengunjung yang membuka alamat lama akan melihat tulisan bahwa website"
    " ini sementara dinonaktifkan sampai perangkat daerah pemiliknya mengajukan pengaktifan kembali.</p></article>",
    lang="id",
)
