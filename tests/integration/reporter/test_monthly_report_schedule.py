"""The monthly Wali Kota report as an official document: made once a month by the worker's check,
signed like the nota (by the worker with the demo CA), delivered like it, a failed delivery tried
again and then shown with its reason."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pantau_testing import eventually, password_hash
from reporter_it import Seeded, rows

from pantau_common.db import connect
from pantau_common.settings import Settings
from pantau_reporter.bootstrap import build_reporter
from pantau_reporter.monthly import FIRST_RETRY, MonthlyReporter
from pantau_reporter.monthly_worker import check_monthly, run_monthly
from pantau_reporter.store_pg import PostgresDocuments
from pantau_reporter.verification import verify_pdf
from pantau_reporter.web import create_app
from pantau_web import create_app as web_app

pytestmark = pytest.mark.integration
DUE = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 1 December, 08.00 WIB: November's report is due
BEFORE_DUE = datetime(2026, 11, 30, 23, 59, tzinfo=UTC)  # 1 December, 06.59 WIB


@pytest.fixture
def monthly(settings: Settings, seeded: Seeded) -> MonthlyReporter:
    return build_reporter(settings).monthly


def _reports(url: str) -> list[dict]:
    return rows(url, "SELECT * FROM monthly_reports ORDER BY bulan")


def _documents(url: str) -> list[dict]:
    return rows(url, "SELECT id, version, signed, meta FROM documents WHERE kind = 'laporan_walikota' ORDER BY id")


def test_the_report_is_made_once_a_month_even_when_checked_again_and_by_workers_at_once(
    settings: Settings, monthly: MonthlyReporter
) -> None:
    url = settings.database_url
    check_monthly(url, monthly, BEFORE_DUE)
    assert _reports(url) == []

    workers = [threading.Thread(target=check_monthly, args=(url, monthly, DUE)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    check_monthly(url, monthly, DUE + timedelta(hours=1))
    check_monthly(url, monthly, DUE + timedelta(days=20))

    [report] = _reports(url)
    assert report["bulan"] == "2026-11" and report["state"] == "terkirim"
    drafts = [d for d in _documents(url) if not d["signed"]]
    signed = [d for d in _documents(url) if d["signed"]]
    assert len(drafts) == 1 and len(signed) == 1
    assert drafts[0]["meta"]["bulan"] == "2026-11" and signed[0]["id"] == report["signed_id"]

    check_monthly(url, monthly, datetime(2027, 1, 1, 1, 0, tzinfo=UTC))  # the next month: its own report
    assert [r["bulan"] for r in _reports(url)] == ["2026-11", "2026-12"]


def test_the_workers_side_task_checks_until_it_is_stopped(settings: Settings, monthly: MonthlyReporter) -> None:
    async def side_task() -> None:
        stop = asyncio.Event()
        task = asyncio.create_task(run_monthly(settings, monthly, stop, every_s=0.05, clock=lambda: DUE))
        await asyncio.to_thread(
            eventually, lambda: [r["state"] for r in _reports(settings.database_url)] == ["terkirim"], timeout=60
        )
        stop.set()
        await asyncio.wait_for(task, timeout=30)

    asyncio.run(side_task())
    assert len(_documents(settings.database_url)) == 2  # checked again and again, made once


def test_with_the_demo_ca_the_worker_signs_it_verifiably_and_delivers_it_with_the_receipt(
    settings: Settings, monthly: MonthlyReporter
) -> None:
    url = settings.database_url
    check_monthly(url, monthly, DUE)

    [report] = _reports(url)
    assert report["state"] == "terkirim" and report["channel"] == "kotak_masuk"
    with connect(url) as conn:
        signed = PostgresDocuments(conn).by_id(report["signed_id"])
        assert signed is not None and signed.signed
        verdict = verify_pdf(PostgresDocuments(conn), signed.content, _roots(settings))
    assert verdict.asli, verdict.pesan
    assert signed.meta["verify_url"].endswith(f"/verifikasi/{signed.id}")  # what its QR code opens
    page = create_app(settings).test_client().get(f"/verifikasi/{signed.id}").get_data(as_text=True)
    assert "DOKUMEN ASLI" in page and "Laporan Wali Kota bulan 2026-11" in page

    inbox = Path(settings.data_dir) / "kotak-masuk-walikota"
    delivered = inbox / f"{report['receipt']}.pdf"
    assert delivered.read_bytes() == signed.content


def test_a_failed_delivery_is_tried_again_later_then_shown_with_its_reason(
    settings: Settings, seeded: Seeded, monthly: MonthlyReporter
) -> None:
    url = settings.database_url
    inbox = Path(settings.data_dir) / "kotak-masuk-walikota"
    inbox.parent.mkdir(parents=True, exist_ok=True)
    inbox.write_text("not a folder")  # the Wali Kota's inbox is unreachable

    check_monthly(url, monthly, DUE)
    [first] = _reports(url)
    assert (first["state"], first["attempts"]) == ("ditandatangani", 1) and first["reason"]
    assert first["retry_at"] == DUE + FIRST_RETRY

    check_monthly(url, monthly, DUE + FIRST_RETRY / 2)  # not yet due again
    assert _reports(url)[0]["attempts"] == 1
    at = DUE
    for _ in range(3):
        at = _reports(url)[0]["retry_at"]
        check_monthly(url, monthly, at)
    [last] = _reports(url)
    assert (last["state"], last["attempts"], last["retry_at"]) == ("gagal_kirim", 4, None)
    assert at - DUE == FIRST_RETRY * (1 + 2 + 4)  # the delay doubles
    assert last["reason"] == "saluran pengiriman tidak dapat dipakai (File exists)"

    inbox.unlink()
    check_monthly(url, monthly, at + timedelta(days=1))  # given up: no longer tried by itself
    assert _reports(url)[0]["state"] == "gagal_kirim" and not inbox.exists()

    page = _officials_page(settings, seeded)
    assert "Gagal dikirim" in page and "Pengiriman gagal 4 kali" in page and last["reason"] in page


def _officials_page(settings: Settings, seeded: Seeded) -> str:
    """Return the monthly reports' page as the Kepala Bidang sees it on the web."""
    rows(
        settings.database_url,
        "UPDATE users SET password_hash = %s WHERE id = %s RETURNING id",
        (password_hash("sandi-kabid-123"), seeded.users["kabid"]),
    )
    web = web_app(settings)
    client = web.test_client()
    login = client.get("/masuk").get_data(as_text=True)
    token = login.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    client.post("/masuk", data={"username": "kabid", "password": "sandi-kabid-123", "csrf_token": token})
    page = client.get("/laporan/bulanan").get_data(as_text=True)
    web.extensions["pantau_pool"].close()
    return str(page)


def _roots(settings: Settings) -> list:
    from pantau_reporter.signing import LocalDemoSigner

    return LocalDemoSigner(Path(settings.data_dir) / "demo-ca").trust_roots()
