"""Hosting-side pages that stand in for a department's site when its hosting or its domain lapses (December 2026,
seventeenth), as Indonesian and international providers serve them, and the department pages in their words.

- ``STAND_INS``: a hosting's page for an account it suspended (cPanel's, Plesk's, DirectAdmin's, CyberPanel's,
  aaPanel's, Indonesian hostings' own: "Akun Ini Telah Ditangguhkan", a term ended, a bill unpaid, a site over its
  bandwidth or its resources); a registrar's or a parking service's page for a domain expired, held or on sale; a
  hosting's or a platform's page for a domain pointed at its shared address with no site configured there. Each in
  the provider's own dress: its stylesheet, its logo's text, its support links and footer.
- ``NEAR_MISSES``: a department's full page (menu, dated news, footer) in their words: a service suspended for a
  holiday, news of a business licence suspended, a footer naming the .go.id domain, an article on renewing a .go.id
  domain, a help page on bandwidth, a Puskesmas page on BPJS accounts switched off.
"""

from __future__ import annotations

from html import escape

from vendor_pages import News, Site, days_ago, department_page, news_since, tanggal

_CSS = """<style>
  * { box-sizing: border-box; } body { margin: 0; font-family: "Open Sans", "Segoe UI", Arial, sans-serif;
  background: #f4f6f9; color: #3c4858; } .topbar { background: #1a2b4c; padding: 14px 32px; color: #fff; }
  .topbar .logo { font-weight: 700; font-size: 22px; letter-spacing: .5px; } .box { max-width: 680px;
  margin: 60px auto; background: #fff; border-radius: 8px; padding: 40px 48px; box-shadow: 0 4px 24px rgba(0,0,0,.08);
  text-align: center; } h1 { font-size: 28px; color: #d9534f; margin: 20px 0; } p { line-height: 1.6; }
  .btn { display: inline-block; padding: 10px 22px; border-radius: 4px; background: #1e88e5; color: #fff;
  text-decoration: none; margin: 6px; } footer { text-align: center; font-size: 13px; color: #8a94a6; margin: 30px 0; }
</style>"""


def provider(
    title: str,
    logo: str,
    heading: str,
    paragraphs: tuple[str, ...],
    buttons: tuple[tuple[str, str], ...] = (),
    footer: str = "",
    lang: str = "id",
    head: str = "",
) -> str:
    """Return a provider's own page: its stylesheet, its logo's text, its heading and sentences, its buttons (support,
    client area) and its footer."""
    said = "".join(f"<p>{p}</p>" for p in paragraphs)
    links = "".join(f'<a class="btn" href="{href}">{escape(text)}</a>' for text, href in buttons)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="/favicon.ico">
{_CSS}{head}
</head>
<body>
<div class="topbar"><span class="logo">{logo}</span></div>
<div class="box">
  <svg width="96" height="96" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2L1 21h22L12 2zm1 15h-2v-2h2v2zm0
  -4h-2V9h2v4z" fill="#f0ad4e"/></svg>
  <h1>{heading}</h1>
  {said}
  <div class="actions">{links}</div>
</div>
<footer>{footer}</footer>
</body>
</html>
"""


# --- accounts suspended by their hosting -------------------------------------------------------------------------

CPANEL_SUSPENDED = """<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Account Suspended</title>
    <link rel="stylesheet" href="//maxcdn.bootstrapcdn.com/font-awesome/4.3.0/css/font-awesome.min.css">
    <style type="text/css">
        body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.428571429;
            background-color: #ffffff; color: #2F3230; padding: 0; margin: 0; }
        section, footer { display: block; padding: 0; margin: 0; }
        .container { margin-left: auto; margin-right: auto; padding: 0 10px; }
        .response-info { color: #CCCCCC; }
        .status-code { font-size: 500%; }
        .status-reason { font-size: 250%; display: block; }
        .contact-info, .reason-text { color: #000000; }
        .additional-info { background-repeat: no-repeat; background-color: #293A4A; color: #FFFFFF; }
        .additional-info-items { padding: 20px 0; min-height: 193px; }
        .contact-info { margin-bottom: 20px; font-size: 16px; }
        .contact-info a { text-decoration: underline; color: #428BCA; }
        .reason-text { margin: 20px 0; font-size: 16px; }
        ul { display: inline-block; list-style: none outside none; margin: 0; padding: 0; }
        ul li { float: left; text-align: center; }
        .additional-info-items ul li { width: 100%; }
        .info-image { padding: 10px; }
        .info-heading { font-weight: bold; text-align: left; word-break: break-all; width: 100%; }
        .info-server address { text-align: left; }
        footer { text-align: center; margin: 60px 0; }
        footer a { text-decoration: none; }
        footer a img { border: 0; }
        .copyright { font-size: 10px; color: #3F4143; }
        @media (min-width: 768px) {
            .additional-info { position: relative; overflow: hidden; background-image: none; }
            .additional-info-items { padding: 20px; }
            .container { width: 90%; }
            .additional-info-items ul li { width: 100%; text-align: left; }
            .additional-info-items ul li:first-child { padding: 20px; }
            .additional-info-items ul li:first-child { border-bottom: 1px solid #3E4954; }
            .info-image { float: left; }
            .info-heading { margin: 62px 0 0 98px; }
            .info-server address { margin: 4px 0 0 98px; }
        }
    </style>
</head>
<body>
<div class="container">
    <section class="response-info">
        <span class="status-code"><i class="fa fa-exclamation-circle"></i></span>
        <span class="status-reason">Account Suspended</span>
    </section>
    <section class="contact-info">
        This Account has been suspended.<br>
        Contact your hosting provider for more information.
    </section>
</div>
<section class="additional-info">
    <div class="container">
        <div class="additional-info-items">
            <ul>
                <li>
                    <div class="info-heading">
                        Server: dinkes.bekasikota.go.id
                    </div>
                </li>
            </ul>
        </div>
    </div>
</section>
<footer>
    <div class="container">
        <a href="http://cpanel.net/" target="cpanel" title="cPanel, Inc."><img src="/img-sys/powered_by_cpanel.svg"
            height="20" alt="cPanel, Inc."></a>
        <div class="copyright">Copyright &copy; 2026 cPanel, L.L.C.</div>
    </div>
</footer>
</body>
</html>
"""

PLESK_SUSPENDED = provider(
    "Domain suspended",
    "Plesk",
    "This domain has been suspended",
    (
        "The website you are trying to reach has been suspended by the administrator of this server.",
        "If you are the owner of this website, please contact your hosting provider for details.",
    ),
    (("Plesk", "https://www.plesk.com/"),),
    "This page was generated by Plesk, the leading hosting automation software.",
    lang="en",
)
DIRECTADMIN_SUSPENDED = provider(
    "Account Suspended",
    "DirectAdmin",
    "Account Suspended",
    ("This account has been suspended.", "Please contact the system administrator or your hosting provider."),
    (),
    "Powered by DirectAdmin Web Control Panel",
    lang="en",
)
CYBERPANEL_SUSPENDED = provider(
    "Website Suspended | CyberPanel",
    "CyberPanel",
    "Website Suspended",
    ("This website is suspended by the server administrator.", "Contact your hosting provider to restore it."),
    (("Support", "https://community.cyberpanel.net/"),),
    "Web hosting control panel by CyberPanel",
    lang="en",
)
AAPANEL_STOPPED = provider(
    "Site stopped",
    "aaPanel",
    "Sorry, the site has been stopped",
    ("Sorry, the site has been stopped by the administrator!", "Please contact the administrator of this site."),
    (),
    "aaPanel Linux panel",
    lang="en",
)
NIAGAHOSTER_SUSPENDED = provider(
    "Akun Ditangguhkan - Niagahoster",
    "niagahoster",
    "Akun Ini Telah Ditangguhkan",
    (
        "Akun hosting untuk website ini untuk sementara dinonaktifkan.",
        "Jika Anda pemilik website, silakan login ke Member Area atau hubungi tim Customer Success kami.",
    ),
    (("Member Area", "https://panel.niagahoster.co.id/"), ("Hubungi Kami", "https://www.niagahoster.co.id/kontak")),
    "&copy; 2026 Niagahoster &middot; PT Deneva &middot; Hosting Murah Indonesia",
)
HOSTINGER_SUSPENDED = provider(
    "Website Ditangguhkan | Hostinger",
    "HOSTINGER",
    "Website ini telah ditangguhkan",
    (
        "Website yang Anda coba akses sedang ditangguhkan oleh penyedia layanan hosting.",
        "Jika Anda adalah pemilik website, silakan periksa email atau hPanel Anda.",
    ),
    (("Masuk ke hPanel", "https://hpanel.hostinger.com/"),),
    "&copy; 2004-2026 hostinger.co.id - Premium Web Hosting, Layanan Cloud, VPS &amp; Pendaftaran Domain.",
)
RUMAHWEB_SUSPENDED = provider(
    "Layanan Ditangguhkan - Rumahweb Indonesia",
    "Rumahweb",
    "Layanan hosting ini sedang ditangguhkan",
    (
        "Layanan hosting untuk domain ini sedang ditangguhkan sementara.",
        "Silakan hubungi penyedia layanan Anda atau login ke Clientzone untuk informasi lebih lanjut.",
    ),
    (("Clientzone", "https://clientzone.rumahweb.com/"), ("Live Chat", "https://www.rumahweb.com/kontak/")),
    "&copy; 2002-2026 Rumahweb Indonesia &middot; PT Rumahweb Indonesia",
)
IDCLOUDHOST_DISABLED = provider(
    "Layanan Dinonaktifkan - IDCloudHost",
    "IDCloudHost",
    "Layanan hosting ini sedang dinonaktifkan",
    (
        "Website ini tidak dapat diakses karena layanan hosting telah dinonaktifkan.",
        "Silakan hubungi penyedia layanan untuk mengaktifkan kembali.",
    ),
    (("Client Area", "https://my.idcloudhost.com/"),),
    "&copy; 2026 IDCloudHost &middot; Cloud Hosting Indonesia",
)
DEWAWEB_EXPIRED = provider(
    "Hosting Tidak Aktif - Dewaweb",
    "Dewaweb",
    "Website Tidak Aktif",
    (
        "Website ini sedang tidak aktif karena masa aktif hosting telah berakhir.",
        "Pemilik website dapat memperpanjang layanan melalui Member Area Dewaweb.",
    ),
    (("Perpanjang Sekarang", "https://member.dewaweb.com/"),),
    "&copy; 2026 Dewaweb &middot; Cloud Hosting Indonesia",
)
JAGOAN_UNPAID = provider(
    "Website Tidak Aktif - Jagoan Hosting",
    "JagoanHosting",
    "Website Sedang Tidak Aktif",
    (
        "Layanan hosting untuk website ini sedang menunggu pembayaran.",
        "Tagihan perpanjangan layanan belum dibayar. Silakan hubungi penyedia layanan.",
    ),
    (("Bayar Tagihan", "https://my.jagoanhosting.com/clientarea.php"),),
    "&copy; 2026 Jagoan Hosting Indonesia",
)
QWORDS_SUSPENDED = provider(
    "Suspended - Qwords",
    "Qwords.com",
    "Website Ini Sedang Ditangguhkan",
    ("Mohon maaf, website ini sementara tidak dapat diakses.", "Silakan hubungi penyedia layanan hosting Anda."),
    (("Hubungi Support", "https://www.qwords.com/support/"),),
    "&copy; 2026 Qwords.com &middot; Web Hosting Indonesia",
)
DOMAINESIA_SUSPENDED = provider(
    "Akun Disuspend - DomaiNesia",
    "DomaiNesia",
    "Akun Hosting Disuspend",
    (
        "Akun hosting ini disuspend karena tagihan belum dibayar.",
        "Silakan lakukan pembayaran melalui Member Area DomaiNesia agar website dapat kembali aktif.",
    ),
    (("Member Area", "https://my.domainesia.com/"),),
    "&copy; 2026 DomaiNesia &middot; PT Deneva",
)
EXABYTES_SUSPENDED = provider(
    "Account Suspended - Exabytes Indonesia",
    "exabytes",
    "Layanan Dinonaktifkan",
    (
        "Layanan hosting ini telah dinonaktifkan karena tagihan belum dibayar.",
        "Silakan hubungi penyedia layanan Anda.",
    ),
    (("Client Area", "https://billing.exabytes.co.id/"),),
    "&copy; 2026 Exabytes Indonesia",
)
BANDWIDTH_EXCEEDED = provider(
    "Bandwidth Limit Exceeded",
    "Hosting",
    "Bandwidth Limit Exceeded",
    (
        "The server is temporarily unable to service your request due to the site owner reaching his/her bandwidth"
        " limit. Please try again later.",
    ),
    lang="en",
)
RESOURCE_LIMIT = provider(
    "Resource Limit Is Reached",
    "Hosting",
    "Resource Limit Is Reached",
    (
        "The website is temporarily unable to service your request as it exceeded resource limit. Please try again"
        " later.",
    ),
    lang="en",
)
SITE_DISABLED = provider(
    "Site Disabled",
    "Hosting",
    "This site has been disabled",
    ("This site has been disabled by the hosting provider.", "Please contact support for more information."),
    lang="en",
)
MASA_AKTIF_BERAKHIR = provider(
    "Masa Aktif Berakhir",
    "Hosting",
    "Masa Aktif Hosting Berakhir",
    ("Masa aktif layanan hosting untuk website ini telah berakhir.", "Silakan hubungi penyedia layanan."),
)
TAGIHAN_BELUM_DIBAYAR = provider(
    "Menunggu Pembayaran",
    "Hosting",
    "Menunggu Pembayaran",
    (
        "Website ini dinonaktifkan sementara karena tagihan hosting belum dibayar.",
        "Silakan hubungi penyedia layanan untuk informasi pembayaran.",
    ),
)
HOSTING_DITANGGUHKAN = provider(
    "Hosting Ditangguhkan",
    "Hosting",
    "Hosting Ditangguhkan",
    ("Layanan hosting untuk domain ini ditangguhkan.", "Silakan hubungi penyedia layanan Anda."),
)

# --- domains expired, held or on sale ------------------------------------------------------------------------------

DOMAIN_KEDALUWARSA = provider(
    "Domain Kedaluwarsa",
    "Registrar",
    "Domain ini telah kedaluwarsa",
    ("Domain ini telah kedaluwarsa dan belum diperpanjang oleh pemiliknya.", "Perpanjang sekarang di Member Area."),
    (("Perpanjang Sekarang", "https://member.example-registrar.co.id/"),),
)
DOMAIN_KADALUARSA = provider(
    "Domain Kadaluarsa",
    "Registrar",
    "Domain Kadaluarsa",
    ("Domain ini sudah kadaluarsa. Jika Anda pemilik domain, segera lakukan perpanjangan.",),
    (("Renew Now", "https://member.example-registrar.co.id/"),),
)
DOMAIN_DIJUAL = provider(
    "Domain Dijual",
    "Registrar",
    "Domain ini dijual!",
    ("Tertarik memiliki domain ini? Hubungi kami untuk penawaran harga terbaik.",),
    (("Ajukan Penawaran", "https://www.example-registrar.co.id/penawaran"),),
)
THIS_DOMAIN_EXPIRED = provider(
    "This domain has expired",
    "Registrar",
    "This domain has expired",
    ("If you are the owner of this domain, renew it now to restore your website and email.",),
    (("Renew now", "https://www.example-registrar.com/renew"),),
    lang="en",
)
RENEW_NOW_ONLY = provider(
    "Expired",
    "Registrar",
    "Renew now to keep your domain",
    ("The registration of this domain expired. Renew now before it is released for registration by others.",),
    (("Renew now", "https://www.example-registrar.com/renew"),),
    lang="en",
)
PANDI_SUSPENDED = provider(
    "Domain Ditangguhkan - PANDI",
    "PANDI",
    "Domain Ditangguhkan",
    (
        "Domain ini untuk sementara ditangguhkan (suspend) oleh Pengelola Nama Domain Internet Indonesia (PANDI).",
        "Pemilik domain diminta melengkapi dokumen persyaratan melalui registrar.",
    ),
    (("Informasi", "https://pandi.id/"),),
    "&copy; 2026 Pengelola Nama Domain Internet Indonesia",
)
GO_ID_EXPIRED = provider(
    "Domain Tidak Aktif",
    "Domain go.id",
    "Domain Tidak Aktif",
    (
        "Masa aktif domain ini telah habis.",
        "Instansi pemilik domain dapat mengajukan perpanjangan melalui layanan domain go.id Kementerian Komunikasi"
        " dan Digital.",
    ),
    (("Layanan Domain", "https://domain.go.id/"),),
)
GODADDY_PARKED = provider(
    "dinkes-bekasi.com",
    "GoDaddy",
    "dinkes-bekasi.com",
    ("This Web page is parked for FREE, courtesy of GoDaddy.com.", "Get this domain. It may be for sale."),
    (("Buy this domain", "https://www.godaddy.com/domainsearch/find?domainToCheck=dinkes-bekasi.com"),),
    "Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.",
    lang="en",
)
NAMECHEAP_PARKED = provider(
    "dinkes-bekasi.com",
    "namecheap",
    "dinkes-bekasi.com",
    ("This domain is registered at Namecheap.", "This domain was recently registered at Namecheap."),
    (("Namecheap", "https://www.namecheap.com/"),),
    lang="en",
)
SEDO_FOR_SALE = provider(
    "dinkes-bekasi.com - This website is for sale! - dinkes bekasi Resources and Information.",
    "dinkes-bekasi.com",
    "dinkes-bekasi.com",
    ("This domain may be for sale!", "Related searches: Dinas Kesehatan, Puskesmas, Vaksinasi"),
    (("Buy this domain", "https://sedo.com/search/details/?domain=dinkes-bekasi.com"),),
    "2026 Copyright. All Rights Reserved. The Sponsored Listings displayed above are served automatically by a third"
    " party.",
    lang="en",
)
DAN_FOR_SALE = provider(
    "dinkes-bekasi.com is for sale",
    "Dan.com",
    "The domain name dinkes-bekasi.com is for sale",
    ("Buy now for $2,495 or make an offer.", "Secure payments, fast transfer."),
    (("Buy now", "https://dan.com/buy-domain/dinkes-bekasi.com"),),
    lang="en",
)
BUY_THIS_DOMAIN = provider(
    "Buy this domain",
    "DomainMarket",
    "Buy this domain",
    ("Premium domain, instant transfer. Contact us for a quote.",),
    lang="en",
)
DOMAIN_DIJUAL_ID = provider(
    "bekasidinkes.id - Dijual",
    "Registrar",
    "bekasidinkes.id",
    ("Domain ini tersedia untuk dijual.", "Hubungi kami untuk penawaran."),
)

# --- a domain pointing at a hosting's shared address, or at a platform with no site for it -------------------------

NO_WEBSITE_CONFIGURED = provider(
    "No website configured",
    "Hosting",
    "There is no website configured at this address",
    ("You are seeing this page because there is no website configured at this address on this server.",),
    lang="en",
)
DOMAIN_NOT_CONFIGURED = provider(
    "Domain not configured",
    "Hosting",
    "Domain not configured",
    (
        "This domain points to our servers but is not configured in any hosting account.",
        "If you are the owner, add the domain to your hosting account.",
    ),
    lang="en",
)
CLOUDFLARE_PROHIBITED_IP = """<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>
<title>DNS points to prohibited IP | dinkes.bekasikota.go.id | Cloudflare</title>
<meta charset="UTF-8" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/cf.errors.css" />
</head>
<body>
  <div id="cf-wrapper">
    <div id="cf-error-details" class="cf-error-details-wrapper">
      <div class="cf-wrapper cf-header cf-error-overview">
        <h1>
          <span class="cf-error-type" data-translate="error">Error</span>
          <span class="cf-error-code">1000</span>
          <small class="heading-ray-id">Ray ID: 8f1a2b3c4d5e6f70 &bull; 2026-12-05 10:12:03 UTC</small>
        </h1>
        <h2 class="cf-subheadline" data-translate="error_desc">DNS points to prohibited IP</h2>
      </div>
      <section></section>
      <div class="cf-section cf-wrapper">
        <div class="cf-columns two">
          <div class="cf-column">
            <h2 data-translate="what_happened">What happened?</h2>
            <p>You've requested a page on a website (dinkes.bekasikota.go.id) that is on the
            <a href="https://www.cloudflare.com/5xx-error-landing/">Cloudflare</a> network. Unfortunately, it is
            resolving to an IP address that is creating a conflict within Cloudflare's system.</p>
          </div>
          <div class="cf-column">
            <h2 data-translate="what_can_i_do">What can I do?</h2>
            <p>If you are the owner of this website:<br />you should login to Cloudflare and change the DNS A records
            for dinkes.bekasikota.go.id to resolve to a different IP address.</p>
          </div>
        </div>
      </div>
      <div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left
        border-solid border-0 border-t border-gray-300">
        <p class="text-13">
          <span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">
          8f1a2b3c4d5e6f70</strong></span>
          <span class="cf-footer-separator sm:hidden">&bull;</span>
          <span class="cf-footer-item sm:block sm:mb-1">Performance &amp; security by <a rel="noopener noreferrer"
          href="https://www.cloudflare.com/5xx-error-landing" id="brand_link" target="_blank">Cloudflare</a></span>
        </p>
      </div>
    </div>
  </div>
</body>
</html>
"""
VERCEL_DEPLOYMENT_NOT_FOUND = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>404: NOT_FOUND</title><style>html{font-size:62.5%;
box-sizing:border-box;height:-webkit-fill-available}body{font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto;
margin:0;display:flex;flex-direction:column;justify-content:center;min-height:100vh}main{flex-grow:1}
.devinfo-container{border:1px solid #ddd;border-radius:4px;padding:2rem}</style></head><body><main><div
class="container"><div class="error"><p class="error-code">404</p><p>This deployment cannot be found. If you are the
owner of this site, check that the deployment exists.</p></div><div class="devinfo-container"><span
class="error-code"><strong>404</strong>: NOT_FOUND</span><span class="devinfo-line">Code: <code>DEPLOYMENT_NOT_FOUND
</code></span><span class="devinfo-line">ID: <code>sin1::4x7kq-1733390000000-a1b2c3d4e5f6</code></span></div><a
href="https://vercel.com/docs/errors/DEPLOYMENT_NOT_FOUND" target="_blank" rel="noopener noreferrer"><div
class="note">Read our documentation to learn more about this error.</div></a></div></main></body></html>"""
NETLIFY_SITE_NOT_FOUND = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Page not found</title>
  <link href="https://fonts.googleapis.com/css?family=Roboto:400,700&display=swap" rel="stylesheet">
  <style>
    body { font-family: Roboto, sans-serif; background: #fafafa; color: #0e1e25; }
    .main { max-width: 560px; margin: 10% auto; padding: 2rem; text-align: center; }
    h1 { font-size: 2.5rem; } a { color: #00ad9f; }
  </style>
</head>
<body>
  <div class="main">
    <h1>Page not found</h1>
    <p>Looks like you've followed a broken link or entered a URL that doesn't exist on this site.</p>
    <hr>
    <p id="back-link">&larr; <a href="/">Back to our site</a></p>
    <hr>
    <p><small>If this is your site, and you weren't expecting a 404 for this path, please visit Netlify's
      <a href="https://answers.netlify.com/t/support-guide-i-ve-deployed-my-site-but-i-still-see-page-not-found/125">
      "page not found" support guide</a> for troubleshooting tips.</small></p>
  </div>
</body>
</html>
"""
HEROKU_NO_SUCH_APP = provider(
    "Heroku | No such app",
    "Heroku",
    "There's nothing here, yet.",
    ("Building something amazing? Start building on Heroku.",),
    (("Build something amazing", "https://www.heroku.com/"),),
    lang="en",
)
FIREBASE_SITE_NOT_FOUND = """<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Site Not Found</title>
    <style media="screen">
      body { background: #ECEFF1; color: rgba(0,0,0,0.87); font-family: Roboto, Helvetica, Arial, sans-serif;
        margin: 0; padding: 0; }
      #message { background: white; max-width: 360px; margin: 100px auto 16px; padding: 32px 24px 16px;
        border-radius: 3px; }
      #message h3 { color: #888; font-weight: normal; font-size: 16px; margin: 16px 0 12px; }
      #message h2 { color: #ffa100; font-weight: bold; font-size: 16px; margin: 0 0 8px; }
      #message h1 { font-size: 22px; font-weight: 300; color: rgba(0,0,0,0.6); margin: 0 0 16px;}
      #message p { line-height: 140%; margin: 16px 0 24px; font-size: 14px; }
    </style>
  </head>
  <body>
    <div id="message">
      <h2>404</h2>
      <h1>Site Not Found</h1>
      <p>Why am I seeing this?</p>
      <p>There are a few potential reasons:</p>
      <ol>
        <li>You haven't deployed an app yet.</li>
        <li>You may have deployed an empty directory.</li>
        <li>This is a custom domain, but we haven't finished setting it up yet.</li>
      </ol>
      <h3>How can I deploy my first app?</h3>
      <p>Refer to our <a href="https://firebase.google.com/docs/hosting/#quickstart">hosting documentation</a> to get
      started.</p>
    </div>
  </body>
</html>
"""
GITHUB_PAGES_NOT_FOUND = provider(
    "Site not found &middot; GitHub Pages",
    "GitHub Pages",
    "404",
    ("<strong>There isn't a GitHub Pages site here.</strong>",),
    (("GitHub Status", "https://githubstatus.com"),),
    lang="en",
)


# --- more of the same, in other wordings ----------------------------------------------------------------------

CPANEL_INDONESIAN = provider(
    "Akun Ditangguhkan",
    "Hosting",
    "Akun Ditangguhkan",
    ("Akun ini telah ditangguhkan.", "Hubungi penyedia hosting Anda untuk informasi lebih lanjut."),
)
HOSTING_EXPIRED_EN = provider(
    "Hosting Expired",
    "Hosting",
    "Hosting Expired",
    ("The hosting plan for this website has expired.", "If you are the owner, please renew your hosting."),
    lang="en",
)
LAYANAN_BERAKHIR = provider(
    "Layanan Berakhir",
    "Niagahoster",
    "Layanan Hosting Telah Berakhir",
    ("Layanan hosting website ini telah berakhir. Segera perpanjang melalui Member Area.",),
)
SITUS_SEDANG_DINONAKTIFKAN = provider(
    "Situs Nonaktif", "Hosting", "Situs Ini Sedang Dinonaktifkan Sementara", ("Silakan hubungi penyedia layanan.",)
)
BATAS_SUMBER_DAYA = provider(
    "Batas Sumber Daya",
    "Hosting",
    "Batas Sumber Daya Tercapai",
    ("Website ini telah mencapai batas sumber daya paket hosting. Silakan coba beberapa saat lagi.",),
)
WEBSITE_DIBEKUKAN = provider(
    "Website Dibekukan",
    "Hosting",
    "Website Dibekukan",
    ("Website ini dibekukan oleh penyedia hosting karena melanggar ketentuan layanan.",),
)
AKUN_HOSTING_DINONAKTIFKAN = provider(
    "Akun Dinonaktifkan",
    "Hosting",
    "Akun Hosting Dinonaktifkan",
    ("Akun hosting ini telah dinonaktifkan karena melanggar kebijakan penggunaan.",),
)
WEBSITE_MASA_AKTIF_HABIS = provider(
    "Website Expired",
    "Hosting",
    "Website Expired",
    ("Masa aktif website ini telah habis. Silakan hubungi penyedia layanan.",),
)
DOMAIN_MASA_TENGGANG = provider(
    "Masa Tenggang Domain",
    "Registrar",
    "Domain Dalam Masa Tenggang",
    ("Domain ini telah memasuki masa tenggang. Perpanjang sekarang sebelum domain dihapus.",),
    (("Perpanjang Sekarang", "https://member.registrar.example/"),),
)
DOMAIN_EXPIRED_DATED = provider(
    "Domain Expired",
    "Registrar",
    "Domain Expired",
    ("Domain bekasi-dinkes.com telah kedaluwarsa pada 1 Desember 2026.",),
)
DOMAIN_DATA_BELUM_LENGKAP = provider(
    "Domain Diblokir",
    "Registrar",
    "Domain Ditangguhkan",
    ("Domain ini ditangguhkan karena data pendaftar belum lengkap.",),
)
HOSTINGER_PARKED = provider(
    "Parked Domain name on Hostinger DNS system",
    "HOSTINGER",
    "dinkes-bekasi.com",
    ("This domain is parked free of charge with Hostinger.com.", "Register your domain today!"),
    lang="en",
)
DOMAIN_BELUM_TERHUBUNG = provider(
    "Domain belum terhubung",
    "Hosting",
    "Domain Belum Terhubung",
    ("Domain ini belum terhubung ke hosting mana pun.",),
)
AZURE_NOT_FOUND = provider(
    "Microsoft Azure Web App - Error 404",
    "Microsoft Azure",
    "404 Web Site not found.",
    (
        "You may be seeing this error due to one of the reasons listed below:",
        "Custom domain has not been configured inside Azure.",
    ),
    lang="en",
)


# --- the department's own pages in the same words (stay healthy) --------------------------------------------------


def _department(headline: str, body: str, name: str = "Dinas Perhubungan Kota Bekasi") -> str:
    """Return the department's home page opening with one dated article of ``body``, then its dated news."""
    article = (
        f'<article class="post featured"><h2 class="entry-title"><a href="/berita/pengumuman-utama/">{headline}</a>'
        f'</h2><div class="entry-meta"><span class="posted-on">{tanggal(days_ago(1), with_weekday=True)}</span>'
        f'</div><div class="entry-content">{body}</div></article>'
    )
    return department_page(Site(name=name, main_extra=article))


def _department_main(headline: str, body: str, name: str = "Dinas Kesehatan Kota Bekasi") -> str:
    """Return the department's page of one article (its main column), under the site's menu and dated news."""
    main = (
        f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-meta"><span class="posted-on">'
        f'{tanggal(days_ago(2), with_weekday=True)}</span> oleh Admin</div><div class="entry-content">{body}</div>'
        "</article>"
    )
    return department_page(Site(name=name, main=main, main_extra=_RECENT))


_RECENT = (
    '<h2 class="section-title">Berita Terbaru</h2><ul>'
    + "".join(
        f'<li><a href="/berita/{i}/">{h}</a> <span class="post-date">{tanggal(days_ago(1 + 3 * i))}</span></li>'
        for i, h in enumerate(
            (
                "Rapat Koordinasi Kader Posyandu Se-Kota Bekasi",
                "Imunisasi Kejar di Puskesmas Bekasi Jaya",
                "Waspada Demam Berdarah di Musim Hujan",
            )
        )
    )
    + "</ul>"
)

SIM_KELILING_SUSPENDED = _department(
    "Layanan SIM Keliling Ditangguhkan Sementara Selama Libur Natal",
    "<p>Layanan SIM Keliling di Kota Bekasi ditangguhkan sementara mulai 24 hingga 26 Desember. Layanan"
    " perpanjangan SIM tetap dapat dilakukan di Satpas Polres Metro Bekasi Kota.</p>",
    "Polres Metro Bekasi Kota",
)
IZIN_USAHA_DITANGGUHKAN = _department(
    "Izin Usaha Tiga Tempat Hiburan Malam Ditangguhkan",
    "<p>DPMPTSP Kota Bekasi menangguhkan izin usaha tiga tempat hiburan malam yang melanggar jam operasional."
    " Izin usaha ditangguhkan hingga pemilik melengkapi kewajibannya.</p>",
    "DPMPTSP Kota Bekasi",
)
FOOTER_GO_ID = department_page(
    Site(
        name="Dinas Pendidikan Kota Bekasi",
        body_end='<div class="domain-note">Situs ini menggunakan domain .go.id resmi Pemerintah Kota Bekasi. Waspada'
        " situs palsu yang tidak memakai domain .go.id.</div>",
    )
)
PERPANJANG_DOMAIN = _department_main(
    "Cara Memperpanjang Domain .go.id bagi Perangkat Daerah",
    "<p>Domain .go.id berlaku satu tahun. Jika masa aktif domain telah habis, situs perangkat daerah tidak dapat"
    " diakses. Berikut langkah perpanjangannya:</p><ol><li>Siapkan surat permohonan dari kepala perangkat daerah."
    "</li><li>Ajukan melalui layanan domain go.id.</li><li>Tunggu verifikasi dari Diskominfostandi.</li></ol>"
    "<p>Domain yang kedaluwarsa lebih dari 30 hari dapat dihapus dan didaftarkan pihak lain.</p>",
    "Diskominfostandi Kota Bekasi",
)
BANDWIDTH_HELP = _department_main(
    "Apa Itu Bandwidth dan Kuota Hosting?",
    "<p>Bandwidth adalah jumlah data yang dapat dikirim server ke pengunjung dalam satu bulan. Jika batas bandwidth"
    " terlampaui, penyedia hosting dapat menampilkan halaman Bandwidth Limit Exceeded.</p><p>Perangkat daerah dapat"
    " mengajukan penambahan kuota melalui Diskominfostandi.</p>",
    "Diskominfostandi Kota Bekasi",
)
BPJS_DINONAKTIFKAN = _department(
    "Peserta BPJS yang Akun BPJS Dinonaktifkan Tetap Dilayani di Puskesmas",
    "<p>Warga yang akun BPJS dinonaktifkan karena tunggakan iuran tetap dapat berobat di Puskesmas Bekasi Jaya"
    " dengan membawa KTP. Petugas akan membantu proses reaktivasi akun.</p>",
    "UPTD Puskesmas Bekasi Jaya",
)

NEWS_HOSTING_BERAKHIR = department_page(
    Site(
        name="Kelurahan Margajaya",
        news=[
            News(
                tanggal(days_ago(1), with_weekday=True),
                "Website Kelurahan Sempat Tidak Aktif karena Masa Aktif Hosting Berakhir",
                "hosting",
            ),
            *news_since([3, 6, 9, 14]),
        ],
    )
)
SIAK_AKUN_DITANGGUHKAN = _department(
    "Akun SIAK Operator yang Belum Verifikasi Ditangguhkan Sementara",
    "<p>Akun ini telah ditangguhkan bagi operator kelurahan yang belum memperbarui data. Layanan administrasi"
    " kependudukan tetap berjalan di kantor Disdukcapil.</p>",
    "Disdukcapil Kota Bekasi",
)
PBB_MENUNGGU_PEMBAYARAN = _department(
    "Cek Tagihan PBB Anda",
    "<p>Tagihan PBB yang belum dibayar hingga 31 Desember dikenakan denda. Status tagihan: menunggu pembayaran dapat"
    " dicek di aplikasi e-PBB.</p>",
    "Bapenda Kota Bekasi",
)
FAQ_ACCOUNT_SUSPENDED = _department_main(
    "Mengapa Muncul Tulisan Account Suspended?",
    '<p>Jika website OPD menampilkan tulisan "This Account has been suspended", berarti akun hosting ditangguhkan'
    " oleh penyedia. Hubungi Diskominfostandi.</p>",
    "Diskominfostandi Kota Bekasi",
)
DOMAIN_DIPERPANJANG = _department(
    "Domain Kota Bekasi Diperpanjang hingga 2028",
    "<p>Domain bekasikota.go.id telah diperpanjang hingga 2028. Seluruh subdomain perangkat daerah tetap aktif.</p>",
    "Diskominfostandi Kota Bekasi",
)

STAND_INS = (
    # (html, reason, quoted, name)
    (CPANEL_SUSPENDED, "halaman_bawaan", "This Account has been suspended", "cpanel_suspended"),
    (PLESK_SUSPENDED, "halaman_bawaan", "suspended", "plesk_suspended"),
    (DIRECTADMIN_SUSPENDED, "halaman_bawaan", "suspended", "directadmin_suspended"),
    (CYBERPANEL_SUSPENDED, "halaman_bawaan", "suspended", "cyberpanel_suspended"),
    (AAPANEL_STOPPED, "halaman_bawaan", "stopped", "aapanel_stopped"),
    (NIAGAHOSTER_SUSPENDED, "halaman_bawaan", "Ditangguhkan", "niagahoster_suspended"),
    (HOSTINGER_SUSPENDED, "halaman_bawaan", "ditangguhkan", "hostinger_suspended"),
    (RUMAHWEB_SUSPENDED, "halaman_bawaan", "ditangguhkan", "rumahweb_suspended"),
    (IDCLOUDHOST_DISABLED, "halaman_bawaan", "dinonaktifkan", "idcloudhost_disabled"),
    (DEWAWEB_EXPIRED, "halaman_bawaan", "masa aktif hosting telah berakhir", "dewaweb_expired"),
    (JAGOAN_UNPAID, "halaman_bawaan", "pembayaran", "jagoan_unpaid"),
    (QWORDS_SUSPENDED, "halaman_bawaan", "Ditangguhkan", "qwords_suspended"),
    (DOMAINESIA_SUSPENDED, "halaman_bawaan", "isuspend", "domainesia_suspended"),
    (EXABYTES_SUSPENDED, "halaman_bawaan", "dinonaktifkan", "exabytes_suspended"),
    (BANDWIDTH_EXCEEDED, "halaman_bawaan", "Bandwidth Limit Exceeded", "bandwidth_exceeded"),
    (RESOURCE_LIMIT, "halaman_bawaan", "Resource Limit Is Reached", "resource_limit"),
    (SITE_DISABLED, "halaman_bawaan", "This site has been disabled", "site_disabled"),
    (MASA_AKTIF_BERAKHIR, "halaman_bawaan", "berakhir", "masa_aktif_berakhir"),
    (TAGIHAN_BELUM_DIBAYAR, "halaman_bawaan", "tagihan", "tagihan_belum_dibayar"),
    (HOSTING_DITANGGUHKAN, "halaman_bawaan", "ditangguhkan", "hosting_ditangguhkan"),
    (DOMAIN_KEDALUWARSA, "domain_parkir", "Kedaluwarsa", "domain_kedaluwarsa"),
    (DOMAIN_KADALUARSA, "domain_parkir", "adaluarsa", "domain_kadaluarsa"),
    (DOMAIN_DIJUAL, "domain_parkir", "dijual", "domain_dijual"),
    (THIS_DOMAIN_EXPIRED, "domain_parkir", "expired", "this_domain_expired"),
    (RENEW_NOW_ONLY, "domain_parkir", "expired", "renew_now_only"),
    (PANDI_SUSPENDED, "domain_parkir", "PANDI", "pandi_suspended"),
    (GO_ID_EXPIRED, "domain_parkir", "habis", "go_id_expired"),
    (GODADDY_PARKED, "domain_parkir", "GoDaddy", "godaddy_parked"),
    (NAMECHEAP_PARKED, "domain_parkir", "Namecheap", "namecheap_parked"),
    (SEDO_FOR_SALE, "domain_parkir", "for sale", "sedo_for_sale"),
    (DAN_FOR_SALE, "domain_parkir", "for sale", "dan_for_sale"),
    (BUY_THIS_DOMAIN, "domain_parkir", "Buy this domain", "buy_this_domain"),
    (DOMAIN_DIJUAL_ID, "domain_parkir", "dijual", "domain_dijual_id"),
    (NO_WEBSITE_CONFIGURED, "halaman_bawaan", "no website configured", "no_website_configured"),
    (DOMAIN_NOT_CONFIGURED, "halaman_bawaan", "not configured", "domain_not_configured"),
    (CLOUDFLARE_PROHIBITED_IP, "galat_aplikasi", "prohibited IP", "cloudflare_prohibited_ip"),
    (VERCEL_DEPLOYMENT_NOT_FOUND, "halaman_tidak_ditemukan", "NOT_FOUND", "vercel_deployment_not_found"),
    (NETLIFY_SITE_NOT_FOUND, "halaman_tidak_ditemukan", "not found", "netlify_site_not_found"),
    (HEROKU_NO_SUCH_APP, "halaman_tidak_ditemukan", "No such app", "heroku_no_such_app"),
    (FIREBASE_SITE_NOT_FOUND, "halaman_tidak_ditemukan", "Site Not Found", "firebase_site_not_found"),
    (GITHUB_PAGES_NOT_FOUND, "halaman_tidak_ditemukan", "Site not found", "github_pages_not_found"),
    (CPANEL_INDONESIAN, "halaman_bawaan", "ditangguhkan", "cpanel_indonesian"),
    (HOSTING_EXPIRED_EN, "halaman_bawaan", "Hosting Expired", "hosting_expired_en"),
    (LAYANAN_BERAKHIR, "halaman_bawaan", "Berakhir", "layanan_berakhir"),
    (SITUS_SEDANG_DINONAKTIFKAN, "halaman_bawaan", "Nonaktif", "situs_sedang_dinonaktifkan"),
    (BATAS_SUMBER_DAYA, "halaman_bawaan", "Batas Sumber Daya Tercapai", "batas_sumber_daya"),
    (WEBSITE_DIBEKUKAN, "halaman_bawaan", "dibekukan", "website_dibekukan"),
    (AKUN_HOSTING_DINONAKTIFKAN, "halaman_bawaan", "Dinonaktifkan", "akun_hosting_dinonaktifkan"),
    (WEBSITE_MASA_AKTIF_HABIS, "halaman_bawaan", "habis", "website_masa_aktif_habis"),
    (DOMAIN_MASA_TENGGANG, "domain_parkir", "Tenggang", "domain_masa_tenggang"),
    (DOMAIN_EXPIRED_DATED, "domain_parkir", "Expired", "domain_expired_dated"),
    (DOMAIN_DATA_BELUM_LENGKAP, "domain_parkir", "ditangguhkan", "domain_data_belum_lengkap"),
    (HOSTINGER_PARKED, "domain_parkir", "Parked", "hostinger_parked"),
    (DOMAIN_BELUM_TERHUBUNG, "halaman_bawaan", "terhubung", "domain_belum_terhubung"),
    (AZURE_NOT_FOUND, "halaman_tidak_ditemukan", "404", "azure_not_found"),
)

NEAR_MISSES = (
    (SIM_KELILING_SUSPENDED, "sim_keliling_suspended"),
    (IZIN_USAHA_DITANGGUHKAN, "izin_usaha_ditangguhkan"),
    (FOOTER_GO_ID, "footer_go_id"),
    (PERPANJANG_DOMAIN, "perpanjang_domain"),
    (BANDWIDTH_HELP, "bandwidth_help"),
    (BPJS_DINONAKTIFKAN, "bpjs_dinonaktifkan"),
    (NEWS_HOSTING_BERAKHIR, "news_hosting_berakhir"),
    (SIAK_AKUN_DITANGGUHKAN, "siak_akun_ditangguhkan"),
    (PBB_MENUNGGU_PEMBAYARAN, "pbb_menunggu_pembayaran"),
    (FAQ_ACCOUNT_SUSPENDED, "faq_account_suspended"),
    (DOMAIN_DIPERPANJANG, "domain_diperpanjang"),
)
