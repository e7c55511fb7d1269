"""The registry's journey through the web, in a real Chromium against all four services and the
demo fleet: the admin registers a new application of Kecamatan Jatiasih and an operator account
for that Kecamatan through the forms; "Periksa Sekarang" has it checked; it shows on the status
board with its result and in both Excel downloads (the registry, and the check results); the new
operator signs in with the temporary password, must choose a new one first, and then sees only
its own Kecamatan."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import openpyxl
import pytest
from pantau_testing import eventually, query, reload_fresh
from playwright.sync_api import BrowserContext, Download, Page, expect

from pantau_contracts.vocabulary import AVAILABILITY_LABELS

pytestmark = pytest.mark.e2e

DEPARTMENT = "kec-jatiasih"
DEPARTMENT_NAME = "Kecamatan Jatiasih"
FLEET_HOST = "jatiasih.bekasikota.go.id"  # a healthy site of the demo fleet
APP = {
    "id": "kec-jatiasih-layanan-surat",
    "nama": "Layanan Surat Kecamatan Jatiasih",
    "klasifikasi": "layanan_publik",
    "unit_pengembang": "Seksi Pelayanan Kecamatan Jatiasih",
    "tahun_operasi": "2022",
    "penanggung_jawab": "Sekretaris Kecamatan Jatiasih",
}
OPERATOR = {"username": "operator.jatiasih", "nama": "Rahmat Hidayat, S.Kom.", "email": "operator@jatiasih.go.id"}
NEW_PASSWORD = "jatiasih-sandi-baru-2025"
CHECK_WAIT_S = 60  # bound on the check after the workflow accepted "Periksa Sekarang": checker round trip
ACTIVE = AVAILABILITY_LABELS["aktif"]


@pytest.fixture
def app_url(stack) -> str:  # type: ignore[no-untyped-def]
    """Return the new application's address: the fleet's healthy Jatiasih site, by its host name."""
    return f"http://{FLEET_HOST}:{urlsplit(stack.fleet_url).port}/"


@pytest.fixture
def guest(browser, stack) -> Iterator[BrowserContext]:  # type: ignore[no-untyped-def]
    """Return a browser context with no one signed in (the new operator's own browser)."""
    context = browser.new_context(base_url=stack.url, locale="id-ID")
    yield context
    context.close()


def add_application(page: Page, app_url: str) -> None:
    """Fill the registry form as an editor does and save it."""
    page.goto("/registri")
    page.get_by_test_id("tambah-aplikasi").click()
    form = page.get_by_test_id("app-form")
    for name in ("id", "nama", "unit_pengembang", "tahun_operasi", "penanggung_jawab"):
        form.locator(f"[name={name}]").fill(APP[name])
    form.locator("[name=url]").fill(app_url)
    form.locator("[name=pd]").select_option(DEPARTMENT)
    form.locator("[name=klasifikasi]").select_option(APP["klasifikasi"])
    host, port = urlsplit(app_url).hostname, urlsplit(app_url).port
    form.locator("[name=resolve]").fill(f"{host}:{port}:127.0.0.1")
    form.get_by_test_id("simpan").click()
    expect(page).to_have_url(re.compile(rf"/aplikasi/{APP['id']}$"))
    expect(page.locator("h1")).to_contain_text(APP["nama"])


def add_operator(page: Page) -> str:
    """Create the Kecamatan's operator account; return the temporary password shown once."""
    page.goto("/pengguna")
    page.get_by_test_id("new-user").click()
    for name in ("username", "nama", "email"):
        page.locator(f"[name={name}]").fill(OPERATOR[name])
    page.locator("[name=role]").select_option("operator_pd")
    page.locator("[name=pd_id]").select_option(DEPARTMENT)
    page.get_by_test_id("save").click()
    shown = page.get_by_test_id("temporary-password")
    expect(shown).to_be_visible()
    return shown.inner_text().strip()


def check_now(page: Page, db: str) -> None:
    """Press "Periksa Sekarang" on the application's page and wait for the new result to be stored."""
    before = len(results_of(db))
    page.goto(f"/aplikasi/{APP['id']}")
    page.get_by_test_id("periksa-sekarang").click()
    expect(page.get_by_test_id("accepted")).to_be_visible(timeout=60_000)
    eventually(lambda: len(results_of(db)) > before, timeout=CHECK_WAIT_S, what=f"a new check of {APP['id']}")


def results_of(db: str) -> list[dict[str, Any]]:
    return query(db, "SELECT availability FROM check_results WHERE app_id = %s ORDER BY checked_at", (APP["id"],))


def downloaded_sheet(page: Page, test_id: str, sheet: str) -> list[dict[str, Any]]:
    """Download a workbook by clicking its link; return the rows of ``sheet`` keyed by the header."""
    with page.expect_download() as started:
        page.get_by_test_id(test_id).click()
    download: Download = started.value
    assert download.suggested_filename.endswith(".xlsx")
    book = openpyxl.load_workbook(io.BytesIO(Path(download.path()).read_bytes()), read_only=True)
    header, *rows = book[sheet].iter_rows(values_only=True)
    return [dict(zip(header, row, strict=False)) for row in rows]


def sign_in_first_time(context: BrowserContext, temporary: str) -> Page:
    """Sign in with the temporary password, which must be replaced before anything else."""
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto("/masuk")
    page.fill("input[name=username]", OPERATOR["username"])
    page.fill("input[name=password]", temporary)
    page.click("button[type=submit]")
    expect(page.get_by_test_id("must-change")).to_be_visible()
    page.goto("/perangkat-daerah")  # nothing else opens before the new password
    expect(page.get_by_test_id("must-change")).to_be_visible()
    page.fill("input[name=current]", temporary)
    page.fill("input[name=new]", NEW_PASSWORD)
    page.fill("input[name=repeated]", NEW_PASSWORD)
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("who")).to_contain_text(DEPARTMENT_NAME)
    return page


def test_an_admin_registers_an_application_and_an_operator_and_both_work_end_to_end(
    stack, sign_in, guest, settings, app_url
):
    db = settings.database_url
    admin = sign_in("admin")
    page = admin.page

    # 1. The admin registers the application and the Kecamatan's operator through the forms.
    add_application(page, app_url)
    temporary = add_operator(page)
    assert query(db, "SELECT pd_id FROM applications WHERE id = %s", (APP["id"],)) == [{"pd_id": DEPARTMENT}]

    # 2. "Periksa Sekarang" has it checked; its page then shows the result.
    check_now(page, db)
    assert results_of(db)[-1]["availability"] == "aktif"
    reload_fresh(page)
    expect(page.get_by_test_id("latest")).to_contain_text(ACTIVE)
    expect(page.get_by_test_id("checks").locator("tbody tr").first).to_contain_text(ACTIVE)

    # 3. The status board finds it, with its result.
    page.goto("/aplikasi")
    page.get_by_role("searchbox").fill(APP["nama"])
    page.get_by_role("searchbox").press("Enter")
    row = page.locator("tbody tr").filter(has_text=APP["nama"])
    expect(row).to_have_count(1)
    expect(row).to_contain_text(ACTIVE)
    expect(row).to_contain_text(DEPARTMENT_NAME)

    # 4. Both Excel downloads hold it: the registry (it imports back) and the check results.
    page.goto("/registri")
    registry = {r["id"]: r for r in downloaded_sheet(page, "ekspor-xlsx", "applications")}
    assert registry[APP["id"]]["pd"] == DEPARTMENT and registry[APP["id"]]["url"] == app_url
    assert registry[APP["id"]]["nama"] == APP["nama"]
    assert registry[APP["id"]]["unit_pengembang"] == APP["unit_pengembang"]
    page.goto("/aplikasi")
    checked = [r for r in downloaded_sheet(page, "hasil-xlsx", "hasil_pemeriksaan") if r["aplikasi"] == APP["id"]]
    assert checked and {r["status"] for r in checked} == {ACTIVE}
    assert {r["perangkat_daerah"] for r in checked} == {DEPARTMENT}

    # 5. The new operator must replace the temporary password, then sees its own Kecamatan only.
    own = sign_in_first_time(guest, temporary)
    mine = {a["nama"] for a in stack.registry["applications"] if a["pd"] == DEPARTMENT} | {APP["nama"]}
    shown = own.locator("main table").filter(has_text=APP["nama"]).locator("tbody tr th")
    expect(shown).to_have_count(len(mine))
    assert {name.strip() for name in shown.all_inner_texts()} == mine
    others = next(a["id"] for a in stack.registry["applications"] if a["pd"] != DEPARTMENT)
    assert own.goto(f"/aplikasi/{others}").status == 404
    assert own.goto("/aplikasi").status == 404  # the citywide board is the officials'
    api = guest.request.get("/api/aplikasi")
    assert api.ok and {a["pd_id"] for a in api.json()["aplikasi"]} == {DEPARTMENT}
    assert own.goto(f"/aplikasi/{APP['id']}").ok
