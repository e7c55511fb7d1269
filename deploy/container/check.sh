#!/usr/bin/env bash
# Check a built Pantau image the way Kubernetes runs it: as uid 10001, on a read-only root with
# tmpfs on /tmp and /var/lib/pantau (the emptyDirs), the image's environment and working
# directory. No OCI runtime needed: the image is mounted with buildah and entered with chroot in
# a private mount namespace. Usage: check.sh IMAGE (build.sh calls it). Written to run rootless too.
set -euo pipefail
IMAGE=${1:?usage: check.sh IMAGE}
if [ "$(id -u)" != 0 ]; then
  exec buildah unshare "$0" "$@"
fi

fail() { echo "[check] FAIL: $*" >&2; exit 1; }

[ "$(buildah inspect --type image --format '{{.OCIv1.Config.User}}' "$IMAGE")" = 10001:10001 ] \
  || fail "the image does not run as 10001:10001"
c=$(buildah from --pull=never --quiet "$IMAGE")
trap 'buildah rm "$c" > /dev/null' EXIT
root=$(buildah mount "$c")
mapfile -t env < <(buildah inspect --type image --format '{{range .OCIv1.Config.Env}}{{println .}}{{end}}' "$IMAGE" | grep .)
workdir=$(buildah inspect --type image --format '{{.OCIv1.Config.WorkingDir}}' "$IMAGE")

# in_image CMD...: run CMD in the image as 10001 on a read-only root; stdout and stderr pass through.
in_image() {
  # shellcheck disable=SC2016 # expanded by the inner shell
  unshare --mount --pid --fork --propagation private sh -eu -c '
    root=$1; workdir=$2; shift 2
    mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
    mount -t tmpfs -o uid=10001,gid=10001,mode=0750 tmpfs "$root/var/lib/pantau"
    exec chroot --userspec=10001:10001 "$root" /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$workdir" "$@"
  ' in_image "$root" "$workdir" env -i "${env[@]}" "$@"
}

echo "[check] $IMAGE: uid $(in_image id -u), read-only root, $(in_image python3 --version)"
in_image sh -c 'touch /tmp/x /var/lib/pantau/x' || fail "the emptyDirs /tmp and /var/lib/pantau are not writable"
for cmd in pantau-checker pantau-workflow pantau-reporter pantau-web pantau-admin; do
  in_image "$cmd" --help > /dev/null || fail "$cmd --help"
  echo "[check] $cmd --help: ok"
done
in_image python3 -m pip check || fail "pip check"
# No compiler and no build toolchain anywhere in the image.
for tool in cc gcc g++ c++ clang make ld as; do
  found=$(in_image sh -c "command -v $tool || true")
  [ -z "$found" ] || fail "$tool is in the image ($found)"
done
# shellcheck disable=SC2016 # dpkg-query and awk fields
compilers=$(chroot "$root" dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" {print $2}' \
  | grep -E '^(gcc|g\+\+|cpp|clang|build-essential|libc6-dev|make|python3.*-dev)(-[0-9.]+)?$' || true)
[ -z "$compilers" ] || fail "compiler packages are installed: $compilers"
echo "[check] no compiler: ok"
# No package archives left behind (python:slim cleans them by itself, a Debian-made base does not).
debs=$(cd "$root" && find var/cache/apt -name '*.deb' | head -n3)
[ -z "$debs" ] || fail "apt's downloaded packages are in the image: $debs"
# The fonts the documents use, found by fontconfig and embedded by WeasyPrint in a real PDF.
in_image python3 -c '
import re, weasyprint
for family in ("Liberation Sans", "DejaVu Sans"):
    html = f"<p style=\"font-family: {family}\">Laporan monev Kota Bekasi</p>"
    pdf = weasyprint.HTML(string=html).write_pdf(uncompressed_pdf=True)
    fonts = {f.split(b"+")[-1].split(b"/")[0] for f in re.findall(rb"/BaseFont\s*/(\S+)", pdf)}
    assert fonts == {family.replace(" ", "-").encode()}, f"{family}: the PDF embeds {fonts}"
    print(f"[check] WeasyPrint embeds {family}: ok")
' || fail "fonts"
echo "[check] $IMAGE: all checks passed"
