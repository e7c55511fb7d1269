"""``make up`` starts each service as the Kafka principal production gives it, and no other."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
BASE = ROOT / "deploy" / "k8s" / "base"
SERVICES = ("web", "workflow", "checker", "reporter")


@pytest.fixture(scope="module")
def launcher() -> ModuleType:
    spec = importlib.util.spec_from_file_location("launcher", ROOT / "deploy/local/launcher.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["launcher"] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def command(argv: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Return a service's program and subcommand, without options: ``("pantau-checker", "worker")``."""
    return tuple(Path(a).name for a in argv[:2] if not a.startswith("-"))


def production_principals() -> dict[tuple[str, ...], str | None]:
    """Return each Deployment's command and the KAFKA_SASL_USERNAME its container sets (None: no Kafka)."""
    found: dict[tuple[str, ...], str | None] = {}
    for path in sorted(BASE.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text("utf-8")):
            if doc and doc.get("kind") == "Deployment":
                container: dict[str, Any] = doc["spec"]["template"]["spec"]["containers"][0]
                env = {e["name"]: e.get("value") for e in container.get("env", [])}
                found[command(container["command"])] = env.get("KAFKA_SASL_USERNAME")
    return found


def test_each_local_service_is_the_principal_its_deployment_is(launcher: ModuleType) -> None:
    services = [p for p in launcher.processes({}) if p.argv[0].endswith(tuple(f"pantau-{s}" for s in SERVICES))]
    production = production_principals()

    assert {command(p.argv): p.kafka_user for p in services} == production


def test_a_process_gets_its_own_password_file_and_one_without_kafka_gets_no_account(
    launcher: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "svc-web").write_text("sandi-web\n")
    caller = {"KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KAFKA_SASL_USERNAME": "admin", "KAFKA_SASL_PASSWORD": "x"}
    web, fleet = (next(p for p in launcher.processes({}) if p.name == name) for name in ("web", "demo-fleet"))

    as_web = launcher.as_principal(web, {**caller, "PATH": "/bin"}, tmp_path)

    assert as_web == {
        "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "KAFKA_SASL_USERNAME": "svc-web",
        "KAFKA_SASL_PASSWORD_FILE": str(tmp_path / "svc-web"),
        "PATH": "/bin",
    }
    assert launcher.as_principal(fleet, {**caller, "PATH": "/bin"}, tmp_path) == {"PATH": "/bin"}
