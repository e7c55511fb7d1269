"""Step 6 with a certified signer (BSrE): the Kepala Dinas types the passphrase in the sign form.

When ``PANTAU_REPORTER_SIGNING_URL`` names the reporter worker's signing door, the sign form asks
for the passphrase, and the web passes it on, once, before it sends ``SignNota``: the door signs
through BSrE and answers at once, so a wrong passphrase or an expired certificate is shown on the
form. The passphrase is not stored, logged or put in the command (pantau_reporter.signing_door).
Without the setting (the demo CA of ``make up``) the form has no passphrase and nothing changes.
"""

from __future__ import annotations

from typing import Any

import httpx
from flask import current_app

from pantau_common import internal
from pantau_common.secrets import SecretUnavailableError

PATH = "/internal/tanda-tangan"
REPORT_PATH = "/internal/tanda-tangan/laporan"  # the monthly Wali Kota report (monthly_report.py)
TIMEOUT_S = 90.0  # BSrE checks the certificate and signs: seconds, sometimes tens of them
UNREACHABLE = "Layanan penandatanganan tidak dapat dihubungi; {what} belum ditandatangani. Coba lagi sebentar lagi."


def door_url() -> str:
    """Return the signing door's address ("" when the signer needs no passphrase)."""
    return str(current_app.config["PANTAU_SETTINGS"].get("REPORTER_SIGNING_URL")).rstrip("/")


def sign_first(instance: dict[str, Any], user_id: int, passphrase: str) -> str | None:
    """Have the nota signed with ``passphrase``; return why it was not, in Indonesian, or None."""
    body = {"instance_id": str(instance["id"]), "version": int(instance["nota_version"]), "by": user_id}
    return _through_door(PATH, body, passphrase, "Nota")


def sign_report(bulan: str, user_id: int, passphrase: str) -> str | None:
    """Have the monthly Wali Kota report of ``bulan`` signed with ``passphrase``; return why it was not, or None."""
    return _through_door(REPORT_PATH, {"bulan": bulan, "by": user_id}, passphrase, "Laporan")


def _through_door(path: str, body: dict[str, Any], passphrase: str, what: str) -> str | None:
    """Post one signature with its passphrase to the door; return why it was not made, or None."""
    if not passphrase:
        return "Ketik passphrase sertifikat elektronik Anda untuk menandatangani."
    settings = current_app.config["PANTAU_SETTINGS"]
    try:
        headers = {}
        token = internal.token(internal.token_ref(settings), settings.extra)
        if token:
            headers[internal.TOKEN_HEADER] = token
        answer = httpx.post(
            door_url() + path,
            json=body | {"passphrase": passphrase},
            headers=headers,
            timeout=TIMEOUT_S,
            trust_env=False,
        )
    except (httpx.HTTPError, SecretUnavailableError) as exc:
        current_app.logger.warning("signing door unreachable: %s", type(exc).__name__)
        return UNREACHABLE.format(what=what.lower())
    if answer.status_code == 200:
        return None
    try:
        reason = str(answer.json()["alasan"])
    except (ValueError, KeyError, TypeError):
        reason = ""
    current_app.logger.warning("signing door answered %s", answer.status_code)
    return f"{what} belum ditandatangani: {reason}." if reason else UNREACHABLE.format(what=what.lower())
