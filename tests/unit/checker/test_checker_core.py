"""The checker's pure core: classifiers and decisions, without network or database."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import availability, domain, flap, freshness, login, schedule, tls
from pantau_checker.core.checks import cloaking, defacement, sitemap_gambling
from pantau_checker.core.checks import domain as domain_check
from pantau_checker.core.checks import tls as tls_check
from pantau_checker.core.page import parse_page
from pantau_checker.core.state import AppMemory, remember_fingerprint
from pantau_common.netguard import AddressPolicy, refusal
from pantau_common.registry.maintenance import in_maintenance, parse_windows
from pantau_common.registry.model import LoginSpec, ResolveRule, parse_resolve, parse_resolve_list
from pantau_common.registry.validation import RegistryInvalidError, validate_registry
from pantau_contracts.status import Finding

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
PD = {"id": "dinkes", "nama": "Dinas Kesehatan", "singkatan": "Dinkes", "jenis": "dinas"}


def app_row(**overrides: object) -> dict[str, object]:
    return {
        "id": "dinkes-web",
        "pd": "dinkes",
        "nama": "Website",
        "url": "https://dinkes.bekasikota.go.id/",
        **overrides,
    }


# --- registry -----------------------------------------------------------------------------------


def test_valid_registry_row_keeps_extra_settings_in_config() -> None:
    registry = validate_registry(
        {
            "perangkat_daerah": [PD],
            "applications": [app_row(resolve=["dinkes.bekasikota.go.id:443:10.0.0.5"], retries=1)],
        }
    )
    spec = registry.applications[0]
    assert spec.config == {"resolve": ["dinkes.bekasikota.go.id:443:10.0.0.5"], "retries": 1}
    assert spec.resolve == (ResolveRule("dinkes.bekasikota.go.id", 443, "10.0.0.5"),)


def test_every_invalid_field_of_every_row_is_reported() -> None:
    with pytest.raises(RegistryInvalidError) as caught:
        validate_registry(
            {
                "perangkat_daerah": [PD, {"id": "X", "nama": "", "jenis": "klub"}],
                "applications": [
                    app_row(url="javascript:alert(1)", interval_s="sering"),
                    app_row(id="dinkes-web", pd="hilang", warna="merah"),
                ],
            }
        )
    found = {(e.section, e.row, e.field) for e in caught.value.errors}
    assert found == {
        ("perangkat_daerah", 2, "id"),
        ("perangkat_daerah", 2, "nama"),
        ("perangkat_daerah", 2, "singkatan"),
        ("perangkat_daerah", 2, "jenis"),
        ("applications", 1, "url"),
        ("applications", 1, "interval_s"),
        ("applications", 2, "pd"),
        ("applications", 2, "warna"),
    }


def test_duplicate_application_ids_are_refused() -> None:
    with pytest.raises(RegistryInvalidError) as caught:
        validate_registry({"perangkat_daerah": [PD], "applications": [app_row(), app_row()]})
    assert [(e.row, e.field) for e in caught.value.errors] == [(2, "id")]


def test_login_credentials_must_be_secret_references_not_values() -> None:
    login_row = {
        "url": "https://x.bekasikota.go.id/login",
        "username_field": "u",
        "password_field": "p",
        "username_secret": "env:PANTAU_APP_SECRET_SIMPEG_USER",
        "password_secret": "hunter2",
        "success_marker": "Keluar",
    }
    with pytest.raises(RegistryInvalidError) as caught:
        validate_registry({"perangkat_daerah": [PD], "applications": [app_row(login=login_row)]})
    assert [e.field for e in caught.value.errors] == ["login.password_secret"]


def test_url_with_embedded_credentials_is_refused() -> None:
    with pytest.raises(RegistryInvalidError) as caught:
        validate_registry({"perangkat_daerah": [PD], "applications": [app_row(url="https://a:b@x.go.id/")]})
    assert caught.value.errors[0].field == "url"


def test_known_pd_ids_from_the_database_satisfy_references() -> None:
    registry = validate_registry({"applications": [app_row()]}, known_pd_ids={"dinkes"})
    assert registry.applications[0].pd_id == "dinkes"


def test_resolve_rules_match_host_and_port_with_wildcards() -> None:
    rules = parse_resolve_list("*.bekasikota.go.id:*:127.0.0.1, sso.example.id:443:[::1]")
    assert rules[0].matches("dinkes.bekasikota.go.id", 8080)
    assert not rules[0].matches("bekasikota.go.id.evil.com", 80)
    assert rules[1].matches("SSO.example.id", 443) and not rules[1].matches("sso.example.id", 80)
    assert rules[1].address == "::1"
    with pytest.raises(ValueError):
        parse_resolve("host:80:bukan-ip")


# --- network guard ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.1.1",
        "169.254.169.254",
        "::1",
        "::ffff:127.0.0.1",
        "0.0.0.0",
        "fe80::1",
    ],
)
def test_non_public_addresses_are_refused_by_default(address: str) -> None:
    assert refusal(address, AddressPolicy()) is not None


def test_public_address_is_allowed() -> None:
    assert refusal("103.147.32.10", AddressPolicy()) is None


def test_internal_app_may_reach_private_but_never_metadata() -> None:
    internal = AddressPolicy(internal=True)
    assert refusal("10.1.2.3", internal) is None
    assert refusal("169.254.169.254", internal) is not None


@pytest.mark.parametrize(
    "address", ["198.18.0.1", "198.19.255.254", "192.0.0.8", "224.0.0.251", "239.255.255.250", "240.0.0.1", "ff02::1"]
)
def test_special_purpose_ranges_are_refused_even_for_internal_applications(address: str) -> None:
    assert refusal(address, AddressPolicy()) is not None
    assert refusal(address, AddressPolicy(internal=True)) is not None


def test_the_data_centres_own_ranges_are_refused_unless_allowed() -> None:
    deny = (ipaddress.ip_network("103.147.32.0/24"), ipaddress.ip_network("10.20.0.0/16"))
    assert refusal("103.147.32.10", AddressPolicy(deny=deny)) is not None
    assert refusal("10.20.1.1", AddressPolicy(internal=True, deny=deny)) is not None
    assert refusal("10.21.1.1", AddressPolicy(internal=True, deny=deny)) is None
    allowed = AddressPolicy(allow=(ipaddress.ip_network("103.147.32.10/32"),), deny=deny)
    assert refusal("103.147.32.10", allowed) is None


def test_allow_list_admits_a_loopback_address() -> None:
    policy = AddressPolicy(allow=(ipaddress.ip_network("127.0.0.1/32"),))
    assert refusal("127.0.0.1", policy) is None
    assert refusal("127.0.0.2", policy) is not None


# --- availability and flapping --------------------------------------------------------------------


def test_status_codes_map_to_reasons() -> None:
    assert availability.from_status(200).up
    assert availability.from_status(302).up
    assert availability.from_status(404).reason == "http_4xx"
    assert availability.from_status(502).reason == "http_5xx"


def test_failure_kinds_map_to_stable_reason_codes() -> None:
    from pantau_contracts.status import DOWN_REASONS

    kinds = ("dns", "refused", "timeout", "tls", "blocked", "too_large", "redirects", "other")
    reasons = {availability.from_failure(k, "x").reason for k in kinds}  # type: ignore[arg-type]
    assert reasons <= set(DOWN_REASONS)


def test_refusals_and_client_errors_are_not_retried() -> None:
    assert availability.worth_retrying(availability.from_failure("timeout", "x"))
    assert availability.worth_retrying(availability.from_status(503))
    assert not availability.worth_retrying(availability.from_status(404))
    assert not availability.worth_retrying(availability.from_failure("blocked", "x"))


def test_failed_login_makes_an_up_app_tidak_aktif() -> None:
    verdict = availability.from_login(availability.from_status(200), True, "penanda gagal")
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", "login_gagal")


def test_single_blip_does_not_change_the_confirmed_status() -> None:
    state = flap.observe(flap.FlapState(), "aktif", 3).state
    seen = flap.observe(state, "tidak_aktif", 3)
    back = flap.observe(seen.state, "aktif", 3)
    assert (seen.confirmed, seen.changed) == ("aktif", False)
    assert (back.confirmed, back.changed, back.state.streak) == ("aktif", False, 0)


def test_change_is_confirmed_after_n_consecutive_checks() -> None:
    state = flap.observe(flap.FlapState(), "aktif", 2).state
    first = flap.observe(state, "tidak_aktif", 2)
    second = flap.observe(first.state, "tidak_aktif", 2)
    assert (second.confirmed, second.changed) == ("tidak_aktif", True)


# --- freshness ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "23 November 2026",
        "23/11/2026",
        "Senin, 23 Nov 2026",
        "2026-11-23",
        "Diposting 23 Nopember 2026 oleh admin",
        "November 23, 2026",
    ],
)
def test_indonesian_english_and_iso_dates_are_read(text: str) -> None:
    assert datetime(2026, 11, 23, tzinfo=UTC) in freshness.dates_in_text(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 Mei 2026", (2026, 5, 1)),
        ("17 Agustus 2025", (2025, 8, 17)),
        ("31 Desember 2025", (2025, 12, 31)),
        ("5 Okt 2026", (2026, 10, 5)),
    ],
)
def test_indonesian_month_names_are_understood(text: str, expected: tuple[int, int, int]) -> None:
    assert freshness.dates_in_text(text) == [datetime(*expected, tzinfo=UTC)]


def test_impossible_dates_are_ignored() -> None:
    assert freshness.dates_in_text("31/02/2026 dan 99/99/2026") == []


def test_newest_evidence_decides_and_future_dates_are_not_credible() -> None:
    evidence = [
        freshness.newest("page_date", [NOW - timedelta(days=50), NOW + timedelta(days=300)], NOW),
        freshness.newest("feed", [NOW - timedelta(days=10)], NOW),
    ]
    decided = freshness.decide([e for e in evidence if e], NOW, 30)
    assert (decided.result, decided.evidence) == ("update", "feed")


def test_old_evidence_is_tidak_update_and_none_is_tidak_diketahui() -> None:
    old = freshness.newest("sitemap", [NOW - timedelta(days=45)], NOW)
    assert old is not None
    assert freshness.decide([old], NOW, 30).result == "tidak_update"
    assert freshness.decide([old], NOW, 60).result == "update"
    assert freshness.decide([], NOW, 30).result == "tidak_diketahui"


def test_sitemap_and_feed_dates_are_parsed() -> None:
    sitemap = (
        b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>/a</loc>"
        b"<lastmod>2026-11-20T10:00:00+07:00</lastmod></url></urlset>"
    )
    atom = (
        b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>x</title>"
        b"<updated>2026-11-21T00:00:00Z</updated></entry></feed>"
    )
    assert freshness.sitemap_lastmods(sitemap)[0].date().isoformat() == "2026-11-20"
    assert freshness.feed_dates(atom) == [datetime(2026, 11, 21, tzinfo=UTC)]
    assert freshness.sitemap_lastmods(b"<not xml") == []


def test_a_feed_is_read_for_its_newest_entries_first_and_not_beyond_its_first_bytes() -> None:
    # A hostile feed nests a megabyte of elements after its entries: read whole, it holds the worker.
    item = "<item><title>Festival Budaya</title><pubDate>Tue, 01 Dec 2026 10:00:00 +0700</pubDate></item>"
    late = "<item><title>Lama</title><pubDate>Fri, 02 Jan 2026 10:00:00 +0700</pubDate></item>"
    padding = "<x>" * (freshness.MAX_FEED_BYTES // 3)
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel>{item}{padding}{late}</channel></rss>"
    assert freshness.feed_dates(feed.encode()) == [datetime(2026, 12, 1, 3, 0, tzinfo=UTC)]


def test_sitemap_with_external_entities_is_not_expanded() -> None:
    evil = (
        b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
        b"<urlset><url><lastmod>&e;</lastmod></url></urlset>"
    )
    assert freshness.sitemap_lastmods(evil) == []


def test_fingerprint_ignores_clock_counter_and_digits() -> None:
    a = parse_page("<main><p>Berita A</p><div class=jam>10:01:02</div><span id=counter>1234</span></main>", "/")
    b = parse_page("<main><p>Berita A</p><div class=jam>11:59:59</div><span id=counter>9999</span></main>", "/")
    c = parse_page("<main><p>Berita B</p></main>", "/")
    assert freshness.fingerprint(a.main_text) == freshness.fingerprint(b.main_text)
    assert freshness.fingerprint(a.main_text) != freshness.fingerprint(c.main_text)


def test_fingerprint_folds_case_digits_and_spaces_beyond_ascii_as_before() -> None:
    # The fingerprints stored for every application must not move when the way they are computed does.
    assert freshness.fingerprint("Berita\xa0Dinas ÀÉ 12:30") == freshness.fingerprint("berita dinas àé")
    assert freshness.fingerprint("berita dinas àé") == "4:c05e77e241e9bbb2838adce990f4a35a"
    assert freshness.fingerprint("ΟΔΟΣ ΚΑΙ Σ") == "4:392f1e2628eaca3c16c54642bf6d9621"  # final sigma
    assert freshness.fingerprint("Pendaftaran \u0661\u0662 İzin \u212aota") == "4:0f689c93e07171fed39be95ace8ac5ff"
    assert freshness.fingerprint("Ｂｅｒｉｔａ\u3000１２") == "4:4d024fd4060f05859917efce1e4aab4b"


def test_fingerprint_ignores_the_words_of_a_date_stamp() -> None:
    # A stale page without a marked main content, whose top bar prints the day: the same content every day.
    def stamped(day: str, heading: str = "Profil Dinas") -> str:
        html = (
            f'<div class="header-top"><span class="tgl">{day}</span></div><div id="konten"><h2>{heading}</h2>'
            "<p>Visi dan misi Dinas Kesehatan Kota Bekasi.</p></div><div class='kaki'>Jl. Ahmad Yani</div>"
        )
        return freshness.fingerprint(parse_page(html, "/").main_text)

    days = (
        "Rabu, 2 Desember 2026",
        "Kamis, 3 Des. 2026",
        "Friday, January 1st, 2027",
        "Jum'at 17 Jumadil Akhir 1448 H",
        "Rab, 2 Des 2026",
        "Sen, 7 Des 2026",
    )
    assert len({stamped(day) for day in days}) == 1
    assert stamped("Rabu, 2 Desember 2026", "Struktur Organisasi") != stamped("Rabu, 2 Desember 2026")
    assert freshness.fingerprint("Profil Dinas Mei 2026") == freshness.fingerprint("Profil Dinas")


def test_a_fingerprint_of_an_earlier_version_is_replaced_without_dating_a_change() -> None:
    before = remember_fingerprint(AppMemory(), "c05e77e241e9bbb2838adce990f4a35a", NOW)  # as stored before versions
    after = remember_fingerprint(before, "2:c05e77e241e9bbb2838adce990f4a35a", NOW + timedelta(days=1))
    assert after.fingerprint == "2:c05e77e241e9bbb2838adce990f4a35a"
    assert (after.fingerprint_changed_at, after.fingerprint_seen_since) == (None, NOW)
    changed = remember_fingerprint(after, "2:bbb", NOW + timedelta(days=2))
    assert changed.fingerprint_changed_at == NOW + timedelta(days=2)


def test_fingerprint_change_is_dated_when_seen() -> None:
    memory = remember_fingerprint(AppMemory(), "aaa", NOW)
    same = remember_fingerprint(memory, "aaa", NOW + timedelta(hours=1))
    changed = remember_fingerprint(same, "bbb", NOW + timedelta(hours=2))
    assert memory.fingerprint_changed_at is None and same == memory
    assert changed.fingerprint_changed_at == NOW + timedelta(hours=2)


def test_page_date_in_a_volatile_today_widget_is_not_evidence() -> None:
    page = parse_page("<body><div class=tanggal-hari-ini>24 November 2026</div><p>Berita 1 Mei 2025</p></body>", "/")
    assert freshness.dates_in_text(page.main_text) == [datetime(2025, 5, 1, tzinfo=UTC)]


# --- defacement ---------------------------------------------------------------------------------


def codes(html: str) -> set[tuple[str, str | None]]:
    return {(f.code, f.location) for f in defacement.scan(parse_page(html, "https://x.go.id/"))}


def test_hidden_by_class_rule_inline_style_and_hidden_attribute() -> None:
    html = (
        "<style>#promo{display:none}</style><body><p>Beranda</p><div id=promo>slot gacor</div>"
        "<p style='font-size:0'>maxwin</p><p hidden>rtp live</p></body>"
    )
    page = parse_page(html, "/")
    assert len(page.hidden_texts) == 3 and "slot" not in page.visible_text
    assert codes(html) == {("judi_online", "hidden")}


def test_spam_link_address_is_scanned() -> None:
    assert ("judi_online", "link") in codes("<body><a href='https://x.example/daftar-slot-gacor/'>promo</a></body>")


def test_words_inside_other_words_do_not_match() -> None:
    assert codes("<body><p>Pengajudian dan togelan bukan istilah</p><p>slotgacoria</p></body>") == set()


def test_lone_weak_term_in_visible_text_is_not_an_accusation() -> None:
    assert codes("<body><p>Seminar bahaya judi di sekolah</p><p>Kasino lama kini museum</p></body>") == set()


def test_strong_term_next_to_counter_context_is_news_not_spam() -> None:
    assert codes("<body><p>Komdigi memblokir situs slot gacor dan judi online</p></body>") == set()


def test_weak_term_in_hidden_text_is_flagged() -> None:
    assert codes("<body><div style='display:none'>agen togel terpercaya</div></body>") == {("judi_online", "hidden")}


def test_counter_word_inside_a_spam_term_does_not_hide_the_spam() -> None:
    assert codes("<body><div style='display:none'>slot gacor anti rungkad</div></body>") == {("judi_online", "hidden")}


def test_gambling_pages_among_sitemap_urls_are_one_critical_finding() -> None:
    urls = [
        "https://disdik.bekasikota.go.id/profil",
        "https://disdik.bekasikota.go.id/wp-content/uploads/slot-gacor-maxwin.html",
        "https://disdik.bekasikota.go.id/?page=togel-online",
        "https://disdik.bekasikota.go.id/cari?q=bandar+judi%20terpercaya",
        "https://disdik.bekasikota.go.id/promo/slot_gacor_anti_rungkad/",
    ]
    (finding,) = sitemap_gambling.scan_urls(urls)
    assert (finding.code, finding.severity, finding.location) == ("judi_online_subpath", "kritis", "sitemap.xml")
    assert {"slot gacor", "maxwin", "togel online", "bandar judi", "anti rungkad"} <= set(
        finding.evidence.split(": ")[0].split(", ")
    )
    assert urls[1] in finding.evidence and urls[3] in finding.evidence and urls[4] not in finding.evidence


def test_sitemap_news_about_fighting_judi_online_and_lone_weak_terms_are_not_findings() -> None:
    urls = [
        "https://bekasikota.go.id/berita/pemkot-bekasi-perangi-judi-online",
        "https://bekasikota.go.id/berita/satgas-berantas-situs-slot-gacor",
        "https://bekasikota.go.id/berita/kasus-judi-di-bekasi-barat",
        "https://bekasikota.go.id/slotting-jadwal-layanan",
    ]
    assert sitemap_gambling.scan_urls(urls) == ()


def test_sitemap_url_scan_stops_after_its_bound() -> None:
    clean = [f"https://bekasikota.go.id/berita/{n}" for n in range(20_000)]
    assert sitemap_gambling.scan_urls([*clean, "https://bekasikota.go.id/slot-gacor"]) == ()
    assert sitemap_gambling.scan_urls([*clean[:19_999], "https://bekasikota.go.id/slot-gacor"]) != ()


def test_sitemap_locs_and_lastmods_are_read_together() -> None:
    sitemap = (
        b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc> https://x.go.id/a </loc>"
        b"<lastmod>2026-11-20</lastmod></url><url><loc>https://x.go.id/b</loc></url></urlset>"
    )
    read = freshness.read_sitemap(sitemap)
    assert read.urls == ("https://x.go.id/a", "https://x.go.id/b")
    assert read.lastmods == (datetime(2026, 11, 20, tzinfo=UTC),)
    assert freshness.read_sitemap(b"<not xml") == freshness.Sitemap((), ())


def test_cloaking_only_when_the_crawler_alone_sees_gambling() -> None:
    bot = (Finding("judi_online", "kritis", "slot gacor", "title"),)
    assert cloaking.compare((), bot)[0].code == "cloaking_googlebot"
    assert cloaking.compare(bot, bot) == ()
    assert cloaking.compare((), ()) == ()


def test_hostile_page_with_many_hidden_elements_is_parsed() -> None:
    html = "<body>" + "<div style='display:none'><span style='display:none'>x</span></div>" * 5000 + "</body>"
    assert len(parse_page(html, "/").hidden_texts) <= 2000


# --- domain, TLS, login, schedule, maintenance ----------------------------------------------------


def test_domain_compliance_with_default_and_configured_suffixes() -> None:
    assert domain.compliant("dinkes.bekasikota.go.id")
    assert not domain.compliant("bekasikota-go.id")
    assert not domain.compliant("go.id.evil.com")
    assert domain.compliant("dinkes.bekasikota.go.id", ["bekasikota.go.id"])
    assert not domain.compliant("kemkes.go.id", ["bekasikota.go.id"])
    assert domain_check.findings("10.0.0.1")[0].code == "domain_bukan_go_id"
    assert "bekasi.web.id" in domain_check.findings("kotacerdas.bekasi.web.id")[0].evidence


def test_tls_expiry_thresholds() -> None:
    soon = tls.facts_from_certificate(NOW + timedelta(days=20), "CA", NOW)
    later = tls.facts_from_certificate(NOW + timedelta(days=200), "CA", NOW)
    assert [f.severity for f in tls_check.findings(soon)] == ["sedang"]
    assert tls_check.findings(later) == ()
    assert tls_check.findings(tls.facts_from_certificate(NOW + timedelta(days=3), "CA", NOW))[0].severity == "tinggi"


def test_tls_errors_get_stable_codes() -> None:
    assert tls.error_code("certificate verify failed: certificate has expired") == "sertifikat_kedaluwarsa"
    facts = tls.facts_from_error("Hostname mismatch, certificate is not valid for 'x'")
    assert (facts.error, facts.hostname_match) == ("nama_host_tidak_cocok", False)


SPEC = LoginSpec(
    url="https://sso.bekasikota.go.id/login",
    username_field="email",
    password_field="sandi",
    username_secret="env:PANTAU_APP_SECRET_U",
    password_secret="env:PANTAU_APP_SECRET_P",
    success_marker="Keluar",
    failure_marker="salah",
)


def test_login_form_carries_hidden_fields_and_csrf_token() -> None:
    html = (
        "<form action='/cari'><input name=q></form><form method=POST action='/masuk'>"
        "<input type=hidden name=_csrf value=abc><input name=email><input type=password name=sandi>"
        "<input type=checkbox name=ingat checked value=1><input type=submit name=go value=Masuk></form>"
    )
    form = login.find_form(html, SPEC.url, SPEC)
    assert form.action == "https://sso.bekasikota.go.id/masuk" and form.method == "post"
    assert login.submission(form, SPEC, "u", "p") == [
        ("_csrf", "abc"),
        ("ingat", "1"),
        ("go", "Masuk"),  # the default button, as a browser sends it
        ("email", "u"),
        ("sandi", "p"),
    ]


def test_login_page_without_the_password_field_is_an_error() -> None:
    with pytest.raises(login.LoginFormMissingError):
        login.find_form("<form><input name=x></form>", SPEC.url, SPEC)


def test_login_outcome_from_markers() -> None:
    assert login.decide(SPEC, login.Answer(200, "https://x/", "Halo, Keluar")).result == "berhasil"
    assert login.decide(SPEC, login.Answer(200, "https://x/", "Password salah. Keluar")).result == "gagal"
    assert login.decide(SPEC, login.Answer(200, "https://x/", "Halo")).reason == "penanda berhasil tidak ditemukan"
    assert login.decide(SPEC, login.Answer(419, "https://x/", "")).result == "gagal"


def test_jitter_is_stable_per_app_and_within_the_fraction() -> None:
    assert schedule.jitter_s("dinkes-web", 300) == schedule.jitter_s("dinkes-web", 300)
    offsets = {schedule.jitter_s(f"app-{i}", 300) for i in range(50)}
    assert all(0 <= o < 30 for o in offsets) and len(offsets) == 50


def test_apps_are_due_after_their_interval_plus_jitter() -> None:
    last = {"a": NOW - timedelta(seconds=400), "b": NOW - timedelta(seconds=100)}
    due = schedule.due_now({"a": 300, "b": 300, "c": 60}, last, NOW)
    assert due == ["c", "a"] or set(due) == {"a", "c"}
    assert "b" not in due


def test_round_reports_apps_without_a_result() -> None:
    assert schedule.round_missing(["a", "b", "c"], ["b"]) == ["a", "c"]


def test_weekly_and_one_off_maintenance_windows() -> None:
    windows = parse_windows(
        [
            {"days": ["selasa"], "from": "09:00", "to": "11:00"},
            {"start": "2026-12-01T00:00:00+07:00", "end": "2026-12-01T06:00:00+07:00"},
        ]
    )
    assert in_maintenance(windows, NOW)  # Tuesday 10:00 WIB
    assert not in_maintenance(windows, NOW + timedelta(hours=3))
    assert in_maintenance(windows, datetime(2026, 11, 30, 20, 0, tzinfo=UTC))
    with pytest.raises(ValueError):
        parse_windows([{"days": ["funday"], "from": "09:00", "to": "10:00"}])


def test_commit_position_stops_at_the_oldest_unfinished_request() -> None:
    from pantau_checker.core.offsets import InFlightOffsets

    offsets = InFlightOffsets()
    for offset in (10, 11, 12):
        offsets.started("p0", offset)
    offsets.finished("p0", 11)
    offsets.finished("p0", 12)
    assert offsets.committable() == {"p0": 10}  # 10 is still being checked: redeliver from there
    offsets.finished("p0", 10)
    assert offsets.committable() == {"p0": 13}
    offsets.forget(["p0"])
    assert offsets.committable() == {}


def test_a_flood_of_harmless_words_cannot_hide_spam_at_the_end_of_a_page() -> None:
    flood = "<p>Berita 12 Mei 2025 tentang judi dan togel</p><a href=/a>tautan</a>" * 20000
    assert ("judi_online", "visible") in codes(f"<body>{flood}<p>daftar slot gacor</p></body>")


def test_fingerprint_unchanged_beyond_the_maximum_age_is_tidak_update() -> None:
    old = freshness.decide([], NOW, 30, None, NOW - timedelta(days=45))
    young = freshness.decide([], NOW, 30, None, NOW - timedelta(days=3))
    assert (old.result, old.evidence) == ("tidak_update", "fingerprint")
    assert young.result == "tidak_diketahui"


def test_a_full_status_event_survives_the_wire_codec() -> None:
    from pantau_contracts.codec import decode, encode, envelope
    from pantau_contracts.status import ApplicationChecked, ContentFreshness, LoginResult, Timings, TlsFacts

    event = ApplicationChecked(
        app_id="disdik-web",
        pd_id="disdik",
        url="https://disdik.bekasikota.go.id/",
        checked_at=NOW,
        availability="aktif",
        timings=Timings(120.5, 1.0, 2.0, 30.0, 80.0),
        cycle_id="c-1",
        http_status=200,
        final_url="https://disdik.bekasikota.go.id/beranda",
        login=LoginResult("berhasil"),
        content=ContentFreshness("update", "page_date", NOW - timedelta(days=2), "umur 2 hari"),
        tls=TlsFacts(True, 80, NOW + timedelta(days=80), "BSrE", True),
        findings=(Finding("judi_online", "kritis", "slot gacor", "hidden"),),
        attempts=2,
        confirmed_availability="aktif",
        status_changed=False,
        in_maintenance=True,
    )
    assert decode(encode(envelope(event, source="/t", subject=event.app_id))).data == event
