"""The demo fleet's control: a test or a presenter repairs or breaks an application at runtime."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from pantau_testing import running, service_env

from pantau_common.settings import Settings

pytestmark = pytest.mark.integration
FLEET = Path(__file__).resolve().parents[3] / "deploy" / "demo" / "fleet.py"
PUSKESMAS = "puskesmas.bekasikota.go.id"
TOKEN = "token-uji-armada"

Fleet = Callable[..., httpx.Client]


@pytest.fixture
def start_fleet(free_port: int, tmp_path: Path) -> Iterator[Fleet]:
    """Return a function that runs the fleet as its own process and gives a client for its port."""
    with ExitStack() as stack:
        client = stack.enter_context(httpx.Client(base_url=f"http://127.0.0.1:{free_port}", timeout=10))

        def start(**env: str) -> httpx.Client:
            argv = [sys.executable, str(FLEET), "--port", str(free_port)]
            stack.enter_context(running(argv, {**service_env(Settings()), **env}, tmp_path / "fleet.log"))
            _wait_until_listening(client)
            return client

        yield start


def _wait_until_listening(client: httpx.Client) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            client.get("/__fleet/apps")
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def app_status(client: httpx.Client, host: str = PUSKESMAS) -> int:
    return client.get("/", headers={"Host": host}).status_code


def play(client: httpx.Client, sub: str, behaviour: object, **headers: str) -> httpx.Response:
    return client.post(f"/__fleet/apps/{sub}", json={"behaviour": behaviour}, headers=headers)


def test_puskesmas_is_repaired_and_broken_again_at_runtime(start_fleet: Fleet) -> None:
    fleet = start_fleet()
    assert fleet.get("/__fleet/apps").json()["puskesmas"] == "down503"
    assert app_status(fleet) == 503

    repaired = play(fleet, "puskesmas", "healthy")

    assert (repaired.status_code, repaired.json()) == (200, {"sub": "puskesmas", "behaviour": "healthy"})
    page = fleet.get("/", headers={"Host": PUSKESMAS})
    assert page.status_code == 200 and "Berita Terkini" in page.text
    assert fleet.get("/__fleet/apps").json()["puskesmas"] == "healthy"

    assert play(fleet, "puskesmas", "down503").status_code == 200
    assert app_status(fleet) == 503


def test_unknown_application_or_behaviour_is_refused_with_its_reason(start_fleet: Fleet) -> None:
    fleet = start_fleet()

    unknown_app = play(fleet, "tidak-ada", "healthy")
    unknown_behaviour = play(fleet, "puskesmas", "meledak")
    no_behaviour = fleet.post("/__fleet/apps/puskesmas", content=b"bukan json")

    assert unknown_app.status_code == 404 and "'tidak-ada' tidak dikenal" in unknown_app.json()["error"]
    assert unknown_behaviour.status_code == 400 and "'meledak' tidak dikenal" in unknown_behaviour.json()["error"]
    assert "healthy" in unknown_behaviour.json()["error"]  # the behaviours one may choose from
    assert no_behaviour.status_code == 400
    assert app_status(fleet) == 503


def test_the_control_never_answers_on_an_application_host(start_fleet: Fleet) -> None:
    fleet = start_fleet()

    listed = fleet.get("/__fleet/apps", headers={"Host": "dinkes.bekasikota.go.id"})
    posted = fleet.post(
        "/__fleet/apps/puskesmas", json={"behaviour": "healthy"}, headers={"Host": "dinkes.bekasikota.go.id"}
    )
    rebound = play(fleet, "puskesmas", "healthy", Host="penyerang.example")

    assert listed.status_code == 404 and "json" not in listed.headers["content-type"]
    assert posted.status_code != 200 and rebound.status_code == 404
    assert app_status(fleet) == 503


def test_with_a_token_the_control_wants_it_in_the_header(start_fleet: Fleet) -> None:
    fleet = start_fleet(PANTAU_DEMO_FLEET_TOKEN=TOKEN)

    assert fleet.get("/__fleet/apps").status_code == 403
    assert play(fleet, "puskesmas", "healthy", **{"X-Fleet-Token": "salah"}).status_code == 403
    assert app_status(fleet) == 503
    assert play(fleet, "puskesmas", "healthy", **{"X-Fleet-Token": TOKEN}).status_code == 200
    assert app_status(fleet) == 200


def test_the_command_line_sets_a_behaviour_with_the_token_from_the_environment(
    start_fleet: Fleet, free_port: int
) -> None:
    fleet = start_fleet(PANTAU_DEMO_FLEET_TOKEN=TOKEN)
    env = {**service_env(Settings()), "PANTAU_DEMO_FLEET_TOKEN": TOKEN}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, str(FLEET), *args, "--port", str(free_port)]
        return subprocess.run(argv, env=env, capture_output=True, text=True, check=False, timeout=30)

    done = cli("set", "puskesmas", "healthy")
    refused = cli("set", "puskesmas", "meledak")

    assert done.returncode == 0 and '"healthy"' in done.stdout
    assert refused.returncode == 1 and "'meledak' tidak dikenal" in refused.stderr
    assert app_status(fleet) == 200
    assert '"puskesmas": "healthy"' in cli("list").stdout


def test_every_behaviour_the_control_offers_is_one_the_fleet_plays(fleet_script: ModuleType) -> None:
    offered = set(fleet_script.BEHAVIOURS)

    assert {behaviour for _, behaviour in fleet_script.APPS.values()} <= offered
    assert all(callable(getattr(fleet_script.Handler, f"_{b}", None)) for b in offered)
