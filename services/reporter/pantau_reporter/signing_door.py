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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from aiohttp import web
from psycopg.rows import dict_row

from pantau_common import internal
from pantau_common.settings import Settings

from .bsre import CertificateError, PassphraseError
from .core.awaiting import NotAwaitedError
from .repository import MissingDataError, Repositories, StoredDocument
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


@dataclass(frozen=True)
class _Asked:
    """One signature the web asks for: what (for the log), by whom, and how it is made."""

    what: str
    by: int
    sign: Callable[[Repositories, Any], StoredDocument]  # (repositories, monthly store) -> signed


def door_app(settings: Settings, reporter: Reporter) -> web.Application:
    """Return the door's aiohttp application."""
    token_ref = internal.token_ref(settings)

    def handler(parse: Callable[[Any, Reporter], _Asked | web.Response], not_awaited: str) -> Any:
        async def handle(request: web.Request) -> web.Response:
            presented = request.headers.get(internal.TOKEN_HEADER)
            if not internal.admits(token_ref, os.environ, presented, request.remote):
                return _answer(403, "akses ditolak")
            try:
                body = await request.json()
            except ValueError:
                return _answer(400, "permintaan tanda tangan tidak lengkap")
            asked = parse(body, reporter)
            if isinstance(asked, web.Response):
                return asked
            try:
                stored = await asyncio.to_thread(_signed, settings, asked)
            except (SigningError, NotAwaitedError, MissingDataError) as exc:
                return _refused(exc, asked, not_awaited)
            log.info("signed %s for user %s: document %s", asked.what, asked.by, stored["id"])
            return web.json_response({"dokumen": stored["id"], "sha256": stored["sha256"]})

        return handle

    app = web.Application(client_max_size=MAX_BODY)
    app.router.add_post(PATH, handler(_nota, NOT_AWAITED))
    app.router.add_post(REPORT_PATH, handler(_report, REPORT_NOT_AWAITED))
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


def _nota(body: Any, reporter: Reporter) -> _Asked | web.Response:
    """Read which nota version the web asks to sign, or answer a request that is not complete."""
    try:
        instance_id, version, by = str(body["instance_id"]), int(body["version"]), int(body["by"])
        passphrase = str(body["passphrase"])
    except (KeyError, TypeError, ValueError):
        return _answer(400, "permintaan tanda tangan tidak lengkap")
    if not passphrase:
        return _answer(422, "passphrase wajib diisi")
    return _Asked(
        f"{instance_id} v{version}",
        by,
        lambda repos, _: reporter.presign(repos, instance_id, version, by, passphrase),
    )


def _report(body: Any, reporter: Reporter) -> _Asked | web.Response:
    """Read which monthly report the web asks to sign, or answer a request that is not complete."""
    try:
        bulan, by, passphrase = str(body["bulan"]), int(body["by"]), str(body["passphrase"])
    except (KeyError, TypeError, ValueError):
        return _answer(400, "permintaan tanda tangan tidak lengkap")
    if not _BULAN.fullmatch(bulan):
        return _answer(400, "bulan laporan tidak sah")
    if not passphrase:
        return _answer(422, "passphrase wajib diisi")
    return _Asked(
        f"laporan {bulan}",
        by,
        lambda repos, monthly: reporter.monthly.sign(repos, monthly, bulan, by, passphrase),
    )


def _refused(exc: Exception, asked: _Asked, not_awaited: str) -> web.Response:
    """Answer a signature that did not happen; the reason never holds the passphrase."""
    if isinstance(exc, PassphraseError | CertificateError):
        return _answer(422, str(exc))
    if isinstance(exc, NotAwaitedError | MissingDataError):  # an unknown official awaits nothing
        log.warning("refused a signature of %s by user %s: %s", asked.what, asked.by, exc)
        return _answer(409, not_awaited)
    log.warning("signing %s failed: %s", asked.what, exc)
    return _answer(502, str(exc))


def _signed(settings: Settings, asked: _Asked) -> dict[str, Any]:
    with psycopg.connect(settings.database_url, row_factory=dict_row) as conn:
        stored = asked.sign(postgres_repositories(conn), PostgresMonthlyReports(conn))
        return {"id": stored.id, "sha256": stored.sha256}


def _answer(status: int, reason: str) -> web.Response:
    return web.json_response({"alasan": reason}, status=status)
