"""A red team's defacers' pages and the department's pages beside them (session 31), through a whole check against a
real HTTP server on 127.0.0.1.

- Defaced: Arabic drawn long with the tatweel ("تـم اخـتـراق الـمـوقـع") or written with its vowel marks ("تَمَّ
  اخْتِرَاقُ المَوْقِعِ"), "the site is hacked" ("الموقع مخترق") signed "hacked it" ("اخترقه"), Russian's "we hacked
  your site" ("Мы взломали ваш сайт"), and "HACKEADO!" over a team's name on a defacer's whole page. Each was read as
  the department's content, updated.
- Clean: a sister city's page in Portuguese, Spanish or English that tells of its site "foi hackeado por criminosos e
  restaurado", a Vietnamese delegation's visit ("bị hack bởi nhóm tin tặc"), BAZNAS' warning of accounts "dibobol
  hacker (هاكر)", glossed in Arabic; Arabic news of a site hacked and repaired, a Quran recitation's vowel marks. The
  first four were defacements.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, served_yesterday
from defaced_pages_s30 import TITLE, defacers_page
from test_checker_gambling_session23 import security
from vendor_pages import Site, department_page

DEFACED = ("tidak_diketahui", "isi halaman diganti orang lain (defacement): bukan isi aplikasi")

SIGNED = [
    pytest.param(defacers_page("<h1>تـم اخـتـراق الـمـوقـع</h1><h2>بواسطة Al-Qaher</h2>"), id="arabic-tatweel"),
    pytest.param(defacers_page("<h1>تَمَّ اخْتِرَاقُ المَوْقِعِ</h1><p>Sh4d0w</p>", "none"), id="arabic-vowel-marks"),
    pytest.param(defacers_page("<h1>الموقع مخترق</h1><p>اخترقه Dz_Gh0st</p>", "none"), id="arabic-site-hacked"),
    pytest.param(defacers_page("<h1>Мы взломали ваш сайт</h1><p>RuSec Team</p>", "none"), id="russian-we-hacked"),
    pytest.param(defacers_page("<h1>HACKEADO!</h1><p>Equipe BR</p>", "none"), id="portuguese-hacked"),
]


def _page(top: str, name: str = TITLE) -> str:
    return department_page(Site(name=name, body_top=top))


TOLD = [
    pytest.param(
        _page(
            '<article lang="pt"><h2>Cidade-Irmã: Bekasi e Curitiba</h2><p>Bem-vindos! A prefeitura de Curitiba e o'
            " governo de Bekasi assinaram um memorando de cooperação em mobilidade urbana. Em 2024 o site da prefeitura"
            " foi hackeado por criminosos e restaurado em poucas horas; a troca de experiências em segurança digital"
            " faz parte do acordo.</p><p>Kerja sama kota kembar Bekasi–Curitiba meliputi transportasi, pengelolaan"
            " sampah, dan keamanan siber.</p></article>"
        ),
        id="portuguese-sister-city",
    ),
    pytest.param(
        _page(
            '<article lang="es"><h2>Ciudad hermana: Bekasi y Monterrey</h2><p>El sitio del municipio fue hackeado por'
            " delincuentes en 2023 y restaurado al día siguiente.</p><p>Delegasi Monterrey berbagi pengalaman"
            " pemulihan layanan digital.</p></article>"
        ),
        id="spanish-sister-city",
    ),
    pytest.param(
        _page(
            '<article lang="en"><h2>Sister City: Bekasi and Perth</h2><p>In 2024 the city council website was hacked'
            " by criminals and restored within hours; both cities now share their incident response plans.</p>"
            "</article>"
        ),
        id="english-sister-city",
    ),
    pytest.param(
        _page(
            '<article><h2>Kunjungan Delegasi Kota Hai Phong, Vietnam</h2><p lang="vi">Chào mừng đoàn đại biểu thành'
            " phố Hải Phòng. Hai bên chia sẻ kinh nghiệm: năm ngoái cổng thông tin của một sở bị hack bởi nhóm tin tặc"
            " và đã được khôi phục.</p><p>Delegasi berbagi pengalaman mengamankan portal pemerintah.</p></article>"
        ),
        id="vietnamese-delegation",
    ),
    pytest.param(
        _page(
            '<section class="doa"><h2>Doa Menerima Zakat</h2><p dir="rtl">آجَرَكَ اللهُ فِيْمَا أَعْطَيْتَ وَبَارَكَ'
            " فِيْمَا أَبْقَيْتَ وَجَعَلَهُ لَكَ طَهُوْرًا</p><p>Artinya: Semoga Allah memberi pahala atas apa yang"
            " engkau berikan.</p><p>Waspada penipuan: akun media sosial BAZNAS palsu yang mengaku <em>dibobol"
            ' hacker</em> (<span dir="rtl">هاكر</span>) lalu meminta transfer.</p></section>',
            "BAZNAS Kota Bekasi",
        ),
        id="baznas-glossed-in-arabic",
    ),
    pytest.param(
        _page(
            '<article><h2>Kajian Bahasa Arab Media</h2><p>Dalam berita Arab: <span dir="rtl">أعلنت الوزارة أن الموقع'
            " مخترق منذ يومين وتم إصلاحه</span> (kementerian mengumumkan situsnya dibobol dua hari lalu dan sudah"
            " diperbaiki).</p></article>"
        ),
        id="arabic-news-repaired",
    ),
    pytest.param(
        _page(
            '<article><h2>Tadarus Ramadan</h2><p dir="rtl">بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ ۝ الْحَمْدُ لِلَّهِ رَبِّ'
            " الْعَالَمِينَ ۝ الرَّحْمَٰنِ الرَّحِيمِ ۝ مَالِكِ يَوْمِ الدِّينِ</p><p>Kajian rutin setiap Jumat ba'da"
            " Maghrib di Masjid Agung Al-Barkah.</p></article>",
            "Kantor Kementerian Agama Kota Bekasi",
        ),
        id="quran-vowel-marks",
    ),
]


@pytest.mark.parametrize("html", SIGNED)
def test_a_defacers_page_in_arabic_marks_russian_or_portuguese_is_a_critical_defacement(
    shared_site: FakeSite, html: str
) -> None:
    event = served_yesterday(shared_site, html)
    assert {code for code, _ in security(event)} == {"defacement"}
    assert set(security(event).values()) == {"kritis"}
    assert (event.content.result, event.content.detail) == DEFACED


@pytest.mark.parametrize("html", TOLD)
def test_the_departments_news_of_a_hack_in_those_words_is_clean(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {}
    assert event.content.result == "update"
