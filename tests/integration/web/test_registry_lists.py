"""Lists that scale, against the real PostgreSQL: the status board and the cycles searched,
filtered and paged, nothing cut off at 50; a waiting cycle page refreshes in place."""

from __future__ import annotations

import uuid

import psycopg
import pytest

pytestmark = pytest.mark.integration


@pytest.fixture
def many_apps(settings, people):  # type: ignore[no-untyped-def]
    """Register 120 more applications of Dinkes, with a latest check down for every third."""
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO applications (id, pd_id, nama, url) SELECT 'banyak-' || n, 'dinkes',"
            " 'Layanan ' || lpad(n::text, 3, '0'), 'https://l' || n || '.bekasikota.go.id/'"
            " FROM generate_series(1, 120) n"
        )
        conn.execute(
            "INSERT INTO check_results (event_id, app_id, pd_id, checked_at, availability, payload)"
            " SELECT gen_random_uuid()::text, 'banyak-' || n, 'dinkes', now(),"
            " CASE WHEN n % 3 = 0 THEN 'tidak_aktif' ELSE 'aktif' END,"
            ' CASE WHEN n = 7 THEN \'{"findings": [{"code": "judi_online"}]}\'::jsonb ELSE \'{}\'::jsonb END'
            " FROM generate_series(1, 120) n"
        )


def rows_of(page: str) -> int:
    table = page.split('data-testid="pager"', maxsplit=1)[0]
    return table.count("<tr><td>Dinas Kesehatan</td>") + table.count("<tr><td>Badan Pendapatan Daerah</td>")


def test_the_board_pages_through_every_application(client, auth, many_apps):
    auth.login("kasie")
    first = client.get("/aplikasi").get_data(as_text=True)
    assert "Baris 1–50 dari 123" in first and rows_of(first) == 50
    last = client.get("/aplikasi?halaman=3").get_data(as_text=True)
    assert "Baris 101–123 dari 123" in last and rows_of(last) == 23
    big = client.get("/aplikasi?per=200").get_data(as_text=True)
    assert rows_of(big) == 123


def test_the_board_searches_and_filters_by_department_status_and_finding(client, auth, many_apps, put_check):
    auth.login("kasie")
    assert "dari 1 " in client.get("/aplikasi?q=Layanan+007").get_data(as_text=True)
    assert "dari 1 " in client.get("/aplikasi?pd=bapenda").get_data(as_text=True)  # app-1
    assert "dari 40 " in client.get("/aplikasi?status=tidak_aktif").get_data(as_text=True)
    assert "dari 3 " in client.get("/aplikasi?status=belum").get_data(as_text=True)  # app-0..2, never checked
    found = client.get("/aplikasi?temuan=judi_online").get_data(as_text=True)
    assert "dari 1 " in found and "Layanan 007" in found
    assert "dari 123 " in client.get("/aplikasi?status=bogus&temuan=%27").get_data(as_text=True)


def test_the_cycles_list_is_searched_filtered_and_paged(client, auth, people, settings):
    with psycopg.connect(settings.database_url) as conn:
        for n in range(60):
            conn.execute(
                "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by, created_at)"
                " VALUES (%s, %s, 7, 'selesai', %s, %s, now() - make_interval(days => %s))",
                (str(uuid.uuid4()), f"MONEV-2026-{n:03d}", "selesai" if n else "berjalan", people["kabid"], n),
            )
    auth.login("kabid")
    page = client.get("/siklus").get_data(as_text=True)
    assert "Baris 1–50 dari 60" in page and page.index("MONEV-2026-000") < page.index("MONEV-2026-001")
    assert "dari 1 " in client.get("/siklus?status=berjalan").get_data(as_text=True)
    assert "dari 1 " in client.get("/siklus?q=2026-059").get_data(as_text=True)
    assert "/siklus?" in client.get("/").get_data(as_text=True) or '/siklus"' in client.get("/").get_data(as_text=True)


def test_a_busy_cycle_page_refreshes_a_region_not_the_whole_page(client, auth, put_instance):
    iid = put_instance(3, "memeriksa")
    auth.login("pelaksana")
    page = client.get(f"/siklus/{iid}").get_data(as_text=True)
    assert 'id="siklus" data-refresh="2000"' in page and "refresh.js" in page
    assert '<meta http-equiv="refresh"' not in page.split("<noscript>")[0]  # only for browsers without script
