"""Department pages that report on judi online, or use a gambling word innocently, and the spam next to them.

Kominfo's and the police's campaigns against online gambling are printed on every go.id site: an
arrest of a promoter, a story of addiction, the MUI's ruling, PPATK's figures, a court's verdict, a
counselling service, an infographic. A report names the very terms spam sells ("slot gacor",
"maxwin", "situs toto"), often farther from a word of news than a sentence's reach. So does a
mayor's quote ("ini jackpot"), a mythology lesson (Zeus on Olympus), an Imlek festival's mahjong.
Each case pairs the department's page, which must stay clean, with the spam that uses its words,
which must stay found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from gambling_pages import REPORTS, SPAM_ARTICLE
from vendor_pages import Site, department_page

URL = "https://diskominfo.bekasikota.go.id/"
VISIBLE = {("judi_online", "visible"): "tinggi"}
HIDDEN = {("judi_online", "hidden"): "kritis"}


def where(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def news(html: str) -> Site:
    return Site(name="Dinas Komunikasi dan Informatika Kota Bekasi", main_extra=html)


# Each report is paired with spam of its words, as a parasite page or an injected block writes them.
SPAM_OF_REPORTS = {
    "promoter-arrested": "<p>Situs slot gacor resmi, main sekarang dan raih maxwin bersama pengikut setia kami!</p>",
    "addiction-story": "<p>Coba akun demo slot gratis, lalu main di situs judi slot terpercaya, WD cepat.</p>",
    "mui-ruling": "<p>Main mahjong ways dan gates of olympus di situs slot gacor, scatter hitam tiap hari.</p>",
    "blocking-request": "<p>Daftar situs toto dan situs slot resmi, link anti blokir 2026.</p>",
    "counselling": "<p>Bermain slot gacor dan togel online, kemenangan pasti dibayar lunas.</p>",
    "verdict": "<p>KAKEKMERAH4D situs slot gacor dengan jackpot miliaran rupiah per bulan.</p>",
    "school-warning": "<p>Slot gacor dan situs toto yang muncul di aplikasi gim favoritmu.</p>",
    "campaign-infographic": '<img src="/wp-content/uploads/slot.jpg" alt="Slot gacor maxwin, situs toto resmi">',
    "ppatk-figures": "<p>Deposit kecil untuk bermain slot online gacor dan togel, via dompet digital.</p>",
    "waspada-judi-slot": "<p>Judi slot gacor hari ini, maxwin nyata tiap putaran.</p>",
    "lure-listed-quoted": '<p>"slot gacor" terbaik, "maxwin" tiap hari, "RTP live" tertinggi.</p>',
}


@pytest.mark.parametrize("name", REPORTS, ids=REPORTS)
def test_a_report_on_judi_online_is_no_finding_and_spam_of_its_words_still_is(name: str) -> None:
    assert where(news(REPORTS[name])) == {}
    spam = SPAM_OF_REPORTS[name]
    assert where(news(spam)) == (HIDDEN if "<img" in spam else VISIBLE)


def test_a_warning_report_is_no_finding_and_a_spam_article_that_warns_of_fake_sites_still_is() -> None:
    # A parasite page's article: "waspada" and "tergiur" near its start, its terms throughout.
    assert where(news(REPORTS["waspada-judi-slot"])) == {}
    assert where(Site(main=SPAM_ARTICLE)) == VISIBLE


# A gambling word used innocently on a department page, and the spam that sells with it.
WORDS = {
    "mayors-jackpot-quote": (
        "<article><h3>Bazar UMKM Ramadan Dibuka</h3><p>Sebanyak 120 UMKM mengisi bazar di Alun-Alun. Slot stan "
        "untuk pekan kedua masih ada. \u201cIni jackpot bagi UMKM kita,\u201d kata Wali Kota saat membuka bazar."
        "</p></article>",
        "<p>Main slot sekarang, jackpot terbesar menanti!</p>",
    ),
    "mythology-lesson": (
        "<article><h3>Lomba Mewarnai Tingkat SD</h3><p>Siswa SD mewarnai tokoh Zeus dan Olympus dalam lomba "
        "mewarnai di Perpustakaan Daerah.</p></article>",
        "<p>Zeus slot gacor, olympus maxwin malam ini</p>",
    ),
    "imlek-festival": (
        "<article><h3>Festival Imlek di Bekasi Timur</h3><p>Festival budaya Tionghoa menampilkan barongsai dan "
        "lomba mahjong antarwarga. Hadiah jackpot berupa paket sembako.</p></article>",
        "<p>Mahjong gacor, jackpot tiap putaran</p>",
    ),
    "senior-citizens-club": (
        "<p>Klub lansia Kelurahan Jakasampurna: senam pagi, mahjong, dan karaoke. Pola hidup sehat, kata pembina; "
        "jackpot bagi lansia adalah sehat.</p>",
        "<p>Pola mahjong gacor, jackpot pasti</p>",
    ),
    "cloud-data-centres": (
        "<article><h3>Pusat Data Cadangan Kota</h3><p>Diskominfostandi menyewa pusat data cadangan di awan. Server "
        "Thailand dan Singapura dipakai penyedia untuk replikasi data perangkat daerah.</p></article>",
        "<p>Slot server thailand, akun pro anti rungkad</p>",
    ),
}


@pytest.mark.parametrize(("innocent", "spam"), WORDS.values(), ids=WORDS.keys())
def test_a_gambling_word_used_innocently_is_no_finding_and_its_spam_still_is(innocent: str, spam: str) -> None:
    assert where(news(innocent)) == {}
    assert where(news(spam)) == VISIBLE


# Words that were innocent before and must stay so next to the reports now read as news.
ALWAYS_INNOCENT = {
    "resident-toto": "<p>Warga RT 03, Toto (45), menerima bantuan sembako. Toto mengaku senang.</p>",
    "official-togar": "<p>Kepala Seksi, Togar Simanjuntak, memimpin apel pagi.</p>",
    "public-open-space": "<p>Pembangunan RTP (Ruang Terbuka Publik) Harapan Jaya rampung, RTP dilengkapi taman.</p>",
    "bird-contest": "<p>Lomba burung kicau gacor memperebutkan Piala Wali Kota. Murai batu gacor jadi juara.</p>",
    "bandar-lampung": "<p>Studi banding ke Kota Bandar Lampung melalui Bandar Udara Soekarno-Hatta.</p>",
    "football": "<p>Piala Wali Kota: turnamen sepak bola dan bola voli tingkat pelajar.</p>",
    "surname-kasino": "<p>Bapak Kasino, Ketua RW 07, menerima bantuan. Slot kuota bantuan habis.</p>",
    "lightning": "<p>BMKG: potensi petir dan hujan lebat. Sebaran (scatter) petir terpantau di Bekasi Utara.</p>",
    "casino-raid": "<p>Polisi menggerebek kasino ilegal di Jakarta Utara.</p>",
    "sites-blocked": "<p>Pemkot Bekasi blokir 500 situs judi online, Diskominfo catat situs slot gacor terbanyak.</p>",
    "satgas": "<p>Satgas Pemberantasan Judi Online menutup 200 situs toto dan slot gacor.</p>",
    "cinema4d-training": "<p>Pelatihan animasi 3D dengan Blender dan Cinema4D bagi siswa SMK.</p>",
    "ultrasound-4d": "<p>Dr. Toto, Sp.OG melayani pemeriksaan USG4D dan USG 4D di RSUD.</p>",
}


@pytest.mark.parametrize("html", ALWAYS_INNOCENT.values(), ids=ALWAYS_INNOCENT.keys())
def test_the_wider_news_rule_leaves_innocent_words_innocent_and_a_report_clean(html: str) -> None:
    assert where(news(html)) == {}
    assert where(news(html + REPORTS["promoter-arrested"])) == {}


HEADLINES = (
    "Wali Kota: ASN Terlibat Judi Slot Akan Dipecat",
    "Orang Tua Diminta Awasi Anak dari Situs Slot",
    "Mengapa Slot Gacor Bukan Jalan Keluar dari Kemiskinan",
    "Ratusan Situs Slot Disusupkan ke Situs Sekolah",
)


def headlines(titles: tuple[str, ...]) -> str:
    items = "".join(
        f'<li><a href="/berita/{"-".join(t.lower().replace(":", "").split())}/">{t}</a></li>' for t in titles
    )
    return f'<section class="widget"><h3>Berita Terkait</h3><ul>{items}</ul></section>'


def test_headlines_of_reports_in_a_news_widget_are_no_finding_and_a_farm_of_their_words_still_is() -> None:
    # A headline alone, in a link of its own: its one word of news is all the context there is.
    assert where(news(headlines(HEADLINES))) == {}
    farm = headlines(("Situs Slot Gacor Resmi", "Link Situs Slot Terbaru", "Slot Gacor Gampang Maxwin"))
    assert where(news(farm)) == {("judi_online", "visible"): "tinggi", ("judi_online", "link"): "tinggi"}


# A department's own news of a campaign, its words of news many; and spam injected after it, in a paragraph
# of its own, as a hacked theme's template prints it.
CAMPAIGN_NEWS = (
    '<div class="berita"><h3>Sosialisasi Bahaya Narkoba bagi Pelajar</h3><p>Polres Metro Bekasi Kota bersama '
    "Dinas Pendidikan menggelar penyuluhan tentang bahaya narkoba dan pencegahan tawuran di SMPN 2 Bekasi.</p></div>"
)


@pytest.mark.parametrize(
    "spam",
    [
        "<p>slot gacor maxwin hari ini, daftar situs toto terpercaya</p>",
        "<p>Situs Slot Gacor Hari Ini Gampang Maxwin | Link Alternatif Togel Online</p>",
    ],
)
def test_spam_injected_after_a_departments_news_of_a_campaign_is_still_found(spam: str) -> None:
    assert where(news(CAMPAIGN_NEWS)) == {}
    assert where(news(CAMPAIGN_NEWS + spam)) == VISIBLE
