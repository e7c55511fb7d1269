"""The JSON line written by one C encoder made once, a dataclass's own ``__dict__`` given to it as it is; a host's
slots taken by its semaphore itself.

``progress.json_line`` was ``JSONEncoder(...).encode``: each line made the C encoder again (``c_make_encoder``) and a
closure for the floats, and each dataclass was copied into a dict field by field. Its text must stay
``json.dumps(to_jsonable(event), ensure_ascii=False)``'s: for events of checks of real servers on 127.0.0.1, for
random department events, and for dataclasses whose ``__dict__`` is not their fields in order (a value cached in it,
fields set in another order, slots), which are copied as before. ``probe.HostLimiter.slot`` was an
``asynccontextmanager`` around the host's semaphore (and made a semaphore for nothing at each check): the semaphore
itself lets the checks of a host in and out as it did, on a real server too.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import ipaddress
import json
import random
import threading
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from unit.checker.local_http import serving
from unit.checker.test_shell_session41 import department_event

from pantau_checker import progress
from pantau_checker.config import CheckerConfig
from pantau_checker.http import FetchLimits
from pantau_checker.probe import Checker, HostLimiter
from pantau_checker.progress import json_line
from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_common.secrets import AppSecrets
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, Timings


def dumped(value: Any) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False)


def _plain_before(value: Any) -> Any:
    """``progress._plain`` as it was: a dataclass copied into a dict, field by field."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    made = to_jsonable(value)
    if made is value:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return made


_BEFORE = json.JSONEncoder(ensure_ascii=False, check_circular=False, default=_plain_before).encode


def written_every_way(value: Any) -> str:
    """Return the JSON line of ``value``, asserting it is json.dumps's, the encoder's before, and the Python
    encoder's (``progress._ENCODE`` without json's C module)."""
    line = json_line(value)
    assert line == dumped(value) == _BEFORE(value)
    assert "".join(progress._encoder(None)(value, False)) == line
    return line


# --- events of real checks ---

_NEWS = "\n".join(
    f'<article class="post"><h3><a href="/berita/{n}">Posyandu “Melati” RW {n:02d} • imunisasi</a></h3>'
    f'<time datetime="2026-11-{n:02d}T08:00:00+07:00">{n} November 2026</time><p>Kegiatan warga…</p></article>'
    for n in range(1, 13)
)
_PAGE = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi</title>
<link rel="stylesheet" href="/assets/style.css"></head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/layanan">Layanan</a></li>
<li><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li></ul></nav>
<div class="clock">Sabtu, 5 Desember 2026 — 09:41:07 WIB</div><main>{_NEWS}</main>
<footer>© 2026 Dinas Kesehatan Kota Bekasi · Jl. Pramuka No. 1 · “Melayani dengan hati”</footer></body></html>"""
_GAMBLING = _PAGE.replace(
    "</main>",
    '<p>slot gacor maxwin • situs judi online terpercaya</p><a href="https://gacor.example/">daftar</a></main>',
)


_PAGES = {
    "/": (200, _PAGE),
    "/judi": (200, _GAMBLING),
    "/rusak": (503, "<html><body><h1>503 Service Unavailable</h1></body></html>"),
    "/assets/style.css": (200, ".x{color:red}"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, text = _PAGES.get(self.path, (404, "<h1>Not Found</h1>"))
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/css" if self.path.endswith(".css") else "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    with serving(_Handler) as port:
        yield port


def _config() -> CheckerConfig:
    return CheckerConfig(
        allow=(ipaddress.ip_network("127.0.0.1/32"),),
        resolve=(ResolveRule("*.go.id", None, "127.0.0.1"),),
        limits=FetchLimits(max_body_bytes=200_000, total_timeout_s=20.0, read_timeout_s=10.0, connect_timeout_s=5.0),
        retries=0,
        retry_delay_s=0.0,
    )


def checked(port: int, path: str) -> ApplicationChecked:
    config = _config()
    spec = AppSpec(
        id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://dinkes.bekasikota.go.id:{port}{path}"
    )
    return asyncio.run(Checker(config, AppSecrets(None, {})).checked(spec))


@pytest.mark.parametrize("path", ["/", "/judi", "/rusak", "/hilang"])
def test_the_json_line_of_a_real_check_is_json_dumps_of_to_jsonable(port: int, path: str) -> None:
    event = checked(port, path)
    line = written_every_way(event)
    assert json.loads(line)["url"] == f"http://dinkes.bekasikota.go.id:{port}{path}"
    if path == "/judi":
        assert event.findings and "•" in line  # written as it is, not escaped


def test_the_json_lines_of_random_department_events() -> None:
    rng = random.Random(42)
    for _ in range(400):
        written_every_way(department_event(rng))


# --- dataclasses whose __dict__ is not their fields in order: copied as before ---


@dataclasses.dataclass(frozen=True)
class _Cached:
    code: str
    evidence: str

    @functools.cached_property
    def shown(self) -> str:  # kept in the instance's __dict__ once read
        return self.evidence.upper()


@dataclasses.dataclass
class _Reordered:
    first: str
    second: str = dataclasses.field(init=False)
    third: str = "c"

    def __post_init__(self) -> None:
        self.second = self.first * 2  # set after ``third``: the __dict__'s order is not the fields'


@dataclasses.dataclass(frozen=True, slots=True)
class _Slotted:
    code: str
    when: datetime


@dataclasses.dataclass
class _Extra:
    code: str


def test_a_dataclass_whose_dict_is_not_its_fields_in_order_is_copied() -> None:
    cached = _Cached("judi_online", "slot gacor • “maxwin”")
    assert cached.shown  # now in its __dict__
    extra = _Extra("x")
    extra.note = "not a field"  # type: ignore[attr-defined]
    values = [cached, _Reordered("a"), _Slotted("tls", datetime(2026, 12, 6, 1, 2, 3, tzinfo=UTC)), extra]
    assert list(vars(values[1])) == ["first", "third", "second"]
    for value in values:
        written_every_way(value)
        written_every_way((value, [value, None, 1.5, float("inf")]))
    assert json_line(values[1]) == '{"first": "a", "second": "aa", "third": "c"}'
    assert json_line(extra) == '{"code": "x"}'


def test_a_dataclass_is_written_from_its_own_dict_unchanged() -> None:
    finding = Finding("judi_online", "kritis", "slot gacor • maxwin", "body")
    before = dict(vars(finding))
    event = ApplicationChecked(
        app_id="dinkes-web",
        pd_id="dinkes",
        url="https://dinkes.bekasikota.go.id/",
        checked_at=datetime(2026, 12, 6, 1, 30, tzinfo=UTC),
        availability="aktif",
        timings=Timings(120.0, 0.03, 0.25, None, 0.81),
        content=ContentFreshness("update", "page_date", None, "berita “Posyandu” © 2026"),
        findings=(finding, finding),
    )
    line = written_every_way(event)
    assert vars(finding) == before and list(vars(finding)) == [f.name for f in dataclasses.fields(Finding)]
    assert '"findings": [{"code": "judi_online", "severity": "kritis"' in line and "©" in line


def test_what_json_cannot_write_is_refused_as_before() -> None:
    odd = _Extra(frozenset({"a"}))  # type: ignore[arg-type]
    with pytest.raises(TypeError) as dumped_error:
        dumped(odd)
    with pytest.raises(TypeError) as written:
        json_line(odd)
    assert str(written.value) == str(dumped_error.value)


# --- the host's slots: the semaphore itself, not an async context manager made around it for each check ---


class _HostLimiterBefore:
    """``probe.HostLimiter`` as it was: an ``asynccontextmanager`` around the host's semaphore."""

    def __init__(self, per_host: int) -> None:
        self._per_host = max(1, per_host)
        self._semaphores: dict[str, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        semaphore = self._semaphores.setdefault(host, asyncio.Semaphore(self._per_host))
        async with semaphore:
            yield


async def _steps(count: int) -> None:
    for _ in range(count):  # the loop's turns, in order: no clock
        await asyncio.sleep(0)


async def _slots_taken(limiter: Any) -> list[str]:
    """Return what checks of three hosts did in turn under ``limiter`` (two slots a host): each entering, leaving,
    failing or being cancelled, some while waiting for a slot and some while holding one."""
    done: list[str] = []

    async def one(name: str, host: str, fail: bool = False) -> None:
        try:
            async with limiter.slot(host):
                done.append(f"in {name}")
                await _steps(2)
                if fail:
                    raise ValueError(name)
                await _steps(3)
            done.append(f"out {name}")
        except ValueError:
            done.append(f"failed {name}")
        except asyncio.CancelledError:
            done.append(f"cancelled {name}")
            raise

    hosts = ["dinkes.bekasikota.go.id", "disdik.bekasikota.go.id", "dinkes.bekasikota.go.id:8080"]
    tasks = [asyncio.create_task(one(f"{n}", hosts[n % 3], fail=n % 4 == 1)) for n in range(15)]
    await _steps(3)
    tasks[0].cancel()  # holding a slot
    tasks[12].cancel()  # waiting for one
    await asyncio.gather(*tasks, return_exceptions=True)
    async with limiter.slot(hosts[0]), limiter.slot(hosts[0]):  # both slots free again
        done.append("both")
    return done


def test_the_hosts_slots_are_taken_and_given_back_as_before() -> None:
    now = asyncio.run(_slots_taken(HostLimiter(2)))
    assert now == asyncio.run(_slots_taken(_HostLimiterBefore(2)))
    assert "cancelled 0" in now and "cancelled 12" in now and "failed 1" in now and now[-1] == "both"
    limiter = HostLimiter(0)  # at least one
    assert limiter.slot("a") is limiter.slot("a") and limiter.slot("a") is not limiter.slot("b")
    assert limiter.slot("a")._value == 1


class _SlowHandler(_Handler):
    """Counts the requests it holds at once, each held a while before its answer: a request is counted out before
    its answer leaves (a request sent once that answer came, as the next check of a host's one slot sends it, never
    overlaps it, however late the server's thread runs on), and the first waits for ``most`` to reach ``target``
    (the slots taken at once it is to see, come in their own time on a loaded machine)."""

    active = 0
    most = 0
    target = 1
    seen = threading.Condition()

    def do_GET(self) -> None:
        cls = type(self)
        with cls.seen:
            cls.active += 1
            cls.most = max(cls.most, cls.active)
            cls.seen.notify_all()
            cls.seen.wait_for(lambda: cls.most >= cls.target, timeout=10)
        time.sleep(0.15)  # long enough for a request a slot too many to come in meanwhile
        with cls.seen:
            cls.active -= 1
        super().do_GET()


@pytest.mark.parametrize("per_host", [1, 2])
def test_checks_of_one_host_take_its_slots_on_a_real_server(per_host: int) -> None:
    _SlowHandler.most, _SlowHandler.active, _SlowHandler.target = 0, 0, per_host
    with serving(_SlowHandler) as port:
        config = dataclasses.replace(_config(), per_host=per_host)
        checker = Checker(config, AppSecrets(None, {}))
        specs = [
            AppSpec(id=f"app-{n}", pd_id="dinkes", nama=f"Aplikasi {n}", url=f"http://dinkes.bekasikota.go.id:{port}/")
            for n in range(5)
        ]

        async def all_at_once() -> list[ApplicationChecked]:
            return list(await asyncio.gather(*(checker.checked(spec) for spec in specs)))

        events = asyncio.run(all_at_once())
    assert all(e.availability == "aktif" for e in events)
    assert _SlowHandler.most == per_host
