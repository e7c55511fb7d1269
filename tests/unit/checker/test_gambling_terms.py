"""The gambling (judi online) and defacement vocabulary: new spam words found, innocent uses left alone.

The innocent sentences are what Bekasi's department sites really print: PPDB quotas, queues and
consultation slots, the spatial plan (RTRW/RTP), officials named Toto, a bird-singing contest, and
news about fighting judi online or about a cyber attack.
"""

from __future__ import annotations

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged, matches

NEW_VOCABULARY = (
    "situs toto",
    "slot88",
    "rtp live",
    "pola gacor",
    "link slot",
    "bet 200",
    "spaceman",
    "starlight princess",
    "olympus 1000",
    "depo 25k",
    "wd 50k",
    "jp paus",
    "maxwin",
    "mahjong ways",
    "scatter hitam",
    "toto slot",
)

INNOCENT = (
    # Dinas Pendidikan: PPDB quotas
    "Pengumuman PPDB Kota Bekasi 2026: sisa slot kuota jalur zonasi SMP Negeri 12 Bekasi tinggal 24 kursi. "
    "Calon peserta didik yang belum mendapat slot dapat mendaftar pada jalur afirmasi.",
    "Rekapitulasi slot pendaftaran SPMB per sekolah diperbarui setiap pukul 16.00 WIB.",
    "Daftar slot jadwal vaksinasi dan link slot pendaftaran ada di aplikasi layanan Puskesmas.",
    # Dispora: a match report
    "Persikasi mudah menang 3-0 atas tim tamu dan memimpin klasemen.",
    # Puskesmas and RSUD: queues
    "Ambil nomor antrean secara daring. Slot antrean harian Puskesmas Bantargebang dibatasi 80 pasien; "
    "slot vaksinasi booster tersedia setiap Selasa.",
    # DPMPTSP: consultation times
    "Layanan konsultasi perizinan berusaha: pilih slot waktu konsultasi yang tersedia pada hari kerja, "
    "pukul 08.00 sampai 15.00 WIB.",
    # Bappelitbangda / Dinas Tata Ruang: the spatial plan, and an official named Toto
    "Peraturan Daerah Kota Bekasi Nomor 13 Tahun 2011 tentang Rencana Tata Ruang Wilayah (RTRW/RTP) "
    "Kota Bekasi Tahun 2011-2031 sedang ditinjau kembali.",
    "Rapat koordinasi peninjauan kembali RTRW dipimpin Kepala Bidang Tata Ruang, Bapak Toto Sugiarto, S.T., M.Si.",
    "Sekretaris Dinas, Drs. Toto Hartono, menyerahkan piagam kepada kader posyandu.",
    # Dinas Pertanian statistics
    "Jumlah RTP (Rumah Tangga Petani) di Kecamatan Mustikajaya tercatat 1.204 rumah tangga.",
    # Disparbud: a bird-singing contest
    "Lomba Burung Kicau Piala Wali Kota Bekasi diikuti ratusan kicau mania yang membawa murai batu gacor "
    "andalannya ke gantangan.",
    # Diskominfo: news about fighting judi online
    "Satgas Pemberantasan Judi Online Kota Bekasi mengimbau warga agar tidak tergiur iklan situs slot dan "
    "toto yang marak di media sosial.",
    "Polres Metro Bekasi Kota menangkap tiga tersangka pengelola situs judi slot online dan togel.",
    "Marak judi online dan togel di kalangan pelajar, orang tua diminta lebih peduli.",
    # An open-data page, a camera in an inventory list, a film
    "Grafik scatter hubungan curah hujan dan kasus DBD per kelurahan.",
    "Inventaris barang: 2 unit kamera Olympus, 1 unit proyektor.",
    "Film Warkop DKI yang dibintangi Dono, Kasino dan Indro diputar di taman kota.",
    # Defacement words with an innocent use
    "BSSN: ratusan situs pemerintah mengalami peretasan, peretas meninggalkan pesan hacked by di halaman depan.",
    "Pelatihan keamanan siber bagi pengelola situs: jangan biarkan tampilan situs diganti pihak lain.",
    "Klik tombol ganti tampilan untuk beralih ke mode gelap.",
    "Diskominfo mengikuti Indonesian Cyber Security Forum 2026.",
    # A restaurant, a fishing contest, a planning recap
    "Restoran Dragon Tiger di Bekasi Timur buka pukul 10.00 sampai 22.00.",
    "Lomba tembak ikan di kolam pemancingan RW 05 meriahkan HUT Kota Bekasi.",
    "Rekap hasil musrenbang tingkat kecamatan tahun 2026.",
    # All of them on one page, within a few words of each other
    "Rapat RTRW/RTP dipimpin Bapak Toto; sisa slot pendaftaran peserta bimbingan teknis 20 orang.",
)


def found(text: str) -> set[str]:
    return {term for _, term, _ in flagged(text)}


def scanned(html: str) -> set[tuple[str, str | None]]:
    return {(f.code, f.location) for f in defacement.scan(parse_page(html, "https://disdik.bekasikota.go.id/"))}


@pytest.mark.parametrize("sentence", INNOCENT)
def test_an_innocent_department_sentence_is_no_finding_visible_or_hidden(sentence: str) -> None:
    assert found(sentence) == set()
    assert scanned(f"<body><p>{sentence}</p><div style='display:none'>{sentence}</div></body>") == set()


def test_the_new_spam_vocabulary_is_found() -> None:
    spam = (
        "Situs toto slot88 resmi, RTP live pola gacor hari ini, link slot bet 200 spaceman starlight princess "
        "olympus 1000 depo 25k wd 50k jp paus maxwin, mahjong ways scatter hitam, toto slot terpercaya"
    )
    assert set(NEW_VOCABULARY) <= found(spam)


@pytest.mark.parametrize(
    "spam",
    [
        "toto gacor",  # two weak terms that sell
        "togel slot",
        "RTP 98% gacor",
        "slot mahjong",
    ],
)
def test_weak_terms_in_company_are_spam(spam: str) -> None:
    assert found(spam)


@pytest.mark.parametrize("alone", ["toto", "gacor", "RTP", "slot", "togel", "judi online", "bet 200", "mahjong"])
def test_a_weak_term_alone_is_not_enough_even_hidden(alone: str) -> None:
    assert found(alone) == set()
    assert scanned(f"<body><p>Berita</p><div style='display:none'>{alone}</div></body>") == set()


def test_two_topic_words_are_no_company_but_a_word_that_sells_is() -> None:
    assert found("judi online dan togel") == set()
    assert found("togel dan toto") == {"togel", "toto"}


def test_company_must_be_near() -> None:
    far = "gacor " + "kata " * 40 + "toto"
    assert found(far) == set()
    assert found("gacor toto") == {"gacor", "toto"}


def test_an_innocent_use_only_clears_the_weak_term_it_belongs_to() -> None:
    # "kuota" explains "slot", not "gacor maxwin" next to it.
    assert found("sisa slot kuota gacor maxwin") == {"gacor", "maxwin"}
    assert found("Bapak Toto menang di situs toto") == {"situs toto"}


@pytest.mark.parametrize(
    ("spam", "term"),
    [
        ("Daftar bandarq online", "bandarq"),
        ("Download pkv games terbaru", "pkv games"),
        ("BO togel terpercaya", "bo togel"),
        ("Bocoran admin riki malam ini", "admin riki"),
        ("Pola gampang jp", "gampang jp"),
        ("Situs taruhan bola resmi", "taruhan bola"),
        ("Agen bola dan parlay bola", "agen bola"),
        ("Situs judi online terpercaya 2026", "judi online terpercaya"),
        ("Login sbobet88", "sbobet88"),
        ("Link pragmatic88 dan gacor77", "pragmatic88"),
        ("Bandar toto88", "toto88"),
        ("Wild bandito x5000 hari ini", "wild bandito"),
        ("Tembak ikan online uang asli", "tembak ikan online"),
        ("Sicbo live 24 jam", "sicbo"),
        ("Bocoran hk malam ini", "bocoran hk"),
        ("Rekap sdy lengkap", "rekap sdy"),
        ("Koi gate pola gacor", "koi gate"),
        ("Dragon tiger dan sicbo live 24 jam", "dragon tiger"),
        ("Keluaran macau hari ini tercepat", "keluaran macau"),
        ("Prediksi HK malam ini jitu", "prediksi hk"),
        ("Shio togel 2026 lengkap", "shio togel"),
        ("Buku mimpi 2D bergambar", "buku mimpi 2d"),
        ("Erek-erek 3D abjad", "erek-erek"),
        ("Colok bebas dan colok jitu", "colok bebas"),
        ("Baccarat online live 24 jam", "baccarat online"),
        ("Roulette online uang asli", "roulette online"),
        ("Deposit pulsa tanpa potongan 24 jam", "deposit pulsa tanpa potongan"),
        ("WD berapapun pasti dibayar", "wd berapapun"),
        ("Prediksi parlay malam ini akurat", "prediksi parlay"),
        ("Download cheat slot engine apk", "cheat slot"),
        ("Jual chip Higgs Domino murah, proses cepat", "chip higgs"),
        ("Promo depo 25 bonus 25 khusus member baru", "depo 25 bonus 25"),
        ("Deposit 50 bonus 50% untuk semua game", "deposit 50 bonus 50%"),
        ("Kode syair hk malam ini dan angka main sgp jitu", "syair hk"),
        ("Paito warna sdy 6 kolom terlengkap", "paito warna"),
        ("Best online casino Indonesia, free spins no deposit", "online casino"),
        ("Claim 50 free spins di game slot favoritmu", "free spins"),
        ("Daftar togel 4d diskon terbesar", "togel 4d"),
        ("Keluaran China hari ini tercepat, data togel lengkap", "keluaran china"),
        ("Live draw Sydney tercepat malam ini", "live draw sydney"),
        ("MPO slot terpercaya", "mpo slot"),
        ("Game slot server Myanmar gampang menang", "server myanmar"),
        ("Angka keramat slot gacor malam ini", "angka keramat"),
    ],
)
def test_the_vocabulary_of_the_brands_and_bookmakers_is_found(spam: str, term: str) -> None:
    assert term in found(spam)


@pytest.mark.parametrize(
    "innocent",
    [
        "Pertandingan bola voli antar kecamatan: taruhan dilarang, kata panitia.",  # words apart: no term
        "Pak Toto2 dan Bu Sari",  # a name with a digit is no brand of two digits or more
        "Alokasi slot dana hibah untuk 12 kelurahan",  # slot dana is weak: alone it is nothing
        "Data SGP tahun ajaran 2026",
        "Prediksi cuaca BMKG untuk Kota Bekasi: hujan ringan pada sore hari",
        "Pameran kristal Baccarat di Summarecon Mall Bekasi",
        "Lomba mewarnai dan membaca buku mimpi anak di Perpustakaan Daerah",
        "Colokan listrik umum tersedia di ruang tunggu Disdukcapil",
        "Undian berhadiah jalan sehat HUT Kota Bekasi, bukan lotre",
        "Deposito 25 tahun dengan bonus 25 persen di Bank BJB",  # a bank's term deposit, not a bet's
        "Depo sampah 12 dengan bonus 3 kantong kompos bagi warga",
        "Turnamen domino antarwarga di RW 05 memeriahkan HUT Kota Bekasi",
        "Satpol PP menyita mesin judi slot dan kupon togel di Bekasi Timur",  # a raid's news
        "Operasi penyakit masyarakat: 12 mesin slot gacor disita dari warung di Jatiasih",
        "Permainan angka main bersama anak PAUD di Taman Kota Bekasi",
        "Kelas free spin di GOR Patriot setiap Minggu pagi",
        "Lomba baca syair Melayu dan puisi tingkat SMP se-Kota Bekasi",
        "Angka keramat dalam tradisi Betawi dibahas di Museum Gedung Juang",
        "Kunjungan kerja ke pabrik keluaran China di kawasan industri Cikarang",
        "Laptop keluaran Taiwan untuk 120 sekolah dasar di Kota Bekasi",
    ],
)
def test_the_new_words_leave_department_sentences_alone(innocent: str) -> None:
    assert found(innocent) == set()


def test_a_term_with_a_number_matches_on_word_boundaries_only() -> None:
    assert found("depo 25k dan wd 50k") == {"depo 25k", "wd 50k"}
    assert found("depo sampah 25 dan depo arsip") == set()
    assert found("slot777 slot4d") == {"slot777", "slot4d"}


def test_defacement_signatures_are_found_and_weak_ones_need_another() -> None:
    page = "Hacked by Garuda Cyber Team. Sorry admin, just test your security. Patch your system! Greetz to all"
    assert {"hacked by", "just test your security", "patch your system", "greetz to", "sorry admin"} <= found(page)
    assert found("ganti tampilan") == set()
    assert found("touched by Indonesian Cyber Army") == {"touched by", "indonesian cyber", "cyber army"}


@pytest.mark.parametrize(
    "page",
    [
        "Owned by ./Sec7or Team. Your website has been compromised.",
        "Sistem kalian lemah! Website ini sudah kami tembus. Perbaiki keamanan kalian, admin.",
        "Diretas oleh Anonymous Bekasi. Kami tidak butuh uang, kami butuh keadilan.",
        "We Are Anonymous. We are Legion. We do not forgive. We do not forget.",
        "Sorry Admin. Cuma iseng. Keamanan website lu payah bro.",
        "Your Security Is Garbage. Fix your website. Hacked for fun.",
        "Tersakiti Crew was here. Salam dari kami.",
        "Hacked By Mr.Gh0st. Security is just an illusion.",
        "Defaced as protest. #OpIsrael",
        "Maaf Admin Cuma Numpang Lewat. Keamanan website anda masih lemah, tolong diperbaiki.",
        "System Has Been Hacked! Contact: t.me/d4rkn3ss",
        'Hacked by "Garuda Cyber" — Greetz: all member',
        "HACKED BY ./Anon7. Patch your system!",
        "Maaf Admin. Website anda kami retas, cuma mengingatkan keamanan website lemah.",
        "Numpang lewat, maaf admin. Salam dari Bekasi Cyber Team.",
        "Shell uploaded by 0x1998. Contact me on Telegram.",
        "NOTIFIED ON ZONE-H. We are Indonesian Hacker Rulez.",
        "Security Down! Indonesian Hacker Rulez. Contact: t.me/xxx",
        "0wn3d by AnonGhost",
        "#SaveRakyat. Website kalian kami ambil alih sebagai bentuk protes. Salam, Anonymous Indonesia",
        "Sorry Admin, Website Anda Kami Ambil Alih. Perbaiki keamanan website anda!",
    ],
)
def test_a_defacers_page_in_english_or_indonesian_slang_is_defacement(page: str) -> None:
    assert {code for code, _, _ in flagged(page)} == {"defacement"}


@pytest.mark.parametrize(
    "sentence",
    [
        "You can expect us to respond to your request within two working days.",
        "The building is owned by the city government of Bekasi.",
        "Kru (crew) film dokumenter meliput kegiatan posyandu di Bekasi Timur.",
        "Survei kepuasan ini anonymous: jawaban Anda tidak dikaitkan dengan nama.",
        "Polisi menangkap pelaku yang meretas situs sekolah; situs itu diretas oleh tersangka dari luar kota.",
        "Mohon maaf admin, formulir pendaftaran posyandu belum bisa diunduh.",  # a reader's comment
        "Situs pemerintah daerah yang diretas tercatat di arsip Zone-H, kata peneliti keamanan siber.",
        "Insiden: akun email pegawai has been hacked? Laporkan ke CSIRT Kota Bekasi.",  # news of an incident
        "Tim CSIRT menguji keamanan website lemah di 12 perangkat daerah dan memberi rekomendasi.",
        # An article on securing a site quotes the signature without a name.
        "Banyak situs pemerintah yang diretas menampilkan pesan 'Hacked by'. Lakukan pembaruan rutin.",
        "Tulisan “Defaced by” di beranda adalah tanda situs telah disusupi; segera hubungi Diskominfostandi.",
        # Mastered, taken over: a training report and a transfer of a site's management.
        "Seluruh materi pelatihan pengelolaan website ini telah kami kuasai dengan baik.",
        "Pengelolaan website kelurahan diambil alih Diskominfostandi mulai 1 Januari 2027.",
    ],
)
def test_a_departments_sentence_with_a_defacers_weak_word_is_no_finding(sentence: str) -> None:
    assert found(sentence) == set()


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Daftar di RAJASLOT88 sekarang", "rajaslot88"),
        ("Link alternatif slotgacor88 anti blokir", "slotgacor88"),
        ("kakekzeus777 paling gacor", "kakekzeus777"),
        ("https: dewatogel4d.xyz", None),  # "4d" is no number of two digits: no brand glued here
        ("https: mantaptogel88.com", "mantaptogel88"),
    ],
)
def test_a_gambling_brand_glued_of_words_and_a_number_is_a_strong_term(text: str, brand: str | None) -> None:
    glued = {term for term in found(text) if term.endswith(tuple("0123456789"))}
    assert glued == ({brand} if brand else set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Pilih timeslot 15 untuk antrean layanan KTP-el.",
        "Kotak saran nomor 12 di lobi, slot 2 untuk surat masuk.",
        "Kode pos 17112, RT 05 RW 12, dekat Taman Slot (taman bermain).",
        "Paket data internet 25GB untuk sekolah.",
    ],
)
def test_a_department_sentence_with_a_slot_and_numbers_apart_is_no_finding(sentence: str) -> None:
    assert found(sentence) == set()


def test_a_match_is_placed_by_characters_whatever_stands_before_it() -> None:
    # Characters of two, three and four UTF-8 bytes, one beyond Latin-1 and a lone surrogate.
    text = "Berita © • 😀 \ud800 Ω situs slot gacor é depo 25k"
    placed = [(m.term, m.start, m.end) for m in matches(text) if m.kind == "strong"]
    assert placed == [
        ("situs slot", text.index("situs"), text.index(" gacor")),
        ("slot gacor", text.index("slot"), text.index(" é")),
        ("depo 25k", text.index("depo"), len(text)),
    ]


def test_a_flood_of_one_weak_term_stays_bounded_and_finds_nothing() -> None:
    assert found("slot " * 20_000) == set()
    assert len(matches("slot " * 20_000)) <= 5000


def test_a_visible_spam_sentence_with_new_terms_is_a_visible_finding() -> None:
    html = "<body><p>Daftar situs toto dan mahjong ways gacor, depo 25k</p></body>"
    assert scanned(html) == {("judi_online", "visible")}
