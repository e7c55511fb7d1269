#!/usr/bin/env bash
# Install the tools the manifest tests (tests/unit/deploy) run: kustomize and kubeconform, built
# from the Go module proxy into .run/tools/bin. Idempotent: does nothing when both are there at
# the pinned versions. The tests themselves need no network: they read only the vendored schemas
# under deploy/k8s/schemas.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN="$ROOT/.run/tools/bin"
KUSTOMIZE=v5.7.1
KUBECONFORM=v0.6.7
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
