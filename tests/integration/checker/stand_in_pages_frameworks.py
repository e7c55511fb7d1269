"""Frameworks', proxies' and platforms' own pages in an application's place, and pages that look like them.

The stand-ins are the ones the earlier rounds missed, written as the software prints them (its
markup trimmed of long style sheets and inline images, its long lines kept): Tomcat's "HTTP Status
404 – Not Found" under the vendor's title, Joomla 4's error page inside the site's template,
Vercel's "404: NOT_FOUND", GitHub Pages' "Site not found", ingress-nginx's default backend,
Heroku's pages, Laravel's "Page Expired", Drupal's and Joomla's plain errors, Yii 2's error view in
production, Next.js' "Application error", Moodle's database error, HAProxy's, IIS's, Varnish's
and Jetty's pages for an application that does not answer, ASP.NET Core's start failure, a plain
"Internal Server Error", an API's JSON error, WildFly's and JBoss' first pages, a starter's "Hello
World!" and an Indonesian hosting's notice of a suspended site, each served with 200 (by a proxy
in front that hides the status, an ``error_page ... =200``, or a server set up wrong).

The look-alikes are a department's or an application's own pages with the same words: a tutorial
on Tomcat's and IIS's errors, a help page quoting a proxy's and a framework's messages, news of
gambling sites suspended, API documentation with the JSON errors, an API's own JSON, a small
application greeting "Hello World!", a report titled with a number, a form about data errors, an
application's error log, a login page on WildFly, a help page asking "Situs tidak ditemukan?".
"""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from stand_in_pages_real_web import Portal, department, portal_page, small

HTML = "text/html; charset=utf-8"
PLAIN = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class StandIn:
    """A page in the application's place: what it is, what the detail quotes, how it is served."""

    id: str
    html: str
    kind: str
    quoted: str
    content_type: str = HTML


# --- not found ------------------------------------------------------------------------------------

# Tomcat's status report; the vendor's reverse proxy gives every answer the application's title.
TOMCAT_404_VENDOR_TITLE = """<!doctype html><html lang="en"><head><title>SIMPEG BKPSDM Kota Bekasi</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line {height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP Status 404 – Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Message</b> The requested resource [&#47;simpeg&#47;] is not available</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr class="line" /><h3>Apache Tomcat/9.0.85</h3></body></html>"""

_JOOMLA_MENU = "".join(
    f'<li class="nav-item item-{101 + i}"><a href="/{m.lower()}">{m}</a></li>'
    for i, m in enumerate(
        ("Beranda", "Profil", "Berita", "Layanan", "Pengumuman", "Galeri", "Unduhan", "PPID", "Kontak")
    )
)
# Joomla 4's Cassiopeia error.php: the site's header and menu around "The requested page can't be found."
JOOMLA4_404 = f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Error: 404</title>
    <link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet" />
    <link href="/media/system/css/joomla-fontawesome.min.css?4.4.2" rel="stylesheet" />
</head>
<body class="site error_site view-article no-layout no-task itemid-101 has-sidebar-right">
    <header class="header container-header full-width">
        <div class="grid-child">
            <div class="navbar-brand">
                <a class="brand-logo" href="/"><span title="Dinas Sosial Kota Bekasi">Dinas Sosial Kota Bekasi</span></a>
                <div class="site-description">Melayani dengan Hati</div>
            </div>
        </div>
        <div class="grid-child container-nav">
            <nav class="navbar navbar-expand-md"><ul class="mod-menu mod-list nav">{_JOOMLA_MENU}</ul></nav>
        </div>
    </header>
    <div class="site-grid">
        <div class="grid-child container-component">
            <h1 class="page-header">The requested page can't be found.</h1>
            <div class="card">
                <div class="card-body">
                    <p><strong>An error has occurred while processing your request.</strong></p>
                    <p>You may not be able to visit this page because of:</p>
                    <ul>
                        <li>an <strong>out-of-date bookmark/favourite</strong></li>
                        <li>a <strong>mistyped address</strong></li>
                        <li>a search engine that has an <strong>out-of-date listing for this site</strong></li>
                        <li>you have <strong>no access</strong> to this page</li>
                    </ul>
                    <p><strong>Please try one of the following pages:</strong></p>
                    <ul><li><a href="/index.php" title="Go to the Home Page">Home Page</a></li></ul>
                    <p>If difficulties persist, please contact the System Administrator of this site and report the error below.</p>
                    <blockquote><span class="badge bg-secondary">404</span> Page not found</blockquote>
                </div>
            </div>
        </div>
    </div>
    <footer class="container-footer footer full-width"><div class="grid-child"><p>&copy; 2026 Dinas Sosial Kota Bekasi &middot; Jl. Ir. H. Juanda No. 100</p></div></footer>
</body>
</html>"""

VERCEL_404 = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>404: NOT_FOUND</title><style>html{font-size:62.5%;box-sizing:border-box;height:-webkit-fill-available}*,::after,::before{box-sizing:inherit}body{font-family:sf pro text,sf pro icons,helvetica neue,helvetica,arial,sans-serif;font-size:1.6rem;line-height:1.65;word-break:break-word}</style></head><body><div class="container"><main><p class="devinfo-container"><span class="error-code"><strong>404</strong>: NOT_FOUND</span><span class="devinfo-line">Code: <code>DEPLOYMENT_NOT_FOUND</code></span><span class="devinfo-line">ID: <code>sin1::4fzkc-1764040532123-1a2b3c4d5e6f</code></span></p><a href="https://vercel.com/docs/errors/DEPLOYMENT_NOT_FOUND" target="_blank" rel="noopener noreferrer"><div class="note">This deployment cannot be found. For more information and troubleshooting, see our documentation.</div></a></main></div></body></html>"""

GITHUB_PAGES_404 = """<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="Content-type" content="text/html; charset=utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'">
    <title>Site not found &middot; GitHub Pages</title>
    <style type="text/css" media="screen">
      body { background-color: #f1f1f1; margin: 0; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; }
      .container { margin: 50px auto 40px auto; width: 600px; text-align: center; }
      h1 { width: 800px; position:relative; left: -100px; letter-spacing: -1px; line-height: 60px; font-size: 60px; font-weight: 100; margin: 0px 0 50px 0; text-shadow: 0 1px 0 #fff; }
    </style>
  </head>
  <body>
    <div class="container">
      <h1>404</h1>
      <p><strong>There isn't a GitHub Pages site here.</strong></p>
      <p>
        If you're trying to publish one,
        <a href="https://help.github.com/pages/">read the full documentation</a>
        to learn how to set up <strong>GitHub Pages</strong>
        for your repository, organization, or user account.
      </p>
      <div id="suggestions">
        <a href="https://githubstatus.com">GitHub Status</a> &mdash;
        <a href="https://twitter.com/githubstatus">@githubstatus</a>
      </div>
      <a href="/" class="logo logo-img-1x">
        <img width="32" height="32" title="" alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAAXNSR0IArs4c6QAAAARnQU1BAACxjwv8YQUAAAAJcEhZcwAADsMAAA7DAcdvqGQAAAAZdEVYdFNvZnR3YXJlAFBhaW50Lk5FVCB2My41LjbQg61aAAAAOUlEQVRYR+3OMQ0AAAgDsMm/aQ1wVqGaIOGpGBggQIAAAQIECBAgQIAAAQIECBAgQIAAAQIECNgFFV3cAAXGnO1+AAAAAElFTkSuQmCC">
      </a>
    </div>
  </body>
</html>
"""

INGRESS_DEFAULT_BACKEND = "default backend - 404"

HEROKU_NO_SUCH_APP = """<!DOCTYPE html>
<html>
  <head>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta charset="utf-8">
    <title>Heroku | No such app</title>
    <style media="screen">
      html,body,iframe { margin: 0; padding: 0; }
      html,body { height: 100%; overflow: hidden; }
      iframe { width: 100%; height: 100%; border: 0; }
    </style>
  </head>
  <body>
    <iframe src="//www.herokucdn.com/error-pages/no-such-app.html"></iframe>
  </body>
</html>
"""

FASTAPI_NOT_FOUND = '{"detail":"Not Found"}'
SPRING_JSON_404 = '{"timestamp":"2026-11-25T03:15:32.123+00:00","status":404,"error":"Not Found","path":"/"}'

# --- errors ---------------------------------------------------------------------------------------


def laravel_error(title: str, code: int) -> str:
    """Return Laravel's error view in its minimal layout (6 and later): the code, a line, the message."""
    return f"""<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">

        <title>{title}</title>

        <style>
            /*! normalize.css v8.0.1 | MIT License | github.com/necolas/normalize.css */html{{line-height:1.15;-webkit-text-size-adjust:100%}}body{{margin:0}}a{{background-color:transparent}}code{{font-family:monospace,monospace;font-size:1em}}
        </style>

        <style>
            body {{
                font-family: ui-sans-serif, system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
            }}
        </style>
    </head>
    <body class="antialiased">
        <div class="relative flex items-top justify-center min-h-screen bg-gray-100 dark:bg-gray-900 sm:items-center sm:pt-0">
            <div class="max-w-xl mx-auto sm:px-6 lg:px-8">
                <div class="flex items-center pt-8 sm:justify-start sm:pt-0">
                    <div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">
                        {code}                    </div>

                    <div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">
                        {title}                    </div>
                </div>
            </div>
        </div>
    </body>
</html>
"""


LARAVEL_419 = laravel_error("Page Expired", 419)
# Laravel 5.5's own 419 view: the code and the message in its old layout.
LARAVEL55_419 = """<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Page Expired</title>
        <link href="https://fonts.googleapis.com/css?family=Raleway:100,600" rel="stylesheet" type="text/css">
        <style>html, body { background-color: #fff; color: #636b6f; font-family: 'Raleway', sans-serif; font-weight: 100; height: 100vh; margin: 0; } .title { font-size: 36px; padding: 20px; }</style>
    </head>
    <body>
        <div class="flex-center position-ref full-height">
            <div class="content">
                <div class="title">
                    The page has expired due to inactivity.
                    <br/><br/>
                    Please refresh and try again.
                </div>
            </div>
        </div>
    </body>
</html>
"""

DRUPAL_UNEXPECTED_ERROR = "The website encountered an unexpected error. Try again later."
DRUPAL7_UNEXPECTED_ERROR = "The website encountered an unexpected error. Please try again later."
JOOMLA3_ERROR_PAGE_FAILED = (
    "Error displaying the error page: Application Instantiation Error: Could not connect to MySQL."
)

_YII_MENU = "".join(
    f'<li class="nav-item"><a class="nav-link" href="/{path}">{label}</a></li>'
    for path, label in (
        ("site/index", "Beranda"),
        ("pegawai/index", "Data Pegawai"),
        ("skp/index", "SKP"),
        ("presensi/index", "Presensi"),
        ("cuti/index", "Cuti"),
        ("laporan/index", "Laporan"),
        ("pengumuman/index", "Pengumuman"),
        ("site/contact", "Kontak"),
        ("site/login", "Masuk"),
    )
)


def yii_error(name: str, message: str = "An internal server error occurred.", menu: str = _YII_MENU) -> str:
    """Return Yii 2's site/error view in production, inside the application's layout and menu."""
    return f"""<!DOCTYPE html>
<html lang="id-ID" class="h-100">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta name="csrf-param" content="_csrf">
    <meta name="csrf-token" content="Wm1pZ0FXZ3dsR3l0Q1dzQWp0R3h1dTNaRWZKZ3N3">
    <title>{name}</title>
    <link href="/assets/7b3c6e2a/css/bootstrap.css" rel="stylesheet">
    <link href="/css/site.css" rel="stylesheet">
</head>
<body class="d-flex flex-column h-100">
<header id="header">
    <nav id="w0" class="navbar-expand-md navbar-dark bg-dark fixed-top navbar"><div class="container"><a class="navbar-brand" href="/">e-Kinerja ASN</a><button type="button" class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#w0-collapse"><span class="navbar-toggler-icon"></span></button><div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav nav">{menu}</ul></div></div></nav>
</header>
<main id="main" class="flex-shrink-0" role="main">
    <div class="container">
        <div class="site-error">
    <h1>{name}</h1>
    <div class="alert alert-danger">
        {message}    </div>
    <p>
        The above error occurred while the Web server was processing your request.
    </p>
    <p>
        Please contact us if you think this is a server error. Thank you.
    </p>
</div>
    </div>
</main>
<footer id="footer" class="mt-auto py-3 bg-light">
    <div class="container">
        <div class="row text-muted">
            <div class="col-md-6 text-center text-md-start">&copy; BKPSDM Kota Bekasi 2026</div>
            <div class="col-md-6 text-center text-md-end">Powered by <a href="https://www.yiiframework.com/" rel="external">Yii Framework</a></div>
        </div>
    </div>
</footer>
<script src="/assets/7b3c6e2a/js/bootstrap.bundle.js"></script>
</body>
</html>"""


# The database down: the name of the exception and its code, under a short menu.
YII_DATABASE_EXCEPTION = yii_error(
    "Database Exception (#2002)",
    menu="".join(
        f'<li class="nav-item"><a class="nav-link" href="/site/{p}">{p.title()}</a></li>'
        for p in ("index", "about", "contact", "login")
    ),
)
# Any error under the application's whole menu: its own sentence under the heading tells it.
YII_INTERNAL_ERROR = yii_error("Internal Server Error (#500)")

NEXT_APPLICATION_ERROR = """<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1a2b3c4d5e6f7a8b.js"/><script src="/_next/static/chunks/fd9d1056-4f5e6a7b8c9d0e1f.js" async=""></script><script src="/_next/static/chunks/main-app-9a8b7c6d5e4f3a2b.js" async=""></script><meta name="robots" content="noindex"/></head><body><div style="font-family:system-ui,&quot;Segoe UI&quot;,Roboto,Helvetica,Arial,sans-serif,&quot;Apple Color Emoji&quot;,&quot;Segoe UI Emoji&quot;;height:100vh;text-align:center;display:flex;flex-direction:column;align-items:center;justify-content:center"><div><h2 style="font-size:14px;font-weight:400;line-height:28px;margin:0 8px">Application error: a server-side exception has occurred (see the server logs for more information).</h2><p style="font-size:14px;font-weight:400;line-height:28px;margin:0 8px">Digest: 2417540178</p></div></div><script src="/_next/static/chunks/webpack-1a2b3c4d5e6f7a8b.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script></body></html>"""

# Moodle's error page for a failed query, in its Boost theme, for a visitor not logged in (Indonesian pack).
MOODLE_DATABASE_ERROR = """<!DOCTYPE html>
<html  dir="ltr" lang="id" xml:lang="id">
<head>
    <title>Kesalahan | E-Learning Diklat BKPSDM</title>
    <link rel="shortcut icon" href="https://elearning.bekasikota.go.id/theme/image.php/boost/theme/1764040532/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="https://elearning.bekasikota.go.id/theme/styles.php/boost/1764040532_1/all" />
</head>
<body  id="page-site-index" class="format-site course path-site chrome dir-ltr lang-id yui-skin-sam yui3-skin-sam pagelayout-frontpage course-1 context-2 notloggedin theme">
<div id="page-wrapper" class="d-print-block">
    <nav class="navbar fixed-top bg-body navbar-expand" aria-label="Navigasi situs">
        <a href="https://elearning.bekasikota.go.id/" class="navbar-brand d-none d-md-flex align-items-center m-0 me-4 p-0 aabtn">E-Learning Diklat BKPSDM</a>
        <div class="primary-navigation">
            <nav class="moremenu navigation"><ul role="menubar" class="nav more-nav navbar-nav"><li data-key="home" class="nav-item" role="none"><a role="menuitem" class="nav-link active" href="https://elearning.bekasikota.go.id/" aria-current="true">Beranda</a></li></ul></nav>
        </div>
        <div id="usernavigation" class="navbar-nav ms-auto"><div class="d-flex align-items-stretch usermenu-container"><div class="usermenu"><span class="login ps-2">Anda belum masuk. (<a href="https://elearning.bekasikota.go.id/login/index.php">Masuk</a>)</span></div></div></div>
    </nav>
    <div id="page" data-region="mainpage" class="drawers drag-container">
        <div class="main-inner">
            <header id="page-header" class="header-maxwidth d-print-none"><div class="w-100"><div class="d-flex flex-wrap"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">E-Learning Diklat BKPSDM</h1></div></div></div></div></header>
            <div id="page-content" class="pb-3 d-print-block">
                <div id="region-main-box"><section id="region-main" aria-label="Isi">
                    <div role="main"><span id="maincontent"></span><div class="box py-3 errorbox alert alert-danger" data-rel="fatalerror"><p class="errormessage">Kesalahan membaca dari basis data</p><p class="errorcode"><a href="https://docs.moodle.org/403/id/error/moodle/dmlreadexception">Informasi lebih lanjut tentang kesalahan ini</a></p></div><div class="continuebutton"><form method="get" action="https://elearning.bekasikota.go.id/"><button type="submit" class="btn btn-primary">Lanjut</button></form></div></div>
                </section></div>
            </div>
        </div>
        <footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container"><div class="footer-section p-3 border-bottom"><div class="logininfo">Anda belum masuk. (<a href="https://elearning.bekasikota.go.id/login/index.php">Masuk</a>)</div><div><a href="https://download.moodle.org/mobile?version=2023100900&amp;lang=id&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Dapatkan aplikasi seluler</a></div></div><div class="footer-section p-3">Didukung oleh <a href="https://moodle.com">Moodle</a></div></div></footer>
    </div>
</div>
</body>
</html>"""

# WordPress's critical error in an Indonesian install: the message translated, the handler's title too.
WP_CRITICAL_ERROR_ID = """<!DOCTYPE html>
<html dir='ltr'>
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width">
		<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>WordPress &rsaquo; Eror</title>
	<style type="text/css">
		html { background: #f1f1f1; }
		body { background: #fff; border: 1px solid #ccd0d4; color: #444; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif; margin: 2em auto; padding: 1em 2em; max-width: 700px; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><p>Telah terjadi kesalahan kritis di situs web ini.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Pelajari lebih lanjut tentang pemecahan masalah di WordPress.</a></p></div></body>
</html>
"""

HAPROXY_503 = (
    "<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n"
)

# IIS's HTTP.sys for a stopped application pool.
IIS_APP_POOL_STOPPED = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD><TITLE>Service Unavailable</TITLE>\r\n<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n<BODY><h2>Service Unavailable</h2>\r\n<hr><p>HTTP Error 503. The service is unavailable.</p>\r\n</BODY></HTML>\r\n'

VARNISH_503 = """<!DOCTYPE html>
<html>
  <head>
    <title>503 Backend fetch failed</title>
  </head>
  <body>
    <h1>Error 503 Backend fetch failed</h1>
    <p>Backend fetch failed</p>
    <h3>Guru Meditation:</h3>
    <p>XID: 32771</p>
    <hr>
    <p>Varnish cache server</p>
  </body>
</html>
"""
VARNISH3_503 = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html>
  <head>
    <title>503 Service Unavailable</title>
  </head>
  <body>
    <h1>Error 503 Service Unavailable</h1>
    <p>Service Unavailable</p>
    <h3>Guru Meditation:</h3>
    <p>XID: 1046293465</p>
    <hr>
    <p>Varnish cache server</p>
  </body>
</html>
"""
# Jetty when the web application failed to deploy.
JETTY_503 = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
<title>Error 503 Service Unavailable</title>
</head>
<body><h2>HTTP ERROR 503 Service Unavailable</h2>
<table>
<tr><th>URI:</th><td>/</td></tr>
<tr><th>STATUS:</th><td>503</td></tr>
<tr><th>MESSAGE:</th><td>Service Unavailable</td></tr>
<tr><th>SERVLET:</th><td>-</td></tr>
</table>
<hr><a href="https://eclipse.org/jetty">Powered by Jetty:// 9.4.53.v20231009</a><hr/>

</body>
</html>
"""
ASPNET_CORE_START_FAILURE = """<!DOCTYPE html>
<html>
    <head>
        <meta charset="utf-8" />
        <title> HTTP Error 500.30 - ASP.NET Core app failed to start </title>
        <style>
            body { font-family: 'Segoe UI', Tahoma, Arial, Helvetica, sans-serif; font-size: .813em; color: #222; background-color: #fff; }
            h1 { color: #44525e; margin: 15px 0 15px 0; }
            h2 { margin: 10px 5px 0 0; }
        </style>
    </head>
    <body>
        <h1> HTTP Error 500.30 - ASP.NET Core app failed to start </h1>
        <h2> Common solutions to this issue: </h2>
        <ul><li> The app failed to start </li><li> The app started but then stopped </li><li> The app started but threw an exception during startup </li></ul>
        <h2> Troubleshooting steps: </h2>
        <ul><li> Check the system event log for error messages </li><li> Enable logging the application process' stdout messages </li><li> Attach a debugger to the application process and inspect </li></ul>
        <h2> For more information visit: <a href="https://go.microsoft.com/fwlink/?LinkID=2028265"> <cite> https://go.microsoft.com/fwlink/?LinkID=2028265 </cite></a></h2>
    </body>
</html>"""
HEROKU_APPLICATION_ERROR = HEROKU_NO_SUCH_APP.replace("Heroku | No such app", "Application Error").replace(
    "no-such-app.html", "application-error.html"
)
# uvicorn's answer for an exception the application let through; Traefik's for a service without a server.
PLAIN_INTERNAL_ERROR = "Internal Server Error"
TRAEFIK_NO_SERVER = "Service Unavailable"
SPRING_JSON_500 = (
    '{"timestamp":"2026-11-25T03:15:32.123+00:00","status":500,"error":"Internal Server Error","path":"/"}'
)

# --- default pages --------------------------------------------------------------------------------

WILDFLY_WELCOME = small(
    "Welcome to WildFly",
    '<div class="wrapper"><div class="content"><div class="logo"><img src="wildfly_logo.png" alt="WildFly" border="0" /></div>'
    "<h1>Welcome to WildFly</h1><h3>Your WildFly instance is running.</h3>"
    '<p><a href="documentation.html">Documentation</a> | <a href="http://github.com/wildfly/quickstart">Quickstarts</a> | <a href="/console">Administration Console</a> </p>'
    '<p><a href="http://wildfly.org">WildFly Project</a> | <a href="https://community.jboss.org/en/wildfly">User Forum</a> | <a href="https://issues.jboss.org/browse/WFLY">Report an issue</a></p>'
    '<p class="logos"><a href="http://www.jboss.org"><img src="jbosscommunity_logo_hori_white.png" alt="JBoss and JBoss Community" width="195" height="37" border="0"></a></p>'
    '<p class="note">To replace this page simply deploy your own war with / as its context path.<br />To disable it, remove the "welcome-content" handler for location / in the undertow subsystem.</p></div></div>',
    head='<link rel="StyleSheet" href="wildfly.css" type="text/css">',
)
JBOSS_EAP_WELCOME = small(
    "Welcome to JBoss EAP 7",
    '<div class="wrapper"><div class="content"><div class="logo"><img src="eap_logo.png" alt="Red Hat JBoss Enterprise Application Platform" border="0" /></div>'
    "<h1>Welcome to JBoss EAP 7</h1><h3>Your Red Hat JBoss Enterprise Application Platform is running.</h3>"
    '<p><a href="documentation.html">Documentation</a> | <a href="/console">Administration Console</a></p>'
    '<p><a href="https://access.redhat.com/products/red-hat-jboss-enterprise-application-platform">Red Hat JBoss EAP Product Page</a></p>'
    '<p class="note">To replace this page simply deploy your own war with / as its context path.</p></div></div>',
)
# An Express or Flask starter answering at the address, the application's code never deployed.
HELLO_WORLD = "Hello World!"
# A developer's check that the server answers, left as the site's index: "test", under the title "Test".
DEVELOPERS_TEST = "<html>\n<head>\n<title>Test</title>\n</head>\n<body>\ntest\n</body>\n</html>\n"
DEVELOPERS_TES_123 = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"></head><body><h1>tes 123</h1></body></html>'
)
# An Indonesian hosting's notice for a site it suspended (for an unpaid bill or a breach of its terms).
HOSTING_SUSPENDED_ID = small(
    "Website Disuspend",
    '<div class="container"><div class="box"><img src="/cgi-sys/images/logo-hosting.png" alt="Logo hosting">'
    "<h1>Mohon Maaf, Website Ini Telah Disuspend</h1><p>Website yang Anda tuju untuk sementara tidak dapat"
    " diakses. Jika Anda pemilik website, silakan hubungi layanan pelanggan penyedia hosting Anda melalui"
    " Member Area untuk informasi lebih lanjut.</p></div></div>",
    lang="id",
)

STAND_INS = (
    StandIn(
        "tomcat-404-under-the-vendors-title",
        TOMCAT_404_VENDOR_TITLE,
        "halaman_tidak_ditemukan",
        "HTTP Status 404 – Not Found",
    ),
    StandIn(
        "joomla-4-404-in-the-sites-template",
        JOOMLA4_404,
        "halaman_tidak_ditemukan",
        "The requested page can't be found",
    ),
    StandIn("vercel-404", VERCEL_404, "halaman_tidak_ditemukan", "404: NOT_FOUND"),
    StandIn("github-pages-404", GITHUB_PAGES_404, "halaman_tidak_ditemukan", "Site not found"),
    StandIn(
        "ingress-nginx-default-backend",
        INGRESS_DEFAULT_BACKEND,
        "halaman_tidak_ditemukan",
        "default backend - 404",
        PLAIN,
    ),
    StandIn("heroku-no-such-app", HEROKU_NO_SUCH_APP, "halaman_tidak_ditemukan", "No such app"),
    StandIn("fastapi-not-found-json", FASTAPI_NOT_FOUND, "halaman_tidak_ditemukan", '{"detail":"Not Found"}', PLAIN),
    StandIn("spring-not-found-json", SPRING_JSON_404, "halaman_tidak_ditemukan", '"error":"Not Found"', PLAIN),
    StandIn("laravel-419-page-expired", LARAVEL_419, "galat_aplikasi", "Page Expired"),
    StandIn("laravel-5-419-page-expired", LARAVEL55_419, "galat_aplikasi", "Page Expired"),
    StandIn(
        "drupal-unexpected-error", DRUPAL_UNEXPECTED_ERROR, "galat_aplikasi", "encountered an unexpected error", PLAIN
    ),
    StandIn("drupal-7-unexpected-error", DRUPAL7_UNEXPECTED_ERROR, "galat_aplikasi", "an unexpected error", PLAIN),
    StandIn(
        "joomla-3-error-page-failed", JOOMLA3_ERROR_PAGE_FAILED, "galat_aplikasi", "Error displaying the error page"
    ),
    StandIn("yii-2-database-exception", YII_DATABASE_EXCEPTION, "galat_aplikasi", "Database Exception (#2002)"),
    StandIn("yii-2-error-under-the-whole-menu", YII_INTERNAL_ERROR, "galat_aplikasi", "Internal Server Error (#500)"),
    StandIn(
        "next-js-application-error",
        NEXT_APPLICATION_ERROR,
        "galat_aplikasi",
        "Application error: a server-side exception",
    ),
    StandIn("moodle-database-error", MOODLE_DATABASE_ERROR, "galat_aplikasi", "Kesalahan"),
    StandIn(
        "wordpress-critical-error-indonesian",
        WP_CRITICAL_ERROR_ID,
        "galat_aplikasi",
        "kesalahan kritis di situs web ini",
    ),
    StandIn("haproxy-no-server", HAPROXY_503, "galat_aplikasi", "No server is available to handle this request"),
    StandIn(
        "iis-application-pool-stopped",
        IIS_APP_POOL_STOPPED,
        "galat_aplikasi",
        "HTTP Error 503. The service is unavailable",
    ),
    StandIn("varnish-backend-fetch-failed", VARNISH_503, "galat_aplikasi", "Backend fetch failed"),
    StandIn("varnish-3-service-unavailable", VARNISH3_503, "galat_aplikasi", "Error 503 Service Unavailable"),
    StandIn("jetty-503", JETTY_503, "galat_aplikasi", "Error 503 Service Unavailable"),
    StandIn(
        "aspnet-core-failed-to-start",
        ASPNET_CORE_START_FAILURE,
        "galat_aplikasi",
        "HTTP Error 500.30 - ASP.NET Core app failed to start",
    ),
    StandIn("heroku-application-error", HEROKU_APPLICATION_ERROR, "galat_aplikasi", "Application Error"),
    StandIn("plain-internal-server-error", PLAIN_INTERNAL_ERROR, "galat_aplikasi", "Internal Server Error", PLAIN),
    StandIn("traefik-service-unavailable", TRAEFIK_NO_SERVER, "galat_aplikasi", "Service Unavailable", PLAIN),
    StandIn("spring-server-error-json", SPRING_JSON_500, "galat_aplikasi", '"error":"Internal Server Error"', PLAIN),
    StandIn("wildfly-welcome", WILDFLY_WELCOME, "halaman_bawaan", "Welcome to WildFly"),
    StandIn("jboss-eap-welcome", JBOSS_EAP_WELCOME, "halaman_bawaan", "Welcome to JBoss"),
    StandIn("hello-world-starter", HELLO_WORLD, "halaman_bawaan", "Hello World!", PLAIN),
    StandIn("a-developers-test-index", DEVELOPERS_TEST, "halaman_bawaan", "test"),
    StandIn("a-developers-tes-123", DEVELOPERS_TES_123, "halaman_bawaan", "tes 123"),
    StandIn("hosting-suspended-indonesian", HOSTING_SUSPENDED_ID, "halaman_bawaan", "Website Ini Telah Disuspend"),
)

# --- look-alikes: the application's own pages with the same words -----------------------------------

SERVER_ERRORS_TUTORIAL = portal_page(
    Portal(
        main="""<article class="post"><h1 class="entry-title">Mengatasi Galat pada Aplikasi Java dan .NET di Server Dinas</h1>
<p class="meta">Diposting oleh Admin Bidang Aplikasi Informatika</p>
<h2>HTTP Status 404 – Not Found</h2><p>Pesan ini muncul bila alamat aplikasi salah ketik atau aplikasi belum di-deploy ke Tomcat.</p>
<h2>HTTP Status 500 – Internal Server Error</h2><p>Periksa berkas catalina.out untuk melihat penyebabnya.</p>
<h2>HTTP Error 503. The service is unavailable.</h2><p>Pada IIS, pesan ini berarti application pool berhenti: jalankan kembali dari IIS Manager.</p></article>"""
    )
)
ERROR_MESSAGES_FAQ = portal_page(
    Portal(
        main="""<article class="post"><h1 class="entry-title">Tanya Jawab: Pesan Galat Saat Mengakses Layanan Online</h1>
<p>Jika Anda melihat tulisan “No server is available to handle this request.” atau “Backend fetch failed”, server aplikasi sedang tidak menjawab. Tunggu beberapa menit lalu muat ulang halaman.</p>
<p>Tulisan “419 Page Expired” muncul bila formulir terlalu lama dibiarkan terbuka. Muat ulang halaman formulir.</p>
<p>Pesan “The website encountered an unexpected error. Please try again later.” dan “Error displaying the error page” berarti ada gangguan di server; laporkan melalui kanal pengaduan.</p></article>"""
    )
)
# A help desk's small page (two links, no menu) titled and headed by the message it explains.
IIS_HELP_PAGE = small(
    "Cara Mengatasi HTTP Error 503 di IIS – Pusat Bantuan SIPD",
    '<div class="kb"><h1>Cara Mengatasi HTTP Error 503. The service is unavailable</h1><p>No server is available to'
    " handle this request? Pesan ini berarti application pool berhenti. Buka IIS Manager, pilih Application Pools,"
    ' lalu jalankan kembali pool aplikasi.</p><p><a href="/kb/">Kembali ke Pusat Bantuan</a> &middot; <a'
    ' href="/kb/iis/">Artikel IIS lainnya</a></p></div>',
    lang="id",
)
ASPNET_HELP_PAGE = small(
    "Tutorial: Server Error in '/' Application – Blog Pranata Komputer",
    "<article><h1>Tutorial: Server Error in '/' Application</h1><p>Pesan Server Error in '/' Application. muncul di"
    " ASP.NET bila customErrors aktif. Ubah web.config lalu muat ulang aplikasi.</p><p><a href='/'>Beranda</a> &middot;"
    " <a href='/tutorial/'>Tutorial lain</a></p></article>",
    lang="id",
)
GAMBLING_SITES_NEWS = small(
    "Kominfo: 1.200 Situs Judi Ditangguhkan – Diskominfo Kota Bekasi",
    '<article><h1>Kominfo: 1.200 Situs Judi Ditangguhkan Sepanjang November</h1><p class="date">Senin, 24 November'
    " 2026</p><p>Kementerian Komunikasi dan Digital menangguhkan 1.200 situs judi daring. Warga diminta melaporkan"
    " situs yang mencurigakan melalui aduankonten.id.</p><p><a href='/berita/'>Berita lainnya</a></p></article>",
    lang="id",
)
API_DOCUMENTATION = portal_page(
    Portal(
        main="""<article class="post"><h1 class="entry-title">Dokumentasi API Satu Data Kota Bekasi</h1>
<p>Setiap permintaan memakai token dari portal pengembang. Bila dataset tidak ada, API menjawab:</p><pre>{"detail":"Not Found"}</pre>
<p>Bila server sedang galat, API menjawab:</p><pre>{"timestamp":"2026-11-25T03:15:32Z","status":500,"error":"Internal Server Error","path":"/api/dataset"}</pre></article>"""
    )
)
API_STATUS_JSON = '{"status":"ok","message":"API Satu Data v2.3.1 berjalan","time":"2026-11-25T03:15:32Z"}'
GREETING_APPLICATION = small(
    "SIPAKAR",
    "<h1>Hello World! Selamat datang di SIPAKAR</h1><p>Sistem Informasi Pelaporan Kinerja Aparatur. Silakan"
    " <a href='/login'>masuk</a> untuk melanjutkan.</p>",
    lang="id",
)
NUMBERED_REPORT = small(
    "Laporan Kinerja (#2026)",
    "<h1>Laporan Kinerja (#2026)</h1><p>Laporan kinerja tahunan perangkat daerah, disusun menurut Permenpan RB"
    " Nomor 53 Tahun 2014.</p><p><a href='/laporan/unduh'>Unduh laporan</a></p>",
    lang="id",
)
DATA_ERROR_FORM = small(
    "Pengaduan Kesalahan Data | Disdukcapil Kota Bekasi",
    "<h1>Pengaduan Kesalahan Data</h1><form action='/aduan' method='post'><label>NIK</label><input name='nik'>"
    "<label>Kesalahan</label><textarea name='isi'></textarea><button>Kirim</button></form>",
    lang="id",
)
ERROR_LOG_PAGE = small(
    "Application Error Log | SIMONEV",
    "<h1>Application Error Log</h1><table><tr><th>Waktu</th><th>Pesan</th></tr><tr><td>24-11-2026 10:12</td>"
    "<td>Timeout koneksi SMTP</td></tr></table><p><a href='/'>Beranda</a> <a href='/logout'>Keluar</a></p>",
)
WILDFLY_LOGIN = small(
    "e-Kinerja Pemkot Bekasi",
    "<h1>e-Kinerja</h1><form action='/login' method='post'><input name='nip'><input type='password' name='pass'>"
    "<button>Masuk</button></form><footer>Berjalan di WildFly 26 &middot; Red Hat JBoss</footer>",
    lang="id",
)
SITE_NOT_FOUND_HELP = small(
    "Situs tidak ditemukan? – Bantuan",
    "<h1>Situs tidak ditemukan?</h1><p>Pastikan alamat yang Anda ketik benar, misalnya dinkes.bekasikota.go.id."
    " <a href='/'>Beranda</a></p>",
    lang="id",
)
PLATFORM_ERRORS_ARTICLE = department(
    main="""<article class="post"><h1 class="entry-title">Apa Itu Error 404 dan Mengapa Muncul?</h1>
<h2>404: NOT_FOUND di Vercel</h2><p>Vercel menampilkan 404: NOT_FOUND bila deployment dihapus.</p>
<h2>default backend - 404</h2><p>Pesan ini berasal dari ingress Kubernetes yang belum punya aturan untuk domain itu.</p></article>"""
)
# A health test's page and a login headed "Test": their words are more than a developer's "test".
HEALTH_TEST_PAGE = small(
    "Tes Kesehatan Gratis",
    "<h1>Tes Kesehatan Gratis</h1><p>Pemeriksaan tekanan darah dan gula darah setiap Sabtu di puskesmas.</p>",
    lang="id",
)
LOGIN_HEADED_TEST = small(
    "SIMPEG",
    "<h1>Test</h1><form action='/login' method='post'><input name='nip'><input type='password' name='sandi'>"
    "<button>Masuk</button></form>",
    lang="id",
)

LOOK_ALIKES = (
    ("server-errors-tutorial", SERVER_ERRORS_TUTORIAL),
    ("error-messages-faq", ERROR_MESSAGES_FAQ),
    ("iis-help-page", IIS_HELP_PAGE),
    ("aspnet-help-page", ASPNET_HELP_PAGE),
    ("gambling-sites-news", GAMBLING_SITES_NEWS),
    ("api-documentation", API_DOCUMENTATION),
    ("api-status-json", API_STATUS_JSON),
    ("greeting-application", GREETING_APPLICATION),
    ("numbered-report", NUMBERED_REPORT),
    ("data-error-form", DATA_ERROR_FORM),
    ("error-log-page", ERROR_LOG_PAGE),
    ("login-on-wildfly", WILDFLY_LOGIN),
    ("site-not-found-help", SITE_NOT_FOUND_HELP),
    ("platform-errors-article", PLATFORM_ERRORS_ARTICLE),
    ("health-test-page", HEALTH_TEST_PAGE),
    ("login-headed-test", LOGIN_HEADED_TEST),
)
