"""Defacers' pages signed only in their weak words, and the department's pages that say the same words (session 30).

- A whole page of a defacer's, the first time it is seen: black, a skull GIF, a song or a video that plays by itself,
  a ./handle, and a line no news writes but a defacer ("Security Breached", "Touched by ./N0b0dy", "Hacked-by: Kur0",
  "HACKED :", "./Kur0 Thanks to: ./Sh4d0w", a zone-h mirror, "Maaf min, iseng doang");
- the main content of the home page replaced by one, under the site's own header, menu and footer.

The look-alikes: a maintenance notice with a loading GIF that thanks for the patience, a Hari Ibu splash page that
plays a song and sends a season's greetings, a students' hacking competition's splash under a GIF banner, and the
home page whose main content is a short notice of the day.
"""

from __future__ import annotations

import pytest
from defaced_pages_s28 import story
from vendor_pages import Site, department_page

TITLE = "Dinas Perhubungan Kota Bekasi"


def defacers_page(body: str, show: str = "audio") -> str:
    """Return a defacer's index.html under the site's own title: black, a skull GIF, its lines, a song or a video
    that plays by itself."""
    played = {
        "audio": '<audio autoplay loop src="https://files.catbox.moe/x7k2p1.mp3"></audio>',
        "video": '<iframe width="0" height="0" src="https://www.youtube.com/embed/xk3BvNLeNgw?autoplay=1&amp;loop=1"'
        ' frameborder="0" allow="autoplay"></iframe>',
        "none": "",
    }[show]
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>'
        "<style>body{background:#000;color:#fff;text-align:center;font-family:'Courier New',monospace}</style>"
        f'</head><body><img src="https://i.ibb.co/x/skull.gif" alt=""><br>{body}{played}</body></html>'
    )


WEAKLY_SIGNED = [
    pytest.param(defacers_page("<h1>Security Breached</h1><p>./N0b0dy - Tersakiti</p>"), id="security-breached"),
    pytest.param(defacers_page("<h1>Touched by ./N0b0dy</h1><p>No system is safe</p>"), id="touched-by"),
    pytest.param(defacers_page("<h1>./Mr.Kuro was here</h1>"), id="was-here"),
    pytest.param(defacers_page("<h1>Hacked-by: Kur0</h1>"), id="hacked-hyphen"),
    pytest.param(defacers_page("<h1>HACKED :</h1><h2>Kur0</h2>", show="video"), id="hacked-colon"),
    pytest.param(defacers_page("<h1>./Kur0</h1><p>Special thanks to: ./Sh4d0w, ./N0b0dy</p>"), id="special-thanks"),
    pytest.param(
        defacers_page('<h1>./Mr.Kuro</h1><p><a href="http://www.zone-h.org/mirror/id/41234567">mirror</a></p>'),
        id="zone-h-mirror",
    ),
    pytest.param(defacers_page("<h1>Maaf min, iseng doang</h1><p>- Kur0 -</p>"), id="maaf-min"),
    pytest.param(defacers_page("<h1>Website berhasil dijebol</h1><p>oleh ./Kur0</p>"), id="berhasil-dijebol"),
    pytest.param(defacers_page("<h1>Diretas oleh ./Kur0</h1>", show="video"), id="diretas-oleh"),
    pytest.param(defacers_page("<h1>Salam dari Tersakiti Crew</h1><p>Kami hanya mengingatkan</p>"), id="salam-crew"),
    pytest.param(
        # A page that plays nothing, but is signed by a handle.
        defacers_page("<h1>Patched by ./N0b0dy</h1><p>Web kalian sudah saya patch, terima kasih kembali.</p>", "none"),
        id="patched-by",
    ),
]
# Signed in a defacer's strong words, on a page all theirs, served as modified yesterday.
STRONGLY_SIGNED = defacers_page("<h1>Pwned by Z3r0Byt3</h1><p>Just for fun. Greetz to: ./Kur0 - Sh4d0w</p>", "none")

MAINTENANCE = (
    f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body style="text-align:center">'
    '<img src="/assets/img/loading.gif" alt="Memuat"><h1>Website Sedang Dalam Pemeliharaan</h1>'
    "<p>Mohon maaf, kami sedang meningkatkan layanan. Thanks to your patience, website akan kembali pukul 15.00 WIB."
    '</p><p>Layanan darurat: <a href="https://wa.me/6281100001111">WhatsApp Call Center Dishub</a></p></body></html>'
)
SEASONS_SPLASH = (
    f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>'
    "<style>body{background:#000;text-align:center;color:#fff}</style></head><body>"
    '<img src="/uploads/2026/12/hari-ibu-2026.gif" alt="Selamat Hari Ibu 22 Desember 2026" style="max-width:100%">'
    "<h2>Selamat Hari Ibu</h2><p>Warm greetings from Dinas Perhubungan Kota Bekasi untuk seluruh ibu di Kota Bekasi."
    '</p><audio autoplay src="/uploads/2026/12/kasih-ibu.mp3"></audio>'
    '<p><a class="btn" href="/beranda/">Masuk ke Website</a></p></body></html>'
)
COMPETITION_SPLASH = (
    f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body style="text-align:center">'
    '<marquee>Pendaftaran ditutup 20 Desember 2026</marquee><img src="/uploads/bhc-2026.gif" alt="Banner">'
    "<h1>Bekasi Hacker Competition 2026</h1><p>Lomba Capture The Flag (CTF) untuk pelajar SMA/SMK se-Kota Bekasi.</p>"
    '<p><a href="/beranda/">Masuk ke Website</a></p></body></html>'
)
LOOK_ALIKES = [
    pytest.param(MAINTENANCE, id="maintenance-thanks"),
    pytest.param(SEASONS_SPLASH, id="hari-ibu-greetings"),
    pytest.param(COMPETITION_SPLASH, id="hacker-competition"),
]

HOME = department_page(Site(name=TITLE, title=TITLE))
MAIN_DEFACED = [
    pytest.param(
        '<center><h1>Security Breached</h1><h2>./N0b0dy was here</h2><img src="https://i.ibb.co/skull.gif" alt="">'
        "</center>",
        id="security-breached",
    ),
    pytest.param(
        '<center><img src="https://i.ibb.co/skull.gif" alt=""><h1>./N0b0dy</h1><h2>Tersakiti Crew</h2></center>',
        id="handle-and-crew",
    ),
]
# The main content of the day: a short notice, in a tour's crew's words.
MAIN_NOTICE = (
    '<article class="pengumuman"><h2>Pengumuman Libur Layanan Uji KIR</h2><p>Layanan uji KIR tutup Jumat, 25 Desember'
    " 2026. Terima kasih kepada seluruh crew bus Transpatriot atas kerja samanya. Jadwal: bit.ly/jadwal-kir</p>"
    "</article>"
)

# A department's pages in a defacer's words: a concert's bill, a CSIRT's advisory, a campaign for strong passwords, a
# CTF team's captain quoted, a hall of fame of those who reported a flaw, a CTF's scoreboard, a guestbook.
STORIES = {
    "concert-bill": department_page(
        Site(
            name="Dinas Kebudayaan dan Pariwisata Kota Bekasi",
            main_extra='<div class="poster"><img src="/uploads/poster-konser.jpg" alt="Poster Konser Amal">'
            "<h2>Konser Amal: Band Hacked &amp; Tersakiti Crew Live di Stadion Patriot</h2>"
            "<p>Tiket dijual mulai Rp50.000 di loket Stadion Patriot Candrabhaga.</p></div>",
        )
    ),
    "festival-bill": department_page(
        Site(
            name="Dinas Kebudayaan dan Pariwisata Kota Bekasi",
            main_extra='<div class="event"><img src="/uploads/poster.jpg" alt="Poster Bekasi Music Fest">'
            "<h3>Bekasi Music Fest 2026</h3><p>Penampil: Anonymous Crew, The Hacker Boys, Black Hat Rebels, Tersakiti"
            " Band</p></div>",
        )
    ),
    "patch-advisory": story(
        "Security Advisory: Critical Vulnerability in WordPress Plugin",
        "<p>A critical flaw allows remote code execution. Please patch your WordPress installations immediately to"
        " version 6.4.3 or later.</p>",
    ),
    "password-campaign": story(
        "Kampanye Kata Sandi Kuat",
        "<p>Password 123456? <strong>Your security is weak!</strong> Gunakan minimal 12 karakter dan autentikasi dua"
        " faktor.</p>",
    ),
    "ctf-captain": story(
        "Cerita Juara: Tim SMKN 1 Bekasi di Final CTF Nasional",
        "<p>\u201cMesin target telah kami retas dalam 15 menit pertama,\u201d kata kapten tim. Tim ini juga menjuarai"
        " kategori pwn.</p>",
    ),
    "hall-of-fame": story(
        "Hall of Fame",
        "<p>Thanks to: ./Mr.Kuro (Indonesian Cyber Army), Sh4d0w (Garuda Security Hacker), N0b0dy (Bekasi Black Hat)"
        " atas laporan kerentanan yang bertanggung jawab.</p>",
    ),
    "ctf-scoreboard": story(
        "Hasil Akhir Bekasi Hacking Competition 2026",
        "<p>Berikut papan skor akhir babak final CTF:</p><table class='table'><tr><th>Peringkat</th><th>Tim</th>"
        "<th>Skor</th></tr><tr><td>1</td><td>Tersakiti Crew</td><td>4.850</td></tr><tr><td>2</td><td>Garuda"
        " Security Hacker</td><td>4.300</td></tr><tr><td>3</td><td>Indonesian Cyber Army SMKN 2</td><td>3.975</td>"
        "</tr><tr><td>4</td><td>Bekasi Black Hat</td><td>3.100</td></tr></table><p>Selamat kepada para pemenang!</p>",
    ),
    "guestbook": department_page(
        Site(
            main_extra='<div class="bukutamu"><h3>Buku Tamu</h3><p><b>Rudi</b>: Rudi was here, pelayanan KIR cepat!'
            "</p><p><b>Sari</b>: Sorry admin, jadwal uji KIR Sabtu buka?</p></div>"
        )
    ),
    # A CTF's winners in a table whose rows are far from the heading that names the competition, and in a list that
    # thanks its sponsor and greets its participants.
    "ctf-winners-table": story(
        "Pemenang Bekasi Cyber Competition 2026",
        "<p>Pemenang Capture The Flag Bekasi Cyber Competition 2026 yang digelar 28 November 2026 di Aula Diskominfo:"
        "</p><table class='table'><thead><tr><th>Peringkat</th><th>Tim</th><th>Asal</th><th>Poin</th></tr></thead>"
        "<tbody>"
        + "".join(
            f"<tr><td>{rank}</td><td>{team}</td><td>{school}</td><td>{points}</td></tr>"
            for rank, team, school, points in (
                (1, "Garuda Hacker", "SMKN 1 Kota Bekasi", 4850),
                (2, "Kelinci Siber", "SMAN 5 Kota Bekasi", 4420),
                (3, "Patriot Cyber Team", "Universitas Islam 45", 4200),
                (4, "Bit Bekasi", "SMK Bina Nusantara", 4010),
                (5, "Root Access", "SMKN 4 Kota Bekasi", 3980),
                (6, "Bekasi Black Hat", "SMK Taruna Bangsa", 3900),
            )
        )
        + "</tbody></table>",
    ),
    "ctf-winners-list": story(
        "Bekasi Cyber Competition 2026",
        "<p>Pemenang Capture The Flag Bekasi Cyber Competition 2026:</p><ol><li>Tim Garuda Hacker &mdash; SMKN 1 Kota"
        " Bekasi</li><li>Tim Patriot Cyber Team &mdash; Universitas Islam 45</li><li>Tim Bekasi Black Hat &mdash; SMK"
        " Taruna Bangsa</li></ol><p>Thanks to sponsor dan juri. Greetz to semua peserta!</p>",
    ),
    # Readers' comments under an announcement: a commenter named "Hacker Pemula", another's "Sorry admin".
    "comment-section": story(
        "Pengumuman Seleksi PPPK 2026",
        "<p>Pengumuman hasil seleksi administrasi PPPK Kota Bekasi formasi 2026 dapat diunduh pada tautan berikut.</p>"
        '<p><a href="/wp-content/uploads/2026/12/pengumuman-pppk.pdf">Unduh Pengumuman (PDF)</a></p>'
        '<div id="comments" class="comments-area"><h3 class="comments-title">3 tanggapan</h3><ol class="comment-list">'
        '<li class="comment"><b class="fn">Rina</b> <span>3 Desember 2026 pukul 08.12</span><p>Link PDF nya tidak bisa'
        ' dibuka. Mohon dicek.</p></li><li class="comment"><b class="fn">Hacker Pemula</b> <span>3 Desember 2026'
        " pukul 09.40</span><p>Sorry admin, mau tanya kapan tes SKB?</p></li>"
        '<li class="comment"><b class="fn">admin</b><p>Sudah diperbaiki ya kak.</p></li></ol></div>',
    ),
}
# A defacer's page in those words stays one.
DEFACERS_IN_THOSE_WORDS = {
    "please-patch": defacers_page("<h1>Hacked</h1><p>Please patch your website, admin. Greetz: ./Sh4d0w</p>"),
    "security-weak": defacers_page("<h1>Your security is weak!</h1><p>Touched by ./Kur0</p>"),
    "kami-retas": defacers_page("<h1>Website ini telah kami retas</h1><p>Salam dari Tersakiti Crew</p>"),
    "sorry-admin": defacers_page("<h1>Sorry admin, cuma ngetes</h1><p>./Kur0 was here</p>"),
}


def splash(link: str) -> str:
    """Return a Hari Ibu splash page under the site's title, with ``link`` its way in."""
    return (
        f"<html><head><title>{TITLE}</title><style>body{{background:#000;text-align:center}}</style></head><body>"
        '<img src="/uploads/2026/12/hari-ibu-2026.jpg" alt="Selamat Hari Ibu 22 Desember 2026" style="max-width:100%">'
        f"<br>{link}</body></html>"
    )


SPLASHES = [
    pytest.param(splash('<a href="/home/"><img src="/uploads/btn-masuk.png" alt="Masuk"></a>'), id="image-button"),
    pytest.param(
        splash('<a class="btn" href="https://ppid.bekasikota.go.id/">Kunjungi PPID Kota Bekasi</a>'), id="city-site"
    ),
]
# A page in the application's place whose only link is to another host: a defacer's contact.
CONTACT_ONLY = (
    f"<html><head><title>{TITLE}</title></head><body style='background:#000'><center><h1>KAMI KEMBALI</h1>"
    "<p>Situs ini sekarang milik kami.</p><a href='https://t.me/kuro404'><img src='/k.png' alt='Contact me'></a>"
    "</center></body></html>"
)
# Teams' names injected after the footer: two names, each other's company; so after a comment section, and on the
# page of a competition's winners.
_TEAMS = '<p align="center">Indonesian Cyber Army | Garuda Security Hacker</p>'
TEAMS_IN_THE_FOOTER = [
    pytest.param(department_page(Site(name=TITLE, body_end=_TEAMS)), id="home"),
    pytest.param(STORIES["comment-section"].replace("</body>", f"{_TEAMS}</body>"), id="after-comments"),
    pytest.param(STORIES["ctf-winners-list"].replace("</body>", f"{_TEAMS}</body>"), id="after-winners"),
]
