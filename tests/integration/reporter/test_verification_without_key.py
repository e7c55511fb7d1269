"""The public verification server holds no key: ``serve`` with only ``ca.pem`` and ``signer.pem``."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import httpx
import pytest
from pantau_testing import BIN, eventually, free_port, running, service_env
from reporter_samples import inputs

from pantau_common.db import connect
from pantau_reporter.core.model import build_nota
from pantau_reporter.pdfsig import signature_box
from pantau_reporter.render.typeset import nota_pdf
from pantau_reporter.repository import NewDocument
from pantau_reporter.signing import LocalDemoSigner, SignRequest, create_demo_ca
from pantau_reporter.store_pg import PostgresDocuments

pytestmark = pytest.mark.integration


def _signed_nota(ca_dir: Path) -> bytes:
    """Return a nota dinas signed with the CA of ``ca_dir``, as the worker signs it at step 6."""
    nota = build_nota(dataclasses.replace(inputs(3, paraf=True), verify_url="https://pantau/verifikasi/1"))
    pdf = nota_pdf(nota)
    box = signature_box(pdf, nota.signer.nama)
    request = SignRequest(pdf, nota.signer.nama, "Menandatangani", "https://pantau/verifikasi/1", box)
    return LocalDemoSigner(ca_dir).sign_pdf(request)


def _certificates_only(worker_ca: Path, folder: Path) -> Path:
    """Return a folder with what reporter-web mounts in production: the two certificates."""
    folder.mkdir()
    for name in ("ca.pem", "signer.pem"):
        shutil.copy(worker_ca / name, folder / name)
    return folder


def _verify(base: str, pdf: bytes) -> dict | None:  # type: ignore[type-arg]
    try:
        answer = httpx.post(f"{base}/api/verifikasi", files={"file": ("nota.pdf", pdf)}, timeout=30)
    except httpx.TransportError:
        return None  # not listening yet
    return dict(answer.json())


def test_serve_verifies_with_only_the_certificates_and_never_makes_a_key(settings, tmp_path: Path):
    worker_ca = create_demo_ca(tmp_path / "worker-ca").root
    signed = _signed_nota(worker_ca)
    with connect(settings.database_url) as conn:
        PostgresDocuments(conn).add(NewDocument(None, "nota_dinas", 1, "pdf", signed, "800/1/Kominfo", signed=True))
    public = _certificates_only(worker_ca, tmp_path / "public-ca")
    port = free_port()
    env = service_env(settings, PANTAU_REPORTER_CA_DIR=str(public))
    with running([str(BIN / "pantau-reporter"), "serve", "--port", str(port)], env, tmp_path / "serve.log"):
        base = f"http://127.0.0.1:{port}"
        genuine = eventually(lambda: _verify(base, signed), timeout=60, what="the verification server")
        tampered = bytearray(signed)
        tampered[len(tampered) // 3] ^= 0x01
        refused = _verify(base, bytes(tampered))
    assert genuine["asli"] is True and genuine["tanda_tangan_sah"] is True
    assert refused is not None and refused["asli"] is False and refused["tanda_tangan_sah"] is False
    assert sorted(p.name for p in public.iterdir()) == ["ca.pem", "signer.pem"]
    keys = [*tmp_path.rglob("*.key"), *Path(settings.data_dir).rglob("*.key")]
    assert {p.parent for p in keys} == {worker_ca}  # the worker's own CA, and no key made by serve
