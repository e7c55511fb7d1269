"""Concurrent numbering in PostgreSQL; dashboards and the Wali Kota report from stored results."""

from __future__ import annotations

import io
import threading
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from reporter_it import Seeded, rows

from pantau_common.db import connect
from pantau_reporter.config import reporter_config
from pantau_reporter.core.dates import WIB
from pantau_reporter.core.nomor import NomorScheme
from pantau_reporter.reports import load_monthly, month_of, store_monthly_report
from pantau_reporter.sources_pg import PostgresSources
from pantau_reporter.store_pg import PostgresDocuments
from pantau_reporter.web import create_app

pytestmark = pytest.mark.integration


def test_concurrent_numbering_gives_no_duplicates_and_no_gaps(database_url: str) -> None:
    barrier = threading.Barrier(12)
    issued: list[str] = []

    def number(index: int) -> None:
        with connect(database_url) as conn:
            barrier.wait()
            nomor = PostgresDocuments(conn).issue_nomor(
                str(uuid.uuid4()), "nota_dinas", NomorScheme(), date(2026, 11, 23)
            )
            if index % 4 == 3:
                conn.rollback()  # a failed render: its number must be taken by the next document
            else:
                conn.commit()
                issued.append(nomor)

    threads = [threading.Thread(target=number, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seqs = sorted(r["seq"] for r in rows(database_url, "SELECT seq FROM reporter_nomor"))
    assert seqs == list(range(1, 10))
    assert len(set(issued)) == 9
    assert "800.1.11.1/0001/Diskominfostandi/XI/2026" in issued


def test_numbering_restarts_each_year_and_an_instance_keeps_its_nomor(database_url: str) -> None:
    instance = str(uuid.uuid4())
    with connect(database_url) as conn:
        documents = PostgresDocuments(conn)
        first = documents.issue_nomor(instance, "nota_dinas", NomorScheme(), date(2026, 12, 31))
        again = documents.issue_nomor(instance, "nota_dinas", NomorScheme(), date(2026, 12, 31))
        next_year = documents.issue_nomor(str(uuid.uuid4()), "nota_dinas", NomorScheme(), date(2027, 1, 2))
    assert first == again == "800.1.11.1/0001/Diskominfostandi/XII/2026"
    assert next_year == "800.1.11.1/0001/Diskominfostandi/I/2027"


NEW_YEAR_IN_BEKASI = datetime(2026, 12, 31, 17, 30, tzinfo=UTC)  # 00:30 WIB on 1 January 2027


def test_the_monthly_report_takes_the_month_as_in_bekasi(settings, seeded: Seeded) -> None:
    with connect(settings.database_url) as conn:
        conn.execute("UPDATE sop_instances SET created_at = %s WHERE id = %s", (NEW_YEAR_IN_BEKASI, seeded.instance_id))
        sources = PostgresSources(conn)
        january = load_monthly(sources, date(2027, 1, 1), NEW_YEAR_IN_BEKASI)
        december = load_monthly(sources, date(2026, 12, 1), NEW_YEAR_IN_BEKASI)
    assert [c.instance_id for c in january.in_month] == [seeded.instance_id] and december.in_month == []
    assert month_of(None, NEW_YEAR_IN_BEKASI) == month_of("2027-01", NEW_YEAR_IN_BEKASI) == date(2027, 1, 1)


def _history(url: str, seeded: Seeded) -> None:
    t0 = datetime.now(UTC) - timedelta(hours=5)
    with connect(url) as conn:
        for step, minutes, baku in ((2, 10, 900), (3, 200, 10800), (4, 30, 900)):
            conn.execute(
                "INSERT INTO sop_step_history (instance_id, seq, step, role, started_at, completed_at,"
                " outcome, mutu_baku_s) VALUES (%s,%s,%s,'kasie',%s,%s,'selesai',%s)",
                (seeded.instance_id, step, step, t0, t0 + timedelta(minutes=minutes), baku),
            )


def test_dashboards_show_the_city_each_pd_and_the_sop_times(settings, seeded: Seeded) -> None:
    _history(settings.database_url, seeded)
    client = create_app(settings).test_client()
    city = client.get("/dasbor").get_data(as_text=True)
    assert "Dasbor Kota Bekasi" in city and "<svg" in city and "Badan Pendapatan Daerah" in city
    assert "konten judi online tersisip" in city and "75%" in city  # 3 of the 4 checked applications are aktif
    assert "judi_online" not in city  # an official reads the label, never the code
    pd = client.get("/dasbor/pd/bapenda").get_data(as_text=True)
    assert "E-BPHTB" in pd and "Pajak Daerah Online" in pd and "Belum diperiksa" in pd
    assert "tidak_update" not in pd and "Tidak update" in pd
    sop = client.get("/dasbor/sop").get_data(as_text=True)
    assert "melampaui" in sop and "sesuai" in sop and "<svg" in sop
    assert '<td class="n">200,0</td>' in sop and "200.0" not in sop  # minutes with a decimal comma
    assert '<th scope="col">Pejabat</th>' in sop  # who acted: "Pelaksana" is the step 3 role
    assert client.get("/dasbor/pd/tidak-ada").status_code == 404
    assert "cdn" not in city.lower() and "<script" not in city.lower()


def test_the_monthly_wali_kota_report_is_a_pdf_with_the_executive_summary(settings, seeded: Seeded) -> None:
    client = create_app(settings).test_client()
    month = datetime.now(WIB).strftime("%Y-%m")  # this month as in Bekasi, which the page reads
    reply = client.get(f"/laporan/walikota?bulan={month}")
    assert reply.status_code == 200 and reply.mimetype == "application/pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(reply.data)).pages).split())
    for part in (
        "LAPORAN BULANAN",
        "Ringkasan eksekutif",
        "Perubahan sejak bulan lalu",
        "Aplikasi dengan kinerja terburuk",
        "Tindak lanjut yang masih terbuka",
        "E-BPHTB",
        "Antrian Online Capil",
    ):
        assert part in text, part
    assert client.get("/laporan/walikota?bulan=13-2026").status_code == 400


def test_each_stored_monthly_report_is_a_new_version(settings, seeded: Seeded) -> None:
    kop = reporter_config(settings).kop
    with connect(settings.database_url) as conn:
        sources, documents = PostgresSources(conn), PostgresDocuments(conn)
        first, _ = store_monthly_report(sources, documents, month_of(None), kop)
        second, pdf = store_monthly_report(sources, documents, month_of(None), kop)
    stored = rows(settings.database_url, "SELECT id, version, kind FROM documents ORDER BY id")
    assert [(r["id"], r["version"], r["kind"]) for r in stored] == [
        (first, 1, "laporan_walikota"),
        (second, 2, "laporan_walikota"),
    ]
    assert pdf.startswith(b"%PDF")
