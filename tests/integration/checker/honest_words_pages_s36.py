"""A false-alarm sweep of Bekasi's department sites whose honest words sit near the checker's vocabularies, and the
kits that hide under the same cover (session 36).

``HONEST``: about 120 home pages in four vendors' themes (``honest_words_themes_s36``), each with a few news items
of the week whose words a gambling kit, a defacer, a crashed application, a maintenance notice or a server's default
page also use: a sport office's live score, "bandar" of an airport, a domino tournament for 17 Agustus, a tax
office's lottery of prizes, parking slots and "sisa slot" of a school's enrolment, a bird contest's "gacor", a
CSIRT's bulletin quoting "Hacked by", a programming course's "Fatal error" and "SQLSTATE", a road "sedang dalam
perbaikan", a server-hardening lesson quoting "Welcome to nginx"; and ``APPS``, a department's small applications of
their own (a road status board, a PPDB table of "sisa slot", an API reference whose example is a PHP fatal error, a
help article on "Error 404", an LMS lesson on nginx's default page). Each must be aktif, with no finding, and fresh.

The kits, for each family, wear the same cover: slot links hidden under the tax office's lottery news, a "Hacked by"
page under a CSIRT's title that taunts it, a real PHP fatal error on a course's site, a maintenance page that speaks of
roads, nginx's own default page and Apache's "It works!" where the tutorial's site should be.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from honest_words_themes_s36 import THEMES, WIB, Item, article, widget
from vendor_pages import BULAN

# A department's everyday news, after the items of the week under test.
FILLERS: tuple[Item, ...] = (
    (
        "Apel Pagi Gabungan Bersama Sekretaris Daerah",
        "Sekretaris Daerah Kota Bekasi memimpin apel pagi gabungan dan mengingatkan disiplin pegawai menjelang"
        " akhir tahun anggaran.",
    ),
    (
        "Rapat Koordinasi Penyusunan Rencana Kerja Tahun 2027",
        "Seluruh bidang menyampaikan usulan program prioritas yang selaras dengan RPJMD Kota Bekasi.",
    ),
    (
        "Sosialisasi Sistem Pemerintahan Berbasis Elektronik",
        "Diskominfostandi memberikan pendampingan penerapan SPBE kepada operator di setiap perangkat daerah.",
    ),
    (
        "Penandatanganan Pakta Integritas Pejabat Struktural",
        "Pakta integritas ditandatangani sebagai komitmen mewujudkan wilayah bebas dari korupsi.",
    ),
    (
        "Kunjungan Kerja Komisi I DPRD Kota Bekasi",
        "Anggota dewan meninjau pelayanan dan sarana prasarana kantor serta menampung masukan warga.",
    ),
    (
        "Evaluasi Kinerja Triwulan III",
        "Capaian kinerja triwulan ketiga dibahas bersama tim evaluasi dari Bappelitbangda Kota Bekasi.",
    ),
)


def page(theme: str, dept: str, *honest: Item, lead: str = "", aside: str = "") -> str:
    """Return ``dept``'s home page in ``theme``: the ``honest`` items of the week first, then its everyday news."""
    items: Sequence[Item] = (*honest, *FILLERS)[:7]
    return THEMES[theme](dept, items, lead, aside)


DISPORA = "Dinas Pemuda dan Olahraga Kota Bekasi"
BAPENDA = "Badan Pendapatan Daerah Kota Bekasi"
DISHUB = "Dinas Perhubungan Kota Bekasi"
DISDIK = "Dinas Pendidikan Kota Bekasi"
DINKES = "Dinas Kesehatan Kota Bekasi"
DISKOMINFO = "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bekasi"
DISNAKKAN = "Dinas Ketahanan Pangan, Pertanian dan Perikanan Kota Bekasi"
DISBUDPAR = "Dinas Kebudayaan dan Pariwisata Kota Bekasi"
DISKOPUKM = "Dinas Koperasi dan Usaha Mikro Kota Bekasi"
DPUPR = "Dinas Bina Marga dan Sumber Daya Air Kota Bekasi"
DPMPTSP = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bekasi"
DISPERKIMTAN = "Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Bekasi"
SATPOL = "Satuan Polisi Pamong Praja Kota Bekasi"
KESBANGPOL = "Badan Kesatuan Bangsa dan Politik Kota Bekasi"
BAPPELITBANGDA = "Badan Perencanaan Pembangunan Daerah Kota Bekasi"
SMK = "SMK Negeri 1 Kota Bekasi"
DISPERINDAG = "Dinas Perdagangan dan Perindustrian Kota Bekasi"
CSIRT = "Bekasi Kota CSIRT"

_SCORES = widget(
    "Live Score Porprov",
    '<table class="skor"><tr><td>Kota Bekasi</td><td>2 - 1</td><td>Kab. Bogor</td></tr>'
    "<tr><td>Kota Depok</td><td>0 - 0</td><td>Kota Bekasi</td></tr></table>"
    '<p><a href="/porprov/jadwal">Jadwal lengkap dan hasil pertandingan</a></p>',
)
_MEDALS = widget(
    "Klasemen Medali",
    "<ol><li>Kota Bekasi: 71 emas</li><li>Kota Bandung: 68 emas</li><li>Kab. Bogor: 54 emas</li></ol>",
)

SPORT: dict[str, str] = {
    "dispora-live-score-porprov": page(
        "wordpress",
        DISPORA,
        (
            "Pantau Live Score Cabor Sepak Bola Porprov Jabar di Laman Dispora",
            "Warga dapat memantau live score pertandingan tim sepak bola Kota Bekasi di Porprov Jawa Barat melalui"
            " laman ini, diperbarui setiap babak oleh panitia.",
        ),
        aside=_SCORES,
    ),
    "dispora-prediksi-skor-final": page(
        "laravel",
        DISPORA,
        (
            "Lomba Prediksi Skor Final Liga Pelajar Berhadiah Bola Resmi",
            "Pelajar SMP se-Kota Bekasi diajak mengikuti lomba prediksi skor final Liga Pelajar. Tebakan paling"
            " tepat mendapat bola resmi dan kaus tim.",
        ),
    ),
    "dispora-liga-santri": page(
        "joomla",
        DISPORA,
        (
            "Liga Santri Kota Bekasi Memasuki Babak Delapan Besar",
            "Sebanyak delapan pondok pesantren lolos ke babak delapan besar Liga Santri yang digelar di Stadion"
            " Patriot Candrabhaga.",
        ),
        (
            "Jadwal Liga 3 Seri Jawa Barat Pekan Depan",
            "Persipasi Kota Bekasi akan menjamu tim tamu pada Minggu sore. Tiket dijual di loket stadion.",
        ),
        aside=_MEDALS,
    ),
    "dispora-domino-17-agustus": page(
        "codeigniter",
        DISPORA,
        (
            "Turnamen Domino dan Gaple Meriahkan HUT RI di Kecamatan Rawalumbu",
            "Turnamen domino dan gaple antar-RW digelar tanpa taruhan, diikuti 64 pasang peserta. Panitia"
            " menyiapkan piala bergilir Camat Rawalumbu.",
        ),
        (
            "Lomba Catur Cepat Antar-Kelurahan",
            "Pecatur muda Kelurahan Pengasinan keluar sebagai juara lomba catur cepat dalam rangka 17 Agustus.",
        ),
    ),
    "dispora-bridge-porprov": page(
        "wordpress",
        DISPORA,
        (
            "Atlet Bridge Kota Bekasi Raih Dua Emas di Porprov",
            "Tim bridge putra dan putri Kota Bekasi menyumbang dua medali emas setelah unggul dalam babak final.",
        ),
        (
            "Kontingen Catur Target Juara Umum",
            "Pengurus Percasi Kota Bekasi menargetkan juara umum cabang olahraga catur di Porprov tahun depan.",
        ),
        aside=_MEDALS,
    ),
    "dispora-taruhan-nyawa": page(
        "laravel",
        DISPORA,
        (
            "Pemuda Pemberani Pertaruhkan Nyawa Selamatkan Korban Banjir",
            "Anggota Karang Taruna Jatiasih rela taruhan nyawa menyeberangi arus deras demi menolong warga lansia"
            " yang terjebak banjir.",
        ),
    ),
    "dispora-jackpot-headline": page(
        "joomla",
        DISPORA,
        (
            "Jackpot Gol di Menit Akhir, Tim Futsal Kota Bekasi Lolos ke Final",
            "Gol di menit terakhir menjadi jackpot bagi tim futsal Kota Bekasi yang akhirnya lolos ke partai final"
            " Porprov Jawa Barat.",
        ),
    ),
    "dispora-poker-face": page(
        "wordpress",
        DISPORA,
        (
            "Poker Face Kiper Muda Bekasi Saat Adu Penalti",
            "Dengan poker face yang tenang, kiper berusia 17 tahun itu menepis dua tendangan penalti lawan di babak"
            " semifinal.",
        ),
    ),
    "dispora-raja-and-king": page(
        "codeigniter",
        DISPORA,
        (
            "Raja Gowes Bekasi dan King of Mountain Tour de Bekasi",
            "Pesepeda asal Jatisampurna meraih gelar King of Mountain sekaligus dijuluki Raja Gowes Bekasi setelah"
            " menaklukkan tanjakan Cikiwul.",
        ),
    ),
    "dispora-bandar-udara": page(
        "laravel",
        DISPORA,
        (
            "Kontingen Porprov Diberangkatkan Melalui Bandar Udara Husein Sastranegara",
            "Kontingen cabang olahraga dayung berangkat dari Bandar Udara Soekarno-Hatta menuju Bandung dan"
            " disambut panitia di Bandar Udara Husein Sastranegara.",
        ),
    ),
    "dishub-bandar-pelabuhan": page(
        "wordpress",
        DISHUB,
        (
            "Bekasi Jajaki Kerja Sama Angkutan Barang dengan Bandar Pelabuhan Tanjung Priok",
            "Dishub Kota Bekasi membahas jalur angkutan barang dari kawasan industri menuju bandar pelabuhan"
            " Tanjung Priok agar tidak melintasi jalan kota pada jam sibuk.",
        ),
    ),
    "polres-ringkus-bandar-togel": page(
        "joomla",
        SATPOL,
        (
            "Polres Metro Bekasi Kota Ringkus Bandar Togel di Bekasi Utara",
            "Satpol PP mendampingi Polres Metro Bekasi Kota saat meringkus bandar togel beserta barang bukti buku"
            " rekapan dan uang tunai. Pelaku dijerat Pasal 303 KUHP.",
        ),
        (
            "Operasi Pekat Jelang Nataru",
            "Operasi penyakit masyarakat menyasar peredaran minuman keras, perjudian dan tempat hiburan tanpa izin.",
        ),
    ),
    "satpol-razia-judi-sabung": page(
        "codeigniter",
        SATPOL,
        (
            "Satpol PP Bubarkan Arena Judi Sabung Ayam di Mustikajaya",
            "Petugas gabungan membubarkan arena sabung ayam yang disertai perjudian. Warga diminta melapor bila"
            " menemukan praktik serupa.",
        ),
    ),
    "dispora-esport-mobile-legends": page(
        "laravel",
        DISPORA,
        (
            "Turnamen E-Sport Mobile Legends Wali Kota Cup Dibuka",
            "Sebanyak 128 tim pelajar bertanding di turnamen e-sport Wali Kota Cup. Panitia menegaskan turnamen"
            " bebas dari unsur taruhan dan judi online.",
        ),
    ),
    "dispora-bola-voli-skor": page(
        "joomla",
        DISPORA,
        (
            "Skor Akhir 3-2, Tim Voli Putri Bekasi Juara Kejurda",
            "Pertandingan berlangsung lima set dengan skor akhir 3-2. Pelatih memuji mental bertanding pemain muda.",
        ),
        aside=_SCORES,
    ),
    "dispora-odds-kalah-menang": page(
        "wordpress",
        DISPORA,
        (
            "Diunggulkan Lawan, Atlet Pencak Silat Bekasi Balikkan Keadaan",
            "Meski peluang menang dinilai kecil, pesilat Kota Bekasi membalikkan keadaan dan merebut emas kelas"
            " tanding putra.",
        ),
        (
            "Hadiah Total Rp150 Juta untuk Juara Liga Futsal Antarkampung",
            "Juara pertama memperoleh hadiah uang pembinaan dan trofi bergilir Wali Kota Bekasi.",
        ),
    ),
    "dispora-kartu-remi-lansia": page(
        "codeigniter",
        DISPORA,
        (
            "Lomba Bridge dan Kartu Remi Lansia di Hari Lansia Nasional",
            "Lomba diikuti anggota posyandu lansia tanpa taruhan apa pun, sebagai latihan daya ingat dan sarana"
            " silaturahmi.",
        ),
    ),
    "dispora-turnamen-catur-online": page(
        "laravel",
        DISPORA,
        (
            "Turnamen Catur Online Pelajar Digelar di Platform Lichess",
            "Peserta bermain dari sekolah masing-masing dengan pengawasan guru. Juara mewakili Kota Bekasi di"
            " tingkat provinsi.",
        ),
    ),
    "dispora-menang-telak": page(
        "wordpress",
        DISPORA,
        (
            "Menang Telak 5-0, Persipasi Puncaki Klasemen Grup",
            "Persipasi Kota Bekasi menang telak dan memuncaki klasemen grup. Penonton memadati tribun Stadion"
            " Patriot sejak siang.",
        ),
        aside=_SCORES,
    ),
}

_UNDIAN_PBB = (
    "Gebyar Undian Berhadiah Pajak Bumi dan Bangunan Tahun 2026",
    "Wajib pajak yang melunasi PBB sebelum jatuh tempo berhak mengikuti gebyar undian PBB dengan hadiah utama"
    " satu unit mobil, sepeda motor dan puluhan doorprize.",
)
_WINNERS = widget(
    "Pemenang Undian PBB",
    "<ol><li>Hadiah utama: NOP 32.75.010.001-0123.0, Kel. Margahayu</li><li>Hadiah II: NOP 32.75.030.004-0456.0</li>"
    "</ol><p>Pemenang mengambil hadiah di kantor Bapenda dengan membawa SPPT asli.</p>",
)

LOTTERIES: dict[str, str] = {
    "bapenda-gebyar-undian-pbb": page("wordpress", BAPENDA, _UNDIAN_PBB, aside=_WINNERS),
    "bapenda-pemenang-undian": page(
        "joomla",
        BAPENDA,
        (
            "Pengumuman Pemenang Undian Berhadiah Wajib Pajak Taat",
            "Undian disaksikan notaris dan kepolisian. Pemenang hadiah utama berasal dari Kecamatan Bekasi Timur.",
        ),
        _UNDIAN_PBB,
        aside=_WINNERS,
    ),
    "bapenda-hadiah-utama-mobil": page(
        "laravel",
        BAPENDA,
        (
            "Hadiah Utama Mobil Listrik untuk Wajib Pajak Hotel dan Restoran",
            "Setiap pembayaran pajak daerah senilai Rp1 juta mendapat satu kupon undian. Pengundian dilakukan"
            " terbuka di Plaza Pemkot.",
        ),
    ),
    "bapenda-doorprize-bulan-panutan": page(
        "codeigniter",
        BAPENDA,
        (
            "Doorprize Menarik di Bulan Panutan Pajak",
            "Ratusan doorprize berupa kulkas, televisi dan sepeda dibagikan kepada wajib pajak yang hadir di"
            " pencanangan Bulan Panutan Pajak.",
        ),
    ),
    "bapenda-undian-pkb-samsat": page(
        "wordpress",
        BAPENDA,
        (
            "Samsat Kota Bekasi Gelar Undian Berhadiah bagi Pembayar Pajak Kendaraan",
            "Kupon undian diberikan kepada wajib pajak yang membayar PKB tepat waktu. Hadiah diundi pada akhir"
            " tahun dan disiarkan langsung di kanal YouTube.",
        ),
    ),
    "disperindag-undian-belanja": page(
        "joomla",
        DISPERINDAG,
        (
            "Bekasi Great Sale: Belanja di Pasar Rakyat Berkesempatan Ikut Undian",
            "Pengunjung pasar rakyat mendapat kupon undian dengan hadiah utama paket umrah dan sembako.",
        ),
    ),
    "dinkes-doorprize-jalan-sehat": page(
        "laravel",
        DINKES,
        (
            "Jalan Sehat Hari Kesehatan Nasional Bertabur Doorprize",
            "Ribuan peserta jalan sehat memperebutkan doorprize sepeda, kipas angin dan voucher belanja. Hadiah"
            " utama berupa umrah diundi di akhir acara.",
        ),
    ),
    "kesbangpol-undian-jalan-santai": page(
        "codeigniter",
        KESBANGPOL,
        (
            "Jalan Santai Kebangsaan, Kupon Undian Dibagikan Gratis",
            "Panitia membagikan kupon undian gratis di garis start. Pemenang diumumkan langsung di panggung utama.",
        ),
    ),
    "bapenda-hadiah-pbb-tanpa-pungutan": page(
        "wordpress",
        BAPENDA,
        (
            "Waspada Penipuan Mengatasnamakan Undian PBB",
            "Bapenda tidak pernah meminta transfer atau deposit apa pun kepada pemenang undian. Pengambilan hadiah"
            " tidak dipungut biaya.",
        ),
        _UNDIAN_PBB,
    ),
    "diskopukm-undian-umkm-expo": page(
        "laravel",
        DISKOPUKM,
        (
            "UMKM Expo Ditutup dengan Pengundian Hadiah",
            "Pengunjung yang berbelanja minimal Rp50 ribu mengikuti pengundian hadiah. Penjualan pelaku UMKM"
            " mencapai Rp1,2 miliar.",
        ),
    ),
}

_PARKING = widget(
    "Ketersediaan Parkir",
    "<ul><li>Gedung Parkir Alun-Alun: sisa 37 slot</li><li>Parkir Stadion Patriot: sisa 112 slot</li>"
    "<li>Park and Ride Summarecon: penuh</li></ul>",
)

SLOTS: dict[str, str] = {
    "dishub-slot-parkir": page(
        "wordpress",
        DISHUB,
        (
            "Gedung Parkir Alun-Alun Tambah 200 Slot Parkir Sepeda Motor",
            "Penambahan slot parkir diharapkan mengurangi parkir liar di sekitar Jalan Veteran dan Jalan Ir. H."
            " Juanda.",
        ),
        aside=_PARKING,
    ),
    "dishub-sisa-slot-parkir-widget": page(
        "laravel",
        DISHUB,
        (
            "Aplikasi Parkir Pintar Tampilkan Sisa Slot Secara Real Time",
            "Pengendara dapat melihat sisa slot parkir di lima gedung parkir milik Pemkot Bekasi sebelum berangkat.",
        ),
        aside=_PARKING,
    ),
    "diskominfo-slot-iklan-videotron": page(
        "joomla",
        DISKOMINFO,
        (
            "Pemkot Buka Slot Iklan Layanan Masyarakat di Videotron Gratis untuk UMKM",
            "Pelaku UMKM dapat mengajukan slot iklan di videotron Jalan Ahmad Yani. Satu slot berdurasi 15 detik"
            " dan tayang selama satu minggu.",
        ),
    ),
    "dinkes-slot-vaksin": page(
        "codeigniter",
        DINKES,
        (
            "Slot Vaksin HPV di Puskesmas Masih Tersedia",
            "Masih tersedia 250 slot vaksin HPV untuk anak perempuan usia 11-12 tahun. Daftar melalui aplikasi"
            " antrean puskesmas.",
        ),
    ),
    "disdik-sisa-slot-ppdb": page(
        "wordpress",
        DISDIK,
        (
            "Sisa Slot Pendaftaran PPDB Jalur Zonasi Diumumkan",
            "Dinas Pendidikan mengumumkan sisa slot pendaftaran PPDB jalur zonasi di 47 SMP negeri. Orang tua"
            " diminta memantau laman resmi PPDB.",
        ),
        (
            "Kuota Jalur Afirmasi Ditambah",
            "Kuota jalur afirmasi bagi keluarga tidak mampu ditambah menjadi 20 persen dari daya tampung sekolah.",
        ),
    ),
    "disdik-slot-waktu-verifikasi": page(
        "laravel",
        DISDIK,
        (
            "Pilih Slot Waktu Verifikasi Berkas PPDB Secara Daring",
            "Calon peserta didik memilih slot waktu verifikasi berkas agar tidak terjadi antrean panjang di"
            " sekolah. Setiap slot waktu melayani 30 pendaftar.",
        ),
    ),
    "dpmptsp-slot-konsultasi": page(
        "joomla",
        DPMPTSP,
        (
            "Reservasi Slot Konsultasi Perizinan Lewat WhatsApp",
            "Pemohon izin kini dapat memesan slot konsultasi dengan petugas MPP. Slot tersedia setiap hari kerja"
            " pukul 08.00-14.00 WIB.",
        ),
    ),
    "disbudpar-slot-tampil-festival": page(
        "codeigniter",
        DISBUDPAR,
        (
            "Tersisa Lima Slot Tampil bagi Sanggar Seni di Festival Budaya Bekasi",
            "Sanggar seni yang berminat tampil segera mendaftar karena slot tampil di panggung utama terbatas.",
        ),
    ),
    "dinkes-slot-donor-darah": page(
        "wordpress",
        DINKES,
        (
            "Donor Darah Massal, Slot Pendaftaran Dibuka Hingga Jumat",
            "PMI dan Dinkes menyediakan 400 slot donor darah. Pendonor diimbau cukup tidur dan sarapan.",
        ),
    ),
    "dishub-slot-uji-kir": page(
        "laravel",
        DISHUB,
        (
            "Slot Antrean Uji KIR Online Kini Bisa Dipesan H-7",
            "Pemilik kendaraan angkutan barang memesan slot antrean uji KIR secara online paling lambat tujuh hari"
            " sebelumnya.",
        ),
    ),
    "disdik-slot-beasiswa": page(
        "joomla",
        DISDIK,
        (
            "Pemkot Sediakan 1.000 Slot Beasiswa Kuliah bagi Warga Bekasi",
            "Beasiswa diberikan kepada lulusan SMA/SMK berprestasi dari keluarga kurang mampu. Pendaftaran dibuka"
            " hingga akhir bulan.",
        ),
    ),
    "diskominfo-slot-pelatihan-digital": page(
        "codeigniter",
        DISKOMINFO,
        (
            "Slot Pelatihan Digital Talent Scholarship Hampir Penuh",
            "Dari 300 slot pelatihan, tersisa 24 slot untuk kelas pemrograman web dan analisis data.",
        ),
    ),
    "dinkes-slot-posbindu": page(
        "wordpress",
        DINKES,
        (
            "Slot Pemeriksaan Gratis Posbindu PTM Bertambah",
            "Slot pemeriksaan tekanan darah, gula darah dan kolesterol di posbindu ditambah karena antusiasme warga.",
        ),
    ),
    "disperkimtan-slot-rusunawa": page(
        "laravel",
        DISPERKIMTAN,
        (
            "Pendaftaran Penghuni Rusunawa Bekasi Jaya, Tersedia 40 Slot Unit",
            "Warga ber-KTP Kota Bekasi yang belum memiliki rumah dapat mendaftar sebagai calon penghuni rusunawa.",
        ),
    ),
    "dishub-slot-sepeda-listrik": page(
        "joomla",
        DISHUB,
        (
            "Stasiun Sepeda Sewa Tambah Slot Dok di Kawasan Summarecon",
            "Setiap stasiun kini memiliki 12 slot dok sepeda listrik yang dapat diakses dengan aplikasi.",
        ),
    ),
}

WORDS: dict[str, str] = {
    "disnakkan-kicau-mania-gacor": page(
        "wordpress",
        DISNAKKAN,
        (
            "Lomba Burung Berkicau Piala Wali Kota, Murai Batu Paling Gacor Juara",
            "Ratusan kicau mania memadati Taman Kota. Murai batu milik peserta asal Bantargebang tampil paling gacor"
            " dan meraih juara satu.",
        ),
        (
            "Pemeriksaan Kesehatan Burung Gratis",
            "Petugas kesehatan hewan memeriksa burung peserta lomba untuk mencegah penyebaran flu burung.",
        ),
    ),
    "disnakkan-ayam-gacor-bertelur": page(
        "codeigniter",
        DISNAKKAN,
        (
            "Pelatihan Ternak Ayam Petelur untuk Kelompok Tani Perkotaan",
            "Peserta belajar memilih pakan agar ayam gacor bertelur setiap hari, serta mencegah penyakit tetelo.",
        ),
    ),
    "bappelitbangda-scatter-plot": page(
        "joomla",
        BAPPELITBANGDA,
        (
            "Membaca Scatter Plot IPM dan Tingkat Kemiskinan Kecamatan",
            "Scatter plot memperlihatkan hubungan negatif antara indeks pembangunan manusia dan persentase penduduk"
            " miskin di 12 kecamatan.",
        ),
        (
            "Bimtek Visualisasi Data bagi Operator Satu Data",
            "Operator belajar membuat diagram batang, histogram dan scatter diagram dengan aplikasi spreadsheet.",
        ),
    ),
    "dpupr-rtp-ruang-terbuka-publik": page(
        "laravel",
        DPUPR,
        (
            "Penyusunan RTP Ruang Terbuka Publik Kawasan Stasiun Bekasi",
            "Rencana Tata Pelaksanaan (RTP) ruang terbuka publik dibahas bersama warga, komunitas pesepeda dan PT KAI.",
        ),
    ),
    "disdik-rtp-rencana-tata-pelaksanaan": page(
        "wordpress",
        DISDIK,
        (
            "RTP Rehabilitasi Gedung SD Negeri Tahun Anggaran 2027",
            "Dokumen RTP memuat jadwal pekerjaan, metode pelaksanaan dan pengaturan kegiatan belajar selama"
            " rehabilitasi.",
        ),
    ),
    "disbudpar-mahjong-imlek": page(
        "joomla",
        DISBUDPAR,
        (
            "Festival Budaya Imlek: Barongsai, Pameran Mahjong Antik dan Kuliner Peranakan",
            "Pengunjung festival dapat melihat koleksi set mahjong antik dari tulang dan bambu milik perkumpulan"
            " Tionghoa Bekasi, tanpa permainan uang.",
        ),
        (
            "Cap Go Meh di Kelenteng Hok Lay Kiong",
            "Kirab budaya Cap Go Meh melintasi Jalan Kenari dan dijaga petugas gabungan.",
        ),
    ),
    "dinkes-spin-bike-fitness": page(
        "laravel",
        DINKES,
        (
            "Kelas Spin Bike dan Senam Aerobik Gratis di Car Free Day",
            "Dinkes bersama komunitas kebugaran menggelar kelas spin bike selama 45 menit. Peserta juga mendapat"
            " cek tekanan darah.",
        ),
    ),
    "bapenda-deposito-bank-bjb": page(
        "codeigniter",
        BAPENDA,
        (
            "Penempatan Deposito Kas Daerah di Bank bjb Sesuai Ketentuan",
            "Pemkot menempatkan kas daerah yang belum digunakan dalam bentuk deposito pada bank BUMD sesuai"
            " Permendagri tentang pengelolaan keuangan daerah.",
        ),
    ),
    "diskopukm-deposit-withdraw-koperasi": page(
        "wordpress",
        DISKOPUKM,
        (
            "Koperasi Digital: Anggota Bisa Deposit dan Withdraw Simpanan Lewat Aplikasi",
            "Koperasi simpan pinjam binaan Dinas Koperasi meluncurkan aplikasi. Anggota dapat menyetor simpanan"
            " (deposit) dan menarik dana (withdraw) tanpa ke kantor.",
        ),
    ),
    "bappelitbangda-bonus-demografi": page(
        "joomla",
        BAPPELITBANGDA,
        (
            "Menyiapkan Generasi Muda Bekasi Menyambut Bonus Demografi",
            "Bonus demografi dapat menjadi peluang bila angkatan kerja terserap. Pemkot memperkuat pelatihan vokasi"
            " dan kewirausahaan.",
        ),
    ),
    "diskopukm-cuan-umkm": page(
        "laravel",
        DISKOPUKM,
        (
            "Tips Jualan Online agar UMKM Makin Cuan",
            "Pelaku UMKM diajari memotret produk, menulis deskripsi dan mengatur harga agar jualan makin cuan di"
            " lokapasar.",
        ),
    ),
    "disdik-zeus-olympus-pelajaran": page(
        "codeigniter",
        DISDIK,
        (
            "Guru SMP Kenalkan Mitologi Yunani: Zeus dan Para Dewa Olympus",
            "Melalui drama kelas, siswa memerankan Zeus, Athena dan Poseidon untuk memahami teks narasi dalam"
            " pelajaran Bahasa Indonesia.",
        ),
    ),
    "disbudpar-hoki-imlek": page(
        "wordpress",
        DISBUDPAR,
        (
            "Angpau dan Jeruk Simbol Hoki di Perayaan Imlek",
            "Warga Tionghoa Bekasi membagikan jeruk yang dipercaya membawa hoki dan rezeki pada tahun baru.",
        ),
    ),
    "disdik-maxwell-fisika": page(
        "joomla",
        DISDIK,
        (
            "Olimpiade Sains: Siswa Bekasi Paparkan Persamaan Maxwell",
            "Peserta OSN Fisika menjelaskan persamaan Maxwell dan gelombang elektromagnetik di hadapan dewan juri.",
        ),
    ),
    "disperindag-pasar-kaget-modal": page(
        "laravel",
        DISPERINDAG,
        (
            "Modal Kecil Untung Besar? Disperindag Ingatkan Waspada Investasi Bodong",
            "Warga diimbau tidak tergiur janji untung berlipat. Periksa izin investasi melalui laman OJK sebelum"
            " menyetor uang.",
        ),
    ),
    "diskominfo-literasi-judol": page(
        "wordpress",
        DISKOMINFO,
        (
            "Diskominfo Ajak Warga Laporkan Situs Judi Online ke Aduan Konten",
            "Warga yang menemukan situs atau iklan judi online diminta melapor melalui aduankonten.id. Judi online"
            " menjerat keluarga dalam utang.",
        ),
    ),
    "disdik-peluang-statistika": page(
        "codeigniter",
        DISDIK,
        (
            "Belajar Peluang dengan Dadu dan Koin di Kelas Matematika",
            "Siswa kelas VIII melempar dadu dan koin untuk memahami peluang empirik dan peluang teoretik.",
        ),
    ),
    "disnakkan-lelang-ikan": page(
        "joomla",
        DISNAKKAN,
        (
            "Lelang Ikan Koi Meriahkan Kontes Koi Bekasi",
            "Koi jenis kohaku terjual dalam lelang dengan harga tertinggi. Hasil lelang sebagian disumbangkan.",
        ),
    ),
    "dispora-spin-off-atlet": page(
        "laravel",
        DISPORA,
        (
            "Kelas Atlet Muda Jadi Spin-Off Program Pembinaan Prestasi",
            "Program spin-off ini menyaring atlet berbakat dari sekolah untuk dibina di pusat pelatihan daerah.",
        ),
    ),
    "diskopukm-raja-ongkir": page(
        "wordpress",
        DISKOPUKM,
        (
            "Pelatihan Aplikasi Raja Ongkir dan Kasir Digital bagi UMKM",
            "Peserta belajar menghitung ongkos kirim dan mencatat transaksi harian agar usaha lebih tertib.",
        ),
    ),
}

_BULLETIN = article(
    "Buletin Insiden Siber Bulan November",
    "<p>Bekasi Kota CSIRT menerima tiga laporan insiden dari perangkat daerah dan sekolah. Ringkasan:</p><ul>"
    '<li>Situs sebuah sekolah swasta menampilkan tulisan "Hacked by Ghost Squad" di halaman depan; telah dipulihkan'
    " dari cadangan.</li><li>Upaya brute force pada halaman login aplikasi kepegawaian; diblokir WAF.</li>"
    "<li>Surel phishing mengatasnamakan BKPSDM; pegawai diminta tidak mengklik tautan.</li></ul>"
    "<p>Perangkat daerah yang mengalami insiden segera melapor ke csirt@bekasikota.go.id.</p>",
)
_ADVISORY = widget(
    "Peringatan Keamanan BSSN",
    "<ul><li>Peringatan kerentanan plugin WordPress File Manager (CVE-2020-25213) yang banyak dipakai pada situs"
    " yang di-deface (defaced)</li><li>Kerentanan kritis Apache Struts</li><li>Kampanye phishing bertema tilang"
    " elektronik</li></ul>",
)

DEFACEMENT: dict[str, str] = {
    "csirt-buletin-hacked-by": page(
        "wordpress",
        CSIRT,
        (
            "Situs Sekolah Swasta Diretas, Muncul Tulisan Hacked by Ghost Squad",
            "Tim CSIRT membantu pemulihan situs dari cadangan dan menutup celah pada plugin yang kedaluwarsa.",
        ),
        lead=_BULLETIN,
        aside=_ADVISORY,
    ),
    "csirt-defaced-advisory-list": page(
        "joomla",
        CSIRT,
        (
            "BSSN Rilis Daftar Situs Pemerintah Daerah yang Defaced Sepanjang 2026",
            "Daftar situs yang defaced menjadi bahan evaluasi. Situs Pemkot Bekasi tidak termasuk dalam daftar.",
        ),
        aside=_ADVISORY,
    ),
    "diskominfo-hacked-awareness": page(
        "laravel",
        DISKOMINFO,
        (
            "Akun Media Sosial Hacked? Ini Langkah Pemulihannya",
            "Jika akun Anda hacked, segera ganti kata sandi, aktifkan verifikasi dua langkah dan laporkan ke platform.",
        ),
        (
            "Webinar Keamanan Siber untuk ASN",
            "Seribu ASN mengikuti webinar tentang kata sandi yang kuat, phishing dan keamanan perangkat kerja.",
        ),
    ),
    "diskominfo-haveibeenpwned": page(
        "codeigniter",
        DISKOMINFO,
        (
            "Cek Apakah Email Anda Pernah Bocor di Have I Been Pwned",
            "Masukkan alamat email di haveibeenpwned.com. Bila muncul tulisan Oh no, pwned!, segera ganti kata sandi"
            " akun tersebut.",
        ),
    ),
    "diskominfo-cyber-army-quoted": page(
        "wordpress",
        DISKOMINFO,
        (
            "Kelompok yang Menamakan Diri Indonesian Cyber Army Klaim Serangan ke Situs Luar Negeri",
            'Pemkot mengimbau warga tidak ikut-ikutan aksi peretasan. Nama "Indonesian Cyber Army" yang beredar di'
            " media sosial tidak ada kaitannya dengan pemerintah.",
        ),
    ),
    "diskominfo-owned-asset": page(
        "joomla",
        DISKOMINFO,
        (
            "Inventarisasi Aset TIK: Perangkat Owned dan Sewa Dipisahkan",
            "Setiap perangkat daerah mendata perangkat milik sendiri (owned) dan perangkat sewa untuk perencanaan"
            " anggaran pemeliharaan.",
        ),
    ),
    "csirt-deface-exercise": page(
        "laravel",
        CSIRT,
        (
            "Simulasi Penanganan Insiden Deface bagi Admin Situs OPD",
            "Peserta berlatih memulihkan situs yang di-deface, menyimpan log sebagai bukti dan melapor ke CSIRT dalam"
            " 1x24 jam.",
        ),
    ),
    "diskominfo-hacker-etis": page(
        "codeigniter",
        DISKOMINFO,
        (
            "Lomba Capture The Flag Cari Hacker Etis Muda Bekasi",
            "Mahasiswa dan pelajar SMK beradu kemampuan keamanan siber. Juara diajak magang di Bekasi Kota CSIRT.",
        ),
    ),
    "csirt-hacked-by-screenshot-caption": page(
        "wordpress",
        CSIRT,
        (
            "Waspada Deface Massal Jelang Hari Kemerdekaan",
            'Tangkapan layar situs korban biasanya memuat tulisan "Hacked by" dan nama kelompok. Jangan menghapus'
            " berkas sebelum tim CSIRT mengambil bukti.",
        ),
        aside=_ADVISORY,
    ),
    "diskominfo-password-hacked-stat": page(
        "laravel",
        DISKOMINFO,
        (
            "Survei: 6 dari 10 Warga Pernah Mengalami Akun Diretas",
            "Sebagian besar akun diretas karena kata sandi yang sama dipakai di banyak layanan.",
        ),
    ),
    "disdik-cyber-security-club": page(
        "joomla",
        SMK,
        (
            "Cyber Security Club SMKN 1 Juara Lomba Hacking Etis",
            "Tim siswa jurusan TKJ berhasil menemukan celah pada aplikasi uji dan menuliskan laporan secara"
            " bertanggung jawab.",
        ),
    ),
    "csirt-pulih-setelah-deface": page(
        "codeigniter",
        CSIRT,
        (
            "Situs Kelurahan Sudah Pulih Setelah Sempat Di-deface",
            "Halaman depan situs kelurahan sempat diganti oleh peretas. Kini situs sudah kembali normal dan kata"
            " sandi admin telah diganti.",
        ),
    ),
    "diskominfo-security-hardening-list": page(
        "wordpress",
        DISKOMINFO,
        (
            "Lima Tanda Situs Anda Sudah Dibobol Peretas",
            "Muncul halaman asing, tautan judi tersembunyi, akun admin baru, berkas PHP tak dikenal dan lalu lintas"
            " mendadak ke situs lain.",
        ),
    ),
    "kesbangpol-hoaks-diretas": page(
        "laravel",
        KESBANGPOL,
        (
            "Hoaks: Situs Pemkot Bekasi Diretas Kelompok Asing",
            "Kabar yang beredar di grup percakapan tidak benar. Situs resmi Pemkot Bekasi tetap dapat diakses"
            " dengan normal.",
        ),
    ),
    "csirt-rfc2350": page(
        "joomla",
        CSIRT,
        (
            "Dokumen RFC 2350 Bekasi Kota CSIRT Diperbarui",
            "Dokumen memuat layanan penanggulangan insiden, termasuk penanganan web defacement dan malware.",
        ),
        lead=_BULLETIN,
    ),
    "csirt-taunt-quoted-in-report": page(
        "wordpress",
        CSIRT,
        (
            "Situs Sekolah Diretas, Peretas Tinggalkan Pesan Ejekan untuk CSIRT",
            'Halaman depan situs sempat bertuliskan "Hacked by Ghost Squad, CSIRT kalian tidur?". Situs telah'
            " dipulihkan dan kata sandi admin diganti.",
        ),
        aside=_ADVISORY,
    ),
    "csirt-halo-bssn-cyber-drill": page(
        "laravel",
        CSIRT,
        (
            "Halo BSSN, Bekasi Kota CSIRT Siap Ikut Cyber Drill Nasional",
            "Tim CSIRT berlatih menangani insiden web defacement dan ransomware bersama BSSN dan CSIRT provinsi.",
        ),
    ),
    "diskominfo-kominfo-kalian-warga": page(
        "joomla",
        DISKOMINFO,
        (
            "Warga Bertanya di Kanal Aduan: Kominfo Kalian Bisa Blokir Situs Judi?",
            "Diskominfo menjelaskan bahwa pemblokiran dilakukan Komdigi. Warga cukup melapor melalui aduankonten.id.",
        ),
    ),
}

_TRACE = (
    "<pre><code>Traceback (most recent call last):\n"
    '  File "client.py", line 14, in &lt;module&gt;\n'
    "    data = resp.json()\n"
    "requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)</code></pre>"
)
_API_DOCS = article(
    "Dokumentasi API Satu Data Kota Bekasi",
    "<p>API Satu Data menyediakan dataset dalam format JSON. Contoh permintaan:</p>"
    "<pre><code>curl https://data.bekasikota.go.id/api/3/action/package_list</code></pre>"
    "<p>Bila kunci API salah, server menjawab <code>401 Unauthorized</code>. Bila Anda lupa memeriksa status"
    " jawaban, klien Python akan berhenti seperti ini:</p>" + _TRACE + "<h3>Kode galat</h3><table>"
    "<tr><th>Kode</th><th>Arti</th></tr><tr><td>400</td><td>Parameter tidak lengkap</td></tr>"
    "<tr><td>404</td><td>Dataset tidak ditemukan</td></tr><tr><td>500</td><td>Galat server</td></tr></table>",
)
_PHP_MODULE = article(
    "Modul 7: Membaca Pesan Kesalahan PHP",
    "<p>Pesan kesalahan membantu kita menemukan baris yang salah. Contoh pesan yang sering muncul:</p>"
    "<pre><code>Warning: Undefined variable $nama in /var/www/latihan/index.php on line 12\n"
    "Fatal error: Uncaught Error: Call to undefined function koneksi() in /var/www/latihan/db.php:8</code></pre>"
    "<p>Baca jenisnya (Warning, Notice atau Fatal error), lalu nama berkas dan nomor barisnya.</p>",
)
_SQL_MODULE = article(
    "Materi Basis Data: Menangani Kesalahan PDO",
    "<p>Bila kolom tidak ada, PDO melempar PDOException dengan pesan seperti:</p>"
    "<pre><code>SQLSTATE[42S22]: Column not found: 1054 Unknown column 'nisn' in 'field list'</code></pre>"
    "<p>Tangkap pengecualian dengan try/catch dan jangan tampilkan pesan aslinya kepada pengguna.</p>",
)

ERRORS: dict[str, str] = {
    "diskominfo-help-error-404": page(
        "wordpress",
        DISKOMINFO,
        (
            "Muncul Error 404 Saat Membuka Tautan Lama? Ini Penjelasannya",
            "Error 404 berarti halaman tidak ditemukan karena alamatnya berubah. Gunakan kotak pencarian atau menu"
            " Berita untuk menemukan artikel yang Anda cari.",
        ),
    ),
    "smk-modul-warning-fatal-error": page("joomla", SMK, lead=_PHP_MODULE),
    "smk-sqlstate-course": page(
        "codeigniter",
        SMK,
        (
            "Siswa RPL Belajar Menangani SQLSTATE dan Pengecualian PDO",
            "Dalam praktik basis data, siswa membaca pesan SQLSTATE untuk mengetahui penyebab kueri gagal.",
        ),
        lead=_SQL_MODULE,
    ),
    "diskominfo-api-docs-stack-trace": page("laravel", DISKOMINFO, lead=_API_DOCS),
    "diskominfo-galat-server-gangguan": page(
        "wordpress",
        DISKOMINFO,
        (
            "Gangguan Layanan E-Office Akibat Galat Server Telah Diatasi",
            "Layanan e-office sempat menampilkan pesan Internal Server Error selama satu jam pada Senin pagi. Kini"
            " layanan kembali normal.",
        ),
    ),
    "disdukcapil-error-aplikasi-pelatihan": page(
        "joomla",
        DISKOMINFO,
        (
            "Pelatihan Admin Aplikasi: Mengatasi Database Connection Error",
            "Peserta belajar memeriksa berkas konfigurasi ketika muncul pesan Error establishing a database"
            " connection pada situs WordPress.",
        ),
    ),
    "smk-java-exception-lesson": page(
        "laravel",
        SMK,
        (
            "Praktikum Java: Memahami NullPointerException",
            "Siswa menelusuri stack trace java.lang.NullPointerException untuk menemukan objek yang belum"
            " diinisialisasi.",
        ),
        lead=article(
            "Contoh Stack Trace",
            '<pre><code>Exception in thread "main" java.lang.NullPointerException\n'
            "    at sekolah.Siswa.getNama(Siswa.java:21)\n    at sekolah.Main.main(Main.java:9)</code></pre>",
        ),
    ),
    "diskominfo-502-bad-gateway-explained": page(
        "codeigniter",
        DISKOMINFO,
        (
            "Apa Arti 502 Bad Gateway dan 503 Service Unavailable?",
            "Artikel literasi digital menjelaskan kode status HTTP yang sering dilihat warga saat layanan daring"
            " sedang ramai.",
        ),
    ),
    "smk-laravel-debug-mode": page(
        "wordpress",
        SMK,
        (
            "Jangan Aktifkan APP_DEBUG di Server Produksi",
            "Guru RPL mengingatkan siswa bahwa halaman Whoops, looks like something went wrong dan stack trace tidak"
            " boleh tampil kepada pengguna.",
        ),
    ),
    "diskominfo-kode-galat-tabel": page(
        "joomla",
        DISKOMINFO,
        (
            "Daftar Kode Galat Aplikasi Sipandu untuk Petugas Helpdesk",
            "E-01 berarti NIK tidak ditemukan, E-02 sesi habis, E-03 berkas terlalu besar. Petugas helpdesk"
            " menjawab keluhan sesuai kode.",
        ),
    ),
    "smk-python-traceback": page(
        "codeigniter",
        SMK,
        (
            "Lomba Debugging Python Antar-SMK",
            "Peserta diberi program yang berhenti dengan Traceback dan ZeroDivisionError, lalu memperbaikinya"
            " secepat mungkin.",
        ),
    ),
    "dinkes-error-sistem-bpjs": page(
        "laravel",
        DINKES,
        (
            "Antrean Puskesmas Sempat Terganggu karena Error Sistem Bridging",
            "Petugas mencatat manual saat terjadi error pada sistem bridging. Pelayanan pasien tetap berjalan.",
        ),
    ),
    "smk-ci-database-error": page(
        "wordpress",
        SMK,
        (
            "Praktik CodeIgniter: A Database Error Occurred",
            "Siswa mempelajari penyebab pesan A Database Error Occurred, mulai dari nama basis data yang salah hingga"
            " kata sandi pengguna MySQL.",
        ),
    ),
    "diskominfo-api-changelog": page(
        "joomla",
        DISKOMINFO,
        (
            "Pembaruan API Satu Data Versi 2.3",
            "Versi baru memperbaiki bug yang menyebabkan Fatal error pada ekspor CSV berukuran besar.",
        ),
        lead=_API_DOCS,
    ),
    "disdik-ujian-error-server": page(
        "laravel",
        DISDIK,
        (
            "ANBK Berjalan Lancar, Tak Ada Laporan Error Server",
            "Seluruh sekolah melaksanakan ANBK tanpa kendala. Proktor melaporkan tidak ada error server maupun"
            " gangguan jaringan.",
        ),
    ),
}

_ROADWORKS = widget(
    "Info Perbaikan Jalan",
    "<ul><li>Jl. Chairil Anwar: sedang dalam perbaikan, gunakan jalur alternatif Jl. Pahlawan</li>"
    "<li>Jembatan Kali Bekasi (Jl. Cut Meutia): pemeliharaan sambungan, buka tutup</li></ul>",
)

MAINTENANCE: dict[str, str] = {
    "dpupr-pemeliharaan-jalan": page(
        "wordpress",
        DPUPR,
        (
            "Pemeliharaan Jalan Berkala di 15 Ruas Jalan Kota",
            "Pekerjaan pemeliharaan jalan berupa penambalan lubang dan pengaspalan ulang dilaksanakan malam hari"
            " agar tidak mengganggu lalu lintas.",
        ),
        aside=_ROADWORKS,
    ),
    "dpupr-perbaikan-jembatan": page(
        "joomla",
        DPUPR,
        (
            "Perbaikan Jembatan Kali Bekasi Ditargetkan Rampung Akhir Tahun",
            "Jembatan sedang dalam perbaikan sehingga kendaraan berat dialihkan. Sepeda motor tetap dapat melintas.",
        ),
        aside=_ROADWORKS,
    ),
    "dpupr-jalan-sedang-dalam-perbaikan": page(
        "laravel",
        DPUPR,
        (
            "Jalan Ahmad Yani Sedang dalam Perbaikan, Pengendara Diminta Berhati-hati",
            "Ruas Jalan Ahmad Yani arah Bulak Kapal sedang dalam perbaikan selama dua minggu. Petugas Dishub"
            " mengatur lalu lintas di lokasi.",
        ),
    ),
    "dpmptsp-under-construction-pbg": page(
        "codeigniter",
        DPMPTSP,
        (
            "Bangunan Under Construction Wajib Memasang Papan PBG",
            "Setiap bangunan yang under construction wajib memasang papan informasi Persetujuan Bangunan Gedung"
            " yang dapat dilihat dari jalan.",
        ),
    ),
    "disbudpar-coming-soon-festival": page(
        "wordpress",
        DISBUDPAR,
        (
            "Coming Soon: Bekasi Night Carnival 2027",
            "Bekasi Night Carnival kembali digelar tahun depan. Pendaftaran peserta pawai dibuka mulai bulan Januari.",
        ),
    ),
    "dishub-pemeliharaan-lampu": page(
        "joomla",
        DISHUB,
        (
            "Pemeliharaan Lampu Penerangan Jalan Umum di Kecamatan Medan Satria",
            "Petugas mengganti 120 lampu PJU yang padam dengan lampu LED hemat energi.",
        ),
    ),
    "disperkimtan-renovasi-rutilahu": page(
        "laravel",
        DISPERKIMTAN,
        (
            "Renovasi Rumah Tidak Layak Huni Sedang Berlangsung di 30 Kelurahan",
            "Sebanyak 450 rumah sedang direnovasi. Warga penerima bantuan diminta mengawasi pekerjaan bersama"
            " fasilitator.",
        ),
    ),
    "diskominfo-pemeliharaan-jaringan-opd": page(
        "codeigniter",
        DISKOMINFO,
        (
            "Pemeliharaan Jaringan Fiber Optik Antar-OPD Sabtu Dini Hari",
            "Layanan internet kantor akan terputus sementara pukul 00.00-04.00 WIB. Situs dan aplikasi publik tetap"
            " dapat diakses.",
        ),
    ),
    "dpupr-normalisasi-kali": page(
        "wordpress",
        DPUPR,
        (
            "Normalisasi Kali Bekasi Masuk Tahap Perbaikan Tanggul",
            "Tanggul yang jebol di Perumahan Pondok Gede Permai sedang dalam tahap perbaikan dengan sheet pile baja.",
        ),
    ),
    "dinkes-puskesmas-renovasi": page(
        "joomla",
        DINKES,
        (
            "Puskesmas Bekasi Jaya Sedang Direnovasi, Pelayanan Dipindah Sementara",
            "Selama renovasi, pelayanan dipindahkan ke gedung serbaguna kelurahan. Jam layanan tidak berubah.",
        ),
    ),
    "disdik-coming-soon-aplikasi": page(
        "laravel",
        DISDIK,
        (
            "Segera Hadir: Aplikasi Rapor Digital untuk Orang Tua",
            "Coming soon, orang tua dapat memantau nilai dan kehadiran anak melalui aplikasi. Uji coba di 10 sekolah"
            " berjalan baik.",
        ),
    ),
    "dishub-halte-under-construction": page(
        "codeigniter",
        DISHUB,
        (
            "Halte Transpatriot Baru Masih Under Construction",
            "Tiga halte baru di koridor Harapan Indah masih under construction dan ditargetkan beroperasi bulan depan.",
        ),
    ),
}

_NGINX_LESSON = article(
    "Hardening Server Web: Jangan Biarkan Halaman Bawaan Tampil",
    "<p>Server yang baru dipasang sering menampilkan halaman bawaan bertuliskan <em>Welcome to nginx!</em> atau"
    " <em>Apache2 Ubuntu Default Page: It works</em>. Halaman ini memberi tahu penyerang versi perangkat lunak yang"
    " dipakai.</p><ol><li>Hapus berkas index bawaan di /var/www/html.</li><li>Matikan server_tokens.</li>"
    "<li>Arahkan domain ke aplikasi yang benar.</li></ol>",
)

DEFAULT_PAGES: dict[str, str] = {
    "diskominfo-welcome-to-nginx-tutorial": page("wordpress", DISKOMINFO, lead=_NGINX_LESSON),
    "diskominfo-it-works-article": page(
        "joomla",
        DISKOMINFO,
        (
            '"It Works!" Bukan Tanda Situs Siap Dipakai',
            "Tulisan It works! pada halaman Apache hanya menandakan server berjalan. Admin harus memasang aplikasi"
            " dan menghapus halaman bawaan.",
        ),
    ),
    "smk-apache-praktik": page(
        "codeigniter",
        SMK,
        (
            "Praktik TKJ: Memasang Apache dan Melihat Halaman It Works",
            "Siswa kelas XI memasang web server Apache di Debian, lalu membuka alamat server hingga tampil tulisan"
            " It works!",
        ),
    ),
    "diskominfo-iis-welcome": page(
        "laravel",
        DISKOMINFO,
        (
            "Migrasi Aplikasi dari IIS ke Linux Selesai",
            "Halaman Welcome IIS tidak lagi muncul di server lama. Seluruh aplikasi kini berjalan di klaster Linux.",
        ),
    ),
    "smk-laravel-welcome": page(
        "wordpress",
        SMK,
        (
            "Membuat Proyek Laravel Pertama",
            "Setelah menjalankan php artisan serve, siswa melihat halaman welcome Laravel sebelum mulai membuat"
            " rute sendiri.",
        ),
    ),
    "diskominfo-domain-parkir-artikel": page(
        "joomla",
        DISKOMINFO,
        (
            "Domain Kedaluwarsa Bisa Jadi Parkir Iklan, Perpanjang Tepat Waktu",
            "Domain yang tidak diperpanjang dapat dibeli orang lain dan diparkir dengan iklan. Pemkot memakai domain"
            " go.id yang dikelola Kominfo.",
        ),
    ),
    "smk-index-of-directory": page(
        "laravel",
        SMK,
        (
            "Keamanan Web: Matikan Directory Listing",
            'Jika folder tampil sebagai "Index of /uploads", siapa pun dapat mengunduh berkas. Siswa belajar menambah'
            " Options -Indexes.",
        ),
    ),
    "diskominfo-cpanel-default": page(
        "codeigniter",
        DISKOMINFO,
        (
            "Pelatihan Pengelolaan Hosting bagi Admin Situs Kelurahan",
            "Admin belajar mengganti halaman default cPanel, memasang SSL dan mencadangkan basis data.",
        ),
    ),
}


def _app(title: str, brand: str, body: str) -> str:
    """Return a department's small application of its own (a Laravel app on Bootstrap 5): a navbar of a few links,
    ``body``, a footer; no news list."""
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Zr8q1mXo2Lw9Kc4Tb7Vn3Hs6Pd0Ae5Gy">
<title>{title}</title><link rel="stylesheet" href="/build/assets/app-3c9d1e2f.css"></head>
<body><nav class="navbar navbar-expand-md navbar-light bg-white shadow-sm"><div class="container">
<a class="navbar-brand" href="/"><img src="/img/logo-bekasi.png" alt="" height="32"> {brand}</a>
<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
<li class="nav-item"><a class="nav-link" href="/informasi">Informasi</a></li>
<li class="nav-item"><a class="nav-link" href="/bantuan">Bantuan</a></li>
<li class="nav-item"><a class="nav-link" href="/login">Masuk</a></li></ul></div></nav>
<main class="container py-4">{body}</main>
<footer class="border-top py-3 text-center small text-muted">&copy; {WIB.year} Pemerintah Kota Bekasi</footer>
</body></html>
"""


def _updated(days: int = 1) -> str:
    day = WIB - timedelta(days=days)
    return f"{day.day} {BULAN[day.month - 1]} {day.year} pukul 08.30 WIB"


APPS: dict[str, str] = {
    "sijalan-road-status-board": _app(
        "SIJALAN - Informasi Kondisi Jalan Kota Bekasi",
        "SIJALAN",
        f"<h1>Kondisi Ruas Jalan Hari Ini</h1><p>Diperbarui {_updated()}</p><table class='table'>"
        "<tr><th>Ruas</th><th>Kondisi</th><th>Keterangan</th></tr>"
        "<tr><td>Jl. Ahmad Yani</td><td>Sedang dalam perbaikan</td><td>Pengaspalan ulang, buka tutup</td></tr>"
        "<tr><td>Jl. Chairil Anwar</td><td>Pemeliharaan rutin</td><td>Penambalan lubang malam hari</td></tr>"
        "<tr><td>Jl. Juanda</td><td>Normal</td><td>-</td></tr>"
        "<tr><td>Jembatan Cut Meutia</td><td>Dalam perbaikan</td><td>Kendaraan berat dialihkan</td></tr></table>",
    ),
    "eparking-sisa-slot": _app(
        "E-Parking Dishub Kota Bekasi",
        "E-Parking",
        f"<h1>Sisa Slot Parkir</h1><p>Data per {_updated()}</p><ul class='list-group'>"
        "<li class='list-group-item'>Gedung Parkir Alun-Alun: 37 slot mobil, 112 slot motor</li>"
        "<li class='list-group-item'>Stadion Patriot: 210 slot mobil</li>"
        "<li class='list-group-item'>Park and Ride Summarecon: penuh</li></ul>"
        "<p>Pesan slot parkir untuk acara di Stadion Patriot melalui menu Reservasi.</p>",
    ),
    "ppdb-sisa-slot-table": _app(
        "PPDB Kota Bekasi 2026/2027",
        "PPDB Online",
        f"<h1>Sisa Slot Pendaftaran Jalur Zonasi</h1><p>Diperbarui {_updated()}</p><table class='table'>"
        "<tr><th>Sekolah</th><th>Daya Tampung</th><th>Pendaftar</th><th>Sisa Slot</th></tr>"
        "<tr><td>SMPN 1</td><td>288</td><td>250</td><td>38</td></tr>"
        "<tr><td>SMPN 7</td><td>320</td><td>232</td><td>88</td></tr>"
        "<tr><td>SMPN 12</td><td>256</td><td>256</td><td>0</td></tr></table>",
    ),
    "undian-pbb-cek-kupon": _app(
        "Cek Kupon Undian PBB - Bapenda Kota Bekasi",
        "Gebyar Undian PBB",
        "<h1>Cek Kupon Undian Berhadiah PBB</h1><p>Masukkan NOP untuk melihat nomor kupon undian Anda.</p>"
        "<form method='get' action='/kupon'><input name='nop' placeholder='32.75.xxx.xxx-xxxx.x'>"
        "<button type='submit'>Cek</button></form><h2>Hadiah</h2><ul><li>Hadiah utama: 1 unit mobil</li>"
        "<li>Hadiah kedua: 5 unit sepeda motor</li><li>50 doorprize peralatan rumah tangga</li></ul>"
        f"<p>Pengundian: {_updated(-20)} di Plaza Pemkot Bekasi.</p><p class='small'>Pengumuman {_updated(4)}.</p>",
    ),
    "csirt-lapor-insiden-form": _app(
        "Lapor Insiden - Bekasi Kota CSIRT",
        "Bekasi Kota CSIRT",
        "<h1>Formulir Laporan Insiden Siber</h1><form method='post' action='/lapor'>"
        "<label>Jenis insiden <select name='jenis'><option>Web defacement</option><option>Phishing</option>"
        "<option>Malware</option></select></label><label>Uraian <textarea name='uraian' placeholder='Contoh: halaman"
        " depan berubah menjadi tulisan Hacked by ... sejak pukul 07.00'></textarea></label>"
        "<button type='submit'>Kirim Laporan</button></form><p class='small'>Setiap laporan ditanggapi dalam 1x24"
        f" jam. Formulir diperbarui {_updated(6)}.</p>",
    ),
    "satudata-api-reference": _app(
        "API Satu Data Kota Bekasi - Referensi",
        "Satu Data API",
        "<h1>Referensi API</h1><h2>GET /api/3/action/package_show</h2><p>Galat yang mungkin muncul:</p>"
        "<pre><code>{&quot;success&quot;: false, &quot;error&quot;: {&quot;__type&quot;: &quot;Not Found Error&quot;,"
        " &quot;message&quot;: &quot;Not found&quot;}}</code></pre><p>Contoh pengecualian di klien PHP:</p>"
        "<pre><code>PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `GET"
        " https://data.bekasikota.go.id/api/3/action/package_show?id=x` resulted in a `404 Not Found` response"
        "\nStack trace:\n#0 /app/vendor/guzzlehttp/guzzle/src/Middleware.php(69): GuzzleHttp\\Exception\\"
        "RequestException::create()\n#1 {main}</code></pre>"
        f"<p class='small'>Dokumen diperbarui {_updated(3)}.</p>",
    ),
    "helpdesk-error-404-article": _app(
        "Pusat Bantuan SIPANDU",
        "Pusat Bantuan",
        "<h1>Error 404 saat membuka menu Laporan</h1><p>Jika muncul tulisan Error 404 Halaman Tidak Ditemukan saat"
        " membuka menu Laporan, bersihkan cache peramban lalu masuk kembali. Menu Laporan dipindahkan ke"
        " Dasbor &gt; Rekap.</p><p>Artikel terkait: Lupa kata sandi, Akun terkunci, Mengunggah berkas.</p>"
        f"<p class='small'>Terakhir diperbarui {_updated(2)}.</p>",
    ),
    "simpeg-maintenance-schedule-banner": _app(
        "SIMPEG Kota Bekasi",
        "SIMPEG",
        "<div class='alert alert-info'>Jadwal pemeliharaan sistem: Sabtu malam pukul 22.00-24.00 WIB. Selama"
        " pemeliharaan, layanan cetak SK tidak dapat digunakan.</div><h1>Masuk ke SIMPEG</h1>"
        "<form method='post' action='/login'><input name='nip' placeholder='NIP'><input type='password'"
        " name='password' placeholder='Kata sandi'><button type='submit'>Masuk</button></form>"
        f"<p class='small'>SIMPEG versi 3.2.1, dirilis {_updated(9)}.</p>",
    ),
    "lms-nginx-hardening-lesson": _app(
        "Materi 5: Hardening Web Server - LMS SMKN 1 Kota Bekasi",
        "LMS SMKN 1",
        "<h1>Materi 5: Hardening Web Server</h1><p>Setelah memasang nginx, buka alamat server. Jika tampil"
        " <q>Welcome to nginx!</q>, server sudah berjalan tetapi belum dikonfigurasi.</p><pre><code>$ curl -s"
        " http://localhost | grep title\n&lt;title&gt;Welcome to nginx!&lt;/title&gt;</code></pre><p>Tugas: ganti"
        " halaman bawaan dengan aplikasi sekolah dan matikan server_tokens.</p>"
        f"<p class='small'>Diunggah {_updated(5)} oleh Guru TKJ.</p>",
    ),
    "lms-quiz-sqlstate": _app(
        "Kuis Basis Data - LMS SMKN 1",
        "LMS SMKN 1",
        f"<h1>Kuis 3: Basis Data</h1><p>Dibuka {_updated()}</p><ol><li>Apa arti pesan SQLSTATE[23000]: Integrity"
        " constraint violation: 1062 Duplicate entry '1' for key 'PRIMARY'?</li><li>Jelaskan arti Fatal error:"
        " Uncaught PDOException pada PHP.</li><li>Tuliskan blok try/catch untuk menangkap PDOException.</li></ol>",
    ),
    "event-coming-soon-countdown": _app(
        "Bekasi Night Carnival 2027",
        "Bekasi Night Carnival",
        "<h1>Bekasi Night Carnival 2027</h1><p>Coming soon! Pawai budaya malam hari kembali digelar di Jalan Ahmad"
        " Yani.</p><p>Pendaftaran peserta pawai: 5 Januari - 20 Februari 2027. Unduh petunjuk teknis di menu"
        f" Informasi.</p><p class='small'>Pengumuman {_updated(1)}.</p>",
    ),
}

HONEST: dict[str, str] = {
    **SPORT,
    **LOTTERIES,
    **SLOTS,
    **WORDS,
    **DEFACEMENT,
    **ERRORS,
    **MAINTENANCE,
    **DEFAULT_PAGES,
    **APPS,
}


def _hidden_links(copy: str, site: str) -> str:
    """Return a kit's block of ``copy`` and links to ``site``, pushed off-screen."""
    return (
        f'<div style="position:absolute;left:-9999px;top:-9999px"><p>{copy}</p><a href="https://{site}/">Daftar</a>'
        f' <a href="https://{site}/login">Login</a> <a href="https://{site}/rtp">RTP Live</a></div>'
    )


# A kit's spam under a department's honest cover: found as judi online.
GAMBLING_KITS: dict[str, str] = {
    "undian-pbb-cover-slot-links": page(
        "wordpress",
        BAPENDA,
        _UNDIAN_PBB,
        aside=_WINNERS
        + _hidden_links(
            "Gebyar undian bukan di sini! Slot gacor maxwin hari ini, bonus new member 100%, deposit pulsa tanpa"
            " potongan.",
            "gebyar88.vip",
        ),
    ),
    "undian-pbb-cover-hadiah-togel": page(
        "joomla",
        BAPENDA,
        _UNDIAN_PBB,
        (
            "Hadiah Utama Togel Hongkong Malam Ini",
            "Bandar togel terpercaya, diskon 4D 66%, hadiah utama dibayar lunas. Daftar sekarang di TOTOPBB88.",
        ),
    ),
    "live-score-cover-sportsbook": page(
        "laravel",
        DISPORA,
        (
            "Pantau Live Score Cabor Sepak Bola Porprov Jabar di Laman Dispora",
            "Warga dapat memantau live score pertandingan tim sepak bola Kota Bekasi di Porprov Jawa Barat.",
        ),
        aside=_SCORES
        + _hidden_links(
            "Live score dan prediksi skor akurat, judi bola parlay SBOBET, mix parlay cashback 10%.",
            "bolaparlay77.com",
        ),
    ),
    "parking-slot-cover-slot-gacor": page(
        "codeigniter",
        DISHUB,
        (
            "Aplikasi Parkir Pintar Tampilkan Sisa Slot Secara Real Time",
            "Pengendara dapat melihat sisa slot parkir di lima gedung parkir milik Pemkot Bekasi.",
        ),
        aside=_PARKING + _hidden_links("Sisa slot? Main slot gacor pragmatic play gampang maxwin.", "parkirslot88.xyz"),
    ),
    "kicau-mania-cover-gacor-scatter": page(
        "wordpress",
        DISNAKKAN,
        (
            "Lomba Burung Berkicau Piala Wali Kota, Murai Batu Paling Gacor Juara",
            "Ratusan kicau mania memadati Taman Kota. Murai batu milik peserta asal Bantargebang tampil paling gacor.",
        ),
        aside=_hidden_links(
            "Slot gacor scatter hitam mahjong ways 2, pola gacor hari ini, RTP live 98%.", "murai4d.id"
        ),
    ),
    "mahjong-festival-cover-mahjong-ways": page(
        "joomla",
        DISBUDPAR,
        (
            "Festival Budaya Imlek: Barongsai, Pameran Mahjong Antik dan Kuliner Peranakan",
            "Pengunjung festival dapat melihat koleksi set mahjong antik milik perkumpulan Tionghoa Bekasi.",
        ),
        aside=_hidden_links(
            "Mahjong ways 2 scatter hitam, gates of olympus x1000 maxwin, zeus slot gacor.", "imlek88.vip"
        ),
    ),
}

_CSIRT_HEAD = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Bekasi Kota CSIRT</title>'
    '<link rel="stylesheet" href="/assets/css/style.css"></head><body>'
)

# A defacer's page under the CSIRT's own title, that taunts the CSIRT: found as a defacement.
DEFACEMENT_KITS: dict[str, str] = {
    "csirt-title-hacked-by-page": _CSIRT_HEAD
    + '<div style="background:#000;color:#0f0;text-align:center;min-height:100vh">'
    "<h1>Hacked by Ghost Squad</h1><h3>CSIRT kalian tidur? Patch your system!</h3>"
    "<p>Greetz: Anon Bekasi - Sunda Cyber Army - Garuda Security</p></div></body></html>",
    "csirt-title-owned-by-page": _CSIRT_HEAD
    + '<center><img src="https://i.ibb.co/x/anon.gif" alt=""><h1>Owned by Bekasi Black Hat</h1>'
    "<p>Bulletin? Your own site got pwned. Nothing is secure.</p></center></body></html>",
}

# The programming course's site, broken for real: the server's own error where its page should be.
_PHP_FATAL = (
    "<br />\n<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in"
    " /var/www/html/smkn1/application/models/Berita_model.php:14\nStack trace:\n#0"
    " /var/www/html/smkn1/application/models/Berita_model.php(14): PDO-&gt;__construct()\n#1 {main}\n  thrown in"
    " <b>/var/www/html/smkn1/application/models/Berita_model.php</b> on line <b>14</b><br />\n"
)
ERROR_KITS: dict[str, str] = {
    "smk-real-php-fatal-error": _PHP_FATAL,
    "smk-real-ci-database-error": (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Database Error</title><style'
        ' type="text/css">#container{margin:10px;border:1px solid #D0D0D0}</style></head><body><div'
        ' id="container"><h1>A Database Error Occurred</h1><p>Unable to connect to your database server using the'
        " provided settings.</p><p>Filename: core/CodeIgniter.php</p><p>Line Number: 500</p></div></body></html>"
    ),
    "api-docs-real-laravel-exception": (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Server Error</title></head><body'
        ' class="antialiased"><div class="relative flex items-top justify-center min-h-screen"><div'
        ' class="max-w-xl mx-auto sm:px-6 lg:px-8"><div class="flex items-center pt-8 sm:justify-start sm:pt-0">'
        '<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">500</div><div'
        ' class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Server Error</div></div></div></div>'
        "</body></html>"
    ),
    # The LMS's quiz when its database is down: the driver's message where the questions should be.
    "lms-quiz-real-sqlstate": _app(
        "Kuis Basis Data - LMS SMKN 1",
        "LMS SMKN 1",
        "<h1>Kuis 3: Basis Data</h1>SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `soal` where"
        " `kuis_id` = 3)",
    ),
    # The API reference's page when its application dies for real: PHP's own fatal error after its code examples.
    "satudata-api-reference-then-real-fatal-error": APPS["satudata-api-reference"].replace(
        "</main>",
        "<br />\n<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in"
        " /var/www/satudata/app/Models/Dataset.php:31\nStack trace:\n#0 {main}\n  thrown in"
        " <b>/var/www/satudata/app/Models/Dataset.php</b> on line <b>31</b><br />\n</main>",
    ),
}

# The road office's own site closed for maintenance: found as dalam_pemeliharaan.
MAINTENANCE_KITS: dict[str, str] = {
    "dpupr-site-sedang-dalam-perbaikan": (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Bina Marga dan Sumber Daya Air Kota'
        ' Bekasi</title></head><body style="text-align:center;padding-top:80px"><img src="/assets/img/logo.png"'
        ' alt="" width="90"><h1>Mohon Maaf, Situs Sedang dalam Perbaikan</h1><p>Kami sedang melakukan pemeliharaan'
        " sistem untuk meningkatkan layanan. Silakan kunjungi kembali beberapa saat lagi.</p>"
        "<p>Informasi perbaikan jalan dapat ditanyakan ke Call Center 112.</p></body></html>"
    ),
    "dpmptsp-site-under-construction": (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>DPMPTSP Kota Bekasi - Under Construction</title>'
        '</head><body><div class="uc"><img src="/img/crane.png" alt=""><h1>Website Under Construction</h1>'
        "<p>Situs DPMPTSP Kota Bekasi sedang dibangun. Coming soon!</p></div></body></html>"
    ),
}

_NGINX_DEFAULT = (
    "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }"
    "\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>"
    "\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed"
    " and\nworking. Further configuration is required.</p>\n\n<p>For online documentation and support please refer"
    ' to\n<a href="http://nginx.org/">nginx.org</a>.<br/>\nCommercial support is available at\n'
    '<a href="http://nginx.com/">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n'
    "</html>\n"
)
_NGINX_UNDER_LMS = _NGINX_DEFAULT.replace("<title>Welcome to nginx!</title>", "<title>LMS SMKN 1 Kota Bekasi</title>")
# A server's own default page where the tutorial's site should be, under its title or the LMS's: halaman_bawaan.
DEFAULT_KITS: dict[str, str] = {
    "nginx-default-page": _NGINX_DEFAULT,
    "nginx-default-page-under-the-lms-title": _NGINX_UNDER_LMS,
    "nginx-default-text-under-the-lms-title": _NGINX_UNDER_LMS.replace("<h1>Welcome to nginx!</h1>", ""),
    "apache-it-works": "<html><body><h1>It works!</h1></body></html>\n",
}

# The help centre's own 404 where its article should be: found as halaman_tidak_ditemukan.
NOT_FOUND_KITS: dict[str, str] = {
    "helpdesk-error-404-page": _app(
        "Pusat Bantuan SIPANDU",
        "Pusat Bantuan",
        "<h1>Error 404</h1><p>Halaman tidak ditemukan. Maaf, halaman yang Anda cari tidak ada atau sudah"
        " dipindahkan.</p><a href='/'>Kembali ke beranda</a>",
    ),
    "helpdesk-bare-404-page": _app(
        "Pusat Bantuan SIPANDU", "Pusat Bantuan", "<h1>404</h1><p>Halaman Tidak Ditemukan</p>"
    ),
}
