"""A warning against a fraud's links, read by the pure scan: "Jangan klik tautan situs slot atau togel" names the
gambling sites it warns of, after a warning of fraud ("waspada penipuan") that is no news of its own; a seller's
warning of the others' sites in the same words still sells."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Waspada penipuan mengatasnamakan Dinas! Jangan klik tautan situs slot atau togel yang dikirim via"
            " WhatsApp.",
            id="a-departments-notice",
        ),
        pytest.param(
            "Jangan mengklik tautan situs judi online atau pinjol ilegal yang beredar di media sosial.",
            id="against-gambling-and-loan-links",
        ),
        pytest.param(
            "Jangan buka tautan situs slot yang dikirim nomor asing lewat SMS, segera hapus pesannya.",
            id="open-no-link",
        ),
    ],
)
def test_a_warning_against_the_links_it_names_is_none(text: str) -> None:
    assert terms(text) == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Jangan klik link palsu, main slot gacor hanya di GARUDA4D.", {"slot gacor", "garuda4d"}, id="its-brand"
        ),
        pytest.param(
            "Jangan klik sembarangan! Slot gacor maxwin hari ini, situs toto terpercaya.",
            {"slot gacor", "maxwin", "situs toto"},
            id="its-terms-in-the-next-sentence",
        ),
        pytest.param(
            "Jangan klik link palsu, slot gacor maxwin situs toto terpercaya.",
            {"slot gacor", "maxwin", "situs toto"},
            id="its-terms-strung-together",
        ),
        pytest.param("Slot gacor maxwin, jangan klik link lain", {"slot gacor", "maxwin"}, id="its-terms-before"),
    ],
)
def test_a_sellers_warning_in_those_words_is_found(text: str, found: set[str]) -> None:
    assert terms(text) == found
