#!/usr/bin/env bash
# Install the Debian packages Pantau needs beyond the base machine, if any is missing:
# Chromium for the browser tests, poppler for PDF checks, fonts for the documents,
# blackbox_exporter, nginx and wrk for the checker benchmark, Pango for WeasyPrint.
# `system-deps.sh build`: only the C compiler and Python's headers that `make install` needs to build
# the checker's compiled module (core/_selectors.pyx).
set -euo pipefail
if [ "${1:-}" = build ]; then
  PKGS=(gcc libc6-dev python3-dev)
else
  PKGS=(chromium poppler-utils fonts-liberation2 fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0
        prometheus-blackbox-exporter nginx-light wrk)
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "[deps] installing Debian packages: ${missing[*]}"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
