"""What each overlay renders is what a current cluster accepts, and keeps Pantau's promises.

Every overlay is built with kustomize and validated with kubeconform -strict against the
Kubernetes 1.30 schemas and the Strimzi, CloudNativePG, Barman Cloud, KEDA and Prometheus
Operator CRD schemas vendored in deploy/k8s/schemas (no network). The rendered objects are then
checked for the Pod Security "restricted" profile, Kafka authentication and least-privilege
ACLs, database TLS and backups, probes, scaling, egress and the ingress rate limits.

kustomize and kubeconform come from deploy/local/k8s-tools.sh (.run/tools/bin) or the PATH.
"""

from __future__ import annotations

import fnmatch
import ipaddress
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from k8s_render import K8S, ROOT
from k8s_render import build as _build
from k8s_render import tool as _tool

from pantau_common.secrets import APP_SECRETS_DIR
from pantau_contracts import Topics

SCHEMAS = K8S / "schemas"
OVERLAYS = sorted(p.parent.name for p in (K8S / "overlays").glob("*/kustomization.yaml"))
SCHEMA_LOCATIONS = [
    f"{SCHEMAS}/kubernetes/{{{{.ResourceKind}}}}{{{{.KindSuffix}}}}.json",
    f"{SCHEMAS}/crds/{{{{.Group}}}}/{{{{.ResourceKind}}}}_{{{{.ResourceAPIVersion}}}}.json",
]
WORKERS = {"pantau-checker-worker", "pantau-checker-scheduler", "pantau-workflow", "pantau-reporter-worker"}
KAFKA_CLIENTS = {  # Deployment -> its KafkaUser
    "pantau-checker-worker": "svc-checker-worker",
    "pantau-checker-scheduler": "svc-checker-scheduler",
    "pantau-workflow": "svc-workflow",
    "pantau-reporter-worker": "svc-reporter-worker",
    "pantau-web": "svc-web",
}
SPECIAL_RANGES = ["198.18.0.0/15", "192.0.0.0/24", "224.0.0.0/4", "240.0.0.0/4", "169.254.0.0/16", "10.0.0.0/8"]
SAFE_VOLUME_TYPES = {
    "configMap",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "persistentVolumeClaim",
    "projected",
    "secret",
}


@pytest.fixture(scope="module", params=OVERLAYS)
def rendered(request: pytest.FixtureRequest) -> tuple[str, str]:
    """Return (overlay, its kustomize build output)."""
    return request.param, _build(request.param)


@pytest.fixture(scope="module")
def objects(rendered: tuple[str, str]) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(rendered[1]) if isinstance(doc, dict)]


def _of_kind(objects: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [o for o in objects if o["kind"] == kind]


def _named(objects: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    return next(o for o in _of_kind(objects, kind) if o["metadata"]["name"] == name)


def _pod_templates(objects: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    for o in objects:
        spec = o.get("spec", {}).get("template", {}).get("spec")
        if isinstance(spec, dict) and "containers" in spec:
            yield f"{o['kind']}/{o['metadata']['name']}", spec


def _containers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [*spec.get("initContainers", []), *spec["containers"]]


def _env(container: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {var["name"]: var for var in container.get("env", [])}


# --- schemas ---------------------------------------------------------------------------------


def test_there_are_overlays_and_vendored_schemas() -> None:
    assert OVERLAYS == ["production", "staging"]
    assert len(list(SCHEMAS.rglob("*.json"))) >= 20


def test_every_overlay_validates_strictly_against_the_vendored_schemas(rendered: tuple[str, str]) -> None:
    locations = [arg for location in SCHEMA_LOCATIONS for arg in ("-schema-location", location)]
    result = subprocess.run(
        [_tool("kubeconform"), "-strict", "-summary", *locations, "-"],
        input=rendered[1],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "HOME": str(ROOT / ".run")},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Invalid: 0, Errors: 0, Skipped: 0" in result.stdout


def test_kubeconform_rejects_a_typo_and_an_unknown_kind(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: {name: t}\nspec: {partitions: 6, replica: 3}\n"
        "---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaUser\nmetadata: {name: u}\nspec: {}\n",
        "utf-8",
    )
    locations = [arg for location in SCHEMA_LOCATIONS for arg in ("-schema-location", location)]
    result = subprocess.run(
        [_tool("kubeconform"), "-strict", "-summary", *locations, str(bad)], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "'replica' not allowed" in result.stdout
    assert "could not find schema for KafkaUser" in result.stdout


# --- Pod Security Standard "restricted" ------------------------------------------------------


def _restricted_violations(spec: dict[str, Any]) -> Iterator[str]:
    pod = spec.get("securityContext", {})
    for flag in ("hostNetwork", "hostPID", "hostIPC"):
        if spec.get(flag):
            yield flag
    for volume in spec.get("volumes", []):
        kinds = set(volume) - {"name"}
        if not kinds <= SAFE_VOLUME_TYPES:
            yield f"volume {volume['name']}: {kinds}"
    for c in _containers(spec):
        ctx = c.get("securityContext", {})
        name = c["name"]
        if not ctx.get("runAsNonRoot", pod.get("runAsNonRoot")):
            yield f"{name}: runAsNonRoot"
        if ctx.get("runAsUser", pod.get("runAsUser")) == 0:
            yield f"{name}: runAsUser 0"
        if ctx.get("allowPrivilegeEscalation") is not False:
            yield f"{name}: allowPrivilegeEscalation"
        if ctx.get("privileged"):
            yield f"{name}: privileged"
        if "ALL" not in ctx.get("capabilities", {}).get("drop", []):
            yield f"{name}: capabilities.drop ALL"
        if set(ctx.get("capabilities", {}).get("add", [])) - {"NET_BIND_SERVICE"}:
            yield f"{name}: capabilities.add"
        seccomp = ctx.get("seccompProfile", pod.get("seccompProfile", {})).get("type")
        if seccomp not in ("RuntimeDefault", "Localhost"):
            yield f"{name}: seccompProfile {seccomp}"
        if any("hostPort" in port for port in c.get("ports", [])):
            yield f"{name}: hostPort"
        if ctx.get("procMount", "Default") != "Default":
            yield f"{name}: procMount"


def test_every_pod_meets_the_restricted_pod_security_standard(objects: list[dict[str, Any]]) -> None:
    templates = list(_pod_templates(objects))
    assert len(templates) == 7
    problems = {name: list(_restricted_violations(spec)) for name, spec in templates}
    assert not {name: p for name, p in problems.items() if p}


def test_the_restricted_check_catches_a_root_pod() -> None:
    spec = {"hostNetwork": True, "containers": [{"name": "c", "securityContext": {"runAsUser": 0}}]}
    spec["volumes"] = [{"name": "h", "hostPath": {"path": "/"}}]
    problems = list(_restricted_violations(spec))
    assert {"hostNetwork", "c: runAsNonRoot", "c: allowPrivilegeEscalation", "c: capabilities.drop ALL"} <= set(
        problems
    )
    assert any(p.startswith("volume h") for p in problems)


def test_the_namespace_enforces_restricted(objects: list[dict[str, Any]]) -> None:
    (namespace,) = _of_kind(objects, "Namespace")
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"


# --- Kafka: version, authentication, ACLs ------------------------------------------------------


def test_kafka_is_version_4_on_the_v1_api_without_anonymous_access(objects: list[dict[str, Any]]) -> None:
    strimzi = [o for o in objects if o["apiVersion"].startswith("kafka.strimzi.io/")]
    assert strimzi and all(o["apiVersion"] == "kafka.strimzi.io/v1" for o in strimzi)
    (kafka,) = _of_kind(objects, "Kafka")
    assert kafka["spec"]["kafka"]["version"].startswith("4.")
    assert kafka["spec"]["kafka"]["authorization"]["type"] == "simple"
    assert not kafka["spec"]["kafka"]["authorization"].get("superUsers")
    for listener in kafka["spec"]["kafka"]["listeners"]:
        assert listener["tls"] is True, listener["name"]
        assert listener["authentication"]["type"] in ("scram-sha-512", "tls"), listener["name"]


def test_the_local_broker_runs_the_same_kafka_release(objects: list[dict[str, Any]]) -> None:
    (kafka,) = _of_kind(objects, "Kafka")
    pom = (ROOT / "deploy" / "local" / "kafka" / "pom.xml").read_text("utf-8")
    local = re.search(r"<artifactId>kafka_2\.13</artifactId><version>([^<]+)</version>", pom)
    assert local, "deploy/local/kafka/pom.xml names no kafka_2.13 version"
    if local.group(1) != kafka["spec"]["kafka"]["version"]:
        pytest.xfail(f"local broker {local.group(1)} != {kafka['spec']['kafka']['version']} (issue 11, in progress)")


def test_services_connect_with_sasl_ssl_as_their_own_kafka_user(objects: list[dict[str, Any]]) -> None:
    config = _named(objects, "ConfigMap", "pantau-kafka-client")["data"]
    assert config["KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert config["KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    users = {u["metadata"]["name"]: u for u in _of_kind(objects, "KafkaUser")}
    for deployment, user in KAFKA_CLIENTS.items():
        spec = _named(objects, "Deployment", deployment)["spec"]["template"]["spec"]
        env = _env(spec["containers"][0])
        assert env["KAFKA_SASL_USERNAME"]["value"] == user
        assert env["KAFKA_SASL_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": user, "key": "password"}
        assert users[user]["spec"]["authentication"]["type"] == "scram-sha-512"
        mounts = {m["mountPath"]: m["name"] for m in spec["containers"][0]["volumeMounts"]}
        ca = next(v for v in spec["volumes"] if v["name"] == mounts["/etc/pantau/kafka-ca"])
        assert ca["secret"]["secretName"] == "pantau-kafka-cluster-ca-cert"
        assert config["KAFKA_SSL_CAFILE"] == "/etc/pantau/kafka-ca/ca.crt"


def _container_env(objects: list[dict[str, Any]], container: dict[str, Any]) -> dict[str, str]:
    """Return the environment a container starts with: its ConfigMaps, then its own variables.

    A value from a Secret or a field stands in as a placeholder; ``$(VAR)`` references expand
    as the kubelet expands them.
    """
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        env |= _named(objects, "ConfigMap", source["configMapRef"]["name"])["data"]
    for var in container.get("env", []):
        value = var.get("value", "from-a-secret")
        env[var["name"]] = re.sub(r"\$\((\w+)\)", lambda m: env.get(m.group(1), m.group(0)), value)
    return env


def test_every_container_starts_with_settings_it_can_read(objects: list[dict[str, Any]], tmp_path: Path) -> None:
    from pantau_common.settings import Settings

    seen = set()
    for where, spec in _pod_templates(objects):
        for container in _containers(spec):
            if container["image"].split(":")[0].rsplit("/", 1)[-1] != "pantau":
                continue
            env = _container_env(objects, container)
            mounts = [m["mountPath"] for m in container.get("volumeMounts", [])]
            for name in ("KAFKA_SSL_CAFILE", "KAFKA_SSL_CERTFILE", "KAFKA_SSL_KEYFILE"):
                if env.get(name):  # a file of a mounted volume: here, a file that exists
                    assert any(env[name].startswith(m.rstrip("/") + "/") for m in mounts), (where, name)
                    (tmp_path / name).touch()
                    env[name] = str(tmp_path / name)
            settings = Settings.from_env(env)  # a ConfigError fails the test
            name = where.split("/", 1)[1]
            if name in KAFKA_CLIENTS and container in spec["containers"]:
                assert settings.kafka_security.protocol == "SASL_SSL", where
                seen.add(name)
            else:  # no account, so nothing of Kafka either (the migrations, reporter-web)
                assert not any(k.startswith("KAFKA_") for k in _container_env(objects, container)), where
    assert seen == set(KAFKA_CLIENTS)


def _grants(user: dict[str, Any], operation: str, resource_type: str, name: str) -> bool:
    for acl in user["spec"]["authorization"]["acls"]:
        resource = acl["resource"]
        if resource["type"] != resource_type or acl.get("type", "allow") != "allow":
            continue
        matches = name.startswith(resource["name"]) if resource["patternType"] == "prefix" else name == resource["name"]
        if matches and (operation in acl["operations"] or "All" in acl["operations"]):
            return True
    return False


def _writers(objects: list[dict[str, Any]], topic: str) -> set[str]:
    return {u["metadata"]["name"] for u in _of_kind(objects, "KafkaUser") if _grants(u, "Write", "topic", topic)}


def test_each_event_topic_has_one_writer(objects: list[dict[str, Any]]) -> None:
    topics = Topics()
    assert _writers(objects, topics.sop_commands) == {"svc-web"}
    assert _writers(objects, topics.app_status) == {"svc-checker-worker"}
    assert _writers(objects, topics.documents) == {"svc-reporter-worker"}
    assert _writers(objects, topics.sop_events) == {"svc-workflow"}
    assert _writers(objects, topics.department_status("dinkes")) == {"svc-workflow"}
    assert _writers(objects, topics.check_requests) == {"svc-checker-scheduler", "svc-workflow"}


def test_no_principal_has_cluster_rights_or_wildcards(objects: list[dict[str, Any]]) -> None:
    for user in _of_kind(objects, "KafkaUser"):
        for acl in user["spec"]["authorization"]["acls"]:
            assert acl["resource"]["type"] in ("topic", "group"), user["metadata"]["name"]
            assert "All" not in acl["operations"], user["metadata"]["name"]
            assert acl["resource"]["name"] not in ("*", "", "pantau", "pantau."), user["metadata"]["name"]
            assert {"Delete", "Alter", "AlterConfigs"}.isdisjoint(acl["operations"]), user["metadata"]["name"]


def test_a_department_reads_only_its_own_topic_with_its_own_groups(objects: list[dict[str, Any]]) -> None:
    departments = [u for u in _of_kind(objects, "KafkaUser") if u["metadata"]["name"].startswith("pd-")]
    assert departments
    topics = Topics()
    for user in departments:
        pd = user["metadata"]["name"].removeprefix("pd-")
        assert _grants(user, "Read", "topic", topics.department_status(pd))
        assert not _grants(user, "Read", "topic", topics.department_status(pd + "x"))
        assert not _grants(user, "Read", "topic", topics.department_status("other"))
        assert not any(_grants(user, "Write", "topic", t) for t in (*topics.all_fixed(), topics.department_status(pd)))
        assert not any(_grants(user, "Read", "topic", t) for t in topics.all_fixed())
        assert _grants(user, "Read", "group", f"pd-{pd}.dashboard")
        assert not _grants(user, "Read", "group", f"pd-{pd}x.dashboard")
        assert not _grants(user, "Read", "group", "pantau-workflow")


def test_consumers_may_read_their_topics_and_groups(objects: list[dict[str, Any]]) -> None:
    users = {u["metadata"]["name"]: u for u in _of_kind(objects, "KafkaUser")}
    topics = Topics()
    needs = {
        "svc-checker-worker": ([topics.check_requests], "pantau-checker"),
        "svc-workflow": ([topics.sop_commands, topics.app_status, topics.documents], "pantau-workflow"),
        "svc-reporter-worker": ([topics.sop_events], "pantau-reporter"),
    }
    for user, (reads, group) in needs.items():
        assert all(_grants(users[user], "Read", "topic", t) for t in reads), user
        assert _grants(users[user], "Read", "group", group), user
    assert all(_grants(users["svc-workflow"], "Create", "topic", t) for t in topics.all_fixed())


def test_only_pantau_and_keda_reach_the_services_listener(objects: list[dict[str, Any]]) -> None:
    (kafka,) = _of_kind(objects, "Kafka")
    scram = next(x for x in kafka["spec"]["kafka"]["listeners"] if x["authentication"]["type"] == "scram-sha-512")
    config = _named(objects, "ConfigMap", "pantau-kafka-client")["data"]
    assert config["KAFKA_BOOTSTRAP_SERVERS"] == f"pantau-kafka-kafka-bootstrap:{scram['port']}"
    peers = scram["networkPolicyPeers"]
    assert {"podSelector": {"matchLabels": {"app.kubernetes.io/part-of": "pantau"}}} in peers
    policy = _named(objects, "NetworkPolicy", "pantau-allow-kafka")
    assert {p["port"] for rule in policy["spec"]["egress"] for p in rule["ports"]} == {scram["port"]}


def test_topic_replication_setting_matches_the_brokers(
    rendered: tuple[str, str], objects: list[dict[str, Any]]
) -> None:
    config = _named(objects, "ConfigMap", "pantau-kafka-client")["data"]
    expected = {"production": "3", "staging": "1"}[rendered[0]]
    assert config["PANTAU_KAFKA_REPLICATION"] == expected
    assert {t["spec"]["replicas"] for t in _of_kind(objects, "KafkaTopic")} == {int(expected)}


# --- scaling ---------------------------------------------------------------------------------------


def test_the_checker_scales_on_lag_up_to_its_partitions(objects: list[dict[str, Any]]) -> None:
    (scaled,) = _of_kind(objects, "ScaledObject")
    assert scaled["spec"]["scaleTargetRef"]["name"] == "pantau-checker-worker"
    requests = next(t for t in _of_kind(objects, "KafkaTopic") if t["spec"]["topicName"] == Topics().check_requests)
    assert scaled["spec"]["maxReplicaCount"] == requests["spec"]["partitions"] == 6
    (trigger,) = scaled["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    assert trigger["metadata"]["topic"] == Topics().check_requests
    assert trigger["metadata"]["consumerGroup"] == "pantau-checker"
    assert int(trigger["metadata"]["lagThreshold"]) > 0
    assert (trigger["metadata"]["sasl"], trigger["metadata"]["tls"]) == ("scram_sha512", "enable")
    auth = _named(objects, "TriggerAuthentication", trigger["authenticationRef"]["name"])
    assert {r["parameter"] for r in auth["spec"]["secretTargetRef"]} == {"password", "ca"}
    checker = _named(objects, "Deployment", "pantau-checker-worker")
    assert "replicas" not in checker["spec"], "KEDA owns the checker's replica count"


# --- PostgreSQL ----------------------------------------------------------------------------------


def test_postgres_image_is_pinned_by_digest(objects: list[dict[str, Any]]) -> None:
    (cluster,) = _of_kind(objects, "Cluster")
    assert "imageName" not in cluster["spec"]
    ref = cluster["spec"]["imageCatalogRef"]
    catalog = _named(objects, "ImageCatalog", ref["name"])
    (image,) = [i["image"] for i in catalog["spec"]["images"] if i["major"] == ref["major"]]
    assert re.fullmatch(r"ghcr\.io/cloudnative-pg/postgresql:[\w.-]+@sha256:[0-9a-f]{64}", image), image


def test_the_database_refuses_connections_without_tls(objects: list[dict[str, Any]]) -> None:
    (cluster,) = _of_kind(objects, "Cluster")
    assert "hostnossl all all all reject" in cluster["spec"]["postgresql"]["pg_hba"]
    for name, spec in _pod_templates(objects):
        for container in _containers(spec):
            url = _env(container)["DATABASE_URL"]["value"]
            assert "sslmode=verify-full" in url and "sslrootcert=/etc/pantau/db-ca/ca.crt" in url, name
        ca = [v for v in spec["volumes"] if v.get("secret", {}).get("secretName") == "pantau-db-ca"]
        assert ca, name


def test_production_backs_up_with_the_barman_cloud_plugin(rendered: tuple[str, str], objects: list[dict]) -> None:
    (cluster,) = _of_kind(objects, "Cluster")
    assert "backup" not in cluster["spec"], "the in-tree barmanObjectStore is deprecated"
    if rendered[0] != "production":
        return
    (plugin,) = cluster["spec"]["plugins"]
    assert plugin["name"] == "barman-cloud.cloudnative-pg.io" and plugin["isWALArchiver"] is True
    store = _named(objects, "ObjectStore", plugin["parameters"]["barmanObjectName"])
    assert store["apiVersion"] == "barmancloud.cnpg.io/v1"
    (backup,) = _of_kind(objects, "ScheduledBackup")
    assert backup["spec"]["method"] == "plugin"
    assert backup["spec"]["pluginConfiguration"]["name"] == "barman-cloud.cloudnative-pg.io"
    assert backup["spec"]["cluster"]["name"] == cluster["metadata"]["name"]
    assert len(backup["spec"]["schedule"].split()) == 6


def test_every_environment_has_the_database_network_policy(objects: list[dict[str, Any]]) -> None:
    policy = _named(objects, "NetworkPolicy", "pantau-db-ingress")
    assert policy["spec"]["podSelector"]["matchLabels"] == {"cnpg.io/cluster": "pantau-db"}
    assert policy["spec"]["policyTypes"] == ["Ingress"]


def test_migrations_run_once_per_release(objects: list[dict[str, Any]]) -> None:
    (job,) = _of_kind(objects, "Job")
    image = job["spec"]["template"]["spec"]["containers"][0]["image"]
    tag = image.rpartition(":")[2].partition("@")[0]
    assert job["metadata"]["name"] == "pantau-migrate-" + tag.replace(".", "-")
    assert "ttlSecondsAfterFinished" not in job["spec"], "GitOps would re-create a Job that deleted itself"
    assert job["spec"]["template"]["spec"]["containers"][0]["command"] == ["pantau-admin", "migrate"]


# --- probes and disruption budgets ----------------------------------------------------------------


def test_workers_liveness_reads_the_heartbeat(objects: list[dict[str, Any]]) -> None:
    config = _named(objects, "ConfigMap", "pantau-config")["data"]
    assert config["PANTAU_HEARTBEAT_FILE"] == "/tmp/heartbeat"
    for name in WORKERS:
        container = _named(objects, "Deployment", name)["spec"]["template"]["spec"]["containers"][0]
        for probe in ("livenessProbe", "startupProbe"):
            assert container[probe]["exec"]["command"][-1] == "alive", (name, probe)
        startup = container["startupProbe"]
        assert startup["periodSeconds"] * startup["failureThreshold"] >= 120, name


def test_the_alive_probe_fails_on_a_stale_heartbeat(tmp_path: Path) -> None:
    probes = yaml.safe_load((K8S / "base" / "probes.yaml").read_text("utf-8"))
    script = tmp_path / "probe.py"
    script.write_text(probes["data"]["probe.py"], "utf-8")
    beat = tmp_path / "heartbeat"
    env = {**os.environ, "PANTAU_HEARTBEAT_FILE": str(beat), "PANTAU_HEARTBEAT_MAX_AGE_SECONDS": "60"}

    def alive() -> int:
        return subprocess.run(
            [sys.executable, str(script), "alive"], env=env, capture_output=True, check=False
        ).returncode

    assert alive() == 1
    beat.touch()
    assert alive() == 0
    os.utime(beat, (beat.stat().st_mtime - 120, beat.stat().st_mtime - 120))
    assert alive() == 1


def test_every_deployment_has_a_startup_probe(objects: list[dict[str, Any]]) -> None:
    for deployment in _of_kind(objects, "Deployment"):
        for container in deployment["spec"]["template"]["spec"]["containers"]:
            assert {"readinessProbe", "livenessProbe", "startupProbe"} <= set(container), deployment["metadata"]["name"]


def test_disruption_budgets_never_block_a_drain(objects: list[dict[str, Any]]) -> None:
    budgets = _of_kind(objects, "PodDisruptionBudget")
    assert budgets
    assert all(b["spec"]["unhealthyPodEvictionPolicy"] == "AlwaysAllow" for b in budgets)


# --- least privilege: keys, egress, ingress ------------------------------------------------------


def test_the_public_verification_service_has_no_signing_key(objects: list[dict[str, Any]]) -> None:
    spec = _named(objects, "Deployment", "pantau-reporter-web")["spec"]["template"]["spec"]
    keys = {
        item["key"]
        for volume in spec["volumes"]
        for item in volume.get("secret", {}).get("items", [])
        if volume.get("secret", {}).get("secretName") == "pantau-reporter-ca"
    }
    assert keys == {"ca.pem", "signer.pem"}
    assert not any(fnmatch.fnmatch(k, "*.key") for k in keys)


def _except_list(objects: list[dict[str, Any]]) -> list[str]:
    policy = _named(objects, "NetworkPolicy", "pantau-checker-internet")
    (rule,) = policy["spec"]["egress"]
    (peer,) = rule["to"]
    assert peer["ipBlock"]["cidr"] == "0.0.0.0/0"
    return list(peer["ipBlock"]["except"])


def test_the_checker_deny_list_is_one_setting_for_code_and_network(objects: list[dict[str, Any]]) -> None:
    config = _named(objects, "ConfigMap", "pantau-config")["data"]
    setting = [c.strip() for c in config["PANTAU_CHECKER_DENY_ADDRESSES"].split(",")]
    assert setting == _except_list(objects)
    for cidr in SPECIAL_RANGES:
        assert any(ipaddress.ip_network(cidr).subnet_of(ipaddress.ip_network(e)) for e in setting), cidr


def test_the_reporter_reaches_only_its_own_endpoints(objects: list[dict[str, Any]]) -> None:
    policies = [
        p
        for p in _of_kind(objects, "NetworkPolicy")
        if p["spec"]["podSelector"] == {"matchLabels": {"app": "pantau-reporter-worker"}}
        and "Egress" in p["spec"]["policyTypes"]
    ]
    assert len(policies) == 1
    for rule in policies[0]["spec"]["egress"]:
        for peer in rule["to"]:
            network = ipaddress.ip_network(peer["ipBlock"]["cidr"])
            assert network.prefixlen == 32 and "except" not in peer["ipBlock"], network
        assert {p["port"] for p in rule["ports"]} <= {25, 465, 587, 443}


def test_login_verification_and_uploads_are_rate_limited(objects: list[dict[str, Any]]) -> None:
    ingresses = {i["metadata"]["name"]: i for i in _of_kind(objects, "Ingress")}
    paths = {
        name: {p["path"] for rule in i["spec"]["rules"] for p in rule["http"]["paths"]} for name, i in ingresses.items()
    }
    assert paths["pantau-login"] == {"/masuk"}
    assert paths["pantau-verifikasi"] == {"/verifikasi", "/api/verifikasi"}
    assert paths["pantau-unggah"] == {"/tindak-lanjut", "/registri/impor"}
    for name in ("pantau-login", "pantau-verifikasi", "pantau-unggah"):
        notes = ingresses[name]["metadata"]["annotations"]
        assert "nginx.ingress.kubernetes.io/limit-connections" in notes, name
        assert {"nginx.ingress.kubernetes.io/limit-rps", "nginx.ingress.kubernetes.io/limit-rpm"} & set(notes), name
    assert not any("limit-rps" in k for k in ingresses["pantau"]["metadata"]["annotations"])


def test_only_the_web_reaches_the_signing_door_and_only_the_worker_holds_the_bsre_credentials(
    objects: list[dict[str, Any]],
) -> None:
    config = _named(objects, "ConfigMap", "pantau-config")["data"]
    if config.get("PANTAU_REPORTER_SIGNER") != "bsre":
        assert "PANTAU_REPORTER_SIGNING_URL" not in config
        return
    service = _named(objects, "Service", "pantau-reporter-signing")
    assert service["spec"]["selector"] == {"app": "pantau-reporter-worker"}
    assert config["PANTAU_REPORTER_SIGNING_URL"] == "http://pantau-reporter-signing:8082"
    inbound = [
        p
        for p in _of_kind(objects, "NetworkPolicy")
        if p["spec"]["podSelector"] == {"matchLabels": {"app": "pantau-reporter-worker"}}
        and "Ingress" in p["spec"]["policyTypes"]
        and any(port["port"] == 8082 for rule in p["spec"]["ingress"] for port in rule["ports"])
    ]
    assert [peer for p in inbound for rule in p["spec"]["ingress"] for peer in rule["from"]] == [
        {"podSelector": {"matchLabels": {"app": "pantau-web"}}}
    ]
    for deployment in ("pantau-reporter-web", "pantau-web", "pantau-workflow"):
        spec = _named(objects, "Deployment", deployment)["spec"]["template"]["spec"]
        assert "PANTAU_REPORTER_BSRE_USER" not in _env(spec["containers"][0]), deployment
    worker = _named(objects, "Deployment", "pantau-reporter-worker")["spec"]["template"]["spec"]
    assert _env(worker["containers"][0])["PANTAU_REPORTER_BSRE_PASSWORD_REF"]["value"].startswith("file:")
    # The door knows the web by the internal token: the worker must hold it where the setting says.
    token = _container_env(objects, worker["containers"][0])["PANTAU_REPORTER_INTERNAL_TOKEN_REF"]
    assert _mounted(worker["containers"][0], token.removeprefix("file:"))


def _mounted(container: dict[str, Any], path: str) -> bool:
    """Return whether ``path`` lies in one of the container's mounted volumes."""
    return any(path.startswith(m["mountPath"].rstrip("/") + "/") for m in container.get("volumeMounts", []))


def test_every_secret_file_a_container_is_given_is_mounted(objects: list[dict[str, Any]]) -> None:
    """A ``file:`` secret reference of a container's own settings names a file of one of its volumes."""
    for where, spec in _pod_templates(objects):
        for container in _containers(spec):
            for var in container.get("env", []):
                value = var.get("value", "")
                if value.startswith("file:"):
                    assert _mounted(container, value.removeprefix("file:")), (where, var["name"])


def test_the_web_lets_through_what_the_ingress_in_front_of_its_uploads_does(objects: list[dict[str, Any]]) -> None:
    from pantau_web.attachments import MAX_REQUEST_BYTES

    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    notes = _named(objects, "Ingress", "pantau-unggah")["metadata"]["annotations"]
    size = notes["nginx.ingress.kubernetes.io/proxy-body-size"]
    assert int(size[:-1]) * units[size[-1].lower()] >= MAX_REQUEST_BYTES, size


def test_the_applications_secrets_are_mounted_where_the_registry_names_them(objects: list[dict[str, Any]]) -> None:
    # A registry row names file:/var/run/secrets/pantau-apps/<key>: the checker reads login secrets there, the
    # workflow's notifier the departments' webhook signing keys; no other pod holds them.
    holders = {
        name.split("/", 1)[1]
        for name, spec in _pod_templates(objects)
        for volume in spec.get("volumes", [])
        if volume.get("secret", {}).get("secretName") == "pantau-checker-apps"
    }
    assert holders == {"pantau-checker-worker", "pantau-workflow"}
    for name in holders:
        spec = _named(objects, "Deployment", name)["spec"]["template"]["spec"]
        mounts = {m["mountPath"] for c in spec["containers"] for m in c.get("volumeMounts", [])}
        assert APP_SECRETS_DIR in mounts, name
