"""The seventeenth round's red team (December 2026): what the kits injected into Indonesian government sites leave,
where the checker read it wrong, and the department's pages in the same words that stay clean.

- A defacer's signature in Bengali and Urdu (teams from Bangladesh and Pakistan): laid over the home page by the kit's
  ``position:fixed; z-index:99999`` block, its menu and news kept, and as the whole page under the site's own title;
  so in Turkish ("Sitenizi hackledik"), Persian, Hindi and Indonesian glued ("Situs ini dihack oleh");
- a Brazilian team's "Hackeado!" over its taunt ("Sua segurança é uma piada"), on a page with no handle and no show;
- a toto brand's link whose text is the one word "toto" and whose address glues the trade to it ("bandartoto.xyz",
  "agentoto.xyz"), after the footer or off the screen.

The look-alikes: the department's apology for its site hacked and restored ("website ini dihack"), a page for migrant
workers in Bengali and Urdu warning of hackers and of an account hacked
("হ্যাকড" once), a news item of the sites the city had blocked ("bandartoto" named among them), a procurement of TOTO
toilets.
"""

from __future__ import annotations

import pytest
from defaced_pages_s30 import defacers_page
from vendor_pages import Site, department_page

# The kit's block over the whole window: the page under it keeps its menu, its news and its footer.
_OVERLAY = (
    '<div id="hacked" style="position:fixed;top:0;left:0;width:100%;height:100%;background:#000;color:#0f0;'
    'z-index:99999;text-align:center;padding-top:12%"><img src="https://i.ibb.co/x/skull.gif" alt="">{}'
    '<audio autoplay loop src="https://files.catbox.moe/x7k2p1.mp3"></audio></div>'
)


def overlaid(signature: str) -> str:
    """Return the department's home page with a defacer's block laid over it, signed ``signature``."""
    return department_page(Site(body_end=_OVERLAY.format(signature)))


FOREIGN_OVERLAYS = [
    pytest.param(overlaid("<h1>হ্যাক করেছে বাংলাদেশ সাইবার আর্মি</h1><p>আপনার নিরাপত্তা দুর্বল</p>"), id="bengali-has-hacked"),
    pytest.param(overlaid("<h1>হ্যাকড বাই BD Black Hat Hackers</h1>"), id="bengali-hacked-by"),
    pytest.param(
        overlaid("<h1>یہ ویب سائٹ پاک سائبر اسکلز نے ہیک کر لی ہے</h1><p>آپ کی سیکیورٹی کمزور ہے</p>"),
        id="urdu-has-hacked",
    ),
    pytest.param(overlaid("<h1>Sitenizi hackledik!</h1><p>Ayyildiz Tim</p>"), id="turkish-we-hacked"),
    pytest.param(overlaid("<h1>این سایت هک شده است</h1><p>Iran Black Hats</p>"), id="persian-has-been-hacked"),
    pytest.param(overlaid("<h1>यह साइट हैक किया गया है</h1><p>Indian Cyber Force</p>"), id="hindi-has-been-hacked"),
    pytest.param(overlaid("<h1>Situs ini dihack oleh Garuda Team</h1>"), id="indonesian-dihack"),
]
FOREIGN_PAGES = [
    pytest.param(
        defacers_page("<h1>এই সাইটটি হ্যাক করা হয়েছে</h1><h3>Bangladesh Grey Hat Hackers</h3>", "none"), id="bengali"
    ),
    pytest.param(defacers_page("<h1>ہیک کر لیا گیا</h1><h3>Pak Cyber Eagles</h3>", "none"), id="urdu"),
    pytest.param(
        defacers_page("<h1>Hackeado!</h1><h3>Equipe Sombra</h3><p>Sua segurança é uma piada.</p>", "none"),
        id="portuguese-taunt",
    ),
]
# The glued trade in a lone link's address, its text the weak word alone.
GLUED_TOTO = [
    pytest.param(
        department_page(Site(body_end='<a href="https://bandartoto.xyz/" rel="dofollow">toto</a>')),
        "link",
        id="after-footer",
    ),
    pytest.param(
        department_page(
            Site(body_end='<div style="position:absolute;left:-9999px"><a href="https://agentoto.xyz/">toto</a></div>')
        ),
        "hidden",
        id="off-screen",
    ),
]

_MIGRANTS = (
    '<section class="info-pmi"><h2>Informasi bagi Pekerja Migran</h2>'
    '<div lang="bn"><h3>সতর্কতা</h3><p>অনলাইনে ব্যক্তিগত তথ্য দেবেন না। হ্যাকার থেকে সাবধান থাকুন।'
    " অ্যাকাউন্ট হ্যাকড হলে ১১২ নম্বরে জানান।</p></div>"
    '<div lang="ur"><h3>انتباہ</h3><p>اپنا پاس ورڈ کسی کو نہ بتائیں۔ ہیکر سے ہوشیار رہیں۔</p></div></section>'
)
_BLOCKED = (
    '<article class="post-item"><h3 class="post-title"><a href="/berita/blokir-situs-judi/">Diskominfo Ajukan Blokir'
    " 1.200 Situs Judi Online</a></h3><p>Diskominfo Kota Bekasi mengajukan pemblokiran 1.200 situs judi online kepada"
    " Komdigi sepanjang November, di antaranya bandartoto dan totomacau yang menyusup ke situs sekolah. Warga dapat"
    " melaporkan situs judi melalui aduankonten.id.</p></article>"
)
_TOILETS = (
    '<section class="pengadaan"><h2>Pengumuman Pengadaan</h2><p>Pengadaan kloset duduk merek TOTO dan wastafel untuk'
    " 12 puskesmas, pagu Rp 480.000.000. Dokumen dapat diunduh di LPSE Kota Bekasi.</p></section>"
)
_RESTORED = (
    '<div class="alert alert-warning"><strong>Pemberitahuan.</strong> Mohon maaf, website ini dihack pada 3 Desember'
    " 2026. Tim kami telah memulihkan layanan dari cadangan dan mengganti seluruh kata sandi pengelola.</div>"
)
LOOK_ALIKES = [
    pytest.param(department_page(Site(body_top=_RESTORED)), id="apology-for-a-hack-restored"),
    pytest.param(department_page(Site(main_extra=_MIGRANTS)), id="migrants-warned-of-hackers"),
    pytest.param(department_page(Site(main_extra=_BLOCKED)), id="news-of-blocked-toto-sites"),
    pytest.param(department_page(Site(main_extra=_TOILETS)), id="toto-toilets"),
]
