"""The parts of a page whose dates a machine or the visitors write (``machine_parts``), on parsed markup."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core.machine_parts import FEED_PLUGIN_SIGNS, machine_parts

OWN = "dinkes.bekasikota.go.id"
EXCERPT = (
    "Kegiatan ini diikuti oleh seluruh jajaran dan perwakilan kelurahan se-Kota Bekasi. Kepala Dinas menyampaikan"
    " pentingnya sinergi antar perangkat daerah."
)


def found(html: str) -> list[str]:
    """Return the text of the parts found, with the widgets of ``html`` by their "widget" class."""
    body = LexborHTMLParser(html).body
    assert body is not None
    widgets = body.css(".widget")
    plugins = any(sign in html for sign in FEED_PLUGIN_SIGNS)
    return [" ".join(node.text(separator=" ").split()) for node in machine_parts(body, widgets, OWN, plugins)]


def test_a_counters_widget_is_found_by_its_title() -> None:
    html = (
        '<div class="col"><div class="widget"><h4>Statistik Pengunjung</h4><table><tr><td>Kemarin (04/12/2026)</td>'
        "<td>341</td></tr></table></div></div>"
    )
    assert found(html) == ["Statistik Pengunjung Kemarin (04/12/2026) 341"]


def test_a_table_under_a_data_title_in_the_content_is_found_with_its_source() -> None:
    html = (
        f'<div class="content"><p>{EXCERPT}</p><h3>Tinggi Muka Air (TMA)</h3><table><tr><td>Bendung</td>'
        '<td>04-12-2026 23:00</td></tr></table><p class="small">Sumber: BBWS Ciliwung-Cisadane</p>'
        "<h3>Profil</h3><p>Dinas.</p></div>"
    )
    assert found(html) == ["Bendung 04-12-2026 23:00", "Sumber: BBWS Ciliwung-Cisadane"]


def test_a_widget_stamped_as_a_feeds_is_found_whatever_its_title() -> None:
    html = (
        '<div class="widget"><h4>Capaian Imunisasi</h4><p>Data s.d. 4 Desember 2026: 92,4%</p><p>(otomatis)</p></div>'
    )
    assert found(html) == ["Capaian Imunisasi Data s.d. 4 Desember 2026: 92,4% (otomatis)"]


def test_a_feed_plugins_container_is_found_only_where_its_names_are_in_the_markup() -> None:
    html = '<div id="ctf" class="ctf"><a class="ctf-tweet-date" href="https://twitter.com/a/status/1">4 Des</a></div>'
    assert found(html) == ["4 Des"]
    assert found(html.replace("ctf-tweet-date", "date")) == []


def test_the_sites_posts_under_such_titles_are_not_found() -> None:
    posts = "".join(f'<li><a href="/berita/{i}">Wali Kota Tinjau Pasar Baru Bekasi {i}</a></li>' for i in range(3))
    linked = f'<div class="widget"><h4>Harga Pangan</h4><ul>{posts}</ul><p>Pembaruan terakhir otomatis</p></div>'
    headline = '<div class="box"><h4><a href="/berita/1">Info Gempa Terkini</a></h4><small>4 Des 2026</small></div>'
    long_title = '<div class="box"><h3>Pemantauan Harga Pangan di Pasar Baru Bekasi</h3><small>4 Des 2026</small></div>'
    excerpt = f'<div class="card"><h4>Kualitas Udara Membaik</h4><small>4 Desember 2026</small><p>{EXCERPT}</p></div>'
    article = "<article><h1>Gempa Guncang Sukabumi</h1><h2>Info Gempa Terkini</h2><p>4 Desember 2026</p></article>"
    for html in (linked, headline, long_title, excerpt, article):
        assert found(f"<main>{html}</main>") == [], html
