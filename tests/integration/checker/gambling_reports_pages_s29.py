"""A department's reports of judi online in the words of their findings, and spam in the same words.

``REPORTS``: each a whole department page (menu, news, sidebar, footer) whose article reports the trade in the words
of what was found or told: beneficiaries of welfare whose NIK made deposits to a situs judi, a chain message inviting
residents to sign up, a site using the city's name and the city denying it has one, a takedown's keywords, the
trade's words taught, the pages slipped into schools' subdomains, RTP explained as a gambling site's false claim, a
reader asking how to report the SMS she gets, a police report in English. None is an injection.
``SPAM_IN_THOSE_WORDS``: spam written into the same pages in those words (beside a brand, with a seller's promise,
strung together), each still found.
"""

from __future__ import annotations

from defaced_pages_s28 import article
from vendor_pages import Site, department_page


def _page(headline: str, body: str, extra: str = "") -> str:
    return department_page(Site(main_extra=article(headline, body) + extra))


def _comments(*comments: tuple[str, str]) -> str:
    """Return a post's comment list as WordPress prints it, with ``comments`` of (author, text)."""
    items = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{author}</b>'
        f' <span class="says">berkata:</span></footer><div class="comment-content"><p>{text}</p></div>'
        '<div class="reply"><a class="comment-reply-link" href="#respond">Balas</a></div></article></li>'
        for author, text in comments
    )
    return f'<div id="comments" class="comments-area"><h2 class="comments-title">Komentar</h2><ol>{items}</ol></div>'


_SUBDOMAINS = (
    "<p>Diskominfostandi Kota Bekasi bersama BSSN membersihkan 300 halaman judi online yang menyusup ke subdomain"
    " milik sejumlah sekolah dan kelurahan.</p>"
)

REPORTS = {
    "welfare-beneficiaries-deposits": _page(
        "600 Penerima Bansos di Kota Bekasi Terindikasi Main Judol, Dinsos Lakukan Verifikasi",
        "<p>Data dari PPATK menyebut ratusan NIK penerima bansos tercatat melakukan transaksi deposit ke situs judi"
        " online.</p><p>Dinas Sosial akan memverifikasi data tersebut bersama pendamping PKH di setiap kelurahan"
        " sebelum penyaluran tahap berikutnya.</p>",
    ),
    "chain-message-debunked": _page(
        "Pesan Berantai Catut Nama Wali Kota",
        "<p>Pesan berantai mengajak warga mendaftar di situs judi berhadiah. Faktanya pesan itu palsu dan tidak"
        " pernah dikirim oleh Pemerintah Kota Bekasi.</p><p>Warga diminta tidak meneruskan pesan tersebut.</p>",
    ),
    "a-slot-site-using-the-mayors-name": _page(
        "Pesan Berantai Wali Kota Bagikan Link Situs Slot Pemkot",
        "<p>Beredar pesan berantai yang mencatut nama Wali Kota Bekasi dengan ajakan mendaftar situs slot"
        ' "resmi" berhadiah. Faktanya, Pemkot Bekasi tidak pernah menerbitkan link tersebut.</p>',
    ),
    "no-slot-site-of-its-own": _page(
        "Cek Fakta: Situs Slot Catut Logo Pemkot Bekasi",
        "<p>Beredar situs slot yang mencatut logo Pemkot. Pemkot menegaskan tidak memiliki situs slot resmi.</p>"
        "<p>Seluruh layanan daring Pemkot hanya berada di bawah domain bekasikota.go.id.</p>",
    ),
    "headline-no-slot-site": _page(
        "Pemkot Tak Punya Situs Slot",
        "<p>Beredar situs slot yang mencatut logo Pemkot Bekasi. Warga diminta tidak mengklik tautan tersebut.</p>",
    ),
    "takedown-keywords-found": _page(
        "Takedown Situs Sisipan di Subdomain Sekolah",
        "<p>Kata kunci yang ditemukan antara lain slot gacor dan situs toto. Seluruh halaman telah dihapus dan kata"
        " sandi pengelola diganti.</p>",
    ),
    "pages-slipped-into-subdomains": _page(
        "Diskominfo Blokir 300 Situs Judi Online yang Menyusup ke Subdomain",
        _SUBDOMAINS + "<p>Halaman-halaman tersebut berisi kata kunci seperti slot gacor, situs toto, dan link"
        " alternatif yang disisipkan peretas.</p>",
    ),
    "rtp-a-false-claim": _page(
        "Apa Itu RTP Live yang Sering Dipromosikan Situs Judi?",
        '<p>RTP atau return to player adalah klaim palsu situs judi bahwa mesin slot sedang "gacor". Angka itu'
        " diatur bandar dan tidak pernah bisa diperiksa pemain.</p>",
    ),
    "the-trades-words-taught": _page(
        "Literasi Digital: Kenali Ciri Situs Judi Online yang Menyamar sebagai Game",
        '<p>Situs judi kerap memakai kata "gacor", "maxwin", "anti rungkad" dan menawarkan deposit via e-wallet.'
        " Orang tua diminta memeriksa aplikasi di ponsel anak secara berkala.</p>",
    ),
    "a-reader-asks-how-to-report": _page(
        "Diskominfo Bersihkan Subdomain Sekolah",
        "<p>Diskominfo membersihkan subdomain sekolah dari halaman sisipan.</p>",
        _comments(
            (
                "Rina",
                "Anak saya sering dapat SMS promosi judi online, bilangnya deposit 10rb bisa maxwin. Bagaimana cara"
                " melaporkannya?",
            ),
        ),
    ),
    "police-report-in-english": _page(
        "Bekasi Police Arrest Online Gambling Syndicate Operating from Rented House",
        "<p>Police seized laptops used to run slot gambling websites and promote casino bonuses to local"
        " residents. Five suspects are in custody.</p>",
    ),
}

SPAM_IN_THOSE_WORDS = {
    "deposit-beside-a-brand": (
        _page(
            "Pasar Murah di 12 Kecamatan",
            "<p>Pasar murah digelar di 12 kecamatan.</p><p>Terindikasi gacor hari ini: deposit 10rb di situs judi"
            " GARUDA4D langsung maxwin.</p>",
        ),
        {("judi_online", "visible"): "tinggi"},
    ),
    "chain-message-selling": (
        _page(
            "Pasar Murah di 12 Kecamatan",
            "<p>Pasar murah digelar di 12 kecamatan.</p><p>Pesan berantai hari ini: situs judi hanya di KAISAR88,"
            " bonus new member 100%.</p>",
        ),
        {("judi_online", "visible"): "tinggi"},
    ),
    "no-other-site-but-a-brand": (
        _page(
            "Pasar Murah di 12 Kecamatan",
            "<p>Pasar murah digelar di 12 kecamatan.</p><p>Kami tidak punya situs slot lain selain KAISAR88, link"
            " alternatif anti blokir.</p>",
        ),
        {("judi_online", "visible"): "tinggi"},
    ),
    "keywords-strung-together": (
        _page(
            "Pasar Murah di 12 Kecamatan",
            "<p>Pasar murah digelar di 12 kecamatan.</p><p>kata kunci yang ditemukan slot gacor maxwin situs toto"
            " toto macau link alternatif rtp live gacor hari ini</p>",
        ),
        {("judi_online", "visible"): "tinggi"},
    ),
    "false-claims-of-the-others": (
        _page(
            "Pasar Murah di 12 Kecamatan",
            "<p>Pasar murah digelar di 12 kecamatan.</p><p>Jangan percaya klaim palsu situs judi lain, main slot"
            " gacor hanya di GARUDA4D.</p>",
        ),
        {("judi_online", "visible"): "tinggi"},
    ),
    "quoted-words-beside-a-brand": (
        _page(
            "Literasi Digital untuk Pelajar SMP",
            '<p>Diskominfo menggelar literasi digital di 20 SMP.</p><p>Situs judi kerap memakai kata "gacor", daftar'
            " sekarang di GARUDA4D.</p>",
        ),
        {("judi_online", "visible"): "tinggi"},
    ),
    "quoted-words-not-taught": (
        _page(
            "Literasi Digital untuk Pelajar SMP",
            '<p>Diskominfo menggelar literasi digital di 20 SMP.</p><p>Situs judi paling "gacor" hari ini, deposit'
            " via e-wallet pasti maxwin.</p>",
        ),
        {("judi_online", "visible"): "tinggi"},
    ),
    "police-in-english-selling": (
        _page(
            "Pasar Murah di 12 Kecamatan",
            "<p>Pasar murah digelar di 12 kecamatan.</p><p>No police, no problem: play slot gacor and online casino"
            " at GARUDA4D, the best casino in Bekasi.</p>",
        ),
        {("judi_online", "visible"): "tinggi"},
    ),
}
