"""The term scan's shortcuts: what they pass over is what the full reading would have found nothing in."""

from __future__ import annotations

import pytest

from pantau_checker.core import term_scan

# A page's numbers hold lucky numbers inside longer ones: a link's port (a site on :51477, a test fleet's), a phone,
# a price, an id. Links are read with their addresses, so each of a page's hundred links carried one. (One after a
# space or a dash may be a brand's name spelled apart, "GARUDA 88": that one is read.)
NUMBERS = (
    "Beranda http:  app 7.bench.bekasikota.go.id:51477 berita 17 "
    "Retribusi Rp 1.588.000, nomor 800/1477/Dinkes/2026, NIP 197703152005011088, telepon 021-8214477"
)


def test_a_lucky_number_inside_a_longer_number_is_passed_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    branded = term_scan._branded

    def counted(lowered: str, start: int, end: int, counts: dict[str, int]) -> list[term_scan.Match]:
        calls.append(start)
        return branded(lowered, start, end, counts)

    monkeypatch.setattr(term_scan, "_branded", counted)
    assert list(term_scan.flagged_each([NUMBERS])) == []
    assert calls == []


@pytest.mark.parametrize(
    "text",
    [
        "Daftar sekarang di JAYA88 situs slot gacor terpercaya",
        "Link alternatif panen4d hari ini, deposit pulsa tanpa potongan",
        "Main di GARUDA 4D, bonus new member 100%, slot gacor maxwin",
    ],
)
def test_a_brand_glued_or_apart_from_its_number_is_still_read(text: str) -> None:
    assert list(term_scan.flagged_each([text])) != []


# A page's text of Latin-1 beyond ASCII ("»", "©", "É"), long enough to be lowered as bytes, and the same read as
# UTF-8 (a "•" beside it): lowered alike, its characters beyond ASCII known alike, its terms found at the same places.
_LATIN_NEWS = "".join(
    f"Berita » Rapat ke-{n} © Dinas Sosial · ÉLECTION Straße µ ÿ. SLOT GACOR » daftar KAISAR88 · Judi Online\n"
    for n in range(1, 12)
)


@pytest.mark.parametrize("text", [_LATIN_NEWS, _LATIN_NEWS.replace("É", "E"), _LATIN_NEWS.upper(), "» " * 200])
def test_a_text_of_latin_1_is_lowered_as_one_beyond_it_is(text: str) -> None:
    assert len(text) >= term_scan._SHORT
    lowered, others, _ = term_scan._lower(text)
    assert lowered == text.lower()
    assert others == {c for c in text if not c.isascii()}
    wider, wider_others, _ = term_scan._lower(text + "•")
    assert wider == lowered + "•"
    assert wider_others == others | {"•"}
    found = [(m.term, m.kind, m.start, m.end) for m in term_scan.matches(text)]
    assert found == [(m.term, m.kind, m.start, m.end) for m in term_scan.matches(text + "•")]
    assert list(term_scan.flagged(text)) == [
        (code, term, snippet.removesuffix("•").rstrip()) for code, term, snippet in term_scan.flagged(text + "•")
    ]
