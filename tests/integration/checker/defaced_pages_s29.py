"""A department's news of sites defaced elsewhere and its security tips, and defacers' signatures beside them.

``STORIES``: each a whole department page whose headlines or article quote a defacer's words for what they are: a
neighbouring office's site that "berubah menjadi tulisan Hacked by Mr.X", a CSIRT's list of advisories ("patch your
system segera"), tips for a site that has been hacked. ``DEFACERS_BESIDE``: a defacer's signature in those words,
written into such a page, which stays a critical defacement.
"""

from __future__ import annotations

from defaced_pages_s28 import headlined, story
from vendor_pages import Site, department_page

STORIES = {
    "neighbours-site-defaced": story(
        "Situs Dinas di Provinsi Tetangga Dibobol",
        '<p>Halaman depan situs sebuah dinas di provinsi tetangga berubah menjadi tulisan "Hacked by Mr.X \u2014'
        ' Indonesian Cyber Team" pada Senin malam.</p><p>Diskominfostandi memastikan seluruh situs Pemkot Bekasi aman'
        " dan rutin dipindai.</p>",
    ),
    "neighbours-site-in-the-news-list": headlined(
        "Situs Pemkab Tetangga Diretas, Tampilan Berubah Menjadi Tulisan Hacked by Mr.X"
    ),
    "csirt-advisories": story(
        "Peringatan Keamanan",
        '<table class="table"><tr><th>Tanggal</th><th>Judul</th><th>Tingkat</th></tr><tr><td>3 Des</td><td>Kerentanan'
        " kritis pada plugin WordPress File Manager \u2014 patch your system segera</td><td>Kritis</td></tr><tr><td>"
        "29 Nov</td><td>Celah keamanan Laravel Debug Mode</td><td>Tinggi</td></tr></table><p>Tindak lanjuti setiap"
        " peringatan dalam 1x24 jam.</p>",
    ),
    "tips-for-a-hacked-site": story(
        "Tanda-Tanda Website Anda Diretas",
        '<p>Google dapat menampilkan label "This site may be hacked" pada hasil pencarian. Jika website has been'
        " hacked, segera ganti kata sandi dan pulihkan dari cadangan.</p><p>Konsultasikan dengan tim teknis.</p>",
    ),
}
DEFACERS_BESIDE = {
    "has-been-hacked-signed": department_page(
        Site(main_extra="<h1>Your website has been hacked by ./Kuro</h1><p>Restore your backup if you can.</p>")
    ),
    "patch-your-system-taunt": department_page(
        Site(main_extra="<center><h1>Your security is low</h1><h2>patch your system, admin!</h2></center>")
    ),
}
