"""A kit's copy dressed as a department's lesson on online gambling, or as its verdict on the slang, whose offer is
in words the lesson's exemption did not read: its admin to chat with, its Telegram named by its slang, its brand
spelled apart, its promise of withdrawals; a seller's tease that asks the verdict ("Maxwin hanyalah mitos? Tidak di
sini!"); and a department's lessons that name the sellers' group, bonus and deposit, and answer a verdict asked
(session 35, the red team's).

``CLEAN``: a department's lesson on the trade that names what the sellers offer, a department's account, a verdict
asked and answered.

``SPAM``: a kit's copy under a lesson's heading, or hidden, that a lesson's words or a verdict no longer clear.
"""

from __future__ import annotations

from gambling_lesson_pages_s35 import _HEADLINE, _LESSON, faq, post
from vendor_pages import Site, department_page

_ADVICE = "Diskominfostandi Kota Bekasi mengajak orang tua mendampingi anak saat menggunakan gawai."


def hidden(copy: str) -> str:
    """Return a department's home page with a kit's ``copy`` in a block moved off the screen, its link beside it."""
    block = f'<div style="position:absolute;left:-9999px">{copy} <a href="https://gacorku.vip/">daftar</a></div>'
    return department_page(Site(body_end=block))


CLEAN: dict[str, str] = {
    "a-lesson-on-the-sellers-group-and-bonus": post(
        _HEADLINE,
        _LESSON,
        "Anak sering diajak gabung grup Telegram berisi pola gacor, dijanjikan bonus new member 100% dan minimal "
        "deposit hanya Rp10.000 agar mudah dijangkau pelajar.",
        _ADVICE,
    ),
    "a-lesson-with-the-departments-account": post(
        _HEADLINE,
        _LESSON,
        "Ikuti informasi literasi digital lainnya di Instagram @diskominfo.bekasikota dan kanal YouTube kami.",
    ),
    "a-verdict-asked-and-answered": post(
        "Literasi Digital: Benarkah Ada Pola Gacor?",
        "Benarkah pola gacor bisa ditebak? Pola gacor hanyalah mitos yang dibuat bandar agar pemain terus menyetor.",
        _ADVICE,
    ),
}

SPAM: dict[str, str] = {
    "a-lesson-that-sends-to-its-admin": post(
        _HEADLINE,
        _LESSON,
        "Ingin tahu pola gacor dan jam maxwin hari ini? Hubungi admin via WhatsApp 0812-9988-7766.",
    ),
    "a-lesson-that-spells-its-brand-apart": post(
        _HEADLINE,
        _LESSON,
        "Situs paling gacor saat ini adalah K A I S A R 8 8, maxwin setiap hari, deposit pulsa.",
    ),
    "a-lesson-that-names-its-telegram": post(
        _HEADLINE, _LESSON, "Info pola gacor harian ada di Telegram @slotgacormaxwin setiap malam."
    ),
    "an-faq-that-promises-withdrawals": faq(
        "FAQ Literasi Judi Online",
        ("Apa itu slot gacor?", "Slot yang sering maxwin. Cobalah Gates of Olympus malam ini."),
        ("Berapa minimal deposit?", "Cukup 10 ribu via pulsa atau e-wallet, withdraw tanpa batas."),
    ),
    "a-hidden-verdict-asked": hidden("Maxwin hanyalah mitos? Tidak di sini! Slot gacor hari ini RTP live 98%."),
    "a-hidden-verdict-asked-at-its-end": hidden(
        "Kata siapa slot gacor hanya ilusi belaka? Jackpot maxwin setiap hari di situs slot terpercaya."
    ),
}
