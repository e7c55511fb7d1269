"""The one behaviour every reporter repository adapter shares (in memory and PostgreSQL alike).

A test module subclasses ``RepositorySuite`` and provides the fixture ``world``: the repositories
with ``reporter_world``'s data in them, as in pyeventsourcing's suites run over each adapter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from reporter_world import APPS, SLOT_EVIDENCE, PastCycle, Seeded, cycle_no, fingerprint

from pantau_contracts.status import ApplicationChecked
from pantau_reporter.core.nomor import NomorScheme
from pantau_reporter.repository import DeliveryRecord, MissingDataError, NewDocument, ParafEntry, Repositories

NOV = date(2026, 11, 23)


@dataclass(frozen=True)
class World:
    repos: Repositories
    seeded: Seeded
    seed_register: Callable[[], dict[str, PastCycle]]  # earlier cycles, their follow-ups, false positives


def _draft(world: World, version: int = 1, content: bytes = b"%PDF-draft", **kw: object) -> NewDocument:
    return NewDocument(world.seeded.instance_id, "nota_dinas", version, "pdf", content, **kw)  # type: ignore[arg-type]


def _paraf(world: World, step: int, version: int = 1, by: str = "kasie") -> ParafEntry:
    at = datetime(2026, 11, 23, 7, step, tzinfo=UTC)
    user = world.seeded.users[by]
    return ParafEntry(world.seeded.instance_id, step, version, user, 1, "a" * 64, at, f"s{step}", "sig", "alg")


class RepositorySuite:
    """Subclass with a ``world`` fixture; every test here then runs against that adapter."""

    # --- sources ------------------------------------------------------------------

    def test_the_cycle_is_read_with_who_ordered_it(self, world: World) -> None:
        cycle = world.repos.sources.cycle(world.seeded.instance_id)
        assert (cycle.cycle_no, cycle.note) == (cycle_no(world.seeded.instance_id), "bulanan")
        assert cycle.started_by == world.seeded.users["kabid"] and cycle.started_at is not None

    def test_an_unknown_cycle_is_missing_data(self, world: World) -> None:
        with pytest.raises(MissingDataError):
            world.repos.sources.cycle("00000000-0000-4000-8000-000000000000")

    def test_scoped_apps_are_ordered_by_pd_and_name_with_decoded_results(self, world: World) -> None:
        apps = world.repos.sources.scoped_apps(world.seeded.instance_id)
        assert [(a.pd_nama, a.nama) for a in apps] == sorted((a.pd_nama, a.nama) for a in apps)
        assert sorted(a.app_id for a in apps) == sorted(a[0] for a in APPS)
        by_id = {a.app_id: a for a in apps}
        assert by_id["pajak-online"].result is None
        portal = by_id["sipd-bpbd"].result
        assert isinstance(portal, ApplicationChecked) and portal.cycle_id == world.seeded.instance_id
        assert [(f.code, f.category) for f in portal.findings] == [("judi_online", "keamanan")]
        down = by_id["antrian-capil"].result
        assert down is not None and (down.availability, down.reason, down.http_status) == (
            "tidak_aktif",
            "http_5xx",
            503,
        )
        assert by_id["ebphtb"].login == "gagal" and by_id["ebphtb"].freshness == "tidak_update"

    def test_latest_apps_of_one_pd(self, world: World) -> None:
        apps = world.repos.sources.latest_apps("bapenda")
        assert [a.nama for a in apps] == ["E-BPHTB", "Pajak Daerah Online"]
        assert [a.has_result for a in apps] == [True, False]
        assert len(world.repos.sources.latest_apps()) == len(APPS)

    def test_recent_cycles_within_a_window(self, world: World) -> None:
        sources = world.repos.sources
        assert [c.instance_id for c in sources.recent_cycles(limit=5)] == [world.seeded.instance_id]
        later = datetime.now(UTC) + timedelta(days=1)
        assert sources.recent_cycles(since=later) == []
        assert len(sources.recent_cycles(until=later)) == 1

    def test_officials_by_role_and_by_id(self, world: World) -> None:
        sources = world.repos.sources
        kadis = sources.official_by_role("kadis")
        assert kadis.nama == "Dr. Ir. Budi Santoso, M.Kom." and kadis.nip == "197001011995031001"
        assert sources.official_by_id(world.seeded.users["kasie"]).role == "kasie"
        with pytest.raises(MissingDataError):
            sources.official_by_role("admin")
        with pytest.raises(MissingDataError):
            sources.official_by_id(999_999)

    # --- the follow-up register ----------------------------------------------------

    def test_false_positives_are_read_for_the_applications_asked(self, world: World) -> None:
        sources = world.repos.sources
        assert sources.false_positives(["sipd-bpbd"]) == frozenset()
        world.seed_register()
        assert sources.false_positives(["sipd-bpbd", "sipenduduk"]) == {
            ("sipd-bpbd", "judi_online", fingerprint(SLOT_EVIDENCE))
        }
        assert len(sources.false_positives([a[0] for a in APPS])) == 2
        assert sources.false_positives([]) == frozenset()

    def test_previous_follow_ups_are_the_latest_earlier_cycle_that_opened_any(self, world: World) -> None:
        sources = world.repos.sources
        assert sources.previous_follow_ups(world.seeded.instance_id) == ()
        cycles = world.seed_register()
        previous = sources.previous_follow_ups(world.seeded.instance_id)
        assert {f.instance_id for f in previous} == {cycles["sebelumnya"].instance_id}
        assert [(f.app_nama, f.code, f.state) for f in previous] == [  # by opening, owner, application
            ("Portal Kebencanaan", "judi_online", "ditanggapi"),
            ("E-BPHTB", "login_gagal", "terbuka"),
            ("E-BPHTB", "tidak_update", "ditutup"),
            ("Antrian Online Capil", "tidak_aktif", "selesai"),
            ("Sistem Informasi Kependudukan", "tidak_update", "selesai"),
        ]
        portal = previous[0]
        assert (portal.pd_nama, portal.cycle_no, portal.terlambat, portal.dibuka_kembali) == (
            "Badan Penanggulangan Bencana Daerah",
            cycles["sebelumnya"].cycle_no,
            True,
            True,
        )
        older = sources.previous_follow_ups(cycles["sebelumnya"].instance_id)
        assert [(f.instance_id, f.code) for f in older] == [(cycles["lebih_lama"].instance_id, "tidak_aktif")]
        assert sources.previous_follow_ups(cycles["lebih_lama"].instance_id) == ()

    def test_the_register_of_the_city_and_of_one_pd(self, world: World) -> None:
        world.seed_register()
        sources = world.repos.sources
        everything = sources.follow_ups()
        assert len(everything) == 6 and everything[0].code == "tidak_aktif"  # the oldest cycle's, first
        bapenda = sources.follow_ups("bapenda")
        assert [(f.code, f.state) for f in bapenda] == [("login_gagal", "terbuka"), ("tidak_update", "ditutup")]
        closed = bapenda[1]
        assert closed.closed_at is not None and closed.closed_at - closed.opened_at == timedelta(hours=120)

    # --- documents ----------------------------------------------------------------

    def test_an_instance_keeps_its_nomor_and_the_next_one_takes_the_next_number(self, world: World) -> None:
        documents = world.repos.documents
        first = documents.issue_nomor(world.seeded.instance_id, "nota_dinas", NomorScheme(), NOV)
        assert documents.issue_nomor(world.seeded.instance_id, "nota_dinas", NomorScheme(), NOV) == first
        other = documents.issue_nomor("11111111-1111-4111-8111-111111111111", "nota_dinas", NomorScheme(), NOV)
        assert (first, other) == (
            "800.1.11.1/0001/Diskominfostandi/XI/2026",
            "800.1.11.1/0002/Diskominfostandi/XI/2026",
        )

    def test_numbering_is_per_series_and_restarts_each_year(self, world: World) -> None:
        documents = world.repos.documents
        documents.issue_nomor(world.seeded.instance_id, "nota_dinas", NomorScheme(), NOV)
        agenda = NomorScheme(pattern="{seq}/Disp/{unit}/{tahun}")
        assert (
            documents.issue_nomor(world.seeded.instance_id, "disposisi", agenda, NOV)
            == "0001/Disp/Diskominfostandi/2026"
        )
        next_year = documents.issue_nomor(
            "22222222-2222-4222-8222-222222222222", "nota_dinas", NomorScheme(), date(2027, 1, 2)
        )
        assert next_year == "800.1.11.1/0001/Diskominfostandi/I/2027"

    def test_a_stored_document_is_found_by_version_id_and_sha256(self, world: World) -> None:
        documents = world.repos.documents
        stored = documents.add(_draft(world, nomor="N/1", meta={"k": "v"}))
        assert (stored.sha256, stored.content, stored.nomor, stored.meta) == (
            _draft(world).sha256,
            b"%PDF-draft",
            "N/1",
            {"k": "v"},
        )
        assert documents.find(world.seeded.instance_id, "nota_dinas", 1, "pdf", signed=False) == stored
        assert documents.by_id(stored.id) == stored
        assert documents.by_sha256(stored.sha256) == stored
        assert documents.find(world.seeded.instance_id, "nota_dinas", 1, "pdf", signed=True) is None
        assert documents.by_id(stored.id + 1000) is None

    def test_storing_a_version_again_keeps_the_first(self, world: World) -> None:
        documents = world.repos.documents
        first = documents.add(_draft(world))
        again = documents.add(_draft(world, content=b"%PDF-other"))
        assert again == first
        assert documents.find(world.seeded.instance_id, "nota_dinas", None, "pdf", signed=False) == first

    def test_find_without_a_version_returns_the_latest(self, world: World) -> None:
        documents = world.repos.documents
        documents.add(_draft(world, 1))
        second = documents.add(_draft(world, 2, b"%PDF-v2"))
        assert documents.find(world.seeded.instance_id, "nota_dinas", None, "pdf", signed=False) == second

    def test_a_reserved_id_is_the_id_of_the_document_stored_with_it(self, world: World) -> None:
        documents = world.repos.documents
        reserved = documents.reserve_id()
        signed = documents.add(_draft(world, signed=True, id=reserved))
        assert signed.id == reserved and documents.by_id(reserved) == signed
        assert documents.reserve_id() != reserved

    def test_monthly_documents_of_no_instance_are_new_versions(self, world: World) -> None:
        documents = world.repos.documents
        assert documents.next_version("laporan_walikota", "2026-11") == 1
        for version in (1, 2):
            documents.add(NewDocument(None, "laporan_walikota", version, "pdf", b"%PDF", meta={"bulan": "2026-11"}))
        assert documents.next_version("laporan_walikota", "2026-11") == 3
        assert documents.next_version("laporan_walikota", "2026-12") == 1

    def test_paraf_are_recorded_once_and_read_in_step_order(self, world: World) -> None:
        documents = world.repos.documents
        documents.add_paraf(_paraf(world, 5, by="kabid"))
        documents.add_paraf(_paraf(world, 4))
        documents.add_paraf(_paraf(world, 4, by="kadis"))  # a redelivered paraf changes nothing
        documents.add_paraf(_paraf(world, 4, version=2))
        entries = documents.paraf(world.seeded.instance_id, 1)
        assert [(e.step, e.user_id) for e in entries] == [
            (4, world.seeded.users["kasie"]),
            (5, world.seeded.users["kabid"]),
        ]
        assert entries[0] == _paraf(world, 4)

    def test_a_delivery_keeps_its_first_receipt(self, world: World) -> None:
        documents = world.repos.documents
        iid = world.seeded.instance_id
        assert documents.add_delivery(DeliveryRecord(iid, 2, "kotak_masuk", "KM-1", 7)) == "KM-1"
        assert documents.add_delivery(DeliveryRecord(iid, 2, "kotak_masuk", "KM-2", 7)) == "KM-1"
        assert documents.add_delivery(DeliveryRecord(iid, 3, "kotak_masuk", "KM-3", 8)) == "KM-3"
