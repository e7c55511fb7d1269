"""Spam that borrows the words of news, and the news it borrows them from.

``SPAM_IN_NEWS_WORDS``: a department's page (menu, news, its article, sidebar, footer) with judi online spam written
into it in a word that news writes too: a claim of being beyond the law's reach ("anti blokir Kominfo", "terdaftar
Kominfo", "tidak diblokir", "aman dari razia polisi", "tanpa dampak hukum", "anti kalah"), or a single word of news
beside a brand or a seller's promise ("Jangan jadi korban situs palsu, main slot gacor hanya di GARUDA4D"), in the
text, a hidden block, the title or the meta description; and a name of the trade in a sentence with a seller's other
words (a number to call, "tepercaya", a wallet, "kunjungi", "milik kami"). Each is found.

``NEWS_OF_THOSE_CLAIMS``: the news and campaigns that write the same words (a police release on sites that claim to
be registered with Kominfo, a campaign "Jangan Jadi Korban Slot Gacor", Kominfo's takedown of sites that advertise
themselves "anti blokir", an arrest naming the site its suspects ran, a report line by WhatsApp). None is an injection.

``BRANDS_SPELLED_APART``: a brand's name spaced or hyphenated from its number beside a brand's sign-up words or a
strong term ("Login KAISAR 88 link alternatif", "GARUDA-4D dan SLOT-88"), a name of the trade with digits for letters
("s1tus jud1 b0la"), letters spaced apart into the next word ("S L O T G A C O R T E R P E R C A Y A"): each found.
``NAMES_WITH_A_NUMBER_APART``: a hospital's "USG 4D", a cinema's "Bioskop 4D", a shop "Kaisar 88", a room "Kamar 88":
none is a brand.

``LINKS_TO_A_GAMBLING_DOMAIN``: a link whose only clue is its address, a brand's host on a domain of gambling alone
(garuda4d.bet): found. ``LINKS_TO_OTHER_DOMAINS``: a department's links to a shop of a lucky number on .com, a
sports club on .id: clean.
"""

from __future__ import annotations

from defaced_pages_s28 import article, story
from vendor_pages import Site, department_page

_HEADLINE = "Layanan Jemput Bola Perekaman KTP-el di Kecamatan Bantargebang"
_ARTICLE = (
    "<p>Disdukcapil Kota Bekasi kembali menggelar layanan jemput bola perekaman KTP elektronik di Kantor Kecamatan"
    " Bantargebang. Layanan ini menyasar warga lanjut usia, penyandang disabilitas serta pelajar yang baru berusia 17"
    " tahun.</p><p>Sebanyak 214 warga telah melakukan perekaman dalam satu hari pelayanan. Warga cukup membawa"
    " fotokopi Kartu Keluarga.</p>"
)
_VISIBLE = {("judi_online", "visible"): "tinggi"}
_HIDDEN = {("judi_online", "hidden"): "kritis"}


def _injected(spam: str = "", title: str | None = None, head: str = "") -> str:
    """Return the department's page of its article with ``spam`` written after the article's paragraphs (or in its
    ``title``, its ``head``)."""
    return department_page(Site(main_extra=article(_HEADLINE, _ARTICLE + spam), title=title, head=head))


def _hidden(spam: str) -> str:
    return _injected(f'<div style="display:none">{spam}</div>')


SPAM_IN_NEWS_WORDS = {
    # A seller's claim holding a word of news.
    "link-anti-blokir-kominfo": (_injected("<p>Link alternatif GARUDA4D anti blokir Kominfo.</p>"), _VISIBLE),
    "registered-with-kominfo": (_injected("<p>Situs slot gacor terdaftar Kominfo.</p>"), _VISIBLE),
    "never-loses": (_injected("<p>Toto macau anti kalah, pasti JP.</p>"), _VISIBLE),
    "not-blocked": (
        _injected("<p>Situs judi bola ini tidak diblokir Kominfo sehingga warga bisa mengakses kapan saja.</p>"),
        _VISIBLE,
    ),
    "safe-from-raids": (
        _injected("<p>Poker online lebih aman dari razia polisi dibandingkan bermain kartu di pos ronda.</p>"),
        _VISIBLE,
    ),
    "no-legal-consequence": (
        _injected(
            "<p>Tanpa dampak hukum apa pun, warga kini bisa menikmati poker online dari rumah bersama agen judi"
            " kami.</p>"
        ),
        _VISIBLE,
    ),
    "anti-blokir-for-judi-bola": (
        _injected("<p>Gunakan link alternatif anti blokir Kominfo untuk mengakses situs judi bola tanpa VPN.</p>"),
        _VISIBLE,
    ),
    # One word of news beside a brand or a seller's promise.
    "victims-warning-selling": (
        _injected("<p>Jangan jadi korban situs palsu, main slot gacor hanya di GARUDA4D.</p>"),
        _VISIBLE,
    ),
    "forbidden-yet-open": (_injected("<p>Walau dilarang, slot gacor GARUDA4D tetap bisa diakses.</p>"), _VISIBLE),
    "fact-check-selling": (
        _injected("<p>Cek fakta: slot gacor GARUDA4D benar-benar membayar maxwin.</p>"),
        _VISIBLE,
    ),
    "police-in-the-news-selling": (
        _injected(
            "<p>Meski ramai diberitakan polisi, situs judi bola milik kami tetap aman diakses warga 24 jam tanpa"
            " gangguan.</p>"
        ),
        _VISIBLE,
    ),
    "hidden-brand-and-kominfo": (_hidden("GARUDA4D slot gacor kominfo"), _HIDDEN),
    "hidden-stop": (_hidden("STOP main di situs abal-abal, GARUDA4D slot gacor hari ini maxwin"), _HIDDEN),
    "title-brand-and-kominfo": (
        _injected(title="SLOT GACOR GARUDA4D Kominfo"),
        {("judi_online", "title"): "kritis"},
    ),
    "meta-registered-with-kominfo": (
        _injected(
            head='<meta name="description" content="GARUDA4D situs toto macau resmi terdaftar kominfo, slot gacor hari'
            ' ini maxwin">'
        ),
        {("judi_online", "meta"): "kritis"},
    ),
    # A name of the trade in a sentence with a seller's other words.
    "kbbi-spelling-and-whatsapp": (
        _injected(
            "<p>Bagi warga yang mencari bandar judi tepercaya di Kota Bekasi, hubungi kami melalui WhatsApp"
            " 0812-9921-3344.</p>"
        ),
        _VISIBLE,
    ),
    "visit-this-page": (
        _injected(
            '<p>Bagi warga yang mencari situs judi bola, kunjungi <a href="https://bola-nusantara.online/">laman'
            " ini</a> untuk informasi lebih lanjut.</p>"
        ),
        _VISIBLE,
    ),
    "wallets-and-stake": (
        _injected(
            "<p>Kini judi bola via DANA dan OVO bisa dilakukan warga dengan modal mulai sepuluh ribu rupiah.</p>"
        ),
        _VISIBLE,
    ),
    "admins-number": (
        _injected("<p>Hubungi admin togel online via WA 0812-1234-5678 untuk pasang angka malam ini.</p>"),
        _VISIBLE,
    ),
    "number-one-dealer": (
        _injected("<p>Bandar judi nomor wahid di Jabodetabek kini membuka layanan untuk warga Kota Bekasi.</p>"),
        _VISIBLE,
    ),
    "fast-withdrawals": (
        _injected("<p>Poker online di situs kami aman dan proses penarikan dana cepat, hanya 3 menit.</p>"),
        _VISIBLE,
    ),
}


NEWS_OF_THOSE_CLAIMS = {
    "police-block-sites-claiming-registration": story(
        "Polres Blokir 200 Situs Slot Gacor",
        "<p>Polres Metro Bekasi Kota bersama Diskominfostandi memblokir 200 situs slot gacor, termasuk yang mengaku"
        " terdaftar Kominfo.</p><p>Warga diminta tidak mempercayai klaim situs yang menyebut dirinya resmi.</p>",
    ),
    "campaign-dont-be-a-victim": story(
        "Jangan Jadi Korban Slot Gacor",
        "<p>Bagian Kesra mengajak warga menjaga keluarga. Jangan jadi korban slot gacor, sebab uang yang hilang tidak"
        " kembali.</p><p>Poster kampanye dapat diunduh di laman ini.</p>",
    ),
    "kominfo-takedown": story(
        "Ribuan Situs Judi Diputus Aksesnya",
        "<p>Kementerian Komunikasi dan Digital memutus akses 1.200 situs slot gacor dan toto macau sepanjang November,"
        " sebagian besar mengiklankan diri sebagai situs anti blokir Kominfo.</p>",
    ),
    "a-scams-signs": story(
        "Kenali Modus Situs Judi",
        "<p>Kenali modus slot gacor: situs mengaku terdaftar Kominfo dan anti blokir.</p><p>Jangan percaya klaim"
        " situs yang menjanjikan kemenangan.</p>",
    ),
    "arrest-naming-the-site": story(
        "12 Pengelola Situs Judi Diringkus",
        "<p>Sebanyak 12 tersangka diringkus di sebuah rumah kontrakan di Kecamatan Bekasi Utara pada Selasa malam."
        " Mereka mengelola situs slot gacor GARUDA4D dengan omzet Rp 2 miliar per bulan.</p>",
    ),
    "promoters-caught": story(
        "Tiga Pemuda Ditangkap",
        "<p>Polres Metro Bekasi menangkap tiga pelaku. Mereka mempromosikan slot gacor GARUDA4D melalui Instagram.</p>",
    ),
    "report-line": story(
        "Laporkan Judi di Lingkungan Anda",
        "<p>Warga yang menemukan situs judi di lingkungannya dapat melapor melalui WhatsApp 0812-9000-1122.</p>"
        "<p>Keberadaan bandar judi juga dapat diadukan via WA 0812-9000-1122 setiap hari kerja.</p>",
    ),
    "still-reachable": story(
        "Situs Judi Masih Bisa Diakses",
        "<p>Situs judi masih bisa diakses meski sudah diblokir Kominfo, kata pengamat.</p>",
    ),
}


BRANDS_SPELLED_APART = {
    "spaced-from-its-number": (_injected("<p>Login KAISAR 88 link alternatif</p>"), _VISIBLE),
    "hyphenated": (_injected("<p>Kunjungi GARUDA-4D dan SLOT-88 untuk info lengkap.</p>"), _VISIBLE),
    "digits-for-letters": (_injected("<p>s1tus jud1 b0la terpercaya</p>"), _VISIBLE),
    "digits-for-letters-prose": (_injected("<p>Jud1 b0la online, s1tus jud1 terbaik.</p>"), _VISIBLE),
    "spaced-into-the-next-word": (_injected("<p>S L O T G A C O R T E R P E R C A Y A</p>"), _VISIBLE),
}


NAMES_WITH_A_NUMBER_APART = {
    "hospital-ultrasound": story(
        "Layanan USG 4D Kini Tersedia di RSUD",
        "<p>Daftar layanan USG 4D kini dapat dilakukan melalui aplikasi antrean RSUD. Ibu hamil dapat mendaftar"
        " sekarang.</p>",
    ),
    "city-tour": story(
        "Wisata Edukasi Akhir Pekan",
        "<p>Wahana Bioskop 4D | Teater 4D | Simulasi 4D di Taman Kota dibuka setiap Sabtu. Tiket dapat dibeli di"
        " loket.</p>",
    ),
    "shop-and-room": story(
        "Bazar UMKM di Gedung Juang",
        "<p>Toko Kaisar 88 dan Toko Garuda 77 ikut meramaikan bazar. Peserta yang menginap disediakan Kamar 88 di"
        " wisma.</p><p>Daftar peserta bazar dapat dilihat di laman Dinas Koperasi.</p>",
    ),
}


_LINK = {("judi_online", "link"): "tinggi"}

LINKS_TO_A_GAMBLING_DOMAIN = {
    "named-like-a-menu-item": (_injected('<p><a href="https://garuda4d.bet/">Beranda</a></p>'), _LINK),
    "image-banner": (
        _injected(
            '<aside class="widget"><a href="https://garuda4d.bet/?ref=gov"><img src="https://i.imgur.com/Xy12abc.gif"'
            ' alt="" width="300" height="250"></a></aside>'
        ),
        _LINK,
    ),
    "lucky-number-on-a-casino-domain": (_injected('<p><a href="https://kaisar88.casino/">.</a></p>'), _LINK),
}


LINKS_TO_OTHER_DOMAINS = {
    "shop-and-club": story(
        "Bazar UMKM dan Turnamen Bulu Tangkis",
        '<p>Bazar diramaikan <a href="https://tokojaya88.com/">Toko Jaya88</a> dan klub <a href="https://pbgaruda4d.id/">'
        'PB Garuda</a>. Informasi lengkap di <a href="https://www.bekasikota.go.id/">laman Pemkot</a>.</p>',
    ),
}
