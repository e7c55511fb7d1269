"""A finding reads as a sentence, with only the evidence that proves it and never a raw code."""

from __future__ import annotations

import re

import pytest
from reporter_demo import HTML_EVIDENCE, LONG_EVIDENCE

from pantau_contracts.problems import Problem
from pantau_contracts.status import Finding
from pantau_reporter.core.advice import finding_text
from pantau_reporter.core.evidence import EXCERPT_LIMIT, excerpt, where

ROOM = EXCERPT_LIMIT + 2  # the limit, and an ellipsis at each end


def test_short_evidence_is_quoted_whole() -> None:
    assert excerpt("kedaluwarsa dalam 5 hari") == "kedaluwarsa dalam 5 hari"


def test_raw_html_evidence_becomes_a_short_plain_excerpt() -> None:
    cut = excerpt(HTML_EVIDENCE)
    assert len(cut) <= ROOM and cut.endswith("…")
    assert "slot gacor" in cut
    assert re.search(r"[<>]|style=|href=|position:|_0x3f|document\.write", cut) is None


def test_the_excerpt_is_taken_around_the_match_the_checker_names() -> None:
    cut = excerpt(LONG_EVIDENCE)
    assert len(cut) <= ROOM
    assert cut.startswith("slot gacor, maxwin, rtp live: …")
    assert "situs slot gacor hari ini" in cut
    assert "\u201c" not in cut and '"' not in cut  # the sentence adds the one pair of quotes


def test_the_excerpt_is_cut_between_words() -> None:
    words = " ".join(f"kata{i:03d}" for i in range(60))
    cut = excerpt(words)
    assert all(re.fullmatch(r"kata\d{3}", w) for w in cut.rstrip("…").split())


@pytest.mark.parametrize(
    ("location", "phrase"),
    [
        ("hidden", " pada bagian halaman yang disembunyikan dari pengunjung"),
        ("title", " pada judul halaman"),
        ("/berita", " pada halaman /berita"),
        ("url", ""),
        ("tls", ""),
        ("body", " pada isi halaman (tampilan diganti, judul tetap)"),
        ("googlebot", ""),  # the cloaking labels already say who was shown the page
        ("seluler", ""),
        ("sesuatu_baru", ""),
        (None, ""),
    ],
)
def test_a_location_reads_as_a_phrase_or_not_at_all(location: str | None, phrase: str) -> None:
    assert where(location) == phrase


def test_a_finding_is_one_sentence_with_its_label_place_grade_and_short_proof() -> None:
    sentence = finding_text(Problem("judi_online", "keamanan", "kritis", HTML_EVIDENCE, "hidden"))
    assert sentence.startswith(
        "Terdapat konten judi online tersisip pada bagian halaman yang disembunyikan dari pengunjung "
        "(temuan keamanan, tingkat kritis). Bukti: \u201c"
    )
    assert sentence.endswith("\u201d.")
    assert len(sentence) < 300 and "judi_online" not in sentence and "hidden" not in sentence


def test_a_finding_without_evidence_has_no_empty_proof() -> None:
    assert finding_text(Finding("tls_tidak_sah", "tinggi", "", "tls")).endswith("(temuan keamanan, tingkat tinggi).")
