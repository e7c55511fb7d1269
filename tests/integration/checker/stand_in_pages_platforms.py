"""What a hosted platform or an Indonesian hosting serves at a department's address in its site's place.

Many units of the city (a puskesmas, a kelurahan, a school) run their site on Blogger, Google Sites
or WordPress.com, or on a site builder (Wix, Webnode, Strikingly, Jimdo); the others on an
Indonesian hosting (Rumahweb, Jagoan Hosting). When the site is deleted, suspended, made private,
never published, or its domain never connected, the platform answers with its own page, often
with 200:

- Blogger's "Blog not found" for a removed blog ("Sorry, the blog at … has been removed. This
  address is not available for new blogs.") or one never made, in English and Indonesian; its
  page for a blog "open to invited readers only"; and its status line "Maaf, halaman yang Anda
  cari di blog ini tidak ada." inside the blog's own theme, with its sidebar and archive.
- Google Sites' "The site you requested is not available" (deleted or not published), and
  Google's own 404 page ("Error 404 (Not Found)!!1") for an address under sites.google.com.
- WordPress.com's "… is no longer available" (the authors deleted it), "This site has been
  archived or suspended", "… doesn't exist".
- Wix's page for a domain not connected to a site; Webnode's, Strikingly's and Jimdo's for a
  site that is not there or not published.
- A hosting's placeholder: "Website ini sedang dalam proses pembuatan" ("Hosting by Rumahweb").

Each is written as the platform prints it, as far as its wording is known: title, head, inline
styles, logo, footer. (Weebly's "Site Not Found", Wix's 404 and the default pages of Hostinger,
Niagahoster, IDCloudHost, DomaiNesia, Dewaweb and Qwords are read already, by their title or
their "public_html", "Website Anda sudah aktif", "Coming Soon".) The look-alikes are a
department's own pages that use the same words: news that the blog moved, a guide to making a
blog on Blogger, a page about Google Sites for schools, news that a kecamatan's website is being
built, a small login page's help, and a blog's ordinary posts with its sidebar, one of them
quoting Blogger's status line and one its words for a private blog.
"""

from __future__ import annotations

from html import escape

from stand_in_pages_real_web import Portal, department, portal_page, small
from vendor_pages import days_ago, tanggal

BLOG = "kelurahanmargahayu"
BLOG_HOST = f"{BLOG}.blogspot.com"

# --- Blogger ----------------------------------------------------------------------------------------

# Blogger's own error pages: its logo, a card, Roboto, and a footer of its policies.
_BLOGGER_STYLE = """<link href="https://fonts.googleapis.com/css?family=Roboto:400,500,700" rel="stylesheet">
<style>
body{background-color:#f7f7f7;color:#212121;font-family:Roboto,Arial,sans-serif;margin:0}
.errorPage{background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.2);margin:48px auto;max-width:560px;padding:40px}
.errorPage .logo{display:block;height:40px;margin-bottom:32px}
.errorPage h1{font-size:24px;font-weight:400;margin:0 0 16px}
.errorPage p{font-size:14px;line-height:20px}
.errorPage .button{background:#f57d00;border-radius:2px;color:#fff;display:inline-block;padding:8px 16px;
text-decoration:none;text-transform:uppercase}
.footer{color:#757575;font-size:12px;text-align:center}.footer a{color:#757575;margin:0 8px}
</style>
"""
_BLOGGER_LOGO = (
    '<a href="https://www.blogger.com/"><img class="logo" alt="Blogger"'
    ' src="https://www.blogger.com/img/blogger-logotype-color-black-1x.png"></a>'
)


def _blogger_footer(lang: str) -> str:
    terms, privacy, policy = (
        ("Persyaratan Layanan", "Privasi", "Kebijakan Konten")
        if lang == "id"
        else ("Terms of Service", "Privacy", "Content Policy")
    )
    return (
        f'<div class="footer"><a href="https://www.blogger.com/go/terms">{terms}</a>'
        f'<a href="https://www.blogger.com/go/privacy">{privacy}</a>'
        f'<a href="https://www.blogger.com/go/contentpolicy">{policy}</a></div>'
    )


def blogger_error(title: str, card: str, lang: str = "en") -> str:
    """Return one of Blogger's own pages, served at a blog's address: ``card`` under its logo."""
    return small(
        title,
        f'<div class="errorPage">{_BLOGGER_LOGO}\n{card}\n</div>\n{_blogger_footer(lang)}',
        lang=lang,
        head=_BLOGGER_STYLE,
    )


BLOGGER_REMOVED = blogger_error(
    "Blog not found",
    """<h1>Blog has been removed</h1>
<p>Sorry, the blog at dinkesbekasi.blogspot.com has been removed. This address is not available for new blogs.</p>
<p>Did you expect to see your blog here? See: <a href="https://support.google.com/blogger/answer/41365">'I can't
access my blog'</a>.</p>""",
)
BLOGGER_REMOVED_ID = blogger_error(
    "Blog tidak ditemukan",
    """<h1>Blog telah dihapus</h1>
<p>Maaf, blog di dinkesbekasi.blogspot.com telah dihapus. Alamat ini tidak tersedia untuk blog baru.</p>
<p>Apakah Anda mengira akan melihat blog Anda di sini? Lihat: <a
href="https://support.google.com/blogger/answer/41365?hl=id">'Saya tidak dapat mengakses blog saya'</a>.</p>""",
    lang="id",
)
BLOGGER_NEVER_MADE = blogger_error(
    "Blog not found",
    f"""<h1>Blog not found</h1>
<p>Sorry, the blog you were looking for does not exist. However, the name {BLOG} is available to register!</p>
<a class="button" href="https://www.blogger.com/create-blog.g?defaultSubdomain={BLOG}">Create a blog</a>""",
)
BLOGGER_NEVER_MADE_ID = blogger_error(
    "Blog tidak ditemukan",
    f"""<h1>Blog tidak ditemukan</h1>
<p>Maaf, blog yang Anda cari tidak ada. Namun, nama {BLOG} tersedia untuk didaftarkan!</p>
<a class="button" href="https://www.blogger.com/create-blog.g?defaultSubdomain={BLOG}&amp;hl=id">Buat blog</a>""",
    lang="id",
)
# A blog made private: the public sees only this.
BLOGGER_INVITED_ONLY = blogger_error(
    "Blogger",
    """<h1>This blog is open to invited readers only</h1>
<p>It doesn't look like you have been invited to read this blog. If you think this is a mistake, you might want
to contact the blog author and request an invitation.</p>
<p>You're signed in as: <b>operator.puskesmas@gmail.com</b> &ndash; <a
href="https://www.blogger.com/logout.g">Sign in with a different account</a></p>""",
)
BLOGGER_INVITED_ONLY_ID = blogger_error(
    "Blogger",
    """<h1>Blog ini hanya terbuka untuk pembaca yang diundang</h1>
<p>Sepertinya Anda belum diundang untuk membaca blog ini. Jika menurut Anda ini adalah kesalahan, Anda dapat
menghubungi penulis blog dan meminta undangan.</p>
<p><a href="https://accounts.google.com/ServiceLogin?service=blogger&amp;hl=id">Masuk dengan akun lain</a></p>""",
    lang="id",
)

_BLOG_POSTS = (
    "Pelayanan Administrasi Kependudukan Jemput Bola",
    "Kerja Bakti Membersihkan Saluran Air RW 07",
    "Musyawarah Perencanaan Pembangunan Kelurahan",
    "Posyandu Lansia Bulan Ini",
)


def blogger_blog(main: str, title: str = "Kelurahan Margahayu") -> str:
    """Return a page of a kelurahan's blog on Blogger in its theme: navbar, header, sidebar, archive, attribution."""
    popular = "".join(
        f'<li><div class="item-title"><a href="https://{BLOG_HOST}/2026/11/post-{i}.html">{escape(t)}</a></div></li>'
        for i, t in enumerate(_BLOG_POSTS)
    )
    labels = "".join(
        f'<li><a dir="ltr" href="https://{BLOG_HOST}/search/label/{label}">{label}</a><span dir="ltr">({n})</span></li>'
        for label, n in (("Berita", 48), ("Pengumuman", 21), ("Kegiatan", 35), ("Layanan", 12))
    )
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="id" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b">
<head>
<meta content="width=1100" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<link href="https://{BLOG_HOST}/favicon.ico" rel="icon" type="image/x-icon">
<link rel="alternate" type="application/atom+xml" title="{escape(title)} - Atom"
 href="https://{BLOG_HOST}/feeds/posts/default">
<link rel="alternate" type="application/rss+xml" title="{escape(title)} - RSS"
 href="https://{BLOG_HOST}/feeds/posts/default?alt=rss">
<title>{escape(title)}</title>
<style id="page-skin-1" type="text/css">
body{{font:normal normal 12px Arial,Tahoma,Helvetica,FreeSans,sans-serif;color:#222222;background:#66bbdd}}
.content-outer{{box-shadow:0 0 40px rgba(0,0,0,.15)}} .main-inner .column-center-inner{{padding:0 15px}}
h2.date-header{{font:normal bold 11px Arial,Tahoma,Helvetica,FreeSans,sans-serif}}
.status-msg-wrap{{font-size:110%;width:90%;margin:10px auto;position:relative}}
.status-msg-body{{text-align:center;padding:.3em 0;width:100%;position:absolute;z-index:4}}
</style>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1">
<script type="text/javascript">window.navbarConfig = {{"blogId": "7431902245510278899", "locale": "id"}};</script>
</div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://{BLOG_HOST}/">Kelurahan
Margahayu</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Kecamatan Bekasi Timur,
Kota Bekasi</span></p></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1">
<div class="widget-content"><ul><li class="selected"><a href="https://{BLOG_HOST}/">Beranda</a></li>
<li><a href="https://{BLOG_HOST}/p/profil.html">Profil</a></li>
<li><a href="https://{BLOG_HOST}/p/layanan.html">Layanan</a></li>
<li><a href="https://{BLOG_HOST}/p/kontak.html">Kontak</a></li></ul></div></div></div></div>
<div class="main-outer"><div class="main-inner columns-fauxcolumns">
<div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1">
{main}
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside>
<div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" id="Profile1"><h2>Mengenai Saya</h2><div class="widget-content">
<a href="https://www.blogger.com/profile/04412345678901234567"><img alt="Foto saya" height="80" width="80"
 src="//blogger.googleusercontent.com/img/b/profile.jpg"></a><dl class="profile-datablock"><dt
 class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/04412345678901234567"
 rel="author">Admin Kelurahan</a></dt></dl><a class="profile-link"
 href="https://www.blogger.com/profile/04412345678901234567" rel="author">Lihat profil lengkapku</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>Postingan Populer</h2><div class="widget-content
 popular-posts"><ul>{popular}</ul></div></div>
<div class="widget Label" id="Label1"><h2>Label</h2><div class="widget-content list-label-widget-content">
<ul>{labels}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Arsip Blog</h2><div class="widget-content"><div
 id="ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle"
 href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link"
 href="https://{BLOG_HOST}/2026/">2026</a> <span class="post-count" dir="ltr">(86)</span>
<ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link"
 href="https://{BLOG_HOST}/2026/11/">November</a> <span class="post-count" dir="ltr">(9)</span></li>
<li class="archivedate collapsed"><a class="post-count-link" href="https://{BLOG_HOST}/2026/10/">Oktober</a>
 <span class="post-count" dir="ltr">(11)</span></li></ul></li>
<li class="archivedate collapsed"><a class="post-count-link" href="https://{BLOG_HOST}/2025/">2025</a>
 <span class="post-count" dir="ltr">(104)</span></li></ul></div></div></div>
</div></aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution"
 id="Attribution1"><div class="widget-content" style="text-align: center;">Tema Sederhana. Diberdayakan oleh <a
 href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div></footer>
</div></div></div>
<script src="https://www.blogger.com/static/v1/widgets/2975350028-widgets.js" type="text/javascript"></script>
</body>
</html>
"""


# Blogger's 404 inside the blog's theme: its status line above an empty main column.
BLOGGER_THEME_404_ID = blogger_blog(
    f"""<div class="blog-posts hfeed"><div class="status-msg-wrap"><div class="status-msg-body">
Maaf, halaman yang Anda cari di blog ini tidak ada.
</div><div class="status-msg-border"><div class="status-msg-bg"><div class="status-msg-hidden">Maaf, halaman
yang Anda cari di blog ini tidak ada.</div></div></div></div><div style="clear: both;"></div></div>
<div class="blog-pager" id="blog-pager"><a class="home-link" href="https://{BLOG_HOST}/">Beranda</a></div>"""
)
# An ordinary post of the same blog: the application.
BLOGGER_POST = blogger_blog(
    f"""<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>{
        tanggal(days_ago(2), with_weekday=True)
    }</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry"
 itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">Pelayanan Administrasi Kependudukan Jemput Bola</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" itemprop="description articleBody"><p>Kelurahan Margahayu bersama Disdukcapil
Kota Bekasi membuka layanan jemput bola perekaman KTP elektronik dan pembuatan Kartu Identitas Anak di aula
kelurahan. Warga cukup membawa kartu keluarga asli.</p><p>Layanan dibuka pukul 08.00 sampai 14.00 WIB.</p></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Diposting
oleh <span class="fn" itemprop="author">Admin Kelurahan</span></span> <span class="post-timestamp">di <a
class="timestamp-link" href="https://{BLOG_HOST}/2026/11/post-0.html" rel="bookmark"><abbr class="published"
title="{days_ago(2):%Y-%m-%d}T09:12:00+07:00">09.12</abbr></a></span> <span class="post-comment-link"><a
class="comment-link" href="https://{BLOG_HOST}/2026/11/post-0.html#comment-form">Tidak ada komentar:</a></span>
</div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Label: <a
href="https://{BLOG_HOST}/search/label/Layanan" rel="tag">Layanan</a></span></div></div></div>
<div class="comments" id="comments"><h4>Tidak ada komentar:</h4><div id="comments-block"></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/7431902245510278899/1">Posting
Komentar</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link"
href="https://{BLOG_HOST}/2026/12/post-4.html">Posting Lebih Baru</a></span><span id="blog-pager-older-link"><a
class="blog-pager-older-link" href="https://{BLOG_HOST}/2026/11/post-1.html">Posting Lama</a></span><a
class="home-link" href="https://{BLOG_HOST}/">Beranda</a></div>""",
    title="Kelurahan Margahayu: Pelayanan Administrasi Kependudukan Jemput Bola",
)
# A post about the blog itself that says a page of it was moved: the application.
BLOGGER_POST_ABOUT_A_MOVED_PAGE = blogger_blog(
    f"""<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>{
        tanggal(days_ago(1), with_weekday=True)
    }</span></h2><div class="post-outer"><h3 class="post-title entry-title">Halaman Layanan Pindah ke
Menu Baru</h3><div class="post-body entry-content"><p>Jika muncul tulisan "Maaf, halaman yang Anda cari di blog ini
tidak ada", buka menu Layanan di bagian atas blog: daftar persyaratan surat pengantar kini ada di sana.</p></div>
</div></div></div>""",
    title="Kelurahan Margahayu: Halaman Layanan Pindah ke Menu Baru",
)
# A post telling that the kelurahan's old blog was made private: it quotes Blogger's words in its first paragraph.
BLOGGER_POST_ABOUT_A_PRIVATE_BLOG = blogger_blog(
    f"""<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>{
        tanggal(days_ago(3), with_weekday=True)
    }</span></h2><div class="post-outer"><h3 class="post-title entry-title">Blog Arsip Kelurahan
Kini Tertutup</h3><div class="post-body entry-content"><p>Blog ini hanya terbuka untuk pembaca yang diundang: begitu
pesan yang muncul di blog arsip kelurahan yang lama. Blog arsip itu kini hanya untuk pegawai; berita untuk warga
tetap terbit di blog ini.</p></div></div></div></div>""",
    title="Kelurahan Margahayu: Blog Arsip Kelurahan Kini Tertutup",
)
# A tutorial post that quotes nginx's welcome page: the application. Blogger's theme has no <nav>: its
# pages' tabs (the PageList widget) are the blog's menu, around which a stand-in's words are a quote.
BLOGGER_POST_ABOUT_NGINX = blogger_blog(
    f"""<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>{
        tanggal(days_ago(2), with_weekday=True)
    }</span></h2><div class="post-outer"><h3 class="post-title entry-title">Cara Memasang Nginx di Server
Kelurahan</h3><div class="post-body entry-content"><p>Setelah nginx terpasang, buka alamat server di peramban. Jika
muncul halaman "Welcome to nginx! If you see this page, the nginx web server is successfully installed and working.
Further configuration is required." berarti pemasangan berhasil.</p><p>Langkah berikutnya adalah mengatur virtual
host untuk aplikasi kelurahan.</p></div></div></div></div>""",
    title="Kelurahan Margahayu: Cara Memasang Nginx di Server Kelurahan",
)

# --- Google Sites -----------------------------------------------------------------------------------

_GOOGLE_STYLE = """<style>
*{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}
html{background:#fff;color:#222;padding:15px}body{margin:7% auto 0;max-width:390px;min-height:180px;padding:30px 0 15px}
* > body{background:url(//www.google.com/images/errors/robot.png) 100% 5px no-repeat;padding-right:205px}
p{margin:11px 0 22px;overflow:hidden}ins{color:#777;text-decoration:none}
#logo{background:url(//www.google.com/images/branding/googlelogo/1x/googlelogo_color_150x54dp.png) no-repeat;
display:inline-block;height:54px;width:150px}
</style>
"""
GOOGLE_SITES_UNAVAILABLE_ID = small(
    "Google Sites",
    """<a href="//www.google.com/"><span id="logo" aria-label="Google"></span></a>
<h1>Maaf, situs yang Anda minta tidak tersedia.</h1>
<p>Situs di sites.google.com/view/puskesmas-margahayu mungkin telah dihapus atau belum dipublikasikan oleh
pemiliknya. <ins>Hanya itu yang kami ketahui.</ins></p>
<p><a href="https://support.google.com/sites/?hl=id">Pusat Bantuan Google Sites</a></p>""",
    lang="id",
    head=_GOOGLE_STYLE,
)
GOOGLE_SITES_UNAVAILABLE = small(
    "Google Sites",
    """<a href="//www.google.com/"><span id="logo" aria-label="Google"></span></a>
<h1>The site you requested is not available.</h1>
<p>The site at sites.google.com/view/puskesmas-margahayu may have been deleted or not yet published by its owner.
<ins>That's all we know.</ins></p>
<p><a href="https://support.google.com/sites/">Google Sites Help Center</a></p>""",
    head=_GOOGLE_STYLE,
)
# The site deleted, its custom domain still pointed at Google: the sentence alone under Google's logo.
GOOGLE_SITES_DELETED_ID = small(
    "Situs tidak tersedia",
    """<a href="//www.google.com/"><span id="logo" aria-label="Google"></span></a>
<p><b>Situs puskesmas-margahayu telah dihapus atau belum dipublikasikan.</b></p>
<p>Jika Anda pemilik situs ini, buka <a href="https://sites.google.com/">Google Sites</a> untuk memulihkan atau
memublikasikannya.</p>""",
    lang="id",
    head=_GOOGLE_STYLE,
)
# Google's own 404 for an address under sites.google.com that no site has.
GOOGLE_404 = small(
    "Error 404 (Not Found)!!1",
    """<a href="//www.google.com/"><span id="logo" aria-label="Google"></span></a>
<p><b>404.</b> <ins>That’s an error.</ins>
<p>The requested URL <code>/view/puskesmas-margahayu</code> was not found on this server.
<ins>That’s all we know.</ins>""",
    head=_GOOGLE_STYLE,
)

# --- WordPress.com ----------------------------------------------------------------------------------

# WordPress.com's own pages for a site's address, in the frame of wp_die(): body#error-page.
_WPCOM_STYLE = """<style type="text/css">
html{background:#f1f1f1}
body{background:#fff;border:1px solid #ccd0d4;color:#444;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",
Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif;margin:2em auto;padding:1em 2em;max-width:700px;
box-shadow:0 1px 1px rgba(0,0,0,.04)}
#error-page{margin-top:50px}#error-page p{font-size:14px;line-height:1.5;margin:25px 0 20px}
a{color:#0073aa}
</style>
"""


def wpcom_page(body: str, title: str = "WordPress.com") -> str:
    """Return one of WordPress.com's pages served at a site's address."""
    return (
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<meta name="viewport" content="width=device-width">\n'
        f'<meta name="robots" content="noindex,follow" />\n<title>{title}</title>\n{_WPCOM_STYLE}</head>\n'
        f'<body id="error-page">\n{body}\n</body>\n</html>\n'
    )


WPCOM_DELETED = wpcom_page(
    """<p><strong>dinkesbekasi.wordpress.com</strong> is no longer available.</p>
<p>The authors have deleted this site. The content is no longer available.</p>
<p>Want to start a new site? <a href="https://wordpress.com/start/?ref=deleted-site">Start a new site on
WordPress.com</a></p>"""
)
WPCOM_SUSPENDED = wpcom_page(
    """<p>This site has been archived or suspended in accordance with our <a
href="https://wordpress.com/tos/">Terms of Service</a>.</p>
<p>For more information and to contact us please <a
href="https://wordpress.com/support/suspended-blogs/">read this support document</a>.</p>"""
)
WPCOM_DOESNT_EXIST = wpcom_page(
    """<h1>Doesn't exist</h1>
<p><strong>dinkesbekasi.wordpress.com</strong> doesn't exist. Do you want to register
<strong>dinkesbekasi.wordpress.com</strong>?</p>
<p><a href="https://wordpress.com/start/?ref=nonexistent-site">Create your site now</a></p>""",
    title="WordPress.com",
)

# --- site builders ----------------------------------------------------------------------------------

WIX_NOT_CONNECTED = small(
    "dinkes-bekasi.com",
    """<div class="wrapper"><header class="header"><a href="https://www.wix.com/"><img class="logo"
src="https://static.parastorage.com/services/third-party/images/wix-logo.svg" alt="WIX.com"></a></header>
<main class="content"><img class="illustration" src="https://static.parastorage.com/services/domain-not-connected.svg"
alt=""><h1>Looks like this domain isn't connected to a website yet!</h1>
<p>If you're the owner of this domain, go to your Wix account to connect it to a site.</p>
<a class="button" href="https://manage.wix.com/account/domains">Connect Your Domain</a></main>
<footer class="footer">Want to create your own website? <a href="https://www.wix.com/">Get started with
Wix</a></footer></div>""",
    head="""<meta name="robots" content="noindex">
<style>body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;color:#20303c;text-align:center}
.header{height:72px;border-bottom:1px solid #dfe5eb}.content{padding:80px 20px}h1{font-size:32px;font-weight:300}
.button{background:#116dff;border-radius:18px;color:#fff;padding:8px 24px;text-decoration:none}</style>
""",
)
WEBNODE_NOT_AVAILABLE = small(
    "Webnode",
    """<div class="wnd-error"><a href="https://www.webnode.com/"><img
src="https://d1di2lzuh97fh2.cloudfront.net/files/webnode-logo.svg" alt="Webnode"></a>
<h1>This website does not exist</h1>
<p>The website dinkes-bekasi.webnode.page has not been created yet, or it has been deleted.</p>
<p><a href="https://www.webnode.com/?utm_source=error">Create your own website for free</a></p></div>""",
    head="<style>.wnd-error{font-family:Arial,sans-serif;margin:100px auto;max-width:600px;text-align:center}"
    "</style>\n",
)
STRIKINGLY_NOT_PUBLISHED = small(
    "Strikingly",
    """<div class="s-error"><a href="https://www.strikingly.com/"><img alt="Strikingly"
src="https://static-assets.strikinglycdn.com/images/logo.svg"></a>
<h1>Oops! This site is not available.</h1>
<p>The site you are looking for does not exist or has not been published yet.</p>
<p><a href="https://www.strikingly.com/s/signup">Build a site with Strikingly</a></p></div>""",
    head="<style>.s-error{font-family:'Open Sans',sans-serif;margin:120px auto;text-align:center}</style>\n",
)
JIMDO_NOT_AVAILABLE = small(
    "Jimdo",
    """<div class="page"><img class="logo" src="https://assets.jimstatic.com/jimdo-logo.svg" alt="Jimdo">
<h1>This website is no longer available.</h1>
<p>Is this your website? <a href="https://account.e.jimdo.com/en/login">Log in</a> to your Jimdo account to
reactivate it.</p>
<p><a href="https://www.jimdo.com/">Create your own website with Jimdo</a></p></div>""",
    head="<style>.page{font-family:'Helvetica Neue',Arial,sans-serif;margin:100px auto;text-align:center}</style>\n",
)

# --- Indonesian hostings' placeholders for a site still to be made ---------------------------------------

RUMAHWEB_UNDER_CONSTRUCTION = small(
    "dinkes-bekasi.com",
    """<div class="container"><div class="box">
<img class="illustration" src="https://www.rumahweb.com/assets/img/default-page/under-construction.svg" alt="">
<h1>Website ini sedang dalam proses pembuatan</h1>
<p>Silakan kunjungi kembali dalam waktu dekat.</p>
</div>
<div class="footer">Hosting by <a href="https://www.rumahweb.com/?utm_source=defaultpage">Rumahweb</a></div></div>""",
    lang="id",
    head="""<style>body{background:#f4f7fb;font-family:'Nunito',Arial,sans-serif;color:#344767}
.box{background:#fff;border-radius:12px;margin:80px auto 24px;max-width:560px;padding:48px;text-align:center}
.footer{font-size:13px;text-align:center}.footer a{color:#1b75bb;font-weight:700}</style>
""",
)
# The same words under the hosting's name as the title, the sentence in a paragraph.
RUMAHWEB_UNDER_CONSTRUCTION_TEXT = small(
    "Rumahweb Indonesia",
    """<div class="box"><img src="https://www.rumahweb.com/assets/img/logo-rumahweb.png" alt="Rumahweb">
<p>Website ini sedang dalam proses pembuatan. Silakan kunjungi kembali dalam waktu dekat.</p>
<p class="small">Hosting by <a href="https://www.rumahweb.com/">Rumahweb</a></p></div>""",
    lang="id",
)
JAGOAN_HOSTING_DEFAULT = small(
    "Jagoan Hosting Indonesia",
    """<div class="box"><img src="https://www.jagoanhosting.com/wp-content/uploads/logo-jagoan-hosting.svg"
alt="Jagoan Hosting"><h1>Website Ini Sedang Dalam Pembuatan</h1>
<p>Website ini di-hosting oleh Jagoan Hosting Indonesia.</p>
<p><a href="https://www.jagoanhosting.com/">Jagoan Hosting</a> &ndash; Web Hosting Indonesia</p></div>""",
    lang="id",
)

# --- look-alikes: a department's own pages with the platforms' words --------------------------------------

# News that the department's blog moved: in the department's theme, with its news.
BLOG_MOVED_NEWS = department(
    main=f"""<article class="post"><h1 class="entry-title">Blog Dinas Kesehatan Kini Pindah ke Alamat Baru</h1>
<div class="entry-meta"><span class="posted-on">{tanggal(days_ago(1), with_weekday=True)}</span></div>
<p>Blog Dinas Kesehatan kini pindah ke alamat baru. Blog lama di dinkesbekasi.blogspot.com telah dihapus dan
alamat itu tidak tersedia untuk blog baru; seluruh artikel sudah dipindahkan ke situs ini.</p></article>""",
)
BLOGGER_GUIDE = portal_page(
    Portal(
        main="""<article class="post"><h1 class="entry-title">Cara Membuat Blog di Blogger untuk Kelurahan</h1>
<p>Buka blogger.com, masuk dengan akun Google kelurahan, lalu pilih Buat Blog Baru. Jika alamat yang dipilih
sudah dipakai, Blogger menampilkan pesan bahwa alamat itu tidak tersedia. Jika muncul "Blog not found", periksa
kembali ejaan alamatnya. Untuk blog internal, pilih pengaturan "Blog ini hanya terbuka untuk pembaca yang
diundang".</p><p>Setelah blog jadi, pasang widget Arsip Blog dan Label agar warga mudah mencari berita.</p>
</article>""",
        title="Cara Membuat Blog di Blogger untuk Kelurahan – Dinas Kesehatan Kota Bekasi",
    )
)
GOOGLE_SITES_FOR_SCHOOLS = portal_page(
    Portal(
        main="""<article class="post"><h1 class="entry-title">Google Sites untuk Sekolah</h1>
<p>Google Sites dapat dipakai sekolah untuk membuat situs kelas tanpa biaya. Situs yang belum dipublikasikan
tidak tersedia untuk umum: jika orang tua melihat pesan "Maaf, situs yang Anda minta tidak tersedia", berarti
guru belum menekan tombol Publikasikan.</p></article>""",
        title="Google Sites untuk Sekolah – Dinas Kesehatan Kota Bekasi",
    )
)
_KECAMATAN_ITEM = f"""<article class="post"><h1 class="entry-title">Website Kecamatan Sedang Dalam Proses Pembuatan,
Ditargetkan Rampung Desember</h1><div class="entry-meta"><span class="posted-on">{
    tanggal(days_ago(1), with_weekday=True)
}</span></div><p>Website kecamatan sedang dalam proses pembuatan, ditargetkan rampung Desember.
Selama itu informasi layanan kecamatan dapat dilihat di portal ini.</p></article>"""
# The news item alone in the department's theme (a short page), and on its home page above the other news.
KECAMATAN_SITE_NEWS = department(main=_KECAMATAN_ITEM)
KECAMATAN_SITE_NEWS_ON_HOME = department(main_extra=_KECAMATAN_ITEM)
# A small application's login page whose help says what to do when a site is not there: a condition.
LOGIN_WITH_PLATFORM_HELP = small(
    "Masuk – SIAP Kelurahan",
    """<div class="login-box"><h1>SIAP Kelurahan</h1><form action="/login" method="post"><input name="nip">
<input type="password" name="sandi"><button>Masuk</button></form>
<p class="help">Jika situs yang Anda minta tidak tersedia, hubungi operator kecamatan.</p></div>""",
    lang="id",
)
