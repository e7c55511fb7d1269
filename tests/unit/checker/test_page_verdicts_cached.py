"""What a class and an id name is judged once a process (``page._verdict`` is cached): each pair keeps its own
verdict, whichever page asked first."""

from __future__ import annotations

import pytest

from pantau_checker.core.page import _verdict, parse_page

URL = "https://dinkes.bekasikota.go.id/"
PAIRS = [
    ("menu", None),
    ("x", "menu"),
    ("x", None),
    (None, "footer"),
    ("navbar navbar-expand-lg", "header"),
    ("d-none d-md-block", None),
    ("d-none", None),
    ("widget widget_text", "text-3"),
    ("jam-digital", None),
    ("visitor-counter", "visitor"),
    ("MENU", None),
    ("collapse navbar-collapse", "navbarNav"),
]


@pytest.mark.parametrize(("classes", "id_"), PAIRS)
def test_a_cached_verdict_is_the_pairs_own(classes: str | None, id_: str | None) -> None:
    for one, other in PAIRS:  # every other pair judged first
        _verdict(one, other)

    assert _verdict(classes, id_) == _verdict.__wrapped__(classes, id_)


def test_a_page_reads_the_same_after_another_named_its_classes_otherwise() -> None:
    first = '<html><body><div class="menu"><a href="/a/">A</a></div><main><p>Isi</p></main></body></html>'
    second = '<html><body><div class="x" id="menu"><a href="/b/">B</a></div><main><p>Isi</p></main></body></html>'
    alone = parse_page(second, URL)
    parse_page(first, URL)

    assert parse_page(second, URL) == alone
    assert alone.menu_link_count == 1
