"""The signing door: where the web hands over the Kepala Dinas's passphrase for one signature.

With a certified signer (BSrE) the signature needs the passphrase that only the Kepala Dinas
knows. It must not travel through Kafka or rest in any table, so the web posts it here, on the
reporter worker's inside address, in the same request in which the official submits the sign
form: ``POST /internal/tanda-tangan`` ``{"instance_id", "version", "by", "passphrase"}`` with the
internal token (``pantau_common.internal``). The worker checks that the stored cycle waits for
that signature, signs through BSrE, stores the signed nota and answers; the passphrase lives
only in this request. The web then sends ``SignNota``, and the worker's ``sign`` handler announces
the document it already stored. A wrong passphrase or an expired certificate is answered at once,
on the form, in Indonesian. The monthly Wali Kota report is signed the same way, at
``POST /internal/tanda-tangan/laporan`` ``{"bulan", "by", "passphrase"}`` (``monthly``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from typing import Any

import psycopg
from aiohttp import web
from psycopg.rows import dict_row

from pantau_common import internal
from pantau_common.settings import Settings

from .bsre import CertificateError, PassphraseError
from .core.awaiting import NotAwaitedError
from .repository import MissingDataError
from .service import Reporter
from .signing import SigningError
from .store_pg import PostgresMonthlyReports, postgres_repositories

log = logging.getLogger(__name__)
PATH = "/internal/tanda-tangan"
REPORT_PATH = "/internal/tanda-tangan/laporan"  # the monthly Wali Kota report: {"bulan", "by", "passphrase"}
MAX_BODY = 16 * 1024
NOT_AWAITED = "siklus ini tidak sedang menunggu tanda tangan Anda pada versi tersebut"
REPORT_NOT_AWAITED = "laporan bulan ini tidak sedang menunggu tanda tangan Anda"
_BULAN = re.compile(r"[0-9]{4}-[0-9]{2}")


def door_app(settings: Settings, reporter: Reporter) -> web.Application:
    """Return the door's aiohttp application."""
    token_ref = internal.token_ref(settings)

    def admitted(request: web.Request) -> bool:
        presented = request.headers.get(internal.TOKEN_HEADER)
        return internal.admits(token_ref, os.environ, presented, request.remote)

    async def sign(request: web.Request) -> web.Response:
        if not admitted(request):
            return _answer(403, "akses ditolak")
        asked = await _asked(request)
        if isinstance(asked, web.Response):
            return asked
        instance_id, version, by, passphrase = asked
        try:
            stored = await asyncio.to_thread(_presign, settings, reporter, instance_id, version, by, passphrase)
        except (SigningError, NotAwaitedError, MissingDataError) as exc:
            return _refused(exc, instance_id, version, by)
        log.info("signed %s v%s for user %s: document %s", instance_id, version, by, stored["id"])
        return web.json_response({"dokumen": stored["id"], "sha256": stored["sha256"]})

    async def sign_report(request: web.Request) -> web.Response:
        if not admitted(request):
            return _answer(403, "akses ditolak")
        asked = await _asked_report(request)
        if isinstance(asked, web.Response):
            return asked
        bulan, by, passphrase = asked
        try:
            stored = await asyncio.to_thread(_sign_report, settings, reporter, bulan, by, passphrase)
        except (SigningError, NotAwaitedError, MissingDataError) as exc:
            return _refused(exc, f"laporan {bulan}", 1, by, REPORT_NOT_AWAITED)
        log.info("signed the Wali Kota report of %s for user %s: document %s", bulan, by, stored["id"])
        return web.json_response({"dokumen": stored["id"], "sha256": stored["sha256"]})

    app = web.Application(client_max_size=MAX_BODY)
    app.router.add_post(PATH, sign)
    app.router.add_post(REPORT_PATH, sign_report)
    return app


async def serve_door(settings: Settings, reporter: Reporter, host: str, port: int, stop: asyncio.Event) -> None:
    """Serve the door on ``host:port`` until ``stop`` is set."""
    runner = web.AppRunner(door_app(settings, reporter), access_log=None)  # no request lines, no bodies
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    log.info("signing door on %s:%s", host, port)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


async def _asked(request: web.Request) -> tuple[str, int, int, str] | web.Response:
    """Return what the web asks to sign, or the answer to a request that is not complete."""
    try:
        body = await request.json()
        asked = str(body["instance_id"]), int(body["version"]), int(body["by"]), str(body["passphrase"])
    except (ValueError, KeyError, TypeError):
        return _answer(400, "permintaan tanda tangan tidak lengkap")
    return asked if asked[3] else _answer(422, "passphrase wajib diisi")


async def _asked_report(request: web.Request) -> tuple[str, int, str] | web.Response:
    """Return which monthly report the web asks to sign, or the answer to a request that is not complete."""
    try:
        body = await request.json()
        asked = str(body["bulan"]), int(body["by"]), str(body["passphrase"])
    except (ValueError, KeyError, TypeError):
        return _answer(400, "permintaan tanda tangan tidak lengkap")
    if not _BULAN.fullmatch(asked[0]):
        return _answer(400, "bulan laporan tidak sah")
    return asked if asked[2] else _answer(422, "passphrase wajib diisi")


def _refused(exc: Exception, instance_id: str, version: int, by: int, not_awaited: str = NOT_AWAITED) -> web.Response:
    """Answer a signature that did not happen; the reason never holds the passphrase."""
    if isinstance(exc, PassphraseError | CertificateError):
        return _answer(422, str(exc))
    if isinstance(exc, NotAwaitedError | MissingDataError):  # an unknown official awaits nothing
        log.warning("refused a signature of %s v%s by user %s: %s", instance_id, version, by, exc)
        return _answer(409, not_awaited)
    log.warning("signing %s v%s failed: %s", instance_id, version, exc)
    return _answer(502, str(exc))


def _presign(
    settings: Settings, reporter: Reporter, instance_id: str, version: int, by: int, passphrase: str
) -> dict[str, Any]:
    with psycopg.connect(settings.database_url, row_factory=dict_row) as conn:
        stored = reporter.presign(postgres_repositories(conn), instance_id, version, by, passphrase)
        return {"id": stored.id, "sha256": stored.sha256}


def _sign_report(settings: Settings, reporter: Reporter, bulan: str, by: int, passphrase: str) -> dict[str, Any]:
    with psycopg.connect(settings.database_url, row_factory=dict_row) as conn:
        stored = reporter.monthly.sign(postgres_repositories(conn), PostgresMonthlyReports(conn), bulan, by, passphrase)
        return {"id": stored.id, "sha256": stored.sha256}


def _answer(status: int, reason: str) -> web.Response:
    return web.json_response({"alasan": reason}, status=status)
