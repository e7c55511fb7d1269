"""The long tail of pages in an application's place, as their software serves them, and look-alikes.

- A web server's or a hosting panel's page for a site with nothing on it yet: OpenLiteSpeed's
  Example page (a menu of anchors, its demos and news, under the title "Welcome"), and its banner
  "Your OpenLiteSpeed Web Server is up and running!"; CyberPanel's "CyberPanel Installed"; Webuzo's
  and Vesta's pages for a domain just added.
- A framework's first page deployed where the application should be: Laravel 11's welcome (its
  cards Documentation, Laracasts, Laravel News and Vibrant Ecosystem, "Laravel v11.x (PHP v8.x)"
  under them, "Log in" and "Register" at the top), Next.js 16's "To get started, edit the page.tsx
  file."
- A Node API's root that answers only that it runs: "The server is running successfully."

The look-alikes are a department's own pages with the same words: the site's announcement headed
"Congratulations!" for a competition's winners, a training on Laravel titled "Laravel" with the
site's menu and news, a data centre's guide that quotes OpenLiteSpeed's, CyberPanel's, Next.js'
and Express' first pages, an application's status page that says its server runs.
"""

from __future__ import annotations

from stand_in_pages_real_web import NAME, Portal, portal_page, small

# --- web servers' and hosting panels' own pages --------------------------------------------------

# OpenLiteSpeed 1.7's Example/html/index.html: a navbar of anchors, its jumbotron, six demos, its news.
_OLS_DEMOS = (
    ("cgi-icon.png", "CGI script", "Hello World from CGI script", "/cgi-bin/helloworld"),
    ("php-icon.png", "Test PHP", "If you enabled PHP during installation, <br>click here to test it", "/phpinfo.php"),
    ("404-icon.png", "Customized Error Page", "Missing page", "/page_does_not_exist.html"),
    (
        "pwd_protect-icon.png",
        "Authentication",
        "Password protected content, <br>user name: test, password: test123",
        "/protected/",
    ),
    ("blocked_content-icon.png", "Blocked Content", "Blocked area", "/blocked/"),
    ("file_upload-icon.png", "File Upload", "Test file upload progress module", "/upload.html"),
)
_OLS_RESOURCES = (
    ("https://openlitespeed.org/kb/1-click-install/", "1-Click Installation"),
    ("https://openlitespeed.org/kb/install-ols-from-litespeed-repositories/", "OpenLiteSpeed Installation Guide"),
    ("https://groups.google.com/forum/#!forum/openlitespeed-development", "OpenLiteSpeed Google Group"),
    ("https://openlitespeed.org/kb/", "OpenLiteSpeed Wiki"),
    ("https://forum.openlitespeed.org/", "Forum"),
)
_OLS_NEWS = (
    ("https://openlitespeed.org/kb/1-click-install/", "1-Click to install WordPress on OpenLiteSpeed"),
    ("https://openlitespeed.org/kb/4-line-install/", "Fully working OpenLiteSpeed install in 4 lines"),
    ("https://openlitespeed.org/kb/setup-ols-with-more-than-one-php-build/", "Set up multiple PHPs"),
    ("https://openlitespeed.org/kb/apache-rewrite-rules-in-openlitespeed/", "Rewrite Rule Differences"),
    ("https://openlitespeed.org/kb/php-via-rpm/", "Installing PHP from a Repository"),
)


def _ols_demo(icon: str, name: str, said: str, href: str) -> str:
    return (
        '<div class="col-md-4 col-sm-4 col-lg-4 col-centered"><div class="panel panel-default"><figure>'
        f'<img class="center-block img-responsive" src="img/{icon}" alt="{name}" width="100"></figure>'
        f'<div class="panel-heading"><h3>{name}</h3></div><div class="panel-body">{said}</div><br>'
        f'<div class="text-center"><a class="btn btn-primary" role="button" onclick="window.open(\'{href}\','
        " 'myWin', 'toolbar=no, directories=no, location=no, status=yes, menubar=no, resizable=no, scrollbars=yes,"
        ' width=600, height=400\'); return false">Click Here &raquo;</a></div><div class="row"></div></div></div>'
    )


def _ols_panel(name: str, items: str) -> str:
    return (
        f'<div class="col-xs-3 col-centered"><div class="panel panel-primary"><div class="panel-heading text-center">'
        f"{name}</div><p></p><ul>{items}</ul></div></div>"
    )


def _ols_links(links: tuple[tuple[str, str], ...]) -> str:
    return "".join(f'<li><a href="{h}" class="list-group-item" target="_blank">{t}</a></li>' for h, t in links)


OPENLITESPEED_EXAMPLE = small(
    "Welcome",
    '<nav class="navbar navbar-fixed-top"><ul class="nav navbar-nav navbar-right">'
    '<li class="nav-item active"><a class="nav-link" href="#home">Home<span class="sr-only">(current)</span></a></li>'
    '<li class="nav-item"><a class="nav-link" href="#demo">Demos</a></li>'
    '<li class="nav-item"><a class="nav-link" href="#features">Features</a></li>'
    '<li class="nav-item"><a class="nav-link" href="#resources">Resources</a></li>'
    '<li class="nav-item"><a class="nav-link" href="#news">News</a></li></ul></nav>\n<a id="home"></a>'
    '<div class="container"><div class="header clearfix"><div class="row"></div><div class="jumbotron">'
    '<div><img class="center-block img-responsive img-size" src="img/olsws_logo.png" alt="openlitespeed logo"></div>'
    '<h1>Congratulations</h1><p class="lead">You have successfully installed the OpenLiteSpeed Web Server!</p>'
    '<div class="row"></div><div class="text-center"><a class="btn btn-lg btn-warning" href="#openModal"'
    ' role="button">READ ME!</a></div><div id="openModal" class="modalDialog"><div><div class="close"><a'
    ' href="#close" title="Close">X</a></div><h1><span class="text-muted">&#123;</span>&nbsp; Read Me &nbsp;<span'
    ' class="text-muted">&#125;</span></h1><div class="row"><p>You should replace this page with your own web'
    " pages.</p><p>It is not recommended to copy files into the directory where this page located, they might be"
    " over-written during upgrade or reinstallation.</p><p>Create a new virtual host and map a listener to it. Have"
    ' no clue? Please read the <a href="/docs/index.html" title="Documentation" target="_blank">Documentation</a>.'
    "</p><p>For your web administration login page, please refer to the installation guide.</p><p>Add&nbsp;<a"
    ' href="https://www.openlitespeed.org/" target="_blank"><img src="img/powered_by_ols-new.png" alt="openlitespeed'
    " logo\"></a>&nbsp;the OpenLiteSpeed logo to your web site if you'd like to help us promote the server.</p>"
    '</div></div></div></div></div>\n<a id="demo"></a><div class="row"></div><div class="row row-centered">'
    '<h1>Simple Feature Demos</h1><div class="row"></div>'
    + "".join(_ols_demo(*demo) for demo in _OLS_DEMOS)
    + '</div><div class="row"></div><a id=features></a><a id=resources></a><a id=news></a>'
    '<hr class="featurette-divider"><div class="text-center"><h1>About OpenLiteSpeed</h1></div>'
    '<div class="row row-centered">'
    + _ols_panel(
        "Features",
        '<li class="list-group-item">Event-driven architecture and extremely low resource overhead</li>'
        '<li class="list-group-item">User friendly WebAdmin GUI</li>'
        '<li class="list-group-item">Built-in full-page cache module is highly-customizable and efficient</li>'
        '<li class="list-group-item">Native SAPI allows external PHP applications to run up to 50% faster</li>'
        '<li class="list-group-item">Install OpenLiteSpeed, MariaDB and WordPress with just one click</li>',
    )
    + _ols_panel("Resources", _ols_links(_OLS_RESOURCES))
    + _ols_panel("News", _ols_links(_OLS_NEWS))
    + '</div><hr class="featurette-divider"><footer><img class="center-block img-responsive"'
    ' src="img/powered_by_ols-new.png" alt="power by openlitespeed"><div class="row"></div>'
    '<p class="pull-right"><a href="#">Back to top</a></p><div class="text-center copyright-center"><p>&copy; 2020'
    " LiteSpeed Technologies, Inc. All Rights Reserved.</p></div></footer></div>",
    head='<link href="css/bootstrap.min.css" rel="stylesheet">\n<link href="css/custom.css" rel="stylesheet">\n',
)
# The same page as a hosting's image of OpenLiteSpeed words it in its banner.
OPENLITESPEED_UP_AND_RUNNING = small(
    "Congratulations",
    '<div class="container"><img src="img/olsws_logo.png" alt="OpenLiteSpeed">'
    "<h1>Congratulations! Your OpenLiteSpeed Web Server is up and running!</h1>"
    "<p>You should replace this page with your own web pages.</p></div>",
)
# CyberPanel's index.html, copied into a new website's public_html.
CYBERPANEL_INSTALLED = (
    '<div style="margin-top: 11%;" class="server-message">\n'
    '<h1 style="font-size: 85px;margin: 0;font-weight: 300;line-height: 1.1;color:grey;text-align: center;">'
    "CyberPanel Installed</h1>\n"
    '<h2 style="margin-top: 2%;margin-bottom: 2%;font-weight: 300;line-height: 1.1;color: #a56565;text-align: center;">'
    "You have successfully installed CyberPanel, please remove this page and upload your website. :)</h2>\n"
    '<p style="font-size: 35px;margin: 1%;font-weight: 300;line-height: 1.1;color:grey;text-align: center;">'
    '<a href="http://cyberpanel.net">Hosting Control Panel</a>  <a href="https://community.cyberpanel.net/">Forums'
    '</a> <a href="https://community.cyberpanel.net/docs">Documentation</a></p>\n</div>\n'
)
# Webuzo's page for a domain just added, its name in the title.
WEBUZO_DOMAIN = small(
    "sipd.bekasikota.go.id",
    '<div class="wrapper"><div class="logo"><a href="https://webuzo.com" target="_blank"><img'
    ' src="https://webuzo.com/images/logo.png" alt="Webuzo"></a></div><h1>Congratulations!</h1>'
    "<h3>The domain sipd.bekasikota.go.id is working.</h3><p>To replace this page, upload your website's files to"
    " the domain's document root using the File Manager or FTP.</p>"
    '<p class="powered">Powered by <a href="https://webuzo.com" target="_blank">Webuzo</a></p></div>',
    head="<style>body{background:#f4f6f9;font-family:Arial,sans-serif} .wrapper{margin:8% auto;width:640px}</style>\n",
)
# Vesta's skeleton index.html for a new web domain (%domain% filled in).
VESTA_DOMAIN = small(
    "sipd.bekasikota.go.id",
    '<div class="main"><h1>sipd.bekasikota.go.id</h1><h2>Welcome!</h2><p>This is a default page of the web domain'
    ' created by <a href="http://vestacp.com/">Vesta Control Panel</a>.</p><p>You can remove this page and upload'
    " your own site to the public_html folder.</p></div>",
    head="<style>body{font-family:Arial;color:#333} h1{font-size:48px;color:#66ae1d}</style>\n",
)

# --- frameworks' first pages ----------------------------------------------------------------------

_LOGO = (
    '<svg class="h-12 w-auto text-white lg:h-16 lg:text-[#FF2D20]" viewBox="0 0 62 65" fill="none">'
    '<path d="M61.8548 14.6253"/></svg>'
)
_LARAVEL_DOCS = (
    "Laravel has wonderful documentation covering every aspect of the framework. Whether you are a newcomer or have"
    " prior experience with Laravel, we recommend reading our documentation from beginning to end."
)
_LARACASTS = (
    "Laracasts offers thousands of video tutorials on Laravel, PHP, and JavaScript development. Check them out, see"
    " for yourself, and massively level up your development skills in the process."
)
_LARAVEL_NEWS = (
    "Laravel News is a community driven portal and newsletter aggregating all of the latest and most important news"
    " in the Laravel ecosystem, including new package releases and tutorials."
)


_TOOLS = {
    "Forge": "https://forge.laravel.com",
    "Vapor": "https://vapor.laravel.com",
    "Nova": "https://nova.laravel.com",
    "Envoyer": "https://envoyer.io",
    "Herd": "https://herd.laravel.com",
}
_LIBRARIES = {"Cashier": "billing", "Dusk": "dusk", "Echo": "broadcasting", "Horizon": "horizon"}
_LIBRARIES |= {"Sanctum": "sanctum", "Telescope": "telescope"}


def _link(name: str, href: str) -> str:
    return f'<a href="{href}" class="underline hover:text-black focus:outline-none">{name}</a>'


_ECOSYSTEM = (
    "Laravel's robust library of first-party tools and libraries, such as "
    + ", ".join(_link(n, h) for n, h in list(_TOOLS.items())[:-1])
    + f", and {_link('Herd', _TOOLS['Herd'])} help you take your projects to the next level. Pair them with powerful"
    " open source libraries like "
    + ", ".join(_link(n, f"https://laravel.com/docs/{p}") for n, p in _LIBRARIES.items())
    + ", and more."
)


_CARD_CLASS = (
    "flex items-start gap-4 rounded-lg bg-white p-6 shadow-[0px_14px_34px_0px_rgba(0,0,0,0.08)] ring-1"
    " ring-white/[0.05] transition duration-300 hover:text-black/70 hover:ring-black/20 focus:outline-none"
    " focus-visible:ring-[#FF2D20] lg:pb-10 dark:bg-zinc-900 dark:ring-zinc-800 dark:hover:text-white/70"
)
_ICON = (
    '<div class="flex size-12 shrink-0 items-center justify-center rounded-full bg-[#FF2D20]/10 sm:size-16">'
    '<svg class="size-5 sm:size-6" viewBox="0 0 24 24"><path fill="#FF2D20" d="M23 4a1 1 0 0 0-1.447-.894"/></svg>'
    "</div>"
)
_ARROW = (
    '<svg class="size-6 shrink-0 stroke-[#FF2D20]" viewBox="0 0 24 24" fill="none">'
    '<path d="M4.5 12h15m0 0l-6.75-6.75M19.5 12l-6.75 6.75"/></svg>'
)


def _card(href: str, name: str, said: str, screenshot: str = "") -> str:
    text = (
        f'<div class="pt-3 sm:pt-5"><h2 class="text-xl font-semibold text-black dark:text-white">{name}</h2>'
        f'<p class="mt-4 text-sm/relaxed">{said}</p></div>'
    )
    if not href:
        return f'<div class="{_CARD_CLASS}">{_ICON}{text}</div>\n'
    return f'<a href="{href}" class="{_CARD_CLASS}">{screenshot}{_ICON}{text}{_ARROW}</a>\n'


_SCREENSHOT = (
    '<div id="screenshot-container" class="relative flex w-full flex-1 items-stretch"><img'
    ' src="https://laravel.com/assets/img/welcome/docs-light.svg" alt="Laravel documentation screenshot"'
    ' class="aspect-video h-full w-full flex-1 rounded-[10px] object-top object-cover dark:hidden"'
    " onerror=\"document.getElementById('screenshot-container').classList.add('!hidden');"
    " document.getElementById('docs-card').classList.add('!row-span-1');"
    " document.getElementById('docs-card-content').classList.add('!flex-row');"
    " document.getElementById('background').classList.add('!hidden');\" /><img"
    ' src="https://laravel.com/assets/img/welcome/docs-dark.svg" alt="Laravel documentation screenshot"'
    ' class="hidden aspect-video h-full w-full flex-1 rounded-[10px] object-top object-cover dark:block" /></div>'
)
_TAILWIND = (
    "<style>/* ! tailwindcss v3.4.1 | MIT License | https://tailwindcss.com */*,::after,::before{box-sizing:"
    "border-box;border-width:0;border-style:solid;border-color:#e5e7eb}.font-sans{font-family:Figtree,"
    "ui-sans-serif,system-ui,sans-serif}</style>\n"
)
_FONTS = (
    '<link rel="preconnect" href="https://fonts.bunny.net">\n'
    '<link href="https://fonts.bunny.net/css?family=figtree:400,600&display=swap" rel="stylesheet" />\n'
)
_AUTH = (
    '<a href="https://sipd.bekasikota.go.id/login" class="rounded-md px-3 py-2 text-black ring-1 ring-transparent'
    ' transition hover:text-black/70 dark:text-white">Log in</a>\n'
    '<a href="https://sipd.bekasikota.go.id/register" class="rounded-md px-3 py-2 text-black ring-1 ring-transparent'
    ' transition hover:text-black/70 dark:text-white">Register</a>\n'
)

# Laravel 11's resources/views/welcome.blade.php, rendered: its header's logo and auth links, four cards, the versions.
LARAVEL_11_WELCOME = small(
    "Laravel",
    '<div class="bg-gray-50 text-black/50 dark:bg-black dark:text-white/50"><img id="background" class="absolute'
    ' -left-20 top-0 max-w-[877px]" src="https://laravel.com/assets/img/welcome/background.svg" />'
    '<div class="relative min-h-screen flex flex-col items-center justify-center selection:bg-[#FF2D20]'
    ' selection:text-white"><div class="relative w-full max-w-2xl px-6 lg:max-w-7xl">'
    '<header class="grid grid-cols-2 items-center gap-2 py-10 lg:grid-cols-3"><div class="flex lg:justify-center'
    f' lg:col-start-2">{_LOGO}</div><nav class="-mx-3 flex flex-1 justify-end">{_AUTH}</nav></header>'
    '<main class="mt-6"><div class="grid gap-6 lg:grid-cols-2 lg:gap-8">'
    + _card("https://laravel.com/docs", "Documentation", _LARAVEL_DOCS, _SCREENSHOT).replace(
        '<a href="https://laravel.com/docs"', '<a href="https://laravel.com/docs" id="docs-card"', 1
    )
    + _card("https://laracasts.com", "Laracasts", _LARACASTS)
    + _card("https://laravel-news.com", "Laravel News", _LARAVEL_NEWS)
    + _card("", "Vibrant Ecosystem", _ECOSYSTEM)
    + '</div></main><footer class="py-16 text-center text-sm text-black dark:text-white/70">Laravel v11.31.0'
    " (PHP v8.3.13)</footer></div></div></div>",
    head=_FONTS + _TAILWIND,
)
# Next.js 16's create-next-app page, rendered on the server.
NEXTJS_16_STARTER = small(
    "Create Next App",
    '<div class="flex min-h-screen items-center justify-center bg-zinc-50 font-sans dark:bg-black"><main'
    ' class="flex min-h-screen w-full max-w-3xl flex-col items-center justify-between py-32 px-16 bg-white'
    ' dark:bg-black sm:items-start"><img class="dark:invert" src="/next.svg" alt="Next.js logo" width="100"'
    ' height="20"><div class="flex flex-col items-center gap-6 text-center sm:items-start sm:text-left"><h1'
    ' class="max-w-xs text-3xl font-semibold leading-10 tracking-tight text-black dark:text-zinc-50">To get started,'
    ' edit the page.tsx file.</h1><p class="max-w-md text-lg leading-8 text-zinc-600 dark:text-zinc-400">Looking for'
    ' a starting point or more instructions? Head over to <a href="https://vercel.com/templates?framework=next.js'
    '&amp;utm_source=create-next-app" class="font-medium text-zinc-950 dark:text-zinc-50">Templates</a> or the <a'
    ' href="https://nextjs.org/learn?utm_source=create-next-app" class="font-medium text-zinc-950'
    ' dark:text-zinc-50">Learning</a> center.</p></div><div class="flex flex-col gap-4 text-base font-medium'
    ' sm:flex-row"><a class="flex h-12 w-full items-center justify-center gap-2 rounded-full bg-foreground px-5'
    ' text-background" href="https://vercel.com/new?utm_source=create-next-app" target="_blank" rel="noopener'
    ' noreferrer"><img class="dark:invert" src="/vercel.svg" alt="Vercel logomark" width="16" height="16">Deploy'
    ' Now</a><a class="flex h-12 w-full items-center justify-center rounded-full border border-solid px-5"'
    ' href="https://nextjs.org/docs?utm_source=create-next-app" target="_blank" rel="noopener'
    ' noreferrer">Documentation</a></div></main></div>',
    head='<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="16x16">\n',
)

# --- an API's root ----------------------------------------------------------------------------------

# An Express or Strapi-like API's root route: res.send() of its one line, without markup.
API_RUNNING_PLAIN = "The server is running successfully."
API_RUNNING_HTML = "<h1>The server is running successfully.</h1>"

# --- look-alikes: a department's own pages with the same words ---------------------------------------

# The site's announcement congratulating the winners of the city's website competition, headed "Congratulations!".
CONGRATULATIONS_WINNERS = portal_page(
    Portal(
        title=f"Pengumuman – {NAME}",
        main='<article class="post"><h2 class="entry-title">Congratulations!</h2>'
        '<div class="entry-meta"><span class="posted-on">3 Desember 2026</span> oleh <a href="/author/humas/">Humas'
        '</a></div><div class="entry-content"><p>Selamat kepada para pemenang Lomba Website Perangkat Daerah 2026:'
        " Dinas Kesehatan, Dinas Pendidikan dan Kecamatan Bekasi Utara.</p><p>Penilaian meliputi kemutakhiran"
        " berita, keterbukaan informasi publik, kecepatan akses dan keamanan. Dewan juri mencatat website yang"
        " berjalan di server yang terpasang dengan benar dan rutin diperbarui memperoleh nilai tertinggi.</p>"
        "<p>Hadiah diserahkan Wali Kota pada upacara Hari Jadi Kota Bekasi.</p></div></article>",
    )
)
# A guide of the city's data centre that quotes, in its first sentence, the pages a vendor sees after installing.
INSTALL_GUIDE = portal_page(
    Portal(
        title=f"Panduan Server – {NAME}",
        main='<article class="post"><h2 class="entry-title">Memasang OpenLiteSpeed di Server Pemkot</h2>'
        '<div class="entry-content"><p>Setelah instalasi, buka alamat server di peramban dan akan muncul halaman'
        " bertuliskan “You have successfully installed the OpenLiteSpeed Web Server!”. Halaman"
        " itu harus diganti aplikasi sebelum server didaftarkan ke Pantau.</p><h3>Aplikasi Node.js</h3><p>Setelah"
        " instalasi muncul halaman Welcome to Express; ganti rute awalnya dengan aplikasi Anda. Proyek Next.js yang"
        " belum diganti menampilkan “To get started, edit the page.tsx file.”</p><h3>CyberPanel</h3><p>Situs"
        " baru di CyberPanel berisi “You have successfully installed CyberPanel, please remove this page and upload"
        " your website.” sampai berkas aplikasi diunggah.</p></div></article>",
    )
)
# A training on Laravel, titled "Laravel", with the site's menu and news: it names the welcome page's cards.
LARAVEL_TRAINING = portal_page(
    Portal(
        title="Laravel",
        main='<article class="post"><h2 class="entry-title">Pelatihan Laravel 11 bagi Pengelola Aplikasi OPD</h2>'
        '<div class="entry-content"><p>Sebanyak 40 pengembang dari perangkat daerah mengikuti pelatihan Laravel'
        " selama tiga hari di Aula Diskominfo.</p><p>Pada hari pertama peserta membuat proyek baru dan membuka"
        " halaman awalnya: kartu Documentation, Laracasts, Laravel News dan Vibrant Ecosystem, dengan tulisan"
        " “Laravel v11.x (PHP v8.x)” di bawahnya. Instruktur menjelaskan bahwa halaman itu harus diganti sebelum"
        " aplikasi diterbitkan.</p><p>Hari kedua membahas autentikasi dan hari ketiga penerapan di server"
        " Pemkot.</p></div></article>",
    )
)
# An application's status page: its server runs, among what else it reports.
STATUS_PAGE = small(
    "Status Layanan – SIMPEG Kota Bekasi",
    '<header><a href="/">SIMPEG Kota Bekasi</a> <nav><a href="/login">Masuk</a> <a href="/bantuan">Bantuan</a>'
    "</nav></header><main><h1>Status Layanan</h1><ul><li>Aplikasi: The server is running successfully.</li>"
    "<li>Basis data: terhubung (12 ms)</li><li>Sinkronisasi BKN: terakhir 3 Desember 2026 06.00 WIB</li></ul>"
    "<p>Gangguan dapat dilaporkan ke helpdesk BKPSDM melalui WhatsApp 0812-8000-1234.</p></main>"
    "<footer>&copy; 2026 BKPSDM Kota Bekasi</footer>",
    lang="id",
)
