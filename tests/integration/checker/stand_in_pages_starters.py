"""Starter pages, theme 404s and sites "dalam pengembangan" as the real web serves them, and their look-alikes.

- A vendor that deploys a new project before its application (or loses the application in a
  redeploy) leaves the framework's own first page in its place: Yii's "Congratulations!",
  Symfony's and Rails' welcome, Next.js, Nuxt and SvelteKit rendered on the server, Vue CLI's and
  Vite's starters where a prerendering host serves their text, ASP.NET Core's template; a cloud
  platform's or a reverse proxy's page for a site with nothing deployed behind it (Firebase Hosting,
  Azure App Service, Elastic Beanstalk, Nginx Proxy Manager, Synology's Web Station); Webmin's login
  or a MikroTik router's page where the domain points at the server's tools or the office's router.
- A department theme's 404 says it inside the portal's header, menu and sidebar, in an h3 under
  the content's own container ("Konten tidak ditemukan", "Ups! Halaman yang kamu cari tidak
  ada."), or under "Maaf!" ("Alamat yang Anda tuju salah atau halaman sudah tidak tersedia.").
- A hosting's page for a site still being built: "Website sedang dalam pengembangan"; for one whose
  term or bandwidth quota ran out, an account switched off, a domain not yet pointed at it.
- A notice in the application's place: a server move ("sedang dilakukan migrasi server"), a
  disruption ("Aplikasi sedang mengalami gangguan"), a repair, "Website Offline Sementara", a site
  closed for upkeep (Joomla's offline page, "Situs ini ditutup untuk perawatan") or for a while.
- A proxy's own answer for the application behind it: Envoy's "no healthy upstream", Apache's
  "Proxy Error".
- An Indonesian registrar's page for a domain with nothing on it yet ("Domain ini telah terdaftar di
  Rumahweb", "Selamat! Domain Anda telah aktif").
- A file server's listing in the application's place: Go's ``http.FileServer`` (no title, a
  ``<pre>`` of links), Caddy's and Node's ``serve`` browsers, IIS's root listing, h5ai.

The look-alikes are the application's own pages with the same words: a tutorial that quotes a
starter page, a guide that quotes Nginx Proxy Manager's, news that names Symfony's welcome, a FAQ's
question, a health item "Tidak ditemukan kasus DBD baru", a search without results under "Maaf!", a
beta banner, news of a site in development.
"""

from __future__ import annotations

from stand_in_pages_real_web import Portal, department, portal_page, small

# --- frameworks' starter pages ----------------------------------------------------------------------

YII2_CONGRATULATIONS = small(
    "My Yii Application",
    """<div class="wrap"><nav id="w0" class="navbar navbar-expand-md navbar-dark bg-dark fixed-top">
<div class="container"><a class="navbar-brand" href="/">My Application</a>
<ul id="w1" class="navbar-nav nav"><li class="nav-item"><a class="nav-link" href="/site/index">Home</a></li>
<li class="nav-item"><a class="nav-link" href="/site/about">About</a></li>
<li class="nav-item"><a class="nav-link" href="/site/contact">Contact</a></li>
<li class="nav-item"><a class="nav-link" href="/site/login">Login</a></li></ul></div></nav>
<main id="main" class="flex-shrink-0" role="main"><div class="container"><div class="site-index">
<div class="p-5 mb-4 bg-transparent rounded-3"><div class="container-fluid py-5 text-center">
<h1 class="display-4">Congratulations!</h1>
<p class="fs-5 fw-light">You have successfully created your Yii-powered application.</p>
<p><a class="btn btn-lg btn-success" href="https://www.yiiframework.com">Get started with Yii</a></p></div></div>
<div class="body-content"><div class="row"><div class="col-lg-4 mb-3"><h2>Heading</h2>
<p>Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore.</p>
<p><a class="btn btn-outline-secondary" href="https://www.yiiframework.com/doc/">Yii Documentation &raquo;</a></p></div>
<div class="col-lg-4 mb-3"><h2>Heading</h2><p>Lorem ipsum dolor sit amet, consectetur adipisicing elit.</p>
<p><a class="btn btn-outline-secondary" href="https://www.yiiframework.com/forum/">Yii Forum &raquo;</a></p></div>
<div class="col-lg-4"><h2>Heading</h2><p>Lorem ipsum dolor sit amet, consectetur adipisicing elit.</p>
<p><a class="btn btn-outline-secondary" href="https://www.yiiframework.com/extensions/">Yii Extensions &raquo;</a></p>
</div></div></div></div></div></main>
<footer id="footer" class="mt-auto py-3 bg-light"><div class="container"><div class="row text-muted">
<div class="col-md-6 text-center text-md-start">&copy; My Company 2026</div>
<div class="col-md-6 text-center text-md-end">Powered by <a href="https://www.yiiframework.com/">Yii Framework</a></div>
</div></div></footer></div>""",
)

SYMFONY_WELCOME = small(
    "Welcome to Symfony!",
    """<div id="sf-wrapper"><div id="sf-welcome">
<h1><span>Welcome to</span> Symfony 6.4.1</h1>
<div id="sf-help"><p>You're seeing this page because you haven't configured any homepage URL and
<a href="https://symfony.com/doc/6.4/debug-mode.html">debug mode</a> is enabled.</p></div>
<div id="sf-next-steps"><h2>Next Step</h2><p>Create your first page to replace this placeholder page.</p>
<a href="https://symfony.com/doc/6.4/page_creation.html">Create your first page</a></div></div>
<footer id="sf-footer"><ul><li><a href="https://symfony.com/doc/6.4/index.html">Documentation</a></li>
<li><a href="https://symfony.com/doc/6.4/setup.html">Tutorials</a></li>
<li><a href="https://symfony.com/community">Community</a></li></ul></footer></div>""",
)

RAILS_YAY = small(
    "Ruby on Rails",
    """<main><nav><ul><li><a href="https://rubyonrails.org" target="_blank"><img alt="Rails logo"
src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="130" height="46"></a></li></ul></nav>
<h1>Yay! You&rsquo;re on Rails!</h1>
<ul><li><strong>Rails version:</strong> 7.0.8</li><li><strong>Ruby version:</strong> ruby 3.1.4p223 (2023-03-30
revision e51014f9c0) [x86_64-linux]</li></ul></main>""",
)

NEXTJS_STARTER = small(
    "Create Next App",
    """<main class="flex min-h-screen flex-col items-center justify-between p-24">
<div class="z-10 max-w-5xl w-full items-center justify-between font-mono text-sm lg:flex">
<p class="fixed left-0 top-0 flex w-full justify-center border-b">Get started by editing&nbsp;
<code class="font-mono font-bold">app/page.tsx</code></p>
<div><a href="https://vercel.com?utm_source=create-next-app" target="_blank" rel="noopener noreferrer">By
<img src="/vercel.svg" alt="Vercel Logo" width="100" height="24"></a></div></div>
<div class="relative flex place-items-center"><img class="relative" src="/next.svg" alt="Next.js Logo" width="180"
height="37"></div>
<div class="mb-32 grid text-center lg:grid-cols-4">
<a href="https://nextjs.org/docs?utm_source=create-next-app" class="group rounded-lg"><h2 class="mb-3 text-2xl
font-semibold">Docs <span>-&gt;</span></h2><p class="m-0 max-w-[30ch] text-sm opacity-50">Find in-depth information
about Next.js features and API.</p></a>
<a href="https://nextjs.org/learn?utm_source=create-next-app" class="group rounded-lg"><h2 class="mb-3 text-2xl
font-semibold">Learn <span>-&gt;</span></h2><p class="m-0 max-w-[30ch] text-sm opacity-50">Learn about Next.js in an
interactive course with&nbsp;quizzes!</p></a>
<a href="https://vercel.com/templates?framework=next.js" class="group rounded-lg"><h2 class="mb-3 text-2xl
font-semibold">Templates <span>-&gt;</span></h2><p class="m-0 max-w-[30ch] text-sm opacity-50">Explore starter
templates for Next.js.</p></a>
<a href="https://vercel.com/new?utm_source=create-next-app" class="group rounded-lg"><h2 class="mb-3 text-2xl
font-semibold">Deploy <span>-&gt;</span></h2><p class="m-0 max-w-[30ch] text-sm opacity-50">Instantly deploy your
Next.js site to a shareable URL with Vercel.</p></a></div></main>""",
    head='<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="16x16">\n',
)

NUXT_WELCOME = small(
    "Welcome to Nuxt!",
    """<div id="__nuxt"><div class="font-sans antialiased bg-white dark:bg-black"><div class="max-w-980px mx-auto">
<div class="flex justify-center"><svg width="214" height="53" viewBox="0 0 800 200"></svg></div>
<div class="grid gap-6"><div class="sm:col-span-2 p-6 flex flex-col sm:flex-row"><div>
<h1 class="font-medium text-2xl">Get Started</h1><p class="mt-2">Remove this welcome page by replacing
<a class="bg-gray-100 rounded font-mono p-1 font-bold">&lt;NuxtWelcome /&gt;</a> in
<a href="https://nuxt.com/docs/guide/directory-structure/app" target="_blank" rel="noopener"
class="bg-gray-100 rounded font-mono p-1 font-bold">app.vue</a>
with your own code.</p></div></div>
<a href="https://nuxt.com/docs" target="_blank" class="gradient-border cursor-pointer p-6"><h2 class="font-semibold
text-2xl">Documentation</h2><p class="mt-1">We highly recommend you take a look at the Nuxt documentation, whether you
are new or have previous experience with the framework.</p></a>
<a href="https://github.com/nuxt/nuxt" target="_blank" class="cursor-pointer gradient-border p-6"><h2
class="font-semibold text-2xl">GitHub</h2><p class="mt-1">Nuxt is open source and the code is available on
GitHub.</p></a></div></div></div></div>""",
)

SVELTEKIT_WELCOME = small(
    "Home",
    """<div style="display: contents"><div class="app"><header><div class="corner"><a href="https://kit.svelte.dev">
<img src="/_app/immutable/assets/svelte-logo.svg" alt="SvelteKit"></a></div>
<nav><ul><li aria-current="page"><a href="/">Home</a></li><li><a href="/about">About</a></li>
<li><a href="/sverdle">Sverdle</a></li></ul></nav></header>
<main><section><h1><span class="welcome"><picture><img src="/_app/immutable/assets/svelte-welcome.png"
alt="Welcome"></picture></span> to your new<br>SvelteKit app</h1>
<h2>try editing <strong>src/routes/+page.svelte</strong></h2>
<div class="counter"><button aria-label="Decrease the counter by one">-</button><div class="counter-viewport">
<div class="counter-digits"><strong>0</strong></div></div><button aria-label="Increase the counter by one">+</button>
</div></section></main>
<footer><p>visit <a href="https://kit.svelte.dev">kit.svelte.dev</a> to learn SvelteKit</p></footer></div></div>""",
)

# Vue CLI's and Vite's starters render in the browser; a prerendering host (or the vendor's
# own "npm run build" with a prerender plugin) serves their text as it is here.
VUE_CLI_WELCOME = small(
    "simpeg-frontend",
    """<noscript><strong>We're sorry but simpeg-frontend doesn't work properly without JavaScript enabled. Please
enable it to continue.</strong></noscript><div id="app"><img alt="Vue logo" src="/img/logo.82b9c7a5.png">
<div class="hello"><h1>Welcome to Your Vue.js App</h1><p>For a guide and recipes on how to configure / customize
this project,<br>check out the <a href="https://cli.vuejs.org" target="_blank" rel="noopener">vue-cli
documentation</a>.</p><h3>Installed CLI Plugins</h3><ul><li><a href="https://github.com/vuejs/vue-cli/tree/dev/packages/%40vue/cli-plugin-babel"
target="_blank" rel="noopener">babel</a></li><li><a href="https://github.com/vuejs/vue-cli/tree/dev/packages/%40vue/cli-plugin-eslint"
target="_blank" rel="noopener">eslint</a></li></ul><h3>Essential Links</h3><ul><li><a href="https://vuejs.org"
target="_blank" rel="noopener">Core Docs</a></li><li><a href="https://forum.vuejs.org" target="_blank"
rel="noopener">Forum</a></li></ul></div></div>""",
)

VITE_REACT = small(
    "Vite + React + TS",
    """<div id="root"><div><a href="https://vitejs.dev" target="_blank"><img src="/vite.svg" class="logo"
alt="Vite logo"></a><a href="https://react.dev" target="_blank"><img src="/assets/react-CHdo91hT.svg"
class="logo react" alt="React logo"></a></div><h1>Vite + React</h1><div class="card"><button>count is 0</button>
<p>Edit <code>src/App.tsx</code> and save to test HMR</p></div><p class="read-the-docs">Click on the Vite and React
logos to learn more</p></div>""",
)

ASPNET_CORE_TEMPLATE = small(
    "Home Page - SimpegWeb",
    """<header><nav class="navbar navbar-expand-sm navbar-toggleable-sm navbar-light bg-white border-bottom
box-shadow mb-3">
<div class="container-fluid"><a class="navbar-brand" href="/">SimpegWeb</a>
<div class="navbar-collapse collapse d-sm-inline-flex justify-content-between"><ul class="navbar-nav flex-grow-1">
<li class="nav-item"><a class="nav-link text-dark" href="/">Home</a></li>
<li class="nav-item"><a class="nav-link text-dark" href="/Home/Privacy">Privacy</a></li></ul></div></div></nav></header>
<div class="container"><main role="main" class="pb-3"><div class="text-center"><h1 class="display-4">Welcome</h1>
<p>Learn about <a href="https://learn.microsoft.com/aspnet/core">building Web apps with ASP.NET Core</a>.</p></div>
</main></div>
<footer class="border-top footer text-muted"><div class="container">&copy; 2026 - SimpegWeb -
<a href="/Home/Privacy">Privacy</a>
</div></footer>""",
)

# Hestia's first page of a new site, under the title the vendor gave it before deploying.
HESTIA_FIRST_PAGE = small(
    "SIMPEG Kota Bekasi",
    """<div class="container"><h1>Success!</h1><h2>Your new web server is ready to use.</h2>
<p class="footer">Powered by <a href="https://hestiacp.com/">Hestia Control Panel</a></p></div>""",
)

# A hosting panel's or a database tool's login where the application should be: the domain points
# at the server's own tools.
CPANEL_LOGIN = small(
    "cPanel Login",
    """<div id="login-wrapper"><div id="login-container"><img
src="/cPanel_magic_revision_1/unprotected/cpanel/images/cpanel-logo.svg" alt="cPanel">
<form id="login_form" action="/login/?login_only=1" method="post"><label for="user">Username</label>
<input name="user" id="user"><label for="pass">Password</label><input type="password" name="pass" id="pass">
<button id="login_submit">Log in</button></form><div class="reset-pw"><a href="/resetpass?start=1">Reset Password</a>
</div></div><div class="copyright">Copyright© 2026 cPanel, L.L.C.</div></div>""",
)

PHPMYADMIN_LOGIN = small(
    "phpMyAdmin",
    """<div class="container"><a href="./url.php?url=https%3A%2F%2Fwww.phpmyadmin.net%2F" class="logo"><img
src="./themes/pmahomme/img/logo_right.png" id="imLogo" alt="phpMyAdmin"></a><h1>Welcome to <bdo dir="ltr"
lang="en">phpMyAdmin</bdo></h1><form method="post" id="login_form" action="index.php?route=/" name="login_form">
<fieldset class="pma-fieldset"><legend>Log in</legend><label for="input_username">Username:</label>
<input type="text" name="pma_username" id="input_username"><label for="input_password">Password:</label>
<input type="password" name="pma_password" id="input_password"></fieldset></form></div>""",
)

ADMINER_LOGIN = small(
    "Login - Adminer",
    """<div id="content"><h2>Login</h2><form action="" method="post"><table class="layout"><tr><th>System<td>
<select name="auth[driver]"><option value="server" selected>MySQL</select><tr><th>Server<td><input
name="auth[server]" placeholder="localhost"><tr><th>Username<td><input name="auth[username]"><tr><th>Password<td>
<input type="password" name="auth[password]"></table><p><input type="submit" value="Login"></p></form></div>
<div id="menu"><h1><a href="https://www.adminer.org/" id="h1">Adminer</a> <span class="version">4.8.1</span></h1>
</div>""",
)

# The city's webmail, registered as an application of its own: Roundcube is the application there.
ROUNDCUBE_WEBMAIL = small(
    "Roundcube Webmail :: Welcome to Roundcube Webmail",
    """<div id="layout"><h1 class="voice">Roundcube Webmail Login</h1><form id="login-form" method="post"
action="./?_task=login"><label for="rcmloginuser">Username</label><input name="_user" id="rcmloginuser">
<label for="rcmloginpwd">Password</label><input name="_pass" id="rcmloginpwd" type="password">
<button type="submit" id="rcmloginsubmit">Login</button></form></div>""",
)

# --- a theme's 404 inside the portal ------------------------------------------------------------------

KONTEN_TIDAK_DITEMUKAN = portal_page(
    Portal(
        main="""<div class="content-area"><div class="alert alert-warning" role="alert">
<h3 class="alert-heading">Konten tidak ditemukan</h3>
<p>Konten yang Anda minta mungkin telah dihapus, dipindahkan, atau belum dipublikasikan.</p>
<hr><p class="mb-0"><a href="/" class="alert-link">Kembali ke Beranda</a> atau gunakan pencarian di atas.</p>
</div></div>""",
        title="Dinas Kesehatan Kota Bekasi",
    )
)

UPS_HALAMAN_TIDAK_ADA = portal_page(
    Portal(
        main="""<div class="container"><div class="row"><div class="col-md-12 text-center py-5">
<img src="/assets/img/ilustrasi-404.svg" alt="Ilustrasi halaman hilang" class="img-fluid mb-4" width="320">
<h3 class="fw-bold">Ups! Halaman yang kamu cari tidak ada.</h3>
<p class="text-muted">Sepertinya halaman yang kamu tuju sudah tidak ada atau sudah dipindahkan.</p>
<a href="/" class="btn btn-primary rounded-pill px-4">Kembali ke Beranda</a></div></div></div>""",
        title="Dinas Kesehatan Kota Bekasi",
    )
)

MAAF_ALAMAT_SALAH = portal_page(
    Portal(
        main="""<div class="error-wrap text-center"><h2 class="error-title">Maaf!</h2>
<p class="lead">Alamat yang Anda tuju salah atau halaman sudah tidak tersedia.</p>
<p>Silakan periksa kembali alamat yang Anda ketik, atau mulai dari <a href="/">halaman beranda</a>.</p>
<form class="search-form" action="/" method="get"><input type="search" name="s" placeholder="Cari…">
<button type="submit">Cari</button></form></div>""",
        title="Dinas Kesehatan Kota Bekasi",
    )
)

ERROR_404_ALAMAT = portal_page(
    Portal(
        main="""<div class="error-page"><h2 class="headline text-warning">Error 404</h2>
<p>Alamat yang Anda tuju tidak tersedia.</p><p><a href="/" class="btn btn-primary">Kembali ke Beranda</a></p></div>""",
        title="Dinas Kesehatan Kota Bekasi",
    )
)

BERITA_TIDAK_DITEMUKAN = portal_page(
    Portal(
        main="""<div class="single-news"><div class="breadcrumb"><a href="/">Beranda</a> /
<a href="/berita/">Berita</a></div>
<h2 class="news-title">Berita tidak ditemukan</h2>
<p>Berita yang Anda cari tidak ditemukan atau telah diarsipkan.</p></div>""",
        title="Berita – Dinas Kesehatan Kota Bekasi",
    )
)

# Blogger's status line above the main column of a department's blog (a school's, a village's).
BLOGGER_NOT_FOUND = portal_page(
    Portal(
        main="""<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="status-msg-wrap">
<div class="status-msg-body">Sorry, the page you were looking for in this blog does not exist.</div>
<div class="status-msg-border"><div class="status-msg-bg"><div class="status-msg-hidden">Sorry, the page you were
looking for in this blog does not exist.</div></div></div></div><div class="blog-pager" id="blog-pager">
<a class="home-link" href="/">Beranda</a></div></div></div>""",
        title="Kelurahan Margahayu",
    )
)

# WordPress's own 404 in an Indonesian theme, its empty index ("Nothing Found") where the posts were all
# deleted, and a theme's "Halaman hilang".
WP_404_ID = portal_page(
    Portal(
        main="""<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Tidak
Ditemukan</h1></header><div class="page-content"><p>Sepertinya tidak ada yang ditemukan di lokasi ini. Mungkin coba
pencarian?</p><form role="search" method="get" class="search-form" action="/"><input type="search" name="s">
<input type="submit" class="search-submit" value="Cari"></form></div></section>"""
    )
)
WP_NOTHING_FOUND = portal_page(
    Portal(
        main="""<section class="no-results not-found"><header class="page-header"><h1 class="page-title">Nothing
Found</h1></header><div class="page-content"><p>It seems we can&rsquo;t find what you&rsquo;re looking for.
Perhaps searching can help.</p><form role="search" method="get" action="/"><input type="search" name="s"></form>
</div></section>"""
    )
)
HALAMAN_HILANG = portal_page(
    Portal(
        main="""<div class="error-area text-center"><img src="/assets/img/404.svg" alt="" width="240">
<h1>Oops! Halaman hilang</h1><p>Sepertinya halaman yang Anda cari sudah dipindahkan.</p>
<a class="btn btn-primary" href="/">Kembali ke Beranda</a></div>"""
    )
)

# --- a hosting's own page when the department's term ran out, or the site was never pointed at it ---------

HOSTING_TERM_ENDED = small(
    "Hosting Expired",
    """<div class="box"><img src="/cgi-sys/images/logo-hosting.png" alt="Logo hosting" width="160">
<h1>Masa Aktif Hosting Telah Berakhir</h1>
<p>Silakan hubungi pemilik website untuk melakukan perpanjangan layanan hosting.</p>
<p class="small">Pemilik website? Masuk ke <a href="https://member.hosting.example/">area member</a>.</p></div>""",
    lang="id",
)

BANDWIDTH_QUOTA_SPENT = small(
    "Dinas Pertanian Kota Bekasi",
    """<div class="c"><h2>Kuota bandwidth website ini telah habis</h2>
<p>Website akan dapat diakses kembali pada awal bulan berikutnya atau setelah kuota ditambah.</p></div>""",
    lang="id",
)

ACCOUNT_INACTIVE = small("Inactive Account", "<h1>This account is inactive</h1><p>Please contact support.</p>")

DOMAIN_NOT_POINTED = small(
    "Domain belum diarahkan",
    """<div class="wrap"><h1>Domain Anda belum diarahkan ke hosting</h1>
<p>Silakan atur DNS atau nameserver domain Anda ke server hosting kami.</p></div>""",
    lang="id",
)

# A server's page for an address no site is set up at: ISPConfig's, a panel's shared address, GlassFish's.
ISPCONFIG_DEFAULT = small(
    "Welcome!",
    """<div id="content"><h1>Welcome!</h1><p>This is the default index page of your website.</p>
<p>This file may be deleted or overwritten without any difficulty. This is produced by the file index.html in
the web directory.</p><p>For more information visit <a href="https://www.ispconfig.org">ISPConfig</a>.</p></div>""",
)
SHARED_ADDRESS = small(
    "Welcome!",
    "<h1>Welcome!</h1><p>This is the shared IP address of the server. No website is configured for this address.</p>",
)
GLASSFISH_RUNNING = small(
    "GlassFish Server - Server Running",
    """<h1>Your server is now running</h1><p>To replace this page, overwrite the file index.html in the document root
folder of this server. The document root folder for this server is the docroot subdirectory of this server's
domain directory.</p><p>To manage a server on the local host with the default administration port, go to the
<a href="http://localhost:4848/">Administration Console</a>.</p>""",
)
# A cloud platform's or a reverse proxy's page for a site with nothing deployed behind it.
FIREBASE_SETUP_COMPLETE = small(
    "Welcome to Firebase Hosting",
    """<div id="message"><h2>Welcome</h2><h1>Firebase Hosting Setup Complete</h1>
<p>You're seeing this because you've successfully setup Firebase Hosting. Now it's time to go build something
extraordinary!</p><a target="_blank" href="https://firebase.google.com/docs/hosting/">Open Hosting Documentation</a>
</div><p id="load">Firebase SDK Loading&hellip;</p>""",
)
AZURE_APP_SERVICE_WELCOME = small(
    "Microsoft Azure App Service - Welcome",
    """<nav class="navbar"><a class="navbar-brand" href="https://azure.microsoft.com/">Microsoft Azure</a></nav>
<div class="container"><div class="row"><div class="col-md-6"><h1>Hey, App Service developers!</h1>
<h2>Your app service is up and running.</h2><p>Time to take the next step and deploy your code.</p>
<a class="btn" href="https://go.microsoft.com/fwlink/?linkid=2057852">Deployment center</a></div>
<div class="col-md-6"><h3>Have your code ready?</h3><p>Use deployment center to get code published from your
client or setup continuous deployment.</p><h3>Don't have your code yet?</h3><p>Follow our quickstart guide and
you'll have a full app ready in 5 minutes or less.</p></div></div></div>""",
)
BEANSTALK_SAMPLE = small(
    "Welcome",
    """<section class="congratulations"><h1>Congratulations</h1>
<p>Your first AWS Elastic Beanstalk PHP application is now running on your own dedicated environment in the AWS
Cloud</p><p>This environment is launched with Elastic Beanstalk PHP Platform</p></section>
<section class="instructions"><h2>What's Next?</h2><ul><li><a href="http://docs.amazonwebservices.com/elasticbeanstalk/latest/dg/">AWS
Elastic Beanstalk overview</a></li><li><a href="http://docs.amazonwebservices.com/elasticbeanstalk/latest/dg/index.html?using-features.deployment.html">Deploying
AWS Elastic Beanstalk Applications in PHP Using Eb and Git</a></li></ul></section>""",
)
NGINX_PROXY_MANAGER_DEFAULT = small(
    "Default Site",
    """<div class="page-single"><div class="container"><div class="row"><div class="col col-login mx-auto">
<div class="text-center mb-6"><img src="/images/logo-text-horizontal-grey.png" alt="Logo"></div>
<h1 class="h2 mb-3">Congratulations!</h1><p class="h4 text-muted font-weight-normal mb-7">You've successfully started
the Nginx Proxy Manager.</p><p>If you're seeing this site then you're trying to access a host that isn't set up
yet.</p><p>Log in to the Admin panel to get started.</p></div></div></div></div>
<div class="footer">Powered by
<a href="https://github.com/jc21/nginx-proxy-manager" target="_blank">Nginx Proxy Manager</a></div>""",
)
SYNOLOGY_WEB_STATION = small(
    "Hello! Welcome to Synology Web Station!",
    """<div class="main"><img src="webstation_logo.png" alt=""><h1>Web Station has been enabled.</h1>
<p>To finish setting up your website, please see the "Web Service" section of DSM Help.</p></div>""",
)

# The server's own tools or the office's router in the application's place: the domain points at them.
WEBMIN_LOGIN = small(
    "Login to Webmin",
    """<div class="container"><form method="post" action="/session_login.cgi" class="form-signin">
<i class="wbm-webmin"></i><h2 class="form-signin-heading">Webmin</h2>
<p class="form-signin-paragraph">You must enter a username and password to login to the server on
<strong>simpeg.bekasikota.go.id</strong></p><input class="form-control" name="user" placeholder="Username">
<input class="form-control" type="password" name="pass" placeholder="Password">
<button class="btn btn-primary" type="submit">Sign in</button></form></div>""",
)
MIKROTIK_ROUTEROS = small(
    "RouterOS router configuration page",
    """<div class="top"><img src="mikrotik_logo.png" alt="MikroTik"><h1>RouterOS v7.12.1</h1></div>
<p>You have connected to a router. Administrative access only. If this device is not in your possession, please
contact your local network administrator.</p><a href="/webfig/">WebFig Login</a>""",
)
MASA_SUSPEND = small(
    "Website Suspend",
    """<div class="wrap"><h1>Website Sedang Dalam Masa Suspend</h1><p>Silakan hubungi penyedia layanan hosting
Anda untuk informasi lebih lanjut.</p></div>""",
    lang="id",
)

# Indonesian hostings' and a panel's own pages for a site with no content on it yet.
OWNER_NOTHING_UPLOADED = small(
    "Jagoan Hosting",
    """<div class="box"><img src="/default/logo.png" alt=""><h1>Website ini dihosting di Jagoan Hosting</h1>
<p>Pemilik website belum mengunggah konten. Silakan kembali lagi nanti.</p></div>""",
    lang="id",
)
HOSTING_JUST_CREATED = small(
    "Selamat Datang",
    """<div class="wrap"><h2>Selamat, hosting Anda berhasil dibuat!</h2><p>Silakan upload file website Anda
melalui File Manager atau FTP.</p></div>""",
    lang="id",
)
SITE_NOT_CONFIGURED = small(
    "Website Not Found",
    """<div class="error"><h1>Website Not Found</h1><p>The website you were trying to reach is not configured on
this server.</p></div>""",
)
# Debian's lighttpd, installed and never given the application.
LIGHTTPD_PLACEHOLDER = small(
    "Welcome page",
    """<div id="header"><h1>Placeholder page</h1><p>The owner of this web site has not put up any web pages yet.
Please come back later.</p></div><div id="body"><p><small>You should replace this page with your own web pages as
soon as possible.</small></p><p>Unless you changed its configuration, your new server is configured as follows:</p>
<ul><li>Configuration files can be found in <tt>/etc/lighttpd</tt>. Please read
<tt>/etc/lighttpd/conf-available/README</tt> file.</li><li>The DocumentRoot, which is the directory under which all
your HTML files should exist, is set to <tt>/var/www/html</tt>.</li><li>CGI scripts are looked for in
<tt>/usr/lib/cgi-bin</tt>, which is where Debian packages will place their scripts.</li></ul></div>""",
)

# WebLogic's own 404, quoting the RFC, where the application was not deployed.
WEBLOGIC_404 = """<HTML><HEAD><TITLE>Error 404--Not Found</TITLE></HEAD><BODY bgcolor="white"><FONT FACE=Helvetica>
<BR CLEAR=all><TABLE border=0 cellspacing=5><TR><TD><BR CLEAR=all><FONT FACE="Helvetica" COLOR="black" SIZE="3">
<H2>Error 404--Not Found</H2></FONT></TD></TR></TABLE><TABLE border=0 width=100% cellpadding=10><TR><TD VALIGN=top
WIDTH=100% BGCOLOR=white><FONT FACE="Courier New"><FONT FACE="Helvetica" SIZE="3"><H3>From RFC 2068
<i>Hypertext Transfer Protocol -- HTTP/1.1</i>:</H3></FONT><FONT FACE="Helvetica" SIZE="3"><H4>10.4.5 404 Not
Found</H4></FONT><P><FONT FACE="Courier New">The server has not found anything matching the Request-URI. No
indication is given of whether the condition is temporary or permanent.</FONT></P></FONT></TD></TR></TABLE>
</BODY></HTML>
"""

# A login page that tells a user their password's term ran out: the application.
LOGIN_PASSWORD_TERM_ENDED = small(
    "Masuk – SIMPEG Kota Bekasi",
    """<div class="alert alert-warning">Masa aktif kata sandi Anda telah berakhir; silakan ganti kata sandi setelah
masuk.</div><form action="/login" method="post"><input name="nip"><input type="password" name="password">
<button>Masuk</button></form>""",
    lang="id",
)

# --- a site still being built ------------------------------------------------------------------------

DALAM_PENGEMBANGAN = small(
    "Website sedang dalam pengembangan",
    """<div class="content"><img src="/cgi-sys/images/logo-hosting.png" alt="Logo hosting" width="180">
<h1>Website sedang dalam pengembangan</h1>
<p>Website ini sedang disiapkan oleh pemiliknya. Silakan kunjungi kembali beberapa saat lagi.</p>
<p class="small">Di-hosting oleh layanan hosting Indonesia.</p></div>""",
    lang="id",
)

TAHAP_PENGEMBANGAN = small(
    "Dinas Perhubungan Kota Bekasi",
    """<div class="wrap"><img src="/logo-dishub.png" alt="Logo Dinas Perhubungan">
<h1>Mohon maaf, website sedang dalam tahap pengembangan</h1>
<p>Untuk informasi layanan silakan hubungi (021) 8894 6512 atau datang ke kantor kami.</p></div>""",
    lang="id",
)

# --- notices in the application's place: a server move, a disruption, a repair, off the air ---------------

MIGRASI_SERVER = small(
    "SIMPEG Kota Bekasi",
    """<div class="box"><img src="/assets/img/logo-pemkot.png" alt="Logo Pemkot Bekasi" width="80">
<h2>Pemberitahuan</h2><p>Mohon maaf, saat ini sedang dilakukan migrasi server. Layanan akan kembali normal
secepatnya.</p><p class="small">BKPSDM Kota Bekasi</p></div>""",
    lang="id",
)

SEDANG_GANGGUAN = small(
    "E-Kinerja ASN",
    """<div class="box"><h2>Mohon Maaf</h2><p>Aplikasi sedang mengalami gangguan. Tim kami sedang menanganinya.</p>
<p>Informasi: <a href="https://wa.me/6281200000000">WhatsApp Helpdesk</a></p></div>""",
    lang="id",
)

TIDAK_TERSEDIA_SEMENTARA = small(
    "SIPKD",
    "<h1>Layanan tidak tersedia untuk sementara</h1><p>Silakan coba beberapa saat lagi.</p>",
    lang="id",
)

OFFLINE_SEMENTARA = small(
    "E-Arsip", "<h1>Website Offline Sementara</h1><p>Terima kasih atas pengertiannya.</p>", lang="id"
)

PERBAIKAN_SISTEM = small(
    "SIAP Kota Bekasi",
    """<div class="maint"><img src="maint.svg" alt=""><h3>Perbaikan Sistem</h3><p>Kami sedang memperbaiki sistem untuk
meningkatkan layanan. Silakan kembali lagi nanti.</p></div>""",
    lang="id",
)

LAYANAN_TIDAK_DAPAT_DIGUNAKAN = small(
    "Perbaikan",
    """<div class="notice"><img src="/img/logo-bekasi.png" alt="Logo Kota Bekasi"><p>Mohon maaf, untuk sementara
layanan tidak dapat digunakan karena ada perbaikan jaringan.</p><p>Informasi: Diskominfostandi Kota Bekasi,
(021) 88397963.</p></div>""",
    lang="id",
)

TEMPORARILY_DOWN = small(
    "SIMPEG", "<h1>Temporarily Down</h1><p>We'll be back online shortly. Thanks for your patience.</p>"
)

# Joomla 4's offline page (Cassiopeia) with the message a department wrote in the site's settings:
# its name, the message, and the administrators' login form under it.
JOOMLA_OFFLINE_ID = small(
    "Dinas Pendidikan Kota Bekasi",
    """<div class="outer"><div class="offline-card">
<div class="header"><img src="/images/logo-disdik.png" alt="Dinas Pendidikan Kota Bekasi">
<h1>Dinas Pendidikan Kota Bekasi</h1>
<p>Situs ini ditutup untuk perawatan.<br>Silakan kembali lagi nanti.</p></div>
<div class="login"><form action="/index.php" method="post" id="form-login">
<fieldset><label for="username">Nama Pengguna</label>
<input name="username" class="form-control" id="username" type="text">
<label for="password">Kata Sandi</label><input name="password" class="form-control" id="password" type="password">
<button type="submit" name="Submit" class="btn btn-primary">Masuk</button>
<input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login">
<input type="hidden" name="return" value="aW5kZXgucGhw"><input type="hidden" name="9f2c1e0b7a" value="1">
</fieldset></form></div></div></div>""",
    lang="id-id",
)

DITUTUP_SEMENTARA = small(
    "E-Perizinan Kota Bekasi",
    """<div class="notice"><img src="/img/logo-dpmptsp.png" alt="DPMPTSP" width="90">
<h2>Pemberitahuan</h2><p>Website sedang ditutup sementara. Untuk pengajuan izin silakan datang langsung ke
Mal Pelayanan Publik Kota Bekasi.</p></div>""",
    lang="id",
)

TIDAK_AKTIF_SEMENTARA = small(
    "SIMBADA",
    """<main class="box"><h3>Informasi</h3><p>Aplikasi ini sedang tidak aktif untuk sementara waktu.</p>
<p>Hubungi Bidang Aset BPKAD:
<a href="mailto:aset.bpkad@bekasikota.go.id">aset.bpkad@bekasikota.go.id</a></p></main>""",
    lang="id",
)

PEMBARUAN_SISTEM = small(
    "SI-DAKOTA",
    """<div class="container"><div class="card"><div class="card-body">
<h4 class="card-title">Mohon Maaf</h4><p>Sedang ada pembaruan sistem. Silakan kembali beberapa saat lagi.</p>
</div></div></div>""",
    lang="id",
)

SEDANG_DIPERBAHARUI = small(
    "Kelurahan Jatiasih", "<h1>Website sedang diperbaharui</h1><p>Terima kasih atas kunjungan Anda.</p>", lang="id"
)

# A working login page that tells when the office is closed: the application.
LOGIN_WITH_OFFICE_CLOSED = small(
    "Masuk – E-Perizinan Kota Bekasi",
    """<p class="info">Aplikasi ini ditutup sementara pada hari libur nasional; pengajuan diproses pada hari kerja
berikutnya.</p><form action="/login" method="post"><input name="email"><input type="password" name="password">
<button>Masuk</button></form>""",
    lang="id",
)

# A working login page that tells when one of its services is off: the application.
LOGIN_WITH_SERVICE_HOURS = small(
    "Masuk – SIPANDU Kota Bekasi",
    """<p class="info">Layanan ini untuk sementara tidak tersedia pada hari Sabtu dan Minggu.</p>
<form action="/login" method="post"><input name="nip"><input type="password" name="password">
<button>Masuk</button></form>""",
    lang="id",
)

# A working login page announcing a repair to come: the application.
LOGIN_WITH_REPAIR_AHEAD = small(
    "Masuk – SIMPEG Kota Bekasi",
    """<p class="info">Untuk sementara layanan tidak dapat digunakan karena ada perbaikan jaringan pada Sabtu,
5 Desember 2026 pukul 22.00 – 24.00 WIB.</p>
<form action="/login" method="post"><input name="nip"><input type="password" name="password">
<button>Masuk</button></form>""",
    lang="id",
)

# A working login page whose banner tells of one of its services disrupted: the application.
LOGIN_WITH_DISRUPTED_SMS = small(
    "Masuk – SIMPEG Kota Bekasi",
    """<div class="alert alert-info">Layanan SMS OTP sedang mengalami gangguan; kode dikirim lewat email.</div>
<form action="/login" method="post"><input type="hidden" name="_token" value="x1y2"><label>NIP</label>
<input name="nip"><label>Kata sandi</label><input type="password" name="password"><button>Masuk</button></form>
<p><a href="/lupa-sandi">Lupa kata sandi?</a></p>""",
    lang="id",
)


# --- file servers' listings ----------------------------------------------------------------------------

# Go's http.FileServer on a directory without index.html: no title, no heading, a <pre> of links.
GO_FILE_SERVER = (
    '<!doctype html>\n<meta name="viewport" content="width=device-width">\n<pre>\n'
    '<a href="assets/">assets/</a>\n<a href="backup-simpeg-2026.sql">backup-simpeg-2026.sql</a>\n'
    '<a href="config.php.bak">config.php.bak</a>\n<a href="index.php">index.php</a>\n'
    '<a href="laporan%20november.xlsx">laporan november.xlsx</a>\n</pre>\n'
)

CADDY_BROWSE = small(
    "/",
    """<header><h1><a href="/">/</a></h1></header>
<main><div class="meta"><div id="summary"><span class="meta-item"><b>3</b> directories</span>
<span class="meta-item"><b>12</b> files</span> <span class="meta-item"><input type="text" placeholder="Search"
id="filter" onkeyup="filter()"></span></div></div>
<div class="listing"><table aria-describedby="summary"><thead><tr><th>Name</th><th>Size</th>
<th class="hideable">Modified</th></tr></thead><tbody>
<tr class="file"><td><a href="./assets/"><span class="name">assets</span></a></td><td>&mdash;</td>
<td class="timestamp hideable"><time datetime="2026-11-28T10:11:12Z">11/28/2026 10:11:12 AM +00:00</time></td></tr>
<tr class="file"><td><a href="./backup.sql"><span class="name">backup.sql</span></a></td><td>2.1 MB</td>
<td class="timestamp hideable"><time datetime="2026-11-28T10:11:12Z">11/28/2026 10:11:12 AM +00:00</time></td></tr>
</tbody></table></div></main>
<footer>Served with <a rel="noopener noreferrer" href="https://caddyserver.com">Caddy</a></footer>""",
)

NODE_SERVE = small(
    "Files within simpeg/",
    """<main><header><h1><i>Index of&nbsp;</i><a href="/">simpeg</a>/</h1></header>
<ul id="files" class="view-tiles"><li><a href="/assets" title="assets" class="folder">assets</a></li>
<li><a href="/backup.sql" title="backup.sql" class="file sql">backup.sql</a></li>
<li><a href="/.env" title=".env" class="file">.env</a></li></ul></main>""",
)

IIS_ROOT_LISTING = small(
    "simpeg.bekasikota.go.id - /",
    """<H1>simpeg.bekasikota.go.id - /</H1><hr>
<pre>11/28/2026 10:11 AM        &lt;dir&gt; <A HREF="/aspnet_client/">aspnet_client</A><br>11/28/2026 10:12 AM
&lt;dir&gt; <A HREF="/backup/">backup</A><br>11/28/2026 10:12 AM         2048
<A HREF="/web.config">web.config</A><br></pre>
<hr>""",
)

H5AI = small(
    "index - powered by h5ai v0.30.0 (https://larsjung.de/h5ai/)",
    """<div id="fallback-hints"><span class="noJsMsg">Works best with JavaScript enabled!</span></div>
<div id="fallback"><table><tr><th class="fb-i"></th><th class="fb-n"><span>Name</span></th>
<th class="fb-d"><span>Last modified</span></th><th class="fb-s"><span>Size</span></th></tr>
<tr><td class="fb-i"><img src="/_h5ai/public/images/fallback/folder.png" alt="folder"/></td>
<td class="fb-n"><a href="/backup/">backup</a></td><td class="fb-d">2026-11-28 10:11</td><td class="fb-s"></td></tr>
</table></div>""",
)

# A page of downloads under the application's own title and heading, with a menu: the application.
DOWNLOADS_PAGE = small(
    "Unduhan – PPID Kota Bekasi",
    """<nav><a href="/">Beranda</a> <a href="/informasi/">Informasi Publik</a> <a href="/unduhan/">Unduhan</a></nav>
<h1>Unduhan</h1><ul><li><a href="/unduhan/dip-2026.pdf">dip-2026.pdf</a></li>
<li><a href="/unduhan/lhkpn.pdf">lhkpn.pdf</a></li></ul>""",
    lang="id",
)

# A landing page that is only its two links, named as its pages are.
TWO_LINKS_LANDING = '<!doctype html><html><body><a href="/masuk">Masuk</a> <a href="/daftar">Daftar</a></body></html>'


# --- a proxy's own answer when the application behind it is down ------------------------------------------

ENVOY_NO_HEALTHY_UPSTREAM = "no healthy upstream"
ENVOY_RESET = (
    "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport "
    "failure reason: delayed connect error: 111"
)
APACHE_PROXY_ERROR = small(
    "502 Proxy Error",
    """<h1>Proxy Error</h1>
<p>The proxy server received an invalid response from an upstream server.<br />
The proxy server could not handle the request<p>Reason: <strong>Error reading from remote server</strong></p></p>
<hr>
<address>Apache/2.4.57 (Debian) Server at simpeg.bekasikota.go.id Port 443</address>""",
)


# An application's own error view with its words in an h3, and an overloaded server's page.
TERJADI_KESALAHAN_H3 = small(
    "SIMPEG Kota Bekasi",
    """<div class="box text-center"><img src="/assets/img/error.svg" alt="" width="160">
<h3>Maaf, terjadi kesalahan.</h3><p>Silakan coba lagi nanti atau hubungi administrator.</p>
<a href="/" class="btn">Kembali</a></div>""",
    lang="id",
)
SERVER_SEDANG_SIBUK = small(
    "E-Kinerja ASN",
    "<h1>Server sedang sibuk</h1><p>Terlalu banyak pengguna. Silakan coba beberapa saat lagi.</p>",
    lang="id",
)


# --- an Indonesian registrar's page for a domain with nothing on it yet -----------------------------------

REGISTERED_AT_REGISTRAR_ID = small(
    "simpeg-bekasi.com",
    """<div class="box"><img src="/logo-registrar.png" alt="Logo registrar"><h1>simpeg-bekasi.com</h1>
<p>Domain ini telah terdaftar di Rumahweb Indonesia.</p><p>Jika Anda pemilik domain ini, silakan login ke
member area untuk mengatur DNS dan hosting.</p></div>""",
    lang="id",
)

DOMAIN_NOW_ACTIVE_ID = small(
    "Domain Aktif",
    """<div class="wrap"><h1>Selamat! Domain Anda telah aktif</h1><p>Domain ini baru saja didaftarkan. Halaman ini
tampil karena belum ada website yang dipasang.</p></div>""",
    lang="id",
)

# A department's small page telling that its .go.id domain is registered with PANDI: the application.
GO_ID_REGISTERED_NOTICE = small(
    "Portal Kelurahan Margahayu",
    """<nav><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/layanan">Layanan</a></nav>
<h1>Portal Kelurahan Margahayu</h1><p>Domain ini telah terdaftar di PANDI sebagai domain resmi pemerintah
(margahayu.bekasikota.go.id).</p><p>Layanan surat pengantar dibuka Senin–Jumat pukul 08.00–15.00 WIB.</p>""",
    lang="id",
)


# --- look-alikes: the application's own pages ----------------------------------------------------------

REACT_TUTORIAL = department(
    main="""<article class="post"><h1 class="entry-title">Membuat Aplikasi Layanan dengan React</h1>
<div class="entry-meta">Diposting oleh Tim Aptika</div>
<p>Setelah menjalankan <code>npx create-react-app layanan</code> dan <code>npm start</code>, buka peramban:
muncul tulisan <em>Edit src/App.js and save to reload.</em> Artinya aplikasi sudah berjalan dan siap diubah.</p>
<p>Langkah berikutnya: ganti komponen <code>App</code> dengan halaman layanan Anda.</p></article>"""
)

SYMFONY_TRAINING_NEWS = portal_page(
    Portal(
        main="""<article class="post"><h2 class="entry-title">Pelatihan Framework PHP untuk Programmer Perangkat
Daerah</h2>
<p>Peserta belajar Laravel dan Symfony. Halaman "Welcome to Symfony" adalah halaman pertama yang muncul setelah
proyek dibuat, kata instruktur; halaman itu harus diganti sebelum aplikasi dipasang.</p></article>"""
    )
)

HOSTING_GUIDE = department(
    main="""<article class="post"><h1 class="entry-title">Memindahkan Website Perangkat Daerah ke Hosting Baru</h1>
<div class="entry-meta">Diposting oleh Tim Infrastruktur</div>
<p>Setelah akun hosting Anda berhasil dibuat, unggah berkas website ke folder public_html lalu arahkan
domain. Bila pemilik website belum mengunggah konten, penyedia menampilkan halaman bawaannya.</p></article>"""
)

PROXY_MANAGER_GUIDE = department(
    main="""<article class="post"><h1 class="entry-title">Panduan Memasang Nginx Proxy Manager di Server Perangkat
Daerah</h1><div class="entry-meta">Diposting oleh Tim Infrastruktur</div>
<p>Jalankan kontainernya, lalu buka alamat server di peramban. Bila muncul tulisan "You've successfully started the
Nginx Proxy Manager", pemasangan berhasil; masuk ke panel admin dan daftarkan host aplikasi Anda.</p>
<p>Aplikasi yang sudah dipindah ke Azure App Service atau Firebase Hosting tidak memerlukan langkah ini.</p>
</article>"""
)

FAQ_NOT_FOUND_QUESTION = portal_page(
    Portal(
        main="""<div class="faq"><h3>Halaman tidak ditemukan?</h3><p>Periksa kembali alamat yang Anda ketik, atau
gunakan menu di atas.</p><h3>Lupa kata sandi?</h3><p>Hubungi admin aplikasi di perangkat daerah Anda.</p></div>"""
    )
)

NO_NEW_DENGUE_CASES = portal_page(
    Portal(
        main="""<article class="post"><h3 class="entry-title">Tidak ditemukan kasus DBD baru pekan ini</h3>
<p>Dinas Kesehatan mencatat penurunan kasus demam berdarah di 12 kecamatan selama November.</p></article>"""
    )
)

SEARCH_WITHOUT_RESULT_MAAF = portal_page(
    Portal(
        main="""<div class="search-results"><h3>Maaf!</h3><p>Tidak ditemukan hasil untuk kata kunci
'sertifikat vaksin'. Coba kata kunci lain.</p></div>"""
    )
)

# A search without results, as WordPress's themes say it under the same heading: the application.
SEARCH_NOTHING_MATCHED = portal_page(
    Portal(
        main="""<section class="no-results not-found"><header class="page-header"><h1 class="page-title">Nothing
Found</h1></header><div class="page-content"><p>Sorry, but nothing matched your search terms. Please try again with
some different keywords.</p></div></section>"""
    )
)

BETA_BANNER = small(
    "E-Arsip Kota Bekasi",
    """<div class="banner">Aplikasi sedang dalam tahap pengembangan (beta)</div>
<nav><a href="/">Beranda</a> <a href="/arsip">Arsip</a> <a href="/panduan">Panduan</a> <a href="/login">Masuk</a></nav>
<h1>E-Arsip</h1><p>Pencarian arsip dinamis dan statis Pemerintah Kota Bekasi.</p>
<form action="/cari"><input name="q" placeholder="Cari arsip"><button>Cari</button></form>""",
    lang="id",
)

SITE_IN_DEVELOPMENT_NEWS = portal_page(
    Portal(
        main="""<article class="post"><h2 class="entry-title">Website Kelurahan Sedang dalam Pengembangan, Warga Diminta
Bersabar</h2><p>Diskominfostandi menyiapkan website untuk 56 kelurahan. Selama pengembangan, layanan tetap
dibuka di kantor kelurahan.</p></article>"""
    )
)
