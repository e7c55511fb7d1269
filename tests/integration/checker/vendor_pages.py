"""Department pages as a vendor writes them, for the checker's tests against the real web.

A Bekasi department site has a top bar with a live clock (rendered by the server, then ticked by
JavaScript), a menu of thirty links with drop-downs, a running text, a slider, a dozen news items
with their dates and excerpts, a sidebar (agenda, announcements, related links, a visitor
counter), and a footer with the address, social links and a "© year" line; plus the scripts of its
framework. ``department_page`` builds one with knobs for what a test needs to vary; the parts
stay realistic so that a detection that only works on a bare page fails here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import escape

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
HEADLINES = (
    "Wali Kota Bekasi Resmikan Puskesmas Rawat Inap di Bantargebang",
    "Pelayanan Vaksinasi Gratis di 42 Puskesmas Selama Bulan Ini",
    "Rapat Koordinasi Penanganan Stunting Tingkat Kota",
    "Sosialisasi Aplikasi Layanan Kesehatan Terpadu kepada Kader Posyandu",
    "Peringatan Hari Kesehatan Nasional di Alun-Alun Kota Bekasi",
    "Pemeriksaan Kesehatan Gratis bagi Lansia di Kecamatan Medan Satria",
    "Pelatihan Tenaga Kesehatan tentang Penanganan Gawat Darurat",
    "Kunjungan Kerja DPRD ke RSUD dr. Chasbullah Abdulmadjid",
    "Pembukaan Pendaftaran Tenaga Kesehatan Haji Kota Bekasi",
    "Gerakan Masyarakat Hidup Sehat di Lingkungan Sekolah",
    "Evaluasi Program Jaminan Kesehatan Daerah Semester II",
    "Launching Layanan Antrean Daring Puskesmas",
)
EXCERPT = (
    "Pemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya meningkatkan mutu pelayanan "
    "kepada masyarakat. Kegiatan ini dihadiri oleh para kepala puskesmas, lurah dan camat se-Kota "
    "Bekasi serta perwakilan organisasi profesi."
)


def tanggal(day: datetime, with_weekday: bool = False) -> str:
    """Return ``day`` as an Indonesian site prints it: "28 November 2026" ("Sabtu, 28 November 2026")."""
    text = f"{day.day} {BULAN[day.month - 1]} {day.year}"
    return f"{HARI[day.weekday()]}, {text}" if with_weekday else text


def english(day: datetime, short: bool = False) -> str:
    """Return ``day`` as an English theme prints it: "November 28, 2026" or "Nov 28, 2026"."""
    month = MONTHS[day.month - 1]
    return f"{month[:3] if short else month} {day.day}, {day.year}"


def days_ago(n: float, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)) - timedelta(days=n)


# A health department's latest posts, as its sidebar's "Berita Terbaru" lists them: days ago, slug, headline.
_LATEST_POSTS = (
    (1, "rapat-posyandu", "Rapat Koordinasi Kader Posyandu Se-Kota Bekasi"),
    (3, "imunisasi-kejar", "Imunisasi Kejar di Puskesmas Bekasi Jaya"),
    (6, "waspada-dbd", "Waspada Demam Berdarah di Musim Hujan"),
    (9, "germas", "Gerakan Masyarakat Hidup Sehat di Kecamatan Rawalumbu"),
    (12, "akreditasi", "Penyerahan Sertifikat Akreditasi Paripurna RSUD dr. Chasbullah"),
    (15, "stunting", "Rapat Koordinasi Percepatan Penurunan Stunting Tingkat Kota"),
)


def latest_posts(count: int) -> str:
    """Return the ``<li>`` items of a WordPress sidebar's latest ``count`` posts (at most six), each a permalink with
    its day and the day printed beside it: fresh news a stand-in's look-alike keeps."""
    return "".join(
        f'<li><a href="/{days_ago(n):%Y/%m/%d}/{slug}/">{headline}</a> <span class="post-date">'
        f"{tanggal(days_ago(n))}</span></li>"
        for n, slug, headline in _LATEST_POSTS[:count]
    )


@dataclass
class News:
    """One news item as the list prints it; ``when`` is the text under the headline."""

    when: str
    headline: str
    slug: str = ""
    datetime_attr: str | None = None  # a <time datetime=...> some themes add


def news_since(days: Sequence[float], printed: str = "id", now: datetime | None = None) -> list[News]:
    """Return news items dated ``days`` ago, printed in Indonesian ("id") or English ("en")."""
    items = []
    for i, n in enumerate(days):
        day = days_ago(n, now)
        when = tanggal(day, with_weekday=True) if printed == "id" else english(day)
        items.append(News(when, HEADLINES[i % len(HEADLINES)], f"berita-{i + 1}"))
    return items


@dataclass
class Site:
    """The knobs of a department page; the defaults are a healthy, up-to-date Dinas site."""

    name: str = "Dinas Kesehatan Kota Bekasi"
    news: list[News] = field(default_factory=lambda: news_since([1, 3, 6, 9, 14, 20, 27, 33, 41, 48, 56, 70]))
    head: str = ""  # extra <head> markup (metas, JSON-LD, stylesheets)
    body_top: str = ""  # right after <body>
    main_extra: str = ""  # after the news list, inside <main>
    main: str | None = None  # what <main> shows instead of the news list (a theme's 404 or search page)
    title: str | None = None  # the whole <title> (default: the name and the motto)
    body_end: str = ""  # just before </body>
    clock: datetime | None = None  # the server-rendered clock in the top bar (default: now)
    copyright_year: int | None = None  # default: the current year
    generator: str = "WordPress 6.4.3"
    lang: str = "id"
    plain_markup: bool = False  # a theme of bare <div>s: no telling tag or class on top bar, news or footer


def department_page(site: Site | None = None) -> str:
    """Return the whole HTML of a department's home page."""
    s = site or Site()
    now = s.clock or datetime.now(UTC) + timedelta(hours=7)
    year = s.copyright_year or now.year
    menu = _menu()
    m = _markup(s.plain_markup)
    news = "".join(_news_item(item, i, m["item"]) for i, item in enumerate(s.news))
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(s.title or f"{s.name} – Melayani dengan Sepenuh Hati")}</title>
<meta name="description" content="Situs resmi {escape(s.name)}, Pemerintah Kota Bekasi.">
<meta name="generator" content="{escape(s.generator)}">
<link rel="icon" href="/wp-content/uploads/2021/03/logo-kota-bekasi-32x32.png">
<link rel="stylesheet" href="/wp-content/themes/pemkot/assets/css/bootstrap.min.css?ver=4.6.2">
<link rel="stylesheet" href="/wp-content/themes/pemkot/style.css?ver=2.3.1">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
{s.head}
</head>
<body class="home page-template-default">
{s.body_top}
{m["bar"]}
  <div class="container">
    {m["stamp"]}{tanggal(now, with_weekday=True)}
      {m["ticker"]}{now:%H:%M:%S} WIB</span></span>
    <span class="top-contact">Call Center 112 &middot; pengaduan@bekasikota.go.id</span>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="brand" href="/"><img src="/wp-content/uploads/logo.png" alt="Logo Kota Bekasi">
      <span>{escape(s.name)}</span></a>
    <nav class="main-nav" aria-label="Menu utama"><ul class="menu">{menu}</ul></nav>
  </div>
</header>
<div class="running-text"><marquee>Selamat datang di situs resmi {escape(s.name)} &bull;
  Layanan pengaduan masyarakat tersedia 24 jam &bull; Waspada penipuan mengatasnamakan pegawai</marquee></div>
<div id="slider" class="carousel slide" data-ride="carousel">
  <div class="carousel-inner">
    <div class="carousel-item active"><img src="/wp-content/uploads/slide-1.jpg" alt="Pelayanan"></div>
    <div class="carousel-item"><img src="/wp-content/uploads/slide-2.jpg" alt="Kegiatan"></div>
  </div>
</div>
<div class="container content-wrap">
{m["main"]}
  {_news_section(news) if s.main is None else s.main}
  {s.main_extra}
{m["main_end"]}
<aside class="sidebar">
  <section class="widget"><h3>Agenda</h3><ul>
    <li>Rapat Evaluasi Kinerja Triwulan</li><li>Bimbingan Teknis SPBE</li></ul></section>
  <section class="widget"><h3>Pengumuman</h3><ul>
    <li><a href="/pengumuman/seleksi-jabatan/">Hasil Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama</a></li>
    <li><a href="/pengumuman/jadwal-layanan/">Jadwal Layanan Selama Libur Nasional</a></li></ul></section>
  <section class="widget"><h3>Tautan</h3><ul>
    <li><a href="https://www.bekasikota.go.id/">Pemerintah Kota Bekasi</a></li>
    <li><a href="https://www.kemkes.go.id/">Kementerian Kesehatan</a></li>
    <li><a href="https://lapor.go.id/">SP4N LAPOR!</a></li></ul></section>
  <section class="widget widget-statistik"><h3>Statistik Pengunjung</h3>
    <p>Hari ini: <span class="visitor-today">318</span> &middot; Total: <span>1.204.877</span></p></section>
</aside>
</div>
{m["footer"]}
  <div class="container">
    <div class="footer-address"><strong>{escape(s.name)}</strong><br>
      Jl. Jend. Ahmad Yani No. 1, Marga Jaya, Bekasi Selatan, Kota Bekasi, Jawa Barat 17141<br>
      Telp. (021) 88397963</div>
    <div class="footer-social"><a href="https://www.instagram.com/pemkotbekasi/">Instagram</a>
      <a href="https://twitter.com/pemkotbekasi">Twitter</a>
      <a href="https://www.youtube.com/@pemkotbekasi">YouTube</a></div>
    <p class="copyright">&copy; {year} {escape(s.name)}. Hak Cipta Dilindungi.</p>
  </div>
{m["footer_end"]}
<script>
  function updateClock() {{ var d = new Date();
    document.querySelector('.jam-digital').textContent = d.toLocaleTimeString('id-ID') + ' WIB'; }}
  setInterval(updateClock, 1000);
</script>
<script src="/wp-content/themes/pemkot/assets/js/bootstrap.bundle.min.js?ver=4.6.2"></script>
{s.body_end}
</body>
</html>
"""


def _news_section(news: str) -> str:
    return (
        f'<h2 class="section-title">Berita Terkini</h2>\n  <div class="news-list">{news}</div>\n'
        '  <nav class="pagination"><a href="/berita/page/2/">Berita lainnya &raquo;</a></nav>'
    )


def _markup(plain: bool) -> dict[str, str]:
    """Return the tags of the top bar, the content, its items and the footer; a plain theme's are bare <div>s."""
    if plain:
        bare = {"bar": '<div class="row">', "stamp": "<span>", "ticker": "<span>", "main": '<div class="col-md-8">'}
        return {
            **bare,
            "main_end": "</div>",
            "item": "div",
            "footer": '<div class="container">',
            "footer_end": "</div>",
        }
    return {
        "bar": '<div class="top-bar">',
        "stamp": '<span class="top-date" id="tanggal-sekarang">',
        "ticker": '<span class="jam-digital">',
        "main": '<main id="content" class="site-main">',
        "main_end": "</main>",
        "item": "article",
        "footer": '<footer class="site-footer">',
        "footer_end": "</footer>",
    }


def _menu() -> str:
    sections = {
        "Profil": ("Visi dan Misi", "Struktur Organisasi", "Tugas dan Fungsi", "Profil Pejabat"),
        "Layanan": ("Puskesmas", "Rumah Sakit", "Perizinan Kesehatan", "Ambulans Gratis", "Jadwal Vaksinasi"),
        "Informasi Publik": ("Berita", "Pengumuman", "Agenda", "Galeri Foto", "Video", "Unduhan"),
        "PPID": ("Informasi Berkala", "Informasi Serta Merta", "Permohonan Informasi"),
        "Regulasi": ("Peraturan Daerah", "Peraturan Wali Kota", "SOP"),
    }
    items = ['<li class="menu-item"><a href="/">Beranda</a></li>']
    for title, children in sections.items():
        sub = "".join(f'<li><a href="/{_slug(title)}/{_slug(c)}/">{escape(c)}</a></li>' for c in children)
        items.append(
            f'<li class="menu-item dropdown"><a href="/{_slug(title)}/">{escape(title)}</a>'
            f'<ul class="sub-menu">{sub}</ul></li>'
        )
    items.append('<li class="menu-item"><a href="/kontak/">Kontak</a></li>')
    return "".join(items)


def _news_item(item: News, index: int, tag: str = "article") -> str:
    slug = item.slug or f"berita-{index + 1}"
    when = (
        f'<time datetime="{item.datetime_attr}">{escape(item.when)}</time>'
        if item.datetime_attr
        else f'<span class="post-date"><i class="fa fa-calendar"></i> {escape(item.when)}</span>'
    )
    return (
        f'<{tag} class="post-item"><a href="/{slug}/"><img src="/wp-content/uploads/{slug}.jpg" alt=""></a>'
        f'<div class="post-body"><h3 class="post-title"><a href="/{slug}/">{escape(item.headline)}</a></h3>'
        f'<div class="post-meta">{when} &middot; <span class="author">Admin</span> &middot; '
        f'<span class="views">{120 + 17 * index} kali dilihat</span></div>'
        f"<p>{EXCERPT}</p></div></{tag}>"
    )


def _slug(text: str) -> str:
    return "-".join(text.lower().split())
