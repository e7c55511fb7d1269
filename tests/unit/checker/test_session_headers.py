"""What every request of a session sends, built once per user agent and still each session's own."""

from __future__ import annotations

import asyncio

import httpx

from pantau_checker.http import GOOGLEBOT_UA, FetchLimits, Session
from pantau_checker.http.transport import AnswerHeaders
from pantau_common.netguard import AddressPolicy

LIMITS = FetchLimits(read_timeout_s=7.0, connect_timeout_s=3.0)


def sessions_headers(*agents: str) -> list[list[tuple[str, str]]]:
    async def build() -> list[list[tuple[str, str]]]:
        found = []
        for agent in agents:
            async with Session(AddressPolicy(), (), LIMITS, user_agent=agent) as session:
                found.append(session.headers.multi_items())
                session.headers["X-Only-Here"] = "1"  # a session's change stays its own
        return found

    return asyncio.run(build())


def test_a_session_sends_its_user_agent_with_the_usual_headers() -> None:
    (headers,) = sessions_headers("Mozilla/5.0 (Pantau)")
    assert dict(headers) == {
        "accept": "*/*",
        "accept-encoding": "gzip, deflate, br",
        "connection": "keep-alive",
        "user-agent": "Mozilla/5.0 (Pantau)",
        "accept-language": "id-ID,id;q=0.9,en;q=0.5",
    }


def test_the_googlebot_view_asks_as_googlebot_in_no_language() -> None:
    (headers,) = sessions_headers(GOOGLEBOT_UA)
    assert dict(headers) == {
        "accept": "text/html,application/xhtml+xml,application/signed-exchange;v=b3,application/xml;q=0.9,*/*;q=0.8",
        "accept-encoding": "gzip, deflate, br",
        "connection": "keep-alive",
        "user-agent": GOOGLEBOT_UA,
        "from": "googlebot(at)googlebot.com",
    }


def test_sessions_of_the_same_user_agent_do_not_share_their_headers() -> None:
    first, second = sessions_headers(GOOGLEBOT_UA, GOOGLEBOT_UA)
    assert first == second
    assert "x-only-here" not in dict(second)


def test_a_sessions_timeouts_are_its_limits() -> None:
    async def timeout() -> tuple[float | None, float | None]:
        async with Session(AddressPolicy(), (), LIMITS) as session:
            return session.timeout.read, session.timeout.connect

    assert asyncio.run(timeout()) == (7.0, 3.0)


def test_an_answers_headers_are_read_by_name_as_httpx_reads_them() -> None:
    # A PHP site's head: its cookie set twice, names in any case, a value of Latin-1 bytes.
    raw = [
        (b"Content-Type", b"text/html; charset=UTF-8"),
        (b"Set-Cookie", b"XSRF-TOKEN=abc; path=/"),
        (b"set-cookie", b"laravel_session=def; path=/; httponly"),
        (b"Link", b'<https://dinkes.bekasikota.go.id/wp-json/>; rel="https://api.w.org/"'),
        (b"X-Kantor", b"Dinas Kesehatan Kota Bekasi \xa9"),
    ]
    answered, plain = AnswerHeaders(raw), httpx.Headers(raw)
    for name in ("content-type", "Set-Cookie", "LINK", "x-kantor", "refresh", "Location"):
        assert answered.get(name, "") == plain.get(name, "")
        assert (name in answered) == (name in plain)
    # A change is read at once, as httpx reads it.
    for headers in (answered, plain):
        headers["Refresh"] = "0; url=/beranda"
        del headers["set-cookie"]
        headers.update({"Content-Type": "text/plain"})
    for name in ("refresh", "set-cookie", "content-type"):
        assert answered.get(name) == plain.get(name)
    assert answered.multi_items() == plain.multi_items()
