"""The tindak lanjut of one application: one per problem, with the advice for it.

What counts as a problem is ``pantau_contracts.problems.problems_of``, the one definition the
workflow opens its follow-ups by, so the nota lists exactly what will be followed up. A problem
the Pelaksana set aside as a false positive (same application, code and evidence) is left out.
A problem's advice is ``pantau_contracts.advice``, by its code and category: the text the web's
follow-up page shows the department as well.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from pantau_contracts.advice import advice
from pantau_contracts.problems import (
    LOGIN_FAILED,
    NOT_ACTIVE,
    NOT_UPDATED,
    Place,
    Problem,
    evidence_fingerprint,
    problems_of,
)
from pantau_contracts.status import ApplicationChecked, Finding
from pantau_contracts.vocabulary import (
    CATEGORY_LABELS,
    REASON_LABELS,
    SEVERITY_LABELS,
    Category,
    finding_category,
    finding_label,
    label,
)

from .dates import tanggal
from .evidence import excerpt, where
from .records import MonitoredApp

NO_RESULT = "tanpa_hasil"  # not a problem of a result: the application has none this cycle
SetAside = tuple[str, str, str]  # a false positive: (app_id, code, evidence fingerprint)
STATUS_CODES = frozenset({NOT_ACTIVE, LOGIN_FAILED, NOT_UPDATED})  # the SOP's own questions, not findings

_NO_RESULT_TEXT = (
    "Tidak ada hasil pemeriksaan pada siklus ini.",
    "Memastikan aplikasi dapat dijangkau dan mengonfirmasi status aplikasi kepada Diskominfostandi.",
)


@dataclass(frozen=True)
class TindakLanjut:
    """One problem, addressed to the Perangkat Daerah that owns the application."""

    no: int
    pd_nama: str
    app_nama: str
    masalah: str
    rekomendasi: str
    code: str  # the problem's code, or NO_RESULT; never printed
    category: str = ""


def category(f: Problem | Finding) -> Category:
    """Return the problem's category (from its code when an old event carries none)."""
    return f.category or finding_category(f.code)


def finding_text(f: Problem | Finding) -> str:
    """Return a finding as a sentence an official reads: its label, where, how grave, the proof.

    One kind seen at several places is one sentence naming every place and each place's proof.
    """
    places = f.seen_at if isinstance(f, Problem) else (Place(f.location, f.evidence),)
    kind = CATEGORY_LABELS[category(f)].lower()
    level = label(SEVERITY_LABELS, f.severity)
    proofs = dict.fromkeys(excerpt(place.evidence) for place in places)
    quoted = "; ".join(f"\u201c{proof}\u201d" for proof in proofs if proof)
    bukti = f" Bukti: {quoted}." if quoted else ""
    seen = where(*(place.location for place in places))
    return f"Terdapat {finding_label(f.code)}{seen} (temuan {kind}, tingkat {level}).{bukti}"


def finding_advice(f: Problem | Finding) -> str:
    """Return the advice for a problem: its code's own, else its category's."""
    return advice(f.code, category(f))


def problem_text(p: Problem, result: ApplicationChecked) -> str:
    """Return one problem of a result as the nota states it."""
    if p.code == NOT_ACTIVE:
        return f"Aplikasi tidak aktif: {label(REASON_LABELS, result.reason, 'penyebab tidak diketahui')}."
    if p.code == LOGIN_FAILED:
        return "Login ke aplikasi gagal."
    if p.code == NOT_UPDATED:
        changed = result.content.last_changed
        return f"Konten tidak diperbarui{f' sejak {tanggal(changed)}' if changed else ''}."
    return finding_text(p)


def kept_problems(app: MonitoredApp, set_aside: Collection[SetAside] = ()) -> tuple[Problem, ...]:
    """Return the problems of an application's result, less those set aside as false positives."""
    if app.result is None:
        return ()
    return tuple(p for p in problems_of(app.result) if not is_set_aside(app, p, set_aside))


def is_set_aside(app: MonitoredApp, p: Problem, set_aside: Collection[SetAside]) -> bool:
    """Tell whether the Pelaksana declared this problem of this application a false positive."""
    return bool(set_aside) and (app.app_id, p.code, evidence_fingerprint(p)) in set_aside


def set_aside_count(app: MonitoredApp, set_aside: Collection[SetAside]) -> int:
    """Return how many problems of an application's result were set aside as false positives."""
    if app.result is None or not set_aside:
        return 0
    return sum(is_set_aside(app, p, set_aside) for p in problems_of(app.result))


def problems(app: MonitoredApp, set_aside: Collection[SetAside] = ()) -> list[TindakLanjut]:
    """Return one tindak lanjut per problem of one application (no result: one asking for it)."""
    if app.result is None:
        return [_item(app, NO_RESULT, *_NO_RESULT_TEXT)]
    result = app.result
    return [
        _item(app, p.code, problem_text(p, result), finding_advice(p), p.category)
        for p in kept_problems(app, set_aside)
    ]


def findings_of(app: MonitoredApp, set_aside: Collection[SetAside] = ()) -> list[Problem]:
    """Return an application's findings (its problems less its status), false positives left out."""
    return [p for p in kept_problems(app, set_aside) if p.code not in STATUS_CODES]


def _item(app: MonitoredApp, code: str, masalah: str, rekomendasi: str, kind: str = "") -> TindakLanjut:
    return TindakLanjut(0, app.pd_nama, app.nama, masalah, rekomendasi, code, kind)
