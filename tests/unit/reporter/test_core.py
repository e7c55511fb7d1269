"""The pure core: numbering, Indonesian dates, the nota dinas model and the dashboard figures."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, date, datetime, timedelta

import pytest
from reporter_samples import apps, checked, inputs

from pantau_contracts.problems import problems_of
from pantau_reporter.core import dashboard as dash
from pantau_reporter.core.advice import problems
from pantau_reporter.core.dates import hari_tanggal, tanggal, tanggal_jam
from pantau_reporter.core.disposisi import DisposisiInputs, build_disposisi
from pantau_reporter.core.followups import FollowUpRecord
from pantau_reporter.core.model import build_nota
from pantau_reporter.core.nomor import InvalidPatternError, NomorScheme
from pantau_reporter.core.records import MonitoredApp


def test_nomor_follows_the_default_pattern_with_roman_month() -> None:
    assert NomorScheme().format(7, date(2026, 11, 23)) == "800.1.11.1/0007/Diskominfostandi/XI/2026"


def test_nomor_pattern_is_configurable() -> None:
    scheme = NomorScheme(
        kode="555.10",
        unit="Kep",
        pattern="{kode}/{unit}.{seq}-Diskominfostandi/{bulan_romawi}/{tahun}",
        digits=3,
    )
    assert scheme.format(233, date(2022, 6, 1)) == "555.10/Kep.233-Diskominfostandi/VI/2022"


def test_nomor_pattern_with_an_unknown_field_is_refused() -> None:
    with pytest.raises(InvalidPatternError):
        NomorScheme(pattern="{kode}/{nope}").format(1, date(2026, 1, 1))


def test_dates_are_long_indonesian_dates_in_wib() -> None:
    late_evening_utc = datetime(2026, 11, 22, 20, 30, tzinfo=UTC)  # 03.30 WIB on the 23rd
    assert tanggal(late_evening_utc) == "23 November 2026"
    assert hari_tanggal(date(2026, 11, 23)) == "Senin, 23 November 2026"
    assert tanggal_jam(late_evening_utc) == "23 November 2026, 03.30 WIB"
    assert tanggal(date(2026, 8, 17)) == "17 Agustus 2026"


def test_summary_counts_match_the_results() -> None:
    nota = build_nota(inputs(10))
    s = nota.summary
    assert (s.total, s.checked, s.tanpa_hasil) == (10, 8, 2)
    assert (s.aktif, s.tidak_aktif) == (6, 2)
    assert (s.update, s.tidak_update, s.tidak_diketahui) == (4, 2, 2)
    assert (s.login_gagal, s.temuan, s.temuan_berat) == (2, 2, 2)
    assert nota.sifat == "Segera"


def test_one_tindak_lanjut_per_problem_addressed_to_the_owning_pd() -> None:
    nota = build_nota(inputs(10))
    by_app = {}
    for t in nota.tindak_lanjut:
        by_app.setdefault(t.app_nama, []).append(t)
    owners = {a.nama: a.pd_nama for a in apps(10)}
    assert all(t.pd_nama == owners[t.app_nama] for t in nota.tindak_lanjut)
    assert [t.code for t in by_app["Aplikasi 0002"]] == ["login_gagal", "tidak_update"]
    assert [t.code for t in by_app["Aplikasi 0001"]] == ["tidak_aktif"]
    assert [t.code for t in by_app["Aplikasi 0003"]] == ["tanpa_hasil"]
    assert "2×24 jam" in by_app["Aplikasi 0004"][0].rekomendasi
    assert "Aplikasi 0000" not in by_app
    assert [t.no for t in nota.tindak_lanjut] == list(range(1, len(nota.tindak_lanjut) + 1))


def test_lampiran_lists_every_application_once() -> None:
    nota = build_nota(inputs(25))
    assert sorted(r.app_nama for r in nota.rows) == sorted(a.nama for a in apps(25))
    assert [r.no for r in nota.rows] == list(range(1, 26))
    no_result = next(r for r in nota.rows if r.app_nama == "Aplikasi 0003")
    assert no_result.status == "Tidak ada hasil"


def test_findings_per_pd_cover_every_pd() -> None:
    nota = build_nota(inputs(8))
    assert sum(p.jumlah_aplikasi for p in nota.per_pd) == 8
    assert sum(len(p.masalah) for p in nota.per_pd) == len(nota.tindak_lanjut)


def test_a_clean_cycle_has_no_tindak_lanjut_and_is_biasa() -> None:
    clean = MonitoredApp(
        "a", "A", "https://a.go.id", "pd", "PD", checked("a", "aktif", login="berhasil", freshness="update")
    )
    assert problems(clean) == []


def test_disposisi_marks_the_chosen_sifat_and_instruction() -> None:
    base = inputs(1)
    at = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    lembar = build_disposisi(
        DisposisiInputs(
            "2026-11",
            base.signer,
            at,
            at,
            "1/Disp/2026",
            "segera",
            "koordinasi_konfirmasikan",
            "cek",
            base.signer,
            base.signer,
        )
    )
    assert [c.label for c in lembar.sifat if c.chosen] == ["Segera"]
    assert [c.label for c in lembar.instruksi if c.chosen] == ["Koordinasi/konfirmasikan"]
    assert lembar.diterima_tanggal == "23 November 2026"


def _snapshot(no: str, day: int, results: tuple[MonitoredApp, ...]) -> dash.CycleSnapshot:
    return dash.CycleSnapshot(no, no, datetime(2026, 11, day, tzinfo=UTC), results)


def test_dashboard_shares_trend_and_open_findings() -> None:
    latest = tuple(a for a in apps(10) if a.has_result)
    share = dash.share(latest)
    assert (share.total, share.aktif, share.update) == (8, 6, 4)
    assert share.pct_aktif == 75.0
    rows = dash.by_pd(latest)
    assert sum(r.share.total for r in rows) == 8
    assert [f.finding.code for f in dash.open_findings(latest)] == ["judi_online", "judi_online"]
    points = dash.trend([_snapshot("b", 20, apps(10)), _snapshot("a", 1, apps(5))])
    assert [p.cycle_no for p in points] == ["a", "b"]


def test_changes_since_last_month_and_worst_apps() -> None:
    before = apps(5)
    after = tuple(
        a
        if a.app_id != "app-1"
        else dataclasses.replace(a, result=dataclasses.replace(a.result, availability="aktif", reason=None))
        for a in before
    )
    found = dash.changes(before, after)
    assert [(c.app_nama, c.aspect, c.after, c.better) for c in found] == [
        ("Aplikasi 0001", "ketersediaan", "Aktif", True)
    ]
    worst = dash.worst_apps([_snapshot("a", 1, before), _snapshot("b", 2, before)])
    assert worst[0].problems >= worst[-1].problems and worst[0].app_nama == "Aplikasi 0002"


def test_step_times_against_mutu_baku() -> None:
    t0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
    visits = [
        dash.StepVisit("c1", 2, t0, t0 + timedelta(minutes=10), 900),
        dash.StepVisit("c1", 4, t0, t0 + timedelta(minutes=40), 900),
        dash.StepVisit("c1", 5, t0, None, 900),
    ]
    times = dash.step_times(visits)
    assert [(t.step, t.minutes, t.within) for t in times] == [(2, 10.0, True), (4, 40.0, False)]


def test_the_nota_lists_exactly_the_problems_the_workflow_follows_up() -> None:
    nota = build_nota(inputs(10))
    listed: dict[str, list[str]] = {}
    for t in nota.tindak_lanjut:
        listed.setdefault(t.app_nama, []).append(t.code)
    for app in apps(10):
        expected = [p.code for p in problems_of(app.result)] if app.result else ["tanpa_hasil"]
        assert listed.get(app.nama, []) == expected, app.nama


def _set_aside(app_id: str, code: str, evidence: str) -> frozenset[tuple[str, str, str]]:
    return frozenset({(app_id, code, hashlib.sha256(evidence.encode()).hexdigest())})


def test_a_false_positive_is_left_out_of_the_lists_and_the_counts() -> None:
    before = build_nota(inputs(10))
    aside = _set_aside("app-4", "judi_online", "kata 'slot gacor' tersembunyi")
    after = build_nota(dataclasses.replace(inputs(10), set_aside=aside))
    assert [t.app_nama for t in after.tindak_lanjut].count("Aplikasi 0004") == 0
    assert len(after.tindak_lanjut) == len(before.tindak_lanjut) - 1
    assert (after.summary.temuan, after.summary.temuan_berat) == (1, 1)
    assert next(r for r in after.rows if r.app_nama == "Aplikasi 0004").temuan == "-"
    assert sum(len(p.masalah) for p in after.per_pd) == len(after.tindak_lanjut)
    assert after.positif_palsu == 1 and after.sifat == "Segera"  # Aplikasi 0009's finding still stands
    assert after.kalimat_positif_palsu.startswith("Sebanyak 1 temuan dinyatakan positif palsu oleh Pelaksana")
    assert before.positif_palsu == 0 and before.kalimat_positif_palsu == ""


def test_a_false_positive_whose_evidence_changed_is_listed_again() -> None:
    aside = _set_aside("app-4", "judi_online", "bukti yang lama")
    nota = build_nota(dataclasses.replace(inputs(10), set_aside=aside))
    assert "Aplikasi 0004" in [t.app_nama for t in nota.tindak_lanjut] and nota.positif_palsu == 0


def test_the_previous_cycles_follow_ups_are_listed_by_pd_with_their_summary() -> None:
    t0 = datetime(2026, 10, 2, 3, 0, tzinfo=UTC)
    base = FollowUpRecord(
        "f1", "i", "2026-10-01", "800.1.11.1/0003/Diskominfostandi/X/2026", "b", "Zeta", "pd2", "Badan B",
        "tidak_aktif", "ketersediaan", "tinggi", "selesai", t0, t0 + timedelta(days=3),
        closed_at=t0 + timedelta(days=1),
    )  # fmt: skip
    late = dataclasses.replace(base, id="f2", pd_nama="Badan A", state="terbuka", terlambat=True, closed_at=None)
    nota = build_nota(dataclasses.replace(inputs(3), sebelumnya=(base, late)))
    assert [f.id for f in nota.sebelumnya] == ["f2", "f1"]
    assert nota.siklus_sebelumnya == "siklus 2026-10-01, Nota Dinas Nomor 800.1.11.1/0003/Diskominfostandi/X/2026"
    assert nota.rekap_sebelumnya.kalimat.startswith("Dari 2 tindak lanjut, 1 telah selesai diperbaiki")
    assert build_nota(inputs(3)).siklus_sebelumnya == ""
