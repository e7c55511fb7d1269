"""Defacers' pages in Arabic, Russian, Portuguese, Spanish and Vietnamese, splash pages whose way in is a button, and
the department's pages in those languages that stay clean (session 31).

- A defacer's whole page under the department's title: black, a skull GIF, a song or a video that plays by itself, a
  handle, greetz, a verse of the Quran; its signature in Arabic ("تم اختراق الموقع بواسطة", "هكر"), Russian
  ("Взломан", "Сайт взломан"), Portuguese and Spanish ("Site hackeado", "Sitio hackeado") or Vietnamese ("bị hack
  bởi");
- such a signature on top of the home page, over the kept menu and news.

The look-alikes: a news item of a defaced site restored ("Situs Dinas X Diretas, Diskominfo Pulihkan"), a CSIRT's
advisory in English quoting "Hacked by", the splash page of a pesantren's week of Arabic ("مرحبا بكم"), a sister
city's page in Russian (which tells of a museum's site once hacked: "взломан" alone), an article on Turkish culture.
"""

from __future__ import annotations

import pytest
from defaced_pages_s30 import TITLE, defacers_page, splash
from vendor_pages import Site, department_page

FOREIGN_SIGNED = [
    pytest.param(
        defacers_page(
            "<h1>تم اختراق الموقع بواسطة Al-Qaher</h1><p>لا إله إلا الله محمد رسول الله</p>"
            "<p>./Al-Qaher - Moroccan Ghosts</p>"
        ),
        id="arabic-site-hacked-by",
    ),
    pytest.param(defacers_page("<h1>تم الاختراق</h1><h2>Moroccan Ghosts</h2>", "video"), id="arabic-hacked"),
    pytest.param(defacers_page("<h1>هكر عربي</h1><p>./Sh4d0w_Dz</p>"), id="arabic-hacker-handle"),
    pytest.param(defacers_page("<h1>Взломан</h1><p>by ./Ivan_X</p>"), id="russian-hacked"),
    pytest.param(defacers_page("<marquee>Взломано</marquee><p>RuSec Team</p>", "none"), id="russian-marquee"),
    pytest.param(defacers_page("<h1>Сайт взломан</h1><p>RuSec Team</p>", "none"), id="russian-site-hacked"),
    pytest.param(defacers_page("<h1>Site hackeado</h1><p>Equipe BR - Sua segurança é falha</p>"), id="portuguese"),
    pytest.param(defacers_page("<h1>Sitio hackeado</h1><p>Anon-MX estuvo aquí</p>", "none"), id="spanish"),
    pytest.param(defacers_page("<h1>Trang web bị hack bởi Anh Em Team</h1>", "none"), id="vietnamese"),
]
# A signature on top of the home page, its menu and news kept.
ON_TOP = [
    pytest.param('<div class="alert"><h1>تم اختراق الموقع بواسطة Al-Qaher</h1></div>', id="arabic"),
    pytest.param('<div class="alert"><h1>Сайт взломан хакером ./Ivan</h1></div>', id="russian"),
]

NEWS_RESTORED = (
    "<h2>Situs Dinas X Diretas, Diskominfo Pulihkan</h2><p>Diskominfo Kota Bekasi memulihkan situs Dinas X yang sempat"
    " diretas pada Senin (1/12). Tampilan situs sempat berubah menjadi tulisan Hacked by sekelompok peretas; kini"
    " layanan kembali normal dan kata sandi pengelola telah diganti.</p>"
)
CSIRT_ADVISORY = (
    "<h2>Security Advisory BekasiKota-CSIRT 2026-014</h2><p>Several government websites were defaced this week; the"
    ' defaced pages displayed "Hacked by" followed by a team name. Please patch your WordPress plugins, remove unknown'
    " administrator accounts and rotate credentials.</p>"
)
PESANTREN_SPLASH = (
    f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head>'
    '<body style="text-align:center;background:#000;color:#fff"><img src="/uploads/2026/12/pekan-arab.gif"'
    ' alt="Pekan Bahasa Arab"><h1>مرحبا بكم</h1><h2>أهلا وسهلا في برنامج الأسبوع العربي</h2>'
    "<p>Program Pekan Bahasa Arab Pesantren se-Kota Bekasi 2026</p><p>بسم الله الرحمن الرحيم</p>"
    '<p><a class="btn" href="/beranda/">Masuk ke Website</a></p></body></html>'
)
SISTER_CITY = (
    "<h2>Kota Kembar: Bekasi – Kazan</h2><p>Добро пожаловать! Города-побратимы Бекаси и Казань подписали меморандум о"
    " сотрудничестве в области образования и культуры. Делегация посетила музей, чей сайт был однажды взломан, и"
    " обсудила обмен студентами и защиту взломанных аккаунтов.</p>"
)
TURKISH_CULTURE = (
    "<h2>Mengenal Budaya Turki</h2><p>Türk kültürü hakkında: kahve, çay ve misafirperverlik. Festival Budaya Turki di"
    " Bekasi, Kedutaan Besar Türkiye tarafından desteklendi, menampilkan tari Sema dan kuliner khas Anatolia.</p>"
)
LOOK_ALIKES = [
    pytest.param(department_page(Site(name=TITLE, body_top=NEWS_RESTORED)), id="news-restored"),
    pytest.param(department_page(Site(name=TITLE, body_top=CSIRT_ADVISORY)), id="csirt-advisory"),
    pytest.param(PESANTREN_SPLASH, id="pesantren-arabic-splash"),
    pytest.param(department_page(Site(name=TITLE, body_top=SISTER_CITY)), id="russian-sister-city"),
    pytest.param(department_page(Site(name=TITLE, body_top=TURKISH_CULTURE)), id="turkish-culture"),
]

# A splash page whose way in is a button that sends the window into the site.
BUTTON_SPLASHES = [
    pytest.param(
        splash('<button class="btn btn-lg" onclick="location.href=\'/beranda/\'">Masuk ke Website</button>'),
        id="button",
    ),
    pytest.param(
        splash('<input type="button" value="Lanjut ke Website" onclick="window.location = \'/index.php/home\';">'),
        id="input",
    ),
    pytest.param(
        splash('<button type="button" onclick="window.location.assign(\'/home/\')">Masuk</button>'), id="assign"
    ),
]
# Buttons that go nowhere into the site: to its administration, to a defacer's contact, or only an alert.
BUTTONS_ELSEWHERE = [
    pytest.param(splash("<button onclick=\"location.href='/wp-admin/'\">Login</button>"), id="admin"),
    pytest.param(splash("<button onclick=\"location.href='https://t.me/kuro404'\">Contact me</button>"), id="contact"),
    pytest.param(splash("<button onclick=\"alert('Kami kembali')\">Masuk</button>"), id="alert"),
]
