"""The monthly Wali Kota report on the dashboards is rendered once, stored, and served from storage."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from reporter_it import Seeded, rows

from pantau_reporter import reports
from pantau_reporter.web import create_app

pytestmark = pytest.mark.integration

STORED = b"%PDF-1.7 laporan yang tersimpan"


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the renders of the monthly report (the real renderer still runs)."""
    made: list[str] = []
    real = reports._render_monthly

    def counted(inputs: reports.MonthlyInputs, kop: object) -> bytes:
        made.append(f"{inputs.month:%Y-%m}")
        return real(inputs, kop)  # type: ignore[arg-type]

    monkeypatch.setattr(reports, "_render_monthly", counted)
    return made


def last_month() -> str:
    """Return the month before this one: as of its end, its report does not move with the clock."""
    first = datetime.now(UTC).date().replace(day=1)
    return (first - timedelta(days=1)).strftime("%Y-%m")


def test_a_second_request_is_served_what_the_first_stored(settings, seeded: Seeded, renders):
    client = create_app(settings).test_client()
    first = client.get("/laporan/walikota", query_string={"bulan": last_month()})
    assert first.status_code == 200 and first.data.startswith(b"%PDF")
    (row,) = rows(settings.database_url, "SELECT period, content FROM report_renders")
    assert row["period"] == last_month() and bytes(row["content"]) == first.data

    with psycopg.connect(settings.database_url) as conn:
        conn.execute("UPDATE report_renders SET content = %s", (STORED,))
    second = client.get("/laporan/walikota", query_string={"bulan": last_month()})
    assert second.data == STORED and renders == [last_month()]


def test_a_change_of_its_inputs_renders_it_again(settings, seeded: Seeded, renders):
    client = create_app(settings).test_client()
    client.get("/laporan/walikota", query_string={"bulan": last_month()})
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("UPDATE report_renders SET content = %s", (STORED,))
        (app_id, pd_id) = conn.execute("SELECT id, pd_id FROM applications ORDER BY id LIMIT 1").fetchone()
        conn.execute(  # a follow-up the workflow opened, which the register now holds
            "INSERT INTO follow_ups (id, instance_id, app_id, pd_id, code, category, severity, evidence, nota_nomor,"
            " state, terlambat, opened_at, due_at) VALUES (gen_random_uuid(), %s, %s, %s, 'judi_online', 'keamanan',"
            " 'kritis', 'slot gacor', '800/0001', 'terbuka', false, now() - interval '40 days', now())",
            (seeded.instance_id, app_id, pd_id),
        )
    again = client.get("/laporan/walikota", query_string={"bulan": last_month()})
    assert again.data != STORED and again.data.startswith(b"%PDF") and len(renders) == 2


def test_parallel_requests_render_the_month_once(settings, seeded: Seeded, renders):
    app = create_app(settings)
    answers: list[bytes] = []

    def fetch() -> None:
        answers.append(app.test_client().get("/laporan/walikota", query_string={"bulan": last_month()}).data)

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(answers) == 4 and len(set(answers)) == 1 and answers[0].startswith(b"%PDF")
    assert renders == [last_month()]
