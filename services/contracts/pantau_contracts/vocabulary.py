"""Every label an official reads, next to the code it labels: one vocabulary for the UI,
the documents and the dashboards. No code reaches a page or a document raw."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Category = Literal["ketersediaan", "konten", "keamanan", "kepatuhan"]

CATEGORY_LABELS: dict[str, str] = {
    "ketersediaan": "Ketersediaan",
    "konten": "Konten",
    "keamanan": "Keamanan",
    "kepatuhan": "Kepatuhan",
}

# Why an application is tidak_aktif (ApplicationChecked.reason).
REASON_LABELS: dict[str, str] = {
    "dns_gagal": "nama domain tidak dapat diresolusi (DNS)",
    "koneksi_ditolak": "koneksi ditolak server",
    "waktu_habis": "server tidak merespons (waktu habis)",
    "tls_gagal": "sertifikat/koneksi TLS gagal",
    "http_5xx": "galat server (HTTP 5xx)",
    "http_4xx": "halaman tidak ditemukan atau ditolak (HTTP 4xx)",
    "login_gagal": "login gagal",
    "alamat_diblokir": "alamat diblokir kebijakan keamanan",
    "respons_terlalu_besar": "respons terlalu besar",
    "terlalu_banyak_redirect": "terlalu banyak pengalihan (redirect)",
    "galat_lain": "galat lain",
    "halaman_bawaan": "halaman bawaan server web, hosting atau kerangka aplikasi tampil, bukan aplikasi",
    "halaman_tidak_ditemukan": "halaman menyatakan tidak ditemukan (walau HTTP 200)",
    "dalam_pemeliharaan": "aplikasi dalam pemeliharaan",
    "daftar_direktori": "daftar isi direktori server tampil, bukan aplikasi",
    "galat_aplikasi": "halaman galat aplikasi atau server tampil, bukan aplikasi",
    "domain_parkir": "domain diparkir, dijual atau kedaluwarsa",
    "diblokir_pelindung": "pemeriksa diblokir perlindungan situs (anti-bot/WAF/pembatas permintaan)",
    "diblokir_daftar_blokir": "situs diblokir Komdigi (TRUST+ Positif/Internet Positif) bagi semua pengguna internet",
}

# Finding codes: what an official reads, and the category that picks the advice.
FINDING_LABELS: dict[str, str] = {
    "judi_online": "konten judi online tersisip",
    "judi_online_subpath": "halaman judi online tersisip di subhalaman",
    "konten_pornografi": "konten pornografi tersisip",
    "spam_tersisip": "konten spam tersisip (pinjaman daring ilegal, investasi bodong, obat, jasa)",
    "konten_pornografi_subpath": "halaman pornografi tersisip di subhalaman",
    "spam_tersisip_subpath": (
        "halaman spam tersisip di subhalaman (pinjaman daring ilegal, investasi bodong, obat, jasa)"
    ),
    "cloaking_googlebot": "konten judi online, pornografi atau spam hanya ditampilkan kepada mesin pencari (cloaking)",
    "cloaking_seluler": (
        "konten judi online, pornografi atau spam hanya ditampilkan kepada ponsel dari pencarian Google (cloaking)"
    ),
    "defacement": "tampilan situs diubah pihak tidak berwenang (defacement)",
    "tls_tidak_sah": "sertifikat TLS tidak sah",
    "tls_segera_kedaluwarsa": "sertifikat TLS segera kedaluwarsa",
    "domain_bukan_go_id": "alamat aplikasi tidak menggunakan domain go.id",
    "galat_aplikasi_tampil": "pesan galat aplikasi tampil di halaman",
    "pengalihan_asing": "halaman mengarahkan mesin pencari atau pengunjung ke situs lain (pembajakan AMP/pengalihan)",
}
FINDING_CATEGORIES: dict[str, Category] = {
    "judi_online": "keamanan",
    "judi_online_subpath": "keamanan",
    "konten_pornografi": "keamanan",
    "spam_tersisip": "keamanan",
    "konten_pornografi_subpath": "keamanan",
    "spam_tersisip_subpath": "keamanan",
    "cloaking_googlebot": "keamanan",
    "cloaking_seluler": "keamanan",
    "defacement": "keamanan",
    "tls_tidak_sah": "keamanan",
    "tls_segera_kedaluwarsa": "keamanan",
    "domain_bukan_go_id": "kepatuhan",
    "galat_aplikasi_tampil": "keamanan",
    "pengalihan_asing": "keamanan",
}

# Problems that are not findings: the SOP's own questions.
PROBLEM_LABELS: dict[str, str] = {
    "tidak_aktif": "aplikasi tidak aktif",
    "login_gagal": "login ke aplikasi gagal",
    "tidak_update": "konten aplikasi tidak diperbarui",
}

# The states of a follow-up (tindak lanjut), and the flags on top of them.
FOLLOWUP_STATE_LABELS: dict[str, str] = {
    "terbuka": "Terbuka",
    "ditanggapi": "Ditanggapi",
    "selesai": "Selesai",
    "ditutup": "Ditutup",
}
FOLLOWUP_FLAG_LABELS: dict[str, str] = {
    "terlambat": "Terlambat",
    "dibuka_kembali": "Dibuka kembali",
}
# Each change recorded in a follow-up's history (follow_up_history.change).
FOLLOWUP_CHANGE_LABELS: dict[str, str] = {
    "dibuka": "Tindak lanjut dibuka",
    "ditanggapi": "Ditanggapi Perangkat Daerah",
    "selesai": "Selesai: perbaikan terbukti dari hasil pemeriksaan",
    "ditutup": "Ditutup oleh Kepala Seksi",
    "terlambat": "Melewati batas waktu",
    "dibuka_kembali": "Dibuka kembali: masalah muncul lagi",
}

SEVERITY_LABELS: dict[str, str] = {
    "info": "info",
    "rendah": "rendah",
    "sedang": "sedang",
    "tinggi": "tinggi",
    "kritis": "kritis",
}
SEVERITY_RANK: dict[str, int] = {"info": 0, "rendah": 1, "sedang": 2, "tinggi": 3, "kritis": 4}


AVAILABILITY_LABELS: dict[str | None, str] = {
    "aktif": "Aktif",
    "tidak_aktif": "Tidak aktif",
    None: "Belum diperiksa",
}
FRESHNESS_LABELS: dict[str, str] = {
    "update": "Update",
    "tidak_update": "Tidak update",
    "tidak_diketahui": "Tidak diketahui",
}
# Which signal dated the content (ContentFreshness.evidence).
FRESHNESS_EVIDENCE_LABELS: dict[str, str] = {
    "page_date": "tanggal di halaman",
    "metadata": "metadata halaman",
    "json_ld": "data terstruktur (JSON-LD)",
    "permalink": "tanggal di alamat tautan berita",
    "wp_json": "API WordPress",
    "feed": "feed RSS/Atom",
    "sitemap": "sitemap",
    "last_modified": "header Last-Modified",
    "fingerprint": "perubahan isi utama",
}
LOGIN_LABELS: dict[str, str] = {
    "berhasil": "Berhasil",
    "gagal": "Gagal",
    "tidak_dikonfigurasi": "Tidak dikonfigurasi",
    "tidak_dapat_diperiksa": "Tidak dapat diperiksa otomatis",
}

# Where on the application a finding was seen (Finding.location), as a phrase after "pada"; a
# location that starts with "/" is a page of the application (an injected subpath).
LOCATION_PHRASES: dict[str, str] = {
    "visible": "teks halaman",
    "hidden": "bagian halaman yang disembunyikan dari pengunjung",
    "link": "tautan di halaman",
    "title": "judul halaman",
    "meta": "tag meta halaman",
    "sitemap.xml": "peta situs (sitemap.xml)",
    "body": "isi halaman (tampilan diganti, judul tetap)",
    "head": "kepala halaman (tag link/meta yang tidak tampil)",
    "script": "skrip halaman (kode yang dijalankan peramban pengunjung)",
    "header": "jawaban server (header HTTP yang tidak tampil di halaman)",
    "comments": "isian pengunjung (komentar, buku tamu atau tanya jawab)",
}


def location_phrase(location: str | None) -> str:
    """Return where a finding was seen as a phrase after "pada" ("" when it says nothing to an official)."""
    if not location:
        return ""
    if location.startswith("/"):
        return f"halaman {location}"
    return LOCATION_PHRASES.get(location, "")


def places_phrase(locations: Iterable[str | None]) -> str:
    """Return the places one kind of finding was seen, as one phrase after "pada" ("" when none says anything)."""
    return enumeration([location_phrase(location) for location in locations])


def enumeration(items: Iterable[str]) -> str:
    """Return the items as Indonesian lists them ("A", "A dan B", "A, B dan C"), each once, blanks left out."""
    unique = list(dict.fromkeys(item for item in items if item))
    return " dan ".join(filter(None, (", ".join(unique[:-1]), unique[-1]))) if unique else ""


# How the signed nota reached the Wali Kota (the reporter's Delivery.channel), as the timeline says it.
DELIVERY_CHANNEL_LABELS: dict[str, str] = {
    "kotak_masuk": "melalui kotak masuk Wali Kota",
    "email": "melalui surel",
}
DOCUMENT_KINDS: dict[str, str] = {
    "nota_dinas": "Nota Dinas",
    "lembar_disposisi": "Lembar Disposisi",
    "laporan_walikota": "Laporan Wali Kota",
}
# Where the monthly Wali Kota report stands (monthly_reports.state).
MONTHLY_REPORT_STATES: dict[str, str] = {
    "menunggu_tanda_tangan": "Menunggu tanda tangan Kepala Dinas",
    "ditandatangani": "Ditandatangani, menunggu pengiriman",
    "terkirim": "Terkirim",
    "gagal_kirim": "Gagal dikirim",
}
INSTRUKSI_LABELS: dict[str, str] = {
    "tanggapan_dan_saran": "Tanggapan dan saran",
    "proses_lebih_lanjut": "Proses lebih lanjut",
    "koordinasi_konfirmasikan": "Koordinasi/konfirmasikan",
}
SIFAT_LABELS: dict[str, str] = {
    "biasa": "Biasa",
    "segera": "Segera",
    "sangat_segera": "Sangat segera",
    "rahasia": "Rahasia",
}


def label(table: dict[str, str], code: str | None, unknown: str = "lain-lain") -> str:
    """Return the label of ``code``; an unknown code reads as ``unknown``, never raw."""
    if code is None:
        return unknown
    return table.get(code, unknown)


def finding_label(code: str) -> str:
    """Return what an official reads for a finding or problem code."""
    return FINDING_LABELS.get(code) or PROBLEM_LABELS.get(code) or "temuan keamanan lain"


def finding_category(code: str) -> Category:
    """Return the category of a finding code (security, when the code is new to this version)."""
    return FINDING_CATEGORIES.get(code, "keamanan")


# The registry: the SPBE classification of an application, the kind of a Perangkat Daerah,
# each change kept in the registry's history, and the fields an official edits.
KLASIFIKASI_LABELS: dict[str, str] = {
    "layanan_publik": "Layanan publik",
    "administrasi_pemerintahan": "Administrasi pemerintahan",
}
JENIS_PD_LABELS: dict[str, str] = {
    "dinas": "Dinas",
    "badan": "Badan",
    "kecamatan": "Kecamatan",
    "sekretariat": "Sekretariat",
    "inspektorat": "Inspektorat",
    "bagian": "Bagian",
    "kelurahan": "Kelurahan",
    "lainnya": "Lainnya",
}
REGISTRY_CHANGE_LABELS: dict[str, str] = {
    "baru": "Ditambahkan",
    "diubah": "Diubah",
    "dinonaktifkan": "Dinonaktifkan",
    "diaktifkan": "Diaktifkan kembali",
    "tetap": "Tidak berubah",
}
REGISTRY_SOURCE_LABELS: dict[str, str] = {
    "web": "Formulir web",
    "impor": "Impor berkas registri",
    "api": "API",
}
REGISTRY_FIELD_LABELS: dict[str, str] = {
    "id": "Kode",
    "pd": "Perangkat Daerah",
    "nama": "Nama",
    "singkatan": "Singkatan",
    "jenis": "Jenis",
    "url": "Alamat (URL)",
    "aktif": "Digunakan",
    "internal": "Jaringan internal",
    "interval_s": "Interval pemeriksaan (detik)",
    "max_age_days": "Umur konten paling lama (hari)",
    "klasifikasi": "Klasifikasi",
    "unit_pengembang": "Unit pengembang",
    "tahun_operasi": "Tahun mulai beroperasi",
    "penanggung_jawab": "Penanggung jawab",
    "login": "Pengaturan login",
    "login.url": "Alamat halaman login",
    "login.username_field": "Nama isian pengguna",
    "login.password_field": "Nama isian kata sandi",
    "login.username_secret": "Rujukan rahasia nama pengguna",
    "login.password_secret": "Rujukan rahasia kata sandi",
    "login.success_marker": "Penanda login berhasil",
    "login.failure_marker": "Penanda login gagal",
    "login.success_url": "Alamat setelah login berhasil",
    "login.display_name": "Nama pengguna yang tampil setelah login",
    "resolve": "Penimpaan resolusi alamat",
    "ca_bundle": "Sertifikat CA khusus",
    "maintenance": "Jendela pemeliharaan",
    "timeout_s": "Batas waktu (detik)",
    "retries": "Percobaan ulang",
    "confirm_after": "Konfirmasi setelah (kali)",
    "tls_warn_days": "Peringatan sertifikat (hari)",
    "sitemap_url": "Alamat sitemap",
    "feed_url": "Alamat feed",
    "allowed_suffixes": "Akhiran domain yang diizinkan",
    "googlebot_check": "Periksa cloaking (Googlebot)",
    "kontak": "Kontak notifikasi",
}

# The audit log: what kind of event each row records (audit_log.kind, and the refused commands
# the workflow answered), and the scopes an API token may hold (api_tokens.scopes).
AUDIT_KIND_LABELS: dict[str, str] = {
    "masuk": "Masuk berhasil",
    "masuk_gagal": "Masuk gagal",
    "pengguna": "Perubahan pengguna",
    "token_api": "Perubahan token API",
    "unduh_dokumen": "Unduhan dokumen",
    "registri": "Perubahan registri",
    "laporan_bulanan": "Laporan bulanan Wali Kota",
    "perintah_ditolak": "Perintah ditolak",
}
# What a registry_history row is about (registry_history.entity), as the audit page names it.
REGISTRY_ENTITY_LABELS: dict[str, str] = {"aplikasi": "Aplikasi", "perangkat_daerah": "Perangkat Daerah"}
TOKEN_SCOPE_LABELS: dict[str, str] = {
    "baca": "Baca",
    "tulis_registri": "Ubah registri",
}
