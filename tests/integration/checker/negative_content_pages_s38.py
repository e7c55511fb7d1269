"""Other negative content (konten negatif) than gambling, on Bekasi's department sites (session 38).

``HONEST``: department home pages in the vendors' themes of ``honest_words_themes_s36`` whose news, articles and
widgets name pornography and the other trades to warn of them, teach about them or report on them: Dinkes on HIV/AIDS
and reproductive health, DP3A on sexual violence and the law on it (UU TPKS), Diskominfo and OJK's Satgas PASTI on
illegal online loans and fake investments, BPOM's and Dinkes' raids on illegal sex drugs and abortion pills, Satpol
PP's raids, Disdik's digital literacy, the police's arrests of porn sellers, a Japanese sister city's page in
Japanese, a job fair's and a library's "jasa" words. Each must be aktif, clean and fresh.

``INJECTED``: the same sites as attackers leave them: a block of porn or pinjol links hidden at the body's end or
pushed off-screen, a spam post under the site's theme, the title or the description rewritten, the Japanese keyword
hack's pages on the department's host, pinjol and pharma spam in the comments. Each must be found, with its code.
"""

from __future__ import annotations

from comment_defacement_pages_s30 import comment
from gambling_places_pages_s37 import comments_under
from honest_words_pages_s36 import DINKES, DISDIK, DISKOMINFO, DISKOPUKM, DISPERINDAG, DISPORA, SATPOL, page
from honest_words_themes_s36 import article, widget

DP3A = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"
DISNAKER = "Dinas Tenaga Kerja Kota Bekasi"
DISPUSIP = "Dinas Perpustakaan dan Kearsipan Kota Bekasi"
BAGIAN_KERJASAMA = "Bagian Kerja Sama Sekretariat Daerah Kota Bekasi"
RSUD = "RSUD dr. Chasbullah Abdulmadjid Kota Bekasi"

_THEMES = ("wordpress", "joomla", "laravel", "codeigniter")

# The honest items: a department's headline and its excerpt, by the department that writes it.
_HONEST_ITEMS: dict[str, tuple[str, str, str]] = {
    "dinkes-hiv-aids": (
        DINKES,
        "Peringatan Hari AIDS Sedunia 2026 di Kota Bekasi",
        "Dinkes mengajak warga melakukan tes HIV gratis di puskesmas. Penularan HIV dapat dicegah dengan perilaku seks"
        " yang aman, setia pada pasangan dan penggunaan kondom.",
    ),
    "dinkes-kespro-remaja": (
        DINKES,
        "Layanan Kesehatan Reproduksi Remaja di Puskesmas",
        "Program PKPR memberikan konseling kesehatan reproduksi, pendidikan seks yang sesuai usia dan pencegahan"
        " kehamilan tidak diinginkan bagi pelajar SMP dan SMA.",
    ),
    "dinkes-pendidikan-seks": (
        DINKES,
        "Pentingnya Pendidikan Seks untuk Remaja",
        "Pendidikan seks bukan hal tabu. Orang tua perlu menjelaskan perubahan tubuh, batasan sentuhan dan risiko"
        " seks bebas agar anak tidak mencari tahu dari situs porno di internet.",
    ),
    "dinkes-kb": (
        DINKES,
        "Pelayanan KB Gratis Serentak di 48 Puskesmas",
        "Pasangan usia subur dapat memperoleh pil KB, suntik KB dan pemasangan implan tanpa biaya pada Hari Kontrasepsi"
        " Sedunia.",
    ),
    "dinkes-obat-kuat": (
        DINKES,
        "Dinkes Imbau Warga Tidak Membeli Obat Kuat Ilegal",
        "Obat kuat yang dijual bebas di pinggir jalan dan toko daring sering mengandung sildenafil tanpa izin edar BPOM"
        " dan berbahaya bagi penderita jantung.",
    ),
    "dinkes-aborsi": (
        DINKES,
        "Bahaya Obat Penggugur Kandungan yang Dijual Daring",
        "Dinkes menegaskan obat penggugur kandungan yang dijual bebas berbahaya dan dapat menyebabkan perdarahan hebat"
        " hingga kematian. Konsultasikan kehamilan Anda ke puskesmas terdekat.",
    ),
    "bpom-razia": (
        DINKES,
        "Razia Obat Tradisional dan Obat Kuat Bersama BPOM",
        "Tim gabungan Dinkes dan Loka POM Bekasi menyita ratusan kemasan obat kuat, viagra palsu dan cialis tanpa izin"
        " edar dari tiga toko jamu di Bekasi Timur.",
    ),
    "bpom-misoprostol": (
        DINKES,
        "BPOM Amankan Cytotec dan Obat Aborsi Ilegal",
        "Petugas mengamankan cytotec dan obat aborsi ilegal yang diedarkan tanpa resep dokter melalui media sosial.",
    ),
    "rsud-andrologi": (
        RSUD,
        "Poli Andrologi Kini Buka Setiap Hari",
        "Keluhan disfungsi ereksi sebaiknya diperiksakan ke dokter, bukan diobati sendiri dengan obat kuat yang efek"
        " sampingnya tidak diketahui.",
    ),
    "dp3a-kekerasan-seksual": (
        DP3A,
        "Sosialisasi UU TPKS kepada Kader PKK",
        "UU Tindak Pidana Kekerasan Seksual mengatur pelecehan seksual fisik dan nonfisik, eksploitasi seksual serta"
        " penyebaran konten bermuatan seksual tanpa persetujuan.",
    ),
    "dp3a-pornografi-anak": (
        DP3A,
        "Lindungi Anak dari Pornografi dan Eksploitasi Daring",
        "DP3A mengingatkan orang tua mengawasi gawai anak. Pelaku grooming kerap mengirim video porno dan meminta foto"
        " bugil korban.",
    ),
    "dp3a-uu-pornografi": (
        DP3A,
        "Mengenal UU Nomor 44 Tahun 2008 tentang Pornografi",
        "Setiap orang dilarang memproduksi, menggandakan dan menyebarluaskan pornografi. Pelanggaran diancam pidana"
        " penjara dan denda.",
    ),
    "dp3a-sextortion": (
        DP3A,
        "Waspada Sextortion terhadap Remaja",
        "Modus pemerasan dengan ancaman menyebarkan video sex korban makin marak. Segera laporkan ke UPTD PPA bila"
        " anak Anda mengalaminya.",
    ),
    "diskominfo-pinjol": (
        DISKOMINFO,
        "Waspada Pinjol Ilegal yang Menawarkan Pinjaman Cepat Cair",
        "Pinjol ilegal biasanya menawarkan pinjaman cepat cair tanpa BI checking, cukup KTP, lalu meminta akses ke"
        " seluruh kontak ponsel peminjam.",
    ),
    "diskominfo-satgas-pasti": (
        DISKOMINFO,
        "Satgas PASTI Blokir 537 Entitas Pinjol Ilegal",
        "OJK melalui Satgas PASTI kembali menghentikan pinjaman online ilegal dan investasi bodong. Cek legalitas di"
        " kontak 157 OJK sebelum meminjam.",
    ),
    "diskominfo-investasi": (
        DISKOMINFO,
        "Ciri-Ciri Investasi Bodong yang Perlu Diketahui",
        "Investasi bodong menjanjikan profit harian tinggi, skema member get member dan robot trading tanpa izin"
        " Bappebti maupun OJK.",
    ),
    "diskominfo-robot-trading": (
        DISKOMINFO,
        "Ratusan Warga Jadi Korban Robot Trading Ilegal",
        "Polda Metro Jaya menetapkan tersangka pengelola robot trading yang menjanjikan passive income 10 persen per"
        " bulan kepada anggotanya.",
    ),
    "diskominfo-literasi-porno": (
        DISKOMINFO,
        "Literasi Digital: Bahaya Konten Pornografi bagi Pelajar",
        "Narasumber menjelaskan dampak kecanduan pornografi dan cara melaporkan situs dewasa melalui aduankonten.id.",
    ),
    "diskominfo-pemblokiran": (
        DISKOMINFO,
        "Komdigi Blokir Ribuan Situs Porno Sepanjang 2026",
        "Pemblokiran situs porno, situs dewasa dan konten asusila dilakukan bersama penyedia jasa internet.",
    ),
    "diskominfo-joki": (
        DISKOMINFO,
        "Hindari Jasa Joki Skripsi, Mahasiswa Terancam Sanksi",
        "Kampus menjatuhkan sanksi pembatalan ijazah bagi mahasiswa yang terbukti memakai jasa joki skripsi.",
    ),
    "diskominfo-ijazah-palsu": (
        DISKOMINFO,
        "Waspada Penawaran Jual Ijazah Palsu di Media Sosial",
        "Pelaku menawarkan ijazah asli tanpa kuliah dengan tarif jutaan rupiah. Ijazah palsu dapat dipidana.",
    ),
    "disdik-literasi": (
        DISDIK,
        "Literasi Digital di SMP Negeri 12: Bahaya Pornografi",
        "Siswa diajak mengenali konten negatif seperti pornografi, judi online dan hoaks, serta cara melaporkannya.",
    ),
    "disdik-pencegahan": (
        DISDIK,
        "Guru BK Dibekali Pencegahan Kekerasan Seksual di Sekolah",
        "Pelatihan membahas tanda-tanda korban pelecehan, penanganan kasus dan perlindungan anak di lingkungan"
        " sekolah.",
    ),
    "satpol-razia": (
        SATPOL,
        "Satpol PP Razia Tempat Hiburan Malam",
        "Petugas mengamankan belasan pasangan mesum dari rumah kos dan menyita minuman keras dalam operasi penyakit"
        " masyarakat.",
    ),
    "satpol-obat": (
        SATPOL,
        "Operasi Gabungan Sita Obat Kuat dan Miras di Pasar",
        "Satpol PP bersama Dinkes menyita obat kuat tanpa izin edar dan minuman beralkohol dari lapak pedagang.",
    ),
    "polres-penjual-video": (
        DISKOMINFO,
        "Polres Metro Bekasi Tangkap Penjual Video Porno di Telegram",
        "Tersangka menjual ribuan video porno dan bokep melalui grup Telegram berbayar. Polisi menyita ponsel dan"
        " laptop sebagai barang bukti.",
    ),
    "polres-video-mesum": (
        DISKOMINFO,
        "Penyebar Video Mesum Pelajar Diringkus Polisi",
        "Pelaku menyebarkan video mesum mantan kekasihnya ke media sosial dan dijerat UU ITE.",
    ),
    "polres-prostitusi": (
        SATPOL,
        "Polisi Bongkar Prostitusi Daring Berkedok Open BO",
        "Tersangka menawarkan jasa open BO melalui aplikasi pesan. Tiga korban di bawah umur diamankan.",
    ),
    "diskopukm-pinjaman": (
        DISKOPUKM,
        "Pinjaman Modal Koperasi untuk UMKM dengan Bunga Rendah",
        "Koperasi simpan pinjam binaan Diskopukm menyalurkan pinjaman modal usaha bagi pelaku UMKM yang terdaftar.",
    ),
    "diskopukm-kur": (
        DISKOPUKM,
        "Sosialisasi KUR Tanpa Jaminan Tambahan",
        "Kredit Usaha Rakyat hingga Rp100 juta tidak mensyaratkan agunan tambahan. Hindari pinjaman online ilegal.",
    ),
    "disnaker-job-fair": (
        DISNAKER,
        "Bekasi Job Fair 2026 Hadirkan 60 Perusahaan",
        "Lowongan tersedia di bidang jasa konstruksi, jasa keuangan, jasa logistik dan penyedia jasa kebersihan.",
    ),
    "disnaker-pelatihan": (
        DISNAKER,
        "Pelatihan Pemasaran Digital bagi Pencari Kerja",
        "Peserta belajar mengelola akun media sosial usaha, menambah followers secara organik dan membuat konten.",
    ),
    "dispusip-jasa": (
        DISPUSIP,
        "Jasa Layanan Perpustakaan Daerah Kini Daring",
        "Jasa layanan penelusuran literatur, jasa fotokopi dan peminjaman antarperpustakaan dapat dipesan melalui laman"
        " ini.",
    ),
    "dispusip-resensi": (
        DISPUSIP,
        "Resensi Buku: Kumpulan Cerita Rakyat Bekasi",
        "Buku ini memuat cerita anak dan legenda yang diceritakan ulang untuk pembaca remaja dan dewasa.",
    ),
    "dinkes-ecoli": (
        DINKES,
        "Hasil Uji Air Minum Isi Ulang: Bakteri E. coli Ditemukan",
        "Dinkes menemukan bakteri E. coli pada 12 depot air minum dan meminta pemilik memperbaiki sanitasi.",
    ),
    "diskominfo-backlink": (
        DISKOMINFO,
        "Pelatihan Pengelola Website OPD: Optimasi Mesin Pencari",
        "Materi meliputi struktur tautan internal, backlink dari situs resmi pemerintah dan keamanan CMS dari spam.",
    ),
    "diskominfo-xxx": (
        DISKOMINFO,
        "Contoh Format Surat Permohonan Informasi Publik",
        "Nomor: xxx/PPID/XII/2026. Isikan identitas pemohon, jenis kelamin, rincian informasi dan cara memperoleh"
        " salinan.",
    ),
    "diskopukm-kur-promo": (
        DISKOPUKM,
        "KUR 2026: Bunga Rendah 6 Persen, Tanpa Jaminan hingga Rp100 Juta",
        "Pelaku usaha mikro dapat mengajukan KUR dengan bunga rendah tanpa jaminan tambahan, proses cepat dan limit"
        " besar sesuai kelayakan usaha di bank penyalur.",
    ),
    "diskominfo-medsos": (
        DISKOMINFO,
        "Pelatihan Admin Media Sosial dan Website OPD",
        "Admin belajar menambah followers akun resmi, membangun backlink dari portal Pemkot dan menjawab komentar warga"
        " dengan cepat.",
    ),
    "diskominfo-satgas-pasti-list": (
        DISKOMINFO,
        "Satgas PASTI Hentikan Entitas Ilegal Pekan Ini",
        "Entitas ilegal yang dihentikan antara lain: 1. Robot Trading Auto Profit Indonesia 2. Aplikasi Dana Pinjol"
        " Cepat Cair 3. Investasi Emas Dijamin Profit.",
    ),
    "dispora-karapan": (
        DISPORA,
        "Lomba Pacuan Kuda Tradisional Meriahkan HUT Kota",
        "Panitia menyediakan jasa joki bagi pemilik kuda dari luar daerah. Perlombaan digelar di lapangan"
        " Bantargebang.",
    ),
    "dispora-dewasa-muda": (
        DISPORA,
        "Cerita Dewasa Muda Bekasi yang Sukses Berwirausaha",
        "Tiga pemuda penerima hibah wirausaha berbagi kisah membangun usaha kuliner dan konveksi.",
    ),
    "disperindag-ekspor-jepang": (
        DISPERINDAG,
        "Batik Bekasi Tembus Pasar Jepang",
        "Produk batik perajin Bekasi kini dijual di situs 通販 (toko daring) Jepang dan pameran dagang di Osaka.",
    ),
    "diskominfo-akun-palsu": (
        DISKOMINFO,
        "Jual Beli Followers Melanggar Ketentuan Platform",
        "Diskominfo mengingatkan admin akun resmi perangkat daerah agar tidak membeli pengikut maupun centang biru.",
    ),
    "dinkes-ims": (
        DINKES,
        "Skrining Infeksi Menular Seksual bagi Pekerja Berisiko",
        "Pemeriksaan sifilis, HIV dan hepatitis B dilakukan gratis di klinik IMS puskesmas dengan kerahasiaan terjaga.",
    ),
}

# A sister city's page in Japanese: the exchange, the visit, the mayor.
_SISTER_CITY = article(
    "ベカシ市と日本の友好都市交流",
    "<p>ベカシ市と日本の友好都市との交流事業が始まりました。市長の訪問団は工業団地と学校を視察し、"
    "環境と防災の分野で協力することに合意しました。</p><p>来年は青少年交流プログラムで高校生が日本を訪れます。"
    "日本語教室の参加者も募集中です。</p>",
)
_SISTER_CITY_ID = article(
    "Kunjungan Delegasi Kota Kembar dari Jepang",
    "<p>Wali Kota menerima delegasi kota kembar. 友好都市の皆様、ようこそベカシ市へ。"
    "Kedua kota sepakat bekerja sama di bidang pengelolaan sampah dan kebencanaan.</p>",
)
_OJK_LIST = widget(
    "Daftar Pinjol Legal Terdaftar OJK",
    "<ul><li>Cek daftar pinjaman online legal di situs OJK</li><li>Satgas PASTI: lapor pinjol ilegal ke 157</li>"
    "<li>Ciri pinjol ilegal: bunga tinggi, tanpa alamat kantor, akses kontak</li></ul>",
)


def _honest() -> dict[str, str]:
    pages: dict[str, str] = {}
    for n, (name, (dept, headline, excerpt)) in enumerate(_HONEST_ITEMS.items()):
        pages[name] = page(_THEMES[n % len(_THEMES)], dept, (headline, excerpt))
    pages["kerjasama-sister-city-jepang"] = page("wordpress", BAGIAN_KERJASAMA, lead=_SISTER_CITY)
    pages["kerjasama-delegasi-jepang"] = page("laravel", BAGIAN_KERJASAMA, lead=_SISTER_CITY_ID)
    pages["diskominfo-widget-ojk"] = page("joomla", DISKOMINFO, aside=_OJK_LIST)
    pages["dp3a-article-tpks"] = page(
        "codeigniter",
        DP3A,
        lead=article(
            "Layanan UPTD PPA Kota Bekasi",
            "<p>UPTD PPA menerima pengaduan kekerasan seksual, pornografi anak dan perdagangan orang. Pendampingan"
            " hukum dan psikologis diberikan gratis.</p><p>Hubungi WA 0812-9000-1234 atau datang langsung.</p>",
        ),
    )
    return pages


def _citizens_comments() -> dict[str, str]:
    """Citizens asking for help in the comments of a department's warning: their words of a seller's are a victim's."""
    story = "Waspada Teror Penagih Pinjaman Online Ilegal"
    body = "Diskominfo membuka kanal pengaduan bagi warga yang datanya disebarkan oleh penagih pinjol ilegal."
    victim = comment(
        "Dedi Kurniawan",
        2,
        "Pak, saya diteror penagih setelah pinjam di aplikasi pinjol cepat cair, padahal sudah lunas. Ke mana saya"
        " harus lapor?",
    )
    asked = comment("Siti Aminah", 3, "Apakah ada daftar aplikasi pinjaman online yang resmi? Terima kasih.")
    # asked first: the section's heading repeats the story's title, a warning, into the first comment's sentence
    return {"comments-citizen-pinjol": comments_under(story, body, asked + victim)}


HONEST: dict[str, str] = {**_honest(), **_citizens_comments()}

# What attackers leave on the same sites.
_PORN_LINKS = (
    '<a href="https://bokepindo.example/">bokep indo</a> <a href="https://bokepindo.example/viral">video bokep viral'
    '</a> <a href="https://nontonjav.example/">jav sub indo</a> <a href="https://ceritadewasa.example/">cerita dewasa'
    "</a>"
)
_PINJOL_LINKS = (
    '<a href="https://danakilat.example/">pinjaman online cepat cair</a> <a href="https://danakilat.example/tanpa-bi">'
    'pinjol tanpa bi checking</a> <a href="https://danakilat.example/limit">pinjol limit besar</a>'
)
_PHARMA_LINKS = (
    '<a href="https://obatkuat.example/">jual obat kuat pria</a> <a href="https://obatkuat.example/viagra">viagra asli'
    '</a> <a href="https://klinikaborsi.example/">obat penggugur kandungan</a>'
)
_JASA_LINKS = (
    '<a href="https://seomurah.example/">jasa backlink</a> <a href="https://seomurah.example/pbn">backlink pbn</a>'
    ' <a href="https://sosmedku.example/">jual followers</a> <a href="https://jokiku.example/">jasa joki skripsi</a>'
)
_INVEST_LINKS = (
    '<a href="https://cuanbot.example/">jasa robot trading</a> <a href="https://cuanbot.example/auto">auto profit</a>'
    ' <a href="https://cuanbot.example/harian">dijamin profit harian</a>'
)
_BLOCKS = {"porn": _PORN_LINKS, "pinjol": _PINJOL_LINKS, "pharma": _PHARMA_LINKS, "jasa": _JASA_LINKS}
_CODES = {"porn": "konten_pornografi", "pinjol": "spam_tersisip", "pharma": "spam_tersisip", "jasa": "spam_tersisip"}
_ITEM = ("Rapat Koordinasi Penyusunan Rencana Kerja Tahun 2027", "Seluruh bidang menyampaikan usulan program.")


def _before_body_end(html: str, block: str) -> str:
    return html.replace("</body>", f"{block}\n</body>", 1)


def _injected() -> dict[str, tuple[str, str]]:
    """Return the injected pages by name: the page, and the code it must be found with."""
    pages: dict[str, tuple[str, str]] = {}
    for n, (trade, block) in enumerate(_BLOCKS.items()):
        for m, theme in enumerate(_THEMES):
            dept = (DINKES, DISDIK, DISKOMINFO, SATPOL)[(n + m) % 4]
            html = page(theme, dept, _ITEM)
            code = _CODES[trade]
            pages[f"{trade}-display-none-{theme}"] = (
                _before_body_end(html, f'<div style="display:none">{block}</div>'),
                code,
            )
            pages[f"{trade}-off-screen-{theme}"] = (
                _before_body_end(html, f'<div style="position:absolute;left:-9999px;top:-9999px">{block}</div>'),
                code,
            )
    for theme in _THEMES:
        html = page(theme, DISDIK, _ITEM)
        pages[f"invest-hidden-{theme}"] = (
            _before_body_end(html, f'<div style="height:0;overflow:hidden">{_INVEST_LINKS}</div>'),
            "spam_tersisip",
        )
    pages.update(_scripted())
    pages.update(_posts())
    pages.update(_rewritten())
    pages.update(_japanese())
    pages.update(_commented())
    return pages


def _scripted() -> dict[str, tuple[str, str]]:
    """What a kit's script writes in for search engines, and what it leaves in the markup's comments."""
    written = _PORN_LINKS.replace('"', "'")
    script = f"<script>document.write(\"<div style='display:none'>{written}</div>\");</script>"
    return {
        "script-bokep": (_before_body_end(page("codeigniter", DISDIK, _ITEM), script), "konten_pornografi"),
        "html-comment-pinjol": (
            _before_body_end(page("joomla", DINKES, _ITEM), f"<!-- {_PINJOL_LINKS} -->"),
            "spam_tersisip",
        ),
        "json-ld-obat": (
            page("laravel", SATPOL, _ITEM).replace(
                "</head>",
                '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":'
                '"Jual Obat Kuat Pria Asli - Viagra Asli COD Bekasi"}</script>\n</head>',
                1,
            ),
            "spam_tersisip",
        ),
    }


def _posts() -> dict[str, tuple[str, str]]:
    """Spam posted as the site's news, under its theme."""
    posts = {
        "post-bokep": (
            "Nonton Video Bokep Indo Terbaru Gratis Full Durasi",
            "Koleksi bokep indo viral terbaru, cerita sex dan video mesum ABG tanpa sensor. Streaming gratis tanpa"
            " iklan.",
            "konten_pornografi",
        ),
        "post-pinjol": (
            "Pinjaman Online Cepat Cair Tanpa BI Checking 2026",
            "Butuh dana darurat? Pinjol kami langsung cair dalam 5 menit, cukup KTP, tanpa jaminan. Terdaftar dan"
            " diawasi OJK. Hubungi WA sekarang.",
            "spam_tersisip",
        ),
        "post-obat-kuat": (
            "Jual Obat Kuat Pria Asli Tahan Lama di Bekasi",
            "Viagra asli dan cialis asli, bisa COD seluruh Bekasi. Aman, tanpa efek samping, terdaftar BPOM.",
            "spam_tersisip",
        ),
        "post-aborsi": (
            "Jual Obat Aborsi Cytotec Asli Bekasi",
            "Obat penggugur kandungan ampuh 1 sampai 5 bulan, pengiriman rahasia, bukan penipuan.",
            "spam_tersisip",
        ),
        "post-joki": (
            "Jasa Joki Skripsi dan Tesis Terpercaya",
            "Joki tugas kuliah cepat, harga mahasiswa, revisi sampai ACC. Jual followers Instagram juga tersedia.",
            "spam_tersisip",
        ),
        "post-robot-trading": (
            "Sewa Robot Trading Auto Profit Setiap Hari",
            "Modal kecil untung besar, dijamin profit 5% per hari. Passive income tanpa ribet untuk pemula.",
            "spam_tersisip",
        ),
    }
    pages: dict[str, tuple[str, str]] = {}
    for n, (name, (headline, excerpt, code)) in enumerate(posts.items()):
        theme = _THEMES[n % len(_THEMES)]
        pages[name] = (page(theme, (DINKES, DISKOMINFO, DISDIK)[n % 3], (headline, excerpt), _ITEM), code)
    # Under the header of an office whose name holds a word of a warning's ("Perlindungan Anak"), its menu's "Laporan".
    headline, excerpt, code = posts["post-pinjol"]
    for theme in _THEMES:
        pages[f"post-pinjol-dp3a-{theme}"] = (page(theme, DP3A, (headline, excerpt), _ITEM), code)
    return pages


def _rewritten() -> dict[str, tuple[str, str]]:
    """A title or a description rewritten for search engines, the page left as it was."""
    pages: dict[str, tuple[str, str]] = {}
    html = page("wordpress", DINKES, _ITEM)
    title = html[html.index("<title>") : html.index("</title>") + 8]
    pages["title-bokep"] = (html.replace(title, "<title>Bokep Indo Terbaru - Video Bokep Viral</title>"), "")
    pages["title-pinjol"] = (
        html.replace(title, "<title>Pinjol Cepat Cair Tanpa BI Checking | Dinas Kesehatan</title>"),
        "",
    )
    described = '<meta name="description" content="Jual obat kuat pria, viagra asli, cialis asli bisa COD">'
    pages["meta-obat-kuat"] = (html.replace("</title>", f"</title>\n{described}", 1), "")
    keywords = '<meta name="keywords" content="bokep, nonton bokep, xnxx, cerita dewasa">'
    pages["meta-keywords-bokep"] = (page("laravel", DISDIK, _ITEM).replace("</head>", f"{keywords}\n</head>", 1), "")
    og = '<meta property="og:title" content="Jasa Backlink Murah PBN Berkualitas">'
    pages["og-jasa-backlink"] = (page("joomla", DISKOMINFO, _ITEM).replace("</head>", f"{og}\n</head>", 1), "")
    return {
        name: (html, "konten_pornografi" if "bokep" in name else "spam_tersisip") for name, (html, _) in pages.items()
    }


def _japanese() -> dict[str, tuple[str, str]]:
    """The Japanese keyword hack: shops' pages in Japanese on the department's host, its title theirs."""
    products = (
        ("【激安】ナイキ エアマックス 送料無料 通販", "ナイキ エアマックス 正規品 最安値 通販 レディース メンズ"),
        ("ルイヴィトン 財布 スーパーコピー 激安通販", "ブランドコピー 財布 バッグ 新作 格安 送料無料"),
        ("ロレックス 時計 コピー品 最安値 | 楽天市場", "人気 腕時計 激安 販売 口コミ 送料無料"),
        ("アディダス スニーカー 激安 通販 専門店", "新作 アディダス スニーカー 格安 販売 送料無料 即日発送"),
    )
    pages: dict[str, tuple[str, str]] = {}
    for n, (title, text) in enumerate(products):
        lead = article(title, f"<p>{text}</p>")
        html = page(_THEMES[n], (DINKES, DISDIK, DISKOMINFO, SATPOL)[n], _ITEM, lead=lead)
        start, end = html.index("<title>"), html.index("</title>") + 8
        pages[f"japanese-keyword-hack-{n + 1}"] = (
            html[:start] + f"<title>{title}</title>" + html[end:],
            "spam_tersisip",
        )
    return pages


def _commented() -> dict[str, tuple[str, str]]:
    """Spam posted in the comments of a department's story."""
    story = "Dinkes Gelar Vaksinasi Anak di Sekolah"
    body = "Vaksinasi dilaksanakan serentak di 40 sekolah dasar dengan pendampingan tenaga kesehatan puskesmas."
    pinjol = comment(
        "Dana Kilat",
        2,
        "Butuh dana? Pinjol cepat cair tanpa BI checking, pinjaman online langsung cair 5 menit."
        " Hubungi WA 0812-3333-4444",
    )
    pharma = comment("Toko Sehat Pria", 3, "Jual obat kuat pria asli, viagra asli dan cialis asli bisa COD se-Bekasi.")
    porn = comment("Mas Viral", 4, "Nonton bokep indo terbaru gratis di sini, video bokep viral full durasi.")
    asked = comment("Ibu Rina", 5, "Terima kasih infonya, jadwal vaksinasi di SDN 3 kapan ya?")
    english = (
        '<div class="wp-pharma" style="display:none"><a href="https://rx-pharma.example/viagra">buy viagra online</a>'
        ' <a href="https://rx-pharma.example/cialis">cheap cialis</a> <a href="https://rx-pharma.example/">generic'
        " viagra without prescription</a></div>"
    )
    return {
        "english-pharma-hack": (_before_body_end(page("wordpress", DINKES, _ITEM), english), "spam_tersisip"),
        # under a story that warns of the trade, where its spammers post for the words it ranks for
        "comments-pinjol-under-a-warning": (
            comments_under("Waspada Pinjol Ilegal", "Cek legalitas di OJK sebelum meminjam.", asked + pinjol),
            "spam_tersisip",
        ),
        "comments-pinjol": (comments_under(story, body, asked + pinjol), "spam_tersisip"),
        "comments-obat": (comments_under(story, body, pharma + asked), "spam_tersisip"),
        "comments-bokep": (comments_under(story, body, asked + porn), "konten_pornografi"),
    }


INJECTED: dict[str, tuple[str, str]] = _injected()
