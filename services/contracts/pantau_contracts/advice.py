"""What a Perangkat Daerah is advised to do about a problem: the nota's recommendation and the
follow-up page's "Tindakan yang disarankan", one text for both.

Looked up by the problem's code, and by its category when the code has none of its own, so a
new check gets sensible advice from its category alone.
"""

from __future__ import annotations

from .problems import LOGIN_FAILED, NOT_ACTIVE, NOT_UPDATED
from .vocabulary import finding_category

_ILLEGAL_CONTENT = (
    "Segera menghapus konten ilegal, menutup celah (webshell/backdoor), mengganti kredensial "
    "dan melaporkan penanganan kepada Diskominfostandi paling lambat 2×24 jam."
)
_TLS = "Memperbarui atau memperbaiki sertifikat TLS aplikasi."
ADVICE_BY_CODE: dict[str, str] = {
    NOT_ACTIVE: "Segera memulihkan layanan aplikasi dan melaporkan penyebab gangguan kepada Diskominfostandi.",
    LOGIN_FAILED: "Memeriksa fungsi login dan akun pemantauan aplikasi.",
    NOT_UPDATED: "Memperbarui konten aplikasi secara berkala sesuai ketentuan.",
    # Gambling may be planted by an intruder or posted by visitors (``comments``): one advice covers both.
    "judi_online": (
        "Segera menghapus konten ilegal, termasuk komentar dan isian pengunjung (buku tamu, tanya jawab) yang "
        "memuat judi online, mengaktifkan moderasi dan penyaring spam pada formulir pengunjung, menutup celah "
        "(webshell/backdoor), mengganti kredensial dan melaporkan penanganan kepada Diskominfostandi paling "
        "lambat 2×24 jam."
    ),
    "judi_online_subpath": _ILLEGAL_CONTENT,
    # Planted by an intruder as gambling is, or posted by visitors; pornography is unlawful besides.
    "konten_pornografi": (
        "Segera menghapus konten pornografi yang tersisip, termasuk komentar dan isian pengunjung yang memuatnya "
        "(memuat dan menyebarkan pornografi melanggar UU ITE dan UU Pornografi), menelusuri dan menutup celah "
        "masuknya (webshell/backdoor, plugin atau tema usang, akun bocor), mengganti kredensial dan melaporkan "
        "penanganan kepada Diskominfostandi paling lambat 2×24 jam."
    ),
    "konten_pornografi_subpath": _ILLEGAL_CONTENT,
    "spam_tersisip_subpath": _ILLEGAL_CONTENT,
    "spam_tersisip": (
        "Segera menghapus konten spam yang tersisip (pinjaman daring ilegal, investasi bodong, obat, jasa), "
        "termasuk komentar dan isian pengunjung yang memuatnya, mengaktifkan moderasi dan penyaring spam pada "
        "formulir pengunjung, menelusuri dan menutup celah masuknya (webshell/backdoor), mengganti kredensial dan "
        "melaporkan penanganan kepada Diskominfostandi paling lambat 2×24 jam."
    ),
    "cloaking_googlebot": _ILLEGAL_CONTENT,
    "cloaking_seluler": _ILLEGAL_CONTENT,
    "defacement": _ILLEGAL_CONTENT,
    "pengalihan_asing": _ILLEGAL_CONTENT,
    "tls_tidak_sah": _TLS,
    "tls_segera_kedaluwarsa": _TLS,
    "domain_bukan_go_id": (
        "Menempatkan aplikasi pada nama domain go.id (bekasikota.go.id) sesuai ketentuan nama domain "
        "instansi pemerintah dan melaporkan pemindahannya kepada Diskominfostandi."
    ),
    "galat_aplikasi_tampil": (
        "Mematikan tampilan pesan galat (display_errors, mode debug) di server produksi, memperbaiki galat "
        "yang muncul dan mengganti kata sandi basis data bila ikut tampil."
    ),
}
ADVICE_BY_CATEGORY: dict[str, str] = {
    "keamanan": "Menindaklanjuti temuan keamanan bersama Bidang Persandian Diskominfostandi.",
    "kepatuhan": "Menyesuaikan aplikasi dengan ketentuan yang berlaku dan melaporkan penyesuaiannya kepada "
    "Diskominfostandi.",
    "konten": "Memperbaiki konten aplikasi sesuai ketentuan dan melaporkannya kepada Diskominfostandi.",
    "ketersediaan": "Memulihkan layanan aplikasi dan melaporkan penyebab gangguan kepada Diskominfostandi.",
}


def advice(code: str, category: str | None = None) -> str:
    """Return the advice for a problem: its code's own, else its category's (from the code when none)."""
    by_category = ADVICE_BY_CATEGORY.get(category or "") or ADVICE_BY_CATEGORY[finding_category(code)]
    return ADVICE_BY_CODE.get(code) or by_category
