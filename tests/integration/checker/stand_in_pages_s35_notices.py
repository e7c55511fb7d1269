"""Articles that explain a maintenance notice, read as one, and the notices beside them (December 2026, sixteenth).

- ``ARTICLES``: one post in the department's theme (menu, sidebar, footer) whose date the theme prints as text under
  its headline, no ``<time datetime>``: an article on HTTP errors ("… "Service Unavailable" saat server sedang dalam
  pemeliharaan", "Kode 503 berarti server sedang dalam pemeliharaan"), an English guide ("means the server is down for
  maintenance"), a training's report quoting the notice, a tip, news of the ministry's application under work under
  Joomla's article info or an author's line. Each had been ``dalam_pemeliharaan``.
- ``NOTICES``: notices in the same theme that print a date under their heading: a notice's heading ("Pemberitahuan")
  over the day it was written, the site's name over the clock's day, over the day its work ends or over the line
  saying since when. They stay ``dalam_pemeliharaan``.
"""

from __future__ import annotations

from vendor_pages import Site, days_ago, department_page, english, tanggal


def _post(headline: str, byline: str, body: str) -> str:
    """Return the theme's page of one post: its headline, its date line as text, its prose."""
    return department_page(
        Site(
            name="Diskominfostandi Kota Bekasi",
            title=f"{headline} &#8211; Diskominfostandi Kota Bekasi",
            main=f"""<article class="post type-post status-publish"><header class="entry-header">
<h1 class="entry-title">{headline}</h1><div class="entry-meta">{byline}</div></header>
<div class="entry-content">{body}</div></article>""",
        )
    )


def _posted(n: int) -> str:
    return f'<span class="posted-on"><i class="fa fa-calendar"></i> {tanggal(days_ago(n), with_weekday=True)}</span>'


ARTICLES = (
    (
        _post(
            "Mengenal Pesan Error 500 Internal Server Error",
            _posted(2),
            "<p>Pesan <em>500 Internal Server Error</em> menandakan ada masalah di sisi server. Pengunjung cukup memuat"
            " ulang halaman; admin OPD memeriksa log server.</p><p>Pesan lain yang sering muncul adalah"
            ' "Service Unavailable" saat server sedang dalam pemeliharaan.</p>',
        ),
        "error_500_article",
    ),
    (
        _post(
            "Arti Kode Status HTTP yang Sering Muncul",
            f"Diposting pada {tanggal(days_ago(3))} oleh Admin",
            "<p>Kode 503 berarti server sedang dalam pemeliharaan atau kelebihan beban. Tunggu beberapa menit lalu muat"
            " ulang halaman.</p>",
        ),
        "status_codes_posted_on",
    ),
    (
        _post(
            "Understanding HTTP Status Codes",
            f"Admin | {english(days_ago(4))}",
            "<p>The 503 Service Unavailable status means the server is down for maintenance or overloaded.</p>",
        ),
        "english_guide",
    ),
    (
        _post(
            "Pelatihan Admin Website Perangkat Daerah Angkatan II",
            _posted(1),
            '<p>Peserta belajar membuat halaman pemberitahuan seperti "Website sedang dalam pemeliharaan" dengan plugin'
            " WP Maintenance Mode, lalu mematikannya kembali setelah pembaruan selesai.</p>",
        ),
        "training_report",
    ),
    (
        _post(
            "Tips Mengelola Website Perangkat Daerah",
            f"{days_ago(6):%d/%m/%Y}",
            "<p>Aktifkan mode pemeliharaan ketika website sedang dalam perbaikan agar pengunjung tidak melihat halaman"
            " yang rusak.</p>",
        ),
        "tips_numeric_date",
    ),
    (
        _post(
            "Layanan Cetak KTP Elektronik di Kecamatan Tertunda",
            '<dl class="article-info"><dt>Detail</dt><dd>Ditulis oleh Super User</dd><dd>Kategori: Berita</dd>'
            f"<dd>Diterbitkan: {tanggal(days_ago(2))}</dd><dd>Dilihat: 120</dd></dl>",
            "<p>Saat ini aplikasi SIAK sedang dalam pemeliharaan oleh Kemendagri sehingga pencetakan KTP-el di"
            " kecamatan tertunda. Warga diminta bersabar.</p>",
        ),
        "joomla_article_info",
    ),
    (
        _post(
            "Layanan Cetak KTP Elektronik di Kecamatan Tertunda",
            f"Oleh Admin Disdukcapil pada {tanggal(days_ago(2), with_weekday=True)}",
            "<p>Saat ini sistem sedang dalam pemeliharaan oleh pusat. Pencetakan dialihkan ke pekan depan.</p>",
        ),
        "author_then_date",
    ),
)


def _notice(heading: str, dated: str, sentence: str) -> str:
    return department_page(
        Site(
            name="Dinas Sosial Kota Bekasi",
            main=f'<div class="notice text-center"><h2>{heading}</h2><p>{dated}</p><p>{sentence}</p></div>',
        )
    )


# (html, quoted, name)
NOTICES = (
    (
        _notice(
            "Pemberitahuan",
            tanggal(days_ago(2), with_weekday=True),
            "Website sedang dalam pemeliharaan sistem hingga pukul 15.00 WIB. Mohon maaf atas ketidaknyamanannya.",
        ),
        "Website sedang dalam pemeliharaan",
        "notice_dated_as_a_letter",
    ),
    (
        _notice(
            "Website Dinas Sosial Kota Bekasi",
            tanggal(days_ago(0), with_weekday=True),
            "Mohon maaf, website sedang dalam pemeliharaan. Kami akan segera kembali.",
        ),
        "website sedang dalam pemeliharaan",
        "site_name_over_todays_date",
    ),
    (
        _notice(
            "Website Dinas Sosial Kota Bekasi",
            f"hingga {tanggal(days_ago(-2))}",
            "Mohon maaf, website sedang dalam pemeliharaan. Kami akan segera kembali.",
        ),
        "website sedang dalam pemeliharaan",
        "site_name_over_the_end",
    ),
    (
        _notice(
            "Website Dinas Sosial Kota Bekasi",
            f"Sedang dalam pemeliharaan sejak {tanggal(days_ago(2))}.",
            "Mohon maaf, website sedang dalam pemeliharaan. Kami akan segera kembali.",
        ),
        "dalam pemeliharaan",
        "site_name_over_the_start",
    ),
    (
        # Headed and dated as a post would be, but no article of the site's: a notice written as a letter.
        _notice(
            "Website Dinas Sosial Kota Bekasi",
            tanggal(days_ago(2), with_weekday=True),
            "Mohon maaf, website sedang dalam pemeliharaan. Kami akan segera kembali.",
        ),
        "website sedang dalam pemeliharaan",
        "site_name_over_a_past_date",
    ),
)
