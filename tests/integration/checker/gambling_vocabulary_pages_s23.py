"""The judi online vocabulary of 2025-2026 as it is injected into go.id sites, and department pages that
use the same words innocently, for the checker's tests.

The spam: a provider menu of a slot site (Habanero, Spadegaming, Microgaming, Playtech, CQ9...), a
title rewritten to a brand of a word and a lucky number (JAYA88, KOIN138) with its mirror link, a togel
tip sheet (angka main, BBFS, shio, colok 2D), a sportsbook's markets (pasaran bola, odds, handicap) and
its brands (MAXBET, IBCBET, UBOBET, CMD368), a live casino's tables (baccarat, roulette, blackjack, sic
bo), togel markets (Togel Sydney, Togel HK, pasaran togel), the keywords of a hijacked head. Each is
the ``vendor_pages.Site`` knobs an attacker's injection fills.

The innocent pages: a market's "Bonanza" sale with its prize "jackpot", Imlek news (shio, mahjong), the
farmers' habanero chillies and a bird contest, a bazaar's perfume "Baccarat Rouge", a road-safety
editorial's "Russian roulette", a lesson on passwords ("budi88"), the staff's e-mail addresses, the
shops of a UMKM list, a sports shop's prices ("pasaran bola voli"), a school's Norse myths, and the
police's news of a gambling brand's admins caught.
"""

from __future__ import annotations

from typing import Any

# Each spam case: the knobs of ``vendor_pages.Site`` that the injection fills.
SPAM: dict[str, dict[str, Any]] = {
    "provider-menu-hidden": {
        "body_end": (
            '<div class="wp-provider" style="position:absolute;left:-9999px"><ul class="provider-list">'
            + "".join(
                f'<li><a href="/provider/{name.lower().replace(" ", "-")}/">{name}</a></li>'
                for name in ("Habanero", "Spadegaming", "Microgaming", "Playtech", "CQ9", "Joker Gaming", "JILI")
            )
            + "</ul></div>"
        )
    },
    "brand-title-and-mirror": {
        "title": "JAYA88 - Link Alternatif Login JAYA88 Terbaru 2026",
    },
    "togel-tip-sheet": {
        "main_extra": (
            '<div style="display:none"><h3>Prediksi Jitu Malam Ini</h3><table class="prediksi">'
            "<tr><td>Angka Main</td><td>2768</td></tr><tr><td>BBFS</td><td>2768914</td></tr>"
            "<tr><td>Shio Jitu</td><td>Kambing</td></tr><tr><td>Colok 2D</td><td>27 * 68 * 91</td></tr>"
            "</table></div>"
        )
    },
    "sportsbook-markets": {
        "main_extra": (
            '<div class="sr-text" hidden><h4>Pasaran Bola Hari Ini</h4><p>Odds bola terlengkap, handicap bola '
            "dan over under liga Inggris, Spanyol dan Italia. Update setiap menit.</p></div>"
        )
    },
    "sportsbook-brands": {
        "body_end": (
            '<div style="display:none">'
            + " | ".join(
                f'<a href="/bola/{b.lower().replace(" ", "-")}/">{b}</a>'
                for b in ("MAXBET", "IBCBET", "UBOBET", "CMD368", "SABA Sports")
            )
            + "</div>"
        )
    },
    "live-casino-tables": {
        "main_extra": (
            '<div style="height:0;overflow:hidden"><p>Meja favorit member kami: Baccarat, Roulette, Blackjack, '
            "Sic Bo dan Dragon Tiger, dealer cantik 24 jam.</p></div>"
        )
    },
    "togel-markets": {
        "main_extra": (
            '<div style="display:none"><ul><li><a href="/togel-sydney/">Togel Sydney</a></li>'
            '<li><a href="/togel-macau/">Togel Macau</a></li><li><a href="/togel-hk/">Togel HK</a></li>'
            "</ul><p>Pasaran togel terlengkap setiap hari.</p></div>"
        )
    },
    "brand-keywords": {
        "head": '<meta name="keywords" content="KOIN138, link alternatif, freespin, buy spin">',
    },
}

# Department content that uses the words innocently, and must stay clean: each in ``main_extra``.
INNOCENT = {
    "cloud-data-centres": (
        "<article><h2>Pusat Data Cadangan Kota Mulai Beroperasi</h2><p>Diskominfostandi menyewa pusat data "
        "cadangan di layanan awan. Server Thailand dan Singapura dipakai penyedia untuk replikasi data perangkat "
        "daerah, sehingga layanan tetap berjalan saat pusat data utama dirawat.</p></article>"
    ),
    "bonanza-sale-with-a-jackpot": (
        "<article><h2>Bekasi Bonanza Berhadiah Jackpot Sepeda Motor</h2><p>Dinas Perdagangan dan "
        "Perindustrian menggelar Bonanza akhir tahun dengan diskon hingga 50 persen di Pasar Kranji Baru. "
        "Pengunjung yang berbelanja minimal Rp 100.000 berkesempatan membawa pulang hadiah jackpot berupa "
        "kulkas dan sepeda motor.</p><p>Kegiatan ini diikuti 120 pedagang dan pelaku UMKM.</p></article>"
    ),
    "imlek-news": (
        "<article><h2>Perayaan Imlek 2577 di Vihara Dharma Bhakti</h2><p>Warga Tionghoa Kota Bekasi merayakan "
        "Tahun Baru Imlek dengan pertunjukan barongsai. Para lansia mengikuti lomba mahjong persahabatan, "
        "sementara pengunjung membaca ramalan shio kuda api dan berharap jackpot rezeki di tahun yang baru.</p>"
        "<p>Wali Kota mengapresiasi kerukunan warga.</p></article>"
    ),
    "farmers-chillies-and-birds": (
        "<article><h2>Petani Mustikajaya Panen Cabai Habanero</h2><p>Kelompok tani di Mustikajaya memanen cabai "
        "habanero perdana. Benih habanero dibagikan gratis; slot pelatihan budidaya masih tersedia 15 orang.</p>"
        "<p>Pada hari yang sama digelar kontes kicau burung murai gacor dengan hadiah jackpot sangkar.</p>"
        "</article>"
    ),
    "bazaar-perfume": (
        "<article><h2>Pameran UMKM Parfum Lokal</h2><p>Parfum lokal beraroma mirip Baccarat Rouge 540 laris di "
        "Pameran UMKM Kota Bekasi. Slot stan bazar tersisa lima; pendaftaran melalui Dinas Koperasi.</p>"
        "</article>"
    ),
    "road-safety-editorial": (
        "<article><h2>Helm Bukan Sekadar Aksesori</h2><p>Berkendara tanpa helm ibarat bermain Russian roulette "
        "di jalan raya. Jangan berharap jackpot keselamatan; Dinas Perhubungan mengajak warga tertib.</p>"
        "</article>"
    ),
    "password-lesson": (
        "<article><h2>Tips Membuat Kata Sandi yang Kuat</h2><p>Hindari kata sandi yang mudah ditebak seperti "
        "budi88, sayang99 atau bekasi123. Gunakan gabungan huruf besar, huruf kecil, angka dan simbol, serta "
        "aktifkan verifikasi dua langkah.</p></article>"
    ),
    "staff-contacts": (
        "<table class='kontak'><tr><th>Nama</th><th>Surel</th></tr><tr><td>Andi Saputra</td>"
        "<td>andi88@gmail.com</td></tr><tr><td>Sari Wulandari</td><td>sari77@yahoo.com</td></tr>"
        "<tr><td>Humas</td><td>@humasbekasi99</td></tr></table>"
    ),
    "umkm-shops": (
        "<article><h2>Daftar Peserta Bazar UMKM Kelurahan Margahayu</h2><ol><li>Toko Kelontong JAYA88</li>"
        "<li>Bengkel SINAR77</li><li>Konveksi BERKAH99</li><li>Warung Makan Bu Tini</li></ol></article>"
    ),
    "sports-shop-prices": (
        "<article><h2>Harga Peralatan Olahraga Jelang Porkot</h2><p>Harga pasaran bola voli dan bola futsal di "
        "toko olahraga Kota Bekasi naik sepuluh persen menjelang Pekan Olahraga Kota.</p></article>"
    ),
    "school-myths": (
        "<article><h2>Pentas Dongeng Mitologi</h2><p>Siswa SMPN 12 mementaskan kisah pohon Yggdrasil dari "
        "mitologi Nordik dan kisah dewa Zeus di Olympus dalam mitologi Yunani.</p></article>"
    ),
    "police-news-of-a-brand": (
        "<article><h2>Polisi Tangkap Admin Situs Judi JAYA88</h2><p>Satreskrim Polres Metro Bekasi Kota "
        "menangkap tiga admin situs JAYA88 dan KOIN138 yang menawarkan baccarat, roulette dan link alternatif "
        "kepada warga. Barang bukti berupa laptop dan rekening disita.</p></article>"
    ),
}
