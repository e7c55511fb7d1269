#!/usr/bin/env bash
# Build the Pantau image with buildah (`make image`), then check it (check.sh).
#
#   PYTHON_IMAGE=docker.io/library/python:3.11-slim-bookworm@sha256:<digest> make image
#       builds from the official base the operator resolved and reviewed (a registry is reachable);
#   make image
#       without PYTHON_IMAGE, builds the base itself from Debian packages first: mmdebstrap makes a
#       minimal bookworm root with python3 and python3-venv, buildah commits it as a local image,
#       and the Containerfile gets it by its digest like any other base.
#
# Settings (environment): IMAGE (default localhost/pantau:<version>), BASE_IMAGE (the local base's
# name), REBUILD_BASE=1 (make the Debian base again; it is reused otherwise: refresh it for
# Debian's security updates), DEBIAN_MIRROR, BUILDAH_ISOLATION (default chroot: no OCI runtime
# needed, works rootless), PIP_INDEX_URL and PIP_CERT (a PyPI mirror, a proxy's CA bundle: passed
# to the build stage only). Written to run rootless too (mmdebstrap --mode=auto unshares by
# itself; needs subordinate uids), run as root so far.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=deploy/container

VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml)
IMAGE=${IMAGE:-localhost/pantau:$VERSION}
BASE_IMAGE=${BASE_IMAGE:-localhost/pantau-python-base:bookworm}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org}
export BUILDAH_ISOLATION=${BUILDAH_ISOLATION:-chroot}

# The tools, from Debian, if missing (like deploy/local/system-deps.sh, for this target only):
# buildah, mmdebstrap for the base, uidmap for rootless builds.
missing=()
for p in buildah mmdebstrap uidmap; do
  dpkg-query -W -f='${Status}' "$p" 2> /dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[image] installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

image_digest() { buildah images --format '{{.Digest}}' "$1" 2> /dev/null | head -n1; }

# The base from Debian packages: what python:3.11-slim-bookworm holds, from the same Debian
# release (Python 3.11, glibc 2.36), without a registry.
build_base() {
  local work tarball c
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  tarball=$work/rootfs.tar
  echo "[image] making the base from Debian packages ($DEBIAN_MIRROR)"
  # minbase = Essential + Priority:required (apt, passwd for useradd). No docs, man pages or
  # locales, in the base and in whatever the Containerfile installs on top (the dpkg settings
  # stay in the image), except the copyright files.
  mmdebstrap --mode=auto --variant=minbase --include=python3,python3-venv \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    bookworm "$tarball" \
    "deb $DEBIAN_MIRROR/debian bookworm main" \
    "deb $DEBIAN_MIRROR/debian bookworm-updates main" \
    "deb $DEBIAN_MIRROR/debian-security bookworm-security main"
  c=$(buildah from scratch)
  buildah add --quiet "$c" "$tarball" /
  buildah config --env LANG=C.UTF-8 --cmd '["python3"]' \
    --label org.opencontainers.image.description="Debian bookworm minbase + python3 (mmdebstrap)" "$c"
  buildah commit --quiet --rm "$c" "$BASE_IMAGE" > /dev/null
}

if [ -z "${PYTHON_IMAGE:-}" ]; then
  if [ "${REBUILD_BASE:-0}" = 1 ] || [ -z "$(image_digest "$BASE_IMAGE")" ]; then
    build_base
  else
    echo "[image] reusing the base $BASE_IMAGE (REBUILD_BASE=1 makes it again)"
  fi
  PYTHON_IMAGE="${BASE_IMAGE%:*}@$(image_digest "$BASE_IMAGE")"
fi
echo "[image] base $PYTHON_IMAGE"

args=(--build-arg "PYTHON_IMAGE=$PYTHON_IMAGE")
[ -n "${PIP_INDEX_URL:-}" ] && args+=(--build-arg "PIP_INDEX_URL=$PIP_INDEX_URL")
if [ -n "${PIP_CERT:-}" ]; then
  # The proxy's CA bundle, mounted read-only for the build's RUN steps; it is not copied in.
  args+=(--volume "$(realpath "$PIP_CERT"):/run/pantau-build-ca.crt:ro"
    --build-arg PIP_CERT=/run/pantau-build-ca.crt)
fi
# --layers: the dependency layer is reused while requirements.lock does not change. A local base
# is never pulled; a registry base only when missing.
buildah build --layers --force-rm --pull=missing -f $HERE/Containerfile --ignorefile $HERE/Containerfile.dockerignore \
  "${args[@]}" -t "$IMAGE" .
echo "[image] built $IMAGE@$(image_digest "$IMAGE")"
$HERE/check.sh "$IMAGE"
