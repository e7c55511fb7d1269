"""The monthly Wali Kota report with BSrE: made by the worker's check, it waits for the Kepala Dinas,
who signs it on the web with the passphrase (sent once through the signing door to the stand-in
of BSrE's eSign Client); the next check delivers it."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from bsre_stand_in import BsreStandIn, Signer
from pantau_testing import free_port, password_hash
from reporter_it import Seeded, rows
from signing_it import NIK, PASSPHRASE, Door, csrf, with_bsre

from pantau_common.settings import Settings
from pantau_reporter.bootstrap import build_reporter
from pantau_reporter.monthly_worker import check_monthly
from pantau_web import create_app

pytestmark = pytest.mark.integration
DUE = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 1 December, 08.00 WIB


def _report(url: str) -> dict:
    [report] = rows(url, "SELECT * FROM monthly_reports")
    return report


def _sign_form(client, bulan: str, passphrase: str) -> str:  # type: ignore[no-untyped-def]
    page = client.get("/laporan/bulanan").get_data(as_text=True)
    assert 'data-testid="passphrase-laporan"' in page
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    data = {"csrf_token": token, "passphrase": passphrase}
    answer = client.post(f"/laporan/bulanan/{bulan}/tandatangani", data=data, follow_redirects=True)
    return str(answer.get_data(as_text=True))


def test_the_report_waits_for_the_kepala_dinas_who_signs_it_with_the_passphrase_then_it_is_delivered(
    settings: Settings,
    seeded: Seeded,
    bsre: BsreStandIn,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    signing = with_bsre(settings, bsre, free_port())
    url, kadis = settings.database_url, seeded.users["kadis"]
    rows(
        url, "UPDATE users SET password_hash = %s WHERE id = %s RETURNING id", (password_hash("sandi-kadis-123"), kadis)
    )
    bsre.signers[NIK] = Signer(PASSPHRASE)
    monthly = build_reporter(signing).monthly

    check_monthly(url, monthly, DUE)
    check_monthly(url, monthly, DUE + timedelta(minutes=5))
    assert _report(url)["state"] == "menunggu_tanda_tangan" and bsre.signs() == []

    web = create_app(signing)
    client = web.test_client()
    with Door(signing, int(signing.get("REPORTER_SIGNING_PORT"))):
        door = signing.get("REPORTER_SIGNING_URL") + "/internal/tanda-tangan/laporan"
        by_kabid = httpx.post(door, json={"bulan": "2026-11", "by": seeded.users["kabid"], "passphrase": "x"})
        assert by_kabid.status_code == 409
        client.post("/masuk", data={"username": "kadis", "password": "sandi-kadis-123", "csrf_token": csrf(client)})
        assert "passphrase salah" in _sign_form(client, "2026-11", "tebakan-yang-salah")
        assert _report(url)["state"] == "menunggu_tanda_tangan"
        signed_page = _sign_form(client, "2026-11", PASSPHRASE)
        assert "telah ditandatangani" in signed_page
    web.extensions["pantau_pool"].close()

    report = _report(url)
    assert report["state"] == "ditandatangani" and report["signed_by"] == kadis
    check_monthly(url, monthly, DUE + timedelta(minutes=10))
    report = _report(url)
    assert report["state"] == "terkirim" and report["receipt"]
    [signed] = rows(url, "SELECT content FROM documents WHERE id = %s AND signed", (report["signed_id"],))
    inbox = Path(settings.data_dir) / "kotak-masuk-walikota"
    assert (inbox / f"{report['receipt']}.pdf").read_bytes() == bytes(signed["content"])
    assert len(bsre.signs()) == 2  # the wrong passphrase and the right one, each sent once
    assert PASSPHRASE not in caplog.text and "tebakan-yang-salah" not in caplog.text
