"""The problems a result shows, the follow-up policy as data, and the vocabulary that labels them."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pantau_contracts import vocabulary
from pantau_contracts.definition import InvalidDefinitionError, load_definition
from pantau_contracts.problems import Place, Problem, evidence_fingerprint, problems_of
from pantau_contracts.status import DOWN_REASONS, ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings

MONEV = load_definition()


def _result(**changes: object) -> ApplicationChecked:
    base = ApplicationChecked(
        "app-1", "dinkes", "https://a.bekasikota.go.id/", datetime.now(UTC), "aktif", Timings(5.0)
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_healthy_result_shows_no_problem() -> None:
    assert problems_of(_result()) == ()


def test_every_sop_question_and_each_serious_finding_is_a_problem_with_its_category() -> None:
    result = _result(
        availability="tidak_aktif",
        reason="http_5xx",
        login=LoginResult("gagal", "penanda gagal ditemukan"),
        content=ContentFreshness("tidak_update"),
        findings=(Finding("judi_online", "kritis", "slot gacor"), Finding("x", "info", "just so")),
    )
    found = [(p.code, p.category) for p in problems_of(result)]
    assert found == [
        ("tidak_aktif", "ketersediaan"),
        ("login_gagal", "ketersediaan"),
        ("tidak_update", "konten"),
        ("judi_online", "keamanan"),
    ]


def test_one_kind_seen_at_several_places_is_one_problem_with_its_places_together() -> None:
    title = Finding("defacement", "tinggi", "hacked by: \u201cHacked by Anonymous\u201d", "title")
    text = Finding("defacement", "kritis", "greetz to: \u201cHACKED BY ./GhostSec\u201d", "visible")
    hidden = Finding("judi_online", "kritis", "slot gacor", "hidden")
    (defaced, gambling) = problems_of(_result(findings=(title, hidden, text)))
    assert (defaced.code, defaced.severity, defaced.location) == ("defacement", "kritis", "title")
    assert defaced.evidence == f"{title.evidence}; {text.evidence}"
    assert defaced.seen_at == (Place("title", title.evidence), Place("visible", text.evidence))
    # One place: the problem is what it always was, so a false positive remembered by its evidence holds.
    assert gambling == Problem("judi_online", "keamanan", "kritis", "slot gacor", "hidden")
    assert evidence_fingerprint(gambling) == hashlib.sha256(b"slot gacor").hexdigest()


@pytest.mark.parametrize(
    ("code", "category", "hours"),
    [
        ("judi_online", "keamanan", 48),
        ("defacement", "keamanan", 48),
        ("cloaking_seluler", "keamanan", 48),
        ("tidak_aktif", "ketersediaan", 24),
        ("login_gagal", "ketersediaan", 72),
        ("tls_tidak_sah", "keamanan", 168),
        ("tidak_update", "konten", 336),
        ("domain_bukan_go_id", "kepatuhan", 2160),
        ("galat_aplikasi_tampil", "keamanan", 168),
        ("pengalihan_asing", "keamanan", 48),  # a hijacked AMP version: as urgent as judi online
        ("temuan_baru", "kepatuhan", 2160),  # a code new to the policy falls back to its category
    ],
)
def test_due_times_come_from_the_policy_in_the_sop_definition(code: str, category: str, hours: int) -> None:
    assert MONEV.followup.due_after(code, category) == timedelta(hours=hours)


def test_the_superior_of_each_official_is_data() -> None:
    assert [MONEV.superior(r) for r in ("pelaksana", "kasie", "kabid", "kadis")] == ["kasie", "kabid", "kadis", None]


def test_a_policy_with_a_bad_due_time_is_refused_with_its_name() -> None:
    text = MONEV_TEXT.replace("tidak_aktif = 24", "tidak_aktif = -1")
    with pytest.raises(InvalidDefinitionError, match="tidak_aktif"):
        load_definition(text)


def test_every_problem_code_has_a_label_and_no_label_is_a_raw_code() -> None:
    codes = [*vocabulary.FINDING_LABELS, *vocabulary.PROBLEM_LABELS]
    assert all(vocabulary.finding_label(c) != c for c in codes)
    assert set(vocabulary.FINDING_CATEGORIES) == set(vocabulary.FINDING_LABELS)


def test_every_down_reason_has_a_label_and_every_label_a_reason() -> None:
    assert set(vocabulary.REASON_LABELS) == set(DOWN_REASONS)
    assert all(vocabulary.label(vocabulary.REASON_LABELS, r) != r for r in DOWN_REASONS)


def _monev_text() -> str:
    from importlib import resources

    return resources.files("pantau_contracts").joinpath("monev.toml").read_text("utf-8")


MONEV_TEXT = _monev_text()
