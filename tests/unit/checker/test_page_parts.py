"""The parts of a page that the parser counts or drops: the links of the site's menus, and the
copyright lines that leave the dated text."""

from __future__ import annotations

import subprocess
import sys

from pantau_checker.core.page import parse_page


def _page(body: str) -> str:
    return f"<html><head><title>Dinas</title></head><body>{body}</body></html>"


def test_the_links_of_nested_menus_count_once() -> None:
    html = _page(
        '<div class="navbar"><nav><a href="/a">A</a><a href="/b">B</a></nav><a href="/c">C</a></div>'
        '<div role="navigation"><a href="/d">D</a></div><ul id="menu"><li><a href="">E</a></li></ul>'
        '<p><a href="/berita">Berita</a></p>'
    )

    assert parse_page(html, "https://dinkes.bekasikota.go.id/").menu_link_count == 5


def test_a_link_named_menu_is_not_a_menu_link() -> None:
    html = _page('<a class="menu" href="/menu">Menu</a><nav><a class="menu" href="/x"><span>X</span></a></nav>')

    # The link inside <nav> counts; the link whose own class says "menu" holds no menu links.
    assert parse_page(html, "https://dinkes.bekasikota.go.id/").menu_link_count == 1


def test_every_way_of_writing_copyright_leaves_the_dated_text() -> None:
    lines = [
        "© 2019 Dinas Kesehatan",
        "(c) 2018 Pemkot",
        "(C)2017 Pemkot",
        "Copyright 2016 Diskominfo",
        "COPYRIGHT 2015 DISKOMINFO",
        "Hak Cipta Dilindungi 2014",
        "hak cipta dilindungi 2013",
        "HAK CIPTA DILINDUNGI 2012",
        "Diperbarui 1 Desember 2026",
        "(c) tanpa tahun 3 Maret 2011",  # "(c)" without a year is not a copyright mark
    ]
    html = _page("".join(f"<p>{line}</p>" for line in lines))

    elsewhere = parse_page(html, "https://dinkes.bekasikota.go.id/").dates.elsewhere

    assert [line for line in elsewhere.splitlines() if line.strip()] == lines[-2:]


def test_a_checker_process_collects_cycles_rarely_and_never_walks_what_it_loaded() -> None:
    script = (
        "import gc\n"
        "from pantau_checker.__main__ import run\n"
        "async def job():\n"
        "    return gc.get_threshold(), gc.get_freeze_count()\n"
        "threshold, frozen = run(job())\n"
        "print(threshold[0], frozen)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)

    threshold, frozen = map(int, out.stdout.split())
    assert threshold >= 10_000  # Python's default is 700
    assert frozen > 0
