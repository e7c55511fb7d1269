"""Gambling spam in the places of a page outside its articles (session 37): what visitors wrote by the site's forms
(``Page.visitors_texts``, read apart as the place "comments"), a search's page repeating its own address's words
(``Page.searched``, not the site's), a second ``<title>`` (``Page.more_titles``; an SVG's is a tooltip) and the metas
of news sites, Dublin Core and the cards' images."""

from __future__ import annotations

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_contracts.vocabulary import location_phrase

URL = "https://diskominfo.bekasikota.go.id/"
_NEWS = "".join(
    f'<article><h3><a href="/berita-{n}/">Rapat Koordinasi SPBE Tahap {n}</a></h3><p>Diskominfo menggelar rapat'
    " koordinasi bersama perangkat daerah.</p></article>"
    for n in range(1, 6)
)


def html(body: str = "", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Diskominfo Kota Bekasi</title>{head}</head><body><nav><a href='/'>Beranda"
        f"</a> <a href='/profil/'>Profil</a></nav><main>{_NEWS}{body}</main><footer>Diskominfo Kota Bekasi</footer>"
        "</body></html>"
    )


def found(markup: str, url: str = URL) -> dict[tuple[str, str | None], str]:
    return {(f.code, f.location): f.severity for f in defacement.scan(parse_page(markup, url))}


_COMMENTS = (
    '<div id="comments" class="comments-area"><h2>2 tanggapan</h2><ol class="comment-list"><li class="comment"><b>'
    'Rina</b> berkata: Terima kasih infonya. Balas</li><li class="comment"><b><a href="https://kaisar88.com/">'
    "slot gacor</a></b> berkata: Slot gacor maxwin hari ini, daftar di KAISAR88. Balas</li></ol></div>"
)


def test_what_visitors_wrote_is_read_apart() -> None:
    page = parse_page(html(_COMMENTS), URL)
    assert len(page.visitors_texts) == 1 and "Slot gacor maxwin" in page.visitors_texts[0]
    assert [link.href for link in page.visitors_links] == ["https://kaisar88.com/"]


def test_spam_in_a_comment_section_is_found_in_its_place() -> None:
    assert found(html(_COMMENTS)) == {("judi_online", "comments"): "tinggi"}


def test_spam_beside_a_comment_section_is_found_in_the_text() -> None:
    spam = "<p>Slot gacor maxwin hari ini, daftar slot88 terpercaya.</p>"
    assert ("judi_online", "visible") in found(html(spam + _COMMENTS))


def commenters(*names: str) -> str:
    listed = "".join(
        f'<li class="comment"><a class="url" href="https://{name.lower()}.com/">{name}</a> berkata: Terima kasih'
        " infonya min. Balas</li>"
        for name in names
    )
    return html(f'<ol class="comment-list">{listed}</ol>')


def test_commenters_named_as_brands_to_their_own_sites_are_found() -> None:
    assert found(commenters("MAWARTOTO", "DEWAJP")) == {("judi_online", "comments"): "tinggi"}
    assert found(commenters("HOKIJAYA88")) == {("judi_online", "comments"): "tinggi"}


def test_a_commenter_named_as_a_person_to_their_own_site_is_clean() -> None:
    assert found(commenters("SUHARTOTO")) == {}


def book(*entries: str) -> str:
    listed = "".join(f"<div class='entry'><b>Warga</b><p>{said}</p></div>" for said in entries)
    return html(f'<div class="bukutamu"><h3>Buku Tamu</h3>{listed}</div>')


def test_a_citizen_asking_what_the_slang_means_is_clean() -> None:
    assert found(book("Anak saya sering bilang gacor dan maxwin, apa maksudnya min?")) == {}
    assert found(book("Tetangga saya kalah main slot gacor, katanya sudah maxwin tapi ternyata ditipu.")) == {}


def test_a_sellers_tease_asking_is_found() -> None:
    for tease in (
        "Mohon info slot gacor maxwin hari ini min",  # the day's tip
        "Apa itu slot gacor? Yuk cek situs slot gacor maxwin di bio",  # three of its words
        "Apa itu slot gacor? Daftar sekarang, maxwin",  # a seller's word
        "Apa maksudnya slot gacor maxwin di KAISAR88?",  # a brand
    ):
        assert found(book(tease)) == {("judi_online", "comments"): "tinggi"}, tease


def test_a_citizens_question_beside_a_spammers_link_is_found() -> None:
    spam = "<p><a href='https://gacor88.xyz/'>slot gacor</a></p>"
    assert found(book("Anak saya sering bilang gacor dan maxwin, apa maksudnya min?" + spam)) == {
        ("judi_online", "comments"): "tinggi"
    }


def test_a_guestbooks_entries_are_visitors() -> None:
    book = '<div class="bukutamu"><b>agen togel</b><p>Bandar togel online terpercaya, daftar togel88.</p></div>'
    assert found(html(book)) == {("judi_online", "comments"): "tinggi"}


def test_a_citizens_complaint_in_a_comment_is_clean() -> None:
    said = "Tolong berantas judi online di wilayah kami, banyak anak muda main slot tiap malam."
    assert found(html(f'<ol class="comment-list"><li>Rina berkata: {said} Balas</li></ol>')) == {}


def test_the_words_of_a_search_pages_address_are_read() -> None:
    assert parse_page(html(), f"{URL}?s=Slot+Gacor++Maxwin&paged=2").searched == ("slot gacor maxwin",)
    assert parse_page(html(), URL).searched == ()
    assert parse_page(html(), f"{URL}search/slot+gacor%20maxwin/").searched == ("slot gacor maxwin",)


def test_a_search_pages_feed_named_in_its_head_is_clean() -> None:
    feed = (
        '<link rel="alternate" type="application/rss+xml" title="Diskominfo &raquo; Feed Hasil Pencarian untuk'
        f' &#8220;slot gacor&#8221;" href="{URL}search/slot+gacor/feed/rss2/">'
    )
    assert found(html(head=feed), f"{URL}?s=slot+gacor") == {}
    assert found(html(head=feed), f"{URL}search/slot+gacor/") == {}


def test_a_search_page_repeating_its_addresss_words_is_clean() -> None:
    echo = "<h1>Hasil pencarian untuk: slot gacor maxwin</h1><p>Maaf, tidak ada hasil.</p>"
    markup = html(echo).replace("<title>Diskominfo", "<title>Hasil pencarian untuk slot gacor maxwin - Diskominfo")
    assert found(markup, f"{URL}?s=slot+gacor+maxwin") == {}
    assert ("judi_online", "title") in found(markup)


def test_a_second_title_is_read_as_the_title() -> None:
    page = parse_page(html(head="<title>SLOT GACOR MAXWIN Situs Slot88 Terpercaya</title>"), URL)
    assert page.title == "Diskominfo Kota Bekasi"
    assert found(html(head="<title>SLOT GACOR MAXWIN Situs Slot88 Terpercaya</title>")) == {
        ("judi_online", "title"): "kritis"
    }


def test_an_svgs_title_is_no_title_of_the_page() -> None:
    icon = '<svg viewBox="0 0 24 24"><title>Bagikan ke Facebook</title><path d="M0 0h24v24H0z"/></svg>'
    assert parse_page(html(icon), URL).more_titles == ()


def test_the_metas_of_news_sites_dublin_core_and_images_are_read() -> None:
    for name in ("news_keywords", "DC.title", "DC.description", "og:image:alt", "twitter:image:alt"):
        meta = f'<meta name="{name}" content="slot gacor maxwin, situs slot88 terpercaya">'
        assert found(html(head=meta)) == {("judi_online", "meta"): "kritis"}, name


def test_the_place_of_what_visitors_wrote_is_named_to_officials() -> None:
    assert location_phrase("comments") == "isian pengunjung (komentar, buku tamu atau tanya jawab)"
