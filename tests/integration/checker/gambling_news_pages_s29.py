"""A department's news of judi online in more words, and the spam injected beside it.

``MENTIONS``: each a whole department page (menu, news, sidebar, footer) whose headlines or article name the gambling
trade in a sentence of prose: accounts of bandar judi frozen, links to situs judi taken down, a lurah's warning, a
Friday sermon's theme, a student film, a book on Batavia's gambling houses, an old domain that could become a situs
judi. None is an injection. ``SPAM_BESIDE``: the same trade's names injected into the same page as spam writes them
(hidden, in a link to a gambling site, with a seller's words, strung together, beside a term that sells), each still
found.

``OTHER_USES``: gambling's words in their other trades (a public open space's agenda, a parking bay, a shopper's tips,
a myth painted, a microscope, a laptop, a cooperative's savings, a tournament's rules, a budget's honoraria);
``SPAM_IN_OTHER_USES``: slot spam written into those pages, still found.
"""

from __future__ import annotations

from defaced_pages_s28 import headlined, story
from vendor_pages import Site, department_page

MENTIONS = {
    "headline-sites-riding-on-schools": headlined(
        "Ribuan Situs Judi Menumpang di Domain Sekolah", "Vaksinasi HPV untuk Siswi SD di 42 Puskesmas"
    ),
    "headline-accounts-frozen": headlined(
        "Rekening Bandar Judi Milik Warga Dibekukan", "Pasar Murah Digelar di 12 Kecamatan"
    ),
    "headline-lurah-warns": headlined("Jelang Piala Dunia, Lurah Ingatkan Warga soal Judi Bola"),
    "links-taken-down": story(
        "Ribuan Konten Ditakedown Sepanjang November",
        "<p>Sebanyak 1.204 tautan situs judi yang menumpang di domain go.id berhasil di-takedown sepanjang November."
        "</p><p>Tim juga menemukan 32 akun media sosial yang mempromosikan poker online.</p>",
    ),
    "accounts-borrowed": story(
        "Ratusan Rekening Warga Dipinjam Namanya",
        "<p>Ratusan rekening atas nama warga Kota Bekasi dipinjam oleh bandar judi selama setahun terakhir. Warga"
        " diminta tidak meminjamkan KTP dan rekening kepada orang lain.</p>",
    ),
    "friday-sermon": story(
        "Materi Khutbah Jumat Pekan Ini",
        "<p>Bagian Kesra menyediakan materi khutbah Jumat pekan ini bertema menjaga keluarga dari judi bola dan situs"
        " judi yang marak di media sosial.</p><p>Materi dapat diunduh oleh para khatib masjid se-Kota Bekasi.</p>",
    ),
    "student-film": story(
        "Nobar Film Pendek Karya Pelajar",
        "<p>Dinas Pendidikan menggelar nonton bareng film pendek karya pelajar SMA. Film pemenang berjudul 'Ayah dan"
        " Situs Judi' mengisahkan keluarga yang kehilangan rumah.</p><p>Film pemenang akan diikutsertakan pada"
        " festival tingkat provinsi.</p>",
    ),
    "history-book": story(
        "Resensi Buku Bulan Ini",
        "<p>Buku sejarah ini mengisahkan kehidupan kota Batavia abad ke-19, ketika pacht (hak sewa) opium dan rumah"
        " judi dipegang para bandar judi Tionghoa yang ditunjuk pemerintah kolonial.</p><p>Tersedia di Perpustakaan"
        " Umum Daerah, nomor panggil 959.8 SUR b.</p>",
    ),
    "expired-domain": story(
        "Mengapa Situs Pemerintah Wajib Memakai Domain go.id",
        "<p>Domain lama yang expired berisiko dibeli pihak lain dan dijadikan situs judi. Perangkat daerah diminta"
        " memindahkan layanannya ke subdomain bekasikota.go.id.</p>",
    ),
}


def _beside(spam: str) -> str:
    """Return the page of the news of frozen accounts with ``spam`` written into its content."""
    news = "<p>Ratusan rekening atas nama warga Kota Bekasi dipinjam oleh bandar judi selama setahun terakhir.</p>"
    return department_page(Site(main_extra=news + spam))


SPAM_BESIDE = {
    "hidden-prose": (
        _beside('<div style="display:none">Bandar judi yang melayani warga Bekasi sejak lama dengan ramah.</div>'),
        {("judi_online", "hidden"): "kritis"},
    ),
    "hidden-lone-name": (
        _beside('<div style="display:none">situs judi</div>'),
        {("judi_online", "hidden"): "kritis"},
    ),
    "link-to-a-gambling-site": (
        _beside(
            '<p><a href="https://pilihanku.com/">Cerita warga yang menemukan situs judi pilihannya di kota ini</a></p>'
        ),
        {("judi_online", "link"): "tinggi"},
    ),
    "sellers-words": (
        _beside("<p>Situs judi terbesar di Indonesia, daftar sekarang juga.</p>"),
        {("judi_online", "visible"): "tinggi"},
    ),
    "names-strung-together": (
        _beside("<p>Info warga: judi bola situs judi bandar togel poker online dan pasar murah sepekan ini</p>"),
        {("judi_online", "visible"): "tinggi"},
    ),
    "beside-a-selling-term": (
        _beside("<p>Warga Bekasi kini dapat mengakses bandar judi dan slot gacor dari rumah masing-masing.</p>"),
        {("judi_online", "visible"): "tinggi"},
    ),
}


OTHER_USES = {
    "open-space-agenda": story(
        "Agenda RTP Hari Ini",
        "<ul><li>RTP Alun-alun: Senam sehat 06.00</li><li>RTP Harapan Indah: Pentas seni pelajar 15.00</li><li>RTP"
        " Kali Malang: Bazar UMKM 16.00</li></ul><p>Peminjaman RTP untuk kegiatan warga dapat diajukan melalui formulir"
        " daring.</p>",
    ),
    "parking-bay": story(
        "Dishub Tertibkan Parkir Liar di Jalan Ahmad Yani",
        "<p>Pengendara diminta memarkir kendaraan hanya di slot resmi yang telah diberi marka. Slot parkir resmi"
        " dilengkapi mesin parkir elektronik.</p><p>Petugas juga menderek 14 kendaraan yang parkir di bahu jalan.</p>",
    ),
    "shoppers-tips": story(
        "Tips Belanja Akhir Tahun Anti Boncos",
        "<p>Menjelang libur akhir tahun, Dinas Perdagangan membagikan tips belanja hemat anti boncos: buat daftar"
        " belanja, bandingkan harga dan manfaatkan pasar murah.</p><p>Tim Perlindungan Konsumen juga membagikan kiat"
        " belanja online anti zonk: cek ulasan dan simpan bukti transaksi.</p>",
    ),
    "myth-exhibition": story(
        "Pameran Seni Rupa Mitologi Yunani",
        "<p>Galeri Kota menggelar pameran lukisan bertema Olympus, Zeus dan Athena karya pelukis muda Bekasi.</p>"
        "<p>Pameran gratis dibuka untuk umum.</p>",
    ),
    "laboratory-procurement": story(
        "Daftar Barang Pengadaan Labkesda",
        '<table class="table"><tr><th>Barang</th><th>Merek</th><th>Jumlah</th></tr><tr><td>Mikroskop binokuler</td>'
        "<td>Olympus CX23</td><td>6</td></tr><tr><td>Sentrifus</td><td>Hettich</td><td>2</td></tr><tr><td>Laptop</td>"
        "<td>Zeus (Axioo)</td><td>4</td></tr></table>",
    ),
    "school-laptops": story(
        "Pengadaan Laptop untuk Sekolah",
        "<p>Dinas Pendidikan menerima 1.200 laptop produk dalam negeri. Sebelumnya sekolah banyak memakai laptop"
        " keluaran China dan keluaran Taiwan.</p><p>Laptop dibagikan ke 120 SD.</p>",
    ),
    "cooperative-savings": story(
        "Koperasi Pegawai Buka Pendaftaran Anggota",
        "<p>Koperasi Pegawai Pemkot membuka slot pendaftaran anggota baru. Anggota dapat melakukan deposit dana"
        " simpanan sukarela melalui transfer atau QRIS; deposit QRIS diproses otomatis.</p><p>Bunga simpanan 6 persen"
        " per tahun.</p>",
    ),
    "tournament-rules": story(
        "Jadwal Turnamen Futsal Antar-OPD",
        "<p>Turnamen futsal antar-OPD memperebutkan Piala Wali Kota digelar mulai pekan depan. Panitia menegaskan tidak"
        " ada taruhan atau mix parlay, murni silaturahmi.</p><p>Setiap OPD mengirim satu tim.</p>",
    ),
    "budget-honoraria": story(
        "Realisasi Belanja Triwulan IV",
        '<table class="table"><tr><th>Uraian</th><th>Anggaran</th><th>Realisasi</th></tr><tr><td>Belanja Pegawai'
        "</td><td>1.204.000.000</td><td>1.100.220.000</td></tr><tr><td>Pengeluaran HK (Honorarium Kegiatan)</td><td>"
        '340.000.000</td><td>301.500.000</td></tr><tr><td>Data HK per Bidang</td><td colspan="2"><a href="/unduh/">'
        "unduh</a></td></tr></table>",
    ),
}


def _into(page: str, spam: str) -> str:
    """Return ``page`` with ``spam`` written into its content, after its article."""
    return page.replace("</main>", f"{spam}</main>", 1)


SPAM_IN_OTHER_USES = {
    "rtp-beside-the-agenda": (
        _into(OTHER_USES["open-space-agenda"], "<p>Bocoran RTP hari ini tertinggi, pola gacor malam ini.</p>"),
        {("judi_online", "visible"): "tinggi"},
    ),
    "official-slot-selling": (
        _into(OTHER_USES["parking-bay"], '<div style="display:none">Slot resmi terpercaya, daftar slot gacor</div>'),
        {("judi_online", "hidden"): "kritis"},
    ),
    "anti-boncos-pattern": (
        _into(OTHER_USES["shoppers-tips"], '<div style="display:none">Pola slot anti boncos, scatter hitam</div>'),
        {("judi_online", "hidden"): "kritis"},
    ),
    "zeus-and-olympus-slots": (
        _into(OTHER_USES["myth-exhibition"], '<div style="display:none">olympus zeus scatter maxwin</div>'),
        {("judi_online", "hidden"): "kritis"},
    ),
}
