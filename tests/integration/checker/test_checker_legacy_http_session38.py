"""An old server's HTTP, written byte for byte: what a browser reads, the checker reads.

An old PHP application behind IIS or an old proxy says its Content-Length twice, of the same value: browsers read
the page; lengths that differ frame no body anyone can trust, and stay a broken answer. Real servers on 127.0.0.1.
"""

from __future__ import annotations

import asyncio

from checker_servers import make_checker
from hostile_servers_s37 import Answer, HostileServer, sends
from legacy_pages_s38 import old_portal

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
PAGE = old_portal("utf-8").encode()


def head(*lengths: int) -> bytes:
    """Return the head of an answer of ``PAGE`` as IIS 6 and PHP's FastCGI sent it, with ``lengths``."""
    lines = [
        "HTTP/1.1 200 OK",
        "Server: Microsoft-IIS/6.0",
        "X-Powered-By: PHP/5.2.17",
        "Content-Type: text/html",
        *(f"{'Content-Length' if i == 0 else 'content-length'}: {n}" for i, n in enumerate(lengths)),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def checked(answer: Answer) -> ApplicationChecked:
    with HostileServer({"/": answer}) as server:
        spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{server.port}/")
        event: ApplicationChecked = asyncio.run(make_checker(server.port).check(spec))
    return event


def test_a_content_length_said_twice_alike_is_read_as_a_browser_reads_it() -> None:
    event = checked(sends(head(len(PAGE), len(PAGE)) + PAGE))
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


def test_content_lengths_that_differ_stay_a_broken_answer() -> None:
    event = checked(sends(head(len(PAGE), len(PAGE) + 10) + PAGE))
    assert (event.availability, event.reason, event.reason_detail) == (
        "tidak_aktif",
        "galat_lain",
        "jawaban server rusak: header HTTP tidak sah",
    )
