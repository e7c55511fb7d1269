"""Step 6 with BSrE for real: the client against a stand-in of the eSign Client API on 127.0.0.1, and
the whole path of the passphrase: the sign form, the signing door, BSrE, the stored nota, the
workflow's SignatureRequested announced without a second signature."""

from __future__ import annotations

import asyncio
import base64
import io
import logging
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from bsre_stand_in import APP_PASSWORD, APP_USER, BsreStandIn, Signer
from pantau_testing import free_port, password_hash
from pyhanko.pdf_utils.reader import PdfFileReader
from reporter_it import Seeded, publish, record_state, rows, run_worker_until
from signing_it import NIK, PASSPHRASE, SECRETS, Door, csrf, with_bsre

from pantau_common.settings import Settings
from pantau_contracts import decode
from pantau_contracts.sop import (
    DispositionWritten,
    DraftRequested,
    NotaInitialled,
    NotaSigned,
    SignatureRequested,
)
from pantau_reporter.bsre import BsreClient, BsreConfig, BsreSigner, CertificateError, PassphraseError
from pantau_reporter.render.pdf import html_to_pdf
from pantau_reporter.signing import LocalDemoSigner, SigningError, SignRequest, create_demo_ca
from pantau_web import create_app

pytestmark = pytest.mark.integration
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _signer(bsre: BsreStandIn, tmp_path: Path, timeout_s: float = 30.0) -> BsreSigner:
    config = BsreConfig(bsre.url, NIK, APP_USER, "env:PANTAU_TEST_BSRE_PASSWORD", timeout_s=timeout_s)
    audit = LocalDemoSigner(create_demo_ca(tmp_path / "audit").ca_cert.parent)
    return BsreSigner(BsreClient(config, SECRETS), NIK, audit, audit.trust_roots())


def _sign_request(pdf: bytes, passphrase: str | None) -> SignRequest:
    return SignRequest(pdf, "Kepala Dinas", "Menandatangani Nota Dinas 000.1/0001", "", passphrase=passphrase)


def _a_pdf(tmp_path: Path) -> bytes:
    return html_to_pdf("<html><body><h1>NOTA DINAS</h1><p>Uji tanda tangan.</p></body></html>")


# --- the client, against the API as it is described ---------------------------------------------


def test_the_signature_is_asked_exactly_as_the_api_describes_and_the_answer_is_a_signed_pdf(
    bsre: BsreStandIn, tmp_path: Path
) -> None:
    pdf = _a_pdf(tmp_path)

    signed = _signer(bsre, tmp_path).sign_pdf(_sign_request(pdf, PASSPHRASE))

    status, sign = bsre.asked
    basic = "Basic " + base64.b64encode(f"{APP_USER}:{APP_PASSWORD}".encode()).decode()
    assert (status.path, status.authorization, status.body) == ("/api/v2/user/check/status", basic, {"nik": NIK})
    assert (sign.path, sign.authorization, sign.content_type) == ("/api/v2/sign/pdf", basic, "application/json")
    assert sign.body["nik"] == NIK and sign.body["passphrase"] == PASSPHRASE
    assert sign.body["signatureProperties"] == [
        {"tampilan": "INVISIBLE", "location": "Kota Bekasi", "reason": "Menandatangani Nota Dinas 000.1/0001"}
    ]
    assert base64.b64decode(sign.body["file"][0]) == pdf
    reader = PdfFileReader(io.BytesIO(signed))  # type: ignore[no-untyped-call]
    assert len(reader.embedded_signatures) == 1


def test_a_wrong_passphrase_is_said_plainly_and_never_echoed(
    bsre: BsreStandIn, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(PassphraseError, match="passphrase salah") as refused:
        _signer(bsre, tmp_path).sign_pdf(_sign_request(_a_pdf(tmp_path), "tebakan-yang-salah"))
    assert "tebakan-yang-salah" not in str(refused.value) and "tebakan-yang-salah" not in caplog.text


@pytest.mark.parametrize(
    ("status", "said"), [("EXPIRED", "kedaluwarsa"), ("REVOKED", "dicabut"), ("NOT_REGISTERED", "tidak terdaftar")]
)
def test_a_certificate_that_cannot_sign_is_named_before_anything_is_sent(
    bsre: BsreStandIn, tmp_path: Path, status: str, said: str
) -> None:
    bsre.signers[NIK] = Signer(PASSPHRASE, status)
    if status == "NOT_REGISTERED":
        bsre.signers.clear()
    with pytest.raises(CertificateError, match=said):
        _signer(bsre, tmp_path).sign_pdf(_sign_request(_a_pdf(tmp_path), PASSPHRASE))
    assert bsre.signs() == []  # neither the PDF nor the passphrase left Pantau


def test_a_timeout_after_sending_is_an_unknown_outcome_and_is_not_retried(bsre: BsreStandIn, tmp_path: Path) -> None:
    bsre.delay_s = 2.0
    with pytest.raises(SigningError, match="tidak diketahui"):
        _signer(bsre, tmp_path, timeout_s=0.5).sign_pdf(_sign_request(_a_pdf(tmp_path), PASSPHRASE))
    assert len(bsre.signs()) == 1


def test_wrong_application_credentials_and_a_missing_passphrase_sign_nothing(bsre: BsreStandIn, tmp_path: Path) -> None:
    config = BsreConfig(bsre.url, NIK, APP_USER, "env:PANTAU_TEST_BSRE_PASSWORD")
    audit = LocalDemoSigner(create_demo_ca(tmp_path / "audit").ca_cert.parent)
    wrong = BsreSigner(BsreClient(config, {"PANTAU_TEST_BSRE_PASSWORD": "bukan"}), NIK, audit, [])
    with pytest.raises(SigningError, match="HTTP 401"):
        wrong.sign_pdf(_sign_request(PDF, PASSPHRASE))
    with pytest.raises(SigningError, match="memerlukan passphrase"):
        _signer(bsre, tmp_path).sign_pdf(_sign_request(PDF, None))
    assert bsre.signs() == []


# --- the whole path: form, door, BSrE, stored nota, the workflow's request ---------------------


def _drafted_and_initialled(settings: Settings, seeded: Seeded) -> None:
    now = datetime.now(UTC)
    u, i = seeded.users, seeded.instance_id
    events = [
        DispositionWritten(i, u["kasie"], u["pelaksana"], "proses_lebih_lanjut", "segera", "Segera periksa.", now),
        DraftRequested(i, 1, "", now),
        NotaInitialled(i, 4, 1, u["kasie"], now + timedelta(minutes=10)),
        NotaInitialled(i, 5, 1, u["kabid"], now + timedelta(minutes=20)),
    ]
    paraf = ((4, "kasie", u["kasie"], True), (5, "kabid", u["kabid"], True))
    url = settings.database_url

    async def scenario() -> None:
        # The workflow's state once the Kabid has initialled: waiting for the Kepala Dinas.
        record_state(url, i, 6, "menunggu_tanda_tangan", 1, *paraf, (6, "kadis", u["kadis"], False))
        await publish(settings, events, i)
        await run_worker_until(settings, lambda: len(rows(url, "SELECT 1 FROM reporter_paraf")) == 2, timeout=90)

    asyncio.run(scenario())


def _sign_form(client: Any, iid: str, passphrase: str) -> Any:
    page = client.get(f"/siklus/{iid}").get_data(as_text=True)
    assert 'data-testid="passphrase"' in page
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    data = {"command_id": str(uuid.uuid4()), "expected_step": "6", "csrf_token": token, "passphrase": passphrase}
    return client.post(f"/siklus/{iid}/tandatangani", data=data, follow_redirects=True)


def _commands(url: str) -> list[Any]:
    return [decode(bytes(r["payload"])) for r in rows(url, "SELECT payload FROM outbox ORDER BY id")]


def test_the_kepala_dinas_signs_with_the_passphrase_once_and_the_workflows_request_is_answered_with_that_nota(
    settings: Settings, seeded: Seeded, bsre: BsreStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _drafted_and_initialled(settings, seeded)
    signing = with_bsre(settings, bsre, free_port())
    url, iid, kadis = settings.database_url, seeded.instance_id, seeded.users["kadis"]
    rows(
        url, "UPDATE users SET password_hash = %s WHERE id = %s RETURNING id", (password_hash("sandi-kadis-123"), kadis)
    )
    bsre.signers[NIK] = Signer(PASSPHRASE)
    web = create_app(signing)
    client = web.test_client()
    before = len(_commands(url))

    with Door(signing, int(signing.get("REPORTER_SIGNING_PORT"))):
        client.post("/masuk", data={"username": "kadis", "password": "sandi-kadis-123", "csrf_token": csrf(client)})
        wrong = _sign_form(client, iid, "tebakan-yang-salah").get_data(as_text=True)
        assert "passphrase salah" in wrong
        assert len(_commands(url)) == before  # no SignNota for a signature that did not happen
        assert rows(url, "SELECT 1 FROM documents WHERE signed") == []

        _sign_form(client, iid, PASSPHRASE)

    [signed] = rows(url, "SELECT id, sha256 FROM documents WHERE signed")
    sent = [c for c in _commands(url)[before:] if type(c.data).__name__ == "SignNota"]
    assert len(sent) == 1 and sent[0].data.instance_id == iid
    assert len(bsre.signs()) == 2  # the wrong passphrase and the right one, each sent once
    assert PASSPHRASE not in caplog.text and "tebakan-yang-salah" not in caplog.text
    assert not any(PASSPHRASE in str(r) for r in rows(url, "SELECT payload FROM outbox"))
    web.extensions["pantau_pool"].close()

    # The workflow applies SignNota and asks for the signature: the stored nota is announced.
    u = seeded.users
    paraf = ((4, "kasie", u["kasie"], True), (5, "kabid", u["kabid"], True))
    record_state(url, iid, 6, "menandatangani", 1, *paraf, (6, "kadis", kadis, False))

    async def asked() -> None:
        await publish(signing, [SignatureRequested(iid, 1, kadis, datetime.now(UTC))], iid)
        await run_worker_until(signing, lambda: _announced(url), timeout=90)

    asyncio.run(asked())
    (announced,) = [c.data for c in _commands(url) if isinstance(c.data, NotaSigned)]
    assert (announced.document_id, announced.sha256) == (signed["id"], signed["sha256"])
    assert len(bsre.signs()) == 2  # announced, not signed a second time


def test_the_door_refuses_a_signature_the_cycle_does_not_wait_for(
    settings: Settings, seeded: Seeded, bsre: BsreStandIn
) -> None:
    import httpx

    _drafted_and_initialled(settings, seeded)
    signing = with_bsre(settings, bsre, free_port())
    url, iid, u = settings.database_url, seeded.instance_id, seeded.users
    door = signing.get("REPORTER_SIGNING_URL") + "/internal/tanda-tangan"
    with Door(signing, int(signing.get("REPORTER_SIGNING_PORT"))):
        ask = {"instance_id": iid, "version": 1, "by": u["kadis"], "passphrase": PASSPHRASE}
        wrong_version = httpx.post(door, json=ask | {"version": 2}, timeout=30)
        by_kabid = httpx.post(door, json=ask | {"by": u["kabid"]}, timeout=30)
        by_nobody = httpx.post(door, json=ask | {"by": 987654}, timeout=30)
        record_state(url, iid, 7, "menyampaikan", 1)
        too_late = httpx.post(door, json=ask, timeout=30)
    assert [r.status_code for r in (wrong_version, by_kabid, by_nobody, too_late)] == [409, 409, 409, 409]
    assert rows(url, "SELECT 1 FROM documents WHERE signed") == [] and bsre.signs() == []


def _announced(url: str) -> bool:
    return any(isinstance(c.data, NotaSigned) for c in _commands(url))
