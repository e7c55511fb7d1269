"""A department's news of a hack that quotes what the hacked page showed, and defacers' own pages.

``REPORTS``: each a whole department page (menu, news, sidebar, footer) whose headline, lead, title, screenshot or
most read quote a defacer's signature as what a page showed: 'Tampilan Berubah Jadi "Hacked by GhostSec"', "tulisan
Hacked By Anonymous Indonesia", "memasang pesan 'Hacked by Team Red'", a student's "isinya 'Hacked by Mr.Z3r0'", a
title "Sempat 'Hacked by Sn1per', Kini Pulih", a screenshot's "saat diretas: Hacked by Sn1per", "Peretas Tinggalkan
Pesan 'Your Security Is Low'" linked to its slug, "Mengenal Istilah Greetz". ``DEFACERS``: a defacer's page, and its
signature written into a department's, in the same words: each stays a critical defacement.
"""

from __future__ import annotations

from defaced_pages_s28 import article, headlined, story
from vendor_pages import News, Site, days_ago, department_page, news_since, tanggal


def most_read(headline: str, slug: str) -> str:
    """Return the home page with ``headline`` on top of its news list, linked to its own ``slug``."""
    fresh = News(tanggal(days_ago(0), with_weekday=True), headline, slug)
    return department_page(Site(name="Dinas Komunikasi dan Informatika", news=[fresh, *news_since([2, 5, 8, 12])]))


REPORTS = {
    "headline-changed-to-signature": headlined(
        'Website SMPN 7 Diretas, Tampilan Berubah Jadi "Hacked by GhostSec"', "Pasar Murah Digelar di 12 Kecamatan"
    ),
    "lead-quoting-the-writing": story(
        "Website Kelurahan Diretas",
        "<p>Senin pagi, laman kelurahan menampilkan gambar topeng dan tulisan Hacked By Anonymous Indonesia. Diskominfo"
        " memastikan data warga aman.</p><p>Laman sudah kembali normal sejak pukul 10.00 WIB.</p>",
    ),
    "students-defend-a-server": story(
        "Siswa SMKN 2 Juara LKS Cyber Security Tingkat Provinsi",
        "<p>Dalam babak final, siswa menangkal serangan tim lawan yang mencoba memasang pesan \u2018Hacked by Team"
        " Red\u2019 pada web server yang mereka jaga.</p><p>Tim akan mewakili Jawa Barat di tingkat nasional.</p>",
    ),
    "student-journalism": story(
        "Catatan Redaksi Majalah Sekolah: Pagi Itu Web Kami Berubah",
        "<p>Pukul enam pagi, guru TIK kami menerima pesan dari alumni: \"Pak, web sekolah kok isinya 'Hacked by"
        " Mr.Z3r0 - Indonesian Cyber Army'?\" Benar saja, halaman depan sudah berganti.</p><p>Kami belajar bahwa"
        " kata sandi admin harus diganti berkala.</p>",
    ),
    "title-recovered": department_page(
        Site(
            title="Website Kelurahan Sempat \u2018Hacked by Sn1per\u2019, Kini Pulih \u2013 Diskominfo",
            main_extra=article("Website Kelurahan Pulih", "<p>Pemulihan selesai dalam satu jam.</p>"),
        )
    ),
    "screenshot-alt": story(
        "Website Kelurahan Pulih",
        '<figure><img src="/wp-content/uploads/2026/12/tangkapan-layar.jpg" alt="Tampilan website kelurahan saat'
        ' diretas: Hacked by Sn1per"><figcaption>Tangkapan layar dari warga</figcaption></figure><p>Pemulihan'
        " selesai dalam satu jam.</p>",
    ),
    "message-left-linked-to-its-slug": most_read(
        "Peretas Tinggalkan Pesan 'Your Security Is Low, Patch It!'",
        "peretas-tinggalkan-pesan-your-security-is-low-patch-it",
    ),
    "greetz-term": headlined("Mengenal Istilah Greetz dalam Aksi Deface", "Jadwal Posyandu Desember"),
}

GHOSTSEC = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Hacked by GhostSec</title></head>
<body bgcolor="black" text="lime"><center><img src="https://i.imgur.com/ghost.gif" alt="GhostSec">
<h1>Hacked by GhostSec</h1><p>Website ini sudah kami ambil alih. Tulisan ini untuk admin yang tertidur.</p>
<p>Pesan kami: Your security is low, patch your system!</p>
<p>Greetz to: Sn1per - Team R00T - Indonesian Cyber Army - all member</p>
<audio autoplay src="https://cdn.example.net/lagu.mp3"></audio></center></body></html>"""

DEFACERS = {
    "ghostsec-page": GHOSTSEC,
    "signature-after-a-message-word": department_page(
        Site(main_extra="<center><h1>Hacked by ./Kuro</h1><p>Pesan: patch your system, admin!</p></center>")
    ),
    "signature-shown-in-a-heading": department_page(
        Site(main_extra='<center><h1>"Hacked by Sn1per"</h1><h3>Greetz: Team R00T</h3></center>')
    ),
}
