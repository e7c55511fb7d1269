"""A monthly Wali Kota report whose delivery was given up goes back to the officials with the
reason, and the official who delivers (SOP step 7) sends it again from the web ("Kirim ulang"),
over a real SMTP relay on 127.0.0.1; another role, a form without its CSRF token and a replayed
form change nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask
from markupsafe import escape
from notify_parts import SECRET_ENV, SMTP_USER
from pantau_testing import AuthActions, query

from pantau_common.notify import SmtpConfig, SmtpSender
from pantau_common.settings import Settings
from pantau_reporter.bootstrap import build_signer
from pantau_reporter.config import reporter_config
from pantau_reporter.delivery import SmtpDelivery
from pantau_reporter.monthly import RETRY_LIMIT, MonthlyReporter
from pantau_reporter.monthly_worker import check_monthly
from pantau_web import create_app

pytestmark = pytest.mark.integration
FROM = "Pantau Diskominfostandi Kota Bekasi <pantau@bekasikota.go.id>"
WALIKOTA = "sekretariat.walikota@bekasikota.go.id"
DUE = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 1 December, 08.00 WIB: November's report is due
BULAN = "2026-11"
RESEND = f"/laporan/bulanan/{BULAN}/kirim-ulang"


@pytest.fixture
def web(settings: Settings, people: dict[str, int]) -> Iterator[Flask]:
    app = create_app(settings)
    yield app
    app.extensions["pantau_pool"].close()


def _monthly(settings: Settings, port: int, ca_bundle: str, secrets: dict[str, str]) -> MonthlyReporter:
    config = reporter_config(settings)
    relay = SmtpConfig("127.0.0.1", FROM, port, SMTP_USER, "env:PANTAU_TEST_SMTP_PASSWORD", ca_bundle=ca_bundle)
    return MonthlyReporter(config, build_signer(config), SmtpDelivery(SmtpSender(relay, secrets), FROM, WALIKOTA))


def _report(url: str) -> dict[str, Any]:
    [row] = query(url, "SELECT * FROM monthly_reports")
    return row


def _given_up(settings: Settings, monthly: MonthlyReporter) -> dict[str, Any]:
    """Let the worker fail to deliver until it gives up; return the row."""
    at = DUE
    for _ in range(RETRY_LIMIT):
        check_monthly(settings.database_url, monthly, at)
        at = _report(settings.database_url)["retry_at"] or at
    return _report(settings.database_url)


def _page(auth: AuthActions) -> str:
    return str(auth.client.get("/laporan/bulanan").get_data(as_text=True))


def _resends_shown(page: str) -> str:
    found = re.search(r'name="resends" value="([0-9]+)"', page)
    assert found, "the page shows no resend form"
    return found.group(1)


def _audited(url: str) -> list[dict[str, Any]]:
    return query(url, "SELECT actor_id, target, detail FROM audit_log WHERE kind = 'laporan_bulanan'")


def test_a_given_up_delivery_is_sent_again_by_the_official_and_the_relays_queue_id_is_the_receipt(
    settings: Settings, people: dict[str, int], web: Flask, smtp_server: Any, ca_bundle: str
) -> None:
    controller, box = smtp_server
    url = settings.database_url
    refused = SECRET_ENV | {"PANTAU_TEST_SMTP_PASSWORD": "bukan-sandinya"}
    given_up = _given_up(settings, _monthly(settings, controller.port, ca_bundle, refused))
    assert (given_up["state"], given_up["attempts"]) == ("gagal_kirim", RETRY_LIMIT) and box.mails == []

    kadis = AuthActions(web.test_client())
    kadis.login("kadis")
    page = _page(kadis)
    assert "Gagal dikirim" in page and escape(given_up["reason"]) in page and 'data-testid="kirim-ulang"' in page
    form = {"resends": _resends_shown(page), "csrf_token": kadis.csrf("/laporan/bulanan")}
    answer = kadis.client.post(RESEND, data=form, follow_redirects=True).get_data(as_text=True)
    assert "Laporan Wali Kota November 2026 akan dikirim ulang" in answer

    queued = _report(url)
    assert (queued["state"], queued["attempts"], queued["reason"], queued["resends"]) == ("ditandatangani", 0, None, 1)
    assert queued["resent_by"] == people["kadis"]
    [audited] = _audited(url)
    assert audited["actor_id"] == people["kadis"] and given_up["reason"] in audited["detail"]

    check_monthly(url, _monthly(settings, controller.port, ca_bundle, SECRET_ENV), DUE)  # the worker's next check
    delivered = _report(url)
    [mail] = box.mails
    assert delivered["state"] == "terkirim" and delivered["receipt"] == mail.receipt and "queued as" in mail.receipt
    assert mail.rcpt_tos == [WALIKOTA] and mail.over_tls
    page = _page(kadis)
    assert mail.receipt in page and "Dikirim ulang atas permintaan Pejabat kadis" in page
    assert 'data-testid="kirim-ulang"' not in page


def test_another_role_a_forged_form_and_a_replayed_form_change_nothing(
    settings: Settings, people: dict[str, int], web: Flask, smtp_server: Any, ca_bundle: str
) -> None:
    controller, _box = smtp_server
    url = settings.database_url
    refused = SECRET_ENV | {"PANTAU_TEST_SMTP_PASSWORD": "bukan-sandinya"}
    given_up = _given_up(settings, _monthly(settings, controller.port, ca_bundle, refused))

    kabid = AuthActions(web.test_client())
    kabid.login("kabid")
    page = _page(kabid)
    assert escape(given_up["reason"]) in page and 'data-testid="kirim-ulang"' not in page  # sees why, cannot resend
    answer = kabid.client.post(RESEND, data={"resends": "0", "csrf_token": kabid.csrf("/laporan/bulanan")})
    assert answer.status_code == 403 and _report(url) == given_up

    kadis = AuthActions(web.test_client())
    kadis.login("kadis")
    assert kadis.client.post(RESEND, data={"resends": "0"}).status_code == 400  # no CSRF token: forged
    assert kadis.client.post(RESEND, data={"resends": "0", "csrf_token": "palsu"}).status_code == 400
    assert _report(url) == given_up and _audited(url) == []

    form = {"resends": "0", "csrf_token": kadis.csrf("/laporan/bulanan")}
    kadis.client.post(RESEND, data=form)
    again = _given_up(settings, _monthly(settings, controller.port, ca_bundle, refused))  # given up once more
    assert (again["state"], again["resends"]) == ("gagal_kirim", 1)

    replayed = kadis.client.post(RESEND, data=form, follow_redirects=True).get_data(as_text=True)
    assert "tidak ada yang diubah" in replayed
    assert _report(url) == again and len(_audited(url)) == 1
