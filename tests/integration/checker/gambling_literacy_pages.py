"""A department's digital literacy on judi online, as Diskominfostandi publishes it: a webinar's report that names
the lures its speaker explained ("istilah seperti RTP, scatter, dan pola gacor yang dipakai untuk memikat pemain"),
a guide to recognising the pages injected into government sites that quotes their words ('slot88', 'toto macau').
Each is a post in the department's theme, dated, under its headline. None is an injection."""

from __future__ import annotations

import pytest
from vendor_pages import Site, department_page

NAME = "Diskominfostandi Kota Bekasi"


def article(headline: str, body: str) -> str:
    """Return the department's page of one post: its headline, its date and author, ``body``."""
    post = (
        f'<article class="single-post"><h1 class="entry-title">{headline}</h1><div class="entry-meta"><time'
        f' datetime="2026-12-02T09:00:00+07:00">Rabu, 2 Desember 2026</time> · Admin</div><div class="entry-content">'
        f"{body}</div></article>"
    )
    return department_page(Site(name=NAME, main=post, title=f"{headline} – {NAME}"))


WEBINAR_REPORT = article(
    "Webinar: Bahaya Judi Online bagi Remaja",
    "<p>Diskominfostandi menggelar webinar literasi digital bagi pelajar SMP se-Kota Bekasi. Narasumber menjelaskan"
    " istilah seperti RTP, scatter, dan pola gacor yang dipakai untuk memikat pemain.</p><p>Peserta diajak mengenali"
    " ajakan bermain di media sosial dan melaporkannya.</p>",
)
RECOGNITION_GUIDE = article(
    "Kenali Ciri Situs Judi yang Menyusup ke Situs Pemerintah",
    "<p>Ciri-cirinya: muncul kata 'slot88', 'toto macau', atau 'link alternatif' di halaman situs pemerintah. Segera"
    " laporkan ke admin.</p>",
)
ARTICLES = [
    pytest.param(WEBINAR_REPORT, id="webinar-report"),
    pytest.param(RECOGNITION_GUIDE, id="recognition-guide"),
]
