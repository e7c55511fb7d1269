"""A widget's title counts its words as the squashed text has them, whatever spaces the markup puts between them
(``machine_parts``: a post's headline is longer than ``_MAX_TITLE_WORDS``)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core.machine_parts import machine_parts

OWN = "dinkes.bekasikota.go.id"
COUNTER = "<ul><li>Hari ini: 120</li><li>Kemarin: 98</li><li>Total: 45.210</li></ul>"


def found(title: str) -> list[str]:
    html = f'<main><div class="col-md-4"><h3>{title}</h3>{COUNTER}</div><article><p>Berita</p></article></main>'
    body = LexborHTMLParser(html).body
    assert body is not None
    return [" ".join(node.text(separator=" ").split()) for node in machine_parts(body, [], OWN, False)]


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Statistik Pengunjung", 2),
        ("\n   Statistik\u00a0Pengunjung\tSitus  Dinas\u3000Kesehatan \n", 5),
        ("Statistik Pengunjung <b>Situs</b> <i>Dinas</i> Kesehatan", 5),
        ("\u2003Statistik\x0bPengunjung\x1cSitus\u2028Dinas\u205fKesehatan\u00a0", 5),
        ("\n   Statistik\u00a0Pengunjung\tSitus  Dinas\u3000Kesehatan Kota \n", 6),
        ("Statistik Pengunjung Situs Dinas Kesehatan Kota", 6),
        ("Statistik\u3000\u3000Pengunjung Situs Dinas\t\tKesehatan Kota Bekasi", 7),
    ],
)
def test_a_widget_title_of_five_words_at_most_heads_a_machines_part(title: str, words: int) -> None:
    squashed = " ".join(LexborHTMLParser(f"<p>{title}</p>").css_first("p").text(separator=" ").split())
    assert len(squashed.split()) == words

    assert found(title) == ([f"{squashed} Hari ini: 120 Kemarin: 98 Total: 45.210"] if words <= 5 else [])
