"""A hosting's, an installer's or a stack's own page in the application's place, and the look-alikes.

- A site switched off by its hosting: Hestia's page under the title "Access Denied" (read as the
  server's error before), a hosting's own "Your Website has been temporarily suspended!", an
  Indonesian hosting's "Akun hosting ini telah di-suspend" (with the hyphen Indonesian writes).
- A CMS not installed, its installer open to the first visitor: Drupal's (7's and 8's and later's,
  where the site's address sends a visitor), Joomla's (3's and 4's and later's), MediaWiki's page
  for a wiki not set up yet.
- A framework's or a stack's own first page: Rails 7.1's and 8's welcome (its logo and its versions,
  no "Yay!" any more), ASP.NET MVC's and Blazor's templates, Lumen's first route, FastAPI's and
  Fiber's first apps, WampServer's and AppServ's home pages on a Windows server; Drupal's front page
  before anything is published.

The look-alikes are a department's own pages with the same words: news of its site suspended for a
while, a FAQ quoting Hestia's page, a Rails application's "Tentang Aplikasi" listing its versions, an
ASP.NET application that kept the template's sentence under its own name, tutorials on installing
Drupal and on WampServer, an API's own answer, a single-page application's shell, a Drupal portal's
empty listing in its full theme.
"""

from __future__ import annotations

from stand_in_pages_real_web import Portal, department, portal_page, small

# --- sites switched off by their hosting ------------------------------------------------------------

HESTIA_SUSPENDED = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Access Denied</title>
    <style>
      body { background-color: #f5f5f5; margin-top: 8%; color: #5d5d5d; font-family: -apple-system,
        BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
        text-shadow: 0px 1px 1px rgba(255, 255, 255, 0.75); text-align: center !important; }
      h1 { font-size: 2.45em; font-weight: 700; color: #5d5d5d; letter-spacing: -0.02em; margin-bottom: 30px;
        margin-top: 30px; }
      .container { width: 100%; margin-right: auto; margin-left: auto; }
      .animated { animation-duration: 1s; animation-fill-mode: both; }
      .fadeIn { animation-name: fadeIn; }
      .error { color: #c92127; fill: #c92127; }
      .icon-large { height: 132px; width: 132px; }
      .description-text { color: #707070; letter-spacing: -0.01em; font-size: 1.25em; line-height: 20px; }
      .delay-1s { animation-delay: 1s; }
      @keyframes fadeIn { from { opacity: 0; } to { opacity: 1; } }
    </style>
  </head>
  <body>
    <div class="container u-text-center">
      <div class="row">
        <div class="col">
          <div class="animated fadeIn">
            <svg class="error icon-large fa-exclamation-circle" xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 512 512"><path d="M504 256c0 136.997-111.043 248-248 248S8 392.997 8 256C8 119.083
              119.043 8 256 8s248 111.083 248 248z"></path></svg>
          </div>
          <h1 class="animated fadeIn">This site is currently suspended</h1>
          <div class="description-text animated fadeIn delay-1s">
            <p>
              If you are the owner of this site, please contact support for more
              information.
            </p>
          </div>
        </div>
      </div>
    </div>
  </body>
</html>
"""

# A hosting's own page for its suspended accounts, in Bootstrap, as a reseller writes one.
WEBSITE_TEMPORARILY_SUSPENDED = small(
    "Website Suspended",
    """<div id="websuspended" style="padding:10%"><div class="container"><div class="row">
<div class="col-md-4 text-center"><img src="/images/suspended.jpg" width="283" height="303" alt="suspended"></div>
<div class="col-md-8"><h2>Your Website has been temporarily suspended!</h2>
<p>The web hosting account associated with this website has been <b>suspended.</b><br><br>
If you are the owner of this website, please contact to the administrator.<br><br>
If you are a visitor, please come back soon, Thanks!.</p></div></div></div></div>""",
    head='<link rel="stylesheet" href="/css/bootstrap.min.css">\n<style>body{background:#f4f6f9}</style>\n',
)

# An Indonesian hosting's page, as its template writes "di-suspend".
AKUN_HOSTING_DI_SUSPEND = small(
    "Akun Di-suspend",
    """<div class="wrapper"><div class="card">
<img class="logo" src="https://www.jagoanhosting.com/wp-content/uploads/logo.svg" alt="Logo hosting" width="180">
<h1>Akun hosting ini telah di-suspend</h1>
<p>Website yang Anda kunjungi untuk sementara tidak dapat diakses. Jika Anda pemilik website ini, silakan
masuk ke <a href="https://member.jagoanhosting.com/clientarea.php">Member Area</a> untuk melihat tagihan
atau hubungi tim dukungan kami.</p>
<p class="small">Kode: SUSP-BILLING</p></div>
<footer>&copy; 2026 Jagoan Hosting Indonesia</footer></div>""",
    lang="id",
    head=(
        "<style>body{font-family:'Nunito',sans-serif;background:#f0f3f8;color:#33384a}"
        ".card{max-width:560px;margin:10vh auto;background:#fff;border-radius:12px;padding:40px;"
        "box-shadow:0 6px 24px rgba(0,0,0,.08);text-align:center}h1{color:#e53935;font-size:26px}"
        ".small{color:#99a;font-size:12px}footer{text-align:center;color:#99a;font-size:12px}</style>\n"
    ),
)

# --- installers open to the first visitor -----------------------------------------------------------

_DRUPAL_LANGUAGES = "".join(
    f'<option value="{code}">{name}</option>'
    for code, name in (
        ("af", "Afrikaans"),
        ("ar", "Arabic (العربية)"),
        ("de", "German (Deutsch)"),
        ("es", "Spanish (Español)"),
        ("fr", "French (Français)"),
        ("id", "Indonesian (Bahasa Indonesia)"),
        ("ja", "Japanese (日本語)"),
        ("ms", "Malay (Bahasa Melayu)"),
        ("nl", "Dutch (Nederlands)"),
        ("zh-hans", "Chinese, Simplified (简体中文)"),
    )
)

DRUPAL_INSTALLER = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/core/misc/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>Choose language | Drupal</title>
    <link rel="stylesheet" media="all" href="/core/themes/claro/css/base/elements.css?sm1x2a" />
    <link rel="stylesheet" media="all" href="/core/themes/claro/css/layout/install-page.css?sm1x2a" />
    <link rel="stylesheet" media="all" href="/core/themes/claro/css/theme/install-page.css?sm1x2a" />
  </head>
  <body class="install-page">
    <div class="layout-container">
      <header role="banner">
        <h1 class="site-name">Drupal 10.3.6</h1>
      </header>
      <div class="layout-sidebar-first" role="complementary">
        <h2 class="visually-hidden">Installation tasks</h2>
        <ol class="task-list">
          <li class="is-active">Choose language<span class="visually-hidden"> (active)</span></li>
          <li>Choose profile</li><li>Verify requirements</li><li>Set up database</li>
          <li>Install site</li><li>Configure site</li>
        </ol>
      </div>
      <main role="main">
        <h2 class="title">Choose language</h2>
        <div data-drupal-messages-fallback class="hidden"></div>
        <form action="/core/install.php?rewrite=ok" method="post" id="install-select-language-form"
          accept-charset="UTF-8">
          <div class="js-form-item form-item">
            <label for="edit-langcode" class="form-item__label">Choose language</label>
            <select data-drupal-selector="edit-langcode" id="edit-langcode" name="langcode"
              class="form-select form-element form-element--type-select">
              <option value="en" selected="selected">English</option>{_DRUPAL_LANGUAGES}
            </select>
            <div class="form-item__description">Translations will be downloaded from the
              <a href="https://localize.drupal.org">Drupal Translation website</a>. If you do not want this,
              select <em>English</em>.</div>
          </div>
          <div class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
            <input class="button button--primary js-form-submit form-submit" type="submit" id="edit-submit"
              value="Save and continue" />
          </div>
        </form>
      </main>
    </div>
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
    <script src="/core/misc/drupal.js?v=10.3.6"></script>
  </body>
</html>
"""

DRUPAL_7_INSTALLER = small(
    "Select an installation profile | Drupal",
    """<div id="page"><div id="header"><div id="logo-title"><img src="/themes/seven/logo.png" alt="Drupal" id="logo">
<h1 id="site-name">Drupal</h1></div></div>
<div id="sidebar-first" class="sidebar"><h2 class="element-invisible">Installation tasks</h2><ol class="task-list">
<li class="active">Choose profile</li><li>Choose language</li><li>Verify requirements</li><li>Set up database</li>
<li>Install profile</li><li>Configure site</li><li>Finished</li></ol></div>
<div id="content" class="clearfix"><h1 class="title" id="page-title">Select an installation profile</h1>
<form action="/install.php" method="post" id="install-select-profile-form" accept-charset="UTF-8"><div>
<div class="form-item form-type-radio"><input type="radio" id="edit-profile-standard" name="profile"
value="standard" checked="checked" class="form-radio"> <label class="option" for="edit-profile-standard">Standard
</label><div class="description">Install with commonly used features pre-configured.</div></div>
<div class="form-item form-type-radio"><input type="radio" id="edit-profile-minimal" name="profile" value="minimal"
class="form-radio"> <label class="option" for="edit-profile-minimal">Minimal </label><div class="description">Start
with only a few modules enabled.</div></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op"
value="Save and continue" class="form-submit"></div></div></form></div></div>""",
    head='<link rel="stylesheet" href="/themes/seven/style.css?q1">\n<script src="/misc/jquery.js?v=1.4.4"></script>\n',
)

JOOMLA_INSTALLER = """<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
    <head>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta charset="utf-8">
        <meta name="generator" content="Joomla! - Open Source Content Management">
        <title>Joomla Installer</title>
        <link href="/installation/template/css/template.min.css?5.2.1" rel="stylesheet">
        <style>:root { --hue: 214; --template-bg-light: #f0f4fb; --template-text-dark: #495057;
          --template-link-color: #2a69b8; --template-special-color: #001b4c; }</style>
        <script type="application/json" class="joomla-script-options new">{"system.installation":
          {"url":"\\/installation\\/index.php"},"joomla.jtext":{"INSTL_PROCESS_BUSY":"Installation in
          progress ..."}}</script>
    </head>
    <body data-basepath="/installation">
        <div class="j-install">
            <header id="header" class="header">
                <div class="row me-0">
                    <div class="col"><div class="logo d-none d-md-block col">
                        <img src="/installation/template/images/Joomla-logo-monochrome-horizontal-white.svg" alt="">
                    </div></div>
                    <div class="d-flex flex-wrap align-items-center col justify-content-center">
                        <h1 class="h2 mx-1 d-flex align-items-baseline text-white">
                            <span class="icon-cogs d-none d-md-block mx-2" aria-hidden="true"></span>
                            Joomla Installer
                        </h1>
                        <span class="small mx-1">Joomla! 5.2.1</span>
                    </div>
                    <div class="m-2 d-flex align-items-center col justify-content-end">
                        <a href="https://docs.joomla.org/Special:MyLanguage/J4.x:Installing_Joomla" target="_blank">
                            <span class="icon-question" aria-hidden="true"></span>
                            <span class="visually-hidden">Help</span></a>
                    </div>
                </div>
            </header>
            <div id="wrapper" class="d-flex wrapper flex-wrap">
                <div class="container-fluid container-main">
                    <div id="content" class="content h-100">
                        <main class="d-flex justify-content-center align-items-center h-100">
                            <div class="j-container">
                                <div id="javascript-warning"><noscript>Warning! JavaScript must be enabled for
                                    proper installation of Joomla.</noscript></div>
                                <div id="container-installation" class="container-installation flex"
                                    data-base-url="https://dinkes.bekasikota.go.id/">
                                    <form action="index.php" method="post" id="languageForm" class="lang-select">
                                        <label for="jform_language">Select Installation Language</label>
                                        <select id="jform_language" name="jform[language]" class="form-select">
                                            <option value="en-GB" selected>English (United Kingdom)</option>
                                        </select>
                                    </form>
                                    <form action="index.php" method="post" id="adminForm" class="form-validate">
                                        <fieldset id="installStep1" class="j-install-step active">
                                            <legend class="j-install-step-header">
                                                <span class="icon-cog" aria-hidden="true"></span> Setup Site Name
                                            </legend>
                                            <div class="j-install-step-form">
                                                <label for="jform_site_name">Enter the name of your Joomla
                                                    site.</label>
                                                <input type="text" name="jform[site_name]" id="jform_site_name"
                                                    class="form-control required" required>
                                                <button class="btn btn-primary w-100" id="step1">Setup Login Data
                                                    <span class="icon-chevron-right"></span></button>
                                            </div>
                                        </fieldset>
                                    </form>
                                </div>
                            </div>
                        </main>
                        <footer class="footer text-center small w-100 p-3">https://www.joomla.org</footer>
                    </div>
                </div>
            </div>
            <script src="/media/system/js/core.min.js?5.2.1"></script>
            <script src="/installation/template/js/template.min.js?5.2.1" defer></script>
        </div>
    </body>
</html>
"""

JOOMLA_3_INSTALLER = small(
    "Joomla! Web Installer",
    """<div class="header"><img src="/installation/template/images/joomla.png" alt="Joomla"><hr>
<h5>Joomla!&reg; is free software released under the
<a href="https://www.gnu.org/licenses/old-licenses/gpl-2.0.html" target="_blank">GNU General Public License</a>.</h5>
</div><div id="container-installation"><form action="index.php" method="post" id="adminForm"
class="form-validate form-horizontal"><div class="btn-toolbar"><div class="btn-group pull-right">
<a class="btn btn-primary" href="#" onclick="Install.submitform();" title="Next">Next</a></div></div>
<h3>Main Configuration</h3><hr class="hr-condensed"><div class="row-fluid"><div class="span6">
<div class="control-group"><label for="jform_language">Select Language</label><select id="jform_language"
name="jform[language]"><option value="en-GB" selected>English (United Kingdom)</option>
<option value="id-ID">Bahasa Indonesia (id-ID)</option></select></div>
<div class="control-group"><label for="jform_site_name">Site Name *</label><input type="text"
id="jform_site_name" name="jform[site_name]" class="required"></div></div></div></form></div>""",
    head='<link rel="stylesheet" href="/installation/template/css/template.css">\n',
)

MEDIAWIKI_NOT_SET_UP = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="UTF-8" />
<title>MediaWiki 1.41.1</title>
<style media="screen">
body { color: #000; background-color: #fff; font-family: sans-serif; text-align: center; }
h1 { font-size: 150%; }
.errorbox { padding: 0.5em 1em; border: 1px solid #d33; background-color: #fee7e6; display: inline-block; }
</style>
</head>
<body>
<img src="/resources/assets/mediawiki.png" alt="The MediaWiki logo" />

<h1>MediaWiki 1.41.1</h1>
<div class="errorbox">
<p>LocalSettings.php not found.</p>
<p>Please <a href="/mw-config/index.php">set up the wiki</a> first.</p>
</div>
</body>
</html>
"""

# --- frameworks' and stacks' own first pages --------------------------------------------------------

RAILS_8_WELCOME = """<!DOCTYPE html>
<html>
<head>
  <title>Ruby on Rails 8.0.1</title>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width">
  <link rel="shortcut icon" href="data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMzIwcHgiPjwvc3ZnPg==" />
  <style type="text/css">
    * { box-sizing: border-box; margin: 0; padding: 0; }
    body { align-items: center; background-color: #F0E7E9; color: #261B23; display: flex;
      flex-direction: column; font-family: Sans-Serif; font-size: calc(0.9em + 0.5vw); justify-content: center;
      line-height: 1.25; min-height: 100vh; text-align: center; }
    nav { font-size: 0; height: 20vw; line-height: 0; max-height: 280px; max-width: 280px; min-height: 86px;
      min-width: 86px; width: 20vw; }
    nav a { background: #D30001; border-radius: 100%; display: flex;
      transition: background 0.25s cubic-bezier(0.33, 1, 0.68, 1); }
    nav a:hover { background: #261B23; }
    nav a img { height: auto; max-width: 100%; width: 100%; }
    ul { bottom: 0; left: 0; list-style: none; margin: 0 2rem 2rem 2rem; position: absolute; right: 0; }
  </style>
</head>

<body>
  <nav>
    <a href="https://rubyonrails.org" target="_new">
      <img alt="" src="data:image/svg+xml;base64,PHN2ZyBoZWlnaHQ9IjExMiIgdmlld0JveD0iMCAwIDExMiAxMTIiPjwvc3ZnPg==" />
    </a>
  </nav>

  <ul>
    <li><strong>Rails version:</strong> 8.0.1</li>
    <li><strong>Ruby version:</strong> ruby 3.3.6 (2024-11-05 revision 75015d4c1f) +PRISM [x86_64-linux]</li>
  </ul>
</body>

</html>
"""

ASPNET_MVC_TEMPLATE = small(
    "Home Page - My ASP.NET Application",
    """<div class="navbar navbar-inverse navbar-fixed-top"><div class="container"><div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse" title="more
options"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
<a class="navbar-brand" href="/">Application name</a></div><div class="navbar-collapse collapse">
<ul class="nav navbar-nav"><li><a href="/">Home</a></li><li><a href="/Home/About">About</a></li>
<li><a href="/Home/Contact">Contact</a></li></ul></div></div></div>
<div class="container body-content">
<div class="jumbotron"><h1>ASP.NET</h1>
<p class="lead">ASP.NET is a free web framework for building great Web sites and Web applications using HTML, CSS and
JavaScript.</p><p><a href="https://asp.net" class="btn btn-primary btn-lg">Learn more &raquo;</a></p></div>
<div class="row"><div class="col-md-4"><h2>Getting started</h2><p>ASP.NET MVC gives you a powerful, patterns-based
way to build dynamic websites that enables a clean separation of concerns and gives you full control over markup
for enjoyable, agile development.</p><p><a class="btn btn-default" href="https://go.microsoft.com/fwlink/?LinkId=301865">
Learn more &raquo;</a></p></div>
<div class="col-md-4"><h2>Get more libraries</h2><p>NuGet is a free Visual Studio extension that makes it easy to add,
remove, and update libraries and tools in Visual Studio projects.</p><p><a class="btn btn-default"
href="https://go.microsoft.com/fwlink/?LinkId=301866">Learn more &raquo;</a></p></div>
<div class="col-md-4"><h2>Web Hosting</h2><p>You can easily find a web hosting company that offers the right mix of
features and price for your applications.</p><p><a class="btn btn-default"
href="https://go.microsoft.com/fwlink/?LinkId=301867">Learn more &raquo;</a></p></div></div>
<hr /><footer><p>&copy; 2026 - My ASP.NET Application</p></footer></div>
<script src="/Scripts/jquery-3.7.0.js"></script><script src="/Scripts/bootstrap.js"></script>""",
    head='<link href="/Content/bootstrap.css" rel="stylesheet"/>\n<link href="/Content/site.css" rel="stylesheet"/>\n'
    '<script src="/Scripts/modernizr-2.8.3.js"></script>\n',
)

BLAZOR_TEMPLATE = small(
    "Home",
    """<div class="page"><div class="sidebar"><div class="top-row ps-3 navbar navbar-dark"><div class="container-fluid">
<a class="navbar-brand" href="">SimpegApp</a></div></div><input type="checkbox" title="Navigation menu"
class="navbar-toggler" />
<div class="nav-scrollable" onclick="document.querySelector('.navbar-toggler').click()">
<nav class="flex-column"><div class="nav-item px-3"><a href="" class="nav-link active"><span
class="bi bi-house-door-fill-nav-menu" aria-hidden="true"></span> Home</a></div>
<div class="nav-item px-3"><a href="counter" class="nav-link"><span class="bi bi-plus-square-fill-nav-menu"
aria-hidden="true"></span> Counter</a></div>
<div class="nav-item px-3"><a href="weather" class="nav-link"><span class="bi bi-list-nested-nav-menu"
aria-hidden="true"></span> Weather</a></div></nav></div></div>
<main><div class="top-row px-4"><a href="https://learn.microsoft.com/aspnet/core/" target="_blank">About</a></div>
<article class="content px-4"><h1>Hello, world!</h1>

Welcome to your new app.</article></main></div>
<div id="blazor-error-ui" data-nosnippet>An unhandled error has occurred. <a href="." class="reload">Reload</a>
<span class="dismiss">🗙</span></div>
<script src="_framework/blazor.web.js"></script>""",
    head='<base href="/" />\n<link rel="stylesheet" href="bootstrap/bootstrap.min.css" />\n'
    '<link rel="stylesheet" href="app.css" />\n<link rel="stylesheet" href="SimpegApp.styles.css" />\n',
)

LUMEN_FIRST_ROUTE = "Lumen (10.0.4) (Laravel Components ^10.0)"
FASTAPI_FIRST_APP = '{"message":"Hello World"}'
FIBER_FIRST_APP = "Hello, World 👋!"

# Drupal installed, nothing published: Olivero's front page says so under the site's name.
DRUPAL_NOTHING_PUBLISHED = """<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="alternate" type="application/rss+xml" title="" href="https://dinkes.bekasikota.go.id/rss.xml" />
    <title>Dinas Kesehatan Kota Bekasi</title>
    <link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?sm1x2a" />
    <link rel="stylesheet" media="all" href="/core/themes/olivero/css/layout/layout.css?sm1x2a" />
    <link rel="stylesheet" media="all" href="/core/themes/olivero/css/components/header-site-branding.css?sm1x2a" />
  </head>
  <body class="path-frontpage">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
      <div id="page-wrapper" class="page-wrapper"><div id="page">
        <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
          <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
            <div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false">
              <span class="visually-hidden">Sticky header</span></button></div>
            <div id="site-header__inner" class="site-header__inner">
              <div class="container site-header__inner__container">
                <div id="block-olivero-site-branding" class="site-branding--bg-white site-branding">
                  <div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
                    <a href="/" title="Home" rel="home">Dinas Kesehatan Kota Bekasi</a></div></div></div>
                </div>
                <div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
                <div class="mobile-buttons"><button class="button-toggle mobile-nav-button" aria-controls="header-nav"
                  aria-expanded="false"><span class="visually-hidden">Main Menu</span></button></div>
                <div id="header-nav" class="header-nav">
                  <nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
                    aria-labelledby="block-olivero-main-menu-menu" role="navigation">
                    <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
                    <ul class="menu primary-nav__menu primary-nav__menu--level-1">
                      <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
                        <a href="/" class="primary-nav__menu-link is-active" aria-current="page">
                        <span class="primary-nav__menu-link-inner">Home</span></a></li>
                    </ul>
                  </nav>
                  <div class="search-block-form block block-search-narrow" role="search">
                    <form action="/search/node" method="get" accept-charset="UTF-8"><input title="Enter the terms you
                    wish to search for." type="search" name="keys" maxlength="128" class="form-search" /></form>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </header>
        <div id="main-wrapper" class="layout-main-wrapper layout-container">
          <div id="main" class="layout-main">
            <div class="main-content">
              <a id="main-content" tabindex="-1"></a>
              <div class="main-content__container container">
                <div class="region region--content grid-full layout--pass--content-medium" id="content">
                  <div id="block-olivero-content" class="block block-system block-system-main-block">
                    <div class="block__content">
                      <div class="views-element-container"><div class="view view-frontpage view-id-frontpage
                        view-display-id-page_1">
                        <div class="view-empty">
                          <p>No front page content has been created yet.<br/>Follow the
                          <a target="_blank" href="https://www.drupal.org/docs/user_guide/en/index.html">User
                          Guide</a> to start building your site.</p>
                        </div>
                        <div class="feed-icons"><a href="https://dinkes.bekasikota.go.id/rss.xml"
                          class="feed-icon">Subscribe to Dinas Kesehatan Kota Bekasi</a></div>
                      </div></div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <footer class="site-footer"><div class="site-footer__inner container">
          <div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
            <span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>
        </div></footer>
      </div></div>
    </div>
    <script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
    <script src="/core/themes/olivero/js/navigation.js?v=10.3.6"></script>
  </body>
</html>
"""

WAMPSERVER_HOMEPAGE = small(
    "WAMPSERVER Homepage",
    """<div id="head"><div class="innerhead"><h1><abbr title="Windows">W</abbr><abbr title="Apache">A</abbr>
<abbr title="MySQL/MariaDB">M</abbr><abbr title="PHP">P</abbr></h1><ul><li>PHP 8</li><li>Apache 2.4</li>
<li>MySQL 8</li><li>MariaDB 11</li></ul></div><ul class="utility"><li>Version 3.3.5 - 64bit</li>
<li><a href="?lang=fr">Version Fran&ccedil;aise</a></li></ul></div>
<div class="config"><div class="innerconfig"><h2>Server Configuration</h2><dl class="content">
<dt>Apache Version:</dt><dd>2.4.59&nbsp;&nbsp;- <a href="http://www.apachelounge.com/">Documentation</a></dd>
<dt>Server Software:</dt><dd>Apache/2.4.59 (Win64) PHP/8.2.18 mod_fcgid/2.3.10-dev</dd>
<dt>PHP Version:</dt><dd>8.2.18&nbsp;&nbsp;- <a href="http://www.php.net/manual/en/">Documentation</a></dd>
<dt>Loaded PHP Extensions:</dt><dd>Core, bcmath, curl, gd, mbstring, mysqli, openssl, pdo_mysql, zip</dd>
<dt>MySQL Version:</dt><dd>8.3.0&nbsp;&nbsp;- Port defined for MySQL: 3306</dd></dl></div></div>
<div class="divider1">&nbsp;</div>
<div class="alltools"><div class="inneralltools"><div class="column"><h2>Tools</h2><ul class="tools">
<li><a href="?phpinfo=-1">phpinfo()</a></li><li><a href="phpmyadmin/">PhpMyAdmin 5.2.1</a></li>
<li><a href="adminer/">Adminer 4.8.1</a></li><li><a href="add_vhost.php?lang=en">Add a Virtual Host</a></li></ul></div>
<div class="column"><h2>Your Projects</h2><ul class="projects"><li><a href="http://localhost/simpeg">simpeg</a></li>
<li><a href="http://localhost/e-arsip">e-arsip</a></li></ul></div>
<div class="column"><h2>Your Aliases</h2><ul class="aliases"><li><a href="phpmyadmin5.2.1">phpmyadmin5.2.1</a></li>
</ul></div><div class="column"><h2>Your VirtualHost</h2><ul class="vhost"><li><a href="http://localhost">localhost</a>
</li></ul></div></div></div>
<div class="divider2">&nbsp;</div>
<ul id="foot"><li><a href="https://www.wampserver.com">WampServer</a></li> - <li>
<a href="https://www.wampserver.com/en/#wampserver-64-bits-php-5-6-25-php-7">Donate</a></li> - <li>
<a href="https://www.alterway.fr">Alter Way</a></li></ul>""",
    head='<link rel="shortcut icon" href="index.php?img=favicon" type="image/ico" />\n'
    '<link id="stylecall" rel="stylesheet" href="wampthemes/classic/style.css" />\n',
)

APPSERV_HOMEPAGE = small(
    "AppServ Open Project 8.6.0",
    """<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>
<p><font face="Tahoma" size="+2"><b>The AppServ Open Project - 8.6.0 for Windows</b></font></p>
<p><font face="Tahoma" size="2">Now you running on <b>PHP 7.2.1</b></font></p></td></tr></table>
<ul><li><a href="phpMyAdmin/">phpMyAdmin Database Manager Version 4.7.7</a></li>
<li><a href="phpinfo.php">PHP Information Version 7.2.1</a></li></ul>
<p><font face="Tahoma" size="2"><b>About AppServ Version 8.6.0 for Windows</b><br>
AppServ is a merging open source software installer package for Windows includes :</font></p>
<ul><li>Apache Web Server Version 2.4.29</li><li>PHP Script Language Version 7.2.1</li>
<li>MySQL Database Version 5.7.20</li><li>phpMyAdmin Database Manager Version 4.7.7</li></ul>
<p><font face="Tahoma" size="2"><b>Change Log</b><br>Read <a href="ChangeLog.txt">Change Log</a></font></p>
<p><font face="Tahoma" size="2"><b>Copyright</b><br>Copyright &copy; 2001-2026 AppServ Open Project.
All rights reserved.</font></p>""",
    head="<style>body{font-family:Tahoma,Verdana,sans-serif;margin:20px}</style>\n",
)

# --- the application's own pages that look like the above -------------------------------------------

# News of the department's own site switched off for a while, its headline in the words of the notice.
SUSPENDED_SITE_NEWS = portal_page(
    Portal(
        main="""<article class="post"><h1 class="entry-title">Akun Hosting Ini Telah Di-suspend, Website Kelurahan
Sempat Tak Bisa Diakses</h1><div class="entry-meta"><time datetime="2026-12-02">2 Desember 2026</time></div>
<p>Website Kelurahan Jatimulya sempat menampilkan tulisan "This site is currently suspended" selama dua hari karena
tagihan hosting pihak ketiga belum dibayar. Diskominfostandi telah memindahkan website ke server Pemerintah Kota
Bekasi.</p><p>Warga dapat kembali mengakses layanan surat pengantar secara daring.</p></article>""",
        title="Akun Hosting Ini Telah Di-suspend, Website Kelurahan Sempat Tak Bisa Diakses – Diskominfostandi",
    )
)
# The same news, headed as older notices worded it (read as the hosting's page before).
SUSPENDED_SITE_NEWS_DITANGGUHKAN = department(
    main="""<article class="post"><h1 class="entry-title">Website Ini Telah Ditangguhkan? Tidak, Website Dinas
Kesehatan Sudah Pindah ke Server Pemkot</h1><div class="entry-meta"><time datetime="2026-12-01">1 Desember 2026</time>
</div><p>Warga yang masih membuka alamat lama melihat tulisan penangguhan dari penyedia hosting lama. Gunakan alamat
dinkes.bekasikota.go.id.</p></article>""",
    title="Website Dinas Kesehatan Sudah Pindah ke Server Pemkot – Dinas Kesehatan Kota Bekasi",
)
SUSPENDED_HEADLINE_NEWS = portal_page(
    Portal(
        main="""<article class="post"><h1 class="entry-title">Website Ini Telah Ditangguhkan, Begitu Pesan yang Dilihat
Warga Selama Dua Hari</h1><div class="entry-meta"><time datetime="2026-12-01">1 Desember 2026</time></div>
<p>Penyedia hosting menangguhkan akun website lama karena kontrak pemeliharaan berakhir. Layanan kini dipindahkan ke
server Pemerintah Kota Bekasi.</p></article>""",
    )
)
# A login page's help on what the hosting's message means: a condition, not a statement.
LOGIN_HELP_SUSPENDED = small(
    "Masuk - SIMPEG Kota Bekasi",
    """<div class="login-box"><img src="/img/logo-pemkot.png" alt="Logo Kota Bekasi"><h1>SIMPEG</h1>
<form method="post" action="/login"><input name="nip" placeholder="NIP"><input type="password" name="sandi">
<button>Masuk</button></form><p class="help">Jika muncul tulisan "This site is currently suspended", laporkan ke
Diskominfostandi melalui Call Center 112.</p></div>""",
    lang="id",
)
# A Rails application's own page about itself, its versions below its name.
RAILS_APP_ABOUT = small(
    "Tentang Aplikasi - e-Perizinan DPMPTSP",
    """<header class="navbar"><a class="brand" href="/">e-Perizinan</a><a href="/masuk">Masuk</a></header>
<main><h1>Tentang Aplikasi</h1><p>e-Perizinan DPMPTSP Kota Bekasi, versi 3.4.0, rilis 28 November 2026.</p>
<ul><li><strong>Rails version:</strong> 7.1.3</li><li><strong>Ruby version:</strong> ruby 3.2.2
(2023-03-30 revision e51014f9c0) [x86_64-linux]</li></ul></main>""",
    lang="id",
)
# An ASP.NET application that kept the template's sentence under its own name and built its pages below it.
ASPNET_APP_KEPT_THE_SENTENCE = small(
    "Beranda - SIMBADA Kota Bekasi",
    """<div class="navbar navbar-inverse navbar-fixed-top"><div class="container"><a class="navbar-brand" href="/">
SIMBADA</a><ul class="nav navbar-nav"><li><a href="/">Beranda</a></li><li><a href="/Aset">Aset</a></li>
<li><a href="/Laporan">Laporan</a></li><li><a href="/Account/Login">Masuk</a></li></ul></div></div>
<div class="container body-content"><div class="jumbotron"><h1>SIMBADA</h1>
<p class="lead">ASP.NET is a free web framework for building great Web sites and Web applications using HTML, CSS and
JavaScript.</p><p><a href="/Aset" class="btn btn-primary btn-lg">Daftar Aset &raquo;</a></p></div>
<div class="row"><div class="col-md-6"><h2>Inventarisasi</h2><p>Pencatatan barang milik daerah per OPD.</p></div>
<div class="col-md-6"><h2>Laporan</h2><p>Rekapitulasi KIB A sampai F per semester.</p></div></div>
<footer><p>&copy; 2026 - BPKAD Kota Bekasi</p></footer></div>""",
    lang="id",
)
# A tutorial of the city's IT office on installing Drupal and WampServer, naming their pages.
INSTALL_TUTORIAL = department(
    main="""<article class="post"><h1 class="entry-title">Panduan Instalasi Drupal 10 dan WampServer untuk Operator
Website Kelurahan</h1><div class="entry-meta"><time datetime="2026-11-28">28 November 2026</time></div>
<h2>WAMPSERVER Homepage</h2><p>Setelah WampServer terpasang, buka http://localhost: halaman WAMPSERVER Homepage
menampilkan versi Apache dan PHP.</p><h2>Choose language | Drupal</h2><p>Buka alamat situs: Drupal menampilkan
langkah "Choose language", lalu "Set up database". Setelah selesai, hapus akses ke install.php.</p>
<p>Jika muncul "LocalSettings.php not found", itu halaman MediaWiki, bukan Drupal.</p></article>""",
    title="Panduan Instalasi Drupal 10 dan WampServer – Diskominfostandi Kota Bekasi",
)
# The same, small: a help page headed by the installer's step.
INSTALL_TUTORIAL_SMALL = small(
    "Panduan: Choose language | Drupal - Wiki Diskominfostandi",
    """<main><h1>Panduan: Choose language | Drupal</h1><p>Langkah pertama instalasi Drupal adalah memilih bahasa.
Pilih Indonesian, lalu klik Save and continue.</p><h2>WAMPSERVER Homepage</h2><p>Halaman awal WampServer di
localhost.</p></main>""",
    lang="id",
)
# A tutorial on Blazor in the department's portal.
BLAZOR_TUTORIAL = department(
    main="""<article class="post"><h1 class="entry-title">Pelatihan Blazor untuk Pengembang Aplikasi OPD</h1>
<p>Proyek baru Blazor menampilkan "Hello, world! Welcome to your new app." di halaman awalnya; peserta lalu
menggantinya dengan dasbor layanan.</p></article>""",
    title="Pelatihan Blazor untuk Pengembang Aplikasi OPD – Dinas Kesehatan Kota Bekasi",
)
# A department portal built on Drupal, its listing of a category with nothing in it yet in the full theme.
DRUPAL_EMPTY_LISTING_IN_THE_THEME = department(
    main="""<div class="view view-frontpage"><h1 class="page-title">Berita Terkini</h1><div class="view-empty">
<p>No front page content has been created yet.</p></div></div>""",
    generator="Drupal 10 (https://www.drupal.org)",
)
# An API's own answer at its address: its name and version, not a starter's.
API_OWN_ANSWER = '{"message":"API SIMPEG Kota Bekasi v2.3","status":"running"}'
# An API's documentation page that names the framework it runs on.
API_DOCS_NAMING_LUMEN = small(
    "Dokumentasi API e-Kinerja",
    """<header><a href="/">e-Kinerja</a> <a href="/docs">Dokumentasi</a></header><main><h1>Dokumentasi API
e-Kinerja</h1><p>Semua permintaan memakai token Bearer. Endpoint: GET /api/v1/pegawai, GET /api/v1/kinerja.</p>
</main><footer>Lumen (10.0.4) (Laravel Components ^10.0)</footer>""",
    lang="id",
)
# A single-page application's shell: the same for every path, drawn by its script.
SPA_SHELL = small(
    "SIPANDU - Dinas Kependudukan dan Pencatatan Sipil Kota Bekasi",
    """<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script>window.__APP_CONFIG__={"api":"/api/v1","tahun":2026};</script>
<script type="module" src="/assets/index-4f8a2b1c.js"></script>""",
    lang="id",
    head='<link rel="icon" href="/favicon.ico">\n<link rel="stylesheet" href="/assets/index-9d2e7f.css">\n',
)
