"""One whole SOP cycle, steps 1 to 7 with one return for revision, through all four services,
the demo fleet, the real Kafka and PostgreSQL, and a real Chromium driven by Playwright."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
import yaml
from pantau_testing import BIN, query, service_env
from playwright.sync_api import Page, expect, sync_playwright
from pypdf import PdfReader

from pantau_common.admin import DEMO_ACCOUNTS, create_user

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("PANTAU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SLOW = 180_000  # ms: bound for steps that wait on the checker round or the reporter


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_launcher():
    spec = importlib.util.spec_from_file_location("launcher", ROOT / "deploy/local/launcher.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["launcher"] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def stack(settings, tmp_path):
    """Start the demo fleet and the four services against a fresh database and topics."""
    ports = {"web": free_port(), "reporter": free_port(), "fleet": free_port()}
    registry = (ROOT / "deploy/demo/registry.yaml").read_text("utf-8").replace(":18090", f":{ports['fleet']}")
    registry_file = tmp_path / "registry.yaml"
    registry_file.write_text(registry, "utf-8")
    env = service_env(
        settings,
        PANTAU_WEB_PORT=str(ports["web"]),
        PANTAU_REPORTER_PORT=str(ports["reporter"]),
        PANTAU_DEMO_FLEET_PORT=str(ports["fleet"]),
        PANTAU_PUBLIC_URL=f"http://127.0.0.1:{ports['web']}",
        PANTAU_REPORTER_URL=f"http://127.0.0.1:{ports['reporter']}",
        PANTAU_CHECKER_RESOLVE="*.bekasikota.go.id:*:127.0.0.1",
        PANTAU_CHECKER_ALLOW_ADDRESSES="127.0.0.1/32",
        PANTAU_DEMO_LOGIN_USER="pemeriksa",
        PANTAU_DEMO_LOGIN_PASSWORD="sandi-demo-e2e-123",
        PANTAU_WORKFLOW_ROUND_TIMEOUT_MINUTES="3",
        PANTAU_WORKFLOW_TICK_SECONDS="1",
    )
    subprocess.run(
        [str(BIN / "pantau-checker"), "import", str(registry_file)], env=env, check=True, capture_output=True
    )
    subprocess.run([str(BIN / "pantau-reporter"), "demo-ca"], env=env, check=True, capture_output=True)
    with psycopg.connect(settings.database_url) as conn:
        for account in DEMO_ACCOUNTS:
            create_user(conn, account, f"sandi-{account.username}-e2e")
    launcher = load_launcher()
    run_dir = tmp_path / "run"
    secrets = [env["PANTAU_DEMO_LOGIN_PASSWORD"], env["PANTAU_SECRET_KEY"]]
    secrets += [f"sandi-{account.username}-e2e" for account in DEMO_ACCOUNTS]
    try:
        launcher.up(run_dir, env)
        yield {
            "url": f"http://127.0.0.1:{ports['web']}",
            "registry": yaml.safe_load(registry),
            "run": run_dir,
            "secrets": secrets,
        }
    finally:
        launcher.down(run_dir, env)
        for log in sorted((run_dir / "logs").glob("*.log")):  # shown by pytest when the test failed
            print(f"===== {log.name}\n" + log.read_text("utf-8", "replace")[-4000:])


class Official:
    """A browser session of one official."""

    def __init__(self, browser, base: str, username: str) -> None:
        self.context = browser.new_context(base_url=base, locale="id-ID")
        self.page: Page = self.context.new_page()
        self.page.set_default_timeout(30_000)
        self.page.goto("/masuk")
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", f"sandi-{username}-e2e")
        self.page.click("button[type=submit]")
        expect(self.page.get_by_test_id("who")).to_be_visible()

    def open(self, cycle_url: str) -> Page:
        self.page.goto(cycle_url)
        return self.page

    def act(self, cycle_url: str, button: str, *, note: str | None = None, wait_for: str) -> None:
        """Take an action on the cycle page and wait until the workflow moved on."""
        page = self.open(cycle_url)
        button_el = page.get_by_test_id(button)
        expect(button_el).to_be_visible(timeout=SLOW)
        if note is not None:
            button_el.locator("xpath=ancestor::form").locator("textarea[name=catatan]").fill(note)
        button_el.click()
        expect(page.get_by_test_id("accepted")).to_be_visible(timeout=60_000)
        expect(page.get_by_test_id("tahap")).to_contain_text(wait_for, timeout=SLOW)


def test_a_whole_cycle_from_order_to_delivery_with_one_return(stack, settings):
    apps = [a["nama"] for a in stack["registry"]["applications"]]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        kabid, kasie, pelaksana, kadis = (
            Official(browser, stack["url"], u) for u in ("kabid", "kasie", "pelaksana", "kadis")
        )
        # Step 1: the Kabid orders the monitoring.
        page = kabid.page
        page.goto("/")
        page.fill("textarea[name=note]", "Lakukan monev aplikasi Perangkat Daerah bulan November.")
        page.get_by_test_id("mulai").click()
        expect(page.get_by_test_id("tahap")).to_contain_text("Langkah 2", timeout=60_000)
        cycle_url = re.sub(r"\?.*$", "", page.url)

        # Step 2: the Kasie writes the disposition to the Pelaksana.
        kasie.page.goto("/")
        expect(kasie.page.get_by_role("link", name=re.compile("MONEV-"))).to_have_count(2)  # waiting + all
        kasie.act(cycle_url, "disposisi", note="Segera periksa seluruh aplikasi.", wait_for="Langkah 3")

        # Step 3: every application is checked; the draft appears; the Pelaksana submits it.
        pelaksana.act(cycle_url, "kirim", wait_for="Langkah 4")
        round_text = pelaksana.open(cycle_url).get_by_test_id("round").inner_text()
        assert f"{len(apps)} dari {len(apps)} aplikasi sudah diperiksa" in round_text

        # Step 4: the Kasie returns it for revision; the Pelaksana revises and resubmits.
        kasie.act(cycle_url, "kembalikan", note="Lengkapi rekomendasi tindak lanjut.", wait_for="Langkah 3")
        expect(pelaksana.open(cycle_url).get_by_test_id("return-note")).to_contain_text("Lengkapi rekomendasi")
        pelaksana.act(
            cycle_url,
            "revisi",
            note="Rekomendasi tindak lanjut sudah dilengkapi.",
            wait_for="Draf nota dinas siap",
        )
        pelaksana.act(cycle_url, "kirim", wait_for="Langkah 4")

        # Steps 4 and 5: paraf of the Kasie, then the Kabid. Steps 6 and 7: the Kepala Dinas.
        kasie.act(cycle_url, "paraf", wait_for="Langkah 5")
        kabid.act(cycle_url, "paraf", wait_for="Langkah 6")
        kadis.act(cycle_url, "tandatangani", wait_for="Langkah 7")
        kadis.act(cycle_url, "sampaikan", wait_for="Selesai")
        expect(kadis.page.get_by_test_id("status")).to_have_text("Selesai")

        # The timeline shows every step, who acted and the time against the mutu baku.
        timeline = kadis.page.get_by_test_id("timeline").inner_text()
        assert "Dikembalikan: Lengkapi rekomendasi" in timeline
        rows = kadis.page.get_by_test_id("timeline").locator("tbody tr")
        expect(rows).to_have_count(9)  # 1, 2, 3, 4 (returned), 3, 4, 5, 6, 7
        assert "berjalan" not in timeline

        # The final, signed nota dinas lists every application in the registry.
        signed_link = kadis.page.get_by_test_id("documents").get_by_role("link", name=re.compile("ditandatangani"))
        href = signed_link.first.get_attribute("href")
        pdf = kadis.context.request.get(href)
        assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
        text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf.body())).pages)
        flat = re.sub(r"\s+", " ", text)
        missing = [name for name in apps if re.sub(r"\s+", " ", name) not in flat]
        assert not missing, f"applications missing from the signed nota dinas: {missing}"
        assert "NOTA DINAS" in flat

        # The official follows the verification link: the reporter vouches for the signed original.
        kadis.page.get_by_test_id("verifikasi").first.click()
        expect(kadis.page.get_by_text("DOKUMEN ASLI", exact=True)).to_be_visible()
        expect(kadis.page.get_by_text("Dr. H. Ahmad Suryana, S.T., M.Si.", exact=True)).to_be_visible()
        browser.close()

    # No password, login secret or session key of the cycle ever reached a service's log.
    logs = {p.name: p.read_text("utf-8", "replace") for p in (stack["run"] / "logs").glob("*.log")}
    leaked = [(name, secret) for name, text in logs.items() for secret in stack["secrets"] if secret in text]
    assert len(logs) == 7 and not leaked

    instance = query(settings.database_url, "SELECT status, nota_version FROM sop_instances")[0]
    assert instance == {"status": "selesai", "nota_version": 2}
    delivered = query(settings.database_url, "SELECT count(*) AS n FROM documents WHERE signed")
    assert delivered[0]["n"] >= 1
