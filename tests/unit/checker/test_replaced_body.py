"""A body replaced under the usual title, against the structure remembered of the page; and the
memory of the extra views (fetched once per interval, their findings repeated in between)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core.checks import cloaking, defacement
from pantau_checker.core.checks.base import NoSettings, Observed
from pantau_checker.core.page import Page, parse_page
from pantau_checker.core.state import (
    AppMemory,
    last_findings,
    remember_looked,
    remember_structure,
    remember_views,
    views_due,
)
from pantau_checker.core.structure import resemblance, sketch, structure_of
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
TITLE = "Dinas Kesehatan Kota Bekasi \u2013 Melayani dengan Sepenuh Hati"
MENU = "".join(f'<li><a href="/profil/{i}/">Menu {i}</a></li>' for i in range(20))
HEADLINES = (
    "Wali Kota Resmikan Puskesmas Rawat Inap di Bantargebang",
    "Pelayanan Vaksinasi Gratis di Puskesmas Selama Bulan Ini",
    "Rapat Koordinasi Penanganan Stunting Tingkat Kota",
    "Sosialisasi Aplikasi Layanan Kesehatan kepada Kader Posyandu",
    "Peringatan Hari Kesehatan Nasional di Alun-Alun",
    "Pemeriksaan Kesehatan Gratis bagi Lansia di Medan Satria",
    "Pelatihan Tenaga Kesehatan tentang Penanganan Gawat Darurat",
    "Kunjungan Kerja DPRD ke RSUD Kota Bekasi",
)
HACKED = (
    f"<html><head><title>{TITLE}</title></head><body style='background:#000;color:#0f0'><center>"
    "<h1>Hacked by Garuda Security</h1><p>Sorry admin, just test your security. Patch your system!</p>"
    "<p>Greetz to: all member Indonesian Cyber Army</p><a href='https://t.me/garuda'>contact</a></center></body></html>"
)
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url="https://dinkes.bekasikota.go.id/")


def department(headlines: tuple[str, ...] = HEADLINES, menu: str = MENU, title: str = TITLE) -> Page:
    news = "".join(
        f'<article><h3><a href="/berita/{i}/">{h}</a></h3><p>Pemerintah Kota Bekasi melalui Dinas Kesehatan '
        f"terus meningkatkan mutu pelayanan kepada masyarakat.</p></article>"
        for i, h in enumerate(headlines)
    )
    html = (
        f"<html><head><title>{title}</title></head><body><header><nav><ul>{menu}</ul></nav></header>"
        f"<main><h2>Berita Terkini</h2>{news}</main><footer><a href='https://instagram.com/pemkot'>Instagram</a>"
        "</footer></body></html>"
    )
    return parse_page(html, APP.url)


def replaced(now: Page, before: Page) -> Finding | None:
    return defacement.replaced_body(now, structure_of(before))


def test_a_hackers_body_under_the_usual_title_is_a_critical_defacement_of_the_body() -> None:
    finding = replaced(parse_page(HACKED, APP.url), department())
    assert finding is not None
    assert (finding.code, finding.severity, finding.location) == ("defacement", "kritis", "body")
    assert finding.evidence.startswith("isi halaman diganti: judul tetap")
    assert "tautan 29 \u2192 1" in finding.evidence and "Hacked by Garuda" in finding.evidence


def test_the_check_judges_the_body_against_the_remembered_structure() -> None:
    seen = Observed(APP, page=parse_page(HACKED, APP.url), baseline=structure_of(department()))
    assert ("defacement", "body") in {(f.code, f.location) for f in defacement.judge(seen, NoSettings())}
    assert ("defacement", "body") not in {
        (f.code, f.location) for f in defacement.judge(replace(seen, baseline=None), NoSettings())
    }


def test_new_news_items_are_not_a_replaced_body() -> None:
    fresh = (*(f"{h} Tahap Kedua" for h in HEADLINES[3:]), "Rapat Evaluasi Program Jaminan Kesehatan Daerah")
    assert replaced(department(fresh), department()) is None


def test_a_redesign_that_keeps_its_menu_or_enough_links_is_not_a_replaced_body() -> None:
    slim_menu = "".join(f'<li><a href="/m/{i}/">Layanan {i}</a></li>' for i in range(4))
    assert replaced(department(("Selamat Datang di Portal Baru",), menu=slim_menu), department()) is None


def test_a_changed_title_or_a_small_site_leaves_the_body_to_the_vocabulary() -> None:
    hacked = parse_page(HACKED, APP.url)
    assert replaced(hacked, department(title="Dinkes Kota Bekasi")) is None
    assert replaced(hacked, department(HEADLINES[:1], menu="")) is None


def test_a_maintenance_notice_under_the_usual_title_is_not_a_defacement() -> None:
    notice = (
        f"<html><head><title>{TITLE}</title></head><body><h1>Situs sedang dalam pemeliharaan</h1>"
        "<p>Mohon maaf, kami sedang melakukan perbaikan. Silakan kembali beberapa saat lagi.</p></body></html>"
    )
    assert replaced(parse_page(notice, APP.url), department()) is None


def _under_title(body: str) -> Page:
    head = '<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/assets/css/splash.css">'
    return parse_page(
        f"<!DOCTYPE html><html lang='id'><head><title>{TITLE}</title>{head}</head><body>{body}</body></html>", APP.url
    )


# What a department itself puts in front of its site under the same title: no defacement.
OWN_FRONTS = {
    "splash for a national day": (
        '<div class="splash-wrap"><img src="/wp-content/uploads/2026/11/banner-hkn-62.jpg" alt="Selamat Hari Kesehatan'
        ' Nasional ke-62" class="img-fluid"><h2>Selamat Hari Kesehatan Nasional ke-62</h2><p>Generasi Sehat, Masa'
        ' Depan Gemilang</p><a class="btn btn-primary" href="/beranda/">Masuk ke Website</a></div>'
    ),
    "election splash": (
        '<div class="popup-landing"><img src="/images/ayo-ke-tps.jpg" alt="Ayo ke TPS 27 November">'
        '<a href="https://www.dinkes.bekasikota.go.id/home">Lanjut ke Beranda &raquo;</a></div>'
    ),
    "christmas splash": (
        '<center><img src="/images/natal-2026.png" alt="Selamat Hari Natal 2026 dan Tahun Baru 2027" width="800">'
        '<br><a href="/index.php/beranda">SKIP</a></center>'
    ),
    "emergency page": (
        '<div class="alert alert-danger"><h1>SIAGA BANJIR</h1><p>Website sementara menampilkan informasi darurat. Posko'
        " banjir: RSUD dr. Chasbullah, Puskesmas Jatiasih. Hubungi 119 atau 112.</p>"
        '<a href="/beranda/">Ke halaman utama</a></div>'
    ),
    "portal behind its login": (
        '<div class="login-box"><img src="/logo.png" alt=""><h3>Portal Internal Pegawai</h3><form method="post"'
        ' action="/login"><input name="username" placeholder="NIP"><input type="password" name="password">'
        "<button>Masuk</button></form></div>"
    ),
    "rebuilt as a single-page app": (
        '<div id="app"></div><script type="module" src="/assets/index-8f2c1a.js"></script>'
        "<noscript>Aktifkan JavaScript untuk membuka website ini.</noscript>"
    ),
}


@pytest.mark.parametrize("body", OWN_FRONTS.values(), ids=OWN_FRONTS.keys())
def test_a_page_the_department_puts_in_front_of_its_site_is_not_a_replaced_body(body: str) -> None:
    seen = Observed(APP, page=_under_title(body), baseline=structure_of(department()))
    assert not [f for f in defacement.judge(seen, NoSettings()) if f.location == "body"]


def test_a_defacers_page_linking_back_to_the_sites_root_or_elsewhere_is_still_a_replaced_body() -> None:
    page = _under_title(
        "<center><h1>KAMI KEMBALI</h1><p>./Sh4d0w</p><a href='https://dinkes.bekasikota.go.id/'>back</a>"
        "<a href='https://zone-xsec.com/mirror/id/123'>mirror</a></center>"
    )
    seen = Observed(APP, page=page, baseline=structure_of(department()))
    assert ("defacement", "body") in {(f.code, f.location) for f in defacement.judge(seen, NoSettings())}


# A defacer's page that kept a little of the site's: still its body replaced.
DEFACERS_LEFTOVERS = {
    "signed, with a link back to the news": (
        "<center><h1>Hacked by Garuda Security</h1><p>Greetz to: all member Indonesian Cyber Army</p>"
        "<a href='/berita/'>Kembali ke Berita</a></center>"
    ),
    "signed, with a shell's password field": (
        "<center><h1>Hacked by Garuda Security</h1><p>Patch your system!</p><form method='post'>"
        "<input type='password' name='pass'><input type='submit' value='&gt;&gt;'></form></center>"
    ),
    "wordless, with a dot linking the administration": (
        "<center><img src='/wp-content/uploads/palestine.gif' alt=''><h1>FREE PALESTINE</h1>"
        "<audio autoplay src='https://cdn.example/lagu.mp3'></audio><a href='/wp-admin/'>.</a></center>"
    ),
    "wordless, over an app's mount point": (
        "<div id='root'></div><script src='/static/js/main.js'></script><center><h1>FREE PALESTINE</h1>"
        "<p>Stop the genocide. Your government is watching, so are we.</p></center>"
    ),
}


@pytest.mark.parametrize("body", DEFACERS_LEFTOVERS.values(), ids=DEFACERS_LEFTOVERS.keys())
def test_a_defacers_page_that_kept_a_little_of_the_sites_is_still_a_replaced_body(body: str) -> None:
    seen = Observed(APP, page=_under_title(body), baseline=structure_of(department()))
    assert ("defacement", "body") in {(f.code, f.location) for f in defacement.judge(seen, NoSettings())}


def test_the_sketch_tells_the_same_text_from_a_new_one() -> None:
    assert resemblance(sketch(department()), sketch(department())) == 1.0
    assert resemblance(sketch(parse_page(HACKED, APP.url)), sketch(department())) < 0.2
    assert resemblance((), ()) == 1.0 and resemblance((1,), ()) == 0.0


def test_the_baseline_is_not_learnt_from_a_defaced_page_and_its_words_are_reread_only_on_change() -> None:
    memory = remember_structure(AppMemory(), department(), "f1", defaced=False)
    assert memory.structure is not None and memory.structure.links == 29
    assert remember_structure(memory, parse_page(HACKED, APP.url), "f2", defaced=True) == memory
    unchanged = remember_structure(replace(memory, fingerprint="f1"), department(HEADLINES[:2]), "f1", False)
    assert unchanged.structure is not None and unchanged.structure.words == memory.structure.words
    changed = remember_structure(replace(memory, fingerprint="f1"), department(HEADLINES[:2]), "f3", False)
    assert changed.structure is not None and changed.structure.words != memory.structure.words


def test_the_views_are_due_on_a_thorough_check_and_once_per_interval() -> None:
    hour = timedelta(hours=1)
    assert views_due(AppMemory(), NOW, hour, thorough=False)
    fetched = remember_views(AppMemory(), NOW, (), frozenset())
    assert not views_due(fetched, NOW + timedelta(minutes=59), hour, thorough=False)
    assert views_due(fetched, NOW + timedelta(minutes=59), hour, thorough=True)
    assert views_due(fetched, NOW + hour, hour, thorough=False)
    assert views_due(fetched, NOW - hour, hour, thorough=False)  # a clock set back


def test_the_last_findings_of_the_views_are_kept_for_the_checks_in_between() -> None:
    cloaked = Finding("cloaking_seluler", "kritis", "hanya untuk ponsel dari pencarian Google", "seluler")
    other = Finding("judi_online", "kritis", "slot gacor", "hidden")
    memory = remember_views(AppMemory(), NOW, (other, cloaked), frozenset({"cloaking_seluler", "cloaking_googlebot"}))
    assert memory.view_findings == (cloaked,)
    assert last_findings(memory, frozenset({"cloaking_seluler"})) == (cloaked,)
    assert last_findings(memory, frozenset({"cloaking_googlebot"})) == ()  # switched off since


def test_the_sitemaps_last_findings_outlive_a_fetch_of_the_views_and_the_views_a_read_of_the_sitemaps() -> None:
    cloaked = Finding("cloaking_seluler", "kritis", "hanya untuk ponsel dari pencarian Google", "seluler")
    parasites = Finding("judi_online_subpath", "kritis", "slot gacor: /2026/11/slot-gacor/", "sitemap.xml")
    views, sitemap = frozenset({"cloaking_seluler"}), frozenset({"judi_online_subpath"})
    memory = remember_looked(AppMemory(), (parasites,), sitemap)
    memory = remember_views(memory, NOW, (cloaked,), views)  # a check that did not read the sitemaps
    assert (last_findings(memory, sitemap), last_findings(memory, views)) == ((parasites,), (cloaked,))
    memory = remember_looked(memory, (), sitemap)  # read again, and clean
    assert (last_findings(memory, sitemap), last_findings(memory, views)) == ((), (cloaked,))


def test_gambling_shown_to_phones_only_is_mobile_cloaking() -> None:
    spam = parse_page(f"<html><head><title>{TITLE}</title></head><body>daftar situs toto slot88</body></html>", APP.url)
    seen = Observed(APP, page=department(), mobile_page=spam, googlebot_page=department())
    (finding,) = cloaking.judge_mobile(seen, NoSettings())
    assert (finding.code, finding.severity, finding.location) == ("cloaking_seluler", "kritis", "seluler")
    assert finding.evidence.startswith("hanya untuk ponsel Android dari pencarian Google")
    assert cloaking.judge(seen, NoSettings()) == ()
    assert cloaking.judge_mobile(replace(seen, page=spam), NoSettings()) == ()
