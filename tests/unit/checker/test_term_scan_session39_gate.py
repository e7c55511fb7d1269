"""The term scan's gate: a group of texts whose matches are none of a kind ``flagged_each`` flags (a word of news, a
neutral word) is not judged; and the texts' places, told only where a text holds a match."""

from __future__ import annotations

import pytest

from pantau_checker.core import term_scan

# A page's groups of texts: a word of news in one, each kind that flags in another, alone of its kind.
_NEWS = "Sosialisasi IKD di kelurahan. Waspada penipuan"
_GROUPS = [
    ([_NEWS, "video bokep gratis terbaru"], False),  # porn
    ([_NEWS, "cerita dewasa dan video porno"], False),  # porn_weak with company
    ([_NEWS, "pinjol cepat cair tanpa jaminan"], False),  # spam
    ([_NEWS, "pinjaman online tanpa bi checking"], False),  # spam_weak with company
    ([_NEWS, "slot gacor maxwin hari ini"], False),  # strong
    ([_NEWS, "Hacked by Kuro"], True),  # deface, on a defacer's page
    ([_NEWS, "Hacked by Kuro. Defaced by Kuro"], False),  # deface with company
    ([_NEWS, "security breached"], True),  # deface_page, on a defacer's page
    ([_NEWS, "S L O T G A C O R"], False),  # spaced: its words read once joined
    ([_NEWS, "ga c or m axwin"], False),  # split: the pieces of a word joined
]


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    every = frozenset(term_scan.Kind.__args__)  # type: ignore[attr-defined]
    monkeypatch.setattr(term_scan, "_JUDGED", every)
    monkeypatch.setattr(term_scan, "_JUDGED_ON_DEFACER_PAGE", every)


@pytest.mark.parametrize(("texts", "defacer_page"), _GROUPS)
def test_a_text_of_each_kind_that_flags_is_judged_past_the_gate(
    texts: list[str], defacer_page: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = list(term_scan.flagged_each(texts, defacer_page=defacer_page))
    assert gated != []
    assert all(index == 1 for index, _, _, _ in gated)
    _ungated(monkeypatch)
    assert list(term_scan.flagged_each(texts, defacer_page=defacer_page)) == gated


@pytest.mark.parametrize(
    ("texts", "defacer_page"),
    [
        ([_NEWS, "Berita warga kelurahan"], False),
        ([_NEWS, "security breached"], False),  # a defacer's word of their page, on another page
        (["Jadwal sosialisasi", "Sosialisasi anti judi online di sekolah"], False),
    ],
)
def test_a_text_without_a_kind_that_flags_flags_nothing_either_way(
    texts: list[str], defacer_page: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert list(term_scan.flagged_each(texts, defacer_page=defacer_page)) == []
    _ungated(monkeypatch)
    assert list(term_scan.flagged_each(texts, defacer_page=defacer_page)) == []


def test_texts_without_a_match_of_a_kind_that_flags_are_not_placed(monkeypatch: pytest.MonkeyPatch) -> None:
    placed: list[int] = []
    place = term_scan._placed

    def counted(parts: term_scan._Parts, found: list[term_scan.Match]) -> list[term_scan.Match]:
        placed.append(len(found))
        return place(parts, found)

    monkeypatch.setattr(term_scan, "_placed", counted)
    assert list(term_scan.flagged_each([_NEWS, "Berita warga", "Sosialisasi lagi"])) == []
    assert placed == []
    assert list(term_scan.flagged_each([_NEWS, "slot gacor maxwin hari ini"])) != []
    assert placed != []


# Texts whose lower case is longer ("İ" is two characters lowered) are quoted lowered: the places of the texts after
# them are those of the texts as joined.
@pytest.mark.parametrize(
    "texts",
    [
        ["İstanbul İzmir İİİ sosialisasi", "Berita warga", "Daftar slot gacor maxwin hari ini"],
        ["Berita warga", "İİİİ", "", "Daftar slot gacor maxwin hari ini", "İ"],
        ["Daftar slot gacor maxwin hari ini"],
        ["", "Berita » warga ©", "Daftar slot gacor maxwin hari ini " * 12],
    ],
)
def test_a_match_is_placed_in_its_text_and_quoted_from_it(texts: list[str]) -> None:
    found = list(term_scan.flagged_each(texts))
    assert found != []
    for index, _, term, snippet in found:
        assert term in texts[index].lower()
        assert snippet in " ".join(texts[index].split())
    parts = term_scan._Parts.of(texts)
    assert parts.texts() == [text if len(text.lower()) == len(text) else text.lower() for text in texts]
