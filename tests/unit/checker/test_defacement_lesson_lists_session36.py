"""A department's own lesson on online gambling as its home page's lists show it (``defacement._own_lessons_listed``):
a headline linked to the post's own slug, headed as a lesson, whose item warns of the trade, clears the slang its
excerpt quotes; nothing of a kit's may stand beside it (session 36)."""

from __future__ import annotations

import sys
from pathlib import Path

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from gambling_lesson_lists_pages_s36 import Item, among, cards, home, wordpress

URL = "https://diskominfo.bekasikota.go.id/"
_HEADLINE = "Kenali Istilah Judol: Gacor, Maxwin, dan Scatter Hitam"
_EXCERPT = "Istilah seperti slot gacor, maxwin dan RTP live sering dipakai untuk menjerat korban ..."
_LESSON = Item(_HEADLINE, _EXCERPT)


def found(html: str) -> set[tuple[str, str | None]]:
    return {(f.code, f.location) for f in defacement.scan(parse_page(html, URL)) if f.category == "keamanan"}


def test_a_lessons_item_quoting_the_slang_is_clean() -> None:
    assert found(home(wordpress(among(_LESSON)))) == set()


def test_two_lessons_items_are_each_cleared() -> None:
    other = Item("Diskominfo Ajak Pelajar Kenali Bahaya Judi Online", "Pola gacor dan jam maxwin dibuat untuk memikat.")
    assert found(home(wordpress([_LESSON, *among(other, at=2)]))) == set()


def test_an_item_that_warns_of_nothing_is_still_found() -> None:
    item = Item("Kenali Istilah Judi Online Sebelum Bermain", "Pemain perlu tahu istilah gacor, maxwin, dan RTP.")
    assert ("judi_online", "visible") in found(home(wordpress(among(item))))


def test_a_headline_to_an_address_not_its_slug_is_still_found() -> None:
    assert ("judi_online", "visible") in found(home(wordpress(among(Item(_HEADLINE, _EXCERPT, href="/?p=812")))))


def test_a_brand_in_the_item_is_still_found() -> None:
    item = Item(_HEADLINE, f"{_EXCERPT} Maxwin setiap hari di KAISAR88.")
    assert ("judi_online", "visible") in found(home(wordpress(among(item))))


def test_a_sign_up_in_the_item_is_still_found() -> None:
    item = Item(_HEADLINE, f"{_EXCERPT} Daftar sekarang, bonus new member 100%.")
    assert ("judi_online", "visible") in found(home(wordpress(among(item))))


def test_a_link_to_another_site_on_the_page_voids_it() -> None:
    partner = '<p><a href="https://forms.gle/x1Y2z3">Isi survei kepuasan</a></p>'
    assert ("judi_online", "visible") in found(home(wordpress(among(_LESSON)), main_extra=partner))


def test_the_slang_after_the_items_last_sentence_is_still_found() -> None:
    # The lesson last in a theme's cards, a kit's unlinked line after it: past the item's three sentences.
    sentences = (
        "Istilah seperti gacor dan maxwin dipakai untuk menjerat korban. Orang tua diminta memeriksa gawai anak "
        "secara berkala setiap malam. Sekolah juga mengadakan pertemuan wali kelas bulan ini."
    )
    item = Item(_HEADLINE, sentences)
    kit = "<p>Slot gacor maxwin hari ini, RTP live 98%, bonus new member.</p>"
    assert ("judi_online", "visible") in found(home(cards(among(item, at=6)) + kit))


def test_the_slang_elsewhere_on_the_page_is_still_found() -> None:
    note = '<div class="footer-note">Slot gacor maxwin hari ini, RTP live 98%, bonus new member</div>'
    assert ("judi_online", "visible") in found(home(wordpress(among(_LESSON)), body_end=note))
