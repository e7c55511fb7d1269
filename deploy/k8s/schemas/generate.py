"""Write the JSON schemas kubeconform validates Pantau's manifests against.

Reads the Kubernetes OpenAPI v2 document (api/openapi-spec/swagger.json of the Go module
k8s.io/kubernetes) and the operators' CustomResourceDefinition YAML files, and writes one
self-contained schema per kind that the overlays use, in kubeconform's layout:

    kubernetes/<kind>-<group>-<version>.json   ({{.ResourceKind}}{{.KindSuffix}}.json)
    crds/<group>/<kind>_<version>.json         ({{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json)

The schemas are strict: an object with declared properties rejects any other property (as
kubectl's validation does), unless the CRD marks it x-kubernetes-preserve-unknown-fields.
Descriptions are dropped to keep the vendored files small. refresh.sh fetches the inputs.

    python generate.py --swagger swagger.json --crd a.yaml --crd b.yaml --out .
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

# (apiVersion, kind) of every Kubernetes kind the overlays render.
KUBERNETES_KINDS = {
    ("v1", "ConfigMap"),
    ("v1", "Namespace"),
    ("v1", "Service"),
    ("v1", "ServiceAccount"),
    ("apps/v1", "Deployment"),
    ("batch/v1", "Job"),
    ("networking.k8s.io/v1", "Ingress"),
    ("networking.k8s.io/v1", "NetworkPolicy"),
    ("policy/v1", "PodDisruptionBudget"),
}
# (group, kind) of every custom resource the overlays render; all served versions are written.
CUSTOM_KINDS = {
    ("kafka.strimzi.io", "Kafka"),
    ("kafka.strimzi.io", "KafkaNodePool"),
    ("kafka.strimzi.io", "KafkaTopic"),
    ("kafka.strimzi.io", "KafkaUser"),
    ("postgresql.cnpg.io", "Cluster"),
    ("postgresql.cnpg.io", "ImageCatalog"),
    ("postgresql.cnpg.io", "ScheduledBackup"),
    ("barmancloud.cnpg.io", "ObjectStore"),
    ("keda.sh", "ScaledObject"),
    ("keda.sh", "TriggerAuthentication"),
    ("monitoring.coreos.com", "PodMonitor"),
    ("monitoring.coreos.com", "PrometheusRule"),
}
INT_OR_STRING = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
QUANTITY = {"oneOf": [{"type": "string"}, {"type": "number"}]}
SPECIAL_DEFINITIONS = {
    "io.k8s.apimachinery.pkg.util.intstr.IntOrString": INT_OR_STRING,
    "io.k8s.apimachinery.pkg.api.resource.Quantity": QUANTITY,
}
NAMED_SCHEMAS = {"properties", "patternProperties", "definitions"}
DROPPED_KEYS = {"description", "x-kubernetes-group-version-kind", "x-kubernetes-list-map-keys"}


def strict(node: Any) -> Any:
    """Return ``node`` with descriptions dropped and closed objects (additionalProperties false)."""
    if isinstance(node, list):
        return [strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("x-kubernetes-int-or-string"):
        return INT_OR_STRING
    preserve = bool(node.get("x-kubernetes-preserve-unknown-fields"))
    out = {}
    for key, value in node.items():
        if key in NAMED_SCHEMAS:  # a map of field names, which may be "description" too
            out[key] = {name: strict(schema) for name, schema in value.items()}
        elif key not in DROPPED_KEYS and not key.startswith("x-"):
            out[key] = strict(value)
    if node.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
        out.pop("nullable")
    if "properties" in out and "additionalProperties" not in out and not preserve:
        out["additionalProperties"] = False
    return out


def inline(node: Any, definitions: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """Return ``node`` with every #/definitions/ reference replaced by its definition."""
    if isinstance(node, list):
        return [inline(item, definitions, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/definitions/")
        if name in SPECIAL_DEFINITIONS:
            return SPECIAL_DEFINITIONS[name]
        if name in seen:  # a recursive type (none in the kinds above): accept anything
            return {}
        return inline(definitions[name], definitions, (*seen, name))
    return {key: inline(value, definitions, seen) for key, value in node.items()}


def _gvk_matches(definition: dict[str, Any], api_version: str, kind: str) -> bool:
    group, _, version = api_version.rpartition("/")
    return any(
        gvk.get("group", "") == group and gvk["version"] == version and gvk["kind"] == kind
        for gvk in definition.get("x-kubernetes-group-version-kind", [])
    )


def kubernetes_schemas(swagger: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    """Yield (file name, schema) for each of KUBERNETES_KINDS."""
    definitions = swagger["definitions"]
    for api_version, kind in sorted(KUBERNETES_KINDS):
        name = next(n for n, d in definitions.items() if _gvk_matches(d, api_version, kind))
        group, _, version = api_version.rpartition("/")
        suffix = f"-{group.split('.')[0]}-{version}" if group else f"-{version}"
        yield f"kubernetes/{kind.lower()}{suffix}.json", strict(inline(definitions[name], definitions))


def crd_schemas(crd: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    """Yield (file name, schema) for each served version of a CRD listed in CUSTOM_KINDS."""
    group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
    if (group, kind) not in CUSTOM_KINDS:
        return
    for version in crd["spec"]["versions"]:
        if version.get("served", True):
            schema = strict(version["schema"]["openAPIV3Schema"])
            yield f"crds/{group}/{kind.lower()}_{version['name']}.json", schema


def _crds(paths: list[Path]) -> Iterable[dict[str, Any]]:
    for path in paths:
        for doc in yaml.safe_load_all(path.read_text("utf-8")):
            if isinstance(doc, dict) and doc.get("kind") == "CustomResourceDefinition":
                yield doc


def write(out: Path, schemas: Iterable[tuple[str, dict[str, Any]]]) -> list[str]:
    """Write each schema under ``out``; return the file names."""
    names = []
    for name, schema in schemas:
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(schema, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
        names.append(name)
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--swagger", type=Path, required=True, help="Kubernetes api/openapi-spec/swagger.json")
    parser.add_argument("--crd", type=Path, action="append", default=[], help="a CRD YAML file (repeatable)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = parser.parse_args()
    swagger = json.loads(args.swagger.read_text("utf-8"))
    names = write(args.out, kubernetes_schemas(swagger))
    names += write(args.out, (item for crd in _crds(args.crd) for item in crd_schemas(crd)))
    found = {tuple(n.split("/")[1:3]) for n in names if n.startswith("crds/")}
    missing = {gk for gk in CUSTOM_KINDS if not any(g == gk[0] and f.startswith(gk[1].lower() + "_") for g, f in found)}
    if missing:
        raise SystemExit(f"no CRD given for {sorted(missing)}")
    print("\n".join(sorted(names)))


if __name__ == "__main__":
    main()
