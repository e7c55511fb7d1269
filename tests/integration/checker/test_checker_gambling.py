"""Gambling spam and defacement on a department's real-looking home page, through a whole check.

Real HTTP servers on 127.0.0.1 serve the pages of ``vendor_pages`` with spam in each usual hiding
place, a link farm after the footer, the newer vocabulary, innocent pages that use the same words,
pages that differ by user agent (cloaking for Googlebot and for phones) and a body replaced under
the usual title. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio

import pytest
from checker_servers import FakeSite, Reply, Request, make_checker
from vendor_pages import Site, department_page, news_since

from pantau_checker.probe import Checker
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
SPAM_LINKS = (
    '<a href="https://situs-toto88.example/">situs toto</a> '
    '<a href="https://rtp.example/rtp-live">RTP live slot gacor hari ini</a> '
    '<a href="https://mahjong.example/">mahjong ways scatter hitam</a>'
)
CUSTOM_CSS = "/wp-content/themes/pemkot/custom.css?ver=1.2"
TITLE = "Dinas Kesehatan Kota Bekasi"


def app(port: int) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/")


def check(checker: Checker, spec: AppSpec, cycle_id: str | None = None) -> ApplicationChecked:
    return asyncio.run(checker.check(spec, cycle_id))


def gambling(event: ApplicationChecked) -> dict[str | None, str]:
    return {f.location: f.severity for f in event.findings if f.code == "judi_online"}


def codes(event: ApplicationChecked) -> set[tuple[str, str | None]]:
    return {(f.code, f.location) for f in event.findings}


def served(site: FakeSite, path: str, agent: str = "") -> int:
    return sum(1 for r in site.requests if r.path == path and agent in r.headers.get("User-Agent", ""))


# --- hiding places ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hidden",
    [
        f'<div style="position:absolute;left:-9999px;top:-9999px">{SPAM_LINKS}</div>',
        f'<p style="text-indent:-9999px;overflow:hidden">{SPAM_LINKS}</p>',
        f'<div style="position:absolute;clip:rect(0 0 0 0);width:1px">{SPAM_LINKS}</div>',
        f'<div style="transform:translateX(-9999px)">{SPAM_LINKS}</div>',
        f'<div style="font-size:0px;line-height:0">{SPAM_LINKS}</div>',
        f"<noscript>{SPAM_LINKS}</noscript>",
        f'<div class="widget-partner" aria-hidden="true">{SPAM_LINKS}</div>',
    ],
    ids=["off-screen", "text-indent", "clip", "transform", "font-size", "noscript", "aria-hidden"],
)
def test_spam_in_each_hiding_place_of_a_department_page_is_critical_and_hidden(site, hidden):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(main_extra=hidden))))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event) == {"hidden": "kritis"}
    assert event.availability == "aktif"


def test_spam_hidden_by_a_class_of_the_pages_own_style_block_is_hidden(site):  # type: ignore[no-untyped-def]
    page = Site(head="<style>.mitra-seo{display:none}</style>", body_top=f'<div class="mitra-seo">{SPAM_LINKS}</div>')
    site.route("*", "/", Reply(200, department_page(page)))
    assert gambling(check(make_checker(site.port), app(site.port))) == {"hidden": "kritis"}


def test_spam_hidden_by_a_class_of_the_sites_stylesheet_is_hidden_and_the_sheet_read_once(site):  # type: ignore[no-untyped-def]
    page = Site(
        head=f'<link rel="stylesheet" href="{CUSTOM_CSS}">', main_extra=f'<div class="mitra-seo">{SPAM_LINKS}</div>'
    )
    css = "/* mitra */ .content-wrap .mitra-seo { position: absolute; left: -10000px; }"
    site.route("*", "/", Reply(200, department_page(page)))
    site.route("*", CUSTOM_CSS, Reply(200, css, {"Content-Type": "text/css"}))
    checker = make_checker(site.port)
    first, second = check(checker, app(site.port)), check(checker, app(site.port))
    assert gambling(first) == gambling(second) == {"hidden": "kritis"}
    assert served(site, CUSTOM_CSS) == 1


def test_without_the_stylesheet_the_same_spam_is_visible(site):  # type: ignore[no-untyped-def]
    page = Site(
        head=f'<link rel="stylesheet" href="{CUSTOM_CSS}">', main_extra=f'<div class="mitra-seo">{SPAM_LINKS}</div>'
    )
    site.route("*", "/", Reply(200, department_page(page)))
    assert gambling(check(make_checker(site.port), app(site.port))) == {"visible": "tinggi", "link": "tinggi"}


def test_the_stylesheets_of_a_clean_page_are_not_read_until_spam_appears_in_it(site):  # type: ignore[no-untyped-def]
    # A stylesheet only moves spam from "visible" to "hidden": a page without any is spared the requests.
    head = f'<link rel="stylesheet" href="{CUSTOM_CSS}">'
    site.route("*", "/", Reply(200, department_page(Site(head=head))))
    site.route("*", CUSTOM_CSS, Reply(200, ".mitra-seo{display:none}", {"Content-Type": "text/css"}))
    checker = make_checker(site.port)
    assert gambling(check(checker, app(site.port))) == gambling(check(checker, app(site.port))) == {}
    assert served(site, CUSTOM_CSS) == 0
    injected = Site(head=head, main_extra=f'<div class="mitra-seo">{SPAM_LINKS}</div>')
    site.route("*", "/", Reply(200, department_page(injected)))
    assert gambling(check(checker, app(site.port))) == {"hidden": "kritis"}
    assert served(site, CUSTOM_CSS) == 1


PLUGINS = (
    "contact-form-7",
    "elementor",
    "wp-pagenavi",
    "tablepress",
    "ml-slider",
    "wpforms",
    "popup-maker",
    "gtranslate",
)


def plugin_sheet(name: str) -> str:
    return f"/wp-content/plugins/{name}/assets/css/front.min.css?ver=2.4"


def test_spam_hidden_by_a_rule_injected_into_one_of_a_dozen_plugins_sheets_is_hidden(site):  # type: ignore[no-untyped-def]
    # A WordPress site links its theme's sheets and a plugin's each; the rule went into the third plugin's.
    links = "\n".join(f"<link rel='stylesheet' id='{n}-css' href='{plugin_sheet(n)}' media='all' />" for n in PLUGINS)
    page = Site(head=links, main_extra=f'<div class="mitra-seo">{SPAM_LINKS}</div>')
    site.route("*", "/", Reply(200, department_page(page)))
    for name in PLUGINS:
        rule = ".mitra-seo{display:none}" if name == "wp-pagenavi" else ""
        site.route("*", plugin_sheet(name), Reply(200, f".{name}{{margin:0 auto}}{rule}", {"Content-Type": "text/css"}))
    assert gambling(check(make_checker(site.port), app(site.port))) == {"hidden": "kritis"}


def test_spam_hidden_by_a_sheet_an_optimiser_loads_after_the_page_is_hidden(site):  # type: ignore[no-untyped-def]
    # Autoptimize, WP Rocket and LiteSpeed preload the joined sheet and make it the page's once loaded.
    joined = "/wp-content/cache/autoptimize/css/autoptimize_8e1f0c.css"
    head = f"<link rel='preload' as='style' href='{joined}' onload=\"this.onload=null;this.rel='stylesheet'\">"
    page = Site(head=head, main_extra=f'<div class="mitra-seo">{SPAM_LINKS}</div>')
    site.route("*", "/", Reply(200, department_page(page)))
    site.route(
        "*",
        joined,
        Reply(200, ".site-header{background:#0a6e3d}.mitra-seo{display:none}", {"Content-Type": "text/css"}),
    )
    assert gambling(check(make_checker(site.port), app(site.port))) == {"hidden": "kritis"}


def test_spam_hidden_by_a_sheet_on_the_sites_www_name_is_hidden(site):  # type: ignore[no-untyped-def]
    head = f'<link rel="stylesheet" href="http://www.{HOST}:{site.port}/assets/css/seo.css">'
    page = Site(head=head, main_extra=f'<div class="mitra-seo">{SPAM_LINKS}</div>')
    site.route("*", "/", Reply(200, department_page(page)))
    site.route(
        f"www.{HOST}", "/assets/css/seo.css", Reply(200, ".mitra-seo{display:none}", {"Content-Type": "text/css"})
    )
    assert gambling(check(make_checker(site.port), app(site.port))) == {"hidden": "kritis"}


def test_a_stylesheet_of_another_host_is_not_fetched(site):  # type: ignore[no-untyped-def]
    page = Site(head='<link rel="stylesheet" href="http://cdn.example.go.id/x.css">')
    site.route("*", "/", Reply(200, department_page(page)))
    site.route("*", "/x.css", Reply(200, ".x{display:none}", {"Content-Type": "text/css"}))
    check(make_checker(site.port), app(site.port))
    assert served(site, "/x.css") == 0


def test_a_link_farm_after_the_footer_is_critical_even_tiny_and_visible(site):  # type: ignore[no-untyped-def]
    farm = (
        '<div style="font-size:2px;color:#fefefe;text-align:center">'
        '<a href="https://toto.example/">toto</a> <a href="https://togel.example/">togel</a> '
        '<a href="https://wd.example/">depo 25k</a> <a href="https://rtp.example/">rtp</a></div>'
    )
    site.route("*", "/", Reply(200, department_page(Site(body_end=farm))))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event)["link"] == "kritis"


# --- vocabulary -----------------------------------------------------------------------------------


def test_the_newer_spam_vocabulary_is_found_in_plain_sight(site):  # type: ignore[no-untyped-def]
    spam = "<p>Bocoran pola gacor mahjong ways dan starlight princess, bet 200 jp paus, depo 25k wd 50k.</p>"
    site.route("*", "/", Reply(200, department_page(Site(main_extra=spam))))
    event = check(make_checker(site.port), app(site.port))
    finding = next(f for f in event.findings if f.code == "judi_online")
    assert (finding.location, finding.severity) == ("visible", "tinggi")
    assert "pola gacor" in finding.evidence and "mahjong ways" in finding.evidence


INNOCENT_PAGES = {
    "disdik-ppdb": Site(
        name="Dinas Pendidikan Kota Bekasi",
        main_extra=(
            "<section><h2>Informasi PPDB 2026</h2><p>Sisa slot kuota jalur zonasi SMP Negeri 12 Bekasi tinggal "
            "24 kursi.</p><div class='faq-answer' style='display:none'>Calon peserta didik yang belum mendapat "
            "slot dapat mendaftar pada jalur afirmasi.</div></section>"
        ),
    ),
    "puskesmas-antrean": Site(
        main_extra=(
            "<p>Ambil nomor antrean secara daring. Slot antrean harian Puskesmas Bantargebang dibatasi 80 "
            "pasien; slot vaksinasi booster tersedia setiap Selasa.</p>"
        )
    ),
    "dpmptsp-konsultasi": Site(
        name="Dinas Penanaman Modal dan PTSP Kota Bekasi",
        main_extra="<p>Pilih slot waktu konsultasi perizinan yang tersedia pada hari kerja.</p>",
    ),
    "bappelitbangda-rtrw": Site(
        name="Bappelitbangda Kota Bekasi",
        main_extra=(
            "<p>Rapat peninjauan kembali Rencana Tata Ruang Wilayah (RTRW/RTP) Kota Bekasi dipimpin Kepala "
            "Bidang, Bapak Toto Sugiarto, S.T., M.Si.</p>"
        ),
    ),
    "disparbud-burung": Site(
        name="Dinas Pariwisata dan Kebudayaan Kota Bekasi",
        main_extra="<p>Lomba Burung Kicau Piala Wali Kota: kicau mania membawa murai gacor andalannya.</p>",
    ),
    "diskominfo-satgas": Site(
        name="Dinas Komunikasi dan Informatika Kota Bekasi",
        main_extra=(
            "<article><h3>Satgas Berantas Judi Online</h3><p>Satgas Pemberantasan Judi Online Kota Bekasi "
            "mengimbau warga agar tidak tergiur iklan situs slot dan toto yang marak di media sosial; "
            "ratusan situs telah diblokir Komdigi.</p></article>"
        ),
    ),
    "diskominfo-siber": Site(
        name="Dinas Komunikasi dan Informatika Kota Bekasi",
        main_extra=(
            "<p>BSSN: ratusan situs pemerintah mengalami peretasan, peretas meninggalkan pesan hacked by. "
            "<button>Ganti tampilan</button> ke mode gelap.</p>"
        ),
    ),
}


@pytest.mark.parametrize("page", INNOCENT_PAGES.values(), ids=INNOCENT_PAGES.keys())
def test_a_department_page_that_uses_the_words_innocently_has_no_finding(site, page):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(page)))
    event = check(make_checker(site.port), app(site.port))
    assert [f for f in event.findings if f.category == "keamanan"] == []


# --- cloaking and the extra views -----------------------------------------------------------------


def cloaked_for(marker: str) -> object:
    spam = department_page(Site(main_extra=f"<p>{SPAM_LINKS}</p>"))
    clean = department_page()

    def answer(request: Request) -> Reply:
        return Reply(200, spam if marker in request.headers.get("User-Agent", "") else clean)

    return answer


def test_gambling_shown_to_phones_only_is_mobile_cloaking(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", cloaked_for("Android"))
    event = check(make_checker(site.port), app(site.port))
    assert ("cloaking_seluler", "seluler") in codes(event)
    assert not {c for c, _ in codes(event)} & {"cloaking_googlebot", "judi_online"}
    finding = next(f for f in event.findings if f.code == "cloaking_seluler")
    assert finding.severity == "kritis" and finding.evidence.startswith(
        "hanya untuk ponsel Android dari pencarian Google"
    )


def test_the_views_are_fetched_once_per_interval_and_their_verdict_kept_in_between(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", cloaked_for("Googlebot"))
    checker, spec = make_checker(site.port), app(site.port)
    events = [check(checker, spec) for _ in range(3)]
    assert all(("cloaking_googlebot", "googlebot") in codes(e) for e in events)
    assert (served(site, "/", "Googlebot"), served(site, "/", "Android")) == (1, 1)
    # The site is cleaned: the checks in between repeat the last verdict, a thorough check looks again.
    site.route("*", "/", Reply(200, department_page()))
    assert ("cloaking_googlebot", "googlebot") in codes(check(checker, spec))
    assert ("cloaking_googlebot", "googlebot") not in codes(check(checker, spec, cycle_id="2026-11"))
    # The thorough check's phone is an iPhone: the phone view's second turn.
    assert (served(site, "/", "Googlebot"), served(site, "/", "Android"), served(site, "/", "iPhone")) == (2, 1, 1)


def test_with_no_interval_every_check_fetches_the_views(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page()))
    checker = make_checker(site.port, views_every_minutes=0)
    for _ in range(2):
        check(checker, app(site.port))
    assert (served(site, "/", "Googlebot"), served(site, "/", "Android"), served(site, "/", "iPhone")) == (2, 1, 1)


def test_a_site_that_is_down_leaves_the_views_due(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(503, "<h1>Service Unavailable</h1>"))
    checker = make_checker(site.port)
    check(checker, app(site.port))
    site.route("*", "/", Reply(200, department_page()))
    check(checker, app(site.port))
    assert served(site, "/", "Googlebot") == 1


# --- a body replaced under the usual title --------------------------------------------------------


def hacked(title: str, body: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body style='background:#000'><center>{body}</center></body></html>"
    )


SIGNED = (
    "<h1>Hacked by Garuda Security</h1><p>Sorry admin, just test your security. Patch your system!</p>"
    "<p>Greetz to: all member Indonesian Cyber Army</p><a href='https://t.me/garuda'>contact</a>"
)
UNSIGNED = "<h1>KAMI KEMBALI</h1><p>Situs ini sekarang milik kami. Jangan lupakan nama kami.</p><img src='x.gif'>"


@pytest.mark.parametrize("body", [SIGNED, UNSIGNED], ids=["signed", "unsigned"])
def test_a_body_replaced_under_the_usual_title_is_a_defacement_until_restored(site, body):  # type: ignore[no-untyped-def]
    normal = department_page(Site(title=TITLE))
    checker, spec = make_checker(site.port), app(site.port)
    site.route("*", "/", Reply(200, normal))
    assert "defacement" not in {c for c, _ in codes(check(checker, spec))}
    site.route("*", "/", Reply(200, hacked(TITLE, body)))
    for _ in range(2):  # the baseline is not learnt from the defaced page
        event = check(checker, spec)
        finding = next(f for f in event.findings if f.location == "body")
        assert (finding.code, finding.severity) == ("defacement", "kritis")
        assert "isi halaman diganti: judul tetap" in finding.evidence
        # The defacer's page is no content of the application's: it dates nothing.
        assert (event.content.result, event.content.detail) == (
            "tidak_diketahui",
            "isi halaman diganti orang lain (defacement): bukan isi aplikasi",
        )
    site.route("*", "/", Reply(200, normal))
    restored = check(checker, spec)
    assert "defacement" not in {c for c, _ in codes(restored)}
    # Nor is the application's own page come back a change of its content: it is dated by its news.
    assert (restored.content.result, restored.content.evidence) == ("update", "page_date")


def test_new_news_and_a_new_front_page_under_the_same_title_are_not_a_defacement(site):  # type: ignore[no-untyped-def]
    checker, spec = make_checker(site.port), app(site.port)
    pages = [
        Site(title=TITLE),
        Site(title=TITLE, news=news_since([0.2, 0.5, 1])),
        Site(title=TITLE, main="<h2>Selamat Datang</h2><p>Portal layanan kesehatan Kota Bekasi.</p>"),
    ]
    for page in pages:
        site.route("*", "/", Reply(200, department_page(page)))
        assert [f for f in check(checker, spec).findings if f.code == "defacement"] == []


# --- a tag sending the page's standing elsewhere ----------------------------------------------------


def test_an_amp_version_on_the_attackers_host_is_a_critical_hijack_and_the_page_stays_aktif(site):  # type: ignore[no-untyped-def]
    # The page reads as always: only its head names an AMP version that search engines show instead.
    amp = '<link rel="amphtml" href="https://dinkes-bekasikota.pages.dev/amp/slot-gacor-hari-ini/" />'
    site.route("*", "/", Reply(200, department_page(Site(head=amp))))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.content.result) == ("aktif", "update")
    [hijack] = [f for f in event.findings if f.code == "pengalihan_asing"]
    assert (hijack.severity, hijack.category, hijack.location) == ("kritis", "keamanan", "head")
    assert "https://dinkes-bekasikota.pages.dev/amp/slot-gacor-hari-ini/" in hijack.evidence


def test_an_injected_base_on_the_attackers_host_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    # Every menu item and news link of the page now opens on the gambling site; the page reads as always.
    base = '<base href="https://dinkes-bekasikota.slotgacor.xyz/">'
    site.route("*", "/", Reply(200, department_page(Site(head=base))))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    [hijack] = [f for f in event.findings if f.code == "pengalihan_asing"]
    assert (hijack.severity, hijack.location) == ("kritis", "head")
    assert "(base href) ke https://dinkes-bekasikota.slotgacor.xyz/" in hijack.evidence


def test_the_sites_own_amp_and_canonical_addresses_are_no_finding(site):  # type: ignore[no-untyped-def]
    own = (
        f'<link rel="canonical" href="http://{HOST}:{site.port}/" />'
        f'<link rel="amphtml" href="http://{HOST}:{site.port}/amp/" />'
    )
    site.route("*", "/", Reply(200, department_page(Site(head=own))))
    event = check(make_checker(site.port), app(site.port))
    assert event.findings == ()


def test_an_amp_version_named_to_googlebot_only_is_cloaking(site):  # type: ignore[no-untyped-def]
    # The hijack as it is mostly done: the tag is in the page Googlebot gets, and only there.
    amp = '<link rel="amphtml" href="https://dinkes-bekasikota.pages.dev/amp/" />'
    for_googlebot, for_people = department_page(Site(head=amp)), department_page()
    site.route(
        "*",
        "/",
        lambda r: Reply(200, for_googlebot if "Googlebot" in r.headers.get("User-Agent", "") else for_people),
    )
    event = check(make_checker(site.port), app(site.port))
    [cloaking] = [f for f in event.findings if f.code == "cloaking_googlebot"]
    assert cloaking.severity == "kritis" and "https://dinkes-bekasikota.pages.dev/amp/" in cloaking.evidence
    assert cloaking.evidence.startswith("hanya untuk Googlebot: versi AMP halaman")
    assert "pengalihan_asing" not in {f.code for f in event.findings}  # the browser's page names none


def test_spam_written_by_a_script_of_the_page_is_found_through_a_whole_check(site):  # type: ignore[no-untyped-def]
    script = (
        '<script>document.write(\'<div style="display:none"><a href="https://toto.example/">situs toto</a> '
        '<a href="https://gacor.example/">slot gacor hari ini</a></div>\');</script>'
    )
    site.route("*", "/", Reply(200, department_page(Site(body_end=script))))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event) == {"script": "kritis"}


def test_gambling_shown_to_phones_coming_from_a_search_only_is_mobile_cloaking(site):  # type: ignore[no-untyped-def]
    # The usual mobile injection: a phone that arrives from Google is sent the spam; one typed in is not.
    spam, clean = department_page(Site(main_extra=f"<p>{SPAM_LINKS}</p>")), department_page()

    def answer(request: Request) -> Reply:
        from_search = "google." in request.headers.get("Referer", "")
        return Reply(200, spam if "Android" in request.headers.get("User-Agent", "") and from_search else clean)

    site.route("*", "/", answer)
    event = check(make_checker(site.port), app(site.port))
    assert ("cloaking_seluler", "seluler") in codes(event)
    assert [r.headers.get("Referer") for r in site.requests if "Android" in r.headers.get("User-Agent", "")] == [
        "https://www.google.com/"
    ]
    assert not any("Referer" in r.headers for r in site.requests if "Android" not in r.headers.get("User-Agent", ""))


@pytest.mark.parametrize(
    "body",
    [
        "<h1>Sistem kalian lemah!</h1><p>Website ini sudah kami tembus. Perbaiki keamanan kalian, admin.</p>"
        "<p>-- Garuda Cyber Team</p><audio src='lagu.mp3' autoplay></audio>",
        "<h1>We Are Anonymous</h1><p>We are Legion. We do not forgive. We do not forget.</p>"
        "<marquee>Tersakiti Crew was here</marquee>",
    ],
    ids=["indonesian-slang", "hacktivist"],
)
def test_a_defacers_page_at_the_first_check_is_a_visible_defacement(site, body):  # type: ignore[no-untyped-def]
    # No page before it to compare with: the defacer's own words tell it.
    site.route("*", "/", Reply(200, hacked(TITLE, body)))
    event = check(make_checker(site.port), app(site.port))
    assert ("defacement", "visible") in codes(event)
