"""TEST SCAFFOLDING: a stand-in for BSrE's eSign Client API (v2) on 127.0.0.1, for the tests only.

It answers the two calls Pantau makes as the API describes them, checks every request exactly
(path, Basic credentials, JSON fields), keeps what it was asked, and signs with a test CA of its
own (pyHanko), so that the PDF it returns carries a real PAdES signature. It is never part of
Pantau: production talks to the city's eSign Client (PANTAU_REPORTER_BSRE_URL).
"""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pantau_reporter.signing import LocalDemoSigner, SignRequest, create_demo_ca

APP_USER = "esign-pantau"
APP_PASSWORD = "rahasia-aplikasi-esign-42"
SIGN_FIELDS = {"nik", "passphrase", "signatureProperties", "file"}
PROPERTY_FIELDS = {"tampilan", "imageBase64", "page", "originX", "originY", "width", "height", "location", "reason"}


@dataclass
class Signer:
    """A signer the stand-in knows: the passphrase of their certificate and its status."""

    passphrase: str
    status: str = "ISSUE"


@dataclass
class Asked:
    path: str
    authorization: str
    content_type: str
    body: dict[str, Any]


@dataclass
class BsreStandIn:
    """The stand-in's state: its signers, what it was asked, and how slow it is."""

    ca_dir: Path
    signers: dict[str, Signer] = field(default_factory=dict)
    asked: list[Asked] = field(default_factory=list)
    delay_s: float = 0.0
    url: str = ""

    def signs(self) -> list[Asked]:
        return [a for a in self.asked if a.path == "/api/v2/sign/pdf"]


def start(ca_dir: Path) -> tuple[BsreStandIn, ThreadingHTTPServer]:
    """Start the stand-in on a free port; return its state and its server (shut it down after)."""
    create_demo_ca(ca_dir, signer_name="BSrE Stand-in (uji)")
    state = BsreStandIn(ca_dir)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state, LocalDemoSigner(ca_dir)))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return state, server


def _handler(state: BsreStandIn, signer: LocalDemoSigner) -> type[BaseHTTPRequestHandler]:
    expected = "Basic " + base64.b64encode(f"{APP_USER}:{APP_PASSWORD}".encode()).decode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                body = json.loads(raw)
            except ValueError:
                body = {}
            asked = Asked(self.path, self.headers.get("Authorization", ""), self.headers.get("Content-Type", ""), body)
            state.asked.append(asked)
            if asked.authorization != expected:
                self._reply(401, {"timestamp": time.time(), "status": 401, "error": "Unauthorized", "path": self.path})
            elif self.path == "/api/v2/user/check/status":
                self._status(body)
            elif self.path == "/api/v2/sign/pdf":
                time.sleep(state.delay_s)
                self._sign(body)
            else:
                self._reply(404, {"status": 404, "error": "Not Found", "path": self.path})

        def _status(self, body: dict[str, Any]) -> None:
            known = state.signers.get(str(body.get("nik")))
            status = known.status if known else "NOT_REGISTERED"
            self._reply(200, {"status_code": 1111 if known else 2011, "message": status, "status": status})

        def _sign(self, body: dict[str, Any]) -> None:
            if set(body) != SIGN_FIELDS or not body["signatureProperties"] or len(body["file"]) != 1:
                self._reply(400, {"status_code": 2001, "error": "Parameter tidak lengkap"})
                return
            if any(set(p) - PROPERTY_FIELDS for p in body["signatureProperties"]):
                self._reply(400, {"status_code": 2001, "error": "Parameter tidak dikenal"})
                return
            known = state.signers.get(str(body["nik"]))
            if known is None or known.status != "ISSUE":
                self._reply(400, {"status_code": 2021, "error": "Sertifikat tidak aktif"})
                return
            if body["passphrase"] != known.passphrase:
                self._reply(400, {"status_code": 2031, "error": "Passphrase anda salah"})
                return
            pdf = base64.b64decode(body["file"][0])
            signed = signer.sign_pdf(
                SignRequest(pdf, "Kepala Dinas (uji)", body["signatureProperties"][0]["reason"], "")
            )
            self._reply(200, {"time": 812, "file": [base64.b64encode(signed).decode()]})

        def _reply(self, status: int, data: dict[str, Any]) -> None:
            payload = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler
