"""Kept pages (pantau_web.snapshots): the inbox, the status board and the registry are built once and
served again while the tables they read are unchanged, and never after a commit that changed them."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from pantau_testing import AuthActions, query

from pantau_common.settings import Settings
from pantau_web import snapshots

KEPT_PAGES = {"/": "inbox", "/aplikasi": "status board", "/registri": "registry"}


def page(client: FlaskClient, path: str) -> str:
    answer = client.get(path)
    assert answer.status_code == 200, (path, answer.status_code)
    return answer.get_data(as_text=True)


def kept_count(app: Flask) -> int:
    return len(app.extensions["pantau_kept_pages"])


def write(settings: Settings, sql: str, params: tuple[Any, ...] = ()) -> None:
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(sql, params)


@pytest.fixture
def kabid(client: FlaskClient, auth: AuthActions) -> FlaskClient:
    auth.login("kabid")
    return client


def test_a_kept_page_is_served_again_without_being_built_again(app, kabid, settings, put_instance):
    before = page(kabid, "/")
    assert kept_count(app) == 1
    # A write the versions do not see (its triggers switched off, as no Pantau writer can) stays
    # unseen: the second answer is the kept page, not a new one.
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("ALTER TABLE sop_instances DISABLE TRIGGER USER")
        conn.execute(
            "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by) VALUES"
            " (%s, 'MONEV-TAK-TERLIHAT', 1, 'menunggu_disposisi', 'berjalan', (SELECT id FROM users LIMIT 1))",
            (str(uuid.uuid4()),),
        )
        conn.execute("ALTER TABLE sop_instances ENABLE TRIGGER USER")
    again = page(kabid, "/")
    assert "MONEV-TAK-TERLIHAT" not in again
    assert _without_slots(again) == _without_slots(before)
    put_instance(2, "menunggu_disposisi")  # any committed change to the table: built anew, with both
    assert "MONEV-TAK-TERLIHAT" in page(kabid, "/")


# Each write is one a Pantau service makes to a table a kept page shows, and what the page shows of it.
CHANGES: dict[str, tuple[str, str, tuple[Any, ...], str]] = {
    "a new cycle (workflow)": (
        "/",
        "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by) VALUES"
        " (%s, 'MONEV-BARU-77', 1, 'menunggu_disposisi', 'berjalan', (SELECT id FROM users WHERE username = 'kabid'))",
        (str(uuid.uuid4()),),
        "MONEV-BARU-77",
    ),
    "a step gone overdue (workflow)": (
        "/",
        "INSERT INTO sop_step_history (instance_id, seq, step, role, started_at, overdue_at)"
        " SELECT id, 1, 1, 'kabid', now(), now() FROM sop_instances",
        (),
        "Melebihi mutu baku",
    ),
    "an official renamed (web)": (
        "/",
        "UPDATE users SET nama = 'Ir. Nama Baru Sekali' WHERE username = 'kabid'",
        (),
        "Ir. Nama Baru Sekali",
    ),
    "an application registered (web)": (
        "/registri",
        "INSERT INTO applications (id, pd_id, nama, url) VALUES ('app-baru', 'dinkes', 'Sistem Antrean Puskesmas',"
        " 'https://antrean.bekasikota.go.id/')",
        (),
        "Sistem Antrean Puskesmas",
    ),
    "a department renamed (web)": (
        "/registri",
        "UPDATE perangkat_daerah SET nama = 'Dinas Kesehatan dan Gizi' WHERE id = 'dinkes'",
        (),
        "Dinas Kesehatan dan Gizi",
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_committed_change_to_what_a_kept_page_shows_is_shown_at_once(kabid, settings, put_instance, change):
    path, sql, params, shown = CHANGES[change]
    put_instance(2, "menunggu_disposisi")
    assert shown not in page(kabid, path)
    assert shown not in page(kabid, path)  # kept
    write(settings, sql, params)
    assert shown in page(kabid, path)


def test_a_new_check_result_is_shown_on_the_board_at_once(kabid, put_check):
    put_check("app-0", "dinkes", availability="aktif")
    assert "Tidak aktif" not in _rows(page(kabid, "/aplikasi?q=Aplikasi+0"))
    page(kabid, "/aplikasi?q=Aplikasi+0")
    put_check("app-0", "dinkes", availability="tidak_aktif", reason="connection_refused", http_status=None)
    assert "Tidak aktif" in _rows(page(kabid, "/aplikasi?q=Aplikasi+0"))


def test_a_change_is_shown_when_it_commits_not_before(kabid, settings, put_instance):
    put_instance(2, "menunggu_disposisi")
    page(kabid, "/")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by) VALUES"
            " (%s, 'MONEV-BELUM-COMMIT', 1, 'menunggu_disposisi', 'berjalan', (SELECT id FROM users LIMIT 1))",
            (str(uuid.uuid4()),),
        )
        assert "MONEV-BELUM-COMMIT" not in page(kabid, "/")  # built (and kept) while the change is open
        conn.commit()
        assert "MONEV-BELUM-COMMIT" in page(kabid, "/")


def test_each_answer_has_fresh_form_ids_and_a_csrf_token_that_works(kabid, outbox_commands):
    first, second = page(kabid, "/"), page(kabid, "/")
    ids = [_field(first, "instance_id"), _field(first, "command_id"), _field(second, "instance_id")]
    ids.append(_field(second, "command_id"))
    assert len(set(ids)) == 4 and all(uuid.UUID(i) for i in ids)
    assert snapshots._MARK not in first + second
    started = kabid.post(
        "/siklus/baru",
        data={"csrf_token": _field(second, "csrf_token"), "instance_id": ids[2], "command_id": ids[3], "note": "uji"},
    )
    assert started.status_code == 302
    assert [env.id for env in outbox_commands()] == [ids[3]]


def test_each_official_gets_a_page_of_their_own(app, client, auth, put_instance):
    put_instance(2, "menunggu_disposisi")
    seen = {}
    for username in ("kabid", "kasie", "pelaksana", "kabid"):
        auth.login(username)
        seen[username] = page(client, "/")
        menu = seen[username].split("</nav>", 1)[0]
        assert f"Pejabat {username}" in menu
        assert all(f"Pejabat {other}" not in menu for other in {"kabid", "kasie", "pelaksana"} - {username})
    assert 'data-testid="mulai"' in seen["kabid"] and 'data-testid="mulai"' not in seen["pelaksana"]
    assert kept_count(app) == 3


def test_a_role_change_shows_at_once(kabid, settings):
    assert 'data-testid="mulai"' in page(kabid, "/")
    write(settings, "UPDATE users SET role = 'kasie' WHERE username = 'kabid'")
    assert 'data-testid="mulai"' not in page(kabid, "/")


def test_a_message_in_the_session_is_shown_once_on_a_kept_page(kabid):
    page(kabid, "/")
    with kabid.session_transaction() as session:
        session["_flashes"] = [("info", "Pesan uji untuk pejabat")]
    assert "Pesan uji untuk pejabat" in page(kabid, "/")
    assert "Pesan uji untuk pejabat" not in page(kabid, "/")


def test_a_query_string_is_a_page_of_its_own(kabid):
    everything, searched = page(kabid, "/registri"), page(kabid, "/registri?q=Aplikasi+1")
    assert "Aplikasi 0" in everything and "Aplikasi 0" not in _rows(searched)
    assert _without_slots(page(kabid, "/registri")) == _without_slots(everything)


def test_the_pages_are_not_kept_when_the_versions_are_missing(app, kabid, settings):
    write(settings, "DELETE FROM data_versions WHERE table_name = 'latest_checks'")
    page(kabid, "/aplikasi")
    page(kabid, "/aplikasi")
    assert kept_count(app) == 0  # the board reads latest_checks: without its version, nothing is kept
    page(kabid, "/registri")
    assert kept_count(app) == 1


# --- the versions ---------------------------------------------------------------------------


def versions(settings: Settings) -> dict[str, int]:
    return {r["table_name"]: r["version"] for r in query(settings.database_url, "SELECT * FROM data_versions")}


def test_a_transaction_adds_one_to_each_table_it_changed_when_it_commits(settings, people):
    start = versions(settings)
    with psycopg.connect(settings.database_url) as conn:
        for n in range(5):
            conn.execute(
                "INSERT INTO applications (id, pd_id, nama, url) VALUES (%s, 'dinkes', 'A', 'https://a.example/')",
                (f"app-v{n}",),
            )
        conn.execute("UPDATE perangkat_daerah SET nama = nama || '.'")
        assert versions(settings) == start  # not before the commit
    after = versions(settings)
    assert {t: after[t] - start[t] for t in after if after[t] != start[t]} == {"applications": 1, "perangkat_daerah": 1}


def test_a_rolled_back_change_leaves_the_versions(settings, people):
    start = versions(settings)
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("UPDATE applications SET nama = 'x'")
        with pytest.raises(psycopg.errors.DivisionByZero), conn.transaction():
            conn.execute("UPDATE users SET nama = 'y'")
            conn.execute("SELECT 1 / 0")
        conn.rollback()
    assert versions(settings) == start
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("UPDATE applications SET nama = 'x' WHERE id = 'app-0'")
        with pytest.raises(psycopg.errors.DivisionByZero), conn.transaction():  # a savepoint rolled back
            conn.execute("UPDATE users SET nama = 'y'")
            conn.execute("SELECT 1 / 0")
    after = versions(settings)
    assert after["applications"] == start["applications"] + 1 and after["users"] == start["users"]


def test_writers_changing_tables_in_opposite_orders_both_commit(settings, people):
    """Were the versions written as each table is changed, these two would wait on each other."""
    start = versions(settings)
    both_wrote = threading.Barrier(2, timeout=30)
    errors: list[BaseException] = []

    def writer(first: str, second: str) -> None:
        try:
            with psycopg.connect(settings.database_url) as conn:
                conn.execute(first)
                both_wrote.wait()
                conn.execute(second)
        except BaseException as exc:
            errors.append(exc)

    a = "UPDATE applications SET nama = nama || '!' WHERE id = 'app-0'"
    u = "UPDATE users SET nama = nama || '!' WHERE username = 'kabid'"
    threads = [
        threading.Thread(target=writer, args=(a, u.replace("kabid", "kasie"))),
        threading.Thread(target=writer, args=(u, a.replace("app-0", "app-1"))),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    after = versions(settings)
    assert (after["applications"] - start["applications"], after["users"] - start["users"]) == (2, 2)


def test_a_truncated_table_adds_one_to_its_version(settings, people):
    start = versions(settings)["latest_checks"]
    write(settings, "TRUNCATE latest_checks")
    assert versions(settings)["latest_checks"] == start + 1


# --- the declared tables ----------------------------------------------------------------------


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[Any, Any]]]:
    """Record the statements the app sends (it runs in this process, on psycopg's cursors)."""
    sent: list[tuple[Any, Any]] = []
    execute = psycopg.Cursor.execute

    def recording(self: psycopg.Cursor[Any], query: Any, params: Any = None, **kwargs: Any) -> Any:
        sent.append((query, params))
        return execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", recording)
    yield sent


@pytest.mark.parametrize("path", list(KEPT_PAGES))
def test_a_kept_page_reads_only_the_tables_it_declares(
    app, kabid, settings, put_instance, put_check, statements, monkeypatch, path
):
    put_instance(3, "menunggu_paraf_kasie")
    put_check("app-0", "dinkes")
    kabid.get("/masuk")  # a page that is not kept: its statements are not counted
    statements.clear()
    page(kabid, path)
    monkeypatch.undo()
    declared = set(app.view_functions[app.url_map.bind("localhost").match(path)[0]].kept_tables)
    read: set[str] = set()
    with psycopg.connect(settings.database_url) as conn:
        for sql, params in statements:
            text = sql if isinstance(sql, str) else sql.as_string(conn)
            (plan,) = conn.execute("EXPLAIN (FORMAT JSON) " + text, params).fetchone()
            read |= set(_relations(plan))
    # The account's own row (users, perangkat_daerah) is part of the page's key, read every request.
    assert read - declared <= {"users", "perangkat_daerah", "data_versions"}
    assert read - {"users", "perangkat_daerah", "data_versions"}, "the page read no table of its own"


def _relations(plan: Any) -> Iterator[str]:
    if isinstance(plan, dict):
        if "Relation Name" in plan:
            yield plan["Relation Name"]
        for value in plan.values():
            yield from _relations(value)
    elif isinstance(plan, list):
        for item in plan:
            yield from _relations(item)


def _field(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]+)"', html)
    assert found, name
    return found.group(1)


def _without_slots(html: str) -> str:
    return re.sub(r'(name="(?:csrf_token|instance_id|command_id)" value=)"[^"]+"', r"\1", html)


def _rows(html: str) -> str:
    return html.split("<tbody", 1)[-1]


def test_every_form_of_a_kept_page_carries_the_answers_one_csrf_token(client, auth):
    auth.login("kasie")  # an editor of the registry: a form on every row
    page(client, "/registri")
    html = page(client, "/registri")  # served from the kept page
    tokens = set(re.findall(r'name="csrf_token" value="([^"]+)"', html))
    assert len(re.findall(r'name="csrf_token"', html)) > 3 and len(tokens) == 1
    assert snapshots._MARK not in html
    logout = client.post("/keluar", data={"csrf_token": tokens.pop()})
    assert logout.status_code == 302 and logout.headers["Location"].endswith("/masuk")


def test_a_second_session_of_the_same_official_gets_its_own_token_in_every_form_of_a_kept_page(app, kabid):
    # The official signed in on two devices: the inbox kept for the first is the second's page too,
    # and every form of it must carry the second session's token, or "Mulai Siklus" is refused.
    page(kabid, "/")
    other = app.test_client()
    AuthActions(other).login("kabid")
    html = page(other, "/")
    tokens = set(re.findall(r'name="csrf_token" value="([^"]+)"', html))
    start = re.search(r'action="/siklus/baru".*?name="csrf_token" value="([^"]+)"', html, re.S)
    assert start is not None and len(tokens) == 1
    fields = dict(re.findall(r'name="(instance_id|command_id)" value="([^"]+)"', html))
    answer = other.post("/siklus/baru", data={"csrf_token": start.group(1), "note": "Monev Desember", **fields})
    assert answer.status_code == 302
