"""Department news that reports on judi online, and spam as parasite pages write it, for the checker's tests.

A Diskominfo, a Dinas Sosial or a Dinas Pendidikan publishes the city's and the police's campaign
against online gambling: the news names the very terms spam sells, in sentences of news. The spam
writes the same terms in sentences that sell (and warns once of "situs palsu", as sellers do).
Each is the content an editor puts in a ``vendor_pages.Site``.
"""

from __future__ import annotations

REPORTS = {
    "promoter-arrested": (
        "<article><h2>Selebgram Asal Bekasi Ditangkap karena Promosikan Judi Online</h2><p>Seorang selebgram "
        "berinisial RS (24) diamankan aparat setelah kedapatan mempromosikan situs judi online melalui akun "
        "Instagram miliknya yang memiliki ratusan ribu pengikut. Dalam unggahannya, RS kerap mengajak pengikutnya "
        "bermain di situs slot gacor dengan iming-iming maxwin dan bonus besar.</p></article>"
    ),
    "addiction-story": (
        "<article><h2>Terlilit Utang Pinjol, Warga Bekasi Mengaku Kecanduan Judi Slot</h2><p>Kisah pilu dialami "
        "AS (31), warga Bekasi Utara. Selama dua tahun terakhir ia bermain slot online hampir setiap malam. Awalnya "
        "ia hanya mencoba akun demo slot yang dibagikan temannya, lalu mulai menyetor uang ke situs judi slot hingga "
        "puluhan juta rupiah.</p></article>"
    ),
    "mui-ruling": (
        "<article><h2>MUI Kota Bekasi: Judi Online Haram</h2><p>Majelis Ulama Indonesia Kota Bekasi menegaskan "
        "seluruh bentuk judi online, termasuk slot dan togel, hukumnya haram. Ketua MUI menyebut permainan seperti "
        "mahjong ways dan gates of olympus yang kini populer di kalangan remaja termasuk perjudian.</p></article>"
    ),
    "blocking-request": (
        "<article><h2>Diskominfostandi Ajukan Pemblokiran 1.200 Situs</h2><p>Sepanjang 2026, Diskominfostandi "
        "Kota Bekasi telah mengajukan pemutusan akses terhadap 1.200 konten yang teridentifikasi sebagai situs judi "
        "online. Sebagian besar konten tersebut merupakan halaman situs toto dan situs slot yang disisipkan ke "
        "situs-situs milik sekolah dan kelurahan.</p></article>"
    ),
    "counselling": (
        "<article><h2>Layanan Konseling bagi Pecandu Judi Online</h2><p>Dinas Sosial membuka layanan konseling "
        "gratis bagi warga yang ingin berhenti bermain judi online. Psikolog mendampingi warga yang telah "
        "kehilangan harta karena bermain slot gacor dan togel online.</p></article>"
    ),
    "verdict": (
        "<article><h2>Admin Situs Judi Online Divonis 4 Tahun</h2><p>Pengadilan Negeri Bekasi menjatuhkan "
        "hukuman kepada tiga admin situs judi online. Ketiganya terbukti mengelola situs slot gacor bernama "
        "KAKEKMERAH4D dengan omzet miliaran rupiah per bulan.</p></article>"
    ),
    "school-warning": (
        "<article><h2>Guru BK Diminta Awasi Siswa</h2><p>Dinas Pendidikan meminta guru bimbingan konseling "
        "mengawasi siswa yang bermain gim daring. Banyak siswa terpapar iklan slot gacor dan situs toto yang "
        "muncul di aplikasi gim maupun video pendek.</p></article>"
    ),
    "campaign-infographic": (
        '<figure><img src="/wp-content/uploads/2026/06/infografis-judol.jpg" alt="Infografis: Jangan tergiur '
        'slot gacor dan maxwin, judi online merugikan"><figcaption>Infografis kampanye Stop Judi Online'
        "</figcaption></figure>"
    ),
    "ppatk-figures": (
        "<article><h2>PPATK: Perputaran Dana Judi Online Capai Rp 900 Triliun</h2><p>Pusat Pelaporan dan Analisis "
        "Transaksi Keuangan mencatat perputaran dana judi online tahun lalu mencapai Rp 900 triliun. Sebagian "
        "besar transaksi berasal dari deposit kecil di bawah Rp 100 ribu melalui dompet digital untuk bermain "
        "slot online dan togel.</p></article>"
    ),
    "waspada-judi-slot": (
        "<article><h2>Waspada Judi Slot!</h2><p>Judi slot gacor menjerat pelajar. Jangan tergiur iming-iming "
        "maxwin yang ditawarkan di media sosial.</p></article>"
    ),
    "lure-listed-quoted": (
        "<article><h2>Kenali Ciri-ciri Iklan Judi Online</h2><p>Diskominfostandi Kota Bekasi mengimbau warga "
        "mengenali ciri iklan judi online yang marak beredar. Iklan tersebut biasanya menawarkan kemenangan mudah "
        'dengan istilah seperti "slot gacor", "maxwin", "RTP live" hingga "bonus new member".</p></article>'
    ),
}

# A parasite page's article: it warns once of fake sites ("waspada", "tergiur"), and sells throughout.
SPAM_ARTICLE = (
    "<article><h1>Slot Gacor Hari Ini: Situs Slot Online Terpercaya 2026</h1><p>Waspada situs palsu! Jangan "
    "tergiur situs abal-abal yang tidak membayar kemenangan member. Bermainlah hanya di situs resmi kami.</p>"
    "<p>Situs slot gacor hari ini adalah pilihan terbaik bagi para pemain yang ingin meraih kemenangan besar. "
    "Kami menyediakan ratusan permainan dari provider ternama dengan tampilan menarik dan proses transaksi yang "
    "cepat. Member baru dapat menikmati berbagai promo setiap hari, dan layanan pelanggan kami siap membantu "
    "selama 24 jam penuh tanpa libur.</p><p>Dengan RTP live tertinggi, pola gacor dan bocoran admin setiap jam, "
    "peluang meraih maxwin semakin besar. Deposit pulsa tanpa potongan, link alternatif anti blokir.</p></article>"
)

# The slugs of such news in the site's sitemap: the title's words, a report's among them.
REPORT_SLUGS = (
    "/berita/selebgram-asal-bekasi-ditangkap-karena-promosikan-situs-slot-gacor/",
    "/2026/06/ratusan-situs-slot-disusupkan-ke-situs-sekolah/",
    "/berita/mui-kota-bekasi-judi-online-termasuk-slot-dan-togel-haram/",
    "/berita/kenali-ciri-ciri-iklan-slot-gacor-di-media-sosial/",
)
