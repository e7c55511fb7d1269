"""An HTTP 200 is not proof that the application is there: pages in its place, through a whole check.

Real HTTP servers on 127.0.0.1 serve what stands in an application's place (a default page, a
"not found" page, a maintenance notice, a directory listing, an error, a parked domain), each
dated recently, so that a check which took it for the application would call it aktif and
update. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio
from email.utils import format_datetime

import framework_pages as frameworks
import pytest
import stand_in_pages as pages
from checker_servers import Reply, Request, check, make_checker
from vendor_pages import Site, days_ago, department_page, tanggal

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked
from pantau_contracts.vocabulary import REASON_LABELS

HOST = "dinkes.bekasikota.go.id"


def app(port: int) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/")


def fresh(headers: dict[str, str] | None = None) -> dict[str, str]:
    """Return headers that date the page yesterday, as a server does for a file it just wrote."""
    return {"Last-Modified": format_datetime(days_ago(1), usegmt=True), **(headers or {})}


def assert_not_the_app(event: ApplicationChecked, reason: str) -> None:
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", reason, 200)
    assert reason in REASON_LABELS
    assert event.content.result == "tidak_diketahui"
    assert (event.content.detail or "").startswith("halaman bukan aplikasi: ")
    assert event.content.last_changed is None


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        (pages.NGINX, "Welcome to nginx!"),
        (pages.apache_default("Ubuntu"), "Apache2 Ubuntu Default Page"),
        (pages.IIS, "IIS Windows Server"),
        (pages.CPANEL_DEFAULT, "Default Web Site Page"),
        (pages.AAPANEL, "the site is created successfully"),
    ],
)
def test_a_default_page_dated_yesterday_is_halaman_bawaan_and_not_update(site, html, quoted):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html, fresh()))
    event = check(make_checker(site.port), app(site.port))
    assert_not_the_app(event, "halaman_bawaan")
    assert quoted in (event.content.detail or "")
    assert event.findings == ()


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        (frameworks.XAMPP_DASHBOARD, "Welcome to XAMPP"),
        (frameworks.LARAVEL_WELCOME_11, "Laravel has wonderful documentation"),
        (frameworks.CODEIGNITER4_WELCOME, "Welcome to CodeIgniter"),
        (frameworks.PHPINFO, "phpinfo()"),
        (frameworks.wordpress_fresh_install("id"), "Selamat datang di WordPress"),
    ],
)
def test_a_frameworks_first_page_dated_today_is_halaman_bawaan_and_not_update(site, html, quoted):  # type: ignore[no-untyped-def]
    # The WordPress sample post is dated today, and WordPress's API would say so too.
    site.route("*", "/", Reply(200, html, fresh()))
    event = check(make_checker(site.port), app(site.port))
    assert_not_the_app(event, "halaman_bawaan")
    assert quoted in (event.content.detail or "")


def test_a_coming_soon_placeholder_with_its_countdown_is_dalam_pemeliharaan(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, frameworks.under_construction("id"), fresh()))
    event = check(make_checker(site.port), app(site.port))
    assert_not_the_app(event, "dalam_pemeliharaan")
    assert "Segera Hadir" in (event.content.detail or "")


def test_a_default_page_is_not_retried(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, pages.NGINX))
    event = check(make_checker(site.port, retries=2), app(site.port))
    assert (event.reason, event.attempts) == ("halaman_bawaan", 1)


def test_a_wordpress_themes_not_found_page_with_its_whole_layout_is_a_soft_404(site):  # type: ignore[no-untyped-def]
    theme = Site(title="Page not found – Dinas Kesehatan Kota Bekasi", main=pages.WORDPRESS_NOT_FOUND)
    site.route("*", "/", Reply(200, department_page(theme)))
    event = check(make_checker(site.port), app(site.port))
    assert_not_the_app(event, "halaman_tidak_ditemukan")
    assert "Page not found" in (event.content.detail or "")


def test_a_maintenance_notice_with_its_end_date_is_dalam_pemeliharaan_and_its_date_no_content(site):  # type: ignore[no-untyped-def]
    notice = pages.maintenance_id(f"{tanggal(days_ago(1))} pukul 08.00 WIB")
    site.route("*", "/", Reply(200, notice, fresh()))
    event = check(make_checker(site.port), app(site.port))
    assert_not_the_app(event, "dalam_pemeliharaan")
    assert "Perbaikan" in (event.content.detail or "")


def test_a_maintenance_notice_is_retried_and_the_application_back_is_aktif(site):  # type: ignore[no-untyped-def]
    asked = {"n": 0}

    def answer(request: Request) -> Reply:
        # The first attempt's own fetch meets the notice; the views a check asks for (as Googlebot, as
        # a phone) see whatever the site shows at the time.
        agent = request.headers.get("User-Agent", "")
        asked["n"] += "Googlebot" not in agent and "Mobile" not in agent
        return Reply(200, pages.WORDPRESS_MAINTENANCE if asked["n"] <= 1 else department_page())

    site.route("*", "/", answer)
    event = check(make_checker(site.port, retries=1), app(site.port))
    assert (event.availability, event.attempts, event.content.result) == ("aktif", 2, "update")


def test_a_directory_listing_with_recent_file_dates_is_daftar_direktori(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, pages.apache_listing(HOST), fresh()))
    event = check(make_checker(site.port), app(site.port))
    assert_not_the_app(event, "daftar_direktori")


def test_a_codeigniter_database_error_page_is_galat_aplikasi_and_is_retried(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, pages.CODEIGNITER_DB_ERROR, fresh()))
    event = check(make_checker(site.port, retries=1), app(site.port))
    assert_not_the_app(event, "galat_aplikasi")
    assert event.attempts == 2
    assert "A Database Error Occurred" in (event.content.detail or "")
    assert "galat_aplikasi_tampil" not in {f.code for f in event.findings}  # the reason says it already


def test_a_parked_domain_is_domain_parkir(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, pages.sedo_parked(), fresh()))
    event = check(make_checker(site.port), app(site.port))
    assert_not_the_app(event, "domain_parkir")


def test_a_php_warning_on_a_rendered_department_page_is_a_finding_and_the_app_stays_aktif(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(body_top=pages.php_warning()))))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
    [finding] = [f for f in event.findings if f.code == "galat_aplikasi_tampil"]
    assert (finding.severity, finding.category) == ("sedang", "keamanan")
    assert "/var/www/html/dinkes/widget/agenda.php on line 27" in finding.evidence


def test_the_healthy_department_page_stays_aktif_update_without_a_finding(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page()))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
    assert event.findings == ()


def test_a_page_in_the_applications_place_leaves_its_content_fingerprint_alone(site):  # type: ignore[no-untyped-def]
    # Dates could settle freshness without the fingerprint, so the pages here have none.
    showing = {"page": department_page(Site(news=[]))}
    site.route("*", "/", lambda _r: Reply(200, showing["page"]))
    checker, spec = make_checker(site.port, off=("cloaking",)), app(site.port)
    check(checker, spec)
    before = asyncio.run(checker.state.load(spec.id))
    showing["page"] = pages.NGINX
    check(checker, spec)
    during = asyncio.run(checker.state.load(spec.id))
    showing["page"] = department_page(Site(news=[]))
    back = check(checker, spec)
    after = asyncio.run(checker.state.load(spec.id))
    assert before.fingerprint is not None
    assert during.fingerprint == after.fingerprint == before.fingerprint
    assert after.fingerprint_changed_at is None
    assert back.content.evidence != "fingerprint"
