"""Honest department pages that a false-alarm red team found read as pornography, spam, a web shell or a foreign
site's frame (session 38).

``WARNINGS``: department home pages in the vendors' themes of ``honest_words_themes_s36`` whose articles warn of the
trades with a verb gambling's words did not have ("Waspadai robot trading", "menjauhi … konten dewasa dan pinjaman
online"), or a pharmacist's words ("Viagra (sildenafil) adalah obat keras", "Jangan membeli obat kuat"). Each must be
aktif, clean and fresh.

``PLAIN_WORDS``: department pages whose own words are a seller's weak terms two by two (a KUR "cepat cair, cukup
KTP", a snack "tahan lama" to order by "hubungi WA", a council's video "viral terbaru", "full durasi", "tanpa sensor",
a seminar's "passive income", a Japanese tourist guide's "口コミ", "格安", "メンズ", "新作"), a lesson's "sex education"
and a doctor's "Obat Kuat dan Viagra: Kapan Perlu ke Dokter?". Each must be aktif, clean and fresh.

``IDIOMS``: a department's own idioms that a seller's page holds too: a catfish farm's "modal kecil untung besar", PNM
Mekaar's financing "tanpa BI checking", a myth's "obat pembesar penis", "Jangan Beli Followers", an English page's
"parental control" against "porn" and "sex predators", "obat telat bulan" that is "tidak dijual bebas". Each must be
aktif, clean and fresh.

``LINUX_LESSON``: a hand-written PHP site's page of a server administrators' lesson, its terminal transcript in a
``<pre>`` below the site's menu: no web shell.

``FACEBOOK_ONLY``: a page whose only content is a Facebook Page Plugin of the department's own page: no foreign site.
"""

from __future__ import annotations

from honest_words_pages_s36 import DISKOMINFO, DISKOPUKM, page
from honest_words_themes_s36 import article

DINKES_FAQ = "Dinas Kesehatan Kota Bekasi"
DP3A = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"

WARNINGS: dict[str, str] = {
    "diskopukm-edukasi-kripto": page(
        "wordpress",
        DISKOPUKM,
        lead=article(
            "Edukasi Aset Kripto: Peluang dan Risikonya",
            "<p>Bersama Bappebti, Dinas Koperasi menggelar seminar aset kripto untuk milenial. Investasi kripto hanya"
            " melalui pedagang fisik aset kripto terdaftar. Waspadai robot trading, skema ponzi, dan janji profit"
            " pasti.</p><p>Narasumber menjelaskan blockchain, volatilitas Bitcoin, dan pentingnya diversifikasi.</p>",
        ),
    ),
    "dp3a-forum-anak-internet-sehat": page(
        "joomla",
        DP3A,
        lead=article(
            "Forum Anak Kota Bekasi Kampanyekan Internet Sehat",
            "<p>Forum Anak Kota Bekasi mengajak teman sebaya menjauhi situs judi online, konten dewasa dan pinjaman"
            " online. 'Kalau ada yang mengirim link aneh, jangan diklik, laporkan ke guru,' ujar Ketua Forum Anak.</p>",
        ),
    ),
    "dinkes-faq-kondom-pil-kb": page(
        "laravel",
        DINKES_FAQ,
        lead=article(
            "Apakah Kondom dan Pil KB Bisa Didapat di Apotek Tanpa Resep?",
            "<p>Kondom dapat dibeli bebas di apotek dan minimarket. Pil KB dapat diberikan apoteker dengan konseling."
            " Viagra (sildenafil) adalah obat keras yang wajib dengan resep dokter.</p><p>Jangan membeli obat kuat,"
            " pil KB atau antibiotik dari penjual daring yang tidak jelas.</p>",
        ),
    ),
}

_MENU = " | ".join(
    f'<a href="{name.lower()}.php">{name}</a>' for name in ("Beranda", "Profil", "Berita", "Layanan", "PPID", "Kontak")
)
LINUX_LESSON = (
    '<html><head><title>Modul 3 - Pelatihan Linux - Diskominfo Kota Bekasi</title><link rel="stylesheet"'
    ' href="style.css"></head><body bgcolor="#FFFFFF"><table width="960" align="center"><tr><td colspan="2">'
    f'<img src="images/header.jpg" alt="{DISKOMINFO}"></td></tr><tr><td colspan="2" class="menu">{_MENU}</td></tr>'
    '<tr><td width="700" valign="top"><marquee>Selamat datang di website resmi Diskominfo Kota Bekasi</marquee>'
    "<h2>Modul 3: Shell Linux</h2><pre>$ uname -a\nLinux srv01 6.1.0-13-amd64 #1"
    " SMP PREEMPT_DYNAMIC Debian 6.1.55-1 x86_64 GNU/Linux\n$ whoami\nwww-data\n$ ls -la\ndrwxr-xr-x  3 www-data"
    " www-data 4096 .\ndrwxr-xr-x 14 root     root     4096 ..\n-rw-r--r--  1 www-data www-data  220 index.html</pre>"
    "<p>Tutorial ini bagian dari modul Pelatihan SysAdmin Diskominfo, diperbarui 1 Desember 2026. Latihan: ubah"
    ' permission dengan chmod 755.</p></td><td width="260" valign="top"><h3>Modul Lain</h3><ul><li><a'
    ' href="modul1.php">Modul 1: Instalasi</a></li><li><a href="modul2.php">Modul 2: Jaringan</a></li><li><a'
    ' href="modul4.php">Modul 4: Apache</a></li></ul></td></tr><tr><td colspan="2"><p>&copy; 2026 Diskominfo Kota'
    ' Bekasi &middot; <a href="https://www.bekasikota.go.id">Portal Kota Bekasi</a> &middot; <a'
    ' href="https://lapor.go.id">SP4N LAPOR!</a></p></td></tr></table></body></html>'
)

FACEBOOK_ONLY = (
    "<!DOCTYPE html><html><head><title>Info Lalu Lintas - Dishub Kota Bekasi</title></head><body><h2>Info Lalu"
    ' Lintas</h2><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2F'
    'dishubkotabekasi&amp;tabs=timeline&amp;width=340&amp;height=500" width="340" height="500" style="border:none;'
    'overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true"></iframe></body></html>'
)


PLAIN_WORDS: dict[str, str] = {
    "diskopukm-kur-cepat-cair": page(
        "codeigniter",
        DISKOPUKM,
        (
            "KUR Kini Lebih Mudah dan Cepat Cair",
            "Pengajuan KUR Mikro di Bank BJB kini lebih mudah dan cepat cair, cukup KTP, KK dan NIB. Pendampingan di"
            " Klinik UMKM, hubungi WA 0812-1111-2222.",
        ),
    ),
    "diskopukm-keripik-tahan-lama": page(
        "wordpress",
        DISKOPUKM,
        (
            "Katalog UMKM: Keripik Pisang Renyah dan Tahan Lama",
            "Keripik Pisang Bu Ida renyah dan tahan lama hingga 6 bulan dalam kemasan standing pouch. Pemesanan"
            " hubungi WA 0813-2222-3333.",
        ),
    ),
    "humas-video-full-durasi": page(
        "joomla",
        DISKOMINFO,
        (
            "Rapat Paripurna DPRD Tanpa Sensor: Tonton Siaran Ulang Full Durasi",
            "Video Wali Kota membersihkan Kali Bekasi menjadi viral terbaru. Siaran ulang paripurna ditayangkan"
            " utuh tanpa sensor, full durasi 3 jam, di kanal YouTube resmi.",
        ),
    ),
    "ekonomi-passive-income": page(
        "laravel",
        DISKOPUKM,
        (
            "Seminar Literasi Keuangan: Bangun Passive Income dari Reksa Dana",
            "Peserta belajar membangun passive income dari reksa dana dan SBN serta mengelola profit konsisten usaha.",
        ),
    ),
    "disbudpar-panduan-jepang": page(
        "wordpress",
        DISKOMINFO,
        lead=article(
            "ブカシ観光ガイド:グルメとショッピング",
            "<p>口コミで人気のレストラン:ナシウドゥック、サテ・タイチャン通り。格安で楽しめる屋台街もおすすめです。</p>"
            "<p>ショッピングはサマレコン・モールへ。バティックのメンズ・レディース新作コレクションが揃っています。</p>",
        ),
    ),
    "dinkes-pkpr-sex-education": page(
        "joomla",
        DINKES_FAQ,
        (
            "Tanya Jawab Seputar Pubertas di PKPR",
            "Remaja bisa bertanya secara rahasia kepada konselor PKPR. Sex education yang benar membantu remaja"
            " mengambil keputusan sehat. Hubungi WA PKPR 0812-6666-7777.",
        ),
    ),
    "dinkes-obat-kuat-ke-dokter": page(
        "codeigniter",
        DINKES_FAQ,
        lead=article(
            "Obat Kuat dan Viagra: Kapan Perlu ke Dokter?",
            "<p>Disfungsi ereksi dapat menjadi tanda penyakit jantung atau diabetes. Konsultasikan ke dokter sebelum"
            " menggunakan sildenafil (viagra) atau tadalafil (cialis).</p>",
        ),
    ),
}


IDIOMS: dict[str, str] = {
    "dkp3-lele-modal-kecil": page(
        "wordpress",
        DISKOPUKM,
        lead=article(
            "Pelatihan Budidaya Lele Bioflok: Modal Kecil Untung Besar",
            "<p>Sebanyak 40 warga mengikuti pelatihan budidaya lele sistem bioflok. Dengan kolam terpal 2 meter,"
            " budidaya lele bisa dimulai dengan modal kecil untung besar.</p>",
        ),
    ),
    "diskopukm-mekaar": page(
        "laravel",
        DISKOPUKM,
        (
            "PNM Mekaar: Pembiayaan Ibu Prasejahtera Tanpa Agunan",
            "Program Mekaar dari PT PNM menyalurkan pembiayaan modal usaha bagi ibu prasejahtera tanpa agunan dan"
            " tanpa BI checking, dengan pendampingan kelompok mingguan.",
        ),
    ),
    "dinkes-mitos-pembesar": page(
        "joomla",
        DINKES_FAQ,
        lead=article(
            "Mitos dan Fakta: Obat Pembesar Penis",
            "<p>Banyak iklan di media sosial menjanjikan hasil instan. Periksakan keluhan kesehatan seksual di"
            " puskesmas.</p>",
        ),
    ),
    "diskominfo-jangan-beli-followers": page(
        "codeigniter",
        DISKOMINFO,
        (
            "Tips UMKM: Jangan Beli Followers, Bangun Audiens Organik",
            "Akun dengan pengikut palsu justru menurunkan jangkauan konten. Bangun audiens dengan konten yang"
            " konsisten.",
        ),
    ),
    "diskominfo-english-children-online": page(
        "wordpress",
        DISKOMINFO,
        lead=article(
            "Keeping Children Safe Online",
            "<p>Parents should use parental control apps to block porn sites and report sex predators who approach"
            " children in online games.</p>",
        ),
    ),
    "dinkes-telat-bulan": page(
        "laravel",
        DINKES_FAQ,
        lead=article(
            "Obat Telat Bulan Tidak Dijual Bebas",
            "<p>Terlambat haid bisa menandakan kehamilan, stres atau gangguan hormon. Periksakan diri ke bidan"
            " puskesmas.</p>",
        ),
    ),
}
