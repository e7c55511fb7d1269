"""The follow-up register as the reporter reads it: open and late per Perangkat Daerah, the median
time to fix per kind of problem, and how the previous cycle's follow-ups stand."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from pantau_reporter.core.dates import durasi
from pantau_reporter.core.followups import (
    FollowUpRecord,
    fix_times_by_category,
    fix_times_by_problem,
    open_by_pd,
    recap,
    register_figures,
)

T0 = datetime(2026, 10, 1, 2, 0, tzinfo=UTC)
BASE = FollowUpRecord(
    id="f",
    instance_id="i",
    cycle_no="2026-10",
    nota_nomor="800.1.11.1/0003/Diskominfostandi/X/2026",
    app_id="ebphtb",
    app_nama="E-BPHTB",
    pd_id="bapenda",
    pd_nama="Badan Pendapatan Daerah",
    code="tidak_aktif",
    category="ketersediaan",
    severity="tinggi",
    state="terbuka",
    opened_at=T0,
    due_at=T0 + timedelta(days=3),
)


def fu(**changes: object) -> FollowUpRecord:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def fixed(hours: float, **changes: object) -> FollowUpRecord:
    return fu(state="selesai", closed_at=T0 + timedelta(hours=hours), **changes)


def test_durations_read_in_days_hours_and_minutes() -> None:
    assert durasi(timedelta(days=3, hours=4, minutes=10)) == "3 hari 4 jam"
    assert durasi(timedelta(days=2)) == "2 hari"
    assert durasi(timedelta(hours=5, minutes=30)) == "5 jam 30 menit"
    assert durasi(timedelta(minutes=45)) == "45 menit"
    assert durasi(timedelta(seconds=20)) == "kurang dari 1 menit"


def test_open_and_late_per_pd_at_a_moment() -> None:
    items = [
        fu(),
        fu(state="ditanggapi", code="login_gagal"),
        fu(pd_id="bpbd", pd_nama="Badan Penanggulangan Bencana Daerah", due_at=T0 + timedelta(days=30)),
        fixed(10),
        fu(state="ditutup", closed_at=T0 + timedelta(days=1)),
    ]
    at = T0 + timedelta(days=5)
    rows = open_by_pd(items, at)
    assert [(r.pd_id, r.terbuka, r.terlambat) for r in rows] == [("bapenda", 2, 2), ("bpbd", 1, 0)]
    early = open_by_pd(items, T0 + timedelta(hours=1))  # nothing fixed or closed yet, nothing due
    assert [(r.pd_id, r.terbuka, r.terlambat) for r in early] == [("bapenda", 4, 0), ("bpbd", 1, 0)]


def test_a_past_moment_reads_the_register_as_it_stood_then() -> None:
    later_fixed = fixed(24 * 20)
    opened_later = fu(opened_at=T0 + timedelta(days=40))
    at = T0 + timedelta(days=10)
    assert later_fixed.open_at(at) and later_fixed.late_at(at)
    assert not opened_later.open_at(at)
    assert [(r.terbuka, r.terlambat) for r in open_by_pd([later_fixed, opened_later], at)] == [(1, 1)]


def test_median_time_to_fix_per_category_and_per_problem() -> None:
    items = [
        fixed(2),
        fixed(4),
        fixed(30),
        fixed(48, code="login_gagal"),
        fixed(10, code="tidak_update", category="konten"),
        fu(),  # open: not fixed yet
        fu(state="ditutup", closed_at=T0 + timedelta(hours=1)),  # closed by hand: not a proven fix
    ]
    by_category = {t.jenis: (t.jumlah, t.median_label) for t in fix_times_by_category(items)}
    assert by_category == {"Ketersediaan": (4, "17 jam"), "Konten": (1, "10 jam")}
    by_problem = {t.jenis: (t.jumlah, t.median_label) for t in fix_times_by_problem(items)}
    assert by_problem == {
        "aplikasi tidak aktif": (3, "4 jam"),
        "login ke aplikasi gagal": (1, "2 hari"),
        "konten aplikasi tidak diperbarui": (1, "10 jam"),
    }


def test_the_figures_of_a_month_count_the_fixes_made_within_it() -> None:
    items = [fixed(2), fixed(24 * 40), fu()]
    figures = register_figures(items, at=T0 + timedelta(days=31), fixed_since=T0)
    assert [(t.jenis, t.jumlah) for t in figures.per_kategori] == [("Ketersediaan", 1)]
    assert (len(figures.terbuka), figures.terlambat) == (2, 2)
    assert figures.of_pd("bapenda") is not None and figures.of_pd("bpbd") is None


def test_the_previous_cycle_is_summed_up_in_one_sentence() -> None:
    items = [
        fixed(5),
        fu(dibuka_kembali=True),  # fixed, then the problem came back
        fu(state="ditutup", closed_at=T0),
        fu(terlambat=True),
        fu(state="ditanggapi", terlambat=True),
    ]
    r = recap(items)
    assert (r.total, r.selesai, r.ditutup, r.terbuka, r.terlambat, r.dibuka_kembali) == (5, 1, 1, 3, 2, 1)
    assert r.kalimat == (
        "Dari 5 tindak lanjut, 1 telah selesai diperbaiki, 1 ditutup oleh Kepala Seksi, dan 3 masih terbuka; "
        "2 melewati batas waktu dan 1 dibuka kembali karena masalahnya muncul lagi."
    )
    assert recap([]).kalimat == "Tidak terdapat tindak lanjut dari siklus sebelumnya."


def test_a_follow_up_prints_labels_never_codes() -> None:
    late_again = fu(state="ditanggapi", terlambat=True, dibuka_kembali=True, code="judi_online")
    assert (late_again.masalah, late_again.status, late_again.keterangan) == (
        "konten judi online tersisip",
        "Ditanggapi",
        "Terlambat, Dibuka kembali",
    )
    assert fu().keterangan == "-" and fu().kategori == "Ketersediaan"
