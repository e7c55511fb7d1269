"""The Kubernetes manifests under deploy/k8s keep the promises the README makes.

Reads the YAML as written (no kustomize, no cluster): every Deployment is hardened and probed,
secrets only come from Secret references, the commands exist, the checker cannot reach
internal addresses, and the topics are the versioned ones the code uses. What the overlays
render, validated against the schemas, is tested in test_k8s_rendered.py.
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from pantau_contracts import Topics

ROOT = Path(__file__).resolve().parents[3]
K8S = ROOT / "deploy" / "k8s"
SECRET_ENV = {"PANTAU_DATABASE_URI", "PANTAU_SECRET_KEY", "KAFKA_SASL_PASSWORD"}
VERIFIED_DATABASE_URL = "$(PANTAU_DATABASE_URI)?sslmode=verify-full&sslrootcert=/etc/pantau/db-ca/ca.crt"
FIXED_TOPICS = {
    "pantau.check.requests.v1",
    "pantau.app.status.v1",
    "pantau.sop.commands.v1",
    "pantau.sop.events.v1",
    "pantau.documents.v1",
    "pantau.deadletter.v1",
}
DEPARTMENT_TOPIC = re.compile(r"^pantau\.pd\.[a-z0-9][a-z0-9-]{0,62}\.status\.v1$")
INTERNAL_RANGES = [
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "100.64.0.0/10",
    "169.254.169.254/32",
    "198.18.0.0/15",
    "192.0.0.0/24",
    "224.0.0.0/4",
    "240.0.0.0/4",
]
KUSTOMIZE_IMAGE = "pantau"


def _documents(path: Path) -> Iterator[dict[str, Any]]:
    for doc in yaml.safe_load_all(path.read_text("utf-8")):
        if isinstance(doc, dict):
            yield doc


def _yaml_files() -> list[Path]:
    return sorted(p for p in K8S.rglob("*.yaml") if p.name != "kustomization.yaml")


ALL = [(path, doc) for path in _yaml_files() for doc in _documents(path)]


def _of_kind(kind: str) -> list[tuple[Path, dict[str, Any]]]:
    return [(path, doc) for path, doc in ALL if doc.get("kind") == kind]


def _name(item: tuple[Path, dict[str, Any]]) -> str:
    path, doc = item
    return f"{path.relative_to(K8S)}:{doc['metadata']['name']}"


def _kustomizations() -> list[Path]:
    return sorted(K8S.rglob("kustomization.yaml"))


def _pod_spec(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["spec"]["template"]["spec"]  # type: ignore[no-any-return]


def _containers(doc: dict[str, Any]) -> list[dict[str, Any]]:
    spec = _pod_spec(doc)
    return [*spec.get("initContainers", []), *spec["containers"]]


WORKLOADS = _of_kind("Deployment") + _of_kind("Job")
DEPLOYMENTS = _of_kind("Deployment")


def test_manifests_are_found() -> None:
    assert len(DEPLOYMENTS) == 6
    assert {doc["metadata"]["name"] for _, doc in DEPLOYMENTS} == {
        "pantau-checker-worker",
        "pantau-checker-scheduler",
        "pantau-workflow",
        "pantau-reporter-worker",
        "pantau-reporter-web",
        "pantau-web",
    }


@pytest.mark.parametrize("item", WORKLOADS, ids=_name)
def test_every_container_sets_requests_and_limits(item: tuple[Path, dict[str, Any]]) -> None:
    for container in _containers(item[1]):
        resources = container["resources"]
        assert {"cpu", "memory"} <= set(resources["requests"]), container["name"]
        assert {"cpu", "memory"} <= set(resources["limits"]), container["name"]


@pytest.mark.parametrize("item", DEPLOYMENTS, ids=_name)
def test_every_deployment_has_readiness_and_liveness_probes(item: tuple[Path, dict[str, Any]]) -> None:
    for container in _pod_spec(item[1])["containers"]:
        assert "readinessProbe" in container
        assert "livenessProbe" in container


@pytest.mark.parametrize("item", WORKLOADS, ids=_name)
def test_every_pod_runs_restricted(item: tuple[Path, dict[str, Any]]) -> None:
    spec = _pod_spec(item[1])
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault"
    assert spec["automountServiceAccountToken"] is False
    for container in _containers(item[1]):
        context = container["securityContext"]
        assert context["runAsNonRoot"] is True, container["name"]
        assert context["readOnlyRootFilesystem"] is True, container["name"]
        assert context["allowPrivilegeEscalation"] is False, container["name"]
        assert context["capabilities"]["drop"] == ["ALL"], container["name"]
        assert "add" not in context["capabilities"], container["name"]


@pytest.mark.parametrize("item", WORKLOADS, ids=_name)
def test_every_pod_has_a_writable_tmp(item: tuple[Path, dict[str, Any]]) -> None:
    volumes = {v["name"]: v for v in _pod_spec(item[1])["volumes"]}
    for container in _containers(item[1]):
        mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
        assert "emptyDir" in volumes[mounts["/tmp"]], container["name"]
        assert "emptyDir" in volumes[mounts["/var/lib/pantau"]], container["name"]


def _images_set_by(kustomization: Path) -> set[str]:
    doc = yaml.safe_load(kustomization.read_text("utf-8"))
    return {image["name"] for image in doc.get("images", []) if image.get("newTag") or image.get("digest")}


def _is_pinned(image: str) -> bool:
    if "@sha256:" in image:
        return True
    tag = image.rpartition(":")[2] if ":" in image.rpartition("/")[2] else ""
    return bool(tag) and tag != "latest"


@pytest.mark.parametrize("item", WORKLOADS, ids=_name)
def test_every_image_is_pinned_or_set_by_each_overlay(item: tuple[Path, dict[str, Any]]) -> None:
    overlays = sorted((K8S / "overlays").glob("*/kustomization.yaml"))
    assert overlays
    for container in _containers(item[1]):
        image = container["image"]
        if image == KUSTOMIZE_IMAGE:
            assert all(KUSTOMIZE_IMAGE in _images_set_by(k) for k in overlays), image
        else:
            assert _is_pinned(image), image


@pytest.mark.parametrize("item", WORKLOADS, ids=_name)
def test_secret_settings_come_only_from_secret_key_refs(item: tuple[Path, dict[str, Any]]) -> None:
    for container in _containers(item[1]):
        for var in container.get("env", []):
            if var["name"] in SECRET_ENV:
                assert "value" not in var, var["name"]
                assert "secretKeyRef" in var["valueFrom"], var["name"]


def test_database_url_and_secret_key_are_referenced_where_needed() -> None:
    def refs(doc: dict[str, Any]) -> set[str]:
        return {v["name"] for c in _containers(doc) for v in c.get("env", []) if "valueFrom" in v}

    for _, doc in WORKLOADS:
        assert "PANTAU_DATABASE_URI" in refs(doc), doc["metadata"]["name"]
    web = next(doc for _, doc in DEPLOYMENTS if doc["metadata"]["name"] == "pantau-web")
    assert "PANTAU_SECRET_KEY" in refs(web)


@pytest.mark.parametrize("item", WORKLOADS, ids=_name)
def test_every_database_url_verifies_the_server_certificate(item: tuple[Path, dict[str, Any]]) -> None:
    for container in _containers(item[1]):
        env = [var["name"] for var in container["env"]]
        url = next(var for var in container["env"] if var["name"] == "DATABASE_URL")
        assert url.get("value") == VERIFIED_DATABASE_URL, container["name"]
        # Kubernetes expands $(VAR) only from variables defined before it.
        assert env.index("PANTAU_DATABASE_URI") < env.index("DATABASE_URL"), container["name"]
        mounts = {m["mountPath"] for m in container["volumeMounts"]}
        assert "/etc/pantau/db-ca" in mounts, container["name"]


@pytest.mark.parametrize("item", _of_kind("ConfigMap"), ids=_name)
def test_config_maps_hold_no_secret_settings(item: tuple[Path, dict[str, Any]]) -> None:
    assert not SECRET_ENV & set(item[1].get("data", {}))


def _listed_resources(kustomization: Path) -> Iterator[Path]:
    doc = yaml.safe_load(kustomization.read_text("utf-8"))
    for entry in [*doc.get("resources", []), *doc.get("components", [])]:
        target = (kustomization.parent / entry).resolve()
        yield target / "kustomization.yaml" if target.is_dir() else target


@pytest.mark.parametrize("kustomization", _kustomizations(), ids=lambda p: str(p.relative_to(K8S)))
def test_kustomizations_list_existing_files_and_no_secret(kustomization: Path) -> None:
    doc = yaml.safe_load(kustomization.read_text("utf-8"))
    assert "secretGenerator" not in doc
    for listed in _listed_resources(kustomization):
        assert listed.exists(), listed
        assert listed.name != "secret.example.yaml"
        if listed.name != "kustomization.yaml":
            assert all(d.get("kind") != "Secret" for d in _documents(listed)), listed


def test_the_secret_example_holds_only_placeholders() -> None:
    secrets = list(_documents(K8S / "base" / "secret.example.yaml"))
    assert secrets and all(d["kind"] == "Secret" for d in secrets)
    for secret in secrets:
        assert "data" not in secret, "base64 data hides what it holds"
        for key, value in secret["stringData"].items():
            looks_like = ("REPLACE-ME" in value) or value.endswith(".invalid")
            assert looks_like, f"{secret['metadata']['name']}/{key}"


def test_every_command_is_a_declared_entry_point() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    commands = {c["command"][0] for _, doc in WORKLOADS for c in _containers(doc)}
    assert commands
    assert commands <= set(scripts), commands - set(scripts)


def test_service_accounts_do_not_mount_tokens() -> None:
    accounts = {doc["metadata"]["name"]: doc for _, doc in _of_kind("ServiceAccount")}
    for _, doc in WORKLOADS:
        account = accounts[_pod_spec(doc)["serviceAccountName"]]
        assert account["automountServiceAccountToken"] is False


def _route_exists(path: str, package: str) -> bool:
    sources = (ROOT / "services" / package.split("_")[1] / package).glob("*.py")
    return any(re.search(rf"""@bp\.(get|route)\(["']{re.escape(path)}["']""", p.read_text("utf-8")) for p in sources)


@pytest.mark.parametrize(
    ("deployment", "package"), [("pantau-web", "pantau_web"), ("pantau-reporter-web", "pantau_reporter")]
)
def test_http_probes_hit_routes_the_service_serves(deployment: str, package: str) -> None:
    doc = next(doc for _, doc in DEPLOYMENTS if doc["metadata"]["name"] == deployment)
    container = _pod_spec(doc)["containers"][0]
    for probe in ("readinessProbe", "livenessProbe"):
        assert _route_exists(container[probe]["httpGet"]["path"], package)


def test_worker_probe_script_compiles() -> None:
    probes = next(doc for _, doc in _of_kind("ConfigMap") if doc["metadata"]["name"] == "pantau-probes")
    compile(probes["data"]["probe.py"], "probe.py", "exec")


def _network_policy(name: str) -> dict[str, Any]:
    return next(doc for _, doc in _of_kind("NetworkPolicy") if doc["metadata"]["name"] == name)


def _excluded(block: dict[str, Any], cidr: str) -> bool:
    network = ipaddress.ip_network(cidr)
    return any(network.subnet_of(ipaddress.ip_network(e)) for e in block.get("except", []))


def test_checker_egress_never_reaches_internal_or_metadata_addresses() -> None:
    policy = _network_policy("pantau-checker-internet")
    assert policy["spec"]["podSelector"]["matchLabels"] == {"app": "pantau-checker-worker"}
    blocks = [peer["ipBlock"] for rule in policy["spec"]["egress"] for peer in rule["to"] if "ipBlock" in peer]
    assert blocks
    for block in blocks:
        for cidr in INTERNAL_RANGES:
            assert _excluded(block, cidr), cidr
    ports = {p["port"] for rule in policy["spec"]["egress"] for p in rule["ports"]}
    assert ports == {80, 443}


def test_no_policy_opens_the_metadata_address() -> None:
    for _, doc in _of_kind("NetworkPolicy"):
        for rule in doc["spec"].get("egress", []):
            for peer in rule.get("to", []):
                if "ipBlock" in peer and ipaddress.ip_address("169.254.169.254") in ipaddress.ip_network(
                    peer["ipBlock"]["cidr"]
                ):
                    assert _excluded(peer["ipBlock"], "169.254.169.254/32"), doc["metadata"]["name"]


def test_pantau_pods_deny_ingress_by_default() -> None:
    policy = _network_policy("pantau-default-deny")
    assert "Ingress" in policy["spec"]["policyTypes"]
    assert "ingress" not in policy["spec"]


def _topic_names() -> dict[str, dict[str, Any]]:
    return {doc["spec"].get("topicName", doc["metadata"]["name"]): doc for _, doc in _of_kind("KafkaTopic")}


def test_topics_are_the_versioned_ones_the_code_uses() -> None:
    names = set(_topic_names())
    assert set(Topics().all_fixed()) == FIXED_TOPICS
    assert FIXED_TOPICS <= names
    assert all(DEPARTMENT_TOPIC.match(n) for n in names - FIXED_TOPICS), names - FIXED_TOPICS


def test_topics_survive_one_broker_down() -> None:
    for doc in _topic_names().values():
        assert doc["spec"]["partitions"] == 6
        assert doc["spec"]["replicas"] == 3
        assert doc["spec"]["config"]["min.insync.replicas"] == "2"


def test_a_department_reads_only_its_own_topic() -> None:
    users = [doc for _, doc in _of_kind("KafkaUser") if doc["metadata"]["name"].startswith("pd-")]
    assert users
    for user in users:
        pd_id = user["metadata"]["name"].removeprefix("pd-")
        acls = user["spec"]["authorization"]["acls"]
        topics = [acl for acl in acls if acl["resource"]["type"] == "topic"]
        assert topics
        for acl in topics:
            assert acl["resource"]["name"] == Topics().department_status(pd_id)
            assert acl["resource"]["patternType"] == "literal"
            assert set(acl["operations"]) <= {"Describe", "DescribeConfigs", "Read"}
        for acl in acls:
            if acl["resource"]["type"] == "group":
                assert acl["resource"]["name"] == f"pd-{pd_id}."
