"""A frame a script lays over the window and a redirect under a touch test, narrowed again after a red team (session
32, round three).

A real HTTP server on 127.0.0.1 serves a department's page whose inline script lays another site over the whole
window, or sends touch screens there. The site's name alone decides (``hijack.gambling_site``), and a name with a
lucky number, "4D", "jp", "bola", "hoki" or "toto" on .com, .id or .co.id is as often a radio's (Mustang 88), a
Japan internship's (nihongojp), a 4D cinema's, a football league's, a vendor's, a shop's or a tourist village's: all
are no finding. Nor, since round four, a name of one word on a domain kits register in bulk (a Canva site, a link page,
a vendor's app on .online), nor "slot", "poker" or "kasino" glued into it (parkirslot.com, sipoker.id). A gambling
word in the address (nagatogel.vip, rajatoto4d.xyz, kaisarslotgacor.com) still is. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply
from test_checker_cloaking_views import cycle_check, security
from test_checker_script_frames_session32_cloak2 import COVER, popup, written
from vendor_pages import Site, department_page


def page(name: str, body_end: str) -> Reply:
    return Reply(200, department_page(Site(name=name, body_end=body_end)))


def touch(url: str, once: bool = True) -> str:
    """Phones sent once a session to the program's, the app's or the schedule's page."""
    test = "&&!sessionStorage.getItem('m')" if once else ""
    mark = "sessionStorage.setItem('m','1');" if once else ""
    return f"<script>if(('ontouchstart' in window){test}){{{mark}window.location.href='{url}';}}</script>"


DISKOMINFO = "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bekasi"
DISNAKER = "Dinas Ketenagakerjaan Kota Bekasi"
DISPARBUD = "Dinas Pariwisata dan Kebudayaan Kota Bekasi"
DISPORA = "Dinas Pemuda dan Olahraga Kota Bekasi"
DISKOPUKM = "Dinas Koperasi dan UKM Kota Bekasi"
LOADER = (
    '<script>document.write(\'<iframe id="preloader" src="https://karyamedia88.com/loader/bekasi.html" '
    'style="position:fixed;inset:0;width:100vw;height:100vh;border:0;z-index:99999"></iframe>\');'
    "window.addEventListener('load',function(){var p=document.getElementById('preloader');if(p)p.remove();});"
    "</script>"
)
SURVEY = (
    "<script>(function(){var f=document.createElement('iframe');f.src='https://sipadu888.id/survei-kepuasan';"
    "f.style.position='fixed';f.style.top='0';f.style.left='0';f.style.width='100%';f.style.height='100%';"
    "f.style.zIndex='9999';var c=document.createElement('a');c.href='#';c.textContent='Tutup';"
    "c.onclick=function(){f.remove();c.remove();};document.body.appendChild(f);document.body.appendChild(c);})();"
    "</script>"
)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param(DISKOMINFO, popup("https://mustang88.com/player/embed?autoplay=1"), id="radio-mustang88-popup"),
        pytest.param(
            DISKOMINFO,
            "<p>Dengarkan siaran langsung Radio Patriot 88 FM.</p>" + written("https://radio88.co.id/live/stream"),
            id="radio88-live",
        ),
        pytest.param(DISNAKER, written("https://nihongojp.com/embed/program-magang-jepang"), id="nihongojp-program"),
        pytest.param(DISNAKER, popup("https://lpkjp.id/pendaftaran-magang-jepang-2026"), id="lpkjp-form-popup"),
        pytest.param(DISNAKER, touch("https://nihongojp.com/app/"), id="nihongojp-touch-app"),
        pytest.param(
            DISNAKER,
            "<script>if(window.matchMedia('(hover: none)').matches&&!localStorage.getItem('lpk'))"
            "{localStorage.setItem('lpk','1');location.href='https://sakurajp.id/daftar';}</script>",
            id="sakurajp-hover-none",
        ),
        pytest.param(DISNAKER, touch("https://expo88.id/bekasi-job-fair-2026/"), id="expo88-job-fair"),
        pytest.param(DISPARBUD, written("https://bekasi-4d.com/virtual-tour/"), id="bekasi-4d-cinema-tour"),
        pytest.param(DISPARBUD, written("https://wisatatoto.id/kampung-wisata-bekasi/tour"), id="wisatatoto-tour"),
        pytest.param(
            DISPORA, popup("https://ligabola.id/live/final-piala-walikota-bekasi-2026"), id="ligabola-stream-popup"
        ),
        pytest.param(DISPORA, touch("https://persibola.com/m/jadwal"), id="persibola-schedule"),
        pytest.param(
            "Dinas Perdagangan dan Perindustrian Kota Bekasi",
            popup("https://mall99.co.id/bazar-umkm-bekasi-2026/"),
            id="mall99-bazar-popup",
        ),
        pytest.param(DISKOPUKM, popup("https://kopi77.id/katalog-umkm-bekasi"), id="kopi77-umkm-popup"),
        pytest.param(DISKOPUKM, touch("https://dapurhoki.com/menu"), id="dapurhoki-umkm"),
        pytest.param(
            "RSUD dr. Chasbullah Abdulmadjid Kota Bekasi", touch("https://rsud88.id/antrian-online/"), id="rsud88"
        ),
        pytest.param(
            DISKOMINFO,
            "<script>if(window.matchMedia('(pointer: coarse)').matches)"
            "{window.location.replace('https://patriot77.id/app');}</script>",
            id="patriot77-app-pointer",
        ),
        pytest.param(DISKOMINFO, LOADER, id="vendor-karyamedia88-loader"),
        pytest.param(DISKOMINFO, SURVEY, id="sipadu888-survey"),
        # Round four: a name of one word on a domain kits register in bulk, "slot" or "poker" glued into a name.
        pytest.param(
            "Dinas Kesehatan Kota Bekasi", popup("https://dinkesbekasi.my.canva.site/"), id="canva-site-campaign"
        ),
        pytest.param(DISKOMINFO, touch("https://taplink.cc/diskominfobekasi"), id="taplink-links-page"),
        pytest.param(DISKOMINFO, written("https://sipadu.online/"), id="vendor-app-online"),
        pytest.param("Dinas Pendidikan Kota Bekasi", popup("https://ppdbjabar.site/"), id="ppdb-site"),
        pytest.param("Dinas Perhubungan Kota Bekasi", touch("https://parkirslot.com/bekasi"), id="parkirslot-app"),
        pytest.param(DISKOMINFO, written("https://sipoker.id/"), id="sipoker-app"),
    ],
)
def test_a_name_with_a_lucky_number_4d_jp_or_toto_on_com_or_id_is_no_finding(
    site: FakeSite, name: str, code: str
) -> None:
    """Before, each was "skrip halaman menampilkan situs lain di seluruh layar (bingkai) dari …" or "… mengalihkan
    pengunjung (hanya pengunjung ponsel) ke …" (kritis): a brand's name with a lucky number, "4D" or a word a brand
    shares with persons and shops."""
    site.route("*", "/", lambda _r: page(name, code))
    assert security(cycle_check(site)) == []


def test_a_gambling_word_glued_into_the_sites_name_is_a_critical_hijack(site: FakeSite) -> None:
    """A kit's brand with "togel", "toto4d" or "slotgacor" in its name, on a domain kits register in bulk or not."""
    made = (
        "<script>var f=document.createElement('iframe');f.src='https://kaisarslotgacor.com/';"
        f"f.style.cssText='{COVER}';document.body.appendChild(f);</script>"
    )
    cases = (
        (
            written("https://nagatogel.vip/"),
            "menampilkan situs lain di seluruh layar (bingkai) dari https://nagatogel.vip/",
        ),
        (made, "menampilkan situs lain di seluruh layar (bingkai) dari https://kaisarslotgacor.com/"),
        (
            touch("https://rajatoto4d.xyz/", once=False),
            "mengalihkan pengunjung (hanya pengunjung ponsel) ke https://rajatoto4d.xyz/",
        ),
    )
    for code, said in cases:
        site.route("*", "/", lambda _r, c=code: page(DISKOMINFO, c))  # type: ignore[misc]
        # The term scan reads "rajatoto4d" in the script as well (judi_online).
        [hijack] = [f for f in security(cycle_check(site)) if f.code == "pengalihan_asing"]
        assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "script")
        assert hijack.evidence == f"skrip halaman {said}"
