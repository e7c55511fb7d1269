"""The BSrE path's shared parts for the reporter's tests: the signing door served from a thread,
settings that select the BSrE signer and its stand-in, and the login form's CSRF token."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace
from typing import Any

from bsre_stand_in import APP_PASSWORD, APP_USER, BsreStandIn

from pantau_common.settings import Settings
from pantau_reporter.bootstrap import build_reporter
from pantau_reporter.config import reporter_config
from pantau_reporter.signing_door import serve_door

NIK = "3275010101700001"
PASSPHRASE = "Kadis#Bekasi-2026"  # the stand-in's test signer; a real one is never written anywhere
SECRETS = {"PANTAU_TEST_BSRE_PASSWORD": APP_PASSWORD}


class Door:
    """The reporter worker's signing door, served from a thread with its own event loop."""

    def __init__(self, settings: Settings, port: int) -> None:
        config = reporter_config(settings)
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        reporter = build_reporter(settings, config)
        self._thread = threading.Thread(
            target=self._loop.run_until_complete,
            args=(self._serve(settings, reporter, port),),
            daemon=True,
        )

    async def _serve(self, settings: Settings, reporter: Any, port: int) -> None:
        self._stop = asyncio.Event()
        await serve_door(settings, reporter, "127.0.0.1", port, self._stop)

    def __enter__(self) -> Door:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=10)
        self._loop.close()


def with_bsre(settings: Settings, bsre: BsreStandIn, door_port: int) -> Settings:
    extra = dict(settings.extra) | SECRETS
    extra |= {
        "PANTAU_REPORTER_SIGNER": "bsre",
        "PANTAU_REPORTER_BSRE_URL": bsre.url,
        "PANTAU_REPORTER_BSRE_NIK": NIK,
        "PANTAU_REPORTER_BSRE_USER": APP_USER,
        "PANTAU_REPORTER_BSRE_PASSWORD_REF": "env:PANTAU_TEST_BSRE_PASSWORD",
        "PANTAU_REPORTER_SIGNING_PORT": str(door_port),
        "PANTAU_REPORTER_SIGNING_URL": f"http://127.0.0.1:{door_port}",
    }
    return replace(settings, extra=extra)


def csrf(client: Any) -> str:
    page = client.get("/masuk").get_data(as_text=True)
    return page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
