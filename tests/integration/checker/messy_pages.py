"""Pages of department and vendor servers as they really come: signposts at a site's root that only
send the browser on to the application, and department pages in the encodings their servers get wrong.
"""

from __future__ import annotations

from vendor_pages import News, Site, department_page, news_since

# The index.html a hosting panel or an old vendor left at the root: a refresh to the portal.
REFRESH_SIGNPOST = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Dinas Kependudukan dan Pencatatan Sipil Kota Bekasi</title>
<meta http-equiv="refresh" content="0; url=portal/" />
<link rel="shortcut icon" href="images/favicon.ico" />
<style type="text/css">
  body { background: #f4f6f9; font-family: Tahoma, Arial, sans-serif; color: #333; }
  .box { margin: 120px auto; width: 420px; text-align: center; }
  .box a { color: #0b5ed7; }
</style>
</head>
<body>
<div class="box">
  <img src="images/logo-kota-bekasi.png" alt="Logo Pemerintah Kota Bekasi" width="90" />
  <h3>Mohon tunggu&hellip;</h3>
  <p>Anda sedang dialihkan ke portal Disdukcapil Kota Bekasi.<br />
  Jika tidak berpindah otomatis, <a href="portal/">klik di sini</a>.</p>
</div>
</body>
</html>
"""

# A loader that a theme's script sends on to /home, with the analytics the vendor always adds.
SCRIPT_SIGNPOST = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Perhubungan Kota Bekasi</title>
<link rel="stylesheet" href="assets/css/loader.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2KD4M1B"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QX2KD4M1B');
</script>
<script type="text/javascript">
  setTimeout(function () {
    window.location.href = "home";
  }, 800);
</script>
</head>
<body class="loading">
<div class="loader">
  <img src="assets/img/logo-dishub.png" alt="Logo Dishub Kota Bekasi">
  <p>Memuat halaman&hellip;</p>
</div>
<noscript>Aktifkan JavaScript atau buka <a href="home">halaman utama</a>.</noscript>
</body>
</html>
"""


def signpost_to(target: str) -> str:
    """Return the root's refresh signpost, sent on to ``target`` instead of the portal."""
    return REFRESH_SIGNPOST.replace("url=portal/", f"url={target}").replace('href="portal/"', f'href="{target}"')


def portal(days: list[float] | None = None, main_extra: str = "") -> str:
    """Return the department's portal, its news published ``days`` ago (1 to 70 by default)."""
    name = "Dinas Kependudukan dan Pencatatan Sipil Kota Bekasi"
    if days is None:
        return department_page(Site(name=name, main_extra=main_extra))
    return department_page(Site(name=name, news=news_since(days), main_extra=main_extra))


def spaced_with_no_break(days: list[float]) -> str:
    """Return a department page whose news dates a WordPress editor typed with no-break spaces."""
    news = [News(item.when.replace(" ", "\u00a0"), item.headline) for item in news_since(days)]
    return department_page(Site(name="Dinas Lingkungan Hidup Kota Bekasi", news=news))


# A page an old Dreamweaver template keeps in windows-1252: the editor's curly quotes and dashes.
QUOTED_IN_WINDOWS_1252 = (
    '<div class="sambutan"><h3>Sambutan Kepala Dinas</h3><p>\u201cMelayani dengan sepenuh hati\u201d \u2013 '
    "itulah semboyan kami dalam setiap layanan kepada warga Kota Bekasi.</p></div>"
)
