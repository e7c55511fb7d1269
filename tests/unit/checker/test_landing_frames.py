"""Which frame of an old site's frameset or lone iframe is its content, followed as a signpost is."""

from __future__ import annotations

import pytest

from pantau_checker.core.landing import landing_target

URL = "http://dinkes.bekasikota.go.id/"


def frameset(inner: str) -> str:
    head = "<html><head><title>Dinas Kesehatan</title></head>"
    return f"{head}{inner}<noframes><body>Tidak didukung.</body></noframes></html>"


@pytest.mark.parametrize(
    ("page", "content"),
    [
        (
            frameset(
                '<frameset rows="120,*"><frame src="top.html" name="t"><frame src="main.php" name="x"></frameset>'
            ),
            "main.php",
        ),
        (
            frameset(
                '<frameset cols="*,200"><frame src="isi.php" name="a"><frame src="menu.html" name="b"></frameset>'
            ),
            "isi.php",
        ),
        # No share of the rest: the frame named as the content, else the last.
        (
            frameset('<frameset rows="50%,50%"><frame src="a.html" name="mainFrame"><frame src="b.html"></frameset>'),
            "a.html",
        ),
        (frameset('<frameset rows="100,400"><frame src="a.html"><frame src="b.html"></frameset>'), "b.html"),
        # A frameset in a frameset: the rest is a frameset, so the named or the last frame.
        (
            frameset(
                '<frameset rows="100,*"><frame src="top.html"><frameset cols="180,*"><frame src="menu.html">'
                '<frame src="isi.php"></frameset></frameset>'
            ),
            "isi.php",
        ),
        ('<html><body><iframe src="/app/" style="border:0"></iframe></body></html>', "app/"),
        # A tracker's iframe of no size beside it does not count.
        (
            '<html><body><iframe src="/app/"></iframe><iframe src="/hit" width="0" height="0"></iframe></body></html>',
            "app/",
        ),
    ],
    ids=["rows-rest", "cols-rest", "named", "last", "nested", "lone-iframe", "iframe-and-tracker"],
)
def test_the_content_frame_of_its_own_site_is_followed(page: str, content: str) -> None:
    assert landing_target(page, "", URL) == URL + content


@pytest.mark.parametrize(
    "page",
    [
        frameset('<frameset rows="120,*"><frame src="top.html"><frame src="https://slot-gacor.example/"></frameset>'),
        '<html><body><iframe src="/a/"></iframe><iframe src="/b/"></iframe></body></html>',
        "<html><body><p>"
        + "Profil dinas dan layanan kesehatan masyarakat. " * 8
        + '</p><iframe src="/peta/"></iframe></body></html>',
        '<html><body><form action="/cari"><input name="q"></form><iframe src="/app/"></iframe></body></html>',
    ],
    ids=["frame-of-another-site", "two-iframes", "iframe-beside-words", "form"],
)
def test_a_page_that_is_more_than_its_frame_is_judged_itself(page: str) -> None:
    assert landing_target(page, "", URL) is None
