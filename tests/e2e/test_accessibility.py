"""Every page of the web, for each role that sees it, passes axe-core with no serious or critical
violation: the web (and the reporter behind its dashboards) served for real on 127.0.0.1 against a
seeded PostgreSQL, opened in the Debian Chromium."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg
import pytest
from axe_playwright_python.sync_playwright import Axe
from pantau_testing import BIN, add_user, eventually, free_port, running, seed_people_and_apps, service_env
from playwright.sync_api import Browser, Page
from psycopg.types.json import Jsonb

from pantau_common.admin import Account
from pantau_common.settings import Settings
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked, Timings

pytestmark = pytest.mark.e2e

BLOCKING = {"serious", "critical"}
CYCLE, CLOSING_CYCLE, FOLLOW_UP = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
OFFICIAL_PAGES = [
    "/",
    "/aplikasi",
    "/aplikasi/app-0",
    "/siklus",
    f"/siklus/{CYCLE}",
    f"/siklus/{CLOSING_CYCLE}",
    "/tindak-lanjut",
    f"/tindak-lanjut/{FOLLOW_UP}",
    f"/tindak-lanjut/nota/{CLOSING_CYCLE}",
    "/registri",
    "/dasbor",
    "/dasbor/pd/dinkes",
    "/dasbor/sop",
    "/kata-sandi",
]
PAGES = {
    None: ["/masuk", "/status"],
    "kabid": [*OFFICIAL_PAGES, "/audit", "/status"],
    "kasie": ["/", f"/siklus/{CYCLE}"],
    "admin": ["/pengguna", "/pengguna/baru", "/token-api", "/audit", "/registri/aplikasi/baru", "/registri/pd/baru"],
    "operator_dinkes": [
        "/perangkat-daerah",
        "/tindak-lanjut",
        f"/tindak-lanjut/{FOLLOW_UP}",
        "/dasbor/pd/dinkes",
        "/status",
    ],
}


def _seed(url: str) -> None:
    """Officials of every role, two departments' applications with results, two cycles and a follow-up."""
    seed_people_and_apps(url, apps=3)
    with psycopg.connect(url) as conn:
        add_user(conn, Account("admin", "admin", "Admin Pantau", "Admin", "1991", "III/b"), "sandi-admin-123")
        add_user(
            conn,
            Account("operator_dinkes", "operator_pd", "Operator Dinkes", "Operator", "", "", "dinkes"),
            "sandi-operator_dinkes-123",
        )
        kabid, pelaksana = (
            conn.execute("SELECT id FROM users WHERE username = %s", (u,)).fetchone()[0] for u in ("kabid", "pelaksana")
        )
        for iid, step, phase in ((CYCLE, 2, "menunggu_disposisi"), (CLOSING_CYCLE, 7, "menunggu_penyampaian")):
            conn.execute(
                "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by, pelaksana_id)"
                " VALUES (%s, %s, %s, %s, 'berjalan', %s, %s)",
                (iid, f"MONEV-{iid[:6]}", step, phase, kabid, pelaksana),
            )
        for n, availability in enumerate(("aktif", "tidak_aktif", "aktif")):
            check = ApplicationChecked(
                app_id=f"app-{n}",
                pd_id="dinkes" if n % 2 == 0 else "bapenda",
                url=f"https://app{n}.bekasikota.go.id/",
                checked_at=datetime.now(UTC),
                availability=availability,
                timings=Timings(total_ms=42.0),
                http_status=200,
            )
            conn.execute(
                "INSERT INTO check_results (event_id, app_id, pd_id, checked_at, availability, http_status, total_ms,"
                " payload) VALUES (%s, %s, %s, now(), %s, 200, 42, %s)",
                (str(uuid.uuid4()), check.app_id, check.pd_id, availability, Jsonb(to_jsonable(check))),
            )
        conn.execute(
            "INSERT INTO follow_ups (id, instance_id, app_id, pd_id, code, category, severity, evidence, nota_nomor,"
            " state, terlambat, opened_at, due_at) VALUES (%s, %s, 'app-0', 'dinkes', 'judi_online', 'keamanan',"
            " 'kritis', 'slot gacor', '800.1.11.1/0001/Diskominfostandi/XII/2026', 'terbuka', false, now(),"
            " now() + interval '2 days')",
            (FOLLOW_UP, CLOSING_CYCLE),
        )
        conn.execute(
            "INSERT INTO follow_up_history (follow_up_id, change, state, message_id, at)"
            " VALUES (%s, 'dibuka', 'terbuka', %s, now())",
            (FOLLOW_UP, str(uuid.uuid4())),
        )


@pytest.fixture
def web(settings: Settings, tmp_path: Path) -> Iterator[str]:
    """Serve the web and the reporter behind its dashboards on free ports; return the web's address."""
    _seed(settings.database_url)
    web_port, reporter_port = free_port(), free_port()
    env = service_env(
        settings,
        PANTAU_PUBLIC_URL=f"http://127.0.0.1:{web_port}",
        PANTAU_REPORTER_URL=f"http://127.0.0.1:{reporter_port}",
    )
    reporter = [str(BIN / "pantau-reporter"), "serve", "--port", str(reporter_port)]
    with (
        running(reporter, env, tmp_path / "reporter.log"),
        running([str(BIN / "pantau-web"), "--port", str(web_port)], env, tmp_path / "web.log"),
    ):
        base = f"http://127.0.0.1:{web_port}"
        eventually(lambda: _answers(f"{base}/kesehatan"), timeout=30, what="the web")
        eventually(lambda: _answers(f"http://127.0.0.1:{reporter_port}/healthz"), timeout=30, what="the reporter")
        yield base


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2, trust_env=False).status_code == 200
    except httpx.HTTPError:
        return False


def _signed_in(browser: Browser, base: str, username: str | None) -> Page:
    page = browser.new_context(base_url=base, locale="id-ID").new_page()
    if username:
        page.goto("/masuk")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", f"sandi-{username}-123")
        page.click("button[type=submit]")
        page.get_by_test_id("who").wait_for()
    return page


# Beyond axe: every table names itself and says what each header heads.
UNNAMED_TABLES = """() => [...document.querySelectorAll('table')].flatMap((t, i) => [
  ...(t.querySelector(':scope > caption') ? [] : [`tabel ${i + 1} tanpa caption`]),
  ...[...t.querySelectorAll('th:not([scope])')].map(th => `tabel ${i + 1}: th tanpa scope (${th.textContent.trim()})`),
])"""


def _blocking(page: Page, axe: Axe) -> list[str]:
    violations = axe.run(page).response["violations"]
    found = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
        if v["impact"] in BLOCKING
    ]
    return found + list(page.evaluate(UNNAMED_TABLES))


def test_every_page_passes_axe_for_every_role(web: str, browser: Browser) -> None:
    axe = Axe()
    found: dict[str, list[str]] = {}
    for username, paths in PAGES.items():
        page = _signed_in(browser, web, username)
        for path in paths:
            answer = page.goto(path)
            assert answer is not None and answer.ok, f"{username or 'anonim'} {path}: {answer and answer.status}"
            if problems := _blocking(page, axe):
                found[f"{username or 'anonim'} {path}"] = problems
        page.context.close()
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(p) for where, p in found.items())
