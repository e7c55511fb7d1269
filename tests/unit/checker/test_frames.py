"""A page's frames and its scripts from other hosts, as ``parse_page`` reads them for the checks."""

from __future__ import annotations

import pytest

from pantau_checker.core.checks import defacement, hijack
from pantau_checker.core.page import Frame, parse_page

URL = "https://dinkes.bekasikota.go.id/"
NEWS = "".join(
    f'<article><h3><a href="/berita/{i}">Posyandu Kelurahan {i} melayani imunisasi</a></h3>'
    f"<p>Kegiatan rutin bulanan di wilayah Bekasi Timur, nomor {i}.</p></article>"
    for i in range(6)
)


def page_with(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Dinas Kesehatan Kota Bekasi</title>{head}</head><body>"
        '<nav><a href="/">Beranda</a><a href="/profil">Profil</a><a href="/layanan">Layanan</a></nav>'
        f"<main>{NEWS}{body}</main><footer>&copy; 2026 Dinas Kesehatan Kota Bekasi</footer></body></html>"
    )


def frames(html: str) -> tuple[Frame, ...]:
    return parse_page(html, URL).frames


@pytest.mark.parametrize(
    ("markup", "hidden"),
    [
        pytest.param('<iframe src="https://x.example/a" width="1" height="1"></iframe>', True, id="one-pixel"),
        pytest.param('<iframe src="https://x.example/a" style="display:none"></iframe>', True, id="display-none"),
        pytest.param('<iframe src="https://x.example/a" style="width: 0; height: 0"></iframe>', True, id="sized-0"),
        pytest.param(
            '<div style="position:absolute;left:-9999px"><iframe src="https://x.example/a"></iframe></div>',
            True,
            id="off-screen-parent",
        ),
        pytest.param('<iframe src="https://x.example/a" width="560" height="315"></iframe>', False, id="a-video"),
        pytest.param(
            '<iframe src="https://x.example/a" style="max-width:100%;height:450px"></iframe>', False, id="responsive"
        ),
    ],
)
def test_a_frame_is_hidden_when_it_is_of_no_size_or_inside_what_the_page_hides(markup: str, hidden: bool) -> None:
    assert [(f.href, f.hidden, f.place) for f in frames(page_with(markup))] == [
        ("https://x.example/a", hidden, "embed")
    ]


def test_a_framesets_frame_and_an_iframe_over_the_whole_window_are_the_window() -> None:
    frameset = (
        "<html><head><title>Dinkes</title></head><frameset rows='100%,*'>"
        "<frame src='https://x.example/'><noframes>Browser Anda tidak mendukung frame.</noframes></frameset></html>"
    )
    overlay = page_with('<iframe src="//x.example/" style="position: fixed; inset: 0; width: 100vw; height: 100vh">')
    assert [f.place for f in frames(frameset)] == ["window"]
    assert [(f.href, f.place) for f in frames(overlay)] == [("https://x.example/", "window")]


def test_a_full_size_frame_is_the_page_only_with_next_to_nothing_beside_it() -> None:
    alone = '<html><body style="margin:0"><iframe src="/app/" width="100%" height="100%"></iframe></body></html>'
    assert [(f.href, f.place) for f in frames(alone)] == [("https://dinkes.bekasikota.go.id/app/", "page")]
    among_news = page_with('<iframe src="/app/" width="100%" height="100%"></iframe>')
    assert [f.place for f in frames(among_news)] == ["embed"]


def test_frames_without_an_address_to_load_are_not_read() -> None:
    markup = '<iframe src="about:blank"></iframe><iframe src="javascript:void(0)"></iframe><iframe src=""></iframe>'
    assert frames(page_with(markup)) == ()


def test_only_the_scripts_from_another_host_are_kept_as_addresses() -> None:
    head = (
        '<script src="/wp-includes/js/jquery/jquery.min.js"></script>'
        '<script src="https://dinkes.bekasikota.go.id/wp-content/themes/pemkot/app.js"></script>'
        '<script src="https://www.googletagmanager.com/gtag/js?id=G-ABC"></script>'
        '<script src="//cdn.slot-gacor.example/a.js"></script><script>var x = 1;</script>'
    )
    parsed = parse_page(page_with("", head), URL)
    assert parsed.script_sources == (
        "https://www.googletagmanager.com/gtag/js?id=G-ABC",
        "https://cdn.slot-gacor.example/a.js",
    )
    assert parsed.scripts == ("var x = 1;",)


def test_a_hidden_frame_of_a_gambling_site_is_hidden_gambling_and_an_embed_of_one_is_a_link() -> None:
    hidden = page_with('<iframe src="https://situs-slot-gacor.example/daftar" width="0" height="0"></iframe>')
    shown = page_with('<iframe src="https://situs-slot-gacor.example/daftar" width="300" height="250"></iframe>')
    assert {(f.location, f.severity) for f in defacement.scan(parse_page(hidden, URL))} == {("hidden", "kritis")}
    assert {(f.location, f.severity) for f in defacement.scan(parse_page(shown, URL))} == {("link", "tinggi")}


@pytest.mark.parametrize(
    ("markup", "location"),
    [
        # An <object> or <embed> loads a page as an iframe does: of no size, unseen.
        pytest.param('<object data="https://situs-slot-gacor.example/" width="0" height="0"></object>', "hidden"),
        pytest.param('<embed src="https://situs-toto88.example/promo" width="1" height="1">', "hidden"),
        pytest.param(
            '<div style="display:none"><object data="//situs-slot-gacor.example/" type="text/html"></object></div>',
            "hidden",
        ),
        # An image map's area links as an <a> does (a search engine follows it): its alt is its text.
        pytest.param(
            '<p><img src="/img/peta-puskesmas.png" usemap="#peta" alt="Peta Puskesmas"></p><map name="peta">'
            '<area shape="rect" coords="10,10,80,40" href="/puskesmas/bantargebang/" alt="Puskesmas Bantargebang">'
            '<area shape="rect" coords="0,0,1,1" href="https://pusat-maxwin.example/" alt="slot gacor maxwin"></map>',
            "link",
        ),
    ],
)
def test_gambling_loaded_by_an_object_or_embed_or_linked_by_an_image_maps_area_is_found(
    markup: str, location: str
) -> None:
    assert {(f.code, f.location) for f in defacement.scan(parse_page(page_with(markup), URL))} == {
        ("judi_online", location)
    }


def test_a_departments_own_objects_and_image_map_are_no_finding() -> None:
    html = page_with(
        '<object data="/files/perwal-12-2026.pdf" type="application/pdf" width="100%" height="600">'
        '<a href="/files/perwal-12-2026.pdf">Unduh Peraturan Wali Kota</a></object>'
        '<embed src="https://www.youtube.com/embed/abc" width="560" height="315">'
        '<img src="/img/peta.png" usemap="#peta" alt="Peta"><map name="peta">'
        '<area shape="rect" coords="10,10,80,40" href="/puskesmas/jatiasih/" alt="Puskesmas Jatiasih"></map>'
    )
    parsed = parse_page(html, URL)
    assert defacement.scan(parsed) == ()
    assert ("Puskesmas Jatiasih", "https://dinkes.bekasikota.go.id/puskesmas/jatiasih/") in parsed.links
    assert hijack.foreign("dinkes.bekasikota.go.id", parsed.pointers) == []


def test_only_a_frame_in_the_pages_place_points_away_from_it() -> None:
    embeds = page_with(
        '<iframe src="https://www.youtube.com/embed/abc" width="560" height="315"></iframe>'
        '<iframe src="https://www.google.com/maps/embed?pb=1" width="100%" height="300"></iframe>'
    )
    assert hijack.foreign("dinkes.bekasikota.go.id", parse_page(embeds, URL).pointers) == []
    overlay = page_with('<iframe src="https://togel.example/" style="position:absolute;top:0;width:100%;height:100%">')
    [pointer] = hijack.foreign("dinkes.bekasikota.go.id", parse_page(overlay, URL).pointers)
    assert (pointer.kind, pointer.href) == ("frame", "https://togel.example/")


def test_a_frame_laid_alone_over_the_whole_window_is_told_from_one_laid_over_the_page() -> None:
    src = "https://lookerstudio.google.com/embed/reporting/5c1b2a7e/page/p_x1"
    laid = f'<iframe src="{src}" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>'
    alone = f"<html><head><title>Dashboard Stunting</title></head><body style='margin:0'>{laid}</body></html>"
    frameset = f"<html><head><title>Dashboard</title></head><frameset rows='100%'><frame src='{src}'></frameset></html>"
    menu = f"<frameset cols='20%,80%'><frame src='/menu.html'><frame src='{src}'></frameset>"
    assert [p.kind for p in parse_page(alone, URL).pointers] == ["frame_alone"]
    assert [p.kind for p in parse_page(frameset, URL).pointers] == ["frame_alone"]
    assert [p.kind for p in parse_page(f"<html><head><title>Dinkes</title></head>{menu}</html>", URL).pointers] == [
        "frame",
        "frame",
    ]
    assert [p.kind for p in parse_page(page_with(laid), URL).pointers] == ["frame"]
