"""Each check against real HTTP and HTTPS servers on 127.0.0.1 (no Kafka, no PostgreSQL)."""

from __future__ import annotations

import asyncio
import gzip
import json
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from checker_servers import (
    QUICK,
    Reply,
    Request,
    app_secret,
    brotli_bomb,
    closed_port,
    gzip_bomb,
    html_page,
    make_checker,
)
from vendor_pages import tanggal

from pantau_checker.core.dates import WIB
from pantau_checker.http import DnsLookupError
from pantau_common.registry.model import AppSpec
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked


def app(
    port: int, host: str = "dinkes.bekasikota.go.id", path: str = "/", scheme: str = "http", **config: object
) -> AppSpec:
    return AppSpec(
        id="dinkes-web",
        pd_id="dinkes",
        nama="Website Dinkes",
        url=f"{scheme}://{host}:{port}{path}",
        config=config,
    )


def check(checker, spec: AppSpec) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    return asyncio.run(checker.check(spec))


def days_ago(n: int) -> datetime:
    return datetime.now(UTC) - timedelta(days=n)


def indonesian(day: datetime) -> str:
    return tanggal(day, with_weekday=True)


# --- availability -------------------------------------------------------------------------------


def test_healthy_site_is_aktif_with_status_final_url_and_timings(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Dinkes", f"<p>{indonesian(days_ago(1))}</p>")))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.reason, event.http_status) == ("aktif", None, 200)
    assert event.final_url == f"http://dinkes.bekasikota.go.id:{site.port}/"
    assert event.timings.total_ms > 0 and event.timings.connect_ms is not None
    assert event.timings.first_byte_ms is not None


@pytest.mark.parametrize(("status", "reason"), [(503, "http_5xx"), (500, "http_5xx"), (404, "http_4xx")])
def test_error_status_is_tidak_aktif_with_its_reason(site, status, reason):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(status, "<h1>galat</h1>"))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", reason, status)


def test_refused_connection_is_koneksi_ditolak():  # type: ignore[no-untyped-def]
    port = closed_port()
    event = check(make_checker(port), app(port))
    assert (event.availability, event.reason) == ("tidak_aktif", "koneksi_ditolak")


def test_unresolvable_host_is_dns_gagal():  # type: ignore[no-untyped-def]
    async def nxdomain(host: str, port: int) -> list[str]:
        raise DnsLookupError(f"{host}: Name or service not known")

    checker = make_checker(1, resolve=())
    checker._resolver = nxdomain  # the only stand-in: no DNS query leaves the machine
    event = check(checker, app(80, host="hilang.bekasikota.go.id"))
    assert (event.availability, event.reason) == ("tidak_aktif", "dns_gagal")


def test_slow_site_times_out(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, "lambat", delay_s=10))
    event = check(make_checker(site.port, limits=QUICK), app(site.port))
    assert (event.availability, event.reason) == ("tidak_aktif", "waktu_habis")


def test_trickling_site_is_cut_off_by_the_total_time_limit(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, "x" * 200, trickle_s=0.1))  # 20 s in total, each byte well in time
    event = check(make_checker(site.port, limits=QUICK), app(site.port))
    assert (event.availability, event.reason) == ("tidak_aktif", "waktu_habis")


def test_redirect_loop_ends_as_too_many_redirects(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(302, "", {"Location": "/a"}))
    site.route("*", "/a", Reply(302, "", {"Location": "/"}))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.reason) == ("tidak_aktif", "terlalu_banyak_redirect")
    assert len(site.requests) == 11  # the first request and ten redirects, then it stops


def _brotli(data: bytes) -> bytes:
    import brotli

    compressed: bytes = brotli.compress(data)
    return compressed


@pytest.mark.parametrize(("encoding", "bomb"), [("gzip", gzip_bomb), ("br", brotli_bomb)])
def test_compression_bomb_is_stopped_at_the_body_limit(site, encoding, bomb):  # type: ignore[no-untyped-def]
    body = bomb(50_000_000)
    assert len(body) < 100_000
    site.route("*", "/", Reply(200, body, {"Content-Encoding": encoding}))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.reason) == ("tidak_aktif", "respons_terlalu_besar")


@pytest.mark.parametrize(("encoding", "compress"), [("gzip", gzip.compress), ("br", _brotli)])
def test_compressed_page_is_asked_for_and_read_within_the_limit(site, encoding, compress):  # type: ignore[no-untyped-def]
    body = compress(html_page("Dinkes", f"<p>{indonesian(days_ago(2))}</p>").encode())
    site.route("*", "/", Reply(200, body, {"Content-Encoding": encoding}))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.content.result) == ("aktif", "update")
    assert encoding in site.requests[0].headers["Accept-Encoding"].replace(" ", "").split(",")


def test_redirect_is_followed_and_final_url_recorded(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(301, "", {"Location": "/beranda"}))
    site.route("*", "/beranda", Reply(200, html_page("Beranda", "ok")))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    assert event.final_url is not None and event.final_url.endswith("/beranda")


def test_retry_turns_a_lost_first_answer_into_aktif(site):  # type: ignore[no-untyped-def]
    answers = iter([Reply(503, "sibuk"), Reply(200, html_page("Dinkes", "ok"))])
    site.route("*", "/", lambda _r: next(answers))
    event = check(make_checker(site.port, retries=2), app(site.port))
    assert (event.availability, event.attempts) == ("aktif", 2)


def test_status_change_is_confirmed_only_after_consecutive_checks(site):  # type: ignore[no-untyped-def]
    state = {"status": 200}
    site.route("*", "/", lambda _r: Reply(state["status"], html_page("Dinkes", "ok")))
    checker, spec = make_checker(site.port, confirm_after=2), app(site.port)
    first = check(checker, spec)
    state["status"] = 503
    blip, confirmed = check(checker, spec), check(checker, spec)
    assert (first.confirmed_availability, first.status_changed) == ("aktif", False)
    assert (blip.availability, blip.confirmed_availability, blip.status_changed) == (
        "tidak_aktif",
        "aktif",
        False,
    )
    assert (confirmed.confirmed_availability, confirmed.status_changed) == ("tidak_aktif", True)


def test_maintenance_window_marks_the_event(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(503, "pemeliharaan"))
    now = datetime.now(UTC)
    window = [{"start": (now - timedelta(hours=1)).isoformat(), "end": (now + timedelta(hours=1)).isoformat()}]
    event = check(make_checker(site.port), app(site.port, maintenance=window))
    assert (event.availability, event.in_maintenance) == ("tidak_aktif", True)


def test_requests_to_one_host_respect_the_per_host_limit(site):  # type: ignore[no-untyped-def]
    lock, state = threading.Lock(), {"now": 0, "peak": 0}

    def counted(_r: Request) -> Reply:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        threading.Event().wait(0.05)
        with lock:
            state["now"] -= 1
        return Reply(200, html_page("Dinkes", "ok"))

    site.route("*", "/", counted)
    checker = make_checker(site.port, per_host=1, off=("cloaking",))
    specs = [
        AppSpec(id=f"a{i}", pd_id="dinkes", nama="A", url=f"http://dinkes.bekasikota.go.id:{site.port}/")
        for i in range(4)
    ]

    async def all_at_once() -> None:
        await asyncio.gather(*(checker.check(s) for s in specs))

    asyncio.run(all_at_once())
    assert state["peak"] == 1


# --- SSRF guard ---------------------------------------------------------------------------------


def test_loopback_is_refused_unless_allow_listed(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, "rahasia"))
    event = check(make_checker(site.port, allow=()), app(site.port))
    assert (event.availability, event.reason) == ("tidak_aktif", "alamat_diblokir")
    assert site.requests == []


def test_internal_app_may_use_a_private_address(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Intranet", "ok")))
    spec = AppSpec(
        id="simpeg",
        pd_id="setda",
        nama="SIMPEG",
        url=f"http://simpeg.bekasikota.go.id:{site.port}/",
        internal=True,
    )
    event = check(make_checker(site.port, allow=()), spec)
    assert event.availability == "aktif"


def test_redirect_to_a_private_or_metadata_address_is_refused(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(302, "", {"Location": "http://169.254.169.254/latest/meta-data/"}))
    site.route("*", "/lan", Reply(302, "", {"Location": "http://10.20.30.40/admin"}))
    checker = make_checker(site.port)
    metadata = check(checker, app(site.port))
    private = check(checker, app(site.port, path="/lan"))
    assert (metadata.availability, metadata.reason) == ("tidak_aktif", "alamat_diblokir")
    assert (private.availability, private.reason) == ("tidak_aktif", "alamat_diblokir")


def test_redirect_to_a_non_http_scheme_is_refused(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(302, "", {"Location": "file:///etc/passwd"}))
    event = check(make_checker(site.port), app(site.port))
    assert event.reason == "alamat_diblokir"


# --- TLS ----------------------------------------------------------------------------------------


def check_secure(tls_site_factory, ca_bundle, *hosts: str, days: int | None = None) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    """Check https://secure.bekasikota.go.id/ served with a certificate for ``hosts``."""
    not_after = None if days is None else datetime.now(UTC) + timedelta(days=days)
    secure = tls_site_factory(*(hosts or ("secure.bekasikota.go.id",)), not_after=not_after)
    secure.route("*", "/", Reply(200, html_page("Aman", "ok")))
    extra = {"ca_bundle": ca_bundle} if ca_bundle else {}
    return check(make_checker(secure.port), app(secure.port, "secure.bekasikota.go.id", scheme="https", **extra))


def test_valid_certificate_from_a_custom_ca_reports_days_to_expiry(tls_site_factory, ca_bundle):  # type: ignore[no-untyped-def]
    event = check_secure(tls_site_factory, ca_bundle, days=90)
    assert event.availability == "aktif"
    assert event.tls is not None and event.tls.valid and event.tls.hostname_match
    assert event.tls.days_to_expiry in (88, 89, 90)
    assert not [f for f in event.findings if f.code.startswith("tls")]


def test_certificate_close_to_expiry_is_a_finding(tls_site_factory, ca_bundle):  # type: ignore[no-untyped-def]
    event = check_secure(tls_site_factory, ca_bundle, days=5)
    assert [(f.code, f.severity) for f in event.findings if f.code.startswith("tls")] == [
        ("tls_segera_kedaluwarsa", "tinggi")
    ]


def test_expired_certificate_is_tls_gagal(tls_site_factory, ca_bundle):  # type: ignore[no-untyped-def]
    event = check_secure(tls_site_factory, ca_bundle, days=-2)
    assert (event.availability, event.reason) == ("tidak_aktif", "tls_gagal")
    assert event.tls is not None and event.tls.error == "sertifikat_kedaluwarsa"
    assert event.tls.days_to_expiry in (-3, -2)  # read from the certificate, unverified


def test_wrong_host_certificate_is_tls_gagal_without_hostname_match(tls_site_factory, ca_bundle):  # type: ignore[no-untyped-def]
    event = check_secure(tls_site_factory, ca_bundle, "lain.example.org")
    assert (event.availability, event.reason) == ("tidak_aktif", "tls_gagal")
    assert event.tls is not None and event.tls.hostname_match is False


@pytest.mark.parametrize("trusted", [True, False], ids=["issued-by-a-ca", "made-by-the-provider"])
def test_a_providers_block_page_met_over_https_is_the_block_list_not_the_sites_certificate(  # type: ignore[no-untyped-def]
    tls_site_factory, ca_bundle, trusted
):
    # The provider's resolver sends the site's name to its landing server, which has its own certificate.
    event = check_secure(
        tls_site_factory, ca_bundle if trusted else None, "internetpositif.id", "www.internetpositif.id"
    )
    assert (event.availability, event.reason) == ("tidak_aktif", "diblokir_daftar_blokir")
    assert event.reason_detail is not None and "TRUST+ Positif (sertifikat internetpositif.id)" in event.reason_detail
    assert event.tls is None  # the provider's certificate says nothing of the department's
    assert not [f for f in event.findings if f.code.startswith("tls")]


def test_unknown_ca_is_tls_gagal_without_the_bundle(tls_site_factory):  # type: ignore[no-untyped-def]
    event = check_secure(tls_site_factory, None)
    assert event.reason == "tls_gagal"


# --- login --------------------------------------------------------------------------------------


def login_site(site) -> None:  # type: ignore[no-untyped-def]
    sessions: dict[str, str] = {}

    def form(_r: Request) -> Reply:
        sid, token = f"s{len(sessions)}", f"csrf-{len(sessions)}-x"
        sessions[sid] = token
        body = html_page(
            "Masuk",
            '<form method="post" action="/login"><input type="hidden" name="_token" '
            f'value="{token}"><input name="user"><input type="password" name="pass">'
            "<button>Masuk</button></form>",
        )
        return Reply(200, body, {"Set-Cookie": f"sid={sid}; Path=/"})

    def post(r: Request) -> Reply:
        sid = r.cookies.get("sid", "")
        if sessions.get(sid) != (r.form.get("_token") or [""])[0]:
            return Reply(419, "token CSRF tidak sah")
        if r.form.get("user") == ["pelaksana"] and r.form.get("pass") == ["rahasia-benar"]:
            return Reply(302, "", {"Location": "/dasbor", "Set-Cookie": "auth=1; Path=/"})
        return Reply(200, html_page("Masuk", "Username atau password salah"))

    site.route("*", "/", Reply(200, html_page("SIMPEG", "<a href=/login>Masuk</a>")))
    site.route("*", "/login", lambda r: form(r) if r.method == "GET" else post(r))
    site.route(
        "*",
        "/dasbor",
        lambda r: (
            Reply(200, html_page("Dasbor", "Selamat datang, Keluar"))
            if r.cookies.get("auth") == "1"
            else Reply(302, "", {"Location": "/login"})
        ),
    )


def login_config(port: int, password_secret: str = "env:PANTAU_APP_SECRET_DEMO_PASS") -> dict[str, str]:
    return {
        "url": f"http://simpeg.bekasikota.go.id:{port}/login",
        "username_field": "user",
        "password_field": "pass",
        "username_secret": "env:PANTAU_APP_SECRET_DEMO_USER",
        "password_secret": password_secret,
        "success_marker": "Selamat datang",
        "failure_marker": "password salah",
    }


def test_login_with_csrf_token_and_right_credentials_succeeds(site):  # type: ignore[no-untyped-def]
    login_site(site)
    event = check(make_checker(site.port), app(site.port, "simpeg.bekasikota.go.id", login=login_config(site.port)))
    assert (event.availability, event.login.result) == ("aktif", "berhasil")
    posted = next(r for r in site.requests if r.method == "POST")
    assert posted.form["_token"][0].startswith("csrf-")


def test_login_with_wrong_credentials_fails_and_makes_the_app_tidak_aktif(site, tmp_path):  # type: ignore[no-untyped-def]
    login_site(site)
    secret = app_secret("salah-sekali")
    spec = app(site.port, "simpeg.bekasikota.go.id", login=login_config(site.port, secret))
    event = check(make_checker(site.port), spec)
    assert (event.availability, event.reason, event.login.result) == ("tidak_aktif", "login_gagal", "gagal")
    assert event.login.reason == "penanda gagal ditemukan"
    published = json.dumps(to_jsonable(event))
    assert "salah-sekali" not in published and "rahasia-benar" not in published


def test_missing_secret_is_a_failed_login_naming_the_reference_only(site):  # type: ignore[no-untyped-def]
    login_site(site)
    spec = app(site.port, "simpeg.bekasikota.go.id", login=login_config(site.port, "env:PANTAU_APP_SECRET_TIDAK_ADA"))
    event = check(make_checker(site.port), spec)
    assert event.login.result == "gagal" and "PANTAU_APP_SECRET_TIDAK_ADA" in (event.login.reason or "")


# --- freshness ----------------------------------------------------------------------------------


def test_fresh_news_page_is_update_from_page_dates(site):  # type: ignore[no-untyped-def]
    body = f"<ul><li>{indonesian(days_ago(3))} Berita</li><li>{days_ago(40):%d/%m/%Y} Lama</li></ul>"
    site.route("*", "/", Reply(200, html_page("Dinkes", body)))
    event = check(make_checker(site.port), app(site.port))
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed is not None
    assert event.content.last_changed.date() == days_ago(3).date()


def test_stale_news_page_is_tidak_update(site):  # type: ignore[no-untyped-def]
    body = f"<ul><li>{indonesian(days_ago(120))} Berita</li><li>{days_ago(200):%Y-%m-%d} Lama</li></ul>"
    site.route("*", "/", Reply(200, html_page("Bapenda", body)))
    event = check(make_checker(site.port), app(site.port))
    assert (event.content.result, event.content.evidence) == ("tidak_update", "page_date")


def test_rss_feed_is_evidence(site):  # type: ignore[no-untyped-def]
    head = '<link rel="alternate" type="application/rss+xml" href="/rss">'
    site.route("*", "/", Reply(200, html_page("Kominfo", "Selamat datang", head)))
    items = "".join(
        f"<item><title>b{i}</title><pubDate>{format_datetime(days_ago(d))}</pubDate></item>"
        for i, d in enumerate((2, 10))
    )
    site.route(
        "*",
        "/rss",
        Reply(
            200,
            f"<rss version='2.0'><channel>{items}</channel></rss>",
            {"Content-Type": "application/rss+xml"},
        ),
    )
    event = check(make_checker(site.port), app(site.port))
    assert (event.content.result, event.content.evidence) == ("update", "feed")


def test_sitemap_lastmod_is_evidence(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Disdukcapil", "Layanan")))
    sitemap = (
        f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>/</loc>"
        f"<lastmod>{days_ago(90):%Y-%m-%d}</lastmod></url></urlset>"
    )
    site.route("*", "/sitemap.xml", Reply(200, sitemap, {"Content-Type": "application/xml"}))
    event = check(make_checker(site.port), app(site.port))
    assert (event.content.result, event.content.evidence) == ("tidak_update", "sitemap")


def test_last_modified_header_is_evidence(site):  # type: ignore[no-untyped-def]
    site.route(
        "*",
        "/",
        Reply(200, html_page("MPP", "Layanan"), {"Last-Modified": format_datetime(days_ago(5), usegmt=True)}),
    )
    event = check(make_checker(site.port), app(site.port))
    assert (event.content.result, event.content.evidence) == ("update", "last_modified")


def test_page_without_dates_is_tidak_diketahui(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Aplikasi", "Selamat datang")))
    event = check(make_checker(site.port), app(site.port))
    assert event.content.result == "tidak_diketahui"


def test_fingerprint_ignores_clocks_and_counters_but_sees_new_content(site):  # type: ignore[no-untyped-def]
    state = {"n": 0, "news": "Berita A"}

    def page(_r: Request) -> Reply:
        state["n"] += 1
        body = (
            f"<div class=jam>{state['n']:02d}:00:{state['n']:02d}</div><p>{state['news']}</p>"
            f"<span class=visitor-counter>{1000 + state['n']}</span>"
            f"<input type=hidden name=_token value=t{state['n']}>"
        )
        return Reply(200, html_page("Kecamatan", body))

    site.route("*", "/", page)
    checker, spec = make_checker(site.port, off=("cloaking",)), app(site.port)
    first, same = check(checker, spec), check(checker, spec)
    state["news"] = "Berita B baru"
    changed = check(checker, spec)
    assert first.content.result == same.content.result == "tidak_diketahui"
    assert (changed.content.result, changed.content.evidence) == ("update", "fingerprint")


# --- defacement, gambling, cloaking, domain --------------------------------------------------------


def findings(event: ApplicationChecked) -> set[tuple[str, str | None]]:
    return {(f.code, f.location) for f in event.findings}


def test_visible_gambling_injection_is_found(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Disdik", "<p>Daftar situs slot gacor maxwin hari ini</p>")))
    event = check(make_checker(site.port), app(site.port))
    assert ("judi_online", "visible") in findings(event)
    finding = next(f for f in event.findings if f.code == "judi_online")
    assert "slot gacor" in finding.evidence and finding.severity == "tinggi"


def test_css_hidden_gambling_injection_is_found_as_hidden(site):  # type: ignore[no-untyped-def]
    head = "<style>.sponsor{position:absolute;left:-9999px}</style>"
    body = (
        "<p>Berita pendidikan</p>"
        "<div class=sponsor><a href='https://x.example/slot-gacor'>slot gacor</a></div>"
        "<span style='display:none'>togel online terpercaya</span>"
    )
    site.route("*", "/", Reply(200, html_page("Disdik", body, head)))
    event = check(make_checker(site.port), app(site.port))
    assert ("judi_online", "hidden") in findings(event)
    assert next(f for f in event.findings if f.location == "hidden").severity == "kritis"
    assert ("judi_online", "visible") not in findings(event)


def test_gambling_in_title_and_meta_is_found(site):  # type: ignore[no-untyped-def]
    head = '<meta name="description" content="RTP live slot gacor maxwin">'
    site.route("*", "/", Reply(200, html_page("SLOT GACOR - Situs Slot", "biasa saja", head)))
    event = check(make_checker(site.port), app(site.port))
    assert {("judi_online", "title"), ("judi_online", "meta")} <= findings(event)


def test_googlebot_only_gambling_is_cloaking(site):  # type: ignore[no-untyped-def]
    def cloaked(r: Request) -> Reply:
        if "Googlebot" in r.headers.get("User-Agent", ""):
            return Reply(200, html_page("SLOT GACOR MAXWIN", "daftar slot gacor"))
        return Reply(200, html_page("Dinas Sosial", "Layanan sosial"))

    site.route("*", "/", cloaked)
    event = check(make_checker(site.port), app(site.port))
    assert ("cloaking_googlebot", "googlebot") in findings(event)
    assert ("judi_online", "visible") not in findings(event)


def test_legitimate_news_about_fighting_judi_online_is_not_an_alarm(site):  # type: ignore[no-untyped-def]
    body = (
        "<article><h2>Pemkot Bekasi berantas judi online</h2><p>Satpol PP dan Polres Metro Bekasi Kota "
        "merazia warung yang menjadi tempat judi online dan togel. Warga diimbau waspada terhadap situs "
        "slot yang kini diblokir Komdigi.</p></article>"
    )
    site.route("*", "/", Reply(200, html_page("Berantas judi online", body)))
    event = check(make_checker(site.port), app(site.port))
    assert [f for f in event.findings if f.code in ("judi_online", "cloaking_googlebot")] == []


def test_gambling_page_listed_in_the_sitemap_is_a_subpath_finding(site):  # type: ignore[no-untyped-def]
    base = f"http://dinkes.bekasikota.go.id:{site.port}"
    locs = ("/profil", "/berita/pemkot-bekasi-perangi-judi-online", "/wp-content/uploads/slot-gacor-maxwin.html")
    urls = "".join(f"<url><loc>{base}{loc}</loc></url>" for loc in locs)
    sitemap = f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"
    site.route("*", "/", Reply(200, html_page("Dinkes", "Layanan kesehatan")))
    site.route("*", "/sitemap.xml", Reply(200, sitemap, {"Content-Type": "application/xml"}))
    event = check(make_checker(site.port, off=("cloaking",)), app(site.port))
    finding = next(f for f in event.findings if f.code == "judi_online_subpath")
    assert (finding.severity, finding.location) == ("kritis", "sitemap.xml")
    assert "slot gacor" in finding.evidence and f"{base}{locs[2]}" in finding.evidence
    assert "perangi" not in finding.evidence and event.availability == "aktif"


def test_sitemap_of_legitimate_news_is_not_a_subpath_finding(site):  # type: ignore[no-untyped-def]
    loc = f"http://dinkes.bekasikota.go.id:{site.port}/berita/pemkot-bekasi-perangi-judi-online"
    sitemap = f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{loc}</loc></url></urlset>"
    site.route("*", "/", Reply(200, html_page("Dinkes", "Layanan kesehatan")))
    site.route("*", "/sitemap.xml", Reply(200, sitemap, {"Content-Type": "application/xml"}))
    event = check(make_checker(site.port, off=("cloaking",)), app(site.port))
    assert any(r.path == "/sitemap.xml" for r in site.requests)
    assert [f for f in event.findings if f.code == "judi_online_subpath"] == []


def test_a_cycle_round_reads_the_sitemap_even_when_the_page_is_dated(site):  # type: ignore[no-untyped-def]
    spam = f"http://dinkes.bekasikota.go.id:{site.port}/?page=togel-online-slot-gacor"
    sitemap = f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{spam}</loc></url></urlset>"
    today = datetime.now(WIB).strftime("%d/%m/%Y")  # Bekasi's day, as the department prints it
    site.route("*", "/", Reply(200, html_page("Dinkes", f"<p>Berita {today}</p>")))
    site.route("*", "/sitemap.xml", Reply(200, sitemap, {"Content-Type": "application/xml"}))
    checker = make_checker(site.port, off=("cloaking",))

    scheduled = check(checker, app(site.port))  # a frequent check: the dated page is evidence enough
    assert not any(r.path == "/sitemap.xml" for r in site.requests)
    assert "judi_online_subpath" not in {f.code for f in scheduled.findings}

    cycle = asyncio.run(checker.check(app(site.port), cycle_id="c-1"))  # the SOP's round: thorough
    assert any(r.path == "/sitemap.xml" for r in site.requests)
    assert "judi_online_subpath" in {f.code for f in cycle.findings}


def test_visible_defacement_is_critical(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, "<html><head><title>Hacked by Anon</title></head><body>HACKED BY x</body>"))
    event = check(make_checker(site.port), app(site.port))
    assert {("defacement", "title"), ("defacement", "visible")} <= findings(event)
    assert all(f.severity == "kritis" for f in event.findings if f.code == "defacement")


def test_non_go_id_host_is_a_domain_finding(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Kota Cerdas", "ok")))
    event = check(make_checker(site.port), app(site.port, host="kotacerdas-bekasi.web.id"))
    assert ("domain_bukan_go_id", "url") in findings(event)
    go_id = check(make_checker(site.port), app(site.port))
    assert ("domain_bukan_go_id", "url") not in findings(go_id)


def test_a_switched_off_check_leaves_no_finding_and_every_finding_carries_its_category(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Slot gacor maxwin", "ok")))
    spec = app(site.port, host="kotacerdas-bekasi.web.id")
    event = check(make_checker(site.port), spec)
    published = to_jsonable(event)["findings"]
    assert {(f["code"], f["category"]) for f in published} == {
        ("domain_bukan_go_id", "kepatuhan"),
        ("judi_online", "keamanan"),
    }
    quiet = check(make_checker(site.port, off=("domain", "defacement")), spec)
    assert quiet.findings == ()


def test_hostile_page_does_not_stall_other_checks(site):  # type: ignore[no-untyped-def]
    site.route("hostile.bekasikota.go.id", "/", Reply(200, "x" * 500, trickle_s=0.05))
    site.route("dinkes.bekasikota.go.id", "/", Reply(200, html_page("Dinkes", "ok")))
    checker = make_checker(site.port)  # roomy limits: only the hostile app has a short one

    async def both() -> list[ApplicationChecked]:
        return list(
            await asyncio.gather(
                checker.check(app(site.port, "hostile.bekasikota.go.id", timeout_s=1)), checker.check(app(site.port))
            )
        )

    hostile, healthy = asyncio.run(both())
    assert hostile.reason == "waktu_habis" and healthy.availability == "aktif"


def test_unrequested_content_encoding_keeps_the_app_aktif_without_content_analysis(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, b"\x28\xb5\x2f\xfdnot-really-zstd", {"Content-Encoding": "zstd"}))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.content.result) == ("aktif", "tidak_diketahui")


def test_each_attempt_has_a_time_budget_across_all_its_fetches(site):  # type: ignore[no-untyped-def]
    from dataclasses import replace as dc_replace

    head = '<link rel="alternate" type="application/rss+xml" href="/rss">'
    site.route("*", "/", Reply(200, html_page("Kominfo", "Selamat datang", head)))
    site.route("*", "/rss", Reply(200, "<rss/>", delay_s=10))
    checker = make_checker(site.port, off=("cloaking",))
    checker.config = dc_replace(checker.config, limits=dc_replace(checker.config.limits, check_budget_s=1.0))
    event = check(checker, app(site.port))
    assert (event.availability, event.content.result) == ("aktif", "tidak_diketahui")
