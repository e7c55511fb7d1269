"""Frameworks' and stacks' own first pages, and placeholders, as they ship: 200s in an application's place.

A vendor that deployed the framework but not yet the application (or lost the application's files
in a migration) leaves one of these answering at the application's address. The markup is the
shipped one, trimmed of long style sheets and inline images; its long lines are kept as shipped.
"""

# ruff: noqa: E501

from __future__ import annotations

XAMPP_DASHBOARD = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="x-ua-compatible" content="ie=edge">
    <title>Welcome to XAMPP</title>
    <meta name="description" content="XAMPP is an easy to install Apache distribution containing MariaDB, PHP and Perl." />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link href="/dashboard/stylesheets/normalize.css" rel="stylesheet" type="text/css" />
    <link href="/dashboard/stylesheets/all.css" rel="stylesheet" type="text/css" />
    <script src="/dashboard/javascripts/modernizr.js" type="text/javascript"></script>
    <link href="/dashboard/images/favicon.png" rel="icon" type="image/png" />
  </head>
  <body class="index">
    <div class="contain-to-grid">
      <nav class="top-bar" data-topbar>
        <ul class="title-area">
          <li class="name"><h1><a href="/dashboard/index.html">Apache Friends</a></h1></li>
        </ul>
        <section class="top-bar-section">
          <ul class="right">
            <li class=""><a href="/applications.html">Applications</a></li>
            <li class=""><a href="/dashboard/faq.html">FAQs</a></li>
            <li class=""><a href="/dashboard/howto.html">HOW-TO Guides</a></li>
            <li class=""><a target="_blank" href="/dashboard/phpinfo.php">PHPInfo</a></li>
            <li class=""><a href="/phpmyadmin/">phpMyAdmin</a></li>
          </ul>
        </section>
      </nav>
    </div>
    <div id="wrapper">
      <div class="hero">
        <div class="row">
          <div class="large-12 columns">
            <h1><img src="/dashboard/images/xampp-logo.svg" />XAMPP <span>Apache + MariaDB + PHP + Perl</span></h1>
          </div>
        </div>
      </div>
      <div class="row">
        <div class="large-12 columns">
          <h2>Welcome to XAMPP for Windows 8.2.12</h2>
        </div>
      </div>
      <div class="row">
        <div class="large-12 columns">
          <p>You have successfully installed XAMPP on this system! Now you can start using Apache, MariaDB, PHP
          and other components. You can find more info in the <a href="/dashboard/faq.html">FAQs</a> section or
          check the <a href="/dashboard/howto.html">HOW-TO Guides</a> for getting started with PHP applications.</p>
          <p>XAMPP is meant only for development purposes. It has certain configuration settings that make it easy
          to develop locally but that are insecure if you want to have your installation accessible to others.</p>
        </div>
      </div>
    </div>
    <footer>
      <div class="row"><div class="large-12 columns">
        <p class="copyright">Copyright (c) 2022, Apache Friends</p>
      </div></div>
    </footer>
  </body>
</html>
"""

LARAVEL_WELCOME_8 = """<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Laravel</title>
        <link href="https://fonts.googleapis.com/css2?family=Nunito:wght@400;600;700&display=swap" rel="stylesheet">
        <style>/*! normalize.css v8.0.1 | MIT License | github.com/necolas/normalize.css */html{line-height:1.15}
        body{margin:0}a{background-color:transparent}.relative{position:relative}</style>
    </head>
    <body class="antialiased">
        <div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center py-4 sm:pt-0">
            <div class="hidden fixed top-0 right-0 px-6 py-4 sm:block">
                <a href="http://simpel.bekasikota.go.id/login" class="text-sm text-gray-700 underline">Log in</a>
            </div>
            <div class="max-w-6xl mx-auto sm:px-6 lg:px-8">
                <div class="flex justify-center pt-8 sm:justify-start sm:pt-0">
                    <svg viewBox="0 0 651 192" fill="none" xmlns="http://www.w3.org/2000/svg" class="h-16 w-auto"><g clip-path="url(#clip0)" fill="#EF3B2D"><path d="M248.032 44.676h-16.466v100.23h47.394v-14.748h-30.928V44.676z"/></g></svg>
                </div>
                <div class="mt-8 bg-white overflow-hidden shadow sm:rounded-lg">
                    <div class="grid grid-cols-1 md:grid-cols-2">
                        <div class="p-6">
                            <div class="flex items-center">
                                <div class="ml-4 text-lg leading-7 font-semibold"><a href="https://laravel.com/docs" class="underline text-gray-900">Documentation</a></div>
                            </div>
                            <div class="ml-12">
                                <div class="mt-2 text-gray-600 text-sm">
                                    Laravel has wonderful, thorough documentation covering every aspect of the framework. Whether you are new to the framework or have previous experience with Laravel, we recommend reading all of the documentation from beginning to end.
                                </div>
                            </div>
                        </div>
                        <div class="p-6 border-t border-gray-200 md:border-t-0 md:border-l">
                            <div class="flex items-center">
                                <div class="ml-4 text-lg leading-7 font-semibold"><a href="https://laracasts.com" class="underline text-gray-900">Laracasts</a></div>
                            </div>
                            <div class="ml-12">
                                <div class="mt-2 text-gray-600 text-sm">
                                    Laracasts offers thousands of video tutorials on Laravel, PHP, and JavaScript development. Check them out, see for yourself, and massively level up your development skills in the process.
                                </div>
                            </div>
                        </div>
                        <div class="p-6 border-t border-gray-200">
                            <div class="flex items-center">
                                <div class="ml-4 text-lg leading-7 font-semibold"><a href="https://laravel-news.com/" class="underline text-gray-900">Laravel News</a></div>
                            </div>
                            <div class="ml-12">
                                <div class="mt-2 text-gray-600 text-sm">
                                    Laravel News is a community driven portal and newsletter aggregating all of the latest and most important news in the Laravel ecosystem, including new package releases and tutorials.
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
                <div class="flex justify-center mt-4 sm:items-center sm:justify-between">
                    <div class="ml-4 text-center text-sm text-gray-500 sm:text-right sm:ml-0">
                        Laravel v8.83.27 (PHP v8.1.2)
                    </div>
                </div>
            </div>
        </div>
    </body>
</html>
"""

# Laravel 5.x's welcome: the framework's name over a row of links, and nothing else.
LARAVEL_WELCOME_5 = """<!doctype html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Laravel</title>
        <link href="https://fonts.googleapis.com/css?family=Nunito:200,600" rel="stylesheet">
        <style>
            html, body { background-color: #fff; color: #636b6f; font-family: 'Nunito', sans-serif; }
            .title { font-size: 84px; }
            .links > a { color: #636b6f; padding: 0 25px; font-size: 13px; text-transform: uppercase; }
        </style>
    </head>
    <body>
        <div class="flex-center position-ref full-height">
            <div class="content">
                <div class="title m-b-md">
                    Laravel
                </div>
                <div class="links">
                    <a href="https://laravel.com/docs">Docs</a>
                    <a href="https://laracasts.com">Laracasts</a>
                    <a href="https://laravel-news.com">News</a>
                    <a href="https://blog.laravel.com">Blog</a>
                    <a href="https://nova.laravel.com">Nova</a>
                    <a href="https://forge.laravel.com">Forge</a>
                    <a href="https://vapor.laravel.com">Vapor</a>
                    <a href="https://github.com/laravel/laravel">GitHub</a>
                </div>
            </div>
        </div>
    </body>
</html>
"""

LARAVEL_WELCOME_11 = """<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Laravel</title>
        <link rel="preconnect" href="https://fonts.bunny.net">
        <link href="https://fonts.bunny.net/css?family=figtree:400,600&display=swap" rel="stylesheet" />
    </head>
    <body class="font-sans antialiased dark:bg-black dark:text-white/50">
        <div class="bg-gray-50 text-black/50 dark:bg-black dark:text-white/50">
            <div class="relative min-h-screen flex flex-col items-center justify-center">
                <header class="grid grid-cols-2 items-center gap-2 py-10 lg:grid-cols-3">
                    <nav class="-mx-3 flex flex-1 justify-end">
                        <a href="https://sipd.bekasikota.go.id/login" class="rounded-md px-3 py-2">Log in</a>
                        <a href="https://sipd.bekasikota.go.id/register" class="rounded-md px-3 py-2">Register</a>
                    </nav>
                </header>
                <main class="mt-6">
                    <div class="grid gap-6 lg:grid-cols-2 lg:gap-8">
                        <a href="https://laravel.com/docs" id="docs-card" class="flex flex-col items-start gap-6">
                            <div class="relative flex items-center gap-6 lg:items-end">
                                <div id="docs-card-content" class="flex items-start gap-6 lg:flex-col">
                                    <div class="pt-3 sm:pt-5 lg:pt-0">
                                        <h2 class="text-xl font-semibold text-black dark:text-white">Documentation</h2>
                                        <p class="mt-4 text-sm/relaxed">
                                            Laravel has wonderful documentation covering every aspect of the framework. Whether you are a newcomer or have prior experience with Laravel, we recommend reading our documentation from beginning to end.
                                        </p>
                                    </div>
                                </div>
                            </div>
                        </a>
                        <a href="https://laracasts.com" class="flex items-start gap-4 rounded-lg bg-white p-6">
                            <div class="pt-3 sm:pt-5">
                                <h2 class="text-xl font-semibold text-black dark:text-white">Laracasts</h2>
                                <p class="mt-4 text-sm/relaxed">
                                    Laracasts offers thousands of video tutorials on Laravel, PHP, and JavaScript development. Check them out, see for yourself, and massively level up your development skills in the process.
                                </p>
                            </div>
                        </a>
                        <div class="flex items-start gap-4 rounded-lg bg-white p-6">
                            <div class="pt-3 sm:pt-5">
                                <h2 class="text-xl font-semibold text-black dark:text-white">Vibrant Ecosystem</h2>
                                <p class="mt-4 text-sm/relaxed">
                                    Laravel's robust library of first-party tools and libraries, such as <a href="https://forge.laravel.com">Forge</a>, <a href="https://vapor.laravel.com">Vapor</a>, <a href="https://nova.laravel.com">Nova</a>, and <a href="https://envoyer.io">Envoyer</a> help you take your projects to the next level.
                                </p>
                            </div>
                        </div>
                    </div>
                </main>
                <footer class="py-16 text-center text-sm text-black dark:text-white/70">
                    Laravel v11.9.2 (PHP v8.3.8)
                </footer>
            </div>
        </div>
    </body>
</html>
"""

CODEIGNITER_WELCOME = """<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="utf-8">
	<title>Welcome to CodeIgniter</title>
	<style type="text/css">
	::selection { background-color: #E13300; color: white; }
	body { background-color: #fff; margin: 40px; font: 13px/20px normal Helvetica, Arial, sans-serif; color: #4F5155; }
	code { font-family: Consolas, Monaco, Courier New, Courier, monospace; font-size: 12px; background-color: #f9f9f9; }
	#container { margin: 10px; border: 1px solid #D0D0D0; box-shadow: 0 0 8px #D0D0D0; }
	</style>
</head>
<body>

<div id="container">
	<h1>Welcome to CodeIgniter!</h1>

	<div id="body">
		<p>The page you are looking at is being generated dynamically by CodeIgniter.</p>

		<p>If you would like to edit this page you'll find it located at:</p>
		<code>application/views/welcome_message.php</code>

		<p>The corresponding controller for this page is found at:</p>
		<code>application/controllers/Welcome.php</code>

		<p>If you are exploring CodeIgniter for the very first time, you should start by reading the <a href="userguide3/">User Guide</a>.</p>
	</div>

	<p class="footer">Page rendered in <strong>0.0032</strong> seconds. CodeIgniter Version <strong>3.1.13</strong></p>
</div>

</body>
</html>
"""

CODEIGNITER4_WELCOME = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Welcome to CodeIgniter 4!</title>
    <meta name="description" content="The small framework with powerful features">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="shortcut icon" type="image/png" href="/favicon.ico">
</head>
<body>
<header>
    <div class="menu">
        <ul>
            <li class="logo"><a href="https://codeigniter.com" target="_blank">CodeIgniter</a></li>
            <li class="menu-item hidden"><a href="#">Home</a></li>
            <li class="menu-item hidden"><a href="https://codeigniter.com/user_guide/" target="_blank">Docs</a></li>
            <li class="menu-item hidden"><a href="https://forum.codeigniter.com/" target="_blank">Community</a></li>
            <li class="menu-item hidden"><a href="https://codeigniter.com/contribute" target="_blank">Contribute</a></li>
        </ul>
    </div>
    <div class="heroe">
        <h1>Welcome to CodeIgniter 4.5.5</h1>
        <h2>The small framework with powerful features</h2>
    </div>
</header>
<section>
    <h1>About this page</h1>
    <p>The page you are looking at is being generated dynamically by CodeIgniter.</p>
    <p>If you would like to edit this page you will find it located at:</p>
    <pre><code>app/Views/welcome_message.php</code></pre>
    <p>The corresponding controller for this page can be found at:</p>
    <pre><code>app/Controllers/Home.php</code></pre>
</section>
<div class="further">
    <section>
        <h1>Go further</h1>
        <h2>Learn</h2>
        <p>The User Guide contains an introduction, tutorial, a number of "how to" guides, and then reference documentation for the components that make up the framework. Check the <a href="https://codeigniter.com/user_guide/" target="_blank">User Guide</a> !</p>
    </section>
</div>
<footer>
    <div class="environment">
        <p>Page rendered in 0.0208 seconds using 1.9 MB of memory.</p>
        <p>Environment: production</p>
    </div>
    <div class="copyrights">
        <p>&copy; 2026 CodeIgniter Foundation. CodeIgniter is open source project released under the MIT open source licence.</p>
    </div>
</footer>
</body>
</html>
"""

DJANGO_INSTALL_WORKED = """<!doctype html>
<html lang="en-us" dir="ltr">
    <head>
        <meta charset="utf-8">
        <title>The install worked successfully! Congratulations!</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
    </head>
    <body>
        <header class="u-clearfix">
            <div class="logo"><a href="https://www.djangoproject.com/" target="_blank" rel="noopener">django</a></div>
            <div class="release-notes"><p>View <a href="https://docs.djangoproject.com/en/5.1/releases/" target="_blank" rel="noopener">release notes</a> for Django 5.1</p></div>
        </header>
        <main>
            <h1>The install worked successfully! Congratulations!</h1>
            <p>You are seeing this page because <a href="https://docs.djangoproject.com/en/5.1/ref/settings/#debug" target="_blank" rel="noopener">DEBUG=True</a> is in your settings file and you have not configured any URLs.</p>
        </main>
        <footer class="u-clearfix">
            <a class="option" href="https://docs.djangoproject.com/en/5.1/"><div><h2>Django Documentation</h2><p>Topics, references, &amp; how-to’s</p></div></a>
            <a class="option" href="https://docs.djangoproject.com/en/5.1/intro/tutorial01/"><div><h2>Tutorial: A Polling App</h2><p>Get started with Django</p></div></a>
            <a class="option" href="https://www.djangoproject.com/community/"><div><h2>Django Community</h2><p>Connect, get help, or contribute</p></div></a>
        </footer>
    </body>
</html>
"""

EXPRESS_WELCOME = """<!DOCTYPE html><html><head><title>Express</title><link rel="stylesheet" href="/stylesheets/style.css"></head><body><h1>Express</h1><p>Welcome to Express</p></body></html>"""

OPENRESTY = """<!DOCTYPE html>
<html>
<head>
<meta content="text/html;charset=utf-8" http-equiv="Content-Type">
<meta content="utf-8" http-equiv="encoding">
<title>Welcome to OpenResty!</title>
<style>
    body { width: 35em; margin: 0 auto; font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to OpenResty!</h1>
<p>If you see this page, the OpenResty web platform is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to our
<a href="https://openresty.org/">openresty.org</a> site<br/>
Commercial support is available at
<a href="https://openresty.com/">openresty.com</a>.</p>
<p>We have articles on troubleshooting issues like <a href="https://blog.openresty.com/en/lua-cpu-flame-graph/?src=wb">high CPU usage</a> and
<a href="https://blog.openresty.com/en/how-or-alloc-mem/">large memory usage</a> on <a href="https://blog.openresty.com/">our official blog site</a>.
<p><em>Thank you for flying <a href="https://openresty.org/">OpenResty</a>.</em></p>
</body>
</html>
"""

PHPINFO = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<style type="text/css">
body {background-color: #fff; color: #222; font-family: sans-serif;}
.center {text-align: center;}
.e {background-color: #ccf; width: 300px; font-weight: bold;}
</style>
<title>PHP 8.1.2-1ubuntu2.19 - phpinfo()</title><meta name="ROBOTS" content="NOINDEX,NOFOLLOW,NOARCHIVE" /></head>
<body><div class="center">
<table>
<tr class="h"><td>
<a href="http://www.php.net/"><img border="0" src="data:image/png;base64,iVBORw0KGgo=" alt="PHP logo" /></a><h1 class="p">PHP Version 8.1.2-1ubuntu2.19</h1>
</td></tr>
</table>
<table>
<tr><td class="e">System </td><td class="v">Linux web-dinkes 5.15.0-122-generic #132-Ubuntu SMP x86_64 </td></tr>
<tr><td class="e">Build Date </td><td class="v">Sep 25 2026 11:49:05 </td></tr>
<tr><td class="e">Server API </td><td class="v">Apache 2.0 Handler </td></tr>
<tr><td class="e">Loaded Configuration File </td><td class="v">/etc/php/8.1/apache2/php.ini </td></tr>
</table>
<h2><a name="module_apache2handler">apache2handler</a></h2>
<table>
<tr><td class="e">Apache Version </td><td class="v">Apache/2.4.52 (Ubuntu) </td></tr>
<tr><td class="e">Server Root </td><td class="v">/etc/apache2 </td></tr>
</table>
{modules}
</div></body></html>
"""
# phpinfo() runs to tens of kilobytes: every module's directives, local and master value.
_PHP_MODULES = (
    "bcmath",
    "calendar",
    "core",
    "ctype",
    "curl",
    "date",
    "dom",
    "exif",
    "fileinfo",
    "filter",
    "gd",
    "hash",
    "iconv",
    "intl",
    "json",
    "libxml",
    "mbstring",
    "mysqli",
    "mysqlnd",
    "openssl",
    "pcre",
    "pdo",
    "pdo_mysql",
    "session",
    "simplexml",
    "sockets",
    "spl",
    "standard",
    "tokenizer",
    "xml",
    "zip",
    "zlib",
)
_DIRECTIVES = (
    "allow_url_fopen",
    "allow_url_include",
    "auto_prepend_file",
    "default_charset",
    "display_errors",
    "display_startup_errors",
    "error_log",
    "error_reporting",
    "file_uploads",
    "html_errors",
    "log_errors",
    "max_execution_time",
    "max_input_time",
    "max_input_vars",
    "memory_limit",
    "output_buffering",
    "post_max_size",
    "short_open_tag",
    "upload_max_filesize",
    "upload_tmp_dir",
    "session.save_path",
    "session.gc_maxlifetime",
    "date.timezone",
    "open_basedir",
    "disable_functions",
)
PHPINFO = PHPINFO.replace(
    "{modules}",
    "\n".join(
        f'<h2><a name="module_{m}">{m}</a></h2>\n<table>\n<tr class="h"><th>Directive</th><th>Local Value</th>'
        f"<th>Master Value</th></tr>\n"
        + "\n".join(
            f'<tr><td class="e">{m}.{d}</td><td class="v">On</td><td class="v">On</td></tr>' for d in _DIRECTIVES
        )
        + "\n</table>"
        for m in _PHP_MODULES
    ),
)


def wordpress_fresh_install(locale: str = "id") -> str:
    """Return a WordPress just installed: the default theme showing only the sample post."""
    if locale == "id":
        site, tagline, title, body = (
            "Dinas Kesehatan",
            "Situs WordPress lainnya",
            "Halo dunia!",
            "Selamat datang di WordPress. Ini adalah pos pertama Anda. Sunting atau hapus, kemudian mulai menulis!",
        )
        date, comment = "30 November 2026", "1 Komentar"
    else:
        site, tagline, title, body = (
            "Dinas Kesehatan",
            "Just another WordPress site",
            "Hello world!",
            "Welcome to WordPress. This is your first post. Edit or delete it, then start writing!",
        )
        date, comment = "November 30, 2026", "1 Comment"
    return f"""<!DOCTYPE html>
<html lang="{locale}">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{site} – {tagline}</title>
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Feed" href="https://dinkes.bekasikota.go.id/feed/" />
<link rel="https://api.w.org/" href="https://dinkes.bekasikota.go.id/wp-json/" />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="home blog wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
  <div class="wp-block-group alignwide">
    <p class="wp-block-site-title"><a href="https://dinkes.bekasikota.go.id" rel="home">{site}</a></p>
    <p class="wp-block-site-tagline">{tagline}</p>
    <nav class="wp-block-navigation"><ul class="wp-block-page-list">
      <li class="wp-block-pages-list__item"><a href="https://dinkes.bekasikota.go.id/sample-page/">Sample Page</a></li>
    </ul></nav>
  </div>
</header>
<main class="wp-block-group">
  <h1 class="wp-block-heading alignwide">Blog</h1>
  <ul class="wp-block-post-template">
    <li class="wp-block-post post-1 post type-post status-publish format-standard hentry category-uncategorized">
      <h2 class="wp-block-post-title"><a href="https://dinkes.bekasikota.go.id/2026/11/30/hello-world/" target="_self">{title}</a></h2>
      <div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{body} </p></div>
      <div class="wp-block-post-date"><time datetime="2026-11-30T03:12:45+00:00">{date}</time></div>
      <div class="wp-block-post-comments-link"><a href="https://dinkes.bekasikota.go.id/2026/11/30/hello-world/#comments">{comment}</a></div>
    </li>
  </ul>
</main>
<footer class="wp-block-template-part">
  <div class="wp-block-group alignwide"><p class="has-small-font-size">Didukung oleh <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div>
</footer>
</div>
</body>
</html>
"""


def under_construction(locale: str = "id") -> str:
    """Return a "coming soon" placeholder, as a theme's or a plugin's under-construction mode shows it."""
    if locale == "id":
        heading, text, countdown = (
            "Segera Hadir",
            "Website resmi Dinas Kesehatan Kota Bekasi sedang dalam tahap pengembangan. Nantikan layanan informasi"
            " kesehatan yang lebih lengkap untuk warga Kota Bekasi.",
            "Hari Jam Menit Detik",
        )
    else:
        heading, text, countdown = (
            "Website Under Construction",
            "We are working hard to bring you a brand new website. Stay tuned!",
            "Days Hours Minutes Seconds",
        )
    return f"""<!DOCTYPE html>
<html lang="{locale}">
<head>
  <meta charset="utf-8">
  <title>{heading} – Dinas Kesehatan Kota Bekasi</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/wp-content/plugins/coming-soon/public/css/seedprod.min.css">
</head>
<body class="seedprod-coming-soon">
  <div class="sp-wrap">
    <img src="/wp-content/uploads/2026/11/logo-dinkes.png" alt="Logo Dinas Kesehatan Kota Bekasi" width="180">
    <h1 class="sp-heading">{heading}</h1>
    <p class="sp-text">{text}</p>
    <div class="sp-countdown" data-end="2027-01-01T00:00:00+07:00"><span>12</span><span>08</span><span>41</span><span>09</span>
      <p>{countdown}</p></div>
    <div class="sp-social">
      <a href="https://instagram.com/dinkeskotabekasi">Instagram</a>
      <a href="https://facebook.com/dinkeskotabekasi">Facebook</a>
    </div>
  </div>
</body>
</html>
"""
