"""The reporter acts on a request only when the cycle, as the workflow stored it, awaits it."""

from __future__ import annotations

from datetime import UTC, datetime

from pantau_contracts.sop import DeliveryRequested, NotaInitialled, SignatureRequested
from pantau_reporter.core.awaiting import CycleState, Visit, refusal

ID, KASIE, KABID, KADIS = "c1", 3, 2, 1
NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
PARAF = (Visit(4, KASIE, True, "selesai"), Visit(5, KABID, True, "selesai"))


def state(step: int, phase: str, *visits: Visit, version: int = 2, status: str = "berjalan") -> CycleState:
    return CycleState(ID, step, phase, status, version, (*PARAF, *visits))


SIGNING = state(6, "menandatangani", Visit(6, KADIS, False))
DELIVERING = state(7, "menyampaikan", Visit(6, KADIS, True, "selesai"), Visit(7, KADIS, False))


def test_the_signature_the_workflow_asked_for_is_awaited():
    assert refusal(SIGNING, SignatureRequested(ID, 2, KADIS, NOW)) is None


def test_a_signature_for_a_cycle_not_at_the_signing_step_is_refused():
    waiting = state(6, "menunggu_tanda_tangan", Visit(6, None, False))
    assert "not awaiting step 6" in (refusal(waiting, SignatureRequested(ID, 2, KADIS, NOW)) or "")
    assert "not awaiting step 6" in (refusal(state(4, "menunggu_paraf"), SignatureRequested(ID, 2, KADIS, NOW)) or "")


def test_a_signature_of_another_version_or_by_another_official_is_refused():
    assert "version 3" in (refusal(SIGNING, SignatureRequested(ID, 3, KADIS, NOW)) or "")
    assert "user 2" in (refusal(SIGNING, SignatureRequested(ID, 2, KABID, NOW)) or "")


def test_no_cycle_or_a_finished_one_awaits_nothing():
    assert refusal(None, SignatureRequested(ID, 2, KADIS, NOW)) == "the cycle does not exist"
    done = state(7, "selesai", status="selesai")
    assert refusal(done, DeliveryRequested(ID, 2, KADIS, NOW)) == "the cycle is selesai"


def test_a_delivery_is_awaited_only_while_the_workflow_delivers():
    assert refusal(DELIVERING, DeliveryRequested(ID, 2, KADIS, NOW)) is None
    assert "not awaiting step 7" in (refusal(SIGNING, DeliveryRequested(ID, 2, KADIS, NOW)) or "")


def test_a_paraf_is_recorded_only_when_the_workflow_recorded_it():
    assert refusal(SIGNING, NotaInitialled(ID, 4, 2, KASIE, NOW)) is None
    assert "no paraf of step 4 by user 1" in (refusal(SIGNING, NotaInitialled(ID, 4, 2, KADIS, NOW)) or "")
    assert "no paraf of step 5" in (refusal(state(5, "menunggu_paraf"), NotaInitialled(ID, 5, 2, KASIE, NOW)) or "")
