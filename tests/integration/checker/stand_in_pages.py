"""Pages that answer HTTP 200 in place of an application, as servers, panels and frameworks ship them.

Web servers' and hosting panels' default pages, parked and expired domains, directory listings,
maintenance notices and framework error pages, in their own markup (trimmed of long style
sheets). A department's own theme showing a "not found" page or a PHP error is built with
``vendor_pages.department_page``; the helpers here give it the parts such a page has.
"""

from __future__ import annotations

NGINX = """<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
"""

APACHE_IT_WORKS = "<html><body><h1>It works!</h1></body></html>\n"


def apache_default(distribution: str = "Ubuntu") -> str:
    """Return the Debian/Ubuntu apache2 package's index.html (its style sheet left out)."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>Apache2 {distribution} Default Page: It works</title>
    <style type="text/css" media="screen">
  body, html {{ padding: 3px 3px 3px 3px; background-color: #D8DBE2; font-family: Ubuntu, Verdana, sans-serif; }}
  div.main_page {{ position: relative; display: table; width: 800px; margin-bottom: 3px; }}
    </style>
  </head>
  <body>
    <div class="main_page">
      <div class="page_header floating_element">
        <img src="/icons/ubuntu-logo.png" alt="{distribution} Logo" class="floating_element"/>
        <div>
          <span style="margin-top: 1.5em;" class="floating_element">Apache2 Default Page</span>
        </div>
      </div>
      <div class="content_section floating_element">
        <div class="section_header section_header_red">
          <div id="about"></div>
          It works!
        </div>
        <div class="content_section_text">
          <p>
                This is the default welcome page used to test the correct
                operation of the Apache2 server after installation on {distribution} systems.
                It is based on the equivalent page on Debian, from which the {distribution} Apache
                packaging is derived.
                If you can read this page, it means that the Apache HTTP server installed at
                this site is working properly. You should <b>replace this file</b> (located at
                <tt>/var/www/html/index.html</tt>) before continuing to operate your HTTP server.
          </p>
          <p>
                If you are a normal user of this web site and don't know what this page is
                about, this probably means that the site is currently unavailable due to
                maintenance.
                If the problem persists, please contact the site's administrator.
          </p>
        </div>
        <div class="section_header">
          <div id="changes"></div>
                Configuration Overview
        </div>
        <div class="content_section_text">
          <p>
                {distribution}'s Apache2 default configuration is different from the
                upstream default configuration, and split into several files optimized for
                interaction with {distribution} tools. The configuration system is
                <b>fully documented in
                /usr/share/doc/apache2/README.Debian.gz</b>. Refer to this for the full
                documentation. Documentation for the web server itself can be
                found by accessing the <a href="/manual">manual</a> if the <tt>apache2-doc</tt>
                package was installed on this server.
          </p>
          <p>
                The configuration layout for an Apache2 web server installation on {distribution}
                systems is as follows:
          </p>
          <pre>
/etc/apache2/
|-- apache2.conf
|       `--  ports.conf
|-- mods-enabled
|       |-- *.load
|       `-- *.conf
|-- conf-enabled
|       `-- *.conf
|-- sites-enabled
|       `-- *.conf
          </pre>
          <ul>
                        <li>
                           <tt>apache2.conf</tt> is the main configuration
                           file. It puts the pieces together by including all remaining configuration
                           files when starting up the web server.
                        </li>
                        <li>
                           <tt>ports.conf</tt> is always included from the
                           main configuration file. It is used to determine the listening ports for
                           incoming connections, and this file can be customized anytime.
                        </li>
                        <li>
                           Configuration files in the <tt>mods-enabled/</tt>,
                           <tt>conf-enabled/</tt> and <tt>sites-enabled/</tt> directories contain
                           particular configuration snippets which manage modules, global configuration
                           fragments, or virtual host configurations, respectively.
                        </li>
                        <li>
                           They are activated by symlinking available
                           configuration files from their respective
                           *-available/ counterparts. These should be managed
                           by using our helpers
                           <tt>
                                <a href="http://manpages.debian.org/cgi-bin/man.cgi?query=a2enmod">a2enmod</a>,
                                <a href="http://manpages.debian.org/cgi-bin/man.cgi?query=a2dismod">a2dismod</a>,
                                <a href="http://manpages.debian.org/cgi-bin/man.cgi?query=a2ensite">a2ensite</a>,
                                <a href="http://manpages.debian.org/cgi-bin/man.cgi?query=a2dissite">a2dissite</a>,
                                and
                                <a href="http://manpages.debian.org/cgi-bin/man.cgi?query=a2enconf">a2enconf</a>,
                                <a href="http://manpages.debian.org/cgi-bin/man.cgi?query=a2disconf">a2disconf</a>
                           </tt>. See their respective man pages for detailed information.
                        </li>
                        <li>
                           The binary is called apache2 and is managed using systemd, so to
                           start/stop the service use <tt>systemctl start apache2</tt> and
                           <tt>systemctl stop apache2</tt>, and use <tt>systemctl status apache2</tt>
                           and <tt>journalctl -u apache2</tt> to check status.
                        </li>
          </ul>
        </div>
        <div class="section_header">
            <div id="docroot"></div>
                Document Roots
        </div>
        <div class="content_section_text">
            <p>
                By default, {distribution} does not allow access through the web browser to
                <em>any</em> file outside of those located in <tt>/var/www</tt>,
                <a href="http://httpd.apache.org/docs/2.4/mod/mod_userdir.html" rel="nofollow">public_html</a>
                directories (when enabled) and <tt>/usr/share</tt> (for web
                applications). If your site is using a web document root
                located elsewhere (such as in <tt>/srv</tt>) you may need to whitelist your
                document root directory in <tt>/etc/apache2/apache2.conf</tt>.
            </p>
            <p>
                The default {distribution} document root is <tt>/var/www/html</tt>. You
                can make your own virtual hosts under /var/www.
            </p>
        </div>
        <div class="section_header">
          <div id="bugs"></div>
                Reporting Problems
        </div>
        <div class="content_section_text">
          <p>
                Please use the <tt>ubuntu-bug</tt> tool to report bugs in the
                Apache2 package with {distribution}. However, check <a
                href="https://bugs.launchpad.net/ubuntu/+source/apache2"
                rel="nofollow">existing bug reports</a> before reporting a new bug.
          </p>
          <p>
                Please report bugs specific to modules (such as PHP and others)
                to their respective packages, not to the web server itself.
          </p>
        </div>
      </div>
    </div>
    <div class="validator">
    </div>
  </body>
</html>
"""


IIS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>IIS Windows Server</title>
<style type="text/css">
<!--
body {
	color:#000000;
	background-color:#0072C6;
	margin:0;
}
#container {
	margin-left:auto;
	margin-right:auto;
	text-align:center;
	}
a img {
	border:none;
}
-->
</style>
</head>
<body>
<div id="container">
<a href="http://go.microsoft.com/fwlink/?linkid=66138&amp;clcid=0x409"><img src="iisstart.png" alt="IIS"
 width="960" height="600" /></a>
</div>
</body>
</html>
"""

LITESPEED = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Welcome to LiteSpeed Web Server</title>
<link rel="stylesheet" href="/css/ls.css">
</head>
<body>
<div class="header"><img src="/img/ls_logo.png" alt="LiteSpeed"></div>
<div class="content">
<h1>Congratulations!</h1>
<p>You have successfully installed the OpenLiteSpeed Web Server!</p>
<p>This is the default page of this web server. Replace it with the content of your site.</p>
<ul>
<li><a href="https://openlitespeed.org/kb/">Knowledge base</a></li>
<li><a href="https://forum.openlitespeed.org/">Forum</a></li>
</ul>
</div>
</body>
</html>
"""

CPANEL_DEFAULT = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Default Web Site Page</title>
<link rel="stylesheet" href="/img-sys/defaultwebpage.css">
</head>
<body>
<div class="container">
  <div class="header"><span class="logo"><img src="/img-sys/cpanel-logo.svg" alt="cPanel"></span></div>
  <div class="main">
    <h1>SORRY!</h1>
    <p>If you are the owner of this website, please contact your hosting provider:
      <a href="mailto:webmaster@sipkd.bekasikota.go.id">webmaster@sipkd.bekasikota.go.id</a></p>
    <p>It is possible you have reached this page because:</p>
    <ul>
      <li><strong>The IP address has changed.</strong> The IP address for this domain may have changed recently.
        Check your DNS settings to verify that the domain is set up correctly.</li>
      <li><strong>There has been a server misconfiguration.</strong> You must verify that your hosting provider
        has the correct IP address configured for your Apache settings and DNS records.</li>
      <li><strong>The site may have been moved to a different server.</strong> The URL for this domain may have
        changed or the hosting provider may have moved the account to a different server.</li>
    </ul>
  </div>
  <div class="footer">Copyright &copy; 2026 cPanel, L.L.C.</div>
</div>
</body>
</html>
"""

GODADDY_FUTURE_HOME = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Coming Soon</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="wrapper">
  <h1>Future home of something quite cool.</h1>
  <p>If you're the <strong>site owner</strong>, <a href="https://sso.godaddy.com/">log in</a> to launch this site</p>
  <p>If you are a visitor, check back soon.</p>
</div>
</body>
</html>
"""

PLESK = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Web Server's Default Page</title>
<link rel="stylesheet" href="css/style.css">
</head>
<body>
<div class="page-container">
  <div class="header"><a href="https://www.plesk.com" target="_blank"><img src="img/logo.svg" alt="Plesk"></a></div>
  <div class="main">
    <h1>Web Server's Default Page</h1>
    <p>This page is generated by <a href="https://www.plesk.com">Plesk</a>, the leading hosting automation
      software. You see this page because there is no Web site at this address.</p>
    <p>You can do the following:</p>
    <ul>
      <li>Create domains and set up Web hosting using Plesk.</li>
    </ul>
    <p>For more information please refer to <a href="https://docs.plesk.com">Plesk Documentation</a>.</p>
  </div>
  <div class="footer">&copy; 2026 <a href="https://www.plesk.com">Plesk</a>. All rights reserved.</div>
</div>
</body>
</html>
"""

AAPANEL = """<!doctype html>
<html>
<head>
    <meta charset="utf-8">
    <title>Congratulations, the site is created successfully! </title>
    <style>
        .container { width: 60%; margin: 10% auto 0; background-color: #f0f0f0; padding: 2% 5%; }
    </style>
</head>
<body>
<div class="container">
    <h1>Congratulations, the site is created successfully! </h1>
    <h3>This is the default index.html, this page is automatically generated by the system</h3>
    <ul>
        <li>The html of this page is in the website root directory</li>
        <li>You can modify, delete or overwrite this page</li>
        <li>FTP related information, to the background &gt; FTP page to view</li>
    </ul>
</div>
</body>
</html>
"""

BT_PANEL = """<!doctype html>
<html>
<head>
    <meta charset="utf-8">
    <title>恭喜，站点创建成功！</title>
</head>
<body>
<div class="container">
    <h1>恭喜, 站点创建成功！</h1>
    <h3>这是默认index.html，本页面由系统自动生成</h3>
    <ul>
        <li>本页面在FTP根目录下的index.html</li>
        <li>您可以修改、删除或覆盖本页面</li>
    </ul>
</div>
</body>
</html>
"""


def sedo_parked(domain: str = "dinkes-bekasi.com") -> str:
    """Return a Sedo-style parking page: the domain, related searches and an offer to buy it."""
    searches = ("Layanan Kesehatan", "Asuransi Kesehatan", "Rumah Sakit Terdekat", "Klinik 24 Jam", "Vaksinasi")
    related = "".join(f'<li><a href="/?q={s.replace(" ", "+")}&amp;rs=1">{s}</a></li>' for s in searches)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{domain}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://img.sedoparking.com/js/parking.js"></script>
</head>
<body>
<div id="container">
  <div class="domain"><h1>{domain}</h1></div>
  <div class="sale-banner">This domain may be for sale!
    <a href="https://sedo.com/search/details/?domain={domain}&amp;origin=parking">Buy this domain</a></div>
  <div class="related"><h2>Related Searches</h2><ul>{related}</ul></div>
  <div class="footer">&copy;2026 {domain} &ndash; All rights reserved. <a href="/privacy">Privacy Policy</a></div>
</div>
</body>
</html>
"""


def expired_domain(domain: str = "simpel-bekasi.com") -> str:
    """Return an Indonesian registrar's page for a domain whose term ran out."""
    return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>{domain} - Domain Kedaluwarsa</title></head>
<body>
<div class="box">
  <img src="/assets/logo-registrar.png" alt="Registrar">
  <h1>Domain ini telah kedaluwarsa</h1>
  <p>Masa aktif domain <strong>{domain}</strong> telah berakhir pada 14 Oktober 2026.
     Jika Anda pemilik domain ini, silakan lakukan perpanjangan melalui
     <a href="https://member.registrar.co.id/">area member</a> sebelum domain dihapus.</p>
</div>
</body>
</html>
"""


def apache_listing(host: str = "simpeg.bekasikota.go.id") -> str:
    """Return an Apache mod_autoindex listing (FancyIndexing) of a document root."""
    rows = (
        ("[DIR]", "folder.gif", "arsip/", "2026-03-14 09:12", "-"),
        ("[DIR]", "folder.gif", "assets/", "2026-11-02 08:30", "-"),
        ("[   ]", "compressed.gif", "backup_simpeg_2025.sql.gz", "2025-12-30 23:00", "4.2M"),
        ("[TXT]", "text.gif", "config.php.bak", "2025-07-18 10:41", "2.1K"),
        ("[   ]", "unknown.gif", "index.php.old", "2024-05-06 14:03", "18K"),
    )
    body = "".join(
        f'<tr><td valign="top"><img src="/icons/{icon}" alt="{alt}"></td><td><a href="{name}">{name}</a></td>'
        f'<td align="right">{when}  </td><td align="right">{size}</td><td>&nbsp;</td></tr>\n'
        for alt, icon, name, when, size in rows
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html>
 <head>
  <title>Index of /</title>
 </head>
 <body>
<h1>Index of /</h1>
  <table>
   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th>
<th><a href="?C=M;O=A">Last modified</a></th><th><a href="?C=S;O=A">Size</a></th>
<th><a href="?C=D;O=A">Description</a></th></tr>
   <tr><th colspan="5"><hr></th></tr>
{body}   <tr><th colspan="5"><hr></th></tr>
</table>
<address>Apache/2.4.58 (Ubuntu) Server at {host} Port 80</address>
</body></html>
"""


NGINX_LISTING = """<html>
<head><title>Index of /uploads/</title></head>
<body>
<h1>Index of /uploads/</h1><hr><pre><a href="../">../</a>
<a href="2025/">2025/</a>                                              30-Dec-2025 23:00                   -
<a href="2026/">2026/</a>                                              02-Nov-2026 08:30                   -
<a href="laporan-keuangan-2025.pdf">laporan-keuangan-2025.pdf</a>      15-Jan-2026 10:12             1048576
</pre><hr></body>
</html>
"""


def maintenance_id(until: str = "3 Desember 2026 pukul 08.00 WIB") -> str:
    """Return a department's own maintenance notice, with the time it ends."""
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Sedang Dalam Perbaikan - Dinas Kesehatan Kota Bekasi</title>
<link rel="stylesheet" href="/maintenance/style.css">
</head>
<body>
<div class="maintenance">
  <img src="/maintenance/logo-kota-bekasi.png" alt="Logo Kota Bekasi">
  <h1>Website Sedang Dalam Perbaikan</h1>
  <p>Mohon maaf atas ketidaknyamanannya. Kami sedang melakukan pemeliharaan sistem
     dan situs akan kembali dapat diakses pada {until}.</p>
  <p>Informasi layanan: <a href="https://wa.me/6281100000000">WhatsApp Call Center</a> &middot;
     <a href="https://www.instagram.com/dinkeskotabekasi/">Instagram</a></p>
  <p class="footer">&copy; 2026 Dinas Kesehatan Kota Bekasi</p>
</div>
</body>
</html>
"""


MAINTENANCE_PLUGIN = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Under Maintenance</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/wp-content/plugins/maintenance/load/style.css">
</head>
<body class="maintenance">
<div class="wrap">
  <h1>We&rsquo;ll be back soon!</h1>
  <p>Sorry for the inconvenience but we&rsquo;re performing some maintenance at the moment.
     We will be back online on December 3, 2026.</p>
  <p>&mdash; The Team</p>
</div>
</body>
</html>
"""

WORDPRESS_MAINTENANCE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Maintenance</title>
</head>
<body>
<h1>Briefly unavailable for scheduled maintenance. Check back in a minute.</h1>
</body>
</html>
"""

LARAVEL_DOWN = """<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Service Unavailable</title>
        <style>body { font-family: ui-sans-serif, system-ui, sans-serif; }</style>
    </head>
    <body class="antialiased">
        <div class="relative flex items-top justify-center min-h-screen">
            <div class="max-w-xl mx-auto sm:px-6 lg:px-8">
                <div class="flex items-center pt-8 sm:justify-start sm:pt-0">
                    <div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">503</div>
                    <div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Service Unavailable</div>
                </div>
            </div>
        </div>
    </body>
</html>
"""

CODEIGNITER_DB_ERROR = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Database Error</title>
<style type="text/css">
::selection { background-color: #E13300; color: white; }
body { background-color: #fff; margin: 40px; font: 13px/20px normal Helvetica, Arial, sans-serif; color: #4F5155; }
#container { margin: 10px; border: 1px solid #D0D0D0; box-shadow: 0 0 8px #D0D0D0; }
</style>
</head>
<body>
	<div id="container">
		<h1>A Database Error Occurred</h1>
		<p>Unable to connect to your database server using the provided settings.</p>
<p>Filename: core/CodeIgniter.php</p><p>Line Number: 519</p>	</div>
</body>
</html>
"""

WORDPRESS_DB_ERROR = """<!DOCTYPE html>
<html dir='ltr'>
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>Database Error</title>
	<style type="text/css">
		html { background: #f1f1f1; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><h1>Error establishing a database connection</h1></div></body>
</html>
"""

LARAVEL_WHOOPS = """<!DOCTYPE html>
<html>
    <head>
        <meta name="robots" content="noindex,nofollow" />
        <style>
            body { margin: 0; font-size: 16px; font-family: sans-serif; }
        </style>
    </head>
    <body>
        <div class="container">
            <div class="content">
                <div class="title">Whoops, looks like something went wrong.</div>
            </div>
        </div>
    </body>
</html>
"""


def codeigniter_php_error(message: str = "Undefined variable $agenda", line: int = 42) -> str:
    """Return the block CodeIgniter 3 prints where a PHP warning happens, inside the page."""
    return f"""<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;">

<h4>A PHP Error was encountered</h4>

<p>Severity: Warning</p>
<p>Message:  {message}</p>
<p>Filename: views/beranda.php</p>
<p>Line Number: {line}</p>

	<p>Backtrace:</p>
			<p style="margin-left:10px">
			File: /var/www/html/dinkes/application/views/beranda.php<br />
			Line: {line}<br />
			Function: _error_handler			</p>
</div>"""


def php_warning(
    message: str = "mysqli_fetch_array() expects parameter 1 to be mysqli_result, bool given",
    path: str = "/var/www/html/dinkes/widget/agenda.php",
    line: int = 27,
    level: str = "Warning",
) -> str:
    """Return a PHP error as display_errors prints it into the page (html_errors on)."""
    return f"<br />\n<b>{level}</b>:  {message} in <b>{path}</b> on line <b>{line}</b><br />\n"


WORDPRESS_NOT_FOUND = """<section class="error-404 not-found">
  <header class="page-header">
    <h1 class="page-title">Oops! That page can&rsquo;t be found.</h1>
  </header>
  <div class="page-content">
    <p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p>
    <form role="search" method="get" class="search-form" action="/">
      <label><span class="screen-reader-text">Search for:</span>
      <input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label>
      <input type="submit" class="search-submit" value="Search" />
    </form>
  </div>
</section>"""
