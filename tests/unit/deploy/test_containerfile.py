"""The Containerfile builds from a pinned base, installs dependencies (wheels only) before the code, and compiles
only the checker's own module, in the build stage: the runtime stage has no compiler."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONTAINERFILE = (ROOT / "deploy" / "container" / "Containerfile").read_text("utf-8")
INSTRUCTIONS = [line for line in CONTAINERFILE.splitlines() if line and not line.startswith(("#", " "))]


def test_the_base_image_must_be_given_by_digest() -> None:
    assert "ARG PYTHON_IMAGE" in INSTRUCTIONS, "no default: a tag alone is not a pin"
    assert all(line.startswith("FROM ${PYTHON_IMAGE}") for line in INSTRUCTIONS if line.startswith("FROM"))
    assert re.search(r'case "\$PYTHON_IMAGE" in \*@sha256:\*\) ;; \*\) .*exit 1', CONTAINERFILE)


def test_no_compiler_is_installed_in_the_runtime_stage() -> None:
    build, runtime = CONTAINERFILE.split(" AS runtime\n")
    assert "build-essential" not in "\n".join(INSTRUCTIONS)
    assert not re.search(r"apt-get install[^\n]*\b(gcc|g\+\+|make|libc6-dev|python3-dev)\b", runtime)
    assert re.search(r"apt-get install[^\n]*\bgcc\b", build), "the checker's module is compiled in the build stage"
    assert "--only-binary=:all:" in build, "the dependencies are wheels: only the checker's module is compiled"


def test_dependencies_are_installed_in_a_layer_before_the_code() -> None:
    code = CONTAINERFILE.index("COPY services")
    dependencies = CONTAINERFILE.index("--require-hashes --only-binary=:all: -r requirements.lock")
    assert dependencies < code
    assert "pip install --no-deps --no-build-isolation --no-index ." in CONTAINERFILE[code:]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_images_lock_has_a_hash_for_every_file_and_the_pins_the_tests_ran_against() -> None:
    lock = (ROOT / "deploy" / "container" / "requirements.lock").read_text("utf-8")
    entries = re.findall(
        r"^([A-Za-z0-9_.-]+)(?:\[[a-z0-9,_-]+\])?==(\S+)((?: \\\n    --hash=sha256:[0-9a-f]{64})+)", lock, re.M
    )
    pinned = {name.lower().replace("_", "-"): version for name, version, _hashes in entries}
    assert len(entries) == len(re.findall(r"^[A-Za-z0-9]", lock, re.M)), "an entry without a hash"
    constraints = dict(
        (name.lower().replace("_", "-"), version)
        for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (ROOT / "constraints.txt").read_text(), re.M)
    )
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    backend = dict(r.split("==") for r in project["build-system"]["requires"])
    for name, version in pinned.items():
        assert version == constraints.get(name, backend.get(name)), f"{name} {version}: run make lock"
    missing = {_name(r) for r in project["project"]["dependencies"]} - set(pinned)
    assert not missing, f"runtime dependencies missing from the lock: {missing}; run make lock"


def test_the_build_backend_is_pinned() -> None:
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["build-system"]["requires"]
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][\w.]*", r) for r in requires), requires


def test_a_dependency_asked_for_with_an_extra_is_pinned_with_it() -> None:
    # WeasyPrint requires fonttools[woff]. The Debian-made base's pip (23.0.1) resolves a requirement with an extra
    # that the lock pins without it to the package's newest release, and refuses that in hash mode: the image broke
    # the day fonttools released past the lock's pin.
    lock = (ROOT / "deploy" / "container" / "requirements.lock").read_text("utf-8")
    assert re.search(r"^fonttools\[woff\]==", lock, re.M), "run make lock (it writes the extra)"
    assert "fonttools[woff]==" in (ROOT / "Makefile").read_text("utf-8")
