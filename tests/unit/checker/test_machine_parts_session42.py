"""A widget's title (``machine_parts``) is tried by ``_WIDGET_TITLE`` in its own case on a title of ASCII lowered,
and only once its heading is known to link nothing: the parts found are those of the old order and expression.

The old reading is kept here (``old_machine_parts``) and each page's parts are compared with it.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import machine_parts as mp
from pantau_checker.core._selectors import select, select_first, text_of, words_of
from pantau_checker.core.machine_parts import machine_parts

OWN = "dinkes.bekasikota.go.id"


def old_machine_parts(body: LexborNode, widgets: list[LexborNode], own: str, plugins: bool) -> list[LexborNode]:
    """``machine_parts`` as it read the headings before (no ``today``: no table of days is read)."""
    found = [node for node in select(body, mp._FEED_PLUGINS) if not mp._in_article(node)] if plugins else []
    headings = [node for node in select(body, "h2, h3, h4, h5, h6, table") if node.tag != "table"]
    for heading in headings[: mp._MAX_HEADINGS]:
        title = words_of(heading)
        if (
            len(title) > mp._MAX_TITLE_CHARS
            or title.count(" ") >= mp._MAX_TITLE_WORDS
            or mp._WIDGET_TITLE.search(title) is None
            or select_first(heading, "a[href]") is not None
            or mp._in_article(heading)
        ):
            continue
        found += mp._titled(heading, title, body, own)
    for widget in widgets:
        text = text_of(widget)
        if len(text) <= mp._MAX_PART_CHARS and mp._stamped(text) and mp._machine_made(widget, own):
            found.append(widget)
    return list({node.mem_id: node for node in found}.values())


# Each way of the expression, as a vendor's theme titles its widget, in its case and in others.
WIDGET_TITLES = (
    "Statistik Pengunjung",
    "Visitors",
    "Statistic Website",
    "Kunjungan 7 Hari",
    "Buku Tamu",
    "GuestBook",
    "Guest Book",
    "Komentar Terbaru",
    "Recent Comments",
    "Exchange Rates",
    "Gold Price",
    "Air Quality",
    "Info Gempa",
    "Gempabumi M 5.2",
    "Gempa Bumi Terkini",
    "Gempa Dirasakan",
    "Data BMKG",
    "Kurs Hari Ini",
    "Nilai Tukar Rupiah",
    "Harga Pangan",
    "Harga Bahan Pokok",
    "Emas Antam",
    "Logam Mulia",
    "Prakiraan Cuaca",
    "Cuaca Hari Ini",
    "ISPU",
    "Kualitas Udara",
    "Tinggi Muka Air",
    "TMA Kali Bekasi",
    "Pengaduan Masyarakat Terbaru",
    "Aduan Warga Terkini",
    "Laporan Terbaru",
    "Aktivitas Terkini",
    "YouTube",
    "Hari Penting Nasional",
    "Hari Besar",
    "Libur Nasional",
    "Cuti Bersama",
    "Important Days",
    "Public Holidays",
    "Covid-19",
    "COVID19",
    "Kasus DBD",
    "Kasus Demam Berdarah",
    "Stok Darah",
    "Ketersediaan Tempat Tidur",
    "Ketersediaan Bed",
)
# Titles that are none of them, or only look so: a word inside another, a headline, a page's own sections.
OTHER_TITLES = (
    "Berita Terkini",
    "Pengumuman",
    "Agenda",
    "Tautan",
    "Galeri Foto",
    "Kursus Menjahit",  # "kurs" inside a word
    "Harganya Naik",
    "Pengunjungnya",
    "Covid Lama 2019",  # a match all the same: "covid" then a word's end
    "Gempa",
    "Hari",
    "Layanan Publik",
    "Profil Dinas",
    "Statistik Sektoral",
    "",
)
# Titles beyond ASCII: the letters that a search ignoring case takes for "k", "s" and "i" (the Kelvin sign, the long
# s, the dotless i and the dotted capital I), a bullet, a dash, a curly quote, "©", Indonesian as a vendor writes it.
WIDE_TITLES = (
    "\u212aurs Hari Ini",  # KELVIN SIGN
    "Stok Darah \u2013 PMI",
    "\u017ftok Darah",  # LONG S
    "I\u017fPU",
    "Ca\u017fe",
    "\u0130SPU",  # CAPITAL I WITH DOT ABOVE
    "\u0131spu",  # DOTLESS I
    "Ketersed\u0131aan Kamar",
    "\u2022 Statistik Pengunjung",
    "\u201cBuku Tamu\u201d",
    "Cuaca \u00a9 BMKG",
    "Agenda \u2013 Dinas",
    "Pengumuman \u2022 Terbaru",
)


@pytest.mark.parametrize("title", (*WIDGET_TITLES, *OTHER_TITLES, *WIDE_TITLES))
@pytest.mark.parametrize("case", [str, str.upper, str.lower, str.swapcase, str.title])
def test_a_title_is_a_widgets_as_the_expression_ignoring_case_reads_it(title: str, case: object) -> None:
    written = case(title)  # type: ignore[operator]
    assert mp._widget_titled(written) == (mp._WIDGET_TITLE.search(written) is not None)


def test_every_way_of_the_expression_is_tried() -> None:
    assert all(mp._widget_titled(title) for title in WIDGET_TITLES)
    assert mp._widget_titled("\u212aurs Hari Ini")  # the Kelvin sign is a "k" to the expression ignoring case
    assert mp._widget_titled("\u017ftok Darah")
    assert mp._widget_titled("\u0131spu")
    assert not mp._widget_titled("Kursus Menjahit")


def test_the_lowered_expression_is_written_in_lower_case() -> None:
    # Its letters must all be lower for a lowered title to match where the one ignoring case does.
    assert mp._WIDGET_TITLE_LOWERED.pattern == mp._WIDGET_TITLE.pattern
    assert not re.search(r"[A-Z]", mp._WIDGET_TITLE.pattern)
    assert mp._WIDGET_TITLE_LOWERED.flags & re.IGNORECASE == 0


def test_random_titles_read_alike() -> None:
    rng = random.Random(42)
    pieces = [*(" ".join(t.split()[:2]) for t in WIDGET_TITLES), "a", "b", "19", "-", " ", "\u017f", "\u212a", "K", "S"]
    for _ in range(3000):
        title = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        title = "".join(c.upper() if rng.random() < 0.3 else c for c in title)
        assert mp._widget_titled(title) == (mp._WIDGET_TITLE.search(title) is not None), title


def department_page(news: int = 12) -> str:
    """A department's home page as its vendor writes it: a menu, dated news headed by linked <h3>s (some short),
    a sidebar of widgets (titled as data and not), the footer with a counter, a clock."""
    items = "".join(
        f'<div class="news-item"><h3><a href="/berita-{i}/">{"Launching Layanan" if i % 3 else "Statistik Pengunjung"}'
        f"{' Antrean Daring Puskesmas Kecamatan Bekasi Utara' if i % 2 else ''}</a></h3>"
        f'<span class="date">{1 + i} Desember 2026</span><p>Dinas Kesehatan Kota Bekasi \u2022 \u201cpelayanan\u201d'
        f" terus ditingkatkan bagi warga \u2013 {i}.</p></div>"
        for i in range(news)
    )
    return f"""<html><head><title>Dinas Kesehatan Kota Bekasi \u2013 Melayani</title></head><body>
<header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li>
<li><a href="/berita/">Berita</a></li></ul></nav><div class="clock">Minggu, 6 Desember 2026 10:15 WIB</div></header>
<main><h2>Berita Terkini</h2>{items}
<article><h3>Statistik Pengunjung</h3><p>Sebuah artikel yang membahas statistik.</p></article></main>
<aside class="sidebar">
<div class="widget widget_text"><h3>Pengumuman</h3><ul><li>Hasil Seleksi Terbuka</li></ul></div>
<div class="widget"><h3>Statistik Pengunjung</h3><ul><li>Hari ini: 120</li><li>Kemarin: 98</li></ul></div>
<div class="widget"><h4>\u2022 Info Gempa \u2022</h4><table><tr><td>M 5.2</td></tr></table></div>
<div class="widget"><h3>\u212aurs BI</h3><ul><li>USD 15.700</li></ul></div>
<div class="widget"><h3>Buku Tamu</h3><ul><li><a href="/tamu/1">Budi</a></li></ul></div>
<div class="widget"><h3>Berita Populer</h3><ul><li><a href="/berita-1/">Launching Layanan Antrean Daring</a></li>
</ul></div>
<div class="widget"><h3>Agenda</h3><p>Rapat Evaluasi Kinerja Triwulan</p></div>
<div class="widget"><h3>Cuaca Hari Ini</h3><p>Cerah 31\u00b0C</p><p>Sumber: BMKG (otomatis)</p></div>
</aside>
<footer><div class="widget"><h5>Pengunjung</h5><ul><li>Total: 45.210</li></ul></div>
<p>\u00a9 2026 Dinas Kesehatan Kota Bekasi. Hak cipta dilindungi.</p></footer></body></html>"""


def parts(html: str, reader: object, plugins: bool = False) -> list[str]:
    body = LexborHTMLParser(html).body
    assert body is not None
    widgets = select(body, "[class*='widget']")
    return [words_of(node) for node in reader(body, widgets, OWN, plugins)]  # type: ignore[operator]


@pytest.mark.parametrize("news", [0, 1, 12, 40])
def test_a_department_page_loses_the_parts_it_lost(news: int) -> None:
    html = department_page(news)
    found = parts(html, machine_parts)
    assert found == parts(html, old_machine_parts)
    assert [p[:12] for p in found] == [
        "Statistik Pe",
        "\u2022 Info Gempa",
        "\u212aurs BIUSD 1",
        "Buku TamuBud",
        "Cuaca Hari I",
        "PengunjungTo",
    ]


@pytest.mark.parametrize(
    ("tag", "title", "linked", "in_article"),
    list(
        itertools.product(
            ["h2", "h3", "h6"],
            ["Statistik Pengunjung", "STOK DARAH", "\u017ftok Darah", "Pengumuman", "Kursus"],
            ["", "href", "name", "both"],
            [False, True],
        )
    ),
)
def test_each_way_a_heading_is_left_reads_alike(tag: str, title: str, linked: str, in_article: bool) -> None:
    anchors = {"": "{}", "href": '<a href="/x/">{}</a>', "name": '<a name="x">{}</a>', "both": '<a id="x"></a>{}'}
    head = f"<{tag}>{anchors[linked].format(title)}</{tag}>"
    block = f'<div class="box">{head}<ul><li>Hari ini: 12</li></ul></div>'
    html = f"<body><main>{f'<article>{block}</article>' if in_article else block}<p>Berita</p></main></body>"
    assert parts(html, machine_parts) == parts(html, old_machine_parts)
