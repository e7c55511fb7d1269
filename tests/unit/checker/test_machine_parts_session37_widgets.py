"""Embedded social posts, Elfsight's feeds, the gold price and the year's national days as parts a machine dates
(``machine_parts``, session 37), on parsed markup."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core.machine_parts import FEED_PLUGIN_SIGNS, machine_parts

OWN = "dinkes.bekasikota.go.id"
EXCERPT = (
    "Dinas Kesehatan membuka layanan vaksinasi di seluruh puskesmas bagi warga yang belum menerima dosis lanjutan,"
    " dengan membawa KTP dan kartu vaksin."
)
TWEET = (
    '<blockquote class="twitter-tweet"><p lang="in">Samsat Keliling hari ini di Summarecon.</p>&mdash; Humas '
    '(@humaskotabekasi) <a href="https://twitter.com/humaskotabekasi/status/1">December 3, 2026</a></blockquote>'
)


def found(html: str) -> list[str]:
    """Return the text of the parts found, with the widgets of ``html`` by their "widget" class."""
    body = LexborHTMLParser(html).body
    assert body is not None
    plugins = any(sign in html for sign in FEED_PLUGIN_SIGNS)
    return [
        " ".join(node.text(separator=" ").split()) for node in machine_parts(body, body.css(".widget"), OWN, plugins)
    ]


def test_an_embedded_tweet_outside_a_post_is_found() -> None:
    assert found(f'<div class="col-lg-4"><div class="card">{TWEET}</div></div>') == [
        "Samsat Keliling hari ini di Summarecon. — Humas (@humaskotabekasi) December 3, 2026"
    ]


def test_an_embedded_instagram_or_tiktok_post_outside_a_post_is_found() -> None:
    instagram = (
        '<blockquote class="instagram-media" data-instgrm-version="14"><a href="https://www.instagram.com/p/C0/">'
        'Lihat postingan ini</a> <time datetime="2026-12-02T03:11:20+00:00">2 Desember 2026</time></blockquote>'
    )
    tiktok = '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@dinkes/video/1"><section>2-12</section>'
    assert found(f"<main>{instagram}{tiktok}</blockquote></main>") == [
        "Lihat postingan ini 2 Desember 2026",
        "2-12",
    ]


def test_a_post_quoting_a_tweet_keeps_it() -> None:
    assert found(f"<main><article><h2>Samsat Keliling</h2>{TWEET}</article></main>") == []


def test_an_elfsight_apps_container_is_found_by_its_name() -> None:
    html = (
        '<div class="card"><div class="elfsight-app-3f7c2a1e-8d5b"><div class="eapps-instagram-feed-posts-item">'
        '<div class="eapps-instagram-feed-posts-item-date">2 jam yang lalu</div></div></div></div>'
    )
    assert found(html) == ["2 jam yang lalu"]
    assert found(html.replace("elfsight-app-", "app-")) == []


def test_the_gold_prices_widget_is_found_by_its_title() -> None:
    for title in ("Harga Emas Hari Ini", "Harga Emas Antam", "Logam Mulia"):
        html = (
            f'<div class="card card-body"><h4>{title}</h4><p>Rp 1.523.000/gram</p>'
            "<p>Update: 06/12/2026 08:30 WIB</p></div>"
        )
        assert found(html) == [f"{title} Rp 1.523.000/gram Update: 06/12/2026 08:30 WIB"], title


def test_a_list_of_the_years_national_days_is_found_by_its_title() -> None:
    for title in ("Hari Penting", "Hari Besar Nasional", "Libur Nasional", "Cuti Bersama"):
        html = f'<div class="card"><h3>{title}</h3><ul><li>22 Desember 2026 Hari Ibu</li></ul></div>'
        assert found(html) == [f"{title} 22 Desember 2026 Hari Ibu"], title


def test_an_english_list_of_national_days_is_found_by_its_title() -> None:
    # A bilingual portal's /en/ pages carry the same list in English.
    for title in ("Important Days", "National Holidays", "Public Holidays"):
        html = f'<div class="card"><h3>{title}</h3><ul><li>December 22, 2026 Mother\'s Day</li></ul></div>'
        assert found(html) == [f"{title} December 22, 2026 Mother's Day"], title


def test_the_departments_posts_on_national_days_are_kept() -> None:
    posts = '<li><a href="/berita/1">Peringatan Hari Kesehatan Nasional di Alun-Alun</a> 12 November 2026</li>'
    linked = f'<div class="widget"><h3>Hari Besar Nasional</h3><ul>{posts}</ul></div>'
    headline = '<div class="box"><h3>Peringatan Hari Besar Nasional di Lingkungan Dinas Kesehatan</h3></div>'
    for html in (linked, headline):
        assert found(f"<main>{html}</main>") == [], html


def test_a_health_data_widget_is_found_by_its_title() -> None:
    readings = {
        "Data COVID-19 Kota Bekasi": "Dirawat 12 Update data: 5 Desember 2026 pukul 16.00 WIB",
        "Kasus DBD Minggu Ini": "14 kasus Update data Kamis, 04/12/2026",
        "Stok Darah PMI": "A: 112 O: 140 Update 5 Desember 2026 16:00 WIB",
        "Ketersediaan Tempat Tidur": "ICU: 2 Isolasi: 5 Update: 06-12-2026 07:15 WIB",
    }
    for title, reading in readings.items():
        html = f'<div class="card card-body"><h4>{title}</h4><p>{reading}</p></div>'
        assert found(html) == [f"{title} {reading}"], title


def test_the_departments_posts_on_covid_are_kept() -> None:
    card = f'<div class="card"><h4>Vaksinasi COVID-19</h4><small>4 Desember 2026</small><p>{EXCERPT}</p></div>'
    linked = '<div class="card"><h4>COVID-19</h4><ul><li><a href="/berita/9">Vaksinasi Booster di 42 Puskesmas</a>'
    assert found(f"<main>{card}</main>") == []
    assert found(f"<main>{linked} 4 Desember 2026</li></ul></div></main>") == []
