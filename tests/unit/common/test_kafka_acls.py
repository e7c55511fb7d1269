"""The local SASL broker's users and ACLs are read from production's KafkaUser resources."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
USERS = ROOT / "deploy" / "k8s" / "components" / "kafka-topics" / "users.yaml"


def _kafka_acls() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kafka_acls", ROOT / "deploy" / "local" / "kafka_acls.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["kafka_acls"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_service_principal_and_operation_of_users_yaml_becomes_an_acl() -> None:
    kafka_acls = _kafka_acls()
    declared = {
        (user["metadata"]["name"], rule["resource"]["name"], operation)
        for user in yaml.safe_load_all(USERS.read_text("utf-8"))
        if user and user["kind"] == "KafkaUser"
        for rule in user["spec"]["authorization"]["acls"]
        for operation in rule["operations"]
    }
    derived = {(a.user, a.name, a.operation) for a in kafka_acls.acls(kafka_acls.kafka_users(()))}
    assert derived == declared


def test_each_local_department_gets_the_templates_acls_under_its_own_name() -> None:
    kafka_acls = _kafka_acls()
    acls = list(kafka_acls.acls(kafka_acls.kafka_users(("dinkes", "bapenda"))))
    bapenda = {(a.resource_type, a.name, a.pattern, a.operation) for a in acls if a.user == "pd-bapenda"}
    assert bapenda == {
        ("topic", "pantau.pd.bapenda.status.v1", "literal", "Describe"),
        ("topic", "pantau.pd.bapenda.status.v1", "literal", "DescribeConfigs"),
        ("topic", "pantau.pd.bapenda.status.v1", "literal", "Read"),
        ("group", "pd-bapenda.", "prefix", "Describe"),
        ("group", "pd-bapenda.", "prefix", "Read"),
    }
    assert all(a.operation != "Write" for a in acls if a.user.startswith("pd-"))


def test_a_departments_acls_name_its_certificates_subject_as_strimzi_does_and_a_services_its_name() -> None:
    kafka_acls = _kafka_acls()
    principals = {(a.user, a.principal) for a in kafka_acls.acls(kafka_acls.kafka_users(("dinkes",)))}
    assert ("pd-dinkes", "User:CN=pd-dinkes") in principals
    assert ("svc-web", "User:svc-web") in principals
    assert all(p == f"User:CN={u}" for u, p in principals if u.startswith("pd-"))


def test_services_get_passwords_and_departments_client_certificates(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    kafka_acls = _kafka_acls()
    monkeypatch.setenv("KAFKA_DEPARTMENTS", "dinkes bapenda")
    kafka_acls.main(["users"])
    scram = capsys.readouterr().out.split()
    kafka_acls.main(["tls-users"])
    assert capsys.readouterr().out.split() == ["pd-dinkes", "pd-bapenda"]
    assert "svc-workflow" in scram and not any(name.startswith("pd-") for name in scram)
