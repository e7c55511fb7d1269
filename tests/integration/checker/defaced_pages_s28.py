"""A department's own pages in a defacer's (or a gambling site's) words, and defacers' signatures beside them.

``STORIES``: each a whole department page (menu, news, sidebar, footer) whose article, headlines, comments or
footer use the words a defacer signs with, for what they are: news of an incident, a CSIRT's advisory, a hackathon,
a film, a song, a book, a workshop, a podcast, a hall of fame, readers' comments, a vendor's credit, a notice of an
account hacked; a bird contest and a spatial plan in gambling's words. ``DEFACERS_BESIDE``: a defacer's signature
written into the same page, in the words those stories use, which stays a defacement.
"""

from __future__ import annotations

from vendor_pages import News, Site, days_ago, department_page, news_since, tanggal


def article(headline: str, body: str, days: int = 1) -> str:
    """Return a post as the theme prints it under the news list: its headline, its date, its text."""
    return (
        f'<article class="post type-post single"><header class="entry-header"><h1 class="entry-title">{headline}'
        f'</h1><div class="entry-meta"><span class="posted-on">{tanggal(days_ago(days))}</span> '
        '<span class="cat-links"><a href="/category/berita/">Berita</a></span></div></header>'
        f'<div class="entry-content">{body}</div><footer class="entry-footer"><a href="https://www.facebook.com/sharer/'
        'sharer.php?u=https://dinkes.bekasikota.go.id/">Bagikan</a></footer></article>'
    )


def story(headline: str, body: str) -> str:
    return department_page(Site(main_extra=article(headline, body)))


def headlined(*headlines: str) -> str:
    """Return the home page with ``headlines`` on top of its news list, and in its list of the most read."""
    news = news_since([1, 3, 6, 9, 14, 20])
    fresh = [News(tanggal(days_ago(0), with_weekday=True), h, f"berita-baru-{i}") for i, h in enumerate(headlines)]
    popular = "".join(f'<li><a href="/berita-baru-{i}/">{h}</a></li>' for i, h in enumerate(headlines))
    most_read = (
        f'<section class="widget widget_popular"><h3 class="widget-title">Terpopuler</h3><ul>{popular}</ul></section>'
    )
    return department_page(Site(news=fresh + news, main_extra=most_read))


STORIES = {
    "csirt-advisory": story(
        "Peringatan Keamanan: Kampanye Deface Massal Menyasar Situs Pemerintah Daerah",
        "<p><strong>Bekasikota-CSIRT</strong> menerima laporan kampanye deface massal oleh kelompok yang menandatangani"
        " halamannya dengan \u201cGreetz to: all member\u201d dan \u201cYour security is low\u201d. Indikator kompromi:"
        " berkas <code>index.html</code> baru di root, web shell <code>wso.php</code>.</p><h3>Rekomendasi</h3><ol>"
        "<li>Perbarui WordPress ke versi terbaru</li><li>Hapus plugin File Manager yang rentan</li></ol>",
    ),
    "csirt-advisory-english": story(
        "Security Advisory BKS-2026-014: Mass defacement campaign",
        "<p>Bekasikota-CSIRT has observed a mass defacement campaign. Defaced pages display \u201cHacked by Mr.X\u201d,"
        " \u201cWe are Anonymous\u201d and ask admins to \u201cpatch your system\u201d. Affected: WordPress sites with"
        " outdated plugins.</p><p>Mitigation: update, rotate credentials, restore from backup.</p>",
    ),
    "incident-chronology": story(
        "Kronologi Insiden Siber pada Situs Kelurahan",
        "<p>Pada Senin dini hari, tim kami menerima laporan bahwa tampilan situs kelurahan berubah. Setelah diperiksa,"
        " halaman depan menampilkan latar hitam, musik, dan tulisan besar berbunyi:</p><blockquote><p>Hacked by"
        " ./Mr.Kuro<br>Your security is low, patch your system!<br>Greetz to: Indonesian Cyber Army, Garuda Security"
        " Hacker</p></blockquote><p>Situs telah dipulihkan dari cadangan dalam 3 jam. Diskominfostandi mengingatkan"
        " admin untuk memperbarui sistem.</p>",
    ),
    "hackathon": story(
        "Diskominfostandi Gelar Bekasi Hackathon 2026, Tantang Pemuda Ciptakan Aplikasi Layanan Publik",
        "<p>Sebanyak 60 tim mengikuti Bekasi Hackathon 2026 selama 48 jam. Juara pertama diraih tim <em>Cyber Team"
        " SMKN 1</em> dengan aplikasi antrean puskesmas. Para peserta yang sering disebut \u2018hacker\u2019 muda ini"
        " mendapat pembinaan lanjutan.</p>",
    ),
    "e-sports-final": story(
        "SMPN 12 Bekasi Juara Turnamen E-Sport Pelajar",
        "<p>Tim <em>Bekasi Cyber Team</em> dari SMPN 12 mengalahkan tim <em>Garuda Crew</em> di final Mobile Legends."
        " Sang kapten mengaku bercita-cita menjadi ethical hacker.</p>",
    ),
    "film-review": story(
        "Resensi Film: \u2018Hacked\u2019, Thriller Siber yang Tayang di Bioskop Bekasi",
        "<p>Film <em>Hacked</em> (2026) bercerita tentang seorang peretas yang dikenal dengan julukan"
        " \u2018Anonymous\u2019. Lagu tema \u201cWe Are Legion\u201d dinyanyikan oleh band lokal.</p>",
    ),
    "song-review": story(
        "Ulasan Lagu: \u201cHacked by Love\u201d dari Band Indie Bekasi Masuk Tangga Lagu",
        "<p>Single terbaru berjudul <em>Hacked by Love</em> kini diputar di radio-radio Jabodetabek.</p>",
    ),
    "book-review": story(
        "Resensi Buku: &ldquo;Hacker Rulez&rdquo;, Kisah Remaja Bekasi di Dunia Siber",
        "<p>Perpustakaan Daerah merekomendasikan novel ini. Tokohnya tergabung dalam kelompok bernama \u201cGhost"
        " Crew\u201d.</p>",
    ),
    "hats-workshop": story(
        "Workshop Keamanan Web untuk Admin OPD: Mengenal Black Hat, Grey Hat dan White Hat",
        "<p>Peserta diajak memahami perbedaan black hat, grey hat dan white hat hacker, serta cara membaca log.</p>",
    ),
    "patch-warning": story(
        "Ribuan Situs WordPress Rentan, Admin Diminta Segera Patch Sistem",
        "<p>Celah pada plugin populer membuat ribuan situs rentan diambil alih. Tim keamanan mengingatkan, \u201cpatch"
        " your system\u201d bukan sekadar slogan; pembaruan harus dipasang dalam 24 jam.</p>",
    ),
    "hall-of-fame": story(
        "Hall of Fame &ndash; Program Pengungkapan Kerentanan (VDP)",
        "<p>Terima kasih kepada peneliti keamanan yang telah melaporkan kerentanan secara bertanggung jawab:</p><ol>"
        "<li>./Mr.Rizky &ndash; Indonesian Cyber Army &ndash; XSS pada formulir pengaduan</li><li>Kur0 (Garuda Security"
        " Hacker) &ndash; IDOR pada SIMPEG</li><li>Sh4d0w &ndash; Bekasi Cyber Team &ndash; open redirect</li></ol>",
    ),
    "readers-comments": department_page(
        Site(
            main_extra=article("Jadwal Posyandu Bulan Ini", "<p>Berikut jadwal posyandu di seluruh kelurahan.</p>")
            + '<div id="comments"><h3>2 Tanggapan</h3><ol class="comment-list"><li class="comment"><b>Agus</b>'
            '<p>Numpang lewat gan, makasih infonya</p></li><li class="comment"><b>Rina</b><p>Maaf admin, posyandu'
            " RW 05 pindah ke balai warga ya?</p></li></ol></div>"
        )
    ),
    "instagram-hacked-notice": story(
        "Pengumuman",
        "<p>Akun Instagram @dinkeskotabekasi telah di-hack oleh orang tidak bertanggung jawab sejak kemarin. Mohon"
        " abaikan pesan dari akun tersebut. Has been hacked &ndash; jangan transfer uang apa pun.</p>",
    ),
    "vendor-in-the-footer": department_page(
        Site(
            body_end='<div class="credit">Dikembangkan oleh Cyber Team Diskominfostandi Kota Bekasi &middot; Tema oleh'
            " Dev Crew Studio</div>"
        )
    ),
    "hackathon-headline": headlined("Hacked by Code: 60 Tim Ramaikan Bekasi Hackathon 2026"),
    "tips-headline": headlined("Your Security is Low? Cek 7 Kebiasaan Aman Berinternet"),
    "headlines-of-hackers": headlined(
        "Mengenal Bjorka, Hacker yang Bikin Heboh Jagat Maya", "Grup Anonymous Klaim Serang Situs Luar Negeri"
    ),
    "podcast-headlines": headlined(
        "Podcast Sehat Eps. 12: Ketika Data Pasien Jadi Incaran Hacker",
        "Owned by Patients: Konsep Rekam Medis Elektronik Milik Pasien",
    ),
    "bird-contest": story(
        "Lomba Burung Kicau Piala Wali Kota",
        "<p>Ratusan kicau mania mengikuti lomba. Burung murai batu paling gacor hari ini menjadi juara kelas utama."
        " Jam gacor burung biasanya pagi hari.</p>",
    ),
    "spatial-plan-live": story(
        "Konsultasi Publik RTRW dan RTP Kawasan",
        "<p>Dinas Tata Ruang menggelar konsultasi publik Rencana Tata Ruang dan RTP kawasan secara live di kanal"
        " YouTube. RTP live streaming dapat diikuti warga.</p>",
    ),
}

DEFACERS_BESIDE = {
    "signed-and-quoted-name": story(
        "Jadwal Posyandu Bulan Ini", '<p>Hacked by "Garuda Cyber" &mdash; Greetz to: all member Bekasi Cyber Team</p>'
    ),
    "visit-and-team": department_page(
        Site(main_extra="<h2>Numpang lewat gan, maaf admin.</h2><p>Salam dari Bekasi Cyber Team</p>")
    ),
    "security-is-low": department_page(Site(main_extra="<h1>Your security is low!</h1><p>- ZeroSec Team -</p>")),
    "site-hacked-by": department_page(
        Site(main_extra="<h1>Website ini telah di-hack oleh ./Kuro</h1><p>Patch dulu admin, jangan tidur.</p>")
    ),
    "crew-was-here": department_page(Site(main_extra="<center><h1>Tersakiti Crew was here</h1></center>")),
}
