"""Pages whose markup would hold a worker for minutes, from a real HTTP server on 127.0.0.1.

The HTML standard's tree builder looks through the open elements for most start tags: a page that
nests its elements thousands deep (or leaves thousands of formatting elements unclosed) takes time by
the square of its depth, within one call no time limit interrupts. An attacker who has a
department's site appends such markup after the gambling links it injects: the check must still
read the page, find the links, and keep to its time budget, so that the worker's other checks go on.
Built as it came, such a page takes minutes: the check's budget is spent before it asks for the
feed the page advertises, whose news is the page's only fresh content, and the application is
wrongly "tidak update".
"""

from __future__ import annotations

import asyncio
from email.utils import format_datetime

from checker_servers import Reply, make_checker
from vendor_pages import Site, days_ago, department_page, news_since

from pantau_checker.http import FetchLimits
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "disparbud.bekasikota.go.id"
SPAM = (
    '<div class="footer-links"><a href="https://kakekzeus-gacor.xyz/">bocoran rtp slot gacor hari ini</a>'
    ' <a href="https://depo10k-maxwin.xyz/">slot deposit pulsa tanpa potongan</a></div>'
)
# The whole page as the checker reads it at most (2 MB); a time budget far above what the page takes
# when bounded (well under a second) and far below what it takes built as it came (minutes).
LIMITS = FetchLimits(
    max_body_bytes=2_000_000, total_timeout_s=20.0, read_timeout_s=10.0, connect_timeout_s=5.0, check_budget_s=15.0
)


FEED = '<link rel="alternate" type="application/rss+xml" title="Disparbud &raquo; Feed" href="/feed/">'


def hostile(markup: str) -> str:
    """Return a department's page, its news old, its feed advertised, with the spam and then ``markup`` injected."""
    return str(
        department_page(
            Site(
                name="Dinas Pariwisata dan Kebudayaan Kota Bekasi",
                news=news_since([95, 110, 130, 160]),
                head=FEED,
                body_end=SPAM + markup,
            )
        )
    )


def rss() -> str:
    items = "".join(
        f"<item><title>Festival Budaya Bekasi hari ke-{i}</title><link>https://{HOST}/berita/{i}/</link>"
        f"<pubDate>{format_datetime(days_ago(d))}</pubDate></item>"
        for i, d in enumerate((1, 4, 9), start=1)
    )
    channel = f"<channel><title>Disparbud</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">{channel}</rss>'


def check_both(site, html: str) -> tuple[ApplicationChecked, ApplicationChecked]:  # type: ignore[no-untyped-def]
    """Serve ``html`` at one application and a healthy page at another; check both at once, on one checker."""
    modified = {"Last-Modified": format_datetime(days_ago(1), usegmt=True)}
    site.route("*", "/", Reply(200, html))  # a page PHP renders: no Last-Modified
    site.route("*", "/feed/", Reply(200, rss(), {"Content-Type": "application/rss+xml; charset=UTF-8"}))
    site.route("*", "/sehat/", Reply(200, department_page(Site()), modified))
    checker = make_checker(site.port, limits=LIMITS)
    hostile_app = AppSpec(
        id="disparbud-web", pd_id="disparbud", nama="Website Disparbud", url=f"http://{HOST}:{site.port}/"
    )
    healthy = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/sehat/")

    async def both() -> tuple[ApplicationChecked, ApplicationChecked]:
        first, second = await asyncio.gather(checker.check(hostile_app), checker.check(healthy))
        return first, second

    return asyncio.run(both())


def assert_read_with_its_spam(event: ApplicationChecked) -> None:
    assert (event.availability, event.reason) == ("aktif", None), event.reason_detail
    gambling = [f for f in event.findings if f.code == "judi_online"]
    assert gambling, event.findings
    assert any("kakekzeus-gacor.xyz" in (f.evidence or "") or "gacor" in (f.evidence or "") for f in gambling)
    # The feed was asked for after the page was read: within the check's budget.
    assert (event.content.result, event.content.evidence) == ("update", "feed"), event.content.detail


def test_a_page_nested_150000_deep_after_its_spam_is_read_and_its_spam_found(site) -> None:  # type: ignore[no-untyped-def]
    event, healthy = check_both(site, hostile("<div>" * 150_000))
    assert_read_with_its_spam(event)
    assert (healthy.availability, healthy.content.result) == ("aktif", "update")


def test_thousands_of_unclosed_formatting_elements_are_read_and_the_spam_found(site) -> None:  # type: ignore[no-untyped-def]
    unclosed = "".join(f'<font color="#{i:06x}">' for i in range(60_000)) + "<p>.</p>" * 2_000
    event, healthy = check_both(site, hostile(unclosed))
    assert_read_with_its_spam(event)
    assert healthy.availability == "aktif"


def test_a_tag_of_200000_attributes_after_its_spam_is_read_and_its_spam_found(site) -> None:  # type: ignore[no-untyped-def]
    crowded = "<div " + " ".join(f"a{i}=b" for i in range(200_000)) + ">Hubungi kami</div>"
    event, healthy = check_both(site, hostile(crowded))
    assert_read_with_its_spam(event)
    assert healthy.availability == "aktif"


def test_120000_body_start_tags_after_its_spam_are_read_and_its_spam_found(site) -> None:  # type: ignore[no-untyped-def]
    repeated = "".join(f"<body a{i}=1>" for i in range(120_000))
    event, healthy = check_both(site, hostile(repeated))
    assert_read_with_its_spam(event)
    assert healthy.availability == "aktif"


def test_72000_distinct_tag_and_attribute_names_after_its_spam_are_read_and_its_spam_found(site) -> None:  # type: ignore[no-untyped-def]
    # lexbor walks its table of the names it has seen: each new name costs their number.
    named = "".join(f"<t{i} a{i}=b>.</t{i}>" for i in range(72_000))  # 1.8 MB
    event, healthy = check_both(site, hostile(named))
    assert_read_with_its_spam(event)
    assert healthy.availability == "aktif"
