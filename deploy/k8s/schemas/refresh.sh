#!/usr/bin/env bash
# Regenerate the vendored JSON schemas from their sources, all from package registries:
#   Kubernetes        Go module k8s.io/kubernetes (api/openapi-spec/swagger.json)
#   CloudNativePG     Go module github.com/cloudnative-pg/cloudnative-pg (config/crd/bases)
#   Barman Cloud      Go module github.com/cloudnative-pg/plugin-barman-cloud (config/crd/bases)
#   KEDA              Go module github.com/kedacore/keda/v2 (config/crd/bases)
#   Prometheus Op.    Go module github.com/prometheus-operator/prometheus-operator (example/prometheus-operator-crd)
#   Strimzi           Maven artifacts io.strimzi:api and io.strimzi:crd-generator: the CRDs are
#                     generated from the API classes, as Strimzi's own build does (needs Java 21+)
# Run it when moving to a new release of one of them (change the version below), then run the
# deploy tests. Nothing here runs in the tests: they read only the committed files.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
KUBERNETES=v1.30.14
CNPG=v1.28.2
BARMAN=v0.15.0
KEDA=v2.21.0
PROMETHEUS_OPERATOR=v0.85.0
STRIMZI=1.2.0
JAVA=${JAVA:-java}   # Strimzi's crd-generator 1.x needs Java 21 or newer

module_dir() { (cd "$WORK" && go mod download -json "$1" | "$ROOT/.venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["Dir"])'); }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
K8S=$(module_dir "k8s.io/kubernetes@$KUBERNETES")
CNPG_DIR=$(module_dir "github.com/cloudnative-pg/cloudnative-pg@$CNPG")
BARMAN_DIR=$(module_dir "github.com/cloudnative-pg/plugin-barman-cloud@$BARMAN")
KEDA_DIR=$(module_dir "github.com/kedacore/keda/v2@$KEDA")
PROM_DIR=$(module_dir "github.com/prometheus-operator/prometheus-operator@$PROMETHEUS_OPERATOR")

cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>strimzi-crds</artifactId><version>1</version>
<dependencies>
<dependency><groupId>io.strimzi</groupId><artifactId>api</artifactId><version>$STRIMZI</version></dependency>
<dependency><groupId>io.strimzi</groupId><artifactId>crd-generator</artifactId><version>$STRIMZI</version></dependency>
</dependencies></project>
POM
(cd "$WORK" && mvn -q dependency:copy-dependencies -DoutputDirectory=lib)
mkdir -p "$WORK/strimzi"
"$JAVA" -cp "$WORK/lib/*" io.strimzi.crdgenerator.CrdGenerator \
  --crd-api-version v1 --api-versions v1 --storage-version v1 --yaml \
  io.strimzi.api.kafka.model.kafka.Kafka="$WORK/strimzi/kafka.yaml" \
  io.strimzi.api.kafka.model.nodepool.KafkaNodePool="$WORK/strimzi/kafkanodepool.yaml" \
  io.strimzi.api.kafka.model.topic.KafkaTopic="$WORK/strimzi/kafkatopic.yaml" \
  io.strimzi.api.kafka.model.user.KafkaUser="$WORK/strimzi/kafkauser.yaml"

rm -rf "$HERE/kubernetes" "$HERE/crds"
crds=("$WORK"/strimzi/*.yaml
      "$CNPG_DIR"/config/crd/bases/postgresql.cnpg.io_{clusters,imagecatalogs,scheduledbackups}.yaml
      "$BARMAN_DIR"/config/crd/bases/barmancloud.cnpg.io_objectstores.yaml
      "$KEDA_DIR"/config/crd/bases/keda.sh_{scaledobjects,triggerauthentications}.yaml
      "$PROM_DIR"/example/prometheus-operator-crd/monitoring.coreos.com_{podmonitors,prometheusrules}.yaml)
"$ROOT/.venv/bin/python" "$HERE/generate.py" --out "$HERE" \
  --swagger "$K8S/api/openapi-spec/swagger.json" $(printf -- '--crd %s ' "${crds[@]}")
