"""Content freshness from the dates real sites give, and the dates that are not content."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Tuesday 1 December 2026, 10:32 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 1, 3, 32, tzinfo=UTC)
NOV_28 = datetime(2026, 11, 28, tzinfo=UTC)


def evidence(html: str) -> dict[str, datetime]:
    """Return the page's own evidence as {signal: date}."""
    return {e.signal: e.when for e in freshness.page_evidence(parse_page(html, "https://dinkes.go.id/"), NOW)}


def body(inner: str, head: str = "") -> str:
    return f"<!doctype html><html><head><title>Dinkes</title>{head}</head><body>{inner}</body></html>"


# --- dates as they are written ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "November 28, 2026",
        "Nov 28, 2026",
        "Nov. 28, 2026",
        "28 Nov 2026",
        "Saturday, November 28, 2026",
        "November 28th, 2026",
        "November 28 2026",
        "28-Nov-2026",
        "Posted on November 28, 2026 by admin",
    ],
)
def test_english_dates_are_read(text: str) -> None:
    assert dates.dates_in_text(text) == [NOV_28]


@pytest.mark.parametrize(
    "text",
    ["Sabtu, 28 November 2026", "28 Nopember 2026", "28 Nop 2026", "28/11/2026", "28.11.2026", "2026-11-28"],
)
def test_indonesian_and_numeric_dates_are_read(text: str) -> None:
    assert dates.dates_in_text(text) == [NOV_28]


def test_a_month_day_order_is_read_when_the_day_first_order_is_impossible() -> None:
    assert dates.dates_in_text("11/28/2026") == [NOV_28]


def test_numbers_that_only_look_like_dates_are_not_dates() -> None:
    assert dates.dates_in_text("Tahun 2026, 12026 pengunjung, 31 Februari 2026, 3 dari 2026 berkas") == []


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("3 hari yang lalu", timedelta(days=3)),
        ("2 jam yang lalu", timedelta(hours=2)),
        ("5 menit yang lalu", timedelta(minutes=5)),
        ("Diposting 4 hari lalu", timedelta(days=4)),
        ("kemarin", timedelta(days=1)),
        ("Kemarin, 14.05 WIB", timedelta(days=1)),
        ("seminggu yang lalu", timedelta(days=7)),
        ("1 bulan yang lalu", timedelta(days=45)),  # the middle of Carbon's 30 to 59 days
        ("setahun yang lalu", timedelta(days=365)),
        ("2 days ago", timedelta(days=2)),
        ("an hour ago", timedelta(hours=1)),
        ("3 weeks ago", timedelta(days=21)),
        ("yesterday", timedelta(days=1)),
        ("Yesterday at 9:15 am", timedelta(days=1)),
        ("beberapa detik yang lalu", timedelta(seconds=1)),
        ("Beberapa menit yang lalu", timedelta(minutes=1)),
        ("a few seconds ago", timedelta(seconds=1)),
        ("few minutes ago", timedelta(minutes=1)),
    ],
)
def test_relative_dates_are_resolved_against_the_time_of_the_check(text: str, ago: timedelta) -> None:
    assert dates.relative_dates(text, NOW) == [NOW - ago]


@pytest.mark.parametrize(
    "text",
    [
        "Banjir yang terjadi 3 hari yang lalu di Kecamatan Bekasi Timur kini sudah surut.",
        "Wali Kota kemarin meresmikan puskesmas rawat inap di Bantargebang.",
        "Ketertiban lalu lintas di sekitar terminal terlalu lama diabaikan.",
    ],
)
def test_relative_words_in_running_text_are_not_dates(text: str) -> None:
    assert dates.relative_dates(text, NOW) == []


def test_relative_dates_in_a_news_list_are_page_dates() -> None:
    html = body(
        "<main><article><h3>Rapat Koordinasi</h3><span class=meta><i class='fa fa-clock'></i> 2 jam yang lalu</span>"
        "<p>Rapat koordinasi penanganan stunting tingkat kota.</p></article></main>"
    )
    assert evidence(html) == {"page_date": NOW - timedelta(hours=2)}


# --- metas, JSON-LD and the WordPress API ----------------------------------------------------------


def test_article_and_open_graph_time_metas_are_metadata_evidence() -> None:
    head = (
        '<meta property="article:published_time" content="2026-11-20T08:00:00+07:00">'
        '<meta property="og:updated_time" content="2026-11-28T08:00:00+07:00">'
    )
    assert evidence(body("<main><p>Selamat datang</p></main>", head)) == {
        "metadata": datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    }


@pytest.mark.parametrize(
    "head_and_body",
    [
        ('<meta name="DC.date.modified" content="2026-11-28">', ""),
        ('<meta name="dcterms.issued" content="2026-11-28">', ""),
        ('<meta name="pubdate" content="2026-11-28">', ""),
        # Microdata in the body, as Joomla and many themes mark an article up.
        (
            "",
            '<div itemscope itemtype="https://schema.org/Article"><meta itemprop="dateModified" content="2026-11-28">',
        ),
        ("", '<div itemscope><meta itemprop="DatePublished" content="2026-11-28T00:00:00Z"></div>'),
    ],
)
def test_dublin_core_and_microdata_date_metas_are_metadata_evidence(head_and_body: tuple[str, str]) -> None:
    head, inner = head_and_body
    assert evidence(body(f"<main><p>Selamat datang</p>{inner}</main>", head)) == {"metadata": NOV_28}


def test_microdata_properties_other_than_dates_are_not_metas() -> None:
    page = parse_page(body('<div itemscope><meta itemprop="description" content="slot gacor"></div>'), "https://x/")
    assert page.metas == ()


def test_a_meta_stamped_with_the_time_of_the_request_is_not_evidence() -> None:
    head = f'<meta property="og:updated_time" content="{NOW - timedelta(seconds=3):%Y-%m-%dT%H:%M:%S}+00:00">'
    assert evidence(body("<main><p>Selamat datang</p></main>", head)) == {}


def test_a_bare_date_of_today_is_not_taken_for_a_stamp_of_the_request() -> None:
    just_after_midnight = datetime(2026, 12, 1, 0, 4, tzinfo=UTC)
    today, stamp = datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 1, 0, 3, 58, tzinfo=UTC)
    assert freshness.unstamped([today, stamp], just_after_midnight) == [today]


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_dates_are_read() -> None:
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2026-11-28T08:00:00+07:00"})
    assert evidence(body("<main><p>Berita</p></main>", head)) == {"json_ld": datetime(2026, 11, 28, 1, tzinfo=UTC)}


def test_json_ld_graph_as_yoast_writes_it_is_read() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "name": "Dinas Kesehatan Kota Bekasi"},
            {
                "@type": "WebPage",
                "datePublished": "2021-03-01T02:00:00+00:00",
                "dateModified": "2026-11-27T02:00:00+00:00",
            },
            {"@type": "Article", "isPartOf": {"@id": "#webpage"}, "dateModified": "2026-11-29T02:00:00+00:00"},
        ],
    }
    assert evidence(body("<main><p>Beranda</p></main>", ld(graph))) == {
        "json_ld": datetime(2026, 11, 29, 2, tzinfo=UTC)
    }


def test_json_ld_with_a_trailing_comma_is_read() -> None:
    # A theme's template leaves a comma after its last property, or its last node; browsers forgive it.
    script = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Rapat, koordinasi",'
        ' "datePublished": "2026-11-28T08:00:00+07:00",},]}'
    )
    head = f'<script type="application/ld+json">{script}</script>'
    assert evidence(body("<main><p>Berita</p></main>", head)) == {"json_ld": datetime(2026, 11, 28, 1, tzinfo=UTC)}


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "Article", "datePublished": "2026-11-28"',  # cut off
        "[" * 20_000 + "]" * 20_000,  # deeper than the parser's stack
        '{"datePublished": 20261128, "dateModified": ["kemarin"]}',
        '"just a string"',
    ],
)
def test_malformed_json_ld_is_ignored(script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script>'
    assert evidence(body("<main><p>Beranda</p></main>", head)) == {}


def test_the_advertised_wordpress_api_is_found_and_asked_for_its_latest_posts() -> None:
    head = '<link rel="https://api.w.org/" href="https://dinkes.go.id/wp-json/">'
    page = parse_page(body("<main></main>", head), "https://dinkes.go.id/")
    assert freshness.wp_posts_url(page.dates.wp_api or "") == (
        "https://dinkes.go.id/wp-json/wp/v2/posts?per_page=5&_fields=date_gmt,modified_gmt"
    )
    assert freshness.wp_posts_url("https://dinkes.go.id/?rest_route=/") == (
        "https://dinkes.go.id/?rest_route=/wp/v2/posts&per_page=5&_fields=date_gmt,modified_gmt"
    )


def test_wordpress_post_dates_are_read_as_gmt() -> None:
    posts = [{"date_gmt": "2026-11-20T01:00:00", "modified_gmt": "2026-11-28T01:00:00"}, {"date_gmt": None}]
    assert max(freshness.wp_posts_dates(json.dumps(posts).encode())) == datetime(2026, 11, 28, 1, tzinfo=UTC)
    assert freshness.wp_posts_dates(b"<html>not json</html>") == []
    assert freshness.wp_posts_dates(b'{"code": "rest_no_route"}') == []


# --- dates that are not content --------------------------------------------------------------------


@pytest.mark.parametrize(
    "clock",
    [
        "<div><div>Selasa, 1 Desember 2026 10:32:05 WIB</div></div>",
        "<div><span>Selasa, 1 Desember 2026</span> <span>10:32:05</span></div>",
        "<div>10:32 WIB | Selasa, 1 Desember 2026</div>",
        "<div>01/12/2026 10:32:05</div>",
        '<div><time datetime="2026-12-01T10:32:05+07:00">10:32</time></div>',
    ],
)
def test_a_clock_showing_today_is_not_evidence(clock: str) -> None:
    assert evidence(body(f"{clock}<main><p>Selamat datang di situs resmi Dinas Kesehatan</p></main>")) == {}


def test_a_copyright_line_is_not_evidence() -> None:
    html = body(
        "<main><p>Selamat datang</p></main>"
        "<div class=bottom>Copyright © 2026 Dinas Kesehatan Kota Bekasi · 1 Desember 2026</div>"
    )
    assert evidence(html) == {}


def test_dates_in_the_site_header_nav_and_footer_are_ignored() -> None:
    html = body(
        "<header><p>Senin, 30 November 2026</p></header>"
        "<nav><a href=/agenda>Agenda 29 November 2026</a></nav>"
        "<div class=top-bar>30 November 2026</div>"
        "<main><p>Berita 1 Mei 2026</p></main>"
        "<footer><p>Diperbarui 30 November 2026</p></footer>"
    )
    assert evidence(html) == {"page_date": datetime(2026, 5, 1, tzinfo=UTC)}


def test_the_header_of_an_article_dates_it() -> None:
    html = body(
        "<header class=site-header><p>Selasa, 1 Desember 2026</p></header>"
        "<main><article><header><h1>Rapat Koordinasi</h1>"
        '<time datetime="2026-11-28T08:00:00+07:00">28 November 2026</time></header>'
        "<p>Isi berita.</p></article></main>"
    )
    assert evidence(html) == {"page_date": NOV_28}


def test_a_post_header_inside_main_dates_it_without_an_article_element() -> None:
    html = body(
        "<header><p>Selasa, 1 Desember 2026</p></header><main><header class=entry-header><h1>Rapat</h1>"
        "<span class=posted-on>28 November 2026</span></header><div class=entry-content>Isi</div></main>"
    )
    assert evidence(html) == {"page_date": NOV_28}


def test_an_article_posted_today_with_its_time_is_not_taken_for_a_clock() -> None:
    html = body("<main><article><h3>Rapat</h3><span>Selasa, 1 Desember 2026 09:15 WIB</span></article></main>")
    assert evidence(html) == {"page_date": datetime(2026, 12, 1, tzinfo=UTC)}


def test_a_clock_next_to_stale_news_leaves_the_news_to_decide() -> None:
    html = body(
        "<div><div>Selasa, 1 Desember 2026 <span>10:32:05</span></div></div>"
        "<div class=col><ul><li>12 Mei 2026 Rapat koordinasi</li><li>3 April 2026 Sosialisasi</li></ul></div>"
        "<div class=credit>&copy; 2026 Dinas Kesehatan</div>"
    )
    found = freshness.page_evidence(parse_page(html, "/"), NOW)
    assert [(e.signal, e.when) for e in found] == [("page_date", datetime(2026, 5, 12, tzinfo=UTC))]
    assert freshness.decide(found, NOW, 30).result == "tidak_update"


def test_the_deciding_signal_reads_in_indonesian() -> None:
    found = freshness.page_evidence(parse_page(body("<main><p>28 November 2026</p></main>"), "/"), NOW)
    assert freshness.decide(found, NOW, 30).detail == "tanggal di halaman 2026-11-28; umur 3 hari, batas 30 hari"


def test_the_main_content_keeps_its_text_when_its_own_class_looks_volatile() -> None:
    page = parse_page(
        "<body><main class=slider-wrap><p>Berita 1 Mei 2026</p><div class=ads>iklan</div></main></body>", "/"
    )
    assert page.main_text == "Berita 1 Mei 2026"


# --- a page kept unchanged is read once, and resolved against each check's time ------------------

KEPT_PAGE = body(
    '<div class="top-bar">Selasa, 1 Desember 2026 10:32 WIB</div>'
    "<main><h2>Berita Terkini</h2>"
    "<article><h3>Vaksinasi Keliling</h3><p>oleh Admin · 3 hari yang lalu</p></article>"
    "<article><h3>Posyandu Lansia</h3><p>Senin lalu</p></article>"
    "<article><h3>Bulan Imunisasi Anak Sekolah</h3><p>25 November – 3 Desember 2026</p></article>"
    "<article><h3>Rapat Koordinasi</h3><p>Kemarin</p></article>"
    "</main><footer>© 2026 Dinas Kesehatan Kota Bekasi</footer>"
)


@pytest.mark.parametrize("later", [timedelta(hours=1), timedelta(days=1), timedelta(days=3), timedelta(days=9)])
def test_a_page_checked_again_later_gives_what_a_fresh_reading_at_that_time_gives(later: timedelta) -> None:
    # The clock stops being today's, the relative dates move on and the range's first day drops out
    # once its last is past: none of it may be remembered from the first check of the same page.
    kept = parse_page(KEPT_PAGE, "https://dinkes.go.id/")
    first = freshness.page_dates(kept, NOW)
    assert sorted(first) == sorted(freshness.page_dates(parse_page(KEPT_PAGE, "https://dinkes.go.id/"), NOW))
    again = freshness.page_dates(kept, NOW + later)
    assert again == freshness.page_dates(parse_page(KEPT_PAGE, "https://dinkes.go.id/"), NOW + later)
    assert again != first
