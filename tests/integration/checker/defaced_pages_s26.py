"""Defacers' pages in the application's place, signed as they sign them in Indonesian and English, and a department's
pages in their words.

- "Situs Ini Telah Dibobol!" under "Keamanan website kalian sangat lemah" and a grey hat's greeting;
- "Diretas oleh ./MrBekasi", "Jangan remehkan kami. Patch sistem kalian!";
- "Maaf admin, cuma numpang promosi" and "Security test by …";
- "Just a Security Test", "Admin please patch your website", a cyber team's name.

The look-alikes: the police's news of an arrest quoting the defacer's line, a blog's tips on keeping "keamanan website
kalian", Diskominfo's team at the Black Hat conference. Each page is as a defacer uploads it: black, centred, an
image, a song, a contact.
"""

from __future__ import annotations

import pytest
from stand_in_pages_tails import news


def defaced(heading: str, lines: str) -> str:
    """Return a defacer's index.html: the site's own title left as it was, a black page of its signature."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi</title>'
        "<style>body{background:#000;color:#0f0;font-family:'Courier New',monospace;text-align:center}"
        "h1{font-size:48px;text-shadow:0 0 8px #0f0}</style></head><body>"
        f'<img src="https://i.ibb.co/4Vh8Z0P/mask.gif" width="280" alt=""><h1>{heading}</h1>{lines}'
        '<audio autoplay loop><source src="https://files.catbox.moe/lagu.mp3" type="audio/mpeg"></audio>'
        '<p><a href="https://t.me/defacer_contact" style="color:#0f0">Contact</a></p></body></html>'
    )


DIBOBOL = defaced(
    "Situs Ini Telah Dibobol!",
    "<p>Keamanan website kalian sangat lemah.</p><p>Salam dari Bekasi Grey Hat</p>",
)
DIRETAS_OLEH = defaced("Diretas oleh ./MrBekasi", "<p>Jangan remehkan kami. Patch sistem kalian!</p>")
NUMPANG_PROMOSI = defaced("Maaf admin, cuma numpang promosi", "<p>Security test by Anon404</p>")
SECURITY_TEST = defaced(
    "Just a Security Test",
    "<p>Admin please patch your website. No data was harmed.</p><p>- Bekasi Cyber Team -</p>",
)
SIGNED = [
    pytest.param(DIBOBOL, "situs ini telah dibobol", id="situs-ini-telah-dibobol"),
    pytest.param(DIRETAS_OLEH, "patch sistem kalian", id="diretas-oleh"),
    pytest.param(NUMPANG_PROMOSI, "cuma numpang promosi", id="cuma-numpang-promosi"),
    pytest.param(SECURITY_TEST, "just a security test", id="just-a-security-test"),
]

ARREST_NEWS = news(
    "Polisi Tangkap Pelaku Peretasan Situs Kelurahan",
    "<p>Polres Metro Bekasi Kota menangkap tersangka peretasan situs kelurahan. Pelaku menulis \u201cSitus Ini Telah"
    " Dibobol!\u201d dan \u201cPatch sistem kalian!\u201d di halaman depan, kata Kapolres.</p>",
)
SECURITY_TIPS = news(
    "Tips Menjaga Keamanan Website",
    "<p>Perbarui CMS secara berkala untuk menjaga keamanan website kalian, dan hindari plugin bajakan.</p>",
)
CONFERENCE_NEWS = news(
    "Diskominfostandi Ikuti Black Hat Asia",
    "<p>Tim CSIRT Kota Bekasi mengikuti konferensi Black Hat Asia di Singapura untuk belajar menangani insiden.</p>",
)
LOOK_ALIKES = [
    pytest.param(ARREST_NEWS, id="news-of-an-arrest"),
    pytest.param(SECURITY_TIPS, id="security-tips"),
    pytest.param(CONFERENCE_NEWS, id="black-hat-conference"),
]
