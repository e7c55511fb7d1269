"""Defacements and takeovers of 2024-2026 on Indonesian government sites that are not the classic "Hacked by"
signature, and the department's honest pages on the same themes (session 37).

- Hacktivists' pages under the site's kept title: Palestine ("#FreePalestine", "Stop the genocide", "#OpIsrael", "We
  are Anonymous … Expect us"), a protest against a bill or the parliament written by a crew ("Tolak RUU …",
  "Reformasi dikorupsi"), a crew's banner ("Greetz to …", "Thanks to all members"), a data leak's announcement
  ("Data 1,3 juta penduduk bocor, download di …"), a DDoS claim; black, a flag, a song, a Telegram or Instagram
  handle.
- Ransom notes as web pages: "All your data is encrypted by Brain Cipher", "Contact us via Tox", a Bitcoin address, a
  leak site's .onion address; "Website ini telah dikunci".
- A takeover: "This domain has been seized", the site "dijual" by someone else.

The look-alikes: a Kecamatan's "Aksi Bela Palestina" news, Diskominfo's news of the ransomware at the national data
centre, a CSIRT's advisory quoting a ransom note, BSSN's "Kenali ciri website yang diretas", a school's debate on a
bill, the DPRD's news of a protest, a press release on a data leak's investigation.
"""

from __future__ import annotations

from defaced_pages_s28 import story
from defaced_pages_s30 import TITLE
from vendor_pages import Site, department_page

FLAG = '<img src="https://i.ibb.co/7yQ3v0P/palestine-flag.gif" alt="" width="320">'


def bare_page(body: str, title: str = TITLE) -> str:
    """Return a defacer's index.html under the site's own title, black, a flag waving, its lines and a song."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
        "<style>body{background:#000;color:#fff;text-align:center;font-family:monospace}</style></head>"
        f'<body>{FLAG}{body}<audio autoplay loop src="https://files.catbox.moe/pal3st.mp3"></audio></body></html>'
    )


def topped(top: str) -> str:
    """Return the department's home page with ``top`` written over its main part (the frame kept)."""
    return department_page(Site(name=TITLE, main=top))


DEFACED = {
    "free-palestine": bare_page(
        "<h1>#FreePalestine</h1><h2>Stop The Genocide</h2><p>Your government is silent while children die in Gaza."
        " We are not.</p><p>- Garuda Security Hacker -</p><p>Telegram: t.me/garudasec</p>"
    ),
    "free-palestine-marquee": bare_page(
        "<marquee><h1>FREE PALESTINE</h1></marquee><p>From the river to the sea, Palestine will be free</p>"
        "<p>Boycott Israel! Stop supporting the zionist</p><p>IG: @ghostsec.idn</p>"
    ),
    "opisrael-anonymous": bare_page(
        "<h1>#OpIsrael</h1><p>We are Anonymous. We are Legion. We do not forgive. We do not forget. Expect us.</p>"
    ),
    "anonymous-expect-us": bare_page(
        "<h1>Anonymous Indonesia</h1><p>Stop the genocide in Gaza. Expect us.</p><p>t.me/anonymous_idn</p>"
    ),
    "tolak-ruu": bare_page(
        "<h1>TOLAK RUU TNI</h1><p>DPR tidak mewakili rakyat. Reformasi dikorupsi!</p>"
        "<p>#IndonesiaGelap #TolakRUUTNI</p><p>Gantengers Crew</p><p>IG: @gantengers.crew</p>",
        title="Reformasi Dikorupsi",
    ),
    "dpr-protest": bare_page(
        "<h1>DPR = Dewan Penindas Rakyat</h1><p>Kalian naikkan tunjangan saat rakyat susah. Kami tidak diam.</p>"
        "<p>~ Indonesian Cyber Army ~</p>"
    ),
    "crew-banner-thanks": bare_page(
        "<h1>Garuda Security Hacker</h1><h3>Thanks to all members</h3><p>./Kur0 - ./Sh4d0w - ./N0b0dy - ./B4y</p>"
        "<p>Contact: t.me/garudasecurity</p>"
    ),
    "crew-banner-greetz-no-handle": bare_page(
        "<h1>GANTENGERS CREW</h1><p>Greetz: Sunda Cyber Army - Bekasi Black Hat - Jombang Cyber Team</p>"
    ),
    "bjorka-leak": bare_page(
        "<h1>Data 1,3 juta penduduk Kota Bekasi bocor</h1><p>NIK, KK, nama, alamat, nomor HP. Sample gratis, full"
        " data download di breachforums.</p><p>Regards, Bjorka</p><p>Telegram: t.me/bjorkanism</p>"
    ),
    "ddos-claim": bare_page(
        "<h1>TANGO DOWN</h1><p>Website ini kami lumpuhkan sebagai protes. DDoS attack by Sunda Cyber Army.</p>"
    ),
    "brain-cipher": bare_page(
        "<h1>Brain Cipher</h1><p>All your data is encrypted by Brain Cipher. Your sensitive data has been"
        " downloaded.</p><p>Contact us via Tox: 4F8A2C9E1D7B3F6A0C5E8D2B9F1A7C3E6D0B4F8A2C9E1D7B3F6A</p>"
        "<p>Leak site: http://brainciphersq5jzlxk.onion</p>"
    ),
    "ransom-btc": bare_page(
        "<h1>YOUR FILES HAVE BEEN ENCRYPTED</h1><p>Send 0.5 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh</p>"
        "<p>Contact Telegram @decryptor_id</p>"
    ),
    "website-dikunci": bare_page(
        "<h1>Website ini telah dikunci</h1><p>Seluruh database dan file website telah kami enkripsi. Transfer 0.05"
        " BTC ke alamat bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh untuk membuka kunci.</p>"
        "<p>Hubungi Telegram @unlock_web</p>"
    ),
    "ransom-lockbit": bare_page(
        "<h1>LockBit 3.0</h1><p>All your important files are stolen and encrypted!</p><p>To restore your data"
        " download Tor Browser and open http://lockbitapt6vx57t3eeqjofwgcglmutr3a35nygvokja5uuccip4ykyd.onion</p>"
    ),
    "domain-seized": bare_page(
        "<h1>This domain has been seized</h1><p>by Garuda Cyber Team as part of #OpIndonesia</p>"
    ),
}

CLEAN = {
    "aksi-bela-palestina": story(
        "Free Palestine! Warga Kecamatan Bekasi Utara Galang Donasi Rp120 Juta",
        "<p>Ribuan warga Kecamatan Bekasi Utara mengikuti Aksi Bela Palestina di Lapangan Kecamatan pada Minggu pagi."
        " Spanduk bertuliskan \u201cFree Palestine\u201d dan \u201cStop Genocide\u201d dibentangkan. Camat menyerahkan"
        " donasi kepada Baznas Kota Bekasi untuk disalurkan ke Gaza.</p>",
    ),
    "pdn-ransomware-news": story(
        "Pusat Data Nasional Diserang Ransomware Brain Cipher, Layanan Terdampak",
        "<p>Pusat Data Nasional Sementara (PDNS) 2 di Surabaya diserang ransomware Brain Cipher. Pelaku meminta"
        " tebusan USD 8 juta. Diskominfo Kota Bekasi memastikan layanan daring Pemkot tidak terdampak karena"
        " tidak menggunakan PDNS 2. Warga diimbau waspada terhadap pesan yang mengatasnamakan Pemkot.</p>",
    ),
    "csirt-ransom-advisory": story(
        "Peringatan Keamanan: Ransomware Brain Cipher Menyasar Server Pemerintah Daerah",
        "<p>Bekasikota-CSIRT menerima laporan serangan ransomware. Catatan tebusan yang ditinggalkan berbunyi:</p>"
        "<blockquote>All your data is encrypted by Brain Cipher. Your files have been encrypted. Contact us via"
        " Tox. Leak site: http://brainciphersq5jzlxk.onion</blockquote><h3>Mitigasi</h3><ol><li>Putuskan server"
        " dari jaringan</li><li>Jangan membayar tebusan</li><li>Laporkan ke CSIRT</li></ol>",
    ),
    "bssn-kenali-ciri": story(
        "Kenali Ciri Website yang Diretas",
        "<p>Website yang diretas sering menampilkan tulisan seperti \u201cHacked by\u201d, \u201cFree Palestine\u201d,"
        " \u201cGreetz to\u201d atau \u201cThanks to all members\u201d, lagu yang diputar otomatis, bendera, dan akun"
        " Telegram pelaku. Ada juga yang menampilkan pesan tebusan \u201cYour files have been encrypted\u201d."
        " Segera laporkan ke CSIRT.</p>",
    ),
    "school-debate": story(
        "Tim Debat SMAN 1 Bekasi Juara Lomba Debat dengan Mosi \u201cTolak RUU Penyiaran\u201d",
        "<p>Tim debat SMAN 1 Bekasi meraih juara pertama Lomba Debat Pelajar tingkat Kota Bekasi. Pada babak final,"
        " tim kami menjadi tim kontra dengan mosi \u201cDewan ini akan menolak RUU Penyiaran\u201d. Reformasi"
        " dikorupsi, kata seorang pembicara, disambut tepuk tangan juri.</p>",
    ),
    "dprd-protest-news": story(
        "Ribuan Mahasiswa Demo Tolak RUU TNI di Depan Gedung DPRD Kota Bekasi",
        "<p>Ribuan mahasiswa menggelar aksi unjuk rasa menolak RUU TNI di depan Gedung DPRD Kota Bekasi, Kamis."
        " Massa membawa spanduk \u201cReformasi Dikorupsi\u201d dan \u201cTolak RUU TNI\u201d. Ketua DPRD menemui"
        " massa dan berjanji menyampaikan aspirasi ke DPR RI.</p>",
    ),
    "leak-investigation": story(
        "Diskominfo Investigasi Dugaan Kebocoran Data 1,3 Juta Penduduk",
        "<p>Diskominfo Kota Bekasi bersama BSSN menginvestigasi klaim akun Bjorka yang menyebut data 1,3 juta"
        " penduduk bocor dan dapat diunduh di sebuah forum. Hasil awal menunjukkan sampel data tidak berasal dari"
        " sistem Pemkot. Warga diimbau tidak mengunduh data tersebut.</p>",
    ),
    "banner-free-palestine": department_page(
        Site(
            name=TITLE,
            body_top='<div class="banner-solidaritas"><img src="/wp-content/uploads/2024/06/all-eyes-on-rafah.jpg"'
            ' alt="All Eyes on Rafah"> #FreePalestine Pemkot Bekasi berdiri bersama rakyat Palestina</div>',
        )
    ),
    "anonymous-news": story(
        "Kelompok Hacker Anonymous Klaim Serang Situs Israel",
        "<p>Kelompok peretas yang mengatasnamakan Anonymous mengklaim telah menyerang sejumlah situs Israel."
        " Dalam videonya, mereka menutup pesan dengan kalimat \u201cWe are Anonymous. Expect us\u201d. BSSN"
        " mengimbau pengelola situs pemerintah memperbarui sistemnya.</p>",
    ),
    "ransomware-literacy": story(
        "Waspada Ransomware: Kenali Ciri dan Cara Mencegahnya",
        "<p>Ransomware mengunci data dan meminta tebusan dalam Bitcoin. Korban biasanya melihat pesan \u201cYour"
        " files have been encrypted\u201d dan diminta menghubungi pelaku lewat Tox atau Telegram. Lakukan"
        " pencadangan rutin dan jangan membayar tebusan.</p>",
    ),
    "ddos-news": story(
        "Situs KPU Sempat Diserang DDoS, Kini Kembali Normal",
        "<p>Situs KPU Kota Bekasi sempat tidak dapat diakses karena serangan DDoS pada Selasa malam. Kelompok"
        " Sunda Cyber Army mengklaim serangan itu di media sosial. Layanan telah pulih.</p>",
    ),
    "recovery-notice": story(
        "Layanan Sempat Terhenti Akibat Serangan Ransomware",
        "<p>Mohon maaf, beberapa layanan daring sempat terhenti akibat serangan ransomware pada server. Data telah"
        " dipulihkan dari cadangan. Pemkot tidak membayar tebusan apa pun.</p>",
    ),
    "solidarity-splash": (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{TITLE}</title>'
        '<link rel="stylesheet" href="/assets/css/style.css"></head><body style="text-align:center">'
        '<img src="/assets/img/bendera-palestina.gif" alt="Bendera Palestina"><marquee><h1>FREE PALESTINE</h1>'
        "</marquee><p>Pemerintah Kota Bekasi mendukung kemerdekaan Palestina. Salurkan donasi melalui Baznas.</p>"
        '<p><a href="/beranda/">Masuk ke Website</a></p></body></html>'
    ),
    "locked-notice": (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{TITLE}</title></head>'
        '<body style="text-align:center"><img src="/assets/img/loading.gif" alt="Memuat"><h2>Mohon Maaf</h2>'
        "<p>Website ini telah dikunci sementara oleh administrator untuk pemeliharaan server setelah serangan"
        " ransomware. Data Anda telah kami enkripsi dan aman.</p></body></html>"
    ),
    "hall-of-fame": story(
        "Terima Kasih kepada Pelapor Kerentanan",
        "<p>Thanks to all members of the community who reported vulnerabilities: Garuda Security Hacker, Bekasi"
        " Black Hat. Laporan kerentanan dapat dikirim ke csirt@bekasikota.go.id.</p>",
    ),
}

# The frame kept, the main part written over: found against the page remembered (``replaced_main``); at first sight
# the department's banner of solidarity says as much.
FRAMED = {
    "palestine-on-top": topped(
        '<div style="background:#000;color:#fff;padding:40px;text-align:center">' + FLAG + "<h1>FREE PALESTINE</h1>"
        "<p>Stop the genocide! Hentikan dukungan untuk Israel.</p><p>- Indonesian Cyber Army -</p>"
        "<p>t.me/ghostsecidn</p></div>"
    ),
    "leak-on-top": topped(
        '<div style="background:#111;color:#0f0;padding:30px"><h1>DATA KALIAN SUDAH BOCOR</h1><p>1.300.000 data'
        " penduduk (NIK, KK, alamat). Download: https://mega.nz/folder/xYz#abc</p><p>- Bjorka -</p></div>"
    ),
}
# The department's short notices in place of its news list: a cause or two, its own Telegram, a press release.
FRAMED_CLEAN = {
    "solidarity-notice": topped(
        '<div class="pengumuman"><h2>Aksi Bela Palestina</h2><p>#FreePalestine. Pemkot Bekasi membuka posko donasi di'
        " seluruh kecamatan. Info: Instagram @pemkotbekasi</p></div>"
    ),
    "prayer-notice-telegram": topped(
        '<div class="pengumuman"><h2>Stop The Genocide</h2><p>Doa bersama untuk Palestina, Jumat 6 Desember di Masjid'
        " Agung. Info kegiatan: t.me/pemkotbekasi</p></div>"
    ),
    "leak-release": topped(
        '<div class="siaran-pers"><h2>Siaran Pers</h2><p>Diskominfo Kota Bekasi bersama BSSN menelusuri klaim akun'
        " Bjorka yang menyebut data 1,3 juta penduduk bocor di BreachForums. Warga diimbau tidak mengunduh data"
        " tersebut.</p></div>"
    ),
}
# Someone else's sale of the site on the department's host, and the department's news that asks it.
SOLD = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Website ini dijual</title></head>'
    '<body style="text-align:center"><h1>WEBSITE INI DIJUAL</h1><p>Domain dan hosting dijual cepat. Minat hubungi WA'
    " 0812-9876-5432 (Bang Jago)</p></body></html>"
)
SALE_NEWS = story(
    "Website Ini Dijual? Waspada Penipuan Mengatasnamakan Diskominfo",
    "<p>Beredar pesan berantai yang menyebut website ini dijual. Diskominfo menegaskan kabar itu hoaks dan situs"
    " tetap dikelola Pemerintah Kota Bekasi.</p>",
)
