"""An old portal's bytes, however its server and its editor labelled them: its news dated, its spam found.

windows-1252 with no label at all, UTF-16 whose byte order mark a header calls UTF-8, a page whose UTF-8 an editor
read as windows-1252 and saved again (mojibake), a page a character of which is cut in two. Real HTTP servers on
127.0.0.1.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, checked, dated
from legacy_pages_s38 import old_portal


def mojibake(html: str) -> bytes:
    """Return ``html``'s UTF-8 read as windows-1252 and saved as UTF-8 again: “ becomes â€œ."""
    return html.encode("utf-8").decode("cp1252", "replace").encode("utf-8")


def cut_in_two(html: str) -> bytes:
    """Return ``html`` in UTF-8 with the second byte of its first curly quote lost."""
    data = html.encode("utf-8")
    at = data.index("\u201c".encode()) + 1
    return data[:at] + data[at + 1 :]


SPAMMED = old_portal(None, spam=True)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (SPAMMED.encode("cp1252"), "text/html"),
        (SPAMMED.encode("utf-16"), "text/html; charset=utf-8"),  # the byte order mark decides, as in a browser
        (mojibake(SPAMMED), "text/html; charset=utf-8"),
        (cut_in_two(SPAMMED), "text/html; charset=utf-8"),
    ],
    ids=["windows-1252-unlabelled", "utf-16-labelled-utf-8", "mojibake", "character-cut-in-two"],
)
def test_an_old_portals_dates_and_spam_are_read_whatever_its_bytes(
    site: FakeSite, body: bytes, content_type: str
) -> None:
    site.route("*", "/", Reply(200, body, {"Content-Type": content_type}))
    availability, reason, freshness, _, findings = dated(checked(site))
    assert (availability, reason, freshness) == ("aktif", None, "update")
    assert "judi_online" in findings
