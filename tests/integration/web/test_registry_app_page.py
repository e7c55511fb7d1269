"""One application's page against the real PostgreSQL: checks page by page, uptime, the chart,
findings and follow-ups, and "Periksa sekarang" through the outbox; a department sees its own only."""

from __future__ import annotations

import re
import uuid

import psycopg
import pytest

from pantau_contracts.followup import CheckNow
from pantau_contracts.status import Finding

pytestmark = pytest.mark.integration


def add_checks(settings, app_id, pd_id, count, days_apart=0.0, availability="aktif"):  # type: ignore[no-untyped-def]
    """Store ``count`` minimal check results, one every ``days_apart`` days back from now."""
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO check_results (event_id, app_id, pd_id, checked_at, availability, http_status, total_ms,"
            " payload) SELECT gen_random_uuid()::text, %s, %s, now() - make_interval(secs => n * %s * 86400 + n),"
            " %s, 200, 50 + n, '{}'::jsonb FROM generate_series(1, %s) n",
            (app_id, pd_id, days_apart, availability, count),
        )


def test_the_page_shows_uptime_a_named_chart_findings_and_follow_ups(client, auth, settings, put_check, put_follow_up):
    add_checks(settings, "app-0", "dinkes", 6, days_apart=1.0)  # up over the last week
    add_checks(settings, "app-0", "dinkes", 2, days_apart=20.0, availability="tidak_aktif")  # down, 20 and 40 days ago
    put_check("app-0", "dinkes")
    put_follow_up("app-0", "dinkes")
    auth.login("kasie")
    page = client.get("/aplikasi/app-0").get_data(as_text=True)
    assert 'role="img"' in page and '<title id="grafik-respons-t">Waktu respons Aplikasi 0' in page
    assert "100,00 %" in page and "77,78 %" in page  # 7 days: 7 of 7 up; 30 days: 7 of 8; 90 days: 7 of 9
    assert "konten judi online tersisip" in page.lower()  # the open follow-up
    assert 'data-testid="periksa-sekarang"' in page


def test_a_defacement_in_the_title_and_the_text_is_one_finding_naming_both_places(client, auth, put_check):
    title = Finding("defacement", "tinggi", "anonymous, hacked by: \u201cHacked by Anonymous\u201d", "title")
    text = Finding("defacement", "kritis", "greetz to: \u201cHACKED BY ./GhostSec\u201d", "visible")
    notice = Finding("domain_bukan_go_id", "info", "app-0.bekasi.example", None)
    put_check("app-0", "dinkes", findings=(title, notice, text))
    auth.login("kasie")
    page = client.get("/aplikasi/app-0").get_data(as_text=True)
    table = page[page.index('data-testid="findings"') :]
    rows = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        for row in re.findall(r"<tr>.*?</tr>", table[: table.index("</table>")], re.S)
    ]
    assert rows[1:] == [
        "Tampilan situs diubah pihak tidak berwenang (defacement) Judul halaman dan teks halaman kritis"
        " anonymous, hacked by: \u201cHacked by Anonymous\u201d; greetz to: \u201cHACKED BY ./GhostSec\u201d",
        "Alamat aplikasi tidak menggunakan domain go.id \u2013 info app-0.bekasi.example",
    ]


def test_the_checks_are_paged_and_nothing_is_cut_off(client, auth, settings):
    add_checks(settings, "app-0", "dinkes", 120)
    auth.login("kasie")
    first = client.get("/aplikasi/app-0").get_data(as_text=True)
    assert "Baris 1–50 dari 120" in first and "halaman=2" in first
    last = client.get("/aplikasi/app-0?halaman=3").get_data(as_text=True)
    assert "Baris 101–120 dari 120" in last and 'data-testid="next"' not in last


def test_check_now_goes_through_the_outbox_and_the_page_follows_the_answer(
    client, auth, people, outbox_commands, settings
):
    auth.login("pelaksana")
    command_id = str(uuid.uuid4())
    answer = client.post(
        "/aplikasi/app-1/periksa", data={"command_id": command_id, "csrf_token": auth.csrf("/aplikasi/app-1")}
    )
    assert answer.status_code == 302 and command_id in answer.headers["Location"]
    (env,) = outbox_commands()
    assert env.id == command_id and env.data == CheckNow("app-1", people["pelaksana"]) and env.subject == "app-1"
    waiting = client.get(answer.headers["Location"]).get_data(as_text=True)
    assert 'data-refresh="2000"' in waiting and "refresh.js" in waiting and 'http-equiv="refresh"' in waiting
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("INSERT INTO command_results (command_id, accepted) VALUES (%s, true)", (command_id,))
    done = client.get(answer.headers["Location"]).get_data(as_text=True)
    assert 'data-testid="accepted"' in done and "data-refresh" not in done


def test_a_department_sees_its_own_applications_only(client, auth, department_users):
    auth.login("operator_dinkes")
    assert client.get("/aplikasi/app-0").status_code == 200
    assert client.get("/aplikasi/app-1").status_code == 404  # Bapenda's
    assert client.get("/aplikasi/tidak-ada").status_code == 404


def test_the_owning_operator_may_check_now_and_the_kepala_pd_may_not(client, auth, department_users, outbox_commands):
    auth.login("operator_dinkes")
    form = {"command_id": str(uuid.uuid4()), "csrf_token": auth.csrf("/aplikasi/app-0")}
    assert client.post("/aplikasi/app-0/periksa", data=form).status_code == 302
    assert client.post("/aplikasi/app-1/periksa", data=form).status_code == 404
    auth.login("kepala_dinkes")
    page = client.get("/aplikasi/app-0").get_data(as_text=True)
    assert 'data-testid="periksa-sekarang"' not in page
    form = {"command_id": str(uuid.uuid4()), "csrf_token": auth.csrf("/aplikasi/app-0")}
    assert client.post("/aplikasi/app-0/periksa", data=form).status_code == 403
    assert len(outbox_commands()) == 1
