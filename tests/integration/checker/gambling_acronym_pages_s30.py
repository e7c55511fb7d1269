"""A department's pages whose abbreviations and application names read as gambling's, and spam in the same words.

``PAGES_OF_ACRONYMS``: what a department writes: a portal of the city's applications with their logins ("Login
SIPENTOTO", "Daftar SIMSLOT", "Login SIPBET", "Login SIMPOKER": the initials of a "Sistem Informasi …"), an
inspectorate's table of its control plans ("Rencana Tindak Pengendalian (RTP)", "RTP 98%"), the city radio ("Radio
Taman Patriot (RTP) … Dengarkan RTP Live"), a virtual tour of an archaeological site ("situs 4D (empat dimensi)"), a
village's cooperative ("Toto HK (Harapan Kita)"), a study visit to Hong Kong's public swimming pools ("Hongkong Pools
management … kolam renang"), a motto ("Max Win-Win Solution"). None is spam.

``SPAM_BESIDE_THEM``: spam in the same words on a department's page: a brand glued of a word and a word of gambling
beside its sign-up words ("Login MAWARTOTO"), an RTP spelled out in the trade's own words ("Return To Player (RTP)"),
togel's market spelled out as its city ("TOTO HK (Hong Kong)"), its draws' site with no pool of water ("Hongkong
Pools"). Each is found.
"""

from __future__ import annotations

from defaced_pages_s28 import article, story
from vendor_pages import Site, department_page

_HIDDEN = {("judi_online", "hidden"): "kritis"}
_VISIBLE = {("judi_online", "visible"): "tinggi"}


def _app(name: str, meaning: str, sign_up: bool = False) -> str:
    """Return an application's card on a portal, as the city's vendors lay it out: its name, its meaning, its login."""
    host = f"https://{name.lower()}.bekasikota.go.id"
    daftar = f' <a class="btn btn-outline" href="{host}/register">Daftar {name}</a>' if sign_up else ""
    return (
        f'<div class="col-md-4 card"><h4>{name}</h4><p>{meaning}</p><a class="btn btn-primary" href="{host}/login">'
        f"Login {name}</a>{daftar}</div>"
    )


_PORTAL = (
    '<article class="page"><h1 class="entry-title">Aplikasi Layanan</h1><div class="entry-content"><p>Berikut aplikasi'
    " layanan yang dikelola perangkat daerah Kota Bekasi. Silakan masuk menggunakan akun yang telah didaftarkan.</p>"
    '<div class="row">'
    + _app("SIPENTOTO", "Sistem Informasi Pengujian Kendaraan Bermotor Terpadu Online.", sign_up=True)
    + _app("SIMSLOT", "Sistem Informasi Manajemen Slot Parkir.", sign_up=True)
    + _app("SIPBET", "Pelayanan Surat Keterangan Bebas Tunggakan PBB.")
    + _app("SIMPOKER", "Monitoring kelompok kerja pengadaan barang/jasa.")
    + _app("SIPANDU", "Sistem Informasi Pelayanan Terpadu.")
    + "</div></div></article>"
)
_CONTROL_PLANS = (
    "<p>Inspektorat Kota Bekasi memantau Rencana Tindak Pengendalian (RTP) SPIP perangkat daerah setiap triwulan.</p>"
    '<table class="table"><thead><tr><th>Perangkat Daerah</th><th>Jumlah RTP</th><th>Capaian</th></tr></thead><tbody>'
    "<tr><td>Dinas Kesehatan</td><td>12 RTP</td><td>RTP 98%</td></tr><tr><td>Dinas Pendidikan</td><td>9 RTP</td>"
    "<td>RTP 95%</td></tr><tr><td>Bapenda</td><td>7 RTP</td><td>RTP 97%</td></tr></tbody></table>"
    "<p>Perangkat daerah yang belum mencapai target diminta menyusun ulang RTP sebelum 20 Desember.</p>"
)

PAGES_OF_ACRONYMS = {
    "a-portal-of-the-citys-applications": department_page(Site(main_extra=_PORTAL)),
    "an-application-and-its-login": story(
        "Surat Keterangan Bebas Tunggakan PBB Kini Daring",
        "<p>Pengajuan Surat Keterangan Bebas Tunggakan PBB kini dilakukan melalui aplikasi SIPBET tanpa datang ke"
        ' kantor Bapenda.</p><p><a class="btn" href="https://sipbet.bekasikota.go.id/login">Login SIPBET</a></p>',
    ),
    "control-plans-in-a-table": story("Capaian Rencana Tindak Pengendalian Triwulan IV", _CONTROL_PLANS),
    "the-city-radio": story(
        "Radio Patriot Siarkan Langsung Festival Budaya",
        "<p>Radio Taman Patriot (RTP) FM 98,5 menyiarkan langsung Festival Budaya Bekasi. Dengarkan RTP Live di"
        " rtpfm.bekasikota.go.id atau melalui aplikasi.</p><p>Jadwal RTP Live: Senin sampai Jumat pukul 07.00–09.00"
        " WIB.</p>",
    ),
    "a-virtual-tour-of-an-archaeological-site": story(
        "Tur Virtual Situs Buni Diluncurkan",
        "<p>Disparbud meluncurkan tur virtual Situs Buni, situs arkeologi di Babelan. Pengunjung dapat menjelajah situs"
        " 4D (empat dimensi) dengan kacamata VR dan efek getar.</p><p>Situs cagar budaya Gedung Juang juga tersedia"
        " dalam format 4D.</p>",
    ),
    "a-villages-cooperative": story(
        "Studi Banding Ketahanan Pangan ke Gorontalo",
        "<p>Tim dinas melakukan studi banding ke Desa Toto Selatan, Kabupaten Bone Bolango.</p><p>Rombongan mengunjungi"
        " Pasar Toto dan Kelompok Tani Toto Makmur. Toto HK (Harapan Kita) adalah nama koperasi setempat yang mengelola"
        " gudang gabah.</p>",
    ),
    "a-study-visit-to-swimming-pools": story(
        "Studi Banding Pengelolaan Kolam Renang",
        "<p>Delegasi Kota Bekasi meninjau pengelolaan Hong Kong public swimming pools, termasuk Victoria Park Swimming"
        " Pool.</p><p>Hongkong Pools management dipelajari untuk kolam renang Patriot.</p>",
    ),
    "a-motto": story(
        "Program Kerja Disdukcapil 2027",
        "<p>Target kami adalah kinerja maksimal: Max Win-Win Solution antara pemerintah dan warga. Prinsip win-win"
        " diterapkan dalam mediasi sengketa data kependudukan.</p>",
    ),
}


def _hidden(spam: str) -> str:
    """Return the applications' portal with ``spam`` in a hidden block after its footer, as a hacked theme writes it."""
    return department_page(
        Site(main_extra=_PORTAL, body_end=f'<div class="wp-partner-links" style="display:none">{spam}</div>')
    )


SPAM_BESIDE_THEM = {
    "a-glued-brand-among-the-applications": (
        _hidden('<a href="https://mawartoto.com/login">Login MAWARTOTO</a>'),
        _HIDDEN,
    ),
    "the-rtp-in-the-trades-words": (
        _hidden("Return To Player (RTP) live hari ini, bocoran RTP slot tertinggi"),
        _HIDDEN,
    ),
    "togels-market-spelled-as-its-city": (
        _hidden('<a href="/">TOTO HK (Hong Kong)</a> <a href="/">TOTO HK</a>'),
        _HIDDEN,
    ),
    "draws-site-beside-a-control-plans-table": (
        department_page(Site(main_extra=article("Capaian RTP", _CONTROL_PLANS + "<p>Result Hongkong Pools</p>"))),
        _VISIBLE,
    ),
}
