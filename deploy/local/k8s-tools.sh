#!/usr/bin/env bash
# Install the tools the manifest tests (tests/unit/deploy) run into .run/tools/bin: kustomize and
# kubeconform built from the Go module proxy, promtool (the alerting rules' unit tests) from Debian.
# Idempotent: does nothing when all are there at their versions. The tests themselves need no network: they read only the vendored schemas
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
# promtool from Debian's prometheus package, unpacked (not installed: the package would start a
# Prometheus server): seconds, where building Prometheus 3 from the module proxy takes ~6 minutes.
# Bookworm's 2.42 reads and tests the rules as the cluster's Prometheus 3 does (alerts_test.yaml
# keeps clear of the few instants where the two versions' look-back windows differ).
unpack_promtool() {
  local version
  version=$(apt-cache policy prometheus 2>/dev/null | sed -n 's/^  Candidate: //p')
  if [ -z "$version" ] || [ "$version" = "(none)" ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    version=$(apt-cache policy prometheus | sed -n 's/^  Candidate: //p')
  fi
  have promtool "$version" && return 0
  echo "[k8s-tools] unpacking promtool $version"
  local work
  work=$(mktemp -d)
  (cd "$work" && apt-get download -qq "prometheus=$version" 2>/dev/null && dpkg-deb -x prometheus_*.deb root)
  cp "$work/root/usr/bin/promtool" "$BIN/promtool" && chmod 0755 "$BIN/promtool"
  rm -rf "$work"
  rm -f "$BIN/.promtool-"* && touch "$BIN/.promtool-$version"
}
unpack_promtool
