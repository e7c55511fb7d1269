"""The lists at city scale, against the real PostgreSQL: 1,000 applications page by page in a
stable order with Indonesian page links, a page past the end answered plainly, and the board's
latest check kept right whatever order the results come in."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from flask.testing import FlaskClient

from pantau_common.settings import Settings

pytestmark = pytest.mark.integration

CITY = 1000
SEEDED = 3  # the test database's own applications (app-0 .. app-2)
PAGES = -(-(CITY + SEEDED) // 50)


@pytest.fixture
def city(settings: Settings, people: dict[str, int]) -> None:
    """Register 1,000 applications over two departments, with names that repeat (the order needs the id)."""
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO applications (id, pd_id, nama, url)"
            " SELECT 'kota-' || lpad(n::text, 4, '0'), CASE WHEN n %% 2 = 0 THEN 'dinkes' ELSE 'bapenda' END,"
            " 'Layanan ' || (n %% 10), 'https://k' || n || '.bekasikota.go.id/' FROM generate_series(1, %s) n",
            (CITY,),
        )


def app_ids(page: str) -> list[str]:
    return re.findall(r'href="/aplikasi/([a-z0-9-]+)"', page.split('data-testid="pager"', maxsplit=1)[0])


@pytest.mark.parametrize("path", ["/aplikasi", "/registri"])
def test_every_application_is_on_exactly_one_page_in_a_stable_order(
    client: FlaskClient, auth: object, city: None, path: str
) -> None:
    auth.login("kasie")  # type: ignore[attr-defined]
    pages = [client.get(f"{path}?halaman={n}").get_data(as_text=True) for n in range(1, PAGES + 1)]
    seen = [app_id for page in pages for app_id in app_ids(page)]
    assert len(seen) == len(set(seen)) == CITY + SEEDED
    assert [len(app_ids(page)) for page in pages] == [50] * (PAGES - 1) + [(CITY + SEEDED) % 50]
    again = [app_id for n in range(1, PAGES + 1) for app_id in app_ids(client.get(f"{path}?halaman={n}").text)]
    assert again == seen


def test_the_first_page_links_to_the_next_the_nearby_and_the_last_pages(
    client: FlaskClient, auth: object, city: None
) -> None:
    auth.login("kasie")  # type: ignore[attr-defined]
    first = client.get("/aplikasi?status=belum").get_data(as_text=True)
    assert f"Baris 1–50 dari {CITY + SEEDED} · halaman 1 dari {PAGES}" in first
    assert 'aria-current="page" data-testid="page-1"' in first and "Sebelumnya" not in first
    for n in (2, 3, PAGES):  # links keep the filter
        assert f'href="/aplikasi?halaman={n}&amp;status=belum" aria-label="Halaman {n}"' in first
    assert 'data-testid="page-4"' not in first and "…" in first
    assert 'rel="next" data-testid="next">Berikutnya ›' in first


def test_the_last_page_shows_the_rest_and_no_next_link(client: FlaskClient, auth: object, city: None) -> None:
    auth.login("kasie")  # type: ignore[attr-defined]
    last = client.get(f"/registri?halaman={PAGES}").get_data(as_text=True)
    assert f"Baris {(PAGES - 1) * 50 + 1}–{CITY + SEEDED} dari {CITY + SEEDED}" in last
    assert "‹ Sebelumnya" in last and "Berikutnya" not in last


@pytest.mark.parametrize("path", ["/aplikasi", "/registri", "/siklus"])
def test_a_page_past_the_end_says_so_and_links_to_the_last_page(
    client: FlaskClient, auth: object, city: None, path: str
) -> None:
    auth.login("kabid")  # type: ignore[attr-defined]
    answer = client.get(f"{path}?halaman=999")
    page = answer.get_data(as_text=True)
    assert answer.status_code == 404
    assert "Halaman 999 tidak ada: daftar ini " in page
    if path in ("/aplikasi", "/registri"):
        assert f"hanya {PAGES} halaman ({CITY + SEEDED} baris)" in page
        assert f'href="{path}?halaman={PAGES}" data-testid="last"' in page


def test_an_empty_list_past_its_first_page_says_it_is_empty(client: FlaskClient, auth: object, city: None) -> None:
    auth.login("kasie")  # type: ignore[attr-defined]
    answer = client.get("/aplikasi?q=tidak-ada-yang-cocok&halaman=2")
    assert answer.status_code == 404 and "Halaman 2 tidak ada: daftar ini kosong." in answer.text
    assert client.get("/aplikasi?q=tidak-ada-yang-cocok").status_code == 200


def put_result(settings: Settings, app_id: str, at: datetime, availability: str) -> str:
    event_id = str(uuid.uuid4())
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO check_results (event_id, app_id, pd_id, checked_at, availability, payload)"
            " VALUES (%s, %s, 'dinkes', %s, %s, '{}')",
            (event_id, app_id, at, availability),
        )
    return event_id


def board_status(client: FlaskClient, app_id: str) -> str:
    page = client.get("/aplikasi?q=" + app_id).get_data(as_text=True)
    assert "dari 1 " in page, page
    return re.findall(r'<span class="badge (\w+)">', page)[0]


def test_the_board_shows_the_newest_result_whatever_order_results_arrive_in(
    client: FlaskClient, auth: object, city: None, settings: Settings
) -> None:
    auth.login("kasie")  # type: ignore[attr-defined]
    now = datetime.now(UTC)
    assert board_status(client, "kota-0002") == "none"
    put_result(settings, "kota-0002", now, "tidak_aktif")
    assert board_status(client, "kota-0002") == "tidak_aktif"
    put_result(settings, "kota-0002", now - timedelta(hours=1), "aktif")  # a late redelivery of an older check
    assert board_status(client, "kota-0002") == "tidak_aktif"
    put_result(settings, "kota-0002", now + timedelta(minutes=5), "aktif")
    assert board_status(client, "kota-0002") == "aktif"


def test_when_retention_deletes_the_latest_result_the_newest_left_takes_its_place(
    client: FlaskClient, auth: object, city: None, settings: Settings
) -> None:
    auth.login("kasie")  # type: ignore[attr-defined]
    now = datetime.now(UTC)
    put_result(settings, "kota-0004", now - timedelta(days=2), "tidak_aktif")
    newest = put_result(settings, "kota-0004", now - timedelta(days=1), "aktif")
    assert board_status(client, "kota-0004") == "aktif"
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("DELETE FROM check_results WHERE event_id = %s", (newest,))
    assert board_status(client, "kota-0004") == "tidak_aktif"
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("DELETE FROM check_results WHERE app_id = 'kota-0004'")
    assert board_status(client, "kota-0004") == "none"


def test_every_cycle_list_shows_how_many_applications_each_cycle_covers(
    client: FlaskClient, auth: object, city: None, settings: Settings, put_instance: Callable[[int, str], str]
) -> None:
    wide, narrow, none = (put_instance(3, "memeriksa") for _ in range(3))
    with psycopg.connect(settings.database_url) as conn:
        for iid, apps in ((wide, 700), (narrow, 2)):
            conn.execute(
                "INSERT INTO sop_cycle_scope (instance_id, app_id)"
                " SELECT %s, 'kota-' || lpad(n::text, 4, '0') FROM generate_series(1, %s) n",
                (iid, apps),
            )
    auth.login("kabid")  # type: ignore[attr-defined]
    for _ in range(2):  # counted on the first request, remembered on the second
        listed = {c["id"]: c["scope_count"] for c in client.get("/api/siklus").get_json()["siklus"]}
        assert listed == {wide: 700, narrow: 2, none: 0}
        for page in (client.get("/").text, client.get("/siklus").text):
            for iid, count in ((wide, 700), (narrow, 2), (none, 0)):
                assert re.search(rf"MONEV-{iid[:6]}</a>(?:(?!</tr>).)*<td>{count}</td>", page, re.S), (iid, count)
