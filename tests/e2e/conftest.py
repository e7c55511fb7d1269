"""Fixtures of the end-to-end tests: the demo fleet and the four services started by the local
launcher on free ports against a fresh database and private topics (a test module tunes them by
overriding ``stack_env``), an SMTP server that keeps what the services mail, a headless Chromium
and a signed-in browser session per account."""

from __future__ import annotations

import email
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml
from aiosmtpd.controller import Controller
from pantau_testing import BIN, add_user, free_port, service_env
from playwright.sync_api import Browser, Page, expect, sync_playwright
from pypdf import PdfReader

from pantau_common.admin import DEMO_ACCOUNTS

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
FLEET_TOKEN_HEADER = "X-Fleet-Token"


def password_of(username: str) -> str:
    return f"sandi-{username}-e2e"


def load_launcher() -> Any:
    spec = importlib.util.spec_from_file_location("launcher", ROOT / "deploy/local/launcher.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["launcher"] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def run_tool(argv: list[str], env: dict[str, str]) -> None:
    """Run one of Pantau's command-line tools; fail with what it said if it fails."""
    done = subprocess.run([str(BIN / argv[0]), *argv[1:]], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(argv)} failed:\n{done.stdout}{done.stderr}"


@dataclass(frozen=True)
class Stack:
    """A running Pantau: where to reach it, the registry it checks and the secrets it was given."""

    url: str
    fleet_url: str
    registry: dict[str, Any]
    run: Path
    env: dict[str, str]
    secrets: list[str] = field(repr=False)

    def logs(self) -> dict[str, str]:
        """Return every process's log by file name."""
        return {p.name: p.read_text("utf-8", "replace") for p in (self.run / "logs").glob("*.log")}

    def leaks(self, texts: dict[str, str]) -> list[tuple[str, str]]:
        """Return (name, secret) for every secret of the stack found in one of ``texts``."""
        return [(name, secret) for name, text in texts.items() for secret in self.secrets if secret in text]

    def play(self, sub: str, behaviour: str) -> dict[str, Any]:
        """Make one application of the demo fleet play ``behaviour``, through the fleet's control."""
        request = urllib.request.Request(
            f"{self.fleet_url}/__fleet/apps/{sub}",
            data=json.dumps({"behaviour": behaviour}).encode(),
            headers={"Content-Type": "application/json", FLEET_TOKEN_HEADER: self.env["PANTAU_DEMO_FLEET_TOKEN"]},
            method="POST",
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy
        with opener.open(request, timeout=10) as answer:
            return json.loads(answer.read())


class MailBox:
    """An aiosmtpd handler that keeps every message it is given; ``port`` is where it listens."""

    def __init__(self) -> None:
        self.port = free_port()
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 2.0.0 Ok"

    def parsed(self) -> list[tuple[list[str], EmailMessage]]:
        return [(rcpt, email.message_from_bytes(raw, policy=default_policy)) for rcpt, raw in list(self.messages)]

    def to(self, address: str) -> list[EmailMessage]:
        """Return the messages delivered to ``address``."""
        return [message for rcpt, message in self.parsed() if address in rcpt]

    def texts(self) -> dict[str, str]:
        """Return every message as read: its headers and its decoded body, by a name for each."""
        return {
            f"mail {n} to {', '.join(rcpt)}": f"{message.as_string()}\n{message.get_content()}"
            for n, (rcpt, message) in enumerate(self.parsed())
        }


@pytest.fixture
def mailbox() -> Iterator[MailBox]:
    """Run a plain SMTP server on 127.0.0.1 (no TLS, no AUTH) that keeps what the services send."""
    box = MailBox()
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    yield box
    controller.stop()


@pytest.fixture
def stack_env() -> dict[str, str]:
    """Return extra environment for the services; a test module overrides it to tune its stack."""
    return {}


@pytest.fixture
def stack(settings, tmp_path, stack_env) -> Iterator[Stack]:  # type: ignore[no-untyped-def]
    """Start the demo fleet and the four services against a fresh database and topics."""
    ports = {"web": free_port(), "reporter": free_port(), "fleet": free_port()}
    registry = (ROOT / "deploy/demo/registry.yaml").read_text("utf-8").replace(":18090", f":{ports['fleet']}")
    registry_file = tmp_path / "registry.yaml"
    registry_file.write_text(registry, "utf-8")
    defaults = dict(
        PANTAU_WEB_PORT=str(ports["web"]),
        PANTAU_REPORTER_PORT=str(ports["reporter"]),
        PANTAU_DEMO_FLEET_PORT=str(ports["fleet"]),
        PANTAU_DEMO_FLEET_TOKEN="kendali-armada-e2e-5d1c",
        PANTAU_PUBLIC_URL=f"http://127.0.0.1:{ports['web']}",
        PANTAU_REPORTER_URL=f"http://127.0.0.1:{ports['reporter']}",
        PANTAU_CHECKER_RESOLVE="*.bekasikota.go.id:*:127.0.0.1",
        PANTAU_CHECKER_ALLOW_ADDRESSES="127.0.0.1/32",
        PANTAU_APP_SECRET_DEMO_LOGIN_USER="pemeriksa",
        PANTAU_APP_SECRET_DEMO_LOGIN_PASSWORD="sandi-demo-e2e-123",
        PANTAU_WORKFLOW_ROUND_TIMEOUT_MINUTES="3",
        PANTAU_WORKFLOW_TICK_SECONDS="1",
    )
    env = service_env(settings, **{**defaults, **stack_env})
    run_tool(["pantau-checker", "import", str(registry_file)], env)
    run_tool(["pantau-reporter", "demo-ca"], env)
    with psycopg.connect(settings.database_url) as conn:
        for account in DEMO_ACCOUNTS:
            add_user(conn, account, password_of(account.username))
    launcher = load_launcher()
    run_dir = tmp_path / "run"
    secrets = [env["PANTAU_APP_SECRET_DEMO_LOGIN_PASSWORD"], env["PANTAU_SECRET_KEY"], env["PANTAU_DEMO_FLEET_TOKEN"]]
    secrets += [password_of(account.username) for account in DEMO_ACCOUNTS]
    secrets += [env["KAFKA_SASL_PASSWORD"]] if env.get("KAFKA_SASL_PASSWORD") else []  # make test: SASL
    try:
        launcher.up(run_dir, env)
        yield Stack(
            url=f"http://127.0.0.1:{ports['web']}",
            fleet_url=f"http://127.0.0.1:{ports['fleet']}",
            registry=yaml.safe_load(registry),
            run=run_dir,
            env=env,
            secrets=secrets,
        )
    finally:
        launcher.down(run_dir, env)
        for log in sorted((run_dir / "logs").glob("*.log")):  # shown by pytest when the test failed
            print(f"===== {log.name}\n" + log.read_text("utf-8", "replace")[-4000:])


@pytest.fixture
def browser() -> Iterator[Browser]:
    """Return a headless Debian Chromium (never a downloaded one)."""
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


class Official:
    """A browser session of one official or department account."""

    def __init__(self, browser: Browser, base: str, username: str) -> None:
        self.context = browser.new_context(base_url=base, locale="id-ID")
        self.page: Page = self.context.new_page()
        self.page.set_default_timeout(30_000)
        self.page.goto("/masuk")
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", password_of(username))
        self.page.click("button[type=submit]")
        expect(self.page.get_by_test_id("who")).to_be_visible()

    def open(self, cycle_url: str) -> Page:
        self.page.goto(cycle_url)
        return self.page

    def start_cycle(self, note: str) -> str:
        """Order a monitoring cycle (step 1, the Kabid); return the cycle's address."""
        self.page.goto("/")
        self.page.fill("textarea[name=note]", note)
        self.page.get_by_test_id("mulai").click()
        expect(self.page.get_by_test_id("tahap")).to_contain_text("Langkah 2", timeout=60_000)
        return re.sub(r"\?.*$", "", self.page.url)

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

    def pdf_text(self, href: str) -> str:
        """Download a PDF with this session's cookies; return its text with whitespace flattened."""
        pdf = self.context.request.get(href)
        assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
        text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf.body())).pages)
        return re.sub(r"\s+", " ", text)


@pytest.fixture
def sign_in(browser: Browser, stack: Stack) -> Callable[[str], Official]:
    """Return a function that signs an account in, in its own browser context."""
    return lambda username: Official(browser, stack.url, username)
