"""Why an application is down, next to the reason, on its page and on the cycle page, against the
real PostgreSQL: stored as the workflow records a check, shown escaped, nothing extra for older rows."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from pantau_contracts.status import ApplicationChecked, Timings
from pantau_workflow.postgres import PostgresCheckResults

pytestmark = pytest.mark.integration

LOOP = "pengalihan berputar tanpa akhir: /beranda → /id/beranda?bahasa=id&tema=gelap → /beranda"
SHOWN_LOOP = LOOP.replace("&", "&amp;")


def record(
    settings: Any, app_id: str, pd_id: str, minutes_ago: int, cycle_id: str | None = None, **fields: Any
) -> None:
    """Store a check result as the workflow does when the checker's event arrives."""
    event = ApplicationChecked(
        app_id=app_id,
        pd_id=pd_id,
        url=f"https://{app_id}.bekasikota.go.id/",
        checked_at=datetime.now(UTC) - timedelta(minutes=minutes_ago),
        timings=Timings(total_ms=85.0),
        cycle_id=cycle_id,
        **{"availability": "tidak_aktif", **fields},
    )
    with psycopg.connect(settings.database_url, row_factory=dict_row) as conn:
        PostgresCheckResults(conn).add(str(uuid.uuid4()), event)


def visible(page: str) -> str:
    return re.sub(r"\s+", " ", page)


def test_the_department_sees_why_its_site_is_down_in_the_status_and_the_history(
    client: Any, auth: Any, settings: Any, department_users: Any
) -> None:
    record(settings, "app-0", "dinkes", 90, reason="http_5xx", http_status=503, reason_detail="HTTP 503")
    record(settings, "app-0", "dinkes", 30, reason="waktu_habis")  # from before the detail: the label alone
    record(settings, "app-0", "dinkes", 1, reason="terlalu_banyak_redirect", reason_detail=LOOP)
    auth.login("operator_dinkes")
    page = visible(client.get("/aplikasi/app-0").get_data(as_text=True))
    status = re.search(r'<th scope="row">Status</th>(.*?)</tr>', page)
    assert status is not None and f'<span class="reason-detail">{SHOWN_LOOP}</span>' in status.group(1)
    history = page[page.index('data-testid="checks"') :]
    rows = re.findall(r"<tr><th scope=\"row\">.*?</tr>", history)
    assert f'<span class="reason-detail">{SHOWN_LOOP}</span>' in rows[0]
    assert "reason-detail" not in rows[1] and "</small>" in rows[1]  # the older row: its label, nothing more
    assert '<span class="reason-detail">HTTP 503</span>' in rows[2]
    assert "terlalu_banyak_redirect" not in page and "waktu_habis" not in page


def test_the_pelaksana_sees_why_on_the_cycle_page(client: Any, auth: Any, settings: Any, put_instance: Any) -> None:
    iid = put_instance(3, "draf_siap")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, 'app-0'), (%s, 'app-1')", (iid, iid)
        )
    detail = "halaman bawaan server web, hosting atau kerangka aplikasi: “Welcome to nginx!” <b>"
    record(settings, "app-0", "dinkes", 5, iid, reason="halaman_bawaan", http_status=200, reason_detail=detail)
    record(settings, "app-1", "bapenda", 5, iid, reason="koneksi_ditolak")
    auth.login("pelaksana")
    page = visible(client.get(f"/siklus/{iid}").get_data(as_text=True))
    results = page[page.index('data-testid="cycle-results"') :]
    # The detail's first words are the label's: said once, then what the checker saw.
    shown = 'kerangka aplikasi tampil, bukan aplikasi: <span class="reason-detail">“Welcome to nginx!” &lt;b&gt;</span>'
    assert shown in results and "<b>" not in results
    assert 'bukan aplikasi: <span class="reason-detail">halaman bawaan' not in results
    assert results.count("reason-detail") == 1  # the refused connection's older row shows its label only
