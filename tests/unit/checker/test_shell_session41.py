"""What a check spends outside the page's analysis, made cheaper and pinned to what it replaced.

The time limits (``Deadline``) against ``asyncio.timeout``; the memo of a check's decoded page (``once``) against
``functools.cache``; a GET's request against the one ``httpx.Request`` makes; an answer's headers against
``httpx.Headers``; the refused line breaks and NULs in headers; the JSON line of an event against
``json.dumps(to_jsonable(event), ensure_ascii=False)``, on events of a department's applications.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import random
import time
import typing
from collections.abc import Callable, Coroutine, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import uvloop

from pantau_checker.http import session as fetching
from pantau_checker.http.deadline import Deadline
from pantau_checker.http.protocol import BadHeaders, Connection
from pantau_checker.http.transport import AnswerHeaders, _head
from pantau_checker.memo import once
from pantau_checker.progress import json_line
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import (
    ApplicationChecked,
    ContentFreshness,
    Finding,
    LoginResult,
    Timings,
    TlsFacts,
)

# --- the time limits --------------------------------------------------------------------------------------------

Limit = Callable[[float | None], AbstractAsyncContextManager[Any]]


@asynccontextmanager
async def _deadline(delay: float | None) -> typing.AsyncIterator[None]:
    with Deadline(delay):
        yield


LIMITS: dict[str, Limit] = {"asyncio.timeout": asyncio.timeout, "Deadline": _deadline}
LOOPS = {"asyncio": asyncio.new_event_loop, "uvloop": uvloop.new_event_loop}


def outcome(scenario: Callable[[Limit], Coroutine[Any, Any, object]], limit: Limit, loop: str) -> object:
    """Run ``scenario`` in a task of its own; return what it returned, or what it raised and why (its cause)."""
    with asyncio.Runner(loop_factory=LOOPS[loop]) as runner:
        try:
            return runner.run(scenario(limit))
        except BaseException as exc:  # the outcome compared, whatever it is
            return (type(exc).__name__, type(exc.__cause__).__name__ if exc.__cause__ else None)


async def in_time(limit: Limit) -> object:
    async with limit(0.5):
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.6)  # past the limit: its timer was cancelled with the block
    return "done", asyncio.current_task().cancelling()  # type: ignore[union-attr]


async def too_long(limit: Limit) -> object:
    try:
        async with limit(0.02):
            await asyncio.sleep(1)
    except TimeoutError as exc:
        # The cancellation was the limit's: the task is not left cancelling, and goes on.
        await asyncio.sleep(0)
        return "timeout", type(exc.__cause__).__name__, asyncio.current_task().cancelling()  # type: ignore[union-attr]
    return "no timeout"


async def without_limit(limit: Limit) -> object:
    async with limit(None):
        await asyncio.sleep(0.05)
    return "done"


async def already_past(limit: Limit) -> object:
    async with limit(-1):
        await asyncio.sleep(0)  # the first wait ends it
        return "not cancelled"


async def cancelled_from_elsewhere(limit: Limit) -> object:
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().call_later(0.01, task.cancel)
    async with limit(1):
        await asyncio.sleep(0.5)
    return "not cancelled"


async def cancelled_from_elsewhere_as_the_limit_ends(limit: Limit) -> object:
    task = asyncio.current_task()
    assert task is not None
    async with limit(0.01):
        asyncio.get_running_loop().call_later(0.01, task.cancel)
        time.sleep(0.05)  # both cancellations due when the loop runs next
        await asyncio.sleep(0)  # the limit's and another's at once: a cancellation, not a timeout
    return "not cancelled"


async def cancelled_before(limit: Limit) -> object:
    task = asyncio.current_task()
    assert task is not None
    task.cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        pass  # still counted as cancelling: the limit's own cancellation is told apart from it
    try:
        async with limit(0.01):
            await asyncio.sleep(0.5)
    except TimeoutError:
        return "timeout", task.cancelling()
    except asyncio.CancelledError:
        return "cancelled", task.cancelling()
    return "neither"


async def inner_limit_first(limit: Limit) -> object:
    async with limit(1):
        try:
            async with limit(0.01):
                await asyncio.sleep(0.5)
        except TimeoutError:
            await asyncio.sleep(0.01)
            return "inner timeout"
    return "no timeout"


async def outer_limit_first(limit: Limit) -> object:
    try:
        async with limit(0.01):
            async with limit(1):
                await asyncio.sleep(0.5)
    except TimeoutError:
        return "outer timeout"
    return "no timeout"


SCENARIOS = [
    in_time,
    too_long,
    without_limit,
    already_past,
    cancelled_from_elsewhere,
    cancelled_from_elsewhere_as_the_limit_ends,
    cancelled_before,
    inner_limit_first,
    outer_limit_first,
]


@pytest.mark.parametrize("loop", sorted(LOOPS))
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_a_deadline_ends_a_block_as_asyncio_timeout_does(
    scenario: Callable[[Limit], Coroutine[Any, Any, object]], loop: str
) -> None:
    expected = outcome(scenario, LIMITS["asyncio.timeout"], loop)
    assert outcome(scenario, LIMITS["Deadline"], loop) == expected


def test_a_deadline_times_out_with_the_cancellation_as_its_cause() -> None:
    assert outcome(too_long, LIMITS["Deadline"], "uvloop") == ("timeout", "CancelledError", 0)


def test_a_deadline_outside_a_task_is_refused() -> None:
    async def in_a_callback() -> BaseException | None:
        loop, raised = asyncio.get_running_loop(), asyncio.get_running_loop().create_future()

        def callback() -> None:
            try:
                with Deadline(1):
                    pass
            except RuntimeError as exc:
                raised.set_result(exc)
            else:
                raised.set_result(None)

        loop.call_soon(callback)
        return await raised

    assert isinstance(asyncio.run(in_a_callback()), RuntimeError)


# --- the memo of a check's page -----------------------------------------------------------------------------------


def test_once_computes_at_the_first_call_and_keeps_it_as_functools_cache_does() -> None:
    for memo in (once, functools.cache):
        made: list[int] = []

        def make(made: list[int] = made) -> list[int]:
            made.append(1)
            return made

        value = memo(make)
        assert not made  # not until asked
        assert value() is value() is made
        assert made == [1]


def test_once_asks_again_after_a_call_that_raised() -> None:
    for memo in (once, functools.cache):
        calls: list[int] = []

        def make(calls: list[int] = calls) -> str:
            calls.append(1)
            if len(calls) == 1:
                raise ValueError("the first reading fails")
            return "Beranda"

        value = memo(make)
        with pytest.raises(ValueError, match="first reading"):
            value()
        assert value() == value() == "Beranda"
        assert len(calls) == 2


# --- a GET's request ----------------------------------------------------------------------------------------------

ADDRESSES = [
    "https://dinkes.bekasikota.go.id/",
    "http://disdik.bekasikota.go.id:8080/berita/",
    "https://bapenda.bekasikota.go.id/index.php?page=beranda&lang=id",
    "https://dinas-ketahanan-pangan.bekasikota.go.id/%7Eadmin/berita%20terkini/",
    "http://103.10.20.30/simpeg/",
    "http://[2001:db8::1]:8443/",
    "https://xn--bksi-loa.id/",  # an IDNA name, as httpx writes it out
]


def session_headers(extra: dict[str, str] | None = None) -> httpx.Headers:
    headers = httpx.Headers(fetching._headers(fetching.BROWSER_UA))
    if extra:
        headers = headers.copy()
        headers.update(extra)
    return headers


def same_request(made: httpx.Request, expected: httpx.Request) -> None:
    assert made.method == expected.method
    assert made.url == expected.url and str(made.url) == str(expected.url)
    assert made.headers.raw == expected.headers.raw
    assert made.content == expected.content
    assert made.extensions == expected.extensions
    assert type(made.stream) is type(expected.stream) and list(made.stream) == list(expected.stream)  # type: ignore[call-overload]
    assert list(vars(made)) == list(vars(expected))
    assert _head(made) == _head(expected)


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize(
    "extra",
    [None, {"User-Agent": fetching.VISITOR_UA, "Accept": fetching.VISITOR_ACCEPT}, {"Host": "portal.bekasikota.go.id"}],
)
def test_a_get_is_the_request_httpx_makes(address: str, extra: dict[str, str] | None) -> None:
    headers = session_headers(extra)
    extensions = fetching._extensions(10.0, 5.0)
    url = fetching._request_url(address)
    made = fetching._request("GET", url, None, headers, None, extensions)
    expected = httpx.Request("GET", url, data=None, headers=headers, cookies=None, extensions=extensions)
    same_request(made, expected)
    if extra is None or "Host" not in extra:
        assert made.headers.raw[0][0] == b"Host"  # first, as httpx puts it; else where the caller gave it
    assert headers.raw == session_headers(extra).raw  # the session's own headers untouched


@pytest.mark.parametrize(
    ("method", "data", "cookies"),
    [
        ("POST", {"username": "operator", "password": "rahasia"}, None),
        ("POST", None, None),
        ("HEAD", None, None),
        ("GET", {"q": "berita"}, None),
        ("GET", None, httpx.Cookies({"PHPSESSID": "9f1c2a"})),
    ],
)
def test_other_requests_are_made_by_httpx_as_before(method: str, data: Any, cookies: httpx.Cookies | None) -> None:
    headers, extensions = session_headers(), fetching._extensions(10.0, 5.0)
    url = "https://eoffice.bekasikota.go.id/login"
    made = fetching._request(method, url, data, headers, cookies, extensions)
    expected = httpx.Request(method, url, data=data, headers=headers, cookies=cookies, extensions=extensions)
    same_request(made, expected)


@pytest.mark.parametrize("value", ["a\rb", "a\nb", "\r\nX-Injected: 1", "akhir\n"])
def test_a_line_break_in_a_requests_header_is_refused(value: str) -> None:
    headers = session_headers()
    headers["X-Kantor"] = value
    request = fetching._request("GET", "https://dinkes.bekasikota.go.id/", None, headers, None, {})
    with pytest.raises(httpx.LocalProtocolError, match="line break"):
        _head(request)


# --- an answer's headers ------------------------------------------------------------------------------------------

HEADS = [
    [],
    [(b"Content-Type", b"text/html; charset=UTF-8"), (b"Content-Length", b"33666"), (b"Connection", b"keep-alive")],
    [  # a Laravel application behind nginx: its cookies set twice, names in any case
        (b"Server", b"nginx"),
        (b"Content-Type", b"text/html; charset=UTF-8"),
        (b"Set-Cookie", b"XSRF-TOKEN=eyJpdiI6; expires=Sun, 06 Dec 2026 09:00:00 GMT; path=/"),
        (b"set-cookie", b"laravel_session=eyJpdiI6; path=/; httponly; samesite=lax"),
        (b"Cache-Control", b"no-cache, private"),
        (b"cache-control", b"max-age=0"),
    ],
    [(b"X-Kantor", "Dinas Kesehatan Kota Bekasi © 2026 • “Sehat”".encode())],  # UTF-8: read as httpx reads it
    [(b"X-Kantor", b"Dinas Kesehatan \xa9 2026"), (b"Content-Type", b"text/html")],  # Latin-1 bytes
    [(b"Refresh", b"0; url=/portal/"), (b"Link", b'<https://dlh.bekasikota.go.id/wp-json/>; rel="https://api.w.org/"')],
]
NAMES = ["content-type", "Content-Type", "SET-COOKIE", "cache-control", "x-kantor", "refresh", "link", "location", ""]


@pytest.mark.parametrize("raw", HEADS)
def test_an_answers_headers_are_httpx_headers(raw: list[tuple[bytes, bytes]]) -> None:
    answered, plain = AnswerHeaders(raw), httpx.Headers(raw)
    assert answered.raw == plain.raw
    assert answered.encoding == plain.encoding
    assert list(answered.items()) == list(plain.items())
    assert answered.multi_items() == plain.multi_items()
    assert list(answered) == list(plain) and len(answered) == len(plain)
    assert answered == plain
    for name in NAMES:
        assert answered.get(name) == plain.get(name)
        assert answered.get(name, "-") == plain.get(name, "-")
        assert (name in answered) == (name in plain)
        assert answered.get_list(name) == plain.get_list(name)
        if name in plain:
            assert answered[name] == plain[name]
        else:
            with pytest.raises(KeyError):
                answered[name]


def test_an_answers_headers_changed_are_read_anew() -> None:
    answered, plain = AnswerHeaders(HEADS[2]), httpx.Headers(HEADS[2])
    assert answered.get("set-cookie") == plain.get("set-cookie")
    for headers in (answered, plain):
        headers["Location"] = "/beranda"
        del headers["set-cookie"]
        headers.update({"Content-Type": "text/plain"})
    for name in NAMES:
        assert answered.get(name) == plain.get(name)


class _Transport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default


def answered(head: bytes) -> Connection:
    async def read() -> Connection:
        connection = Connection()
        connection.connection_made(_Transport())
        connection.send(b"GET / HTTP/1.1\r\nHost: dinkes.bekasikota.go.id\r\n\r\n", b"", False)
        connection.data_received(head)
        return connection

    return asyncio.run(read())


@pytest.mark.parametrize("value", [b"\x00nginx", b"ngi\x00nx", b"nginx\x00"])
def test_a_nul_in_an_answers_header_is_refused_wherever_it_is(value: bytes) -> None:
    connection = answered(b"HTTP/1.1 200 OK\r\nServer: " + value + b"\r\nContent-Length: 0\r\n\r\n")
    assert isinstance(connection._error, BadHeaders)


def test_an_answers_header_without_a_nul_is_read() -> None:
    head = "HTTP/1.1 200 OK\r\nX-Kantor: Dinas Kesehatan © 2026\r\nContent-Length: 0\r\n\r\n".encode()
    connection = answered(head)
    assert connection._error is None and connection.reusable
    assert connection._headers[0] == (b"X-Kantor", "Dinas Kesehatan © 2026".encode())


# --- the JSON line of an event ------------------------------------------------------------------------------------

WIB = timezone(timedelta(hours=7))
TEXTS = [
    "Dinas Kesehatan Kota Bekasi",
    "halaman “Berita Terkini” • diperbarui © 2026 — Pemerintah Kota Bekasi",
    'judi online: "slot gacor" \\ maxwin\ttersembunyi\nbaris',
    "kata\u2028pemisah\u2029paragraf\x00\x1f\x7f",
    "emoji 🎰 dan aksara ꦧꦼꦏꦱꦶ",
    "",
]
FLOATS = [0.0, -0.0, 0.5, 120.0, 12345.67, 1e-7, 1e16, 1.7976931348623157e308, float("inf"), float("nan")]


def department_event(rng: random.Random) -> ApplicationChecked:
    def text() -> str:
        return rng.choice(TEXTS)

    def maybe(value: Any) -> Any:
        return value if rng.random() < 0.6 else None

    def when() -> datetime:
        zone = rng.choice([UTC, WIB, timezone(timedelta(hours=-3, minutes=-30))])
        return datetime(2026, 12, rng.randint(1, 6), rng.randint(0, 23), 7, 8, rng.choice([0, 1, 999_999]), zone)

    findings = tuple(
        Finding(
            rng.choice(["judi_online", "defacement", "tautan_tersembunyi"]),
            rng.choice(["rendah", "sedang", "tinggi", "kritis"]),  # type: ignore[arg-type]
            text(),
            maybe(text()),
            maybe("judi"),  # type: ignore[arg-type]
        )
        for _ in range(rng.randint(0, 3))
    )
    tls = TlsFacts(rng.random() < 0.5, maybe(rng.randint(-5, 400)), maybe(when()), maybe(text()), maybe(True), None)
    return ApplicationChecked(
        app_id=f"app-{rng.randint(0, 999)}",
        pd_id="dinkes",
        url="https://dinkes.bekasikota.go.id/",
        checked_at=when(),
        availability=rng.choice(["aktif", "tidak_aktif"]),  # type: ignore[arg-type]
        timings=Timings(rng.choice(FLOATS), maybe(rng.choice(FLOATS)), maybe(1.25), None, maybe(0.81)),
        cycle_id=maybe("2026-12"),
        reason=maybe("http_5xx"),
        http_status=maybe(rng.choice([200, 503, 2**70])),
        final_url=maybe("https://dinkes.bekasikota.go.id/beranda"),
        login=LoginResult(rng.choice(["tidak_dikonfigurasi", "berhasil", "gagal"]), maybe(text())),  # type: ignore[arg-type]
        content=ContentFreshness(
            rng.choice(["update", "tidak_update", "tidak_diketahui"]),  # type: ignore[arg-type]
            maybe("page_date"),
            maybe(when()),
            maybe(text()),
        ),
        tls=maybe(tls),
        findings=findings,
        attempts=rng.randint(1, 3),
        confirmed_availability=maybe("aktif"),
        status_changed=rng.random() < 0.5,
        in_maintenance=rng.random() < 0.5,
        reason_detail=maybe(text()),
    )


def test_the_json_line_of_events_is_json_dumps_of_to_jsonable() -> None:
    rng = random.Random(41)
    for _ in range(400):
        event = department_event(rng)
        assert json_line(event) == json.dumps(to_jsonable(event), ensure_ascii=False)


def test_the_json_line_of_a_checked_department_page() -> None:
    event = ApplicationChecked(
        app_id="dinkes-web",
        pd_id="dinkes",
        url="https://dinkes.bekasikota.go.id/",
        checked_at=datetime(2026, 12, 6, 1, 30, 0, 123456, tzinfo=UTC),
        availability="aktif",
        timings=Timings(120.0, 0.03, 0.25, None, 0.81),
        http_status=200,
        final_url="https://dinkes.bekasikota.go.id/",
        content=ContentFreshness(
            "update", "page_date", datetime(2026, 12, 5, 8, 0, tzinfo=WIB), "berita “Posyandu” 5 Desember 2026"
        ),
        findings=(Finding("judi_online", "kritis", "slot gacor • maxwin", "body"),),
    )
    line = json_line(event)
    assert line == json.dumps(to_jsonable(event), ensure_ascii=False)
    assert '"checked_at": "2026-12-06T01:30:00.123456Z"' in line
    assert '"last_changed": "2026-12-05T01:00:00Z"' in line
    assert "“Posyandu”" in line and "•" in line  # as they are, not escaped


def test_what_json_cannot_write_is_refused_as_json_dumps_refuses_it() -> None:
    event = department_event(random.Random(7))
    odd = dataclasses.replace(event, findings=(Finding("x", "rendah", frozenset({"a"})),))  # type: ignore[arg-type]
    with pytest.raises(TypeError) as dumped:
        json.dumps(to_jsonable(odd), ensure_ascii=False)
    with pytest.raises(TypeError) as written:
        json_line(odd)
    assert str(written.value) == str(dumped.value)


def test_no_contract_of_an_event_holds_a_mapping() -> None:
    """The JSON line's text is ``json.dumps(to_jsonable(…))``'s wherever the event holds no dict (``json_line``)."""
    seen: set[type] = set()

    def walk(hint: Any) -> None:
        origin = typing.get_origin(hint)
        assert origin not in (dict, Mapping) and hint is not dict, hint
        for arg in typing.get_args(hint):
            walk(arg)
        if dataclasses.is_dataclass(hint) and hint not in seen:
            seen.add(hint)  # type: ignore[arg-type]
            for field_hint in typing.get_type_hints(hint).values():
                walk(field_hint)

    walk(ApplicationChecked)
    assert {ApplicationChecked, Timings, LoginResult, ContentFreshness, TlsFacts, Finding} <= seen
