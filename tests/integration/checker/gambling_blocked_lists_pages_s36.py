"""A department's news that names the gambling brands it reports: the list of a blocking, a hoax debunked, a lesson
that quotes a seller's promise; and kits that wear the same words (session 36).

``CLEAN``: Diskominfo's press release "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88, GARUDA4D
…", its "Daftar situs yang diblokir:", Kominfo's take-down "termasuk …", an arrest of admins "di antaranya pengelola
…"; a hoax-busting post "[HOAKS] Situs Slot Gacor KAISAR88 Milik Pemkot Bekasi" ("[DISINFORMASI]", "[SALAH]", "Cek
Fakta:", "Klarifikasi:") with its body "Beredar … Faktanya …", as a post's page and as an item of a news list; a lesson
'Situs judi kerap menjanjikan "pasti menang" dan bonus new member'.

``SPAM``: a kit's "Cek fakta: slot gacor GARUDA4D benar-benar membayar maxwin", a "Faktanya" that confirms, a "bukan
hoaks", a hoax's label before a sale; lists of sites "belum diblokir", "tidak pernah diblokir", "anti blokir", a
blocked list that goes on selling or sends to a sign-up; a quoted promise beside a brand or an unquoted one.
"""

from __future__ import annotations

from defaced_pages_s28 import headlined, story
from gambling_lesson_lists_pages_s36 import Item, among, cards, home, wordpress
from vendor_pages import Site, department_page

_DISDIK = "Dinas Pendidikan Kota Bekasi"
_HOAX = "[HOAKS] Situs Slot Gacor KAISAR88 Milik Pemkot Bekasi"
_HOAX_BODY = (
    "Beredar tangkapan layar situs slot gacor KAISAR88 yang mengaku milik Pemkot Bekasi. Faktanya Pemkot Bekasi tidak"
    " memiliki situs slot; informasi tersebut tidak benar."
)
_CHECKED = "Cek Fakta: Situs Slot Gacor GARUDA4D Milik Pemkot Bekasi? Ini Faktanya"
_CHECKED_BODY = (
    "Beredar tautan situs slot gacor GARUDA4D yang mengaku milik Pemkot Bekasi. Faktanya Pemkot Bekasi tidak memiliki"
    " situs slot."
)


def paragraph(*texts: str) -> str:
    """Return a department's home page with ``texts`` as paragraphs after its news list."""
    return department_page(Site(main_extra="".join(f"<p>{text}</p>" for text in texts)))


def release(headline: str, *texts: str) -> str:
    """Return the page of a press release: its headline, its date and category, ``texts`` as its paragraphs."""
    return story(headline, "".join(f"<p>{text}</p>" for text in texts))


CLEAN: dict[str, str] = {
    "release-blocked-among-them": release(
        "Diskominfo Blokir 1.204 Situs Judi Online Sepanjang November",
        "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88, GARUDA4D dan situs slot gacor sejenis.",
        "Masyarakat dapat melaporkan situs serupa melalui aduankonten.id.",
    ),
    "release-blocked-a-long-list": release(
        "Ribuan Situs Judi Online Diblokir",
        "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88, GARUDA4D, GACORKU88, TOTO4D, SLOTJAYA88,"
        " DEWAHOKI88, NAGAMAS77, PETIR4D dan situs slot gacor sejenis.",
    ),
    "release-list-of-the-blocked-after-a-colon": release(
        "Pemblokiran Situs Judi Online Pekan Ini",
        "Tim Diskominfo bersama Kementerian Komdigi terus menindak konten negatif di ruang digital Kota Bekasi.",
        "Daftar situs yang diblokir: KAISAR88, GARUDA4D, GACORKU88 dan TOTO4D.",
    ),
    "blocked-among-them-under-the-news-list": paragraph(
        "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88, GARUDA4D dan situs slot gacor sejenis."
    ),
    "list-of-the-blocked-under-the-news-list": paragraph("Daftar situs yang diblokir: KAISAR88, GARUDA4D dan TOTO4D."),
    "release-list-with-its-agent-after-a-colon": paragraph(
        "Daftar 20 situs judi online yang diblokir Diskominfo pekan ini: KAISAR88, GARUDA4D, GACORKU88 dan TOTO4D."
    ),
    "release-taken-down-including": paragraph(
        "Kominfo take down 5.000 konten judi online, termasuk situs slot gacor KAISAR88 dan GARUDA4D."
    ),
    "release-access-cut-such-as": paragraph(
        "Pemutusan akses dilakukan terhadap situs slot gacor seperti KAISAR88 dan GARUDA4D."
    ),
    "release-list-with-what-it-tells-of-them": paragraph(
        "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88 dan GARUDA4D yang dikelola dari luar"
        " negeri."
    ),
    "hoax-post": story(_HOAX, f"<p>{_HOAX_BODY}</p>"),
    "hoax-post-disinformation": story(
        "[DISINFORMASI] Bantuan Sosial Dibayar Lewat Situs KAISAR88",
        "<p>Beredar unggahan yang menyebut bansos Kota Bekasi dibayar lewat situs slot gacor KAISAR88. Faktanya, bansos"
        " hanya disalurkan melalui bank Himbara.</p>",
    ),
    "hoax-post-wrong": story(
        "[SALAH] Pemkot Bekasi Bagikan Saldo Slot Gacor KAISAR88",
        "<p>Beredar pesan berantai yang menyebut Pemkot Bekasi membagikan saldo slot gacor KAISAR88 kepada warga."
        " Faktanya, pesan tersebut tidak benar.</p>",
    ),
    "fact-check-post": story(_CHECKED, f"<p>{_CHECKED_BODY}</p>"),
    "clarification-post": story(
        "Klarifikasi: Akun KAISAR88 Bukan Milik Pemkot Bekasi",
        "<p>Beredar akun media sosial slot gacor KAISAR88 yang memakai logo Pemkot Bekasi. Faktanya, akun itu tidak"
        " dikelola Pemkot.</p>",
    ),
    "hoax-in-a-wordpress-news-list": home(wordpress(among(Item(_HOAX, _HOAX_BODY)))),
    "hoax-headline-in-a-laravel-news-list": home(
        cards(among(Item(_HOAX, "Diskominfo Kota Bekasi meluruskan kabar yang beredar di media sosial."), at=0)),
        _DISDIK,
    ),
    "hoax-headline-in-the-news-and-most-read-lists": headlined(_HOAX),
    "fact-check-in-a-wordpress-news-list": home(wordpress(among(Item(_CHECKED, _CHECKED_BODY), at=2))),
    "lesson-quoting-one-promise-of-a-list": paragraph(
        'Situs judi kerap menjanjikan "pasti menang" dan bonus new member. Semua itu hanyalah mitos yang dibuat bandar'
        " agar korban terus menyetor."
    ),
}

SPAM: dict[str, str] = {
    "fact-check-selling": paragraph("Cek fakta: slot gacor GARUDA4D benar-benar membayar maxwin."),
    "fact-check-whose-fact-pays": paragraph(
        "Cek fakta: slot gacor GARUDA4D milik siapa? Faktanya GARUDA4D membayar maxwin setiap hari."
    ),
    "not-a-hoax": paragraph("Slot gacor KAISAR88 bukan hoaks: maxwin setiap hari, bonus new member 100%."),
    "clarification-selling": paragraph("Klarifikasi: KAISAR88 adalah slot gacor resmi, maxwin hari ini."),
    "hoax-label-then-a-sale": paragraph(
        "[HOAX] Slot gacor GARUDA4D tidak bayar? Salah! GARUDA4D bayar maxwin tiap hari."
    ),
    "hoax-label-whose-fact-pays": paragraph(
        "[HOAKS] Slot gacor KAISAR88 tidak bayar. Faktanya KAISAR88 bayar maxwin tiap hari."
    ),
    "not-yet-blocked-list": paragraph("Situs slot gacor yang belum diblokir: KAISAR88, GARUDA4D dan GACORKU88."),
    "never-blocked-list": paragraph("Situs slot gacor yang tidak pernah diblokir: KAISAR88 dan GARUDA4D."),
    "unblockable-list": paragraph("Situs slot gacor anti blokir, di antaranya KAISAR88 dan GARUDA4D, login sekarang."),
    "trusted-list-after-a-colon": paragraph("Daftar situs slot gacor terpercaya: KAISAR88, GARUDA4D dan GACORKU88."),
    "others-blocked-then-play": paragraph(
        "Situs lain diblokir, main slot gacor di situs resmi seperti KAISAR88 sekarang."
    ),
    "blocked-such-as-one-that-still-opens": paragraph(
        "Situs slot gacor yang diblokir seperti KAISAR88 tetap bisa dibuka."
    ),
    "hoax-label-on-a-hidden-farm": department_page(
        Site(
            main_extra='<div style="display:none">[HOAKS] slot gacor KAISAR88 maxwin hari ini GARUDA4D toto togel'
            " situs toto</div>"
        )
    ),
    "blocked-list-that-goes-on-selling": paragraph(
        "Walau banyak situs diblokir, di antaranya tiruan, KAISAR88 tetap gacor maxwin hari ini."
    ),
    "blocked-list-whose-last-name-is-sold": paragraph(
        "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88 dan GARUDA4D yang gacor maxwin hari ini."
    ),
    "blocked-fakes-then-a-sign-up": paragraph(
        "Kominfo memblokir situs palsu, di antaranya tiruan KAISAR88. Daftar sekarang di KAISAR88 asli, slot gacor"
        " maxwin."
    ),
    "quoted-promise-beside-a-brand": paragraph(
        'KAISAR88 menjanjikan "pasti menang" dan bonus new member 100%, daftar sekarang!'
    ),
    "quoted-promise-then-an-unquoted-one": paragraph(
        'Slot gacor kami "pasti menang" dan pasti bayar, bonus new member 100%.'
    ),
}
