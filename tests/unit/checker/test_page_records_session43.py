"""parse_page's results made in one step, and the page cache's comment sought with fewer searches: the frozen
dataclasses filled at once (``records.made_at_once``: ``Page``, ``DateSources``, ``Pointer``, ``_HeadFacts``) and
``page._cached_copy`` after one search for what its marks share, each pinned against what it replaced, on pages
written the way a department's vendor writes them and on the edge cases of each."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import FrozenInstanceError, dataclass, field
from datetime import date
from typing import Any

import pytest

from pantau_checker.core import page
from pantau_checker.core.records import made_at_once

_NEWS = "".join(
    f"""<article class="post hentry" id="post-{n}"><h2 class="entry-title"><a href="/berita/{n}/">Rapat Koordinasi
 “Bekasi Sehat” ke-{n}</a></h2><div class="entry-meta"><span class="tgl">{n} Desember 2026</span> •
 <span class="jam">08.{n:02d} WIB</span></div><img src="/foto/{n}.jpg" alt="Foto {n}"><p>Ringkasan berita {n}:
 Dinas Kesehatan menyelenggarakan rapat koordinasi. <a href="/berita/{n}/">Selengkapnya »</a></p></article>"""
    for n in range(1, 13)
)

_CLOCK = """<script>
  function updateClock() { var d = new Date();
    document.querySelector('.jam-digital').textContent = d.toLocaleTimeString('id-ID') + ' WIB'; }
  setInterval(updateClock, 1000);
</script>"""


def _vendor_page(head: str = "", body: str = "", after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan · Kota Bekasi</title>
<meta name="description" content="Situs resmi"><link rel="canonical" href="https://dinkes.bekasikota.go.id/">
<link rel="alternate" type="application/rss+xml" href="/feed/">{head}</head><body class="home blog">
<div class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span> <span class="jam-digital">10:30:00</span>
</div><header class="site-header"><nav class="main-navigation"><ul class="menu"><li><a href="/">Beranda</a></li>
<li><a href="/profil/">Profil</a></li><li><a href="/layanan/">Layanan</a></li></ul></nav></header>
<main id="main" class="site-main">{_NEWS}{body}</main><aside class="sidebar"><section class="widget">
<h2 class="widget-title">Berita Terbaru</h2><ul><li><a href="/berita/1/">Berita 1</a></li></ul></section></aside>
<footer class="site-footer"><p>© 2026 Dinas Kesehatan Kota Bekasi · “Melayani dengan hati”</p></footer>
{_CLOCK}</body></html>{after}"""


_BASE_URL = "https://dinkes.bekasikota.go.id/"
_TODAY = date(2026, 12, 6)


# --- records.made_at_once ---


def _as_dataclass(cls: type) -> type:
    """The frozen dataclass ``cls`` was, with the dataclass's own ``__init__``: the same fields, made afresh."""
    specs = [
        (
            f.name,
            f.type,
            field(
                default=f.default,
                default_factory=f.default_factory,
                init=f.init,
                repr=f.repr,
                hash=f.hash,
                compare=f.compare,
            ),
        )
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


def _fields_of(value: object) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}  # type: ignore[arg-type]


def _state(value: object) -> list[tuple[str, Any]]:
    """An instance's own attributes, in the order they were set."""
    return list(vars(value).items())


@pytest.mark.parametrize("cls", [page.Page, page.DateSources, page.Pointer])
def test_records_take_the_arguments_the_dataclass_took(cls: type) -> None:
    import inspect

    old = _as_dataclass(cls)
    made = [(p.name, p.kind, p.default) for p in inspect.signature(cls).parameters.values()]
    assert made == [(p.name, p.kind, p.default) for p in inspect.signature(old).parameters.values()]


def _vendor_parse(html: str | None = None) -> page.Page:
    return page.parse_page(_vendor_page() if html is None else html, _BASE_URL, today=_TODAY)


@pytest.mark.parametrize(
    "html",
    [
        None,
        _vendor_page(head='<meta http-equiv="refresh" content="0;url=/baru/"><base href="/situs/">'),
        _vendor_page(body='<iframe src="https://peta.go.id/" width="600" height="400"></iframe>'),
        "",
        "<p>Halaman kosong</p>",
    ],
)
def test_the_page_is_the_dataclass_s_page(html: str | None) -> None:
    parsed = _vendor_parse(html)
    reference = {cls: _as_dataclass(cls) for cls in (page.Page, page.DateSources, page.Pointer)}
    values = _fields_of(parsed)
    init = {f.name for f in dataclasses.fields(page.Page) if f.init}
    remade = reference[page.Page](**{name: value for name, value in values.items() if name in init})
    # The same attributes, in the same order, as the dataclass's own __init__ sets them.
    assert _state(parsed) == _state(remade)
    assert repr(parsed) == repr(remade).replace(f"{page.Page.__qualname__}(", "Page(", 1)
    dates = reference[page.DateSources](**_fields_of(parsed.dates))
    assert _state(parsed.dates) == _state(dates)
    for pointer in parsed.pointers:
        assert _state(pointer) == _state(reference[page.Pointer](**_fields_of(pointer)))


def test_a_page_made_by_hand_with_defaults() -> None:
    old = _as_dataclass(page.Page)
    args: tuple[Any, ...] = (
        "Judul",
        (("description", "x"),),
        "teks",
        (),
        (),
        (),
        (),
        "utama",
        page.DateSources("", ""),
    )
    made, reference = page.Page(*args), old(*args)
    assert _state(made) == _state(reference)
    made = page.Page(*args, headings=("Berita",), today=_TODAY, php_lined=False)
    assert _state(made) == _state(old(*args, headings=("Berita",), today=_TODAY, php_lined=False))
    assert made.derived == {} and made.derived is not page.Page(*args).derived  # a dict each
    assert page.sent_away("https://lain.go.id/").pointers == (page.Pointer("redirect", "https://lain.go.id/"),)


def test_a_page_refuses_what_the_dataclass_refused() -> None:
    args: tuple[Any, ...] = ("", (), "", (), (), (), (), "", page.DateSources("", ""))
    with pytest.raises(TypeError):
        page.Page(*args[:-1])  # dates missing
    with pytest.raises(TypeError):
        page.Page(*args, nothing=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        page.Page(*args, title="again")  # type: ignore[misc]
    with pytest.raises(TypeError):
        page.Page(*args, derived={})  # type: ignore[call-arg]
    made = page.Page(*args)
    with pytest.raises(FrozenInstanceError):
        made.title = "x"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del made.title  # type: ignore[misc]


def test_a_page_compares_hashes_replaces_and_pickles_as_before() -> None:
    one, two = _vendor_parse(), _vendor_parse()
    assert one == two and one is not two
    assert hash(page.Pointer("canonical", "/a")) == hash(_as_dataclass(page.Pointer)("canonical", "/a"))
    page.derived(one, "x", lambda p: 1)
    assert one == two and two.derived == {}  # not part of its value
    moved = dataclasses.replace(one, title="Baru")
    assert moved.title == "Baru" and moved.links == one.links and moved.derived == {}
    assert pickle.loads(pickle.dumps(two)) == two
    refreshed = page.with_refresh_header(one, "0; url=/lain/", _BASE_URL)
    assert refreshed.pointers[-1] == page.Pointer("refresh_header", "https://dinkes.bekasikota.go.id/lain/")


def test_made_at_once_fills_what_the_dataclass_fills() -> None:
    def make() -> type:
        @dataclass(frozen=True)
        class Record:
            a: int
            b: tuple[int, ...] = ()
            c: str = "c"
            kept: dict[str, int] = field(default_factory=dict, init=False, compare=False)
            read: str = field(default="from the class", init=False)  # the dataclass does not set it
            unset: int = field(init=False, default=0, repr=False)

        return Record

    fast, plain = made_at_once(make()), make()
    for args, kwargs in (((1,), {}), ((1, (2,)), {"c": "x"}), ((), {"a": 3, "c": ""})):
        made, reference = fast(*args, **kwargs), plain(*args, **kwargs)
        assert _state(made) == _state(reference)
        assert repr(made) == repr(reference) and made == fast(*args, **kwargs) and hash(made) == hash(reference)
        assert made.read == "from the class" and "read" not in vars(made)
    assert fast(1).kept is not fast(1).kept


def test_made_at_once_refuses_what_it_does_not_handle() -> None:
    @dataclass
    class Open:
        a: int

    @dataclass(frozen=True)
    class Posted:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True)
    class Factory:
        a: list[int] = field(default_factory=list)

    @dataclass(frozen=True, kw_only=True)
    class Keywords:
        a: int

    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    class Plain:
        pass

    for cls in (Open, Posted, Factory, Keywords, Slotted, Plain):
        with pytest.raises(TypeError):
            made_at_once(cls)


def test_made_at_once_keeps_a_field_named_as_its_helpers() -> None:
    @made_at_once
    @dataclass(frozen=True)
    class Odd:
        values: int
        self: int = 2

    assert vars(Odd(1)) == {"values": 1, "self": 2}
    assert vars(Odd(values=4, self=5)) == {"values": 4, "self": 5}


# --- page._cached_copy ---


def _cached_copy_before(html: str) -> bool:
    tail = html[-page._CACHE_COMMENT_REACH :]
    for mark in page._PAGE_CACHE_MARKS:
        at = tail.find(mark)
        if at >= 0 and tail.rfind("<!--", 0, at) > tail.rfind("-->", 0, at):
            return True
    return False


def test_every_cache_mark_holds_what_the_search_looks_for() -> None:
    assert all(page._CACHE_MARKS_SHARE in mark for mark in page._PAGE_CACHE_MARKS)


_COMMENTS = [
    "",
    "<!-- Dynamic page generated in 0.412 seconds. -->\n<!-- Cached page generated by WP-Super-Cache on 2026-12-06 -->",
    "<!-- Performance optimized by W3 Total Cache. Learn more: https://www.boldgrid.com/w3-total-cache/ -->",
    "<!-- Page generated by LiteSpeed Cache 6.5 on 2026-12-06 10:30:00 -->",
    "<!-- Cache file was created in 0.123 seconds on 06-12-26 @ 10:30 am -->",
    "<!-- WP Fastest Cache file was created in 0,2 seconds, on 06-12-26 @ 10:30 -->",
    "<!-- Hummingbird cache file was created in 1 seconds, on 06-12-26 @ 10:30 am -->",
    "<p>Cara memasang WP-Super-Cache: generated by WP-Super-Cache on the server</p>",  # a post about it
    "<!-- by WP-Super-Cache -->-->",
    "--> by W3 Total Cache",
    "<!-- cache cleared -->",
    "<!-- Cache -->",
    "<!-- cachE file was created in -->",
    "<!-- " + "x" * 3100 + " -->",
    "<!-- cached by WP-Super-Cache" + " " * 3000,  # the mark past the reach
]


@pytest.mark.parametrize("after", _COMMENTS)
def test_the_cache_comment_is_found_as_before(after: str) -> None:
    for html in (_vendor_page(after=after), after, _vendor_page(body=after)):
        assert page._cached_copy(html) == _cached_copy_before(html)


def test_the_cache_comment_of_a_vendor_page() -> None:
    assert not page._cached_copy(_vendor_page())
    assert page._cached_copy(_vendor_page(after=_COMMENTS[1]))
    assert not page._cached_copy(_vendor_page(after=_COMMENTS[7]))
