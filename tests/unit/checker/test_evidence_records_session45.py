"""The freshness evidence and the dates' marks made in one step: ``freshness.Evidence`` and ``dates.Marks`` filled at
once (``records.made_at_once``, two of each a check), each pinned against the frozen dataclass it was, on a page
written the way a department's vendor writes it and on the edge cases of their defaults, ``replace`` and pickling."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import FrozenInstanceError, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

_NEWS = "".join(
    f"""<article class="post hentry"><h2 class="entry-title"><a href="/2026/12/{n:02d}/rapat-koordinasi-{n}/">Rapat
 Koordinasi “Bekasi Sehat” ke-{n}</a></h2><div class="entry-meta"><span class="tgl">Jum’at, {n} Desember 2026</span> •
 <span class="jam">08.{n:02d} WIB</span> • {n * 7} kali dilihat</div><p>Ringkasan berita {n}: Dinas Kesehatan
 menyelenggarakan rapat koordinasi. <a href="/2026/12/{n:02d}/rapat-koordinasi-{n}/">Selengkapnya »</a></p></article>"""
    for n in range(1, 6)
)

_PAGE = f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan · Kota Bekasi</title>
<meta name="generator" content="WordPress 6.4">
<meta property="article:modified_time" content="2026-12-04T09:00:00+07:00">
<script type="application/ld+json">{{"@type": "WebPage", "datePublished": "2026-11-30", "dateModified": "2026-12-03"}}
</script></head><body><div class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span>
<span class="jam-digital">10:30:00</span></div><header class="site-header"><nav><ul class="menu"><li><a href="/">Beranda
</a></li><li><a href="/profil/">Profil</a></li></ul></nav></header><main id="main" class="site-main">{_NEWS}
<p>Pengumuman berlaku s.d. 31 Desember 2026 · diperbarui 2 hari yang lalu</p></main><footer class="site-footer">
<p>© 2026 Dinas Kesehatan Kota Bekasi · “Melayani dengan hati”</p></footer></body></html>"""

_HOST = "dinkes.bekasikota.go.id"
_NOW = datetime(2026, 12, 6, 3, 30, tzinfo=UTC)
_LAST_MODIFIED = "Sun, 06 Dec 2026 02:56:54 GMT"


def _as_dataclass(cls: type) -> type:
    """The frozen dataclass ``cls`` was, with the dataclass's own ``__init__``: the same fields, made afresh."""
    specs = [
        (f.name, f.type, field(default=f.default, default_factory=f.default_factory, init=f.init, compare=f.compare))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


_PLAIN_EVIDENCE = _as_dataclass(freshness.Evidence)
_PLAIN_MARKS = _as_dataclass(dates.Marks)


def _fields_of(value: object) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}  # type: ignore[arg-type]


def _state(value: object) -> list[tuple[str, Any]]:
    """An instance's own attributes, in the order they were set."""
    return list(vars(value).items())


def _same(made: object, plain: object, identical: bool = False) -> None:
    """``made`` holds what ``plain`` holds, set in the same order (the same objects where ``identical``)."""
    assert _fields_of(made) == _fields_of(plain)
    assert _state(made) == _state(plain)
    assert not identical or all(a is b for (_, a), (_, b) in zip(_state(made), _state(plain), strict=True))
    assert repr(made).split("(", 1)[1] == repr(plain).split("(", 1)[1]


def test_made_at_once() -> None:
    for cls in (freshness.Evidence, dates.Marks):
        assert "__records_set__" in cls.__init__.__code__.co_names, cls  # made_at_once's, not the dataclass's
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"


_WHEN = datetime(2026, 12, 5, tzinfo=UTC)
_BADGES = (datetime(2026, 11, 28, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("page_date", _WHEN, "tanggal di halaman 2026-12-05"), {}),
        (("permalink", _WHEN, "alamat tulisan bulan 2026-12"), {"month": True}),
        (("last_modified", _WHEN, "Last-Modified"), {"month_belied": True}),
        (("page_date", _WHEN, "28 Nov (tanpa tahun)", True, _BADGES), {}),
        (("page_date", _WHEN, "x", True, _BADGES, True, True), {}),
        ((), {"signal": "feed", "when": _WHEN, "detail": "", "badges": (), "year_guessed": False}),
    ],
)
def test_evidence_as_the_dataclass(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    made, plain = freshness.Evidence(*args, **kwargs), _PLAIN_EVIDENCE(*args, **kwargs)
    _same(made, plain, identical=True)
    assert made == freshness.Evidence(*args, **kwargs)
    assert hash(made) == hash(freshness.Evidence(*args, **kwargs))
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(FrozenInstanceError):
        made.when = _WHEN  # type: ignore[misc]
    changed = replace(made, detail="lain", year_guessed=True)
    _same(changed, replace(plain, detail="lain", year_guessed=True))
    assert made != changed


def test_evidence_refuses_what_the_dataclass_refuses() -> None:
    for args, kwargs in (((), {}), (("page_date", _WHEN), {}), (("page_date", _WHEN, "x"), {"kind": 1})):
        with pytest.raises(TypeError):
            _PLAIN_EVIDENCE(*args, **kwargs)
        with pytest.raises(TypeError):
            freshness.Evidence(*args, **kwargs)


def test_marks_as_the_dataclass() -> None:
    written = ((datetime(2026, 12, 4, tzinfo=UTC), 3, 20, None, False),)
    for args in (
        ("Jum’at, 4 Desember 2026", False, written, ()),
        ("2 hari yang lalu", True, (), (timedelta(days=2), "senin"), frozenset({(0, 8)}), True),
        ("", False, (), (), frozenset(), False),
    ):
        made, plain = dates.Marks(*args), _PLAIN_MARKS(*args)
        _same(made, plain, identical=True)
        assert made == dates.Marks(*args)
        assert pickle.loads(pickle.dumps(made)) == made
        assert made.recent is _PLAIN_MARKS(*args).recent or args[4:]  # the default frozenset, the class's own


def _page_evidence(plain: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Any], Any]:
    if plain:
        monkeypatch.setattr(freshness, "Evidence", _PLAIN_EVIDENCE)
        monkeypatch.setattr(dates, "Marks", _PLAIN_MARKS)
    page = parse_page(_PAGE, f"https://{_HOST}/", today=date(2026, 12, 6))
    found = freshness.page_evidence(page, _NOW, _LAST_MODIFIED, _HOST)
    return found, page.derived["date_marks"]


def test_a_vendors_page_evidence_as_the_dataclasses(monkeypatch: pytest.MonkeyPatch) -> None:
    evidence, marks = freshness.Evidence, dates.Marks  # before the plain ones are patched in
    made, made_marks = _page_evidence(False, monkeypatch)
    plain, plain_marks = _page_evidence(True, monkeypatch)
    assert [e.signal for e in made] == ["page_date", "metadata", "json_ld", "permalink", "last_modified"]
    assert [type(e) for e in made] == [evidence] * len(made)
    assert [type(e) for e in plain] == [_PLAIN_EVIDENCE] * len(plain)
    for a, b in zip(made, plain, strict=True):
        _same(a, b)
    assert [type(m) for m in made_marks] == [marks, marks]
    for a, b in zip(made_marks, plain_marks, strict=True):
        _same(a, b)
    assert len(made_marks[0].written) == 5  # the articles' dates
    decided = freshness.decide(made, _NOW, 30)
    assert decided == freshness.decide([evidence(**_fields_of(e)) for e in plain], _NOW, 30)
    assert decided.result == "update"


def test_badges_and_months_replace_as_the_dataclass(monkeypatch: pytest.MonkeyPatch) -> None:
    # A list of badges without a year: badge_evidence's replace() of a page_date's evidence.
    badges = "".join(f'<li><span class="tgl">{d} Nov</span> Kegiatan posyandu {d}</li>' for d in (20, 24, 28))
    html = f"<html><body><main><ul>{badges}</ul></main><footer>© 2025 Dinas</footer></body></html>"
    now = datetime(2026, 12, 6, 3, tzinfo=UTC)
    found = []
    for plain in (False, True):
        if plain:
            monkeypatch.setattr(freshness, "Evidence", _PLAIN_EVIDENCE)
            monkeypatch.setattr(dates, "Marks", _PLAIN_MARKS)
        page = parse_page(html, f"https://{_HOST}/")
        found.append(freshness.badge_evidence(page, [], now))
    assert found[0] is not None and found[0].year_guessed and len(found[0].badges) == 3
    _same(found[0], found[1])
