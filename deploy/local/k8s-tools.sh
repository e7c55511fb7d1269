#!/usr/bin/env bash
# Install the tools the manifest tests (tests/unit/deploy) run: kustomize, kubeconform and promtool
# (the alerting rules' unit tests), built from the Go module proxy into .run/tools/bin. Idempotent: does nothing when all are there at
# the pinned versions. The tests themselves need no network: they read only the vendored schemas
# under deploy/k8s/schemas.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN="$ROOT/.run/tools/bin"
KUSTOMIZE=v5.7.1
KUBECONFORM=v0.6.7
PROMETHEUS=v0.315.1   # the Go module's v0.3xx.y is Prometheus 3.xx.y
mkdir -p "$BIN"
have() { [ -x "$BIN/$1" ] && [ -f "$BIN/.$1-$2" ]; }
install() {  # name version module
  have "$1" "$2" && return 0
  echo "[k8s-tools] building $1 $2"
  (cd "$BIN" && GOBIN="$BIN" GOFLAGS=-mod=mod go install "$3@$2")
  rm -f "$BIN/.$1-"* && touch "$BIN/.$1-$2"
}
install kustomize "$KUSTOMIZE" sigs.k8s.io/kustomize/kustomize/v5
install kubeconform "$KUBECONFORM" github.com/yannh/kubeconform/cmd/kubeconform
# Prometheus's go.mod has replace directives, which `go install module@version` refuses: build
# inside the module as downloaded from the proxy instead (about 6 minutes the first time).
build_in_module() {  # name version module package
  have "$1" "$2" && return 0
  echo "[k8s-tools] building $1 $2"
  local dir
  dir=$(cd "$BIN" && go mod download -json "$3@$2" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  (cd "$dir" && GOWORK=off GOFLAGS= go build -trimpath -ldflags="-s -w" -o "$BIN/$1" "$4")
  rm -f "$BIN/.$1-"* && touch "$BIN/.$1-$2"
}
build_in_module promtool "$PROMETHEUS" github.com/prometheus/prometheus ./cmd/promtool
