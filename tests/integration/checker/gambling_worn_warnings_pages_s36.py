"""A kit's copy that wears a warning's or a lesson's words beside its sign-up or its brand, and a department's news
and lessons that name a brand blocked, arrested or reported (session 36).

``SPAM``: a home page's news item whose excerpt ends "… lewat literasi digital. Daftar sekarang dan klaim bonus new
member 100%.", a ticker "Waspada Slot Gacor: Maxwin Hanyalah Mitos – Slot gacor maxwin hari ini di KAISAR88", and
the same dress in a paragraph (a verdict, "waspada", "stop", "sosialisasi bahaya", "jangan jadi korban", a razia's
headline) before a sign-up, a promise, an admin to call or a brand.

``CLEAN``: the same portals' news of a brand blocked, its admins arrested, its case tried, its site's access cut, a
hoax it spread reported; lessons that warn of a seller's words, quoted or told of; a lesson's item and ticker.
"""

from __future__ import annotations

from gambling_lesson_lists_pages_s36 import (
    _MYTH,
    _NEWS,
    _QUOTED,
    _TERMS,
    Item,
    among,
    cards,
    home,
    media,
    ticker,
    wordpress,
)
from vendor_pages import Site, department_page

_SIGN_UP = " Daftar sekarang dan klaim bonus new member 100%."
_DISDIK = "Dinas Pendidikan Kota Bekasi"
_KECAMATAN = "Kecamatan Bekasi Utara"


def paragraph(*texts: str) -> str:
    """Return a department's home page with ``texts`` as paragraphs after its news list."""
    return department_page(Site(main_extra="".join(f"<p>{text}</p>" for text in texts)))


def ticked(lesson: Item) -> str:
    """Return a home page whose "Breaking News" ticker shows ``lesson``'s headline and excerpt."""
    return home(wordpress(list(_NEWS[:7])), body_top=ticker(lesson))


SPAM: dict[str, str] = {
    "wordpress-item-literacy-then-a-sign-up": home(wordpress(among(Item(_TERMS, _QUOTED + _SIGN_UP)))),
    "laravel-item-literacy-then-a-sign-up": home(cards(among(Item(_TERMS, _QUOTED + _SIGN_UP), at=0)), _DISDIK),
    "ticker-verdict-then-a-brand": ticked(Item(_MYTH, "Slot gacor maxwin hari ini di KAISAR88")),
    "ticker-a-razia-then-a-brand-and-sign-up": ticked(
        Item("Razia Judi Online Digelar Polisi di Bekasi", "slot gacor maxwin hari ini di KAISAR88, daftar sekarang")
    ),
    "codeigniter-item-verdict-then-a-brand": home(
        media(
            among(
                Item(_MYTH, "Pola gacor hanyalah mitos bagi pemula. Slot gacor maxwin hari ini di KAISAR88, bonus."),
                at=3,
                count=8,
            )
        ),
        _KECAMATAN,
    ),
    "waspada-a-trap-then-a-promise": paragraph(
        "Waspada jebakan judi online! Slot gacor maxwin hari ini hanya di GARUDA4D."
    ),
    "stop-and-literacy-then-a-login": paragraph(
        "Stop judi online, literasi digital untuk semua. Slot gacor maxwin, login KAISAR88 sekarang."
    ),
    "literacy-then-an-admin": paragraph(
        "Kenali jebakan bandar lewat literasi digital, lalu hubungi admin kami via WhatsApp untuk pola gacor maxwin"
        " hari ini."
    ),
    "waspada-hoaxes-then-a-promise": paragraph(
        "Waspada situs palsu dan hoaks! Slot gacor resmi hanya di GARUDA4D, maxwin setiap hari."
    ),
    "a-campaign-then-an-official-link": paragraph(
        "Sosialisasi bahaya judi online: slot gacor maxwin link resmi KAISAR88."
    ),
    "no-victim-then-a-brand-spelled-apart": paragraph(
        "Jangan jadi korban, tolak situs abal-abal. Main slot gacor maxwin di KAISAR 88 sekarang."
    ),
}

CLEAN: dict[str, str] = {
    "police-block-a-brand": paragraph(
        "Polisi blokir situs KAISAR88 yang mempromosikan slot gacor dan maxwin kepada pelajar."
    ),
    "arrests-then-the-brands-run": paragraph(
        "Satreskrim Polres Metro Bekasi Kota meringkus 12 tersangka. Mereka mengelola situs slot gacor GARUDA4D dan"
        " KAISAR88 dengan omzet Rp2 miliar."
    ),
    "a-brand-using-the-citys-logo": paragraph(
        "Waspada situs slot gacor KAISAR88 yang mencatut logo Pemkot Bekasi. Laporkan ke aduankonten.id."
    ),
    "a-lesson-do-not-sign-up": paragraph(
        "Istilah seperti slot gacor dan maxwin dipakai untuk menjerat korban. Jangan mendaftar di situs mana pun;"
        " laporkan ke aduankonten.id."
    ),
    "a-court-sentences-a-brands-admin": paragraph(
        "Pengadilan Negeri Bekasi memvonis admin situs slot gacor KAISAR88 tiga tahun penjara."
    ),
    "a-lesson-item-on-the-bonus-lure": home(
        wordpress(
            among(
                Item(
                    _TERMS,
                    "Bandar memikat korban dengan iming-iming bonus new member dan maxwin. Diskominfo mengajak orang"
                    " tua mengenali istilah ini lewat literasi digital.",
                )
            )
        )
    ),
    "access-cut-to-brands": paragraph(
        "Kominfo telah memutus akses situs GARUDA4D, KAISAR88 dan 200 situs slot gacor lainnya sepanjang November."
    ),
    "a-fraud-sends-an-alternative-link": paragraph(
        "Pelaku mengirim link alternatif slot gacor lewat WhatsApp untuk menjerat korban. Laporkan nomor pengirim ke"
        " aduankonten.id."
    ),
    "an-arrest-quotes-a-promise": paragraph(
        'Tersangka mempromosikan situs KAISAR88 dengan kalimat "slot gacor pasti menang" di Instagram, kata Kapolres.'
    ),
    "the-task-force-blocks-bonus-offers": paragraph(
        "Satgas memblokir 300 situs slot gacor yang menawarkan bonus new member 100% kepada pelajar."
    ),
    "ticker-police-block-a-brand": ticked(
        Item(
            "Waspada Judi Online di Kalangan Pelajar",
            "Polisi blokir situs KAISAR88 yang menyasar pelajar dengan slot gacor dan maxwin.",
        )
    ),
    "ticker-a-lessons-verdict": ticked(
        Item(_MYTH, "Slot gacor, scatter hitam dan maxwin hanyalah mitos; bandar selalu menang dalam jangka panjang.")
    ),
    "a-lesson-warns-of-an-alternative-link": paragraph(
        'Waspadai pesan yang menawarkan "link alternatif" slot gacor. Itu jebakan judi online; laporkan ke'
        " aduankonten.id."
    ),
    "a-raid-on-a-brands-office": paragraph(
        "Polisi menggerebek rumah yang dijadikan kantor situs slot gacor GARUDA4D. Barang bukti berupa 12 laptop"
        " disita."
    ),
    "an-arrest-tells-the-sign-up": paragraph(
        "Tersangka mengajak pengikutnya daftar sekarang di situs slot gacor KAISAR88 lewat siaran langsung, kata"
        " Kapolres. Ia ditangkap di Bekasi Timur."
    ),
}
